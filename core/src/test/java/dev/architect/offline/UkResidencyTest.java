package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.Regions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The UK is its own data-protection jurisdiction (UK GDPR) beside the EU's: a system deployed to London is not "kept
 * in EU regions"; one deployed to both keeps each person's data in their home area.
 */
class UkResidencyTest {

    private static Consultation deployedTo(Cloud cloud, String... regions) {
        ConsultationRequest request = ConsultationRequest.builder("Ledgerly", "Bookkeeping for small firms: invoices, "
                        + "expenses and VAT returns for their owners and accountants")
                .capabilities("invoices", "expenses", "vat returns").compliance(ComplianceRegime.GDPR)
                .deployment(new Deployment(cloud, List.of(regions))).build();
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    private static Decision gdpr(Consultation c) {
        return c.decisions().stream().filter(d -> d.title().toLowerCase(java.util.Locale.ROOT).contains("personal data")
                || d.chosenOption().contains("GDPR") || d.chosenOption().startsWith("Privacy by design")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"aws, eu-west-2", "gcp, europe-west2", "azure, uksouth", "azure, ukwest"})
    void londonAndTheOtherUkRegionsAreTheUksJurisdiction(String cloud, String region) {
        assertThat(Regions.jurisdiction(region)).contains(Regions.UNITED_KINGDOM);
        Decision d = gdpr(deployedTo(Cloud.of(cloud), region));
        assertThat(d.chosenOption()).isEqualTo("Privacy by design under UK GDPR with UK data residency");
        assertThat(d.chosen().summary()).contains("kept in UK regions").doesNotContain("EU regions");
    }

    @Test
    void anEuRegionKeepsTheEuOptionAndRegionsOnBothSidesNeedNoPinning() {
        assertThat(Regions.jurisdiction("eu-west-1")).contains(Regions.EUROPE);
        assertThat(gdpr(deployedTo(Cloud.AWS, "eu-west-1")).chosenOption()).isEqualTo("Privacy by design with EU data residency");
        // Dublin and London are two areas under two laws, as Dublin and Virginia are; GDPR alone lets data move between
        // them under contractual clauses, so without a stated residency nothing is pinned (a stated one pins: see below)
        assertThat(gdpr(deployedTo(Cloud.AWS, "eu-west-1", "eu-west-2")).chosenOption()).contains("standard contractual clauses");
        assertThat(gdpr(deployedTo(Cloud.AWS, "eu-west-1", "us-east-1")).chosenOption()).contains("standard contractual clauses");
    }
    @Test
    void aResidencyConstraintWithARegionElsewhereIsKeptByPinningNotRefused() {
        // a constraint the request states for one jurisdiction's people, with regions on two continents
        ConsultationRequest request = ConsultationRequest.builder("Trialbook", "Records patient visits for studies run "
                        + "in Europe and the US").capabilities("visits", "queries", "exports").compliance(ComplianceRegime.GDPR)
                .constraints("EU patient data stays in the EU")
                .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1", "us-east-1"))).build();
        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(gdpr(c).chosenOption()).contains("pinned to each person's home region");
        assertThat(DossierValidator.validate(c, request).errors()).isEmpty();
    }
}
