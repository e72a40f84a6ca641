package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Section;
import org.junit.jupiter.api.Test;

/** An option the cost found could not carry a store's load loses its place to one that can, and says why as a driver. */
class RuledOutOptionsTest {

    private static final Section DATASTORE = Catalogue.standard().section("datastore");

    /** 3,000 writes/s and 20,000 reads/s: within one writer, reads for replicas; 2,000 GB in five years. */
    private static Facts facts() {
        return Facts.empty().with(Fact.PEAK_WRITES, 3000.0).with(Fact.PEAK_READS, 20000.0).with(Fact.STORAGE_5Y_GB, 2000.0)
                .with(Fact.TIME_SERIES, false).with(Fact.READ_WRITE_RATIO, 6.67);
    }

    @Test
    void aRuledOutOptionLosesToTheNextThatFits() {
        Choice before = Choice.rank(null, DATASTORE, facts(), java.util.List.of(), null);
        String first = before.chosen().id();
        assertThat(first).isEqualTo("relational-replicas");

        Facts ruled = facts().with(Fact.RULED_OUT, first, false, "one store passes its product's maximum");
        Choice after = Choice.rank(null, DATASTORE, ruled, java.util.List.of(), null);
        assertThat(after.chosen().id()).isNotEqualTo(first);
        assertThat(after.drivers()).contains(Fact.RULED_OUT);
        assertThat(before.drivers()).doesNotContain(Fact.RULED_OUT);
        // the option keeps its conditions' fit; only its score drops by what an infeasible option loses
        Scored kept = Scored.of(entry(first), facts());
        Scored dropped = Scored.of(entry(first), ruled);
        assertThat(kept.score() - dropped.score()).isEqualTo(Scored.INFEASIBLE);
        assertThat(dropped.fit()).isEqualTo(kept.fit());
    }

    @Test
    void anIdIsRuledOutOnlyAsAWholeName() {
        Facts ruled = Facts.empty().with(Fact.RULED_OUT, "relational-replicas-mysql, distributed-sql");
        assertThat(ruled.ruledOut("relational-replicas")).isFalse();
        assertThat(ruled.ruledOut("relational-replicas-mysql")).isTrue();
        assertThat(ruled.ruledOut("distributed-sql")).isTrue();
        assertThat(Facts.empty().ruledOut("distributed-sql")).isFalse();
    }

    @Test
    void factsSetOverOthersKeepTheirSourceAndWhetherAssumed() {
        Facts base = Facts.empty().with(Fact.PEAK_WRITES, 100.0, true, "load.peakRequestsPerSecond").with(Fact.TEAM_SIZE, 5.0, false, "team.size");
        Facts over = Facts.empty().with(Fact.PEAK_WRITES, 300.0, false, "100 + 200 of a process");
        Facts merged = base.withAll(over);
        assertThat(merged.number(Fact.PEAK_WRITES)).isEqualTo(300.0);
        assertThat(merged.isAssumed(Fact.PEAK_WRITES)).isFalse();
        assertThat(merged.source(Fact.PEAK_WRITES)).contains("100 + 200 of a process");
        assertThat(merged.source(Fact.TEAM_SIZE)).contains("team.size");
    }

    private static CatalogueEntry entry(String id) {
        return DATASTORE.options().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
