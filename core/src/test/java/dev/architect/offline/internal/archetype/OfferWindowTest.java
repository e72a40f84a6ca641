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
        var due = DueTime.stated(zip("each order within 25 seconds"), java.util.List.of("assigns")).orElseThrow();

        assertThat(due.evidence().phrase()).isEqualTo("25 seconds");
        assertThat(due.seconds()).hasValue(25);
    }

    @Test
    void theSecondsAreReadFromTheMatchedUnitNotFromThePhrase() {
        var assigns = java.util.List.of("assigns");

        assertThat(DueTime.stated(zip("each order within 2 minutes"), assigns).orElseThrow().seconds()).hasValue(120);
        assertThat(DueTime.stated(zip("each order within 1 hr"), assigns).orElseThrow()).satisfies(d -> {
            assertThat(d.evidence().phrase()).isEqualTo("1 hour");
            assertThat(d.seconds()).hasValue(3600);
        });
        assertThat(DueTime.stated(zip("each order within 5 working days"), assigns).orElseThrow().seconds()).isEmpty();
    }

    /** A dispatch request whose phones report every 4 seconds (a period, not a due time) and that assigns as stated. */
    private static dev.architect.request.ConsultationRequest zip(String within) {
        return dev.architect.request.RequestReader.readString(String.format(java.util.Locale.ROOT, """
                system: Zip
                description: "Couriers' phones report every 4 seconds and the platform assigns %s."
                capabilities: [courier dispatch]
                load: {peakRequestsPerSecond: 10, readWriteRatio: 2, monthlyActiveUsers: 1000}
                deployment: {cloud: aws, regions: [us-east-1]}
                """, within));
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
