package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Files the request sizes per item (sequencing runs of 120 GB) go to object storage priced per GB by storage class, the
 * database keeping the records that describe them, even when no files word ("upload", "photos") names them; the chosen
 * store is held to its product's documented maximum (Azure SQL Hyperscale: 128 TB) and the month it passes is named.
 */
class SizedFilesGoToObjectStorageWithinProductLimitsTest {

    private static final String GENOMICS = """
            system: SeqVault
            description: >
              A genomics lab stores sequencing runs for hospitals. About 400 sequencing runs a month are uploaded as FASTQ files;
              each sequencing run is about 120 GB. Clinicians search samples and download reports.
            capabilities: [sequencing runs, samples, reports, accounts]
            load: {peakRequestsPerSecond: 200, readWriteRatio: 20, monthlyActiveUsers: 5000}
            data: {initialVolumeGb: 331000, growthGbPerMonth: 48000, retentionYears: 10}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 120}
            compliance: [HIPAA]
            team: {size: 8, expertise: [Java, SQL Server]}
            deployment: {cloud: azure, regions: [eastus]}
            """;

    private static CostLineItem line(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + c.cost().items().stream().map(CostLineItem::id).toList()));
    }

    @Test
    void sequencingRunsSizedInGigabytesAreFilesInObjectStorage() {
        Consultation c = ValidDossiers.of(GENOMICS);

        // Recognised on the stated size, with the phrase as evidence
        assertThat(c.requirements().functional()).anyMatch(r -> r.id().equals("fr-archetype-files-media")
                && r.description().contains("says 'run is about 120 GB'"));
        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("file-store"));
        // Records follow the count of runs, not their bytes: the floor is 10 MB of records a run (what 1% of a 1-GB file is),
        // 10 MB / 120,000 MB = 0.0000833 of the volume (the 10-KB row alone is 0.0000000833), so files are
        // 1 - 0.000083 = 0.999917 (six decimals): 331,000 GB x 0.999917 = 330,972.53 GB stored before launch, in the cool
        // class from month 1. Was 327,690 GB at the flat 1% floor, which kept 1.2 GB of records a run.
        assertThat(line(c, "file-store-cool-storage").quantity()).isEqualTo(330_972.53);
        // 400 runs a month x 120,000 MB / 1,000 = 48,000 GB a month of new files
        assertThat(c.capacity().estimate("media-growth").orElseThrow().value()).isEqualTo(48_000);
        // The database keeps the records: 331,000 x 0.000083 = 27.473 GB x 1.3 (indexes) = 35.71 GB in month 1 (was 4,303 at
        // the flat 1% floor, 43,030 at the 90% split)
        assertThat(line(c, "db-storage").quantity()).isEqualTo(35.71);
    }

    @Test
    void theChosenStoreIsHeldToItsDocumentedMaximum() {
        // The runs uploaded without a stated size: files are 90% of the volume (assumption as-object-data), so the database
        // keeps 10%, a store large enough to pass its product's maximum
        Consultation c = ValidDossiers.of(GENOMICS.replace("each sequencing run is about 120 GB. ", ""));

        // Hyperscale holds 128 TB = 131,072 GB. The database holds (33,100 + 4,800 x (m - 1)) x 1.3 GB in month m:
        // > 131,072 when 4,800 x (m - 1) > 100,824.62 - 33,100 = 67,724.62, m - 1 > 14.11, so from month 16
        // ((33,100 + 72,000) x 1.3 = 136,630 GB)
        assertThat(c.capacity().estimate("limit-db").orElseThrow().value()).isEqualTo(16);
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[product-limit-db] One instance of db holds 136,630 GB in month 16")
                && n.contains("past the 131,072 GB maximum of Azure SQL Database Hyperscale (128 TB"));
        assertThat(c.risks()).anyMatch(r -> r.description() != null && r.description().contains("131,072 GB"));
        // The datastore record, which weighs options by how far each is past its ceiling, says its own choice passes its own
        assertThat(c.decisions()).filteredOn(d -> d.topic() == dev.architect.dossier.DecisionTopic.DATASTORE).singleElement()
                .satisfies(d -> assertThat(d.consequences()).anyMatch(q -> q.kind() == dev.architect.dossier.ConsequenceKind.BAD
                        && q.text().startsWith("The chosen store itself passes its product's maximum: One instance of db holds 136,630 GB in month 16")));
    }

    @Test
    void aHotTierPastItsProductsMaximumIsFlaggedAfterTieringIsAdopted() {
        // Over its $20,000 budget the design adopts the changes that keep it, tiering among them: the database keeps the last
        // 3 months, min(200,000 + 40,000, 40,000 x 3) = 120,000 GB x 1.3 (indexes) = 156,000 GB, still past Hyperscale's
        // 131,072 GB (128 TB). Tiered stores were not checked, so the flag went away with the tiering.
        Consultation c = ValidDossiers.of("""
                system: ScanVault
                description: Scanned archive of engineering drawings for a utility; staff search and view scans.
                capabilities: [scans, search, viewers]
                load: {peakRequestsPerSecond: 200, readWriteRatio: 5, monthlyActiveUsers: 2000}
                data: {initialVolumeGb: 200000, growthGbPerMonth: 40000, retentionYears: 10}
                availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
                budget: {monthlyUsd: 20000}
                team: {size: 6, expertise: [C#, SQL Server]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);

        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-tiering]"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[product-limit-db] One instance of db holds 156,000 GB in month 1")
                && a.contains("past the 131,072 GB maximum"));
    }
}
