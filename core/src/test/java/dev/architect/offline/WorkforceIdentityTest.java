package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who signs in decides the identity: a system only the organisation's staff use signs them in through its workforce
 * directory (their existing accounts, MFA and groups), not a customer user pool billed per user; a system with people
 * from outside keeps the managed customer identity.
 */
class WorkforceIdentityTest {

    private static Decision identity(Consultation c) {
        // the decision among whose options is a user pool: chosen options are named by their product on the cloud
        return c.decisions().stream().filter(d -> d.options().stream().anyMatch(o -> (o.name() + " " + o.summary())
                .matches("(?s).*(Managed identity provider|user pool|Keycloak|workforce directory).*"))).findFirst().orElseThrow();
    }

    private static Consultation consult(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    @Test
    void staffActorsSignInThroughTheWorkforceDirectoryWithNoPerUserLine() {
        ConsultationRequest request = ConsultationRequest.builder("Bedline", "Hospitals coordinate bed transfers: clinicians "
                        + "raise requests and bed managers accept them")
                .actor("ED clinician", "raises transfer requests").actor("Bed manager", "accepts requests")
                .capabilities("transfer requests", "bed board").compliance(ComplianceRegime.HIPAA)
                .load(new Load(50.0, null, 3000L, null)).deployment(new Deployment(Cloud.AZURE, List.of("eastus2"))).build();
        Consultation c = consult(request);
        Decision d = identity(c);
        assertThat(d.chosenOption()).isEqualTo("Microsoft Entra ID (the organisation's workforce tenant)");
        assertThat(d.chosen().summary()).startsWith("Sign-in through the organisation's workforce directory: ");
        assertThat(c.techStack().stream().map(t -> t.choice()).toList()).anyMatch(t -> t.contains("Microsoft Entra ID (the organisation's workforce tenant)"));
        assertThat(c.cost().items()).noneMatch(i -> i.id().equals("identity-users"));
    }

    @Test
    void withoutActorsASmallStaffOnlyUserBaseIsReadFromTheDescription() {
        ConsultationRequest request = ConsultationRequest.builder("Linewatch", "Engineers in the control room watch pipeline "
                        + "pressure and tune alarm rules").capabilities("alarms", "rules")
                .load(new Load(20.0, null, 150L, null)).deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        assertThat(identity(consult(request)).chosenOption()).isEqualTo("AWS IAM Identity Center federated with the organisation's directory");
    }

    @Test
    void outsideUsersKeepTheManagedCustomerIdentity() {
        ConsultationRequest mixed = ConsultationRequest.builder("Grantly", "Applicants submit grant applications; officers "
                        + "check them").actor("Applicant", "applies").actor("Grants officer", "checks")
                .capabilities("applications", "checks").load(new Load(50.0, null, 3000L, null)).build();
        assertThat(identity(consult(mixed)).chosen().summary()).doesNotContain("workforce directory");
        ConsultationRequest big = ConsultationRequest.builder("Opsdesk", "Support agents answer tickets")
                .capabilities("tickets").load(new Load(50.0, null, 50_000L, null)).build();
        assertThat(identity(consult(big)).chosen().summary()).doesNotContain("workforce directory");
    }
}
