package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phrase inside a negated clause does not count: the request says the thing is absent. A negation that belongs to
 * something else (a harm, a measure, another clause) leaves the phrase standing.
 */
class NegatedPhrasesTest {

    @Test
    void aPhraseInANegatedClauseIsNotFound() {
        assertThat(Words.of("We do not take card payments.").contains("payment")).isFalse();
        assertThat(Words.of("We don't take card payments; invoices go by post").contains("payment")).isFalse();
        assertThat(Words.of("No realtime needed for the dashboards").contains("realtime")).isFalse();
        assertThat(Words.of("Lessons are booked without video").contains("video")).isFalse();
        assertThat(Words.of("This is not a marketplace").contains("marketplace")).isFalse();
        assertThat(Words.of("Payments are out of scope for the first release").contains("payment")).isFalse();
        assertThat(Words.of("Live chat isn't needed").contains("chat")).isFalse();
        assertThat(Words.of("Realtime updates are not required").contains("realtime")).isFalse();
        assertThat(Words.of("We never store card numbers").contains("card")).isFalse();
    }

    @Test
    void aNegatedListReachesItsItemsButNotTheNextClause() {
        Words list = Words.of("No realtime, video or chat. Tutors take payments by card");
        assertThat(list.contains("video")).isFalse();
        assertThat(list.contains("chat")).isFalse();
        assertThat(list.contains("payment")).isTrue(); // another sentence
        assertThat(Words.of("We have no mobile app and accept card payments").contains("payment")).isTrue();
        assertThat(Words.of("Without video, payments are taken at the front desk").contains("payment")).isTrue();
        assertThat(Words.of("No chat but payments by card").contains("payment")).isTrue();
    }

    @Test
    void aNegationOfAHarmOrAMeasureLeavesThePhrase() {
        assertThat(Words.of("Payments never lost").contains("payment")).isTrue();
        assertThat(Words.of("We must never lose a payment").contains("payment")).isTrue();
        assertThat(Words.of("No booking may be lost or double-booked").contains("booking")).isTrue();
        assertThat(Words.of("without double charging a card").contains("charging")).isTrue();
        assertThat(Words.of("no manual reconciliation of payouts").contains("reconciliation")).isTrue();
        assertThat(Words.of("alerts no more than 10 seconds after a fault").contains("fault")).isTrue();
        assertThat(Words.of("not only bookings but also payments").contains("booking")).isTrue();
        assertThat(Words.of("No-show tracking for appointments").contains("tracking")).isTrue();
    }

    @Test
    void theEvidenceQuotesTheSentenceWherePhraseCounts() {
        Words text = Words.of("We do not sell tickets online. Box offices sell tickets to walk-in fans. Seats are assigned.");
        assertThat(text.sentenceWith("ticket")).contains("Box offices sell tickets to walk-in fans.");
        assertThat(text.firstMatch(List.of("ticket"), List.of())).contains("ticket");
        assertThat(Words.of("We do not sell tickets.").sentenceWith("ticket")).isEmpty();
        assertThat(Words.of("Availability is 99.9 percent for bookings").sentenceWith("booking"))
                .contains("Availability is 99.9 percent for bookings"); // a decimal point ends no sentence
    }
}
