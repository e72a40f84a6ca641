package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bound the catalogue writes as another fact ("peak reads &lt; the store's read capacity") is resolved when the decision
 * is weighed, and read again from the facts the decision is written with, so an ADR quotes the capacity the cost settled,
 * not the one first weighed.
 */
class ConditionBoundTest {

    @Test
    void aBoundFromAnotherFactIsReadAgainFromTheFactsTheDecisionShows() {
        Condition written = Condition.parse("caching.no-shared-cache", "peakReadsPerSecond", "< storeReadsPerSecond");
        Facts weighed = Facts.empty().with(Fact.PEAK_READS, 3_600.0).with(Fact.STORE_READ_CAPACITY, 15_000.0);
        Condition resolved = written.resolved(weighed).orElseThrow();
        assertThat(resolved.bound()).contains(15_000.0);

        // the capacity plan priced the primary alone: 5,000 reads/s, and the decision is written with that figure
        Facts shown = weighed.with(Fact.STORE_READ_CAPACITY, 5_000.0);
        assertThat(resolved.against(shown).bound()).contains(5_000.0);
        assertThat(resolved.against(shown).holds(shown)).isTrue();

        // a resolved entry keeps where its bound came from in the catalogue's own notation, so the link survives a re-read
        CatalogueEntry entry = Catalogue.standard().section("caching").option("no-shared-cache").resolved(weighed);
        Condition reRead = entry.conditions().stream().filter(c -> c.fact() == Fact.PEAK_READS).findFirst().orElseThrow();
        assertThat(reRead.bound()).contains(15_000.0);
        assertThat(reRead.against(shown).bound()).contains(5_000.0);
    }

    @Test
    void aBoundOfTheCataloguesOwnStaysAsWritten() {
        Condition written = Condition.parse("caching.cache", "peakReadsPerSecond", ">= 2000");
        Facts facts = Facts.empty().with(Fact.PEAK_READS, 3_600.0).with(Fact.STORE_READ_CAPACITY, 5_000.0);
        assertThat(written.against(facts)).isSameAs(written);
        assertThat(written.against(facts).bound()).contains(2_000.0);
    }
}
