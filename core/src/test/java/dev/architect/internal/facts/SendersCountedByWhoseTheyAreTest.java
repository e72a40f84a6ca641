package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/**
 * Reports on an interval whose senders are named for whom they belong to ("each driver app", "each courier's phone", "van
 * trackers") are counted by the count stated for those owners, in another sentence or in the description when the
 * reports are a goal; a share of a period's traffic said to come within a window of it is a periodic peak.
 */
class SendersCountedByWhoseTheyAreTest {

    private static StatedFacts read(String description, String... goals) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).goals(goals).build());
    }

    @Test
    void anAppNamedForItsDriverIsCountedByTheDriversOnline() {
        DeviceRate d = read("A ride-hailing marketplace. 450,000 drivers are online at peak; each driver app sends its GPS position every 4 seconds.")
                .deviceRate().orElseThrow();

        // 450,000 drivers / 4 s = 112,500 position reports a second
        assertThat(d.devices()).isEqualTo(450_000);
        assertThat(d.intervalSeconds()).isEqualTo(4);
        assertThat(d.writesPerSecond()).isEqualTo(112_500);
        assertThat(d.noun()).isEqualTo("drivers");
    }

    @Test
    void aPossessiveOwnerIsCountedByItsOwnCount() {
        DeviceRate d = read("Food delivery in 40 cities with 80,000 couriers. Each courier's phone reports its location every 10 seconds while on shift.")
                .deviceRate().orElseThrow();

        // 80,000 couriers / 10 s = 8,000 a second
        assertThat(d.writesPerSecond()).isEqualTo(8_000);
    }

    @Test
    void pluralSendersQualifiedByTheirCountedThingsAreCounted() {
        DeviceRate d = read("Tracks 12,000 delivery vans across Iberia. Van trackers push a GPS fix every 15 seconds.").deviceRate().orElseThrow();

        // 12,000 vans / 15 s = 800 a second
        assertThat(d.writesPerSecond()).isEqualTo(800);
        assertThat(d.noun()).isEqualTo("vans");
    }

    @Test
    void theCountInTheDescriptionCountsTheReportsAGoalStates() {
        DeviceRate d = read("A taxi dispatch platform for 300,000 drivers in Latin America.", "every driver handset sends its position every 5 seconds")
                .deviceRate().orElseThrow();

        // 300,000 drivers / 5 s = 60,000 a second
        assertThat(d.writesPerSecond()).isEqualTo(60_000);
        assertThat(d.field()).isEqualTo("description and goals[0]");
    }

    @Test
    void anOwnerThatIsNotCountedCountsNothing() {
        assertThat(read("Serves 50,000 restaurants. Each driver app sends its position every 4 seconds.").deviceRate()).isEmpty();
        assertThat(read("450,000 drivers are registered. Each driver app sends a receipt when a trip ends.").deviceRate()).isEmpty();
    }

    @Test
    void aShareOfTheMonthInItsLastWorkingDaysIsAPeriodicPeak() {
        StatedFact spike = read("Invoicing for 9,000 firms. 60% of the month's invoices arrive in the last five working days.").spikeFactor().orElseThrow();

        // 365 x 5 / 7 / 12 = 21.726 working days a month; 0.6 x 21.726 / 5 = 2.607, so 2.61 times the average working day
        assertThat(spike.value()).isEqualTo(2.61);
        assertThat(spike.phrase()).isEqualTo("60% of the month's invoices arrive in the last five working days");
    }

    @Test
    void aShareOfAQuarterInItsFinalDaysIsAPeriodicPeak() {
        StatedFact spike = read("Tax filing portal. 40 percent of all filings come during the final 3 days of the quarter.").spikeFactor().orElseThrow();

        // 365 / 4 = 91.25 days a quarter; 0.4 x 91.25 / 3 = 12.17
        assertThat(spike.value()).isEqualTo(12.17);
    }

    @Test
    void aWindowNoNarrowerThanItsShareIsNoPeak() {
        // 0.2 x 30.42 / 10 = 0.61: the first ten days carry less than their share
        assertThat(read("A shop. 20% of orders come in the first 10 days of the month.").spikeFactor()).isEmpty();
        assertThat(read("A shop. 60% of orders come from the last two regions we opened.").spikeFactor()).isEmpty();
    }
}
