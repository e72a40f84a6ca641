package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.testing.LiveConsultation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Against the live OpenAI API (or OPENAI_BASE_URL); runs in {@code mvn verify} only when OPENAI_API_KEY is set. */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
class OpenAiLiveIT {

    @Test
    void aLiveConsultationProducesAValidGroundedDossier() {
        Consultation dossier = LiveConsultation.runAndCheck("openai");

        assertThat(dossier.metadata().provider()).isEqualTo("open_ai");
    }
}
