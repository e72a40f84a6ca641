package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A peak derived from a user count follows how the product is used (usage-profiles.yaml): visits a month x requests a
 * visit, stated as assumption as-requests-per-user-month with the words that chose it. A stated peak stays as stated.
 * Every peak below: users x requests a month / 2,628,000 s (a 730-hour month) = the average, x 3 (the usual day's peak).
 */
class RequestsPerUserFollowHowTheProductIsUsedTest {

    private static Workload workload(String description, String capabilities, String load) {
        String yaml = "system: Sample\ndescription: \"" + description + "\"\ncapabilities: [" + capabilities + "]\nload: {" + load + "}\n";
        ConsultationRequest request = RequestReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        return Workload.of(request);
    }

    private static Assumption perUser(Workload w) {
        return w.assumptions().stream().filter(a -> a.id().equals(Workload.REQUESTS_PER_USER)).findFirst().orElseThrow();
    }

    @Test
    void aMagazinesReadersComeAFewTimesAMonthAndMakeAFewRequests() {
        // content reader: 6 visits x 10 requests = 60 a month; 300,000 x 60 = 18,000,000 / 2,628,000 s = 6.8493 requests/s
        // on average x 3 = 20.55 requests/s at peak (the one flat rate of 304.17 gave 300,000 x 304.17 / 2,628,000 x 3 = 104.17)
        Workload w = workload("An online magazine: readers browse articles and the editorial team publishes issues.",
                "articles, issues, subscriptions", "monthlyActiveUsers: 300000");

        assertThat(w.peakRps()).isEqualTo(20.55);
        assertThat(w.averageRps()).isEqualTo(6.85);
        assertThat(perUser(w).value()).isEqualTo("6 visits a month x 10 requests a visit = 60 requests per user a month (content-reader)");
        assertThat(perUser(w).statement()).contains("readers of published content (its words: magazine, article, reader, editorial)");
        assertThat(w.assumptions()).anyMatch(a -> a.topic().equals("load.peakRequestsPerSecond")
                && a.statement().contains("300,000 monthly users x 60 requests each a month (assumption as-requests-per-user-month) = 18,000,000 requests"));
    }

    @Test
    void anHrLeaveToolIsUsedNowAndThen() {
        // occasional self-service: 2 visits x 25 requests = 50 a month; 5,000 x 50 = 250,000 / 2,628,000 s = 0.0951 x 3 = 0.29
        Workload w = workload("Employees request annual leave and managers approve it.", "leave requests, approvals, balances",
                "monthlyActiveUsers: 5000");

        assertThat(w.peakRps()).isEqualTo(0.29);
        assertThat(perUser(w).value()).endsWith("= 50 requests per user a month (occasional-self-service)");
    }

    @Test
    void aDailyChatAppsMembersComeBackEveryDay() {
        // daily consumer: 30 visits x 30 requests = 900 a month; 300,000 x 900 = 270,000,000 / 2,628,000 s = 102.7397 x 3 = 308.22
        Workload w = workload("A chat app for friends: group chat, messages and reactions.", "chat rooms, messages, friends",
                "monthlyActiveUsers: 300000");

        assertThat(w.peakRps()).isEqualTo(308.22);
        assertThat(perUser(w).value()).endsWith("= 900 requests per user a month (daily-consumer)");
    }

    @Test
    void withNoKindOfUseRecognisedTheGeneralRateStandsAndSaysSo() {
        // general web: 6.0833 visits (a fifth of the users a day x 30.42 days) x 50 = 304.17 a month; 10,000 x 304.17 =
        // 3,041,700 / 2,628,000 s = 1.1574 x 3 = 3.47
        Workload w = workload("A system that keeps records of widgets.", "widgets", "monthlyActiveUsers: 10000");

        assertThat(w.peakRps()).isEqualTo(3.47);
        assertThat(perUser(w).statement()).contains("no kind of use is recognised in the request");
        assertThat(perUser(w).value()).endsWith("(general-web)");
    }

    @Test
    void aStatedPeakIsKeptAndNeedsNoRateAUser() {
        Workload w = workload("An online magazine: readers browse articles.", "articles", "peakRequestsPerSecond: 500, monthlyActiveUsers: 300000");

        assertThat(w.peakRps()).isEqualTo(500);
        assertThat(w.assumptions()).noneMatch(a -> a.id().equals(Workload.REQUESTS_PER_USER));
    }
}
