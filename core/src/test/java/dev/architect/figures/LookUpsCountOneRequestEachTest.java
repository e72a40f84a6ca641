package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * Where the month's traffic follows the request's counted actions, a count of things checked, looked up or verified
 * (count-directions.yaml) is one request each, and only the actions people do on pages bring a visit's 20: "lift gates check
 * 60,000 passes a day" is 60,000 look-ups, not 1.2 million requests. A month is 730 hours (2,628,000 s).
 */
class LookUpsCountOneRequestEachTest {

    private static Assumption fromActions(String description) {
        Workload w = Workload.of(RequestReader.readString("system: SnowGate\ndescription: >\n  " + description
                + "\ncapabilities: [gate pass check, lesson log]\nload: {peakRequestsPerSecond: 100, readWriteRatio: 5, monthlyActiveUsers: 100}\n"));
        return w.assumptions().stream().filter(a -> a.id().equals(Workload.AVERAGE_FROM_ACTIONS)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + Workload.AVERAGE_FROM_ACTIONS));
    }

    @Test
    void aCountOfPassesTheGatesCheckIsOneRequestEachBesideLessonsLogged() {
        Assumption a = fromActions("Two small ski areas; the season runs from December to April. Lift gates check about 60,000 passes a day. "
                + "Instructors log about 1,000 lessons a week.");
        // 60,000 x 365 / 12 = 1,825,000 look-ups x 1 request; 1,000 x 52 / 12 = 4,333 lessons x 20 = 86,660;
        // 1,825,000 + 86,660 = 1,911,660 requests a month / 2,628,000 s = 0.72742 -> 0.7274 requests/s
        assertThat(a.value()).contains("1,825,000 a month (stated: description \"60,000 passes a day\") x 1 request each")
                .contains("4,333 a month (stated: description \"1,000 lessons a week\") x 20 requests each")
                .contains("= 1,911,660 requests a month / 2,628,000 s = 0.7274 requests/s");
    }

    @Test
    void passesGuestsCheckInAreNotLookUps() {
        // the negative: "check in" is an arrival, written, so a visit's 20 requests each
        Assumption a = fromActions("Two small ski areas; the season runs from December to April. Guests check in about 60,000 passes a day.");
        // 1,825,000 x 20 = 36,500,000 requests a month / 2,628,000 s = 13.8889 requests/s (below the ceiling 100 / 3)
        assertThat(a.value()).contains("1,825,000 a month (stated: description \"60,000 passes a day\") x 20 requests each = 36,500,000 requests a month")
                .doesNotContain("1 request each");
    }
}
