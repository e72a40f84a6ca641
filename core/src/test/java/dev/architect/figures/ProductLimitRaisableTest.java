package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Cloud;
import org.junit.jupiter.api.Test;

/**
 * A product maximum that is a default quota (Aurora DSQL's 10 TiB a cluster, raised to 128 TiB on request) says how far it
 * is raised, so a store past the default but within the raise is a quota to raise, not a product to replace; a hard
 * maximum (RDS's 64 TiB) is raised by nothing.
 */
class ProductLimitRaisableTest {

    @Test
    void theTablesDefaultQuotaIsRaisableAndAHardMaximumIsNot() {
        ProductLimit dsql = PriceTable.standard().limit(Cloud.AWS, "dsql.storage").orElseThrow();
        assertThat(dsql.maxGb()).isEqualTo(10_240);
        // 128 TiB = 131,072 GB
        assertThat(dsql.raisableTo(131_072)).isTrue();
        assertThat(dsql.raisableTo(131_073)).isFalse();
        ProductLimit rds = PriceTable.standard().limit(Cloud.AWS, "database.storage").orElseThrow();
        assertThat(rds.raisableToGb()).isZero();
        assertThat(rds.raisableTo(65_537)).isFalse();
    }

    @Test
    void aRaiseBelowTheDefaultIsRejected() {
        assertThatThrownBy(() -> new ProductLimit(10_240, "X", "https://example.com", "2025-06-01", 5_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can be raised only above");
        assertThat(new ProductLimit(10_240, "X", "https://example.com", "2025-06-01").raisableToGb()).isZero();
    }
}
