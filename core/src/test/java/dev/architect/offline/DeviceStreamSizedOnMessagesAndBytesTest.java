package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Estimate;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Devices that send many readings at once send them in one message: ingestion, the stream, the stream processors and
 * the time-series store are sized on the messages a second and the bytes they carry, not on each reading as a request.
 * Retention stated per class keeps the raw readings and their averages each for its own period, the averages as small
 * as the stated bucket over the readings' interval makes them.
 */
class DeviceStreamSizedOnMessagesAndBytesTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest request(String name) throws IOException {
        try (InputStream in = DeviceStreamSizedOnMessagesAndBytesTest.class.getResourceAsStream("/costs/" + name + ".yaml")) {
            return RequestReader.read(in);
        }
    }

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimate(id).orElseThrow(() -> new AssertionError("no estimate " + id));
    }

    @Test
    void turbinesSendingTheirChannelsInOneMessageAreSizedOnMessagesAndMegabytes() throws IOException {
        ConsultationRequest r = request("turbine-stream");
        Consultation c = ARCHITECT.consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();
        CostEstimate cost = c.cost();

        // 8,000 turbines / 1 s = 8,000 messages/s, each carrying 250 readings (2,000,000 readings/s); people's 200 requests/s at
        // 1 read per write are 100 writes + 100 reads: 8,100 writes/s at peak, not 2,000,100
        assertThat(estimate(c, "peak-writes").value()).isEqualTo(8_100);
        assertThat(estimate(c, "people-rps").value()).isEqualTo(200);
        // a message is 250 readings x 16 bytes (assumption as-reading-size) = 4,000 bytes = 4 KB:
        // 8,000 x 4 KB = 32,000 KB/s = 32 MB/s; x 86,400 s = 2,764.8 GB a day
        assertThat(estimate(c, "device-stream-bytes").value()).isEqualTo(32);
        assertThat(estimate(c, "device-stream-bytes").basis()).contains("2,764.8 GB a day");
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-reading-size] A reading inside a device message that carries several is about 16 bytes"));
        // ingestion instances on messages: ceil(8,100 / (5,000 x 0.7)) = 3, at least 3 zones (each reading as a request: 579)
        assertThat(item(cost, "sensor-ingestion-service-compute").quantity()).isEqualTo(3);
        // the stream on bytes: 8,000 x 4 KB + 100 x 1 KB = 32,100 KB/s; Event Hubs throughput units
        // = ceil(max(8,100 events/s / 1,000, 32.1 MB/s / 1 MB/s)) = 33, within Standard's 40 (each reading an event: 2,001 units,
        // past Standard, priced as 21 dedicated capacity units)
        assertThat(item(cost, "stream-throughput-units").quantity()).isEqualTo(33);
        assertThat(item(cost, "stream-throughput-units").assumption()).contains("32.1 MB/s / 1 MB/s");
        assertThat(cost.items()).noneMatch(i -> i.id().startsWith("stream-capacity-units") || i.id().startsWith("stream-processing-units"));
        // ingress events are the messages: 8,100 x 2,628,000 s / 1,000,000 = 21,286.8 million a month
        assertThat(item(cost, "stream-events").quantity()).isEqualTo(21_286.8);
        // consumers and the stream processor's units on bytes: ceil(32,100 KB/s / (5,000 KB/s x 0.7)) = ceil(9.17) = 10
        assertThat(item(cost, "stream-processor-compute").quantity()).isEqualTo(10);
        assertThat(item(cost, "alert-evaluator-units").quantity()).isEqualTo(10);
        // Data Explorer nodes on the bytes ingested: max(3, ceil(32,000 1-KB writes/s / 50,000 per node)) = 3: the turbines' 8,000
        // messages x 4 KB; people's 100 writes/s go to the capabilities that make them (it was 32,100 when ingestion took every
        // write, 2,773.44 GB a day: 32,000 x 86,400 / 1,000,000 = 2,764.8 GB a day now) (each reading a
        // write: ceil(2,000,100 / 50,000) = 41); its hot cache holds the month of raw readings queried hot: 70,000 GB x 1.3
        // (indexes) / 10 (compression) = 9,100 GB, so ceil(9,100 / 1,920 GB of SSD) = 5 storage-optimized L8as v3 nodes
        // (5 x $1,097.92 = $5,489.60 before the region's multiplier; ceil(9,100 / 300) = 31 E8ads v5 would be $32,949.28)
        assertThat(item(cost, "telemetry-store-nodes").quantity()).isEqualTo(5);
        assertThat(item(cost, "telemetry-store-nodes").assumption()).contains("ceil(9,100 GB / 1,920 GB of SSD cache a node)) = 5 L8as v3");
        assertThat(item(cost, "telemetry-store-nodes").assumption()).contains("max(3, ceil(32,000 1-KB writes/s / 50,000 per node))", "2,764.8 GB ingested a day");
    }

    @Test
    void fullResolutionDataAndTenMinuteAveragesAreEachKeptForTheirOwnStatedPeriod() throws IOException {
        Consultation c = ARCHITECT.consult(request("turbine-stream"));
        CostEstimate cost = c.cost();

        // averages of 1 s readings over 10 minutes: 600 s / 1 s = one value a bucket per 600 readings, 1/600 of the raw volume
        // (the rollup default is 1/15); 50,000 GB / 600 = 83.33 GB x 1.3 (indexes) = 108.33 GB in month 1
        String classes = cost.assumptions().stream().filter(a -> a.startsWith("[as-data-classes]")).findFirst().orElseThrow();
        assertThat(classes).contains("Raw readings are kept 2 years as stated (description \"keeps full-resolution data for 2 years\")",
                "10-minute averages, 1/600 of the raw volume: 600 s a bucket / 1 s between readings",
                "are kept 20 years as stated (description \"and ten-minute averages for 20 years\")");
        assertThat(item(cost, "telemetry-store-storage").name()).isEqualTo("Database storage (raw)");
        assertThat(item(cost, "telemetry-store-storage").assumption()).contains("until their 2-year retention deletes as much as arrives");
        assertThat(item(cost, "telemetry-store-rollup-storage").name()).isEqualTo("Database storage (averages)");
        assertThat(item(cost, "telemetry-store-rollup-storage").quantity()).isEqualTo(108.33);
        // logical data after 5 years: raw 50,000 + 70,000 x min(60, 24) = 1,730,000 GB, averages (50,000 + 70,000 x 60) / 600
        // = 7,083.33 GB: 1,737,083.33 GB (not 50,000 + 70,000 x 60 = 4,250,000 kept as raw for 20 years)
        assertThat(estimate(c, "data-5y").value()).isEqualTo(1_737_083.33);
    }

    @Test
    void anArchivedHistoryKeepsRawReadingsForTheirStatedYearAndHourlyAveragesForTen() throws IOException {
        Consultation c = ARCHITECT.consult(request("compressor-archive"));
        CostEstimate cost = c.cost();

        // hourly averages of 1 s readings: 3,600 s / 1 s = 1/3,600 of the raw volume; 1,000 GB / 3,600 x 1.3 = 0.36 GB in month 1
        String classes = cost.assumptions().stream().filter(a -> a.startsWith("[as-data-classes]")).findFirst().orElseThrow();
        assertThat(classes).contains("Raw readings stay 1 month in the hot store",
                "60-minute averages, 1/3,600 of the raw volume: 3,600 s a bucket / 1 s between readings",
                "are kept 10 years as stated (description \"and hourly averages for 10 years\")",
                "archived until their 1-year retention (stated: description \"keeps raw readings for 1 year\") ends");
        assertThat(item(cost, "telemetry-store-rollup-storage").quantity()).isEqualTo(0.36);
        assertThat(item(cost, "cold-archive-storage").assumption()).contains("kept until the 1-year retention (stated:");
        // logical data after 5 years: raw 1,000 + 20,000 x min(60, 12) = 241,000 GB, averages (1,000 + 20,000 x 60) / 3,600
        // = 333.61 GB: 241,333.61 GB (not 1,000 + 20,000 x 60 = 1,201,000 GB kept as raw for the 10-year field)
        assertThat(estimate(c, "data-5y").value()).isEqualTo(241_333.61);
        // the compressors' stream on bytes: 2,000 x 4 KB (250 readings x 16 bytes) + 50 x 1 KB = 8,050 KB/s; Data Explorer
        // nodes max(3, ceil(8,050 / 50,000)) = 3 (each reading a write: ceil(500,050 / 50,000) = 11)
        assertThat(item(cost, "telemetry-store-nodes").quantity()).isEqualTo(3);
    }

    @Test
    void aStoreWithoutAnArchiveKeepsRawReadingsAndAveragesEachForItsOwnPeriod() throws IOException {
        ConsultationRequest r = request("turbine-classes");
        Consultation c = ARCHITECT.consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();
        CostEstimate cost = c.cost();

        // raw: 2,000 GB x 1.3 (indexes) = 2,600 GB in month 1, growing 15,000 x 1.3 = 19,500 GB a month for 36 months (3 years)
        CostLineItem raw = item(cost, "telemetry-store-storage");
        assertThat(raw.name()).isEqualTo("Database storage (raw)");
        assertThat(raw.quantity()).isEqualTo(2_600);
        assertThat(raw.assumption()).contains("of raw readings until their 3-year retention deletes as much as arrives");
        // averages: 1 s readings over 10 minutes are 1/600: 2,000 / 600 = 3.33 GB x 1.3 = 4.33 GB, kept 25 years
        CostLineItem averages = item(cost, "telemetry-store-rollup-storage");
        assertThat(averages.name()).isEqualTo("Database storage (averages)");
        assertThat(averages.quantity()).isEqualTo(4.33);
        assertThat(averages.assumption()).contains("/ 600 as averages, kept until their 25-year retention");
        // the raw class grows until month 37, then as much ages out as arrives: from month 36 to 60 the raw storage adds one
        // more month, 19,500 GB, and the averages 24 months x 32.5 GB = 780 GB (kept 25 years, the raw readings would add 24
        // months of 19,500 GB). Data Explorer keeps its data in its own storage and bills no backups: no backup line grows
        assertThat(cost.items()).noneMatch(i -> i.id().startsWith("telemetry-store-backup"));
        assertThat(cost.monthlyTotalAt(60).orElseThrow() - cost.monthlyTotalAt(36).orElseThrow())
                .isCloseTo(19_500 * raw.unitPrice() + 780 * averages.unitPrice(), org.assertj.core.api.Assertions.within(0.1));
        // the stream on bytes: 1,500 x 6.4 KB (400 readings x 16 bytes) + 50 x 1 KB = 9,650 KB/s
        // x 2,628,000 s / 1,000,000 = 25,360.2 GB a month through the ingestion stream (each reading 1 KB: 1,576,931.4 GB)
        assertThat(item(cost, "ingest-stream-throughput").quantity()).isEqualTo(25_360.2);
    }

    @Test
    void aStatedPeakThatCountsEachReadingHoldsThemInTheirMessages() {
        ConsultationRequest r = ConsultationRequest.builder("Gridline", "Monitoring for 9,000 wind turbines. Each turbine sends 300 sensor "
                + "channels once a second.").capabilities("sensor ingestion", "trend dashboards")
                .load(new dev.architect.request.Load(2_700_900.0, null, 800L, null)).build();
        dev.architect.figures.Workload w = dev.architect.figures.Workload.of(r);

        // 2,700,900 requests/s counts 9,000 x 300 = 2,700,000 readings/s one by one: 2,700,900 - 2,700,000 + 9,000 messages/s
        // = 9,900 requests/s; the devices' 9,000 messages are their writes and the 900 left are people's, split at a web ratio of
        // 10: 900 / 11 = 81.82 writes/s and 818.18 reads/s (pinned before as 900 reads and no people's writes);
        // counted as readings, 2,700,900 would be 9,000 writes and 2,691,900 reads a second
        assertThat(w.peakRps()).isEqualTo(9_900);
        assertThat(w.peakWrites()).isEqualTo(9_081.82);
        assertThat(w.peakReads()).isEqualTo(818.18);
        assertThat(w.assumptions()).anyMatch(a -> a.id().equals("as-peak-in-messages")
                && a.statement().contains("so the peak is 2,700,900 - 2,700,000 + 9,000 = 9,900 requests/s"));
    }

    @Test
    void devicesSendingOneReadingAMessageKeepTheSmallMessageSizing() {
        ConsultationRequest r = ConsultationRequest.builder("FloodWatch", "River monitoring: 150,000 sensors report every 30 seconds; "
                + "operators get alarms when a level crosses its threshold.").capabilities("sensor readings", "alarms").build();
        Consultation c = ARCHITECT.consult(r);

        // 150,000 / 30 s = 5,000 one-reading messages a second of 1 KB: no bytes figure, no reading size assumed
        assertThat(c.capacity().estimate("device-stream-bytes")).isEmpty();
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-reading-size]"));
    }
    @Test
    void theHistoryIsRolledUpIntoTheBucketTheRequestStates() {
        Consultation c = ARCHITECT.consult(ConsultationRequest.builder("Gridpulse", "Smart meters in 600,000 homes report "
                + "consumption every minute; raw readings are kept 1 year and fifteen-minute aggregates for 10 years, and analysts "
                + "look at trends over years.").capabilities("meter readings", "trend charts").build());

        // "fifteen-minute aggregates": the table, the API and the downsampling flow say 15 minutes, as the cost sizes them
        assertThat(c.dataModel().entities()).filteredOn(e -> e.name().equals("reading_rollup")).singleElement()
                .satisfies(e -> assertThat(e.description()).contains("15-minute bucket"));
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("listRollups")))
                .singleElement().satisfies(o -> assertThat(o.summary()).startsWith("15-minute aggregates"));
        assertThat(c.sequences().stream().flatMap(s -> s.steps().stream()).map(dev.architect.dossier.SequenceStep::message))
                .anyMatch(m -> m.contains("into 15-minute rollups")).noneMatch(m -> m.contains("5-minute rollups") && !m.contains("15-minute"));

        // a request that states no bucket keeps the 5-minute default
        Consultation plain = ARCHITECT.consult(ConsultationRequest.builder("Soilnet", "Soil probes on 40,000 farms report moisture "
                + "every minute; raw readings are kept 5 years and agronomists look at trends over years.")
                .capabilities("probe readings", "trend charts").build());
        assertThat(plain.dataModel().entities()).filteredOn(e -> e.name().equals("reading_rollup"))
                .singleElement().satisfies(e -> assertThat(e.description()).contains("5-minute bucket"));
    }
}
