package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts stated per day or per week are the month's count, with the arithmetic written out and the phrase kept. */
class StatedCountsPerPeriodTest {

    private static StatedFacts read(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 40,000 x 52 / 12 = 173,333.33 -> 173,333
            "A freight exchange handling 40,000 loads a week | 173333 | 40,000 loads a week | 40,000 a week x 52 / 12 = 173,333 a month",
            // 3,000 x 365 / 12 = 91,250
            "The bakery chain takes 3,000 orders a day | 91250 | 3,000 orders a day | 3,000 a day x 365 / 12 = 91,250 a month",
            // 200 x 365 / 12 = 6,083.33 -> 6,083
            "Couriers make about 200 deliveries per day | 6083 | 200 deliveries per day | 200 a day x 365 / 12 = 6,083 a month",
            // 1,500 x 365 / 12 = 45,625
            "Clinics book 1,500 appointments/day | 45625 | 1,500 appointments/day | 1,500 a day x 365 / 12 = 45,625 a month",
            // 12,000 x 52 / 12 = 52,000
            "The library lends 12,000 books weekly | 52000 | 12,000 books weekly | 12,000 a week x 52 / 12 = 52,000 a month",
            // 2,500 x 365 / 12 = 76,041.67 -> 76,042
            "Dispatch handles 2,500 daily pickups | 76042 | 2,500 daily pickups | 2,500 a day x 365 / 12 = 76,042 a month",
            // a month's count is kept as stated
            "Tenants pay 80,000 invoices a month | 80000 | 80,000 invoices a month | 80,000 a month"})
    void countsPerDayOrWeekBecomeTheMonthsCount(String description, double perMonth, String phrase, String arithmetic) {
        StatedCount c = read(description).volumes().get(0);

        assertThat(c.perMonth()).isEqualTo(perMonth);
        assertThat(c.phrase()).isEqualTo(phrase);
        assertThat(c.evidence()).isEqualTo(arithmetic + " (description \"" + phrase + "\")");
    }

    @Test
    void aPeriodIsReadOnWholeWordsOnly() {
        // "weekday" and "dayshift" name no period; "daily" inside a word does not either
        assertThat(read("We expect 300 weekday visitors and 40 dayshift nurses").volumes()).isEmpty();
    }

    @Test
    void soManyPerItemTimesTheItemsCountGivesTheMonthsUse() {
        StatedFacts f = read("About 40,000 loads a week; each load sends 3 SMS status updates to the shipper.");

        StatedRate rate = f.ratesPerItem().get(0);
        assertThat(rate.count()).isEqualTo(3);
        assertThat(rate.item()).isEqualTo("load");
        // 3 x 173,333 loads a month (40,000 x 52 / 12) = 519,999
        StatedCount loads = f.volumes().get(0);
        assertThat(loads.counts("load")).isTrue();
        assertThat(rate.times(loads).value()).isEqualTo(519_999);
        assertThat(rate.times(loads).phrase()).isEqualTo("3 per load (description \"each load sends 3 SMS\") x 40,000 a week x 52 / 12 = 173,333 a month "
                + "(description \"40,000 loads a week\") = 519,999 a month");
    }

    @Test
    void anArticleCountsOneOfTheThingPerItem() {
        StatedFacts f = read("Dispatch plans 2,500 daily pickups; every pickup gets a route from the maps API.");

        // 1 route x 2,500 a day x 365 / 12 = 76,042 routes a month
        StatedRate rate = f.ratesPerItem().get(0);
        assertThat(rate.count()).isEqualTo(1);
        assertThat(rate.thing()).isEqualTo("route");
        assertThat(rate.times(f.volumes().get(0)).value()).isEqualTo(76_042);
    }

    @Test
    void aTrailingEachGivesSoManyOfAThingPerCountedItem() {
        StatedFacts f = read("About 1,350 discharges a day, two texts each, and 40,000 bed moves a week.");
        StatedRate rate = f.ratesPerItem().get(0);
        assertThat(rate.count()).isEqualTo(2);
        assertThat(rate.thing()).isEqualTo("texts");
        assertThat(rate.item()).isEqualTo("discharge");
        // 2 x 1,350 x 365 / 12 = 2 x 41,063 (41,062.5 rounded) = 82,126 texts a month
        StatedCount discharges = f.volumes().stream().filter(c -> c.counts("discharge")).findFirst().orElseThrow();
        assertThat(rate.times(discharges).value()).isEqualTo(82_126);
    }

    @Test
    void anIntegrationsPurposeMayGiveTheRatePerItem() {
        StatedFacts f = StatedFacts.read(dev.architect.request.RequestReader.readString("""
                system: Fresh
                description: About 900 grain loads a day arrive at harvest.
                integrations:
                  - {name: Twilio, purpose: "2 SMS receipts per load to the farmer"}
                """));
        StatedRate rate = f.ratesPerItem().get(0);
        assertThat(rate.field()).isEqualTo("integrations[0].purpose");
        // 2 x 900 x 365 / 12 = 2 x 27,375 = 54,750 a month
        assertThat(rate.times(f.volumes().get(0)).value()).isEqualTo(54_750);
    }

    @Test
    void aBatchOfTestsIsNoRatePerItem() {
        // the negative: "each" with no count after a period names no rate
        StatedFacts f = read("A batch of tests is run on each gate before the season; gates scan 4,000 passes a day.");
        assertThat(f.ratesPerItem()).isEmpty();
    }
}
