package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/**
 * A consultation reads the figures its request states in words once: the offline architect passes that reading on, and
 * the workload, asking again for the same (immutable) request, gets the same reading back rather than a second parse.
 */
class StatedFactsReadOnceTest {

    private static ConsultationRequest sensors(String description) {
        return ConsultationRequest.builder("FloodWatch", description).build();
    }

    @Test
    void theSameRequestAskedAgainGetsTheSameReadingBack() {
        ConsultationRequest request = sensors("150,000 sensors report every 30 seconds");
        StatedFacts first = StatedFacts.read(request);

        assertThat(StatedFacts.read(request)).isSameAs(first);
        assertThat(first.writeRate().orElseThrow().value()).isEqualTo(5_000); // 150,000 / 30 s
    }

    @Test
    void anotherRequestIsReadForItselfEvenWhenItsTextIsTheSameAndTheLastReadingIsNotLost() {
        ConsultationRequest one = sensors("150,000 sensors report every 30 seconds");
        ConsultationRequest other = sensors("20,000 meters report every 60 seconds");
        StatedFacts forOne = StatedFacts.read(one);
        StatedFacts forOther = StatedFacts.read(other);

        assertThat(forOther.writeRate().orElseThrow().value()).isEqualTo(333.33); // 20,000 / 60 s, to the cent
        assertThat(forOne.writeRate().orElseThrow().value()).isEqualTo(5_000);
        // an equal request made separately is read for itself (the reading is equal, not shared)
        ConsultationRequest twin = sensors("20,000 meters report every 60 seconds");
        assertThat(StatedFacts.read(twin)).isEqualTo(forOther).isNotSameAs(forOther);
        assertThat(StatedFacts.read(one)).isEqualTo(forOne);
    }
}
