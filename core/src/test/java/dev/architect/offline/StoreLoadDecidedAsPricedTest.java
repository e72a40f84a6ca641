package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The writes and data the design's own processes put into a store (a trail writer's segments) are part of that store's
 * load when its datastore decision is made, so the ADR reasons on the writes/s and GB the cost prices; a store the first
 * choice cannot carry (one writer's capacity, the product's most data) is decided again; the reports a live index keeps in
 * memory are not stored, so the stores grow by the stated growth, and a trail is kept for its own retention, not the
 * system's. Every figure below is derived by hand in the comments.
 */
class StoreLoadDecidedAsPricedTest {

    /** Motorbike taxis on Google Cloud: 60,000 positions/s held in memory, a trail writer of 10,000 rows/s. */
    private static final String MOTO = """
            system: MotoRun
            description: >
              Motorbike taxi platform in three cities. A rider requests a trip and the platform assigns the nearest available
              driver; riders watch the driver approach on a map in real time. 300,000 drivers are online at the evening peak and
              each driver app sends its GPS position every 5 seconds.
            capabilities: [driver location tracking, trip dispatch, fares, rider accounts]
            load: {peakRequestsPerSecond: 80000, monthlyActiveUsers: 6000000}
            data: {initialVolumeGb: 1000, growthGbPerMonth: 100, retentionYears: 3}
            availability: {targetPercent: 99.9}
            team: {size: 30, expertise: [Go, PostgreSQL, Kafka, GCP]}
            deployment: {cloud: gcp, regions: [asia-southeast1]}
            constraints:
              - GPS traces are kept 30 days
            """;

    /** Towing dispatch on AWS: a small fleet whose trail fits one relational writer. */
    private static final String TOWING = """
            system: TowLine
            description: >
              Roadside towing dispatch for one country. A stranded motorist requests a tow and the platform assigns the nearest
              available driver; the motorist watches the driver approach on a map in real time. 6,000 drivers are online at the
              busiest hour and each driver app sends its GPS position every 10 seconds.
            capabilities: [driver location tracking, tow dispatch, invoicing]
            load: {peakRequestsPerSecond: 1500, monthlyActiveUsers: 200000}
            data: {initialVolumeGb: 200, growthGbPerMonth: 20, retentionYears: 5}
            availability: {targetPercent: 99.9}
            team: {size: 6, expertise: [Java, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            constraints:
              - invoices are kept 10 years
            """;

