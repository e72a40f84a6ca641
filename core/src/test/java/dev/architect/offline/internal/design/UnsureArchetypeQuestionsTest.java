package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.OpenQuestion;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A money mechanism named only by a word in none of its roles is asked about, quoting where the request says it, with
 * leaving it out as the recommended answer; where the request does take money itself nothing is asked (requests written
 * for this test).
 */
class UnsureArchetypeQuestionsTest {

    @Test
    void aCardTerminalThatTakesPaymentAtTheCounterIsAskedAboutQuotingTheIntegration() {
        ConsultationRequest hire = ConsultationRequest.builder("BoatHire", "A lakeside boat hire with 30 rowing boats. Visitors pay at the "
                        + "kiosk; the system keeps which boat is out and when it must be back.")
                .capabilities("boat hire log", "return times").integration("Card terminal", "takes payment at the counter").build();
        List<OpenQuestion> questions = UnsureArchetypeQuestions.of(hire, hire.capabilities());
        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("oq-payments-ledger-role");
            assertThat(q.whyItMatters()).contains("integration 'Card terminal: takes payment at the counter' says 'payment'");
            assertThat(q.recommended()).startsWith("No:");
            assertThat(q.options()).anySatisfy(o -> assertThat(o).startsWith("Yes: design payments and ledger"));
        });
    }

    @Test
    void aRequestThatTakesCardsOnlineItselfIsNotAsked() {
        ConsultationRequest hire = ConsultationRequest.builder("BoatHire", "Visitors book a boat online and pay by card through Stripe; "
                + "refunds when the lake closes for weather.").capabilities("boat bookings", "card payments").integration("Stripe", "card payments").build();
        assertThat(UnsureArchetypeQuestions.of(hire, hire.capabilities())).isEmpty();
    }
}
