package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.architect.request.Cloud;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vendor's volume table may end (a bound on its last tier: contact sales above): a quantity inside it is priced band by
 * band, one above it is not priced at all, never extrapolated at the last tier's price.
 */
class PublishedPriceTableEndsTest {

    private static final Price ENDS = new Price("thousand requests", 5.0, "maps", "https://example.com",
            List.of(new Price.Tier(100.0, 5.0), new Price.Tier(500.0, 4.0)));

    @Test
    void aQuantityInsideTheTableIsPricedAtItsTiers() {
        // 400 thousand: 100 x $5 + 300 x $4 = $1,700
        assertThat(ENDS.publishes(400)).isTrue();
        assertThat(ENDS.billed(400)).isCloseTo(1700, within(0.001));
        // exactly at the end: 100 x $5 + 400 x $4 = $2,100
        assertThat(ENDS.publishes(500)).isTrue();
        assertThat(ENDS.billed(500)).isCloseTo(2100, within(0.001));
    }

    @Test
    void aQuantityAboveTheTableIsNotPublishedAndNotExtrapolated() {
        // 40,000 thousand: extrapolating $4 would give 100 x $5 + 39,900 x $4 = $160,100; the table prices only its 500
        assertThat(ENDS.publishes(40_000)).isFalse();
        assertThat(ENDS.billed(40_000)).isCloseTo(2100, within(0.001));
        assertThat(ENDS.bands(40_000)).extracting(Price.Band::to).containsExactly(100.0, 500.0);
        assertThat(ENDS.aboveTable()).isEqualTo("above the published table (contact sales above 500 thousand requests a month)");
    }

    @Test
    void aTableWithAnOpenLastTierPricesAnyQuantity() {
        Price open = new Price("GB", 0.09, "egress", "https://example.com", List.of(new Price.Tier(10.0, 0.09), new Price.Tier(null, 0.05)));
        assertThat(open.publishes(1_000_000)).isTrue();
        assertThat(open.publishedUpTo()).isEmpty();
        assertThat(open.aboveTable()).isEmpty();
        // 20 GB: 10 x $0.09 + 10 x $0.05 = $1.40
        assertThat(open.billed(20)).isCloseTo(1.40, within(0.001));
    }

    @Test
    void anUnboundedTierBeforeTheLastOrABoundThatDoesNotRiseIsRejected() {
        assertThatThrownBy(() -> new Price("GB", 1, "bad", "x", List.of(new Price.Tier(null, 1), new Price.Tier(10.0, 0.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every tier but the last bounded");
        assertThatThrownBy(() -> new Price("GB", 1, "bad", "x", List.of(new Price.Tier(100.0, 1), new Price.Tier(100.0, 0.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rising bounds");
    }

    @Test
    void theMapsVendorsTableEndsWhereItsPublishedPricesEnd() {
        for (Cloud cloud : Cloud.values()) {
            PriceTable.standard().price(cloud, "vendor.maps-thousand").ifPresent(p -> {
                assertThat(p.publishedUpTo()).as(cloud.name()).hasValue(500.0);
                assertThat(p.publishes(501)).as(cloud.name()).isFalse();
            });
        }
    }
}
