package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Workload;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A regime the request names in its prose applies as if listed, with an assumption asking to confirm it. */
class RegimesNamedInTextTest {

    private static ConsultationRequest described(String description) {
        return ConsultationRequest.builder("Casebook", description).capabilities("studies", "visits", "exports").build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Captures visit data for trials; the system must comply with FDA 21 CFR Part 11 | FDA_PART_11",
            "Signs contracts with qualified signatures under eIDAS | EIDAS",
            "Stores card details, so PCI DSS applies | PCI_DSS",
            "Financial close for a listed company under Sarbanes-Oxley | SOX",
            "Certified to ISO/IEC 27001 by next year | ISO_27001",
            "A reading app that schools use, which must follow FERPA for pupils' records | FERPA",
            "A drawing app for kids that must comply with the Children's Online Privacy Protection Act | COPPA",
            "Bike rental across the EU charging cards by the minute, subject to PSD2 | PSD2"})
    void aRegimeNamedInTheDescriptionIsDesignedForAndFlaggedToConfirm(String description, ComplianceRegime regime) {
        Workload w = Workload.of(described(description));
        assertThat(w.compliance()).containsExactly(regime);
        assertThat(w.assumptions()).extracting(Assumption::topic).contains("compliance");

        Consultation c = OfflineArchitect.create().consult(described(description));
        assertThat(c.decisions()).filteredOn(d -> d.topic() == DecisionTopic.COMPLIANCE).extracting(Decision::title)
                .anySatisfy(t -> assertThat(t).contains(regime.label()));
    }

    @Test
    void aNegatedOrLooseMentionIsNotARegime() {
        assertThat(Workload.of(described("An internal tool, not subject to HIPAA; no PHI is stored")).compliance()).isEmpty();
        assertThat(Workload.of(described("Keeps the part 110 catalogue of spare parts")).compliance()).isEmpty();
        assertThat(Workload.of(described("Sorts socks into boxes")).compliance()).isEmpty();
        assertThat(Workload.of(described("An adults-only wine club, not subject to COPPA")).compliance()).isEmpty();
    }

    @Test
    void aRegimeInTheFieldIsNotAddedTwice() {
        ConsultationRequest request = ConsultationRequest.builder("Casebook", "GDPR applies to every patient record")
                .capabilities("visits").compliance(ComplianceRegime.GDPR).build();
        assertThat(Workload.of(request).compliance()).containsExactly(ComplianceRegime.GDPR);
        assertThat(Workload.of(request).assumptions()).extracting(Assumption::topic).doesNotContain("compliance");
    }

    /** Each regime brings its own mechanism: controls the design carries and the risk that threatens them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FERPA | risk-ferpa-disclosure | legitimate educational interest",
            "COPPA | risk-coppa-collection-before-consent | Verifiable parental consent",
            "PSD2 | risk-psd2-declined-without-sca | merchant-initiated"})
    void aStatedRegimeGetsItsControlsAndItsOwnRisk(ComplianceRegime regime, String riskId, String control) {
        ConsultationRequest request = ConsultationRequest.builder("Casebook", "A service for members")
                .capabilities("accounts", "payments", "reports").compliance(regime).build();

        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.decisions()).filteredOn(d -> d.topic() == DecisionTopic.COMPLIANCE && d.title().contains(regime.label()))
                .singleElement().satisfies(d -> assertThat(d.toString()).contains(control)
                        // a bound every request meets ("team size at least 1") is no change that could reopen it
                        .doesNotContain("fell below 1 ("));
        assertThat(c.risks()).extracting(dev.architect.dossier.Risk::id).contains(riskId)
                .noneMatch(id -> id.equals("risk-" + regime.label().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The PSD2 decision's controls name what the payment keeps: who started it, how the customer was authenticated. */
    @Test
    void aPaymentKeepsWhoInitiatedItAndHowTheCustomerWasAuthenticated() {
        ConsultationRequest request = ConsultationRequest.builder("Ridely", "Scooter rental across the EU; payments charge riders' cards by the minute")
                .capabilities("rides", "payments").compliance(ComplianceRegime.PSD2).build();

        Consultation c = OfflineArchitect.create().consult(request);

        dev.architect.dossier.Entity payment = c.dataModel().entities().stream().filter(e -> e.name().equals("payment")).findFirst().orElseThrow();
        assertThat(payment.fields()).extracting(dev.architect.dossier.EntityField::name)
                .contains("initiated_by", "authentication", "stored_credential_reference");
        assertThat(payment.constraints()).anySatisfy(k -> {
            assertThat(k.fields()).containsExactly("initiated_by");
            assertThat(k.values()).containsExactly("CUSTOMER", "MERCHANT");
        });
    }
}
