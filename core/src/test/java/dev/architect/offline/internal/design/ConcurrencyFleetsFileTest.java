package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * concurrency-fleets.yaml is checked when read (a bad copy fails naming the entry), and the request's words for a group's
 * size and for the devices holding a socket are read in their own sense only.
 */
class ConcurrencyFleetsFileTest {

    private static String shipped() throws IOException {
        try (InputStream in = ConcurrencyFleets.class.getResourceAsStream(ConcurrencyFleets.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ConcurrencyFleets read(String text) {
        return ConcurrencyFleets.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-concurrency-fleets.yaml");
    }

    @Test
    void theShippedFileListsTheGameServerFleetByMatches() throws IOException {
        assertThat(read(shipped()).of("game-server-fleet")).hasValueSatisfying(f -> {
            assertThat(f.serves()).isEqualTo(ConcurrencyFleets.Unit.MATCHES);
            assertThat(f.estimated()).isTrue();
        });
        assertThat(read(shipped()).of("outbox-relay")).isEmpty();
    }

    @Test
    void aPartNoArchetypeHasFailsNamingIt() throws IOException {
        String bad = shipped().replace("  game-server-fleet:\n", "  game-server-fleets:\n");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("fleets.game-server-fleets").hasMessageContaining("no archetype");
    }

    @Test
    void aHeadroomOutsideZeroToOneFails() throws IOException {
        String bad = shipped().replaceFirst("headroom: 0.2", "headroom: 20");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("fleets.game-server-fleet.headroom");
    }

    @Test
    void aSourceThatIsNeitherAPageNorAnAssumptionFails() throws IOException {
        String bad = shipped().replace("source: as-editors-per-sync-node", "source: our benchmark");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("fleets.document-sync.source");
    }

    @Test
    void anUnknownUnitOrKeyFails() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("serves: EDITORS", "serves: TYPISTS"))).hasMessageContaining("bad-concurrency-fleets.yaml");
        assertThatThrownBy(() -> read(shipped().replace("perInstance: 2000", "perInstance: 2000\n    perNode: 1")))
                .hasMessageContaining("bad-concurrency-fleets.yaml");
    }

    private static ConcurrencyFleets.Count group(String description) {
        ConcurrencyFleets.Fleet f = ConcurrencyFleets.standard().of("game-server-fleet").orElseThrow();
        return ConcurrencyFleets.groupSize(f.group(), RequestReader.readString("system: X\ndescription: \"" + description + "\"\n"
                + "capabilities: [matchmaking]\n"));
    }

    @Test
    void aGroupsSizeIsReadWhereTheRequestStatesIt() {
        assertThat(group("A 5v5 tactical shooter.").value()).isEqualTo(10);
        assertThat(group("Players meet in 8-player lobbies.").value()).isEqualTo(8);
        assertThat(group("Matches of 4 players last ten minutes.").value()).isEqualTo(4);
        assertThat(group("Up to 12 players per match.").value()).isEqualTo(12);
    }

    @Test
    void aRatioOrAnotherSenseOfMatchIsNotAGroupSize() {
        // "20 vs 1" is a ratio, not two teams; matching 3 invoices is not a match of players
        assertThat(group("Reads outnumber writes 20 vs 1.").provenance()).startsWith("assumed");
        assertThat(group("Finance can match 3 invoices to one payment.").provenance()).startsWith("assumed");
    }

    @Test
    void theDevicesHoldingASocketAreCountedByTheirOwnName() {
        ConcurrencyFleets fleets = ConcurrencyFleets.standard();
        Optional<ConcurrencyFleets.Count> counted = fleets.holdersCounted(RequestReader.readString("""
                system: X
                description: "We run 14,500 vending kiosks. Each kiosk holds a TLS 1.3 websocket to the backend. Updates go to at most 200 kiosks at a time."
                capabilities: [kiosk management]
                """));
        // the fleet is the largest count of the thing: 200 kiosks at a time is a share of it
        assertThat(counted).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(14_500));
        // A count of something else that holds nothing is not taken for the devices
        assertThat(fleets.holdersCounted(RequestReader.readString("""
                system: X
                description: "We have 300 stores and 2,000 staff. Each terminal holds a websocket to the backend."
                capabilities: [terminal management]
                """))).isEmpty();
    }
}
