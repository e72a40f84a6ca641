package dev.architect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.request.CapabilityLoad;
import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/** A capability's stated load is part of the capabilities field: changing it moves that driver on a re-consultation. */
class StatedLoadMovesCapabilitiesTest {

    private static ConsultationRequest store(double catalogShare) {
        return ConsultationRequest.builder("Larder", "Online grocery store with same-day delivery slots in one country.")
                .capabilities("cart", "orders").capability(CapabilityLoad.share("catalog", catalogShare)).build();
    }

    @Test
    void aChangedShareMovesTheCapabilitiesDriverAndShowsBothEntries() {
        ConsultationRequest before = store(0.5);
        Consultation previous = Architect.builder().build().consult(before);

        Reconsultation r = Reconsultation.of(previous, before, store(0.9));

        assertThat(r.moved()).extracting(MovedDriver::driver).containsExactly(RequestDriver.CAPABILITIES);
        assertThat(r.moved().get(0).line()).contains("{\"name\":\"catalog\",\"share\":0.5}").contains("{\"name\":\"catalog\",\"share\":0.9}");
        assertThat(Reconsultation.of(previous, before, store(0.5)).moved()).isEmpty();
    }
}
