package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * A stream an integration feeds in (odds from a data provider, an exchange's order book, a partner's clickstream) is
 * consumed by the part that subscribes to it: it sizes the broker that carries it, at its stated peak, but it is not a
 * write rate of the system's own. A rate no integration names stays the system's writes, as before.
 */
class StreamsFedByAnIntegrationTest {

    private static ConsultationRequest request(String description, String integration) {
        return RequestReader.readString("""
                system: Probe
                description: >
                  DESCRIPTION
                capabilities: [live odds, bet placement]
                integrations:
                  - INTEGRATION
                """.replace("DESCRIPTION", description).replace("INTEGRATION", integration));
    }

    @Test
    void oddsUpdatesTheDataProviderPushesAreAStreamNotWrites() {
        StatedFacts f = StatedFacts.read(request("A sportsbook in Ireland. The data provider pushes about 8,000 odds updates per second on a busy Saturday.",
                "{name: Sportradar, purpose: \"live odds updates feed\"}"));

        assertThat(f.writeRate()).isEmpty();
        // the broker still carries the stream at its stated peak: 8,000 a second, given
        assertThat(f.largestMessageRate()).hasValueSatisfying(r -> {
            assertThat(r.perSecond()).isEqualTo(8_000);
            assertThat(r.basis()).startsWith("Given: ").contains("8,000 odds updates per second");
        });
    }

    @Test
    void theSameRateWithNoIntegrationThatFeedsItStaysTheSystemsWrites() {
        StatedFacts f = StatedFacts.read(request("A sportsbook in Ireland. Our traders publish about 8,000 odds updates per second on a busy Saturday.",
                "{name: Stripe, purpose: \"card payments\"}"));

        assertThat(f.writeRate()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(8_000));
    }

    @Test
    void readingsOfMeasurementsAreNeverAFeedEvenWhenAnIntegrationNamesThem() {
        // "readings" are measurements the system keeps, whoever forwards them
        StatedFacts f = StatedFacts.read(request("A water network: the telemetry gateway forwards about 3,000 pressure readings per second.",
                "{name: SCADA gateway, purpose: \"pressure readings from the pumping stations\"}"));

        assertThat(f.writeRate()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(3_000));
    }

    @Test
    void aStreamOfApplicationsIsNoRateAtAll() {
        StatedFacts f = StatedFacts.read(request("A council portal: a steady stream of applications, about 200 a day, and a message board.",
                "{name: GOV.UK Notify, purpose: \"application receipts\"}"));

        assertThat(f.writeRate()).isEmpty();
        assertThat(f.largestMessageRate()).isEmpty();
    }
}
