package dev.architect.offline.internal.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.architect.figures.ProductLimit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A store past its product's maximum moves its old data out; one far from it, kept whole, or past it by its hot window alone does not. */
class StoreLimitTieringTest {

    private static final Optional<ProductLimit> AURORA = Optional.of(new ProductLimit(131_072, "Aurora (128 TiB)", "https://example.test", "2026-12-05"));

    @Test
    void aStoreGrowingPastAuroraIsTieredNamingTheMonthItWouldPass() {
        // (60,000 + 2,500 x (m - 1)) x 1.3 > 131,072 first at m = 18: month 17 holds (60,000 + 40,000) x 1.3 = 130,000 GB,
        // month 18 holds (60,000 + 42,500) x 1.3 = 133,250 GB
        assertEquals(18, StoreLimitTiering.passesIn(AURORA.get(), 60_000, 2_500, 1.3, 60).getAsInt());
        CostPlanner.LimitNote note = StoreLimitTiering.outgrown("db", AURORA, 60_000, 2_500, 1.3, 3, 60, false).orElseThrow();
        assertEquals(CostPlanner.LimitKind.TIERED_FOR_LIMIT, note.kind());
        assertTrue(note.text().contains("133,250 GB in month 18"), note.text());
        // the hot window kept: 2,500 GB/month x 3 months x 1.3 = 9,750 GB
        assertTrue(note.text().contains("last 3 months (9,750 GB)"), note.text());
    }

    @Test
    void aSmallStoreFarFromAnyLimitIsNotTiered() {
        // 40 GB + 10 GB/month: (40 + 590) x 1.3 = 819 GB by month 60, far under 131,072 GB
        assertTrue(StoreLimitTiering.outgrown("db", AURORA, 40, 10, 1.3, 3, 60, false).isEmpty());
    }

    @Test
    void aLedgerStoreIsNotTieredAndKeepsItsLimitNote() {
        assertTrue(StoreLimitTiering.outgrown("db", AURORA, 60_000, 2_500, 1.3, 3, 60, true).isEmpty());
    }

    @Test
    void aHotWindowPastTheMaximumByItselfIsNotTieredBecauseOnlySplittingByKeyHelps() {
        // 40,000 GB/month x 3 x 1.3 = 156,000 GB > 131,072 GB: tiering cannot bring it under
        assertTrue(StoreLimitTiering.outgrown("db", AURORA, 0, 40_000, 1.3, 3, 60, false).isEmpty());
    }

    @Test
    void aDefaultQuotaRaisedPastTheDataIsRaisedNotTiered() {
        // DSQL: 10,240 GB by default, raised to 131,072; (5,000 + 1,000 x 59) x 1.3 = 83,200 GB at month 60 fits the raised quota
        Optional<ProductLimit> dsql = Optional.of(new ProductLimit(10_240, "DSQL", "https://example.test", "2026-12-05", 131_072));
        assertTrue(StoreLimitTiering.outgrown("db", dsql, 5_000, 1_000, 1.3, 3, 60, false).isEmpty());
    }

    @Test
    void noLimitInThePriceTableMeansNoMove() {
        assertTrue(StoreLimitTiering.outgrown("db", Optional.empty(), 500_000, 10_000, 1.3, 3, 60, false).isEmpty());
    }
}