    @Test
    void aTrailWritersRowsAreInTheDatastoreDecisionAndAStoreOneWriterCannotCarryIsDecidedAgain() {
        Consultation c = ValidDossiers.of(MOTO);
        Decision store = datastore(c);

        // 300,000 drivers / 5 s = 60,000 positions/s, kept in memory by the live index. People's part of the peak:
        // 80,000 - 60,000 = 20,000 requests/s at 10 reads per write = 20,000 / 11 = 1,818.18 writes/s. The trail writer
        // writes one segment per driver every 30 s: 300,000 / 30 = 10,000 rows/s. The store takes 1,818.18 + 10,000 =
        // 11,818.18 writes/s, and the decision weighs that figure, not the capabilities' 1,818.18 alone.
        assertThat(store.drivers()).anyMatch(d -> d.startsWith("peak writes 11,818/s") && d.contains("1,818.18 writes/s of the capabilities")
                && d.contains("+ 10,000 writes/s the design's own processes write into"));
        assertThat(store.context()).contains("11,818 writes/s at peak");
        // 11,818 writes/s is past one relational writer's 5,000 (the catalogue's requirement and prices.yaml writeCapacity):
        // the store is a partitioned one, and no risk of a writer past its capacity is left behind
        assertThat(store.chosenOption()).contains("Spanner");
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[write-capacity-") || a.startsWith("[product-limit-"));

        // Data: 1,000 GB + 100 GB/month x 36 months (the 3-year retention) = 4,600 GB of records. The trail: 250 bytes a
        // segment x 10,000 segments/s / 3 (peak to average) x 2,628,000 s = 2,190 GB a month, kept 30 days as the
        // constraint states: 2,190 / 30.42 days = 72 GB a day x 30 = 2,160 GB held. The decision weighs 4,600 + 2,160.
        assertThat(store.drivers()).anyMatch(d -> d.startsWith("data held after 5 years 6,760 GB") && d.contains("4,600 GB of the capabilities' records")
                && d.contains("+ 2,160 GB the design's own processes keep"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[flow-writes-") && a.contains("= 2,190 GB a month, kept 30 days (constraints[0]")
                && a.contains("= 2,160 GB held"));
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("data-5y") && e.value() == 6760);
        // The stores are written 100 + 2,190 = 2,290 GB a month, 22.9 times the stated 100: said, with both figures
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[stores-against-growth]") && a.contains("2,290 GB a month")
                && a.contains("22.9 times the 100 GB a month"));
    }

    @Test
    void positionsHeldInMemoryLeaveTheStoresTheStatedGrowth() {
        Consultation c = ValidDossiers.of(MOTO);

        // Counted, the positions would be 60,000/s x 100 bytes x 2,628,000 s = 15,768 GB a month, 157.7 times the stated
        // 100 GB: but they are kept in memory, so the stores gain the stated 100 GB a month, and the assumption names both.
        Assumption held = assumption(c, "as-reports-not-stored");
        assertThat(held.value()).isEqualTo("100 GB/month");
        assertThat(held.statement()).contains("15,768 GB/month").contains("60,000 reports/s");
        assertThat(c.requirements().assumptions()).noneMatch(a -> a.id().equals("as-growth-against-counts"));
        assertThat(c.requirements().openQuestions()).anyMatch(q -> q.id().equals("oq-reports-not-stored"));
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("data-1y") && e.value() == 1000 + 100 * 12 + 2160);
    }

    @Test
    void aSmallFleetsTrailIsWeighedAndKeepsItsOneRelationalWriter() {
        Consultation c = ValidDossiers.of(TOWING);
        Decision store = datastore(c);

        // 6,000 drivers / 10 s = 600 positions/s, held in memory; people: 1,500 - 600 = 900 requests/s at 10 reads per
        // write = 81.82 writes/s; the trail: 6,000 / 30 = 200 rows/s; 81.82 + 200 = 281.82 writes/s, within the 2,000 one
        // primary is built for: the single relational database stays.
        assertThat(store.drivers()).anyMatch(d -> d.startsWith("peak writes 282/s") && d.contains("81.82 writes/s of the capabilities")
                && d.contains("+ 200 writes/s the design's own processes write into db"));
        assertThat(store.chosenOption()).contains("PostgreSQL").doesNotContain("Aurora DSQL");
        assertThat(store.drivers()).noneMatch(d -> d.startsWith("options that cannot carry"));
        // Data: 200 + 20 x 60 = 1,400 GB; the trail: 250 x 200 / 3 x 2,628,000 = 43.8 GB a month, kept the assumed 90 days
        // (the constraint on invoices says nothing of positions): 43.8 / 30.42 x 90 = 129.6 GB; 1,400 + 129.6 = 1,529.6.
        assertThat(store.drivers()).anyMatch(d -> d.startsWith("data held after 5 years 1,529.6 GB"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[flow-writes-db]") && a.contains("kept 90 days (assumption as-retention-location)"));
        // 43.8 + 20 = 63.8 GB a month is 3.2 times the stated 20, under the factor of 5: nothing to say
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[stores-against-growth]"));
        // Counted: 600 x 100 bytes x 2,628,000 s = 157.68 GB a month, 7.9 times the 20 stated; held in memory, so 20 stands
        assertThat(assumption(c, "as-reports-not-stored").value()).isEqualTo("20 GB/month");
    }

    @Test
    void aRequestWithoutReportsHeldInMemoryKeepsItsGrowthCheck() {
        // Meters send readings that are stored (an ingestion capability, no live index): the counted growth stands
        Consultation c = ValidDossiers.of("""
                system: GridMeter
                description: >
                  Smart electricity meter data platform for a regional grid operator. 2,400,000 smart meters each send a reading
                  every 15 minutes; the platform validates readings, estimates gaps, and produces daily consumption for billing
                  partners and a customer portal where households see their usage by hour.
                capabilities: [meter reading ingestion, validation and estimation, daily consumption, customer usage portal]
                load: {peakRequestsPerSecond: 6000, readWriteRatio: 0.5}
                data: {initialVolumeGb: 20000, growthGbPerMonth: 800, retentionYears: 7}
                team: {size: 14, expertise: [Python, PostgreSQL, GCP]}
                deployment: {cloud: gcp, regions: [europe-west3]}
                """);
        assertThat(c.requirements().assumptions()).noneMatch(a -> a.id().equals("as-reports-not-stored"));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[flow-writes-"));
        assertThat(datastore(c).drivers()).noneMatch(d -> d.contains("the design's own processes"));
    }

    private static Decision datastore(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.DATASTORE).findFirst().orElseThrow();
    }

    private static Assumption assumption(Consultation c, String id) {
        return c.requirements().assumptions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
