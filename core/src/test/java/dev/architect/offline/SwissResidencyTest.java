package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.QualityAttribute;
import dev.architect.request.ComplianceRegime;
import dev.architect.testing.ValidDossiers;
import dev.architect.validation.Regions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Switzerland is its own data-protection jurisdiction (the Federal Act on Data Protection) beside the EU's: a system
 * hosted in a Swiss region, or whose request names the FADP, is designed under the Swiss FADP, and its residency names
 * Switzerland, never "EU data residency".
 */
class SwissResidencyTest {

    private static Consultation consult(String cloud, String region, String compliance, String description) {
        return ValidDossiers.of(String.format(java.util.Locale.ROOT, """
                system: Praxisdesk
                description: %s
                capabilities: [patients, invoices, documents]
                compliance: [%s]
                team: {size: 4, expertise: [Kotlin, PostgreSQL]}
                deployment: {cloud: %s, regions: [%s]}
                """, description, compliance, cloud, region));
    }

    private static List<Decision> compliance(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.COMPLIANCE).toList();
    }

    @ParameterizedTest
    @CsvSource({"gcp, europe-west6", "aws, eu-central-2", "azure, switzerlandnorth", "azure, switzerlandwest"})
    void aSwissRegionIsSwissResidencyUnderTheFadpNotTheEus(String cloud, String region) {
        assertThat(Regions.jurisdiction(region)).contains(Regions.SWITZERLAND);
        Consultation c = consult(cloud, region, "GDPR", "Patient records and invoices for physiotherapy practices.");

        assertThat(compliance(c)).extracting(Decision::chosenOption)
                .contains("Privacy by design with Swiss data residency", "Privacy by design under the Swiss FADP with Swiss data residency")
                .noneMatch(option -> option.contains("EU data residency"));
        assertThat(compliance(c)).allSatisfy(d -> assertThat(d.chosen().summary()).contains("Swiss regions").doesNotContain("EU regions"));
        // the region is the evidence the FADP applies, stated as an assumption to confirm
        assertThat(c.requirements().assumptions()).anySatisfy(a -> assertThat(a.statement()).contains(region, "Swiss region"));
        assertThat(c.requirements().qualityAttributes()).extracting(QualityAttribute::id).contains("qa-gdpr", "qa-swiss-fadp");
    }

    @Test
    void theFadpNamedInTheTextIsARegimeWithItsControlsRiskAndHardeningWork() {
        for (String name : List.of("revFADP", "nFADP", "FADP", "the Swiss data protection act")) {
            Consultation c = consult("aws", "eu-central-1", "", "Policy administration for a Swiss insurer, kept under " + name + ".");
            Decision fadp = compliance(c).stream().filter(d -> d.title().contains(ComplianceRegime.FADP.label())).findFirst().orElseThrow();
            // Frankfurt is outside Switzerland: the data is disclosed abroad, under clauses, not kept in Swiss regions
            assertThat(fadp.chosenOption()).as(name).contains("disclosures abroad under standard contractual clauses");
            assertThat(c.risks()).anySatisfy(r -> assertThat(r.id()).isEqualTo("risk-fadp-disclosure-abroad"));
            assertThat(c.roadmap().phases()).flatExtracting(p -> p.deliverables())
                    .anySatisfy(d -> assertThat(d).startsWith("Swiss FADP: the record of processing activities"));
            assertThat(c.requirements().functional()).anySatisfy(f -> assertThat(f.id()).isEqualTo("fr-data-subject-rights"));
        }
    }

    @Test
    void anEuRegionStaysEuResidencyWithoutTheFadp() {
        Consultation c = consult("gcp", "europe-west3", "GDPR", "Patient records and invoices for physiotherapy practices.");
        assertThat(compliance(c)).extracting(Decision::chosenOption).containsExactly("Privacy by design with EU data residency");
    }
}
