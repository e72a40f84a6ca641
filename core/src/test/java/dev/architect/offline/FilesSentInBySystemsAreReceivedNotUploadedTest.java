package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files that another system sends in (studies a modality pushes with DICOM C-STORE, pages a scanning partner sends us, a
 * partner's SFTP file drops) are received from that system by an intake receiver, not uploaded by a person: the files'
 * sequence starts at the sender, no person takes part in it, the sender is drawn calling the receiver over its own
 * protocol, and a file sent twice is recorded once by the sender's reference. Files people upload keep the signed-URL
 * upload. Requests written for this test, on three clouds, none of them a sample.
 */
class FilesSentInBySystemsAreReceivedNotUploadedTest {

    private static final String FLOW = "seq-upload-file";

    /** A teleradiology service: the hospitals' modalities push studies with C-STORE; the RIS sends HL7 v2 orders. */
    private static final ConsultationRequest IMAGING = ConsultationRequest.builder("RadRead", "Teleradiology reading service "
                    + "for 40 rural hospitals: CT and MRI studies arrive from each hospital's modalities, radiologists read them "
                    + "remotely from a worklist and sign reports that go back to the hospital.")
            .actor("Radiologist", "reads studies and signs reports")
            .capabilities("imaging studies", "worklist", "reports")
            .integration("Hospital modalities", "DICOM C-STORE of new CT and MRI studies")
            .integration("Hospital RIS", "HL7 v2 messages with orders and signed reports")
            .load(new Load(60.0, 3.0, 900L, null))
            .deployment(new Deployment(Cloud.AWS, List.of("us-east-1")))
            .build();

    /** A virtual mailbox: a scanning partner calls us with the scanned pages (its purpose names files and says it sends). */
    private static final ConsultationRequest MAIL = ConsultationRequest.builder("Postbox", "A virtual mailbox for expats: a "
                    + "scanning partner opens each letter at our address and scans it; customers read their mail online and ask "
                    + "for forwarding or shredding.")
            .actor("Customer", "reads mail and asks for forwarding")
            .capabilities("mailboxes", "letters", "forwarding requests")
            .integration("Scanning partner", "sends us scanned pages of each letter")
            .load(new Load(30.0, 20.0, 25_000L, null))
            .deployment(new Deployment(Cloud.GCP, List.of("europe-west1")))
            .build();

    /** An insurance hub: clinics' practice systems drop claim attachments over SFTP every night. */
    private static final ConsultationRequest PARTNER = ConsultationRequest.builder("Claimbridge", "A hub for dental insurance: "
                    + "partner clinics' practice systems send claim attachments (x-rays, invoices as PDF) and the insurer's "
                    + "assessors review each claim with its attachments before paying it.")
            .actor("Assessor", "reviews claims and their attachments")
            .capabilities("claims", "attachments", "assessments")
            .integration("Clinic practice systems", "nightly file drops of claim attachments over SFTP")
            .load(new Load(15.0, 4.0, 300L, null))
            .deployment(new Deployment(Cloud.AZURE, List.of("westeurope")))
            .build();

    /** Tenants photograph a repair on their phone: a person uploads; the housing system calls back, but with records, not files. */
    private static final ConsultationRequest PHOTOS = ConsultationRequest.builder("FixIt", "Tenants report repairs in their "
                    + "flat with photos from their phone; the landlord's maintenance team schedules a visit.")
            .actor("Tenant", "reports a repair and uploads photos")
            .actor("Maintenance planner", "schedules visits")
            .capabilities("repair requests", "photos", "visits")
            .integration("Housing system", "callbacks with tenancy changes")
            .load(new Load(10.0, 5.0, 8_000L, null))
            .deployment(new Deployment(Cloud.AWS, List.of("eu-west-2")))
            .build();

    @Test
    void studiesAModalityPushesAreReceivedFromItOverDicomWhileThePacsStaysAnHl7Caller() {
        assertReceivedFrom(IMAGING, "ext-hospital-modalities", "DICOM C-STORE (DIMSE over TLS)");
        Consultation c = consult(IMAGING);
        // The RIS still calls in over HL7 v2 to the entry point: only the files' sender is wired to the receiver.
        assertThat(c.c4().relationships()).anyMatch(r -> r.sourceId().equals("ext-hospital-ris") && r.technology().contains("HL7 v2"));
    }

    @Test
    void pagesAScanningPartnerSendsAreReceivedFromItOverItsCallbacks() {
        assertReceivedFrom(MAIL, "ext-scanning-partner", "HTTPS (callbacks)");
    }

    @Test
    void attachmentsAPartnerDropsAreReceivedFromItOverSftp() {
        assertReceivedFrom(PARTNER, "ext-clinic-practice-systems", "SFTP (file drops)");
    }

    @Test
    void photosAPersonTakesKeepTheSignedUploadEvenBesideASystemThatCallsInWithoutFiles() {
        Consultation c = consult(PHOTOS);
        SequenceDiagram upload = sequence(c);
        assertThat(upload.steps().get(0).from()).as("the tenant starts the upload").isEqualTo("tenant");
        assertThat(upload.steps()).extracting(SequenceStep::message).contains("PUT the bytes to the signed URL");
        assertThat(c.c4().containers()).noneMatch(x -> x.id().equals("intake-receiver"));
        assertThat(storedFile(c).fields()).anyMatch(f -> f.name().equals("owner_id"));
    }

    /**
     * The files' sequence starts at the sender and reaches the receiver; no person and no signed URL is in it; the C4
     * draws the sender calling the receiver over its protocol; the table keeps each sender's reference once; the receiver
     * is priced; and the dossier is consistent.
     */
    private static void assertReceivedFrom(ConsultationRequest r, String sender, String technology) {
        Consultation c = consult(r);
        SequenceDiagram flow = sequence(c);
        assertThat(flow.steps().get(0).from()).as("the sender starts the flow").isEqualTo(sender);
        assertThat(flow.steps().get(0).to()).isEqualTo("intake-receiver");
        assertThat(flow.participants()).as("no person uploads").allMatch(p -> p.equals(sender) || c.c4().containers().stream().anyMatch(x -> x.id().equals(p)));
        assertThat(flow.steps()).extracting(SequenceStep::message).noneMatch(m -> m.contains("signed URL") || m.contains("upload URL"));
        assertThat(flow.steps()).anyMatch(s -> s.from().equals("intake-receiver") && s.to().equals(sender) && s.message().startsWith("Acknowledge"));

        assertThat(c.c4().systems()).anyMatch(x -> x.id().equals(sender));
        assertThat(c.c4().relationships()).as("the sender calls the receiver over its own protocol")
                .anyMatch(x -> x.sourceId().equals(sender) && x.destinationId().equals("intake-receiver") && x.technology().equals(technology));

        assertThat(storedFile(c).indexes()).as("a file sent again is recorded once")
                .anyMatch(i -> i.unique() && i.fields().equals(List.of("source_system", "source_reference")));
        assertThat(c.cost().items()).anyMatch(l -> "intake-receiver".equals(l.containerId()) && l.monthly() > 0);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as(DossierValidator.validate(c, r).describe()).isFalse();
    }

    private static Consultation consult(ConsultationRequest r) {
        return OfflineArchitect.create().consult(r);
    }

    private static SequenceDiagram sequence(Consultation c) {
        return c.sequences().stream().filter(s -> s.id().equals(FLOW)).findFirst()
                .orElseThrow(() -> new AssertionError("no files flow among " + c.sequences().stream().map(SequenceDiagram::id).toList()));
    }

    private static Entity storedFile(Consultation c) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals("stored_file")).findFirst().orElseThrow();
    }
}
