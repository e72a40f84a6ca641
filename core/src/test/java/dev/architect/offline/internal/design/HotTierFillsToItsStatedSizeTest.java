package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.figures.ResourceNeed;
import org.junit.jupiter.api.Test;

/**
 * A tiered database's hot tier is stated as "the last 3 months of data: growth x 3": its quantity must reach that size
 * as the data arrives, not stay at month 1's data for 36 months, and what passes it goes to object storage from the
 * month it is full.
 */
class HotTierFillsToItsStatedSizeTest {

    private static double at(CostPlanner.HotTier tier, int month) {
        return new ResourceNeed("hot", "Hot", null, "database.storage", tier.first(), tier.growth(), tier.fillMonths(), "test").quantityAt(month);
    }

    @Test
    void aTierFedFasterThanItsInitialDataFillsToThreeMonthsOfGrowth() {
        // 500 GB at launch, 6,000 GB a month, 3 months hot: full = 6,000 x 3 = 18,000 GB; month 1 holds 500 + 6,000 = 6,500;
        // the 11,500 left arrive over ceil(11,500 / 6,000) = 2 months at 5,750 a month: 12,250 in month 2, 18,000 from month 3
        CostPlanner.HotTier tier = CostPlanner.HotTier.of(500, 6_000, 3);
        assertThat(tier.first()).isEqualTo(6_500);
        assertThat(tier.fillMonths()).isEqualTo(2);
        assertThat(at(tier, 2)).isCloseTo(12_250, within(1e-6));
        assertThat(at(tier, 3)).isCloseTo(18_000, within(1e-6));
        assertThat(at(tier, 36)).isCloseTo(18_000, within(1e-6));
        assertThat(tier.text(1.3)).contains("month 1 holds 8,450 GB").contains("to the full 23,400 GB from month 3");
    }

    @Test
    void aTierWhoseInitialDataAlreadyFillsItStaysFlat() {
        // 100,000 GB at launch, 1,000 GB a month: month 1 already holds more than 3 x 1,000 = 3,000 GB: flat at 3,000
        CostPlanner.HotTier tier = CostPlanner.HotTier.of(100_000, 1_000, 3);
        assertThat(tier.first()).isEqualTo(3_000);
        assertThat(tier.fillMonths()).isZero();
        assertThat(at(tier, 36)).isEqualTo(3_000);
        assertThat(tier.text(1.3)).isEmpty();
    }

    @Test
    void aTierStartingEmptyFillsOneMonthOfGrowthAtATime() {
        // 0 GB at launch, 1,000 GB a month: 1,000 in month 1, 2,000 in month 2, the full 3,000 from month 3
        CostPlanner.HotTier tier = CostPlanner.HotTier.of(0, 1_000, 3);
        assertThat(tier.fillMonths()).isEqualTo(2);
        assertThat(tier.growth()).isEqualTo(1_000);
        assertThat(at(tier, 2)).isEqualTo(2_000);
        assertThat(at(tier, 5)).isEqualTo(3_000);
    }
}
