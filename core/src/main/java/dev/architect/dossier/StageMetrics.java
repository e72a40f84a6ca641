package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * What one stage of a consultation cost: attempts (1 plus repairs and retries), wall time, tokens, and the characters
 * of every message it sent.
 *
 * @param stage the stage id
 * @param attempts model calls made, 1 plus repairs and retries
 * @param durationMillis wall time of the stage, in milliseconds
 * @param inputTokens model input tokens spent
 * @param outputTokens model output tokens spent
 * @param inputCharacters characters of every message the stage sent; null where nothing was sent to a model, e.g. offline
 */
public record StageMetrics(String stage, int attempts, long durationMillis, long inputTokens, long outputTokens,
                           Long inputCharacters) {

    /**
     * Metrics of a stage that sent no messages to a model.
     *
     * @param stage the stage id
     * @param attempts model calls made, 1 plus repairs and retries
     * @param durationMillis wall time of the stage, in milliseconds
     * @param inputTokens model input tokens spent
     * @param outputTokens model output tokens spent
     */
    public StageMetrics(String stage, int attempts, long durationMillis, long inputTokens, long outputTokens) {
        this(stage, attempts, durationMillis, inputTokens, outputTokens, null);
    }

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param stage the stage id
     * @param attempts model calls made, 1 plus repairs and retries
     * @param durationMillis wall time of the stage, in milliseconds
     * @param inputTokens model input tokens spent
     * @param outputTokens model output tokens spent
     * @param inputCharacters characters of every message the stage sent, or null
     */
    public StageMetrics {
        String where = "stage '" + Invariants.text("stage metrics", "stage", stage) + "'";
        Invariants.check(attempts >= 0, where, "attempts must be >= 0");
        Invariants.check(durationMillis >= 0 && inputTokens >= 0 && outputTokens >= 0, where,
                "duration and token counts must be >= 0");
        Invariants.check(inputCharacters == null || inputCharacters >= 0, where, "inputCharacters must be >= 0");
    }
}
