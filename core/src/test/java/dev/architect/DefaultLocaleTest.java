package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.StageMetrics;
import dev.architect.event.Stage;
import dev.architect.request.ConsultationRequest;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Consultations under default locales that change case rules (Turkish: "design".toUpperCase() is "DESİGN") and
 * number formats (German decimal comma). Every stage name and figure must read the same as under the root locale.
 */
class DefaultLocaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void aModelConsultationRunsEveryStageUnderTheDefaultLocale(String tag) {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            Consultation dossier = Architect.builder().chatModel(ScriptedModel.valid()).build().consult(Requests.shopFast());

            assertThat(dossier.metadata().stages()).extracting(StageMetrics::stage)
                    .contains(Stage.DESIGN.id(), Stage.DECISIONS.id(), Stage.PLAN.id());
            assertThat(dossier.decisions()).isNotEmpty();
        } finally {
            Locale.setDefault(previous);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void anOfflineDossierIsByteIdenticalToTheOneUnderTheRootLocale(String tag) {
        ConsultationRequest request = Requests.shopFast();
        String reference = inLocale(Locale.ROOT, request);

        assertThat(inLocale(Locale.forLanguageTag(tag), request)).isEqualTo(reference);
    }

    private static String inLocale(Locale locale, ConsultationRequest request) {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return DossierJson.write(Architect.builder().build().consult(request));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
