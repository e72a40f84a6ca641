package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * How the dossier was made: by which provider and model, with which persona version, at what cost in tokens and
 * time, stage by stage, and any warnings raised on the way.
 */
public record Metadata(String provider, String model, String personaVersion, long inputTokens, long outputTokens,
                       long durationMillis, List<StageMetrics> stages, List<String> warnings) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
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
