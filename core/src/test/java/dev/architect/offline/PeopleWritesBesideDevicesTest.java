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
 * The devices' stream and people's traffic are kept apart, inside the stated peak: device ingestion takes the devices'
 * own reports, and people's part of the peak is the peak less that stream, never more. People's part is split at the
 * stated reads per write, or at a typical web ratio (10) where the stated one is the devices' (below 10). The stated
 * figures stand whenever they leave people at least that many writes; where the devices alone reach the stated writes,
 * an assumption and an open question say so. Before, a peak whose writes the devices reached left people 0 writes/s
 * and raised the peak above the stated one (3,000 robots x 5 = 15,000 writes beside a stated 16,000 became 18,000).
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
    void devicesAboveTheStatedWritesAreTakenFromTheStatedPeakAndPeopleWriteFromWhatIsLeft() {
        Workload w = Workload.of(RequestReader.readString(DRONES));

        // Stated: 9,000 / 1.5 = 6,000 writes/s, below the drones' 2,000 x 4 = 8,000 writes/s. The peak stays 9,000; people's part
        // is 9,000 - 8,000 = 1,000 requests/s, split at 10 reads per write (the stated 0.5 is the drones'): 1,000 / 11 = 90.91
        // writes/s and 909.09 reads/s. Writes 8,000 + 90.91 = 8,090.91; reads 9,000 - 8,090.91 = 909.09.
        assertThat(w.peakRps()).isEqualTo(9_000);
        assertThat(w.peakWrites()).isEqualTo(8_090.91);
        assertThat(w.peakReads()).isEqualTo(909.09);
        assertThat(w.streamWrites()).isEqualTo(8_000);
        assertThat(w.userRequestsPerSecond()).isEqualTo(1_000);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().statement())
                .contains("holds fewer writes than the request's own devices send", "9,000 - 8,000 = 1,000 requests/s", "90.91 writes/s",
                        "sized for 8,090.91 writes/s");
    }

    @Test
    void theOtherCapabilitiesSharePeoplesWritesAndTheDossierAsks() {
        Consultation c = consult(DRONES);

        // Ingestion takes the drones' 8,000 writes/s; deliveries and flight plans share people's 90.91 writes/s, not 0
        assertThat(partLoadNote(c)).contains("8,000", "90.91");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-peak-against-devices");
        assertThat(c.capacity().estimate("peak-rps").orElseThrow().value()).isEqualTo(9_000);
    }

    @Test
    void devicesEqualToTheStatedWritesLeavePeopleTheRestOfThePeak() {
        Workload w = Workload.of(RequestReader.readString("""
                system: MeterHub
                description: Reads 50,000 smart meters for a water utility. Each meter reports its flow every 10 seconds; staff raise work orders and read bills.
                capabilities: [meter readings, work orders, billing]
                load: {peakRequestsPerSecond: 7500, readWriteRatio: 0.5}
                deployment: {cloud: azure}
                """));

        // Stated: 7,500 / 1.5 = 5,000 writes/s, exactly the meters' 50,000 / 10 s = 5,000 writes/s. People's part 7,500 - 5,000
        // = 2,500 requests/s at 10 reads per write: 2,500 / 11 = 227.27 writes/s, 2,272.73 reads/s; writes 5,227.27, peak 7,500.
        assertThat(w.peakWrites()).isEqualTo(5_227.27);
        assertThat(w.peakReads()).isEqualTo(2_272.73);
        assertThat(w.peakRps()).isEqualTo(7_500);
        assertThat(w.streamWrites()).isEqualTo(5_000);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().statement()).contains("holds no writes beyond what");
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().value()).isEqualTo("5,227.27 writes/s");
    }

    @Test
    void devicesWellBelowTheStatedWritesKeepTheStatedFiguresAndPeopleShareTheRest() {
        String request = """
                system: PlugNet
                description: Runs 500 public chargers for a city. Each charger reports its meter values every 5 seconds; drivers book and pay for charging sessions in the app.
                capabilities: [charger telemetry, charging sessions, payments]
                load: {peakRequestsPerSecond: 30000, readWriteRatio: 2}
                """;
        Workload w = Workload.of(RequestReader.readString(request));

        // Stated: 30,000 / 3 = 10,000 writes/s, far above the chargers' 500 / 5 s = 100 writes/s. People's part 29,900 requests/s at
        // 10 reads per write would give them 29,900 / 11 = 2,718.18 writes/s; the stated figures give them 10,000 - 100 = 9,900,
        // more, so the stated figures stand: 10,000 writes/s, 20,000 reads/s.
        assertThat(w.peakWrites()).isEqualTo(10_000);
        assertThat(w.peakReads()).isEqualTo(20_000);
        assertThat(w.peakRps()).isEqualTo(30_000);
        assertThat(w.streamWrites()).isEqualTo(100);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES).orElseThrow().statement()).doesNotContain("people write too");
        // Ingestion takes the chargers' 100 writes/s and the other capabilities share 10,000 - 100 = 9,900 writes/s
        assertThat(partLoadNote(consult(request))).contains("takes all 100 device writes/s", "9,900 writes/s x its write weight");
    }

    /** 800 buses every 10 s = 80 writes/s; riders read arrival times at 30 reads per write: 80 x 31 = 2,480 requests/s. */
    private static final String BUSES = """
            system: RouteLive
            description: Tracks 800 city buses. Each bus reports its position every 10 seconds; riders read arrival times at their stops and save favourite stops.
            capabilities: [bus positions, arrival times, favourite stops]
            load: {peakRequestsPerSecond: 2480, readWriteRatio: 30}
            deployment: {cloud: aws}
            """;

    @Test
    void aHighReadRatioSplitsPeoplesPartAtThatRatioInsideThePeak() {
        Workload w = Workload.of(RequestReader.readString(BUSES));

        // Stated: 2,480 / 31 = 80 writes/s = the buses' 800 / 10 s = 80. People's part 2,480 - 80 = 2,400 requests/s at the stated
        // 30 reads per write (above 10): 2,400 / 31 = 77.42 writes/s, 2,322.58 reads/s. Writes 80 + 77.42 = 157.42; the peak stays
        // 2,480 (the unbounded rule gave people 2,400 / 10 = 240 writes/s on top of it, 3 times the buses' own)
        assertThat(w.peakWrites()).isEqualTo(157.42);
        assertThat(w.peakReads()).isEqualTo(2_322.58);
        assertThat(w.peakRps()).isEqualTo(2_480);
        assertThat(w.peakWrites() - w.streamWrites()).isLessThan(w.streamWrites());
        assertThat(w.loadBasis().orElseThrow()).contains("2,480 - 80 = 2,400 requests/s at 30 reads per write = 77.42 writes/s", "the request's reads per write");
    }

    @Test
    void aPeakDerivedFromTheDevicesSplitsPeoplesPartTheSameWay() {
        Workload w = Workload.of(RequestReader.readString(BUSES.replace("peakRequestsPerSecond: 2480, ", "")));

        // No stated peak: 80 writes/s x (1 + 30) = 2,480 requests/s, then split as above: 77.42 people's writes/s; no stated
        // peak disagrees, so no assumption of one
        assertThat(w.peakRps()).isEqualTo(2_480);
        assertThat(w.peakWrites()).isEqualTo(157.42);
        assertThat(assumption(w, Workload.PEAK_AGAINST_DEVICES)).isEmpty();
    }
}
