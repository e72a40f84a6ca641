package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A single word brings a subsystem only in the sense that needs it: a push to another system is an integration, not
 * realtime delivery to users; a developer on call runs the product, it is no paging feature of it; an SFTP drop to a
 * printer is no bank connection; an accounting system beside payouts is not the payouts provider; a bank transfer a
 * payment provider collects leaves no bank statements to reconcile.
 */
class WordsThatDoNotBuildSubsystemsTest {

    private static Consultation consult(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    private static List<String> archetypes(Consultation c) {
        return ArchetypeDossiersTest.recognisedArchetypes(c);
    }

    @Test
    void resultsPushedToAnotherSystemAreAnIntegrationNotRealtimeDelivery() {
        Consultation c = consult(ConsultationRequest.builder("Markbook", "Teachers enter coursework marks; final results are "
                        + "pushed to the student records system nightly").capabilities("marks", "moderation")
                .integration("Student records system", "receives final results nightly").build());
        assertThat(archetypes(c)).doesNotContain("realtime-delivery");
        assertThat(c.decision(DecisionTopic.REALTIME_TRANSPORT)).isEmpty();

        Consultation live = consult(ConsultationRequest.builder("Racewall", "Lap times are pushed to viewers as each car "
                + "crosses the line").capabilities("lap times").build());
        assertThat(archetypes(live)).as("a push people watch is still realtime").contains("realtime-delivery");
    }

    @Test
    void aDeveloperOnCallRunsTheProductAndBuildsNoPagingFeature() {
        Consultation c = consult(ConsultationRequest.builder("Permitly", "Residents apply for parking permits; council "
                        + "officers review each application and escalate disputed ones. One developer on call at weekends.")
                .capabilities("permit applications", "reviews").build());
        assertThat(archetypes(c)).doesNotContain("on-call-paging");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("on_call_rota");
    }

    @Test
    void anSftpDropToAPrinterIsNoBankAndAnAccountingSystemIsNoPayoutsProvider() {
        Consultation c = consult(ConsultationRequest.builder("Craftly", "A marketplace for handmade goods: buyers pay by card "
                        + "and makers get payouts weekly")
                .capabilities("listings", "orders", "maker payouts")
                .integration("Stripe", "card payments")
                .integration("Xero", "accounting and payouts ledger")
                .integration("Mailing house", "printed packing slips as an SFTP drop").build());
        assertThat(c.decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow().chosenOption()).doesNotContain("Xero");
        assertThat(c.c4().containers()).noneMatch(k -> k.technology() != null && k.technology().contains("Xero"));
        assertThat(c.cost().items()).noneMatch(i -> i.name().toLowerCase(java.util.Locale.ROOT).contains("bank")
                && i.assumption().contains("Mailing house"));
        assertThat(c.cost().items()).noneMatch(i -> i.assumption().contains("Xero") && i.assumption().contains("payout"));
    }

    @Test
    void aBankTransferAProviderCollectsLeavesNoStatementsToReconcile() {
        Consultation c = consult(ConsultationRequest.builder("Feepoint", "Parents pay school trip fees by card or bank transfer "
                        + "through Mollie").capabilities("trips", "fee payments")
                .integration("Mollie", "fee payments by card and bank transfer").build());
        assertThat(archetypes(c)).doesNotContain("bank-reconciliation");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("bank_statement");
    }
}
