package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.QualityAttribute;
import dev.architect.request.ComplianceRegime;
import dev.architect.testing.ValidDossiers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any two regimes a request's compliance field may list, in any spelling the reader accepts, make one dossier the
 * validator accepts: two spellings of one regime ("GDPR" and "UK GDPR") are that regime once, and two regimes never
 * share a requirement, risk or decision id.
 */
class RegimePairsTest {

    /** Every pair of distinct regimes by label, and every regime beside each of its own aliases. */
    static Stream<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        ComplianceRegime[] all = ComplianceRegime.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                out.add(Arguments.of(all[i].label(), all[j].label(), 2));
            }
            for (String alias : all[i].spellings().aliases()) {
                out.add(Arguments.of(all[i].label(), alias, 1));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("pairs")
    void twoRegimesListedTogetherMakeAValidDossier(String first, String second, int regimes) {
        Consultation c = ValidDossiers.of(String.format(java.util.Locale.ROOT, """
                system: Ledgerline
                description: Keeps customer accounts, orders and invoices for a mid-sized company.
                capabilities: [accounts, orders, invoices]
                compliance: ["%s", "%s"]
                team: {size: 8, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """, first, second));
        List<QualityAttribute> compliance = c.requirements().qualityAttributes().stream()
                .filter(q -> q.attribute() == dev.architect.dossier.QualityAttributeType.COMPLIANCE).toList();
        assertThat(compliance).as("one compliance requirement per regime").hasSize(regimes);
        assertThat(compliance).extracting(QualityAttribute::id).doesNotHaveDuplicates();
    }
}
