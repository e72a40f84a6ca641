package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Availability;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A single-zone layout never sits beside a datastore ADR that names a Multi-AZ product. */
class SingleZoneDatastoreTest {

    @Test
    void theDatastoreAdrNamesTheProductWithoutItsZoneRedundantModeInASingleZoneLayout() {
        ConsultationRequest shop = ConsultationRequest.builder("Kelp", "Subscription boxes for a seaweed cooperative")
                .capabilities("catalogue", "subscriptions", "orders").load(new Load(40.0, 6.0, null, null))
                .availability(new Availability(99.5, 240, 480)).team(new Team(2, List.of("Python", "PostgreSQL"))).build();
        Consultation c = OfflineArchitect.create().consult(shop);

        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().chosenOption()).containsIgnoringCase("single zone");
        assertThat(c.decision(DecisionTopic.DATASTORE).orElseThrow().chosenOption()).isEqualTo("Amazon RDS for PostgreSQL 16")
                .doesNotContain("Multi-AZ");
        assertThat(c.decision(DecisionTopic.DATASTORE).orElseThrow().options()).noneMatch(o -> o.name().contains("Multi-AZ"));
    }
}
