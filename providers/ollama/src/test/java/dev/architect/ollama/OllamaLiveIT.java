package dev.architect.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.testing.LiveConsultation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Against a live Ollama server; runs in {@code mvn verify} only when OLLAMA_BASE_URL is set (model: OLLAMA_MODEL). */
@EnabledIfEnvironmentVariable(named = "OLLAMA_BASE_URL", matches = ".+")
class OllamaLiveIT {

    @Test
    void aLiveConsultationProducesAValidGroundedDossier() {
        Consultation dossier = LiveConsultation.runAndCheck("ollama");

        assertThat(dossier.metadata().provider()).isEqualTo("ollama");
    }
}
