package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ComplianceRegime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One matcher for regime names: whole words, any separator or none, short aliases only where a text is about the regime. */
class RegimeNamesTest {

    @ParameterizedTest(name = "''{0}'' mentions {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Card data in scope of PCI DSS          | PCI_DSS      | true",
            "a pci-dss audit                        | PCI_DSS      | true",
            "PCIDSS evidence                        | PCI_DSS      | true",
            "PHI leaves the clinic                  | HIPAA        | true",   // a short alias counts in a text about the regime
            "physiotherapy notes                    | HIPAA        | false",  // never inside a word
            "ISO/IEC 27001 certificate              | ISO_27001    | true",
            "an iso27001 audit                      | ISO_27001    | true",
            "SOC2 report                            | SOC2         | true",
            "SOC 20 gateway                         | SOC2         | false",
            "validated to 21 CFR Part 11            | FDA_PART_11  | true",
            "the part 110 catalogue                 | FDA_PART_11  | false",
    })
    void aTextMentionsARegimeUnderAnyOfItsSpellingsAsWholeWords(String text, ComplianceRegime regime, boolean mentioned) {
        assertThat(RegimeNames.mentions(text, regime)).isEqualTo(mentioned);
    }

    @ParameterizedTest(name = "''{0}'' applies {1}: ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "Payments must meet PCI DSS              | PCI_DSS      | PCI DSS",
            "must comply with FDA 21 CFR Part 11     | FDA_PART_11  | 21 CFR Part 11",
            "Stores PHI for patients                 | HIPAA        | ''",     // too short to say a regime applies in prose
            "An internal tool, not subject to HIPAA  | HIPAA        | ''",     // negated
            "No PCI-DSS scope: Stripe holds cards    | PCI_DSS      | ''",
            "Audited under SOC 2 Type II             | SOC2         | SOC 2",      // the label is tried first
    })
    void aRequestsProseAppliesARegimeOnlyByADistinctSpellingThatIsNotNegated(String text, ComplianceRegime regime, String named) {
        assertThat(RegimeNames.appliesIn(text, regime).orElse("")).isEqualTo(named);
    }
}
