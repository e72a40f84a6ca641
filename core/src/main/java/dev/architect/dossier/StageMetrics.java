package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * What one stage of a consultation cost: attempts (1 plus repairs and retries), wall time, tokens, and the characters
 * of every message it sent ({@code inputCharacters}; null where nothing was sent to a model, e.g. offline).
 */
public record StageMetrics(String stage, int attempts, long durationMillis, long inputTokens, long outputTokens,
                           Long inputCharacters) {

    /** Metrics of a stage that sent no messages to a model. */
    public StageMetrics(String stage, int attempts, long durationMillis, long inputTokens, long outputTokens) {
        this(stage, attempts, durationMillis, inputTokens, outputTokens, null);
    }

    public StageMetrics {
        String where = "stage '" + Invariants.text("stage metrics", "stage", stage) + "'";
        Invariants.check(attempts >= 0, where, "attempts must be >= 0");
        Invariants.check(durationMillis >= 0 && inputTokens >= 0 && outputTokens >= 0, where,
                "duration and token counts must be >= 0");
        Invariants.check(inputCharacters == null || inputCharacters >= 0, where, "inputCharacters must be >= 0");
    }
}
