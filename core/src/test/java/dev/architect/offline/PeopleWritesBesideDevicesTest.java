package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.OpenQuestion;
import dev.architect.figures.Workload;
import dev.architect.request.RequestReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The devices' stream and people's traffic are split apart: device ingestion takes the devices' own reports, and the
 * other capabilities share the writes people make. When the stated peak's writes only reach (or fall short of) the
 * devices' reports while still holding them, people's reads keep the stated ratio and their writes come on top at a
 * typical web ratio (reads / 10), said in an assumption and asked in an open question; the total is raised, never
 * left with every capability but ingestion at 0 writes/s.
 */
class PeopleWritesBesideDevicesTest {

    private static Consultation consult(String yaml) {
        return OfflineArchitect.create().consult(RequestReader.readString(yaml));
    }

    private static Optional<Assumption> assumption(Workload w, String id) {
        return w.assumptions().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static String partLoadNote(Consultation c) {
        return c.cost().assumptions().stream().filter(a -> a.startsWith("[as-part-load]")).findFirst().orElseThrow();
    }

    /** Devices above the stated writes: 2,000 drones x 4 a second = 8,000 writes/s, beside a peak whose writes are 6,000. */
    private static final String DRONES = """
            system: SkyDrop
            description: Flies 2,000 delivery drones over three cities. Each drone reports its position 4 times a second; dispatchers assign deliveries and file flight plans.
            capabilities: [drone telemetry, deliveries, flight plans]
            load: {peakRequestsPerSecond: 9000, readWriteRatio: 0.5}
            deployment: {cloud: gcp}
            """;

    @Test
    void devicesAboveTheStatedWritesKeepTheirStreamAndPeopleWriteOnTop() {
        Workload w = Workload.of(RequestReader.readString(DRONES));

        // Stated: 9,000 / 1.5 = 6,000 writes/s, below the drones' 2,000 x 4 = 8,000 writes/s; the peak (9,000) holds the drones
        // only. People's reads keep the ratio: 8,000 x 0.5 = 4,000 reads/s; their writes 4,000 / 10 = 400 writes/s on top.
        // Writes 8,000 + 400 = 8,400; peak 8,400 + 4,000 = 12,400; the stream stays 8,000, people 12,400 - 8,000 = 4,400.
        assertThat(w.peakWrites()).isEqualTo(8_400);
        assertThat(w.peakReads()).isEqualTo(4_000);
        assertThat(w.peakRps()).isEqualTo(12_400);
        assertThat(w.streamWrites()).isEqualTo(8_000);
        assertThat(w.userRequestsPerSecond()).isEqualTo(4_400);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().statement())
                .contains("cannot hold both", "400 writes/s of their own", "sized for 8,400 writes/s");
    }

    @Test
    void theOtherCapabilitiesShareThePeoplesWritesAndTheDossierAsks() {
        Consultation c = consult(DRONES);

        // Ingestion takes the drones' 8,000 writes/s; deliveries and flight plans, which nothing weighs, share people's
        // 400 writes/s equally (200 each), not 0
        String note = partLoadNote(c);
        assertThat(note).contains("takes all 8,000 writes/s", "share equally the reads and people's 400 writes/s");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-peak-against-devices");
    }

    @Test
    void devicesEqualToTheStatedWritesStillLeavePeopleTheirOwnWrites() {
        Workload w = Workload.of(RequestReader.readString("""
                system: MeterHub
                description: Reads 50,000 smart meters for a water utility. Each meter reports its flow every 10 seconds; staff raise work orders and read bills.
                capabilities: [meter readings, work orders, billing]
                load: {peakRequestsPerSecond: 7500, readWriteRatio: 0.5}
                deployment: {cloud: azure}
                """));

        // Stated: 7,500 / 1.5 = 5,000 writes/s, exactly the meters' 50,000 / 10 s = 5,000 writes/s: the peak holds the meters
        // only. People's reads 5,000 x 0.5 = 2,500 reads/s; their writes 2,500 / 10 = 250 on top: 5,250 writes/s, peak 7,750.
        assertThat(w.peakWrites()).isEqualTo(5_250);
        assertThat(w.peakReads()).isEqualTo(2_500);
        assertThat(w.peakRps()).isEqualTo(7_750);
        assertThat(w.streamWrites()).isEqualTo(5_000);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().value()).isEqualTo("5,250 writes/s");
    }

    @Test
    void devicesWellBelowTheStatedWritesTakeOnlyTheirStreamAndPeopleShareTheRest() {
        String request = """
                system: PlugNet
                description: Runs 500 public chargers for a city. Each charger reports its meter values every 5 seconds; drivers book and pay for charging sessions in the app.
                capabilities: [charger telemetry, charging sessions, payments]
                load: {peakRequestsPerSecond: 30000, readWriteRatio: 2}
                """;
        Workload w = Workload.of(RequestReader.readString(request));

        // Stated: 30,000 / 3 = 10,000 writes/s, far above the chargers' 500 / 5 s = 100 writes/s (100 times): the stated
        // peak stands, nothing is added. Ingestion takes the chargers' 100 writes/s and the other capabilities share
        // 10,000 - 100 = 9,900 writes/s, where before ingestion took all 10,000 and the others none.
        assertThat(w.peakWrites()).isEqualTo(10_000);
        assertThat(w.peakRps()).isEqualTo(30_000);
        assertThat(w.streamWrites()).isEqualTo(100);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().statement()).doesNotContain("cannot hold both");
        String note = partLoadNote(consult(request));
        assertThat(note).contains("takes all 100 device writes/s", "9,900 writes/s x its write weight");
    }
}
