package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What recognition reads ends in the design: settlements paid to claimants are payouts whose payees' countries are an
 * open question when no sentence places them, paid through a payouts provider rather than assumed where the system runs; a payment provider whose purpose says withdrawals is
 * the payouts provider; a robot stopped by a safety rule gets the device-command path, and odds pushed to connected
 * punters a realtime transport.
 */
class PaidOutMoneyAndCommandedDevicesAreDesignedTest {

    @Test
    void settlementsPaidToClaimantsArePayoutsWithThePayeesCountriesAnOpenQuestion() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("HailClaims",
                        "Crop hail insurance: farmers report damage with photos, loss adjusters assess it, and settlement payments to farmers follow.")
                .capabilities("damage reports", "assessments", "settlements")
                .deployment(new Deployment(Cloud.AZURE, List.of("francecentral"))).build());

        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-settlements")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("outgoing payments").doesNotContain("Not designed yet"));
        assertThat(c.requirements().functional()).noneMatch(f -> f.id().equals("fr-archetype-payments-ledger"));
        assertThat(c.requirements().assumptions()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo("as-payee-countries");
            // the region says where the system runs, not where the farmers are: no country is assumed for them
            assertThat(a.statement()).contains("francecentral").contains("payouts provider").doesNotContain("France");
        });
        assertThat(c.requirements().openQuestions()).anySatisfy(q -> {
            assertThat(q.id()).isEqualTo("oq-payee-countries");
            assertThat(q.recommended()).startsWith("Through a payouts provider's local rails").doesNotContain("France");
        });
    }

    @Test
    void payeesASentencePlacesAreNoAssumption() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("HailClaims",
                        "Crop hail insurance in Spain: settlement payments to farmers in Spain follow each assessment.")
                .capabilities("assessments", "settlements")
                .deployment(new Deployment(Cloud.AZURE, List.of("francecentral"))).build());

        assertThat(c.requirements().assumptions()).noneMatch(a -> a.id().equals("as-payee-countries"));
        assertThat(c.requirements().openQuestions()).noneMatch(q -> q.id().equals("oq-payee-countries"));
    }

    @Test
    void aPaymentProviderWhosePurposeSaysWithdrawalsPaysOut() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("QuizCash",
                        "Players stake on trivia rounds from a wallet balance and withdraw their winnings.")
                .capabilities("rounds", "wallets")
                .integration("Paysafe", "card deposits and withdrawals").build());

        assertThat(c.decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow().chosen().summary()).startsWith("A payouts provider");
    }

    @Test
    void aRobotStoppedBySafetyRuleGetsTheCommandPathAndPushedScoresARealtimeTransport() {
        Consultation robots = OfflineArchitect.create().consult(ConsultationRequest.builder("Shelfbots",
                        "Coordinates 400 shelf-scanning robots in supermarkets; the system halts a robot within 500 ms when a shopper comes too close.")
                .capabilities("scan missions", "proximity stops").build());
        assertThat(robots.decision(DecisionTopic.DEVICE_COMMANDS)).isPresent();
        assertThat(robots.requirements().functional()).filteredOn(f -> f.id().equals("fr-archetype-device-commands")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("'halts a robot'"));

        Consultation scores = OfflineArchitect.create().consult(ConsultationRequest.builder("RinkLive",
                        "Ice hockey scores from 300 games; each score change reaches every connected phone within a second.")
                .capabilities("games", "scores").build());
        assertThat(scores.decision(DecisionTopic.REALTIME_TRANSPORT)).isPresent();
    }
}
