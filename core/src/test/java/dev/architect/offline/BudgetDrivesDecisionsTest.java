package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Budget;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A budget below what the design costs makes running cost a driver: between options that fit about equally the
 * cheaper one wins and the ADR says what the budget traded; a generous budget changes nothing.
 */
class BudgetDrivesDecisionsTest {

    private static ConsultationRequest studio(Double budgetUsd) {
        return ConsultationRequest.builder("Studio", "Class bookings and memberships for a chain of yoga studios")
                .capabilities("classes", "members", "memberships")
                .load(new Load(60.0, 6.0, null, null)).team(new Team(4, List.of("TypeScript", "PostgreSQL")))
                .budget(budgetUsd == null ? null : new Budget(budgetUsd)).build();
    }

    @Test
    void aTightBudgetPicksTheCheaperPlatformAndSaysWhatItTraded() {
        Consultation generous = OfflineArchitect.create().consult(studio(50_000.0));
        Consultation none = OfflineArchitect.create().consult(studio(null));
        Consultation tight = OfflineArchitect.create().consult(studio(150.0));

        Decision roomy = generous.decision(DecisionTopic.DEPLOYMENT).orElseThrow();
        Decision squeezed = tight.decision(DecisionTopic.DEPLOYMENT).orElseThrow();
        assertThat(roomy.chosenOption()).isEqualTo(none.decision(DecisionTopic.DEPLOYMENT).orElseThrow().chosenOption());
        assertThat(squeezed.chosenOption()).isNotEqualTo(roomy.chosenOption());

        assertThat(squeezed.drivers()).anyMatch(d -> d.startsWith("design cost over budget") && d.contains("budget.monthlyUsd $150"));
        assertThat(squeezed.rationale()).contains("running cost weighs here").contains("what the budget trades away");
        assertThat(squeezed.consequences()).extracting(Consequence::text).anyMatch(t -> t.startsWith("To stay near its budget, Studio gives up"));

        generous.decisions().forEach(d -> {
            assertThat(d.drivers()).noneMatch(x -> x.startsWith("design cost over budget"));
            assertThat(d.rationale()).doesNotContain("running cost weighs");
        });
    }

    @Test
    void theBudgetWeighsTheStyleFirstAndKeepsItWhenAMonolithWouldSaveTooLittle() {
        // 18 engineers who run Kafka and Kubernetes, 7 capabilities: unconstrained, microservices on EKS with Kafka.
        ConsultationRequest cards = ConsultationRequest.builder("Tally", "Expense cards for startups with a ledger and accounting exports")
                .capabilities("companies", "employees", "cards", "authorisations", "ledger", "receipts", "exports")
                .integration("Marqeta", "card issuing and authorisation webhooks").integration("Xero", "accounting export")
                .load(new Load(2500.0, 2.0, null, null)).team(new Team(18, List.of("Kotlin", "PostgreSQL", "Kafka", "Kubernetes")))
                .budget(new Budget(6000.0)).build();
        Consultation unconstrained = OfflineArchitect.create().consult(cards.toBuilder().budget(null).build());
        Consultation tight = OfflineArchitect.create().consult(cards);
        // At $9,000 the design is over only in month 36 (data growth): tiering old data and a one-year commitment bring it
        // within the budget without giving up a decision, so the architecture stays as the team and load argue.
        Consultation pricedDown = OfflineArchitect.create().consult(cards.toBuilder().budget(new Budget(9000.0)).build());

        assertThat(unconstrained.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().chosenOption()).isEqualTo("Microservices");
        assertThat(pricedDown.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().chosenOption()).isEqualTo("Microservices");
        assertThat(pricedDown.cost().options()).anyMatch(o -> o.adopted());
        // At $6,000 the style is weighed first, but a modular monolith would put the ledger in its one database, which no
        // budget option tiers (store-tiering.yaml: a ledger's balances read every entry), while the services tier the six
        // stores beside the ledger's: by month 36 the monolith saves less than 5% of the budget, so the style the team and
        // load argue for is kept and the cost says it is still over.
        assertThat(tight.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().chosenOption()).isEqualTo("Microservices");
        assertThat(tight.cost().options()).filteredOn(o -> o.adopted()).singleElement()
                .satisfies(o -> assertThat(o.title()).contains("tier data older than 3 months to object storage in companies-db"));
        // Kafka on three brokers and an EKS control plane cost little beside the budget: not worth giving up the tools the team runs.
        assertThat(tight.decision(DecisionTopic.MESSAGING).orElseThrow().chosenOption()).contains("Kafka");
        assertThat(tight.decision(DecisionTopic.DEPLOYMENT).orElseThrow().chosenOption()).contains("EKS");
        assertThat(tight.decision(DecisionTopic.MESSAGING).orElseThrow().rationale()).doesNotContain("running cost weighs");
    }

    @Test
    void aTightBudgetNeverBuysCheapnessWithAHardFigure() {
        // 99.95% cannot be met in one zone: the budget may not trade it away, however tight.
        ConsultationRequest strict = studio(100.0).toBuilder()
                .availability(new dev.architect.request.Availability(99.95, 15, 30)).build();
        Decision availability = OfflineArchitect.create().consult(strict).decision(DecisionTopic.AVAILABILITY).orElseThrow();
        assertThat(availability.chosenOption()).doesNotContainIgnoringCase("single zone").doesNotContainIgnoringCase("single-zone");
    }
}
