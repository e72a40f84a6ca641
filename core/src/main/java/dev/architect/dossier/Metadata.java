package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * How the dossier was made: by which provider and model, with which persona version, at what cost in tokens and
 * time, stage by stage, and any warnings raised on the way.
 *
 * @param provider the provider name, e.g. {@code offline} or {@code openai}
 * @param model the model name; may be null for the offline architect
 * @param personaVersion the version of the architect persona used
 * @param inputTokens model input tokens spent, over all stages
 * @param outputTokens model output tokens spent, over all stages
 * @param durationMillis wall time of the whole consultation, in milliseconds
 * @param stages what each stage cost
 * @param warnings warnings raised while making the dossier
 */
public record Metadata(String provider, String model, String personaVersion, long inputTokens, long outputTokens,
                       long durationMillis, List<StageMetrics> stages, List<String> warnings) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param provider the provider name, e.g. {@code offline} or {@code openai}
     * @param model the model name; may be null for the offline architect
     * @param personaVersion the version of the architect persona used
     * @param inputTokens model input tokens spent, over all stages
     * @param outputTokens model output tokens spent, over all stages
     * @param durationMillis wall time of the whole consultation, in milliseconds
     * @param stages what each stage cost
     * @param warnings warnings raised while making the dossier
     */
    public Metadata {
        String where = "metadata";
        Invariants.text(where, "provider", provider);
        Invariants.check(inputTokens >= 0 && outputTokens >= 0 && durationMillis >= 0, where,
                "token counts and duration must be >= 0");
        stages = Invariants.list(where, "stages", stages);
        warnings = Invariants.list(where, "warnings", warnings);
    }

    /**
     * Input plus output tokens spent on the consultation.
     *
     * @return the total token count
     */
    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
