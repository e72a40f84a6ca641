package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The PCI DSS work before launch follows the compliance option the design chose: card numbers typed only into the
 * provider's hosted fields need a self-assessment questionnaire (SAQ A), an own vault a Qualified Security Assessor's
 * Report on Compliance; and a merchant over 6 million card transactions a year (Level 1) needs the Report on
 * Compliance whatever its checkout, read from the volume the request states.
 */
class PciWorkFollowsTheChosenOptionTest {

    private static String shop(String provider, String volume) {
        return String.format(java.util.Locale.ROOT, """
                system: Teashop
                description: Online tea shop taking card payments%s.%s
                capabilities: [catalog, orders, payments]
                %s
                compliance: [pci]
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """, provider.isEmpty() ? "; card numbers are stored in our own vault" : " through " + provider,
                volume, provider.isEmpty() ? "" : "integrations: [{name: " + provider + ", purpose: card payments}]");
    }

    private static RoadmapPhase hardening(Consultation c) {
        return c.roadmap().phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
    }

    @Test
    void hostedPaymentFieldsNeedASelfAssessmentNotAnOnSiteReportOnCompliance() {
        Consultation c = ValidDossiers.of(shop("Stripe", " About 200,000 card transactions a year."));

        assertThat(c.decisions()).anyMatch(d -> d.chosen().summary().contains("hosted fields"));
        assertThat(hardening(c).deliverables()).anyMatch(d -> d.startsWith("PCI-DSS: Self-Assessment Questionnaire A"))
                .noneMatch(d -> d.contains("Report on Compliance"));
        assertThat(hardening(c).exitCriteria()).anyMatch(e -> e.contains("attestation of compliance signed"));
    }

    @Test
    void anOwnVaultNeedsTheQualifiedSecurityAssessorsReportOnCompliance() {
        Consultation c = ValidDossiers.of(shop("", ""));

        assertThat(hardening(c).deliverables()).anyMatch(d -> d.contains("Qualified Security Assessor's on-site assessment and Report on Compliance"))
                .noneMatch(d -> d.contains("Self-Assessment Questionnaire"));
    }

    @Test
    void aPaymentPlatformHandlingCardsForMerchantsIsAssessedAsAServiceProviderNotBySelfAssessment() {
        Consultation c = ValidDossiers.of(shop("Stripe", " It is a payment platform for other merchants."));

        assertThat(hardening(c).deliverables()).anyMatch(d -> d.contains("Report on Compliance"))
                .noneMatch(d -> d.contains("Self-Assessment Questionnaire"));
    }

    @Test
    void aLevelOneMerchantNeedsTheReportOnComplianceWhateverItsCheckout() {
        Consultation c = ValidDossiers.of(shop("Stripe", " About 20 million card transactions a year."));

        assertThat(hardening(c).deliverables()).anyMatch(d -> d.contains("Report on Compliance, which a Level 1 merchant")
                        && d.contains("20,000,000 a year") && d.contains("20 million card transactions a year"))
                .noneMatch(d -> d.contains("Self-Assessment Questionnaire"));
    }
}
