package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.figures.VendorUsage;
import dev.architect.internal.facts.StatedCount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A vendor's use read from what its integration carries: a count of messages' contents prices a messaging vendor, a
 * count of the work people do through the channel never does, and a receiver is never the thing carried.
 */
class CarriedCountsTest {

    private static final VendorUsage SMS = new VendorUsage("vendor.sms-segment", List.of("sms", "texts"), 1, null, Map.of(), null, true);
    private static final VendorUsage MAPS = new VendorUsage("vendor.maps-thousand", List.of("geocodes"), 1000, null, Map.of(), null, false);

    private static StatedCount count(double stated, StatedCount.Period period, String noun, String phrase) {
        return new StatedCount(stated * period.perMonth(), stated, period, noun, phrase, "description");
    }

    @Test
    void aCountOfWhatOneMessageCarriesPricesTheMessagingVendor() {
        // 1,200 a day x 365 / 12 = 36,500 reminders a month, each one text
        assertThat(CarriedCounts.carried("appointment reminders by SMS", SMS,
                List.of(count(1_200, StatedCount.Period.DAY, "appointment reminders", "1,200 appointment reminders a day"))))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(36_500));
    }

    @Test
    void aCountOfSessionsRunThroughTheChannelIsNotOneTextEach() {
        // "SMS sessions": sessions people start by text, counted as all sessions of every channel; a session is no message
        assertThat(CarriedCounts.carried("SMS sessions and reminders 10 minutes before expiry", SMS,
                List.of(count(22_000_000, StatedCount.Period.MONTH, "sessions", "22 million sessions a month")))).isEmpty();
        assertThat(CarriedCounts.carried("orders by text", SMS,
                List.of(count(5_000, StatedCount.Period.DAY, "orders", "5,000 orders a day")))).isEmpty();
    }

    @Test
    void aVendorOfOtherUnitsStillReadsItsCarriedNoun() {
        // not a message vendor: "route lookups for deliveries" carries the deliveries' lookups; 300 a day x 365 / 12 = 9,125
        assertThat(CarriedCounts.carried("address lookups for deliveries", MAPS,
                List.of(count(300, StatedCount.Period.DAY, "lookups", "300 lookups a day"))))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(9_125));
    }

    @Test
    void aReceiverIsNeverTheThingCarried() {
        assertThat(CarriedCounts.carried("reminders to drivers", SMS,
                List.of(count(300, StatedCount.Period.DAY, "drivers", "300 drivers a day")))).isEmpty();
    }
}
