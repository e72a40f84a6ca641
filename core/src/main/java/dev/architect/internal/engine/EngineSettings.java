package dev.architect.internal.engine;

import dev.architect.consultation.Persona;
import dev.architect.consultation.StructuredOutput;
import dev.architect.event.ConsultationListener;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Everything a {@link ConsultationEngine} runs with, validated once. {@code tokenBudget} 0 means no budget.
 * {@code providerName} is the name the model was chosen by ({@code openai}, {@code ollama}); null for a chat model
 * given directly, whose name is then derived from the model.
 */
public record EngineSettings(ChatModel model, Persona persona, ConsultationListener listener, Executor executor,
                             Grounding grounding, StructuredOutput structuredOutput, int maxRepairs, int maxRetries,
                             Duration initialBackoff, Duration maxBackoff, long tokenBudget, Duration timeout,
                             Sleeper sleeper, String providerName) {

    /** Settings for a chat model given directly, not chosen through a provider. */
    public EngineSettings(ChatModel model, Persona persona, ConsultationListener listener, Executor executor,
                          Grounding grounding, StructuredOutput structuredOutput, int maxRepairs, int maxRetries,
                          Duration initialBackoff, Duration maxBackoff, long tokenBudget, Duration timeout, Sleeper sleeper) {
        this(model, persona, listener, executor, grounding, structuredOutput, maxRepairs, maxRetries, initialBackoff,
                maxBackoff, tokenBudget, timeout, sleeper, null);
    }

    public EngineSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(grounding, "grounding");
        Objects.requireNonNull(structuredOutput, "structuredOutput");
        Objects.requireNonNull(sleeper, "sleeper");
        checkLimits(maxRepairs, maxRetries, initialBackoff, maxBackoff, tokenBudget, timeout);
    }

    /**
     * The checks every setting of the builder passes, with or without a model, so a bad setting fails where it is
     * made and not only once a model is configured.
     *
     * @throws IllegalArgumentException naming the setting
     */
    public static void checkLimits(int maxRepairs, int maxRetries, Duration initialBackoff, Duration maxBackoff,
                                   long tokenBudget, Duration timeout) {
        requireNonNegative("maxRepairs", maxRepairs);
        requireNonNegative("maxRetries", maxRetries);
        requireNonNegative("tokenBudget", tokenBudget);
        requirePositive("backoff initial", initialBackoff);
        requirePositive("backoff max", maxBackoff);
        requirePositive("timeout", timeout);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff max (" + maxBackoff + ") must not be shorter than backoff initial ("
                    + initialBackoff + ")");
        }
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but was " + value);
        }
    }
}
