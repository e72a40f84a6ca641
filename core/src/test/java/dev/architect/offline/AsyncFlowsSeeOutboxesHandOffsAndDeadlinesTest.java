package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous flows the messaging decision counts include the consumers of an outbox the design writes, an
 * integration the request hands data on to, and a goal with a deadline in minutes or hours for work done after the
 * request: never "no asynchronous flows" beside an outbox, its backlog alert and a "within 15 minutes" goal.
 */
class AsyncFlowsSeeOutboxesHandOffsAndDeadlinesTest {

    private static String asyncDriver(Consultation c) {
        Decision messaging = c.decision(DecisionTopic.MESSAGING).orElseThrow();
        return messaging.drivers().stream().filter(d -> d.startsWith("asynchronous flows")).findFirst().orElseThrow();
    }

    @Test
    void theConsumersOfAnOutboxAreAFlow() {
        Consultation c = ValidDossiers.of("""
                system: Tapkiosk
                description: Self-service kiosks in canteens take card payments in EUR through Stripe, recorded in a ledger.
                capabilities: [payments, menus]
                integrations: [{name: Stripe, purpose: card payments}]
                team: {size: 4, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);
        assertThat(c.dataModel().entity("outbox_event")).isPresent();
        assertThat(asyncDriver(c)).startsWith("asynchronous flows 1 ").contains("payments and ledger outbox event consumers");
    }

    @Test
    void aDeadlineInMinutesForWorkAfterTheRequestIsAFlowCitedWithTheGoal() {
        Consultation c = ValidDossiers.of("""
                system: Roomcheck
                description: Housekeepers mark hotel rooms as cleaned on a tablet.
                goals: ["a room marked cleaned is inspected by a supervisor within 30 minutes", "pages load within 2 seconds",
                        "launch within 6 months"]
                capabilities: [rooms, cleaning rounds]
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);
        // seconds are a response time and months a delivery date: only the 30-minute inspection is work after the request
        assertThat(asyncDriver(c)).startsWith("asynchronous flows 1 ").contains("1 deadline for work after the request")
                .contains("within 30 minutes").doesNotContain("2 seconds", "6 months");
    }

    @Test
    void anIntegrationTheRequestHandsUpdatesToIsAFlowAndItsDeadlineIsNotASecond() {
        Consultation c = ValidDossiers.of("""
                system: Stockline
                description: Warehouse stock for a wholesaler; pickers confirm picks on handhelds.
                goals: [every confirmed pick is reflected in Odoo within 5 minutes]
                capabilities: [stock levels, picks]
                integrations: [{name: Odoo, purpose: stock level updates}]
                team: {size: 4, expertise: [Python, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);
        assertThat(asyncDriver(c)).startsWith("asynchronous flows 1 ").contains("1 integration nobody waits for").doesNotContain("deadline");
    }
}
