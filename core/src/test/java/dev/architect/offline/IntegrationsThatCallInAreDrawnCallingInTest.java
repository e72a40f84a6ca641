package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Relationship;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An integration whose purpose says it is the caller (a PACS pushing studies with DICOM C-STORE, a USSD gateway calling
 * back at each step of a session) is drawn sending to the system's entry point over that
 * protocol; one the system also asks something of (query/retrieve, SMS) keeps its outgoing call too; one the system
 * only calls (card payments) is drawn as before.
 */
class IntegrationsThatCallInAreDrawnCallingInTest {

    private static final ConsultationRequest CLINICS = ConsultationRequest.builder("ToothScan", "Dental clinics keep their "
                    + "patients' X-rays and book check-ups; patients without smartphones confirm appointments by USSD")
            .capabilities("x-ray archive", "appointments", "payments")
            .integration("Clinic PACS", "DICOM C-STORE of new X-ray studies and query/retrieve of earlier ones")
            .integration("Africa's Talking", "USSD sessions")
            .integration("Stripe", "Card payments")
            .load(new Load(40.0, 5.0, 20_000L, null))
            .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1")))
            .build();

    @Test
    void callersAreDrawnCallingInOverTheirProtocolAndOnlyCalledWhenTheSystemAsksThemToo() {
        Consultation c = OfflineArchitect.create().consult(CLINICS);
        List<Relationship> rels = c.c4().relationships();

        assertThat(rels).as("the PACS pushes studies in over DICOM").anyMatch(r -> r.sourceId().equals("ext-clinic-pacs")
                && r.technology().contains("DICOM C-STORE"));
        assertThat(rels).as("and is queried for earlier studies").anyMatch(r -> r.destinationId().equals("ext-clinic-pacs"));

        assertThat(rels).as("the USSD gateway calls back").anyMatch(r -> r.sourceId().equals("ext-africa-s-talking")
                && r.technology().contains("session callbacks"));
        assertThat(rels).as("nothing of ours calls the USSD gateway for its sessions")
                .noneMatch(r -> r.destinationId().equals("ext-africa-s-talking"));

        assertThat(rels).as("card payments are called as before").anyMatch(r -> r.destinationId().equals("ext-stripe"))
                .noneMatch(r -> r.sourceId().equals("ext-stripe"));
    }
}
