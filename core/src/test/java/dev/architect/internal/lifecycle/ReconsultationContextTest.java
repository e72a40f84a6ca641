package dev.architect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which request fields moved between two requests, and which previous decisions that leaves pinned. */
class ReconsultationContextTest {

    private static ConsultationRequest store(Load load, ComplianceRegime... compliance) {
        return ConsultationRequest.builder("Larder", "Online grocery store with same-day delivery slots in one country.")
                .capabilities("catalog", "cart", "orders", "payments").load(load).compliance(compliance).build();
    }

    private static final ConsultationRequest BEFORE = store(new Load(1500.0, 15.0, 800_000L, null), ComplianceRegime.GDPR);
    private static final Consultation PREVIOUS = Architect.builder().build().consult(BEFORE);

    @Test
    void onlyTheLoadMovedSoDecisionsTheLoadDrivesAreOpenAndTheRestPinned() {
        Reconsultation r = Reconsultation.of(PREVIOUS, BEFORE, store(new Load(15000.0, 15.0, 8_000_000L, null), ComplianceRegime.GDPR));

        assertThat(r.moved()).extracting(MovedDriver::driver).containsExactly(RequestDriver.LOAD);
        assertThat(r.moved().get(0).line()).startsWith("load: {\"peakRequestsPerSecond\":1500.0").contains("-> {\"peakRequestsPerSecond\":15000.0");
        for (Decision d : PREVIOUS.decisions()) {
            assertThat(r.isPinned(d)).as(d.id() + " " + d.topic()).isEqualTo(!Reconsultation.driversOf(d.topic()).contains(RequestDriver.LOAD));
        }
        // Identity is priced per monthly user before it is chosen, so the load (its monthly users) frees it too.
        assertThat(r.pinned().values()).extracting(Decision::topic).contains(DecisionTopic.API_STYLE)
                .doesNotContain(DecisionTopic.DATASTORE, DecisionTopic.CACHING, DecisionTopic.SECURITY);
    }

    @Test
    void theSameRequestPinsEveryDecisionInForceAndWithoutThePreviousRequestNoneIsPinned() {
        Reconsultation same = Reconsultation.of(PREVIOUS, BEFORE, BEFORE);
        Reconsultation unknown = Reconsultation.of(PREVIOUS, null, BEFORE);

        assertThat(same.moved()).isEmpty();
        assertThat(same.pinned().values()).containsExactlyElementsOf(PREVIOUS.decisions().stream().filter(Decision::isInForce).toList());
        assertThat(unknown.driversKnown()).isFalse();
        assertThat(unknown.pinned()).isEmpty();
    }

    @Test
    void aTopicTheDataFileDoesNotListIsDrivenByEveryField() {
        assertThat(Reconsultation.driversOf(DecisionTopic.OTHER)).containsExactlyInAnyOrder(RequestDriver.values());
        assertThat(Reconsultation.driversOf(DecisionTopic.COMPLIANCE)).contains(RequestDriver.COMPLIANCE)
                .doesNotContain(RequestDriver.LOAD);
        assertThat(List.of(DecisionTopic.values())).filteredOn(t -> t != DecisionTopic.OTHER)
                .allSatisfy(t -> assertThat(Reconsultation.driversOf(t)).as(t.name()).hasSizeLessThan(RequestDriver.values().length));
    }
}
