package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts stated for a season ("in the season we send about 7 million e-mails and 2.5 million text messages") are the
 * counts of a season that comes once a year: stated counts, exposed for the vendors' pricing, never unknowns.
 */
class CountsInTheSeasonTest {

    private static List<StatedCount> volumes(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build()).volumes();
    }

    @Test
    void eachCountOfTheSeasonsClauseIsAYearsCount() {
        List<StatedCount> v = volumes("Every accepted return gets a receipt e-mail; in the season we send about 7 million e-mails and "
                + "2.5 million text messages with one-time codes.");
        assertThat(v).hasSize(2);
        // 7,000,000 a year / 12 = 583,333.33 -> 583,333 a month
        assertThat(v.get(0).noun()).isEqualTo("e-mails");
        assertThat(v.get(0).stated()).isEqualTo(7_000_000.0);
        assertThat(v.get(0).perMonth()).isEqualTo(583_333.0);
        assertThat(v.get(0).phrase()).contains("7 million e-mails");
        assertThat(v.get(0).period()).isEqualTo(StatedCount.Period.SEASON);
        // 2,500,000 / 12 = 208,333.33 -> 208,333
        assertThat(v.get(1).noun()).isEqualTo("text messages");
        assertThat(v.get(1).perMonth()).isEqualTo(208_333.0);
    }

    @Test
    void aSeasonWithNoCountAndACountOutsideItsClauseAreNotSeasonCounts() {
        // the count comes before the season's clause: not the season's
        assertThat(volumes("We keep 40 ferries; in the season they sail more often.")).isEmpty();
        // "season tickets" is no season's clause
        assertThat(volumes("Fans buy 20,000 season tickets and renew them online.")).isEmpty();
    }
}
