package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.request.ConsultationRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record done again is designed as its correction only where the request says the first was wrong: a flight moved after
 * a cancellation, or a clinic appointment moved after the doctor falls ill, is a new booking, not a correction of one issued;
 * an exam paper graded wrong and regraded is a correction, with the reading in its evidence.
 */
class RedoSenseTest {

    private static Optional<CapabilityShapes.ShapedCapability> design(String capability, ConsultationRequest request) {
        CapabilityShapes.ShapeNames names = new CapabilityShapes.ShapeNames(capability, "redo", "redo", "Redo", "redos", "redoId", capability);
        return RecordRedos.design(names, request, request.capabilities());
    }

    @Test
    void aBookingMovedBecauseItsFlightWasCancelledIsNoCorrection() {
        ConsultationRequest airline = ConsultationRequest.builder("Skyhop", "A regional airline sells seats online. When a flight is "
                        + "cancelled, every passenger is moved to the next flight with free seats.")
                .capabilities("seat bookings", "disruption rebooking").build();
        assertThat(design("disruption rebooking", airline)).isEmpty();
        ConsultationRequest clinic = ConsultationRequest.builder("Medi", "Patients book appointments. Appointment rebooking happens "
                + "when the doctor is ill.").capabilities("appointment booking", "appointment rebooking").build();
        assertThat(design("appointment rebooking", clinic)).isEmpty(); // the word alone: no sense selected, nothing designed
    }

    @Test
    void aPaperMarkedWrongAndMarkedAgainIsACorrectionSayingWhy() {
        ConsultationRequest exams = ConsultationRequest.builder("Marks", "An exam board grades 2 million papers. A paper graded wrong "
                + "gets a regrade after an appeal, and the new grade supersedes the old.").capabilities("paper grading", "regrading").build();
        assertThat(design("regrading", exams)).hasValueSatisfying(d -> {
            assertThat(d.shape().id()).isEqualTo(RecordRedos.CORRECTION);
            assertThat(d.evidence().means()).contains("a correction of a record issued wrong").contains("'wrong'");
        });
    }
}
