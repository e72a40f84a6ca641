package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.figures.Workload;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Courier payouts" are payouts, not dispatch: an archetype claiming a capability only through the word before its head
 * gives it up to one whose phrase names the head, and keeps it where no other names the head or where its own phrase is
 * longer than that one word ("courier location tracking" stays live location).
 */
class ACapabilityIsWhatItsHeadNamesTest {

    private static final ConsultationRequest DELIVERY = RequestReader.readString("""
            system: Dinners
            description: >
              Food delivery in Lisbon: customers order from restaurants, we dispatch the nearest courier within 30 seconds and
              show the courier on a live map. Couriers are paid out every week to their bank accounts.
            capabilities: [courier dispatch, courier location tracking, courier payouts, courier ratings]
            """);

    private static List<String> claimedBy(String archetype) {
        return Archetypes.standard().recognise(DELIVERY, Workload.of(DELIVERY).capabilities()).stream()
                .filter(r -> r.archetype().id().equals(archetype)).flatMap(r -> r.capabilities().stream()).toList();
    }

    @Test
    void payoutsToCouriersAreNotDispatchedThoughTheyNameTheCourier() {
        assertThat(claimedBy("outgoing-payments")).contains("courier payouts");
        assertThat(claimedBy("geo-dispatch")).doesNotContain("courier payouts").contains("courier dispatch");
    }

    @Test
    void aClaimThroughALongerPhraseOrWithNoRivalNamingTheHeadIsKept() {
        assertThat(claimedBy("geo-dispatch")).contains("courier location tracking");
    }
}
