package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.figures.PriceTable;
import dev.architect.request.Cloud;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** lean-baseline.yaml names priced kinds on every cloud, and a bad copy fails naming its entry. */
class LeanBaselineFileTest {

    @Test
    void whereverAKindIsPricedItsSmallestSizeIsPricedAndCheaper() {
        PriceTable prices = PriceTable.standard();
        assertThat(LeanBaseline.standard().all()).isNotEmpty();
        for (LeanBaseline.Smaller s : LeanBaseline.standard().all()) {
            for (Cloud cloud : Cloud.values()) {
                if (prices.price(cloud, s.from()).isEmpty()) {
                    continue; // a kind the cloud does not sell (no App Runner on premises) is never priced there
                }
                assertThat(prices.price(cloud, s.to())).as(s.to() + " on " + cloud).isPresent();
                // the smallest size is cheaper than what it replaces, or the option would never save anything
                assertThat(prices.price(cloud, s.to()).get().monthlyUsd()).as(s.to() + " on " + cloud)
                        .isLessThan(prices.price(cloud, s.from()).get().monthlyUsd());
            }
        }
    }

    @Test
    void aSystemPeakAboveTheFilesCeilingIsNotTried() {
        // the shipped ceiling is 20 requests/s: 0.17 (a vet's four clinics) is tried, 30 (a regional booking app) is not
        assertThat(LeanBaseline.standard().carries(0.17)).isTrue();
        assertThat(LeanBaseline.standard().carries(30)).isFalse();
    }

    private static LeanBaseline read(String yaml) {
        return LeanBaseline.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void badCopiesFailNamingTheEntry() {
        assertThatThrownBy(() -> read("maxPeakRequestsPerSecond: 20\ngivesUp: headroom\nsmaller:\n  - {from: paas.instance, to: paas.instance.small}\n"))
                .hasMessageContaining("smaller[0] needs from, to and what");
        assertThatThrownBy(() -> read("maxPeakRequestsPerSecond: 20\ngivesUp: headroom\nsmaller:\n  - {from: a, to: b, what: c}\n  - {from: a, to: d, what: e}\n"))
                .hasMessageContaining("smaller[1] names a twice");
        assertThatThrownBy(() -> read("maxPeakRequestsPerSecond: 0\ngivesUp: headroom\nsmaller:\n  - {from: a, to: b, what: c}\n"))
                .hasMessageContaining("maxPeakRequestsPerSecond");
    }
}
