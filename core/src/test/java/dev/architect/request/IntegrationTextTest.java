package dev.architect.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The one text an integration's words are looked for in: its name and its purpose. */
class IntegrationTextTest {

    @Test
    void theNameAndThePurposeAreOneTextAndAMissingPurposeAddsNoWords() {
        assertThat(new Integration("Stripe", "card payments").nameAndPurpose()).isEqualTo("Stripe card payments");
        assertThat(new Integration("Stripe", null).nameAndPurpose()).isEqualTo("Stripe ");
    }

    @Test
    void theTextIsNotAFieldOfTheRequestWhenWritten() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new Integration("Stripe", "card payments"));

        assertThat(json).isEqualTo("{\"name\":\"Stripe\",\"purpose\":\"card payments\"}");
    }
}
