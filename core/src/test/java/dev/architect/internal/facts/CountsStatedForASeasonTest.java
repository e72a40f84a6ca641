package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/**
 * A count stated for a season ("in the season we send about 7 million e-mails") is the year's count, as a season comes once
 * a year; the word in its other senses (a thing named "season ticket", several seasons a year, a peak at once, a
 * population) states no yearly count.
 */
class CountsStatedForASeasonTest {

    private static java.util.List<StatedCount> volumes(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build()).volumes();
    }

    @Test
    void eachCountInTheSeasonsSentenceIsTheYearsCount() {
        var counts = volumes("Every accepted return gets a receipt e-mail; in the season we send about 7 million e-mails and 2.5 million "
                + "text messages with one-time codes. Filing opens on 1 March.");

        // 7,000,000 / 12 = 583,333.33 -> 583,333; 2,500,000 / 12 = 208,333.33 -> 208,333
        assertThat(counts).extracting(StatedCount::noun).containsExactly("e-mails", "text messages");
        assertThat(counts.get(0).perMonth()).isEqualTo(583_333);
        assertThat(counts.get(0).evidence()).isEqualTo("7,000,000 in the season, once a year, x 1 / 12 = 583,333 a month "
                + "(description \"7 million e-mails\")");
        assertThat(counts.get(1).perMonth()).isEqualTo(208_333);
    }

    @Test
    void aSeasonNamedAsAThingOrSeveralSeasonsAYearStateNoYearlyCount() {
        // "season tickets" is a thing sold, not when things happen
        assertThat(volumes("The club sells 18,000 season tickets for its stadium.")).isEmpty();
        // two seasons a year: a season's count is not the year's
        assertThat(volumes("We run two seasons a year, and in the season we send about 400,000 e-mails.")).isEmpty();
    }

    @Test
    void aPeakAtOnceAPopulationAndARateInTheSeasonsSentenceAreNotCounts() {
        assertThat(volumes("During the season up to 20,000 skiers are at the gates at the same time.")).isEmpty();
        assertThat(volumes("In the season our 350 staff sell passes at the offices.")).isEmpty();
        // a rate with its own period is read as a rate, not again as the season's count
        assertThat(volumes("In the season traffic climbs to 9,000 requests per second.")).isEmpty();
    }
}
