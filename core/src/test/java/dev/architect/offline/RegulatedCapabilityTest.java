package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capability the request names and a requirement its compliance regime brings can be the same thing: an "audit trail"
 * under HIPAA, "data subject rights" under GDPR. The dossier then has that requirement once, where the request put it,
 * worded as the regime asks (before, the second one broke the dossier's unique ids and the consultation failed).
 */
class RegulatedCapabilityTest {

    @Test
    void aCapabilityThatARegimeAlsoRequiresIsOneRequirementWordedByTheRegime() {
        ConsultationRequest request = ConsultationRequest.builder("Kennel", "Boarding kennels keep pet owners' records and "
                        + "booking history; staff actions on owner data are recorded")
                .capabilities("bookings", "audit trail", "data subject rights")
                .compliance(ComplianceRegime.HIPAA, ComplianceRegime.GDPR).build();

        Consultation c = OfflineArchitect.create().consult(request);

        List<FunctionalRequirement> functional = c.requirements().functional();
        assertThat(functional).filteredOn(f -> f.id().equals("fr-audit-trail")).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("Audit trail");
            assertThat(f.description()).contains("tamper-evident");
        });
        assertThat(functional).filteredOn(f -> f.id().equals("fr-data-subject-rights")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("within 30 days"));
        // where the request named them: after bookings, in its order
        assertThat(functional.stream().map(FunctionalRequirement::id).toList())
                .containsSubsequence("fr-bookings", "fr-audit-trail", "fr-data-subject-rights");
        assertThat(DossierValidator.validate(c, request).hasErrors()).isFalse();
    }
}
