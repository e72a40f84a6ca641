package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A word that needs context is no context for itself (lane rule 2): "radiograph reading" by a specialist is a person
 * reading, not a stream of readings, however often the request says "reading"; a meter reading still is one.
 */
class ReadingNeedsAnotherWordTest {

    private static Optional<String> resource(String capability, String request) {
        return Catalogue.standard().resourceFor(capability, Words.of(request)).map(ResourceShape::plural);
    }

    @Test
    void aSpecialistsReadingOfImagesIsNoStreamOfReadings() {
        assertThat(resource("radiograph reading", "Radiograph reading is done by two referral specialists, about 40 studies a week."))
                .isNotEqualTo(Optional.of("readings"));
    }

    @Test
    void aMeterReadingOrASensorsReadingIsStillAReading() {
        assertThat(resource("meter reading", "Customers submit a reading each month.")).contains("readings");
        assertThat(resource("temperature reading", "Each freezer has a sensor that sends a value every minute.")).contains("readings");
    }
}
