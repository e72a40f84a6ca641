package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dispatcher's offers paced to the window the request states (offer-window.yaml), and the file checked as it is read. */
class OfferWindowTest {

    @Test
    void aStatedWindowShrinksTheTimeoutUntilTwoOffersFitAfterTheSetUpTime() {
        OfferWindow w = OfferWindow.standard();

        assertThat(w.pacing(Optional.of(20L))).isEqualTo(new OfferWindow.Pacing(8, 2, 20, true)); // (20 - 4) / 2
        assertThat(w.pacing(Optional.of(30L))).isEqualTo(new OfferWindow.Pacing(13, 2, 30, true)); // (30 - 4) / 2
        // A long window keeps the longest wait and asks more candidates in turn: (60 - 4) / 15 = 3
        assertThat(w.pacing(Optional.of(60L))).isEqualTo(new OfferWindow.Pacing(15, 3, 60, true));
        // Too short for two offers of the shortest wait a person needs: one offer of 5 s
        assertThat(w.pacing(Optional.of(12L))).isEqualTo(new OfferWindow.Pacing(5, 1, 12, true));
        // None stated: 15 s each to 3 candidates, 4 + 45 = 49 s
        assertThat(w.pacing(Optional.empty())).isEqualTo(new OfferWindow.Pacing(15, 3, 49, false));
    }

    @Test
    void anUnknownKeyOrAnInvertedRangeFailsNamingTheFile() {
        String good = "archetype: geo-dispatch\nsetupSeconds: 4\nminOfferSeconds: 5\nmaxOfferSeconds: 15\noffersInWindow: 2\ndefaultOffers: 3\nbasis: why\n";
        assertThat(OfferWindow.read(in(good), "offer-window.yaml").archetype()).isEqualTo("geo-dispatch");
        assertThatThrownBy(() -> OfferWindow.read(in(good + "offerSecond: 9\n"), "offer-window.yaml"))
                .hasMessageContaining("offer-window.yaml").hasMessageContaining("offerSecond");
        assertThatThrownBy(() -> OfferWindow.read(in(good.replace("minOfferSeconds: 5", "minOfferSeconds: 20")), "offer-window.yaml"))
                .hasMessage("offer-window.yaml: minOfferSeconds 20 is above maxOfferSeconds 15");
        assertThatThrownBy(() -> OfferWindow.read(in(good.replace("setupSeconds: 4\n", "")), "offer-window.yaml"))
                .hasMessage("offer-window.yaml: setupSeconds must be a positive whole number");
    }

    @Test
    void theWindowIsAStatedDurationInSecondsNotAPeriodOfReports() {
        var request = dev.architect.request.RequestReader.readString("""
                system: Zip
                description: "Couriers' phones report every 4 seconds and the platform assigns each order within 25 seconds."
                capabilities: [courier dispatch]
                load: {peakRequestsPerSecond: 10, readWriteRatio: 2, monthlyActiveUsers: 1000}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);
        var due = DueTime.stated(request, java.util.List.of("assigns"));

        assertThat(due).map(Evidence::phrase).contains("25 seconds");
        assertThat(DueTime.seconds("25 seconds")).hasValue(25);
        assertThat(DueTime.seconds("2 minutes")).hasValue(120);
        assertThat(DueTime.seconds("5 working days")).isEmpty();
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
