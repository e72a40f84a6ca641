package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.ContainerKind;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each store's data follows from the capabilities that own it: a capability whose state lives in memory only (presence
 * from heartbeats, designed by an archetype without tables) is kept in that archetype's in-memory store, so a service per
 * capability does not draw or price a database that would hold 0 GB.
 */
class InMemoryCapabilityHasNoDatabaseTest {

    @Test
    void cursorPresenceLivesInThePresenceStoreAndNoDatabaseIsDrawnOrPricedForIt() {
        ConsultationRequest r = ConsultationRequest.builder("Sketchpad", "A collaborative drawing board: up to 30 people "
                        + "draw on one board at once and see each other's cursors live; boards keep their history")
                .capabilities("board editing", "cursor presence", "board history", "workspaces")
                .load(new Load(20_000.0, 1.0, 2_000_000L, null))
                .team(new Team(25, List.of("Go", "Kubernetes", "PostgreSQL")))
                .deployment(new Deployment(Cloud.GCP, List.of("europe-west1", "europe-west4"))).build();
        Consultation c = OfflineArchitect.create().consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();

        // a service per capability, and a database for each capability that keeps records, none for presence
        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("cursor-presence-service"));
        assertThat(c.c4().containers()).noneMatch(x -> x.id().equals("cursor-presence-db"));
        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("presence-store") && x.kind() == ContainerKind.CACHE);
        assertThat(c.cost().items()).noneMatch(i -> "cursor-presence-db".equals(i.containerId()));
        assertThat(c.c4().relationships()).anyMatch(rel -> rel.sourceId().equals("cursor-presence-service")
                && rel.destinationId().equals("presence-store") && rel.technology().equals("RESP over TLS"));
        // every priced database storage line holds data
        assertThat(c.cost().items()).filteredOn(i -> i.unit().equals("GB-month") && i.id().endsWith("-db-storage"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.quantity()).as(i.id()).isPositive());
    }
}
