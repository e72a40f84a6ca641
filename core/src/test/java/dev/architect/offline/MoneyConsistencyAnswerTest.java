package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ConsultationRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer to "must money movements be strongly consistent?" changes how the ledger is kept. */
class MoneyConsistencyAnswerTest {

    private static final ConsultationRequest MARKETPLACE = ConsultationRequest.builder("Crafty",
                    "A marketplace where makers sell handmade goods; buyers pay by card and makers get weekly payouts")
            .capabilities("listings", "orders", "payments", "payouts")
            .integration("Stripe", "card payments and payouts to makers").build();

    private static Decision ledger(ConsultationRequest r) {
        Consultation c = OfflineArchitect.create().consult(r);
        return c.decision(DecisionTopic.LEDGER).orElseThrow();
    }

    private static ConsultationRequest answered(String answerStartingWith) {
        ClarifyingQuestion q = OfflineQuestions.ask(MARKETPLACE).stream().filter(x -> x.id().equals("oq-money-consistency")).findFirst().orElseThrow();
        String answer = q.options().stream().filter(o -> o.startsWith(answerStartingWith)).findFirst().orElseThrow();
        return OfflineQuestions.apply(MARKETPLACE, Map.of(q.id(), answer));
    }

    @Test
    void strongAndEventualAnswersGiveDifferentLedgers() {
        Decision strong = ledger(answered("Strongly"));
        Decision eventual = ledger(answered("Eventually"));

        assertThat(strong.chosenOption()).contains("serializable").contains("idempotency keys");
        assertThat(strong.options().get(0).summary()).contains("confirmed only once it is posted");
        assertThat(eventual.chosenOption()).contains("Outbox events").contains("reconciliation");
        assertThat(eventual.drivers()).anyMatch(d -> d.startsWith("consistency of money movements eventual") && d.contains("eventually consistent"));
    }

    @Test
    void unansweredTheStrongLedgerIsAssumedAndTheQuestionStaysOpen() {
        Consultation c = OfflineArchitect.create().consult(MARKETPLACE);
        Decision ledger = c.decision(DecisionTopic.LEDGER).orElseThrow();
        assertThat(ledger.chosenOption()).isEqualTo(ledger(answered("Strongly")).chosenOption());
        assertThat(ledger.drivers()).anyMatch(d -> d.startsWith("consistency of money movements strong (assumed"));
        assertThat(c.requirements().openQuestions()).anyMatch(q -> q.id().equals("oq-money-consistency"));
    }
}
