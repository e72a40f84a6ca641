package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * A worker an archetype brings runs on the platform the deployment decision chose, however the catalogue words its
 * product: "Worker on Amazon ECS" is the "Amazon ECS on Fargate" option, so on a design that chose Amazon EKS it runs on
 * EKS, and no container names a platform the ADR rejected.
 */
class WorkersRunOnTheChosenPlatformTest {

    /** A team that runs Kubernetes and many services: the deployment decision chooses Amazon EKS. */
    private static final String MARKET = """
            system: Platewise
            description: >
              A marketplace for home-cooked meals in 30 cities. Customers order from local kitchens; each kitchen accepts or
              rejects orders on a tablet within two minutes, and couriers collect the meal when the kitchen marks it ready.
            goals: [a cook answers every order within 2 minutes]
            actors:
              - {name: Customer, description: orders meals}
              - {name: Cook, description: accepts orders on a tablet and marks them ready}
            capabilities: [menus, ordering, cook tablet, courier dispatch, payouts, reviews]
            load: {peakRequestsPerSecond: 3000, readWriteRatio: 5, monthlyActiveUsers: 2000000}
            team: {size: 40, expertise: [Kotlin, Kubernetes, Amazon EKS, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    @Test
    void aWorkerWordedOnEcsRunsOnTheEksTheDesignChose() {
        var request = RequestReader.readString(MARKET);
        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.decisions().stream().filter(d -> d.topic() == DecisionTopic.DEPLOYMENT).findFirst().orElseThrow().chosenOption())
                .isEqualTo("Amazon EKS");
        // the order-acceptance timer is worded "Worker on Amazon ECS run every minute ..." in the catalogue
        Container timer = c.c4().containers().stream().filter(x -> x.id().equals("acceptance-timer")).findFirst()
                .orElseThrow(() -> new AssertionError("no acceptance timer: " + c.c4().containers().stream().map(Container::id).toList()));
        assertThat(timer.technology()).contains("Amazon EKS").doesNotContain("Amazon ECS");
        assertThat(c.c4().containers()).extracting(Container::technology).noneMatch(t -> t.contains("Amazon ECS"));
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
    }
}
