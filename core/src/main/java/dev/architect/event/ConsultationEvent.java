package dev.architect.event;

import java.time.Duration;
import java.util.List;

/**
 * Something that happened during a consultation, delivered to a {@link ConsultationListener}. Every event names
 * the consultation it belongs to, so one listener can follow many concurrent consultations.
 */
public sealed interface ConsultationEvent {

    /**
     * Identifies one consultation (or session) among concurrent ones.
     *
     * @return a random id, the same for every event of one consultation
     */
    String consultationId();

    /** A stage sent its first request to the model. */
    record StageStarted(String consultationId, Stage stage) implements ConsultationEvent {
    }

    /**
     * A stage produced an accepted reply. {@code attempts} counts every model call it made; tokens are the provider's
     * counts and {@code inputCharacters} the characters of every message the stage sent, over all its attempts.
     */
    record StageCompleted(String consultationId, Stage stage, int attempts, Duration duration, long inputTokens,
                          long outputTokens, long inputCharacters) implements ConsultationEvent {

        /**
         * A completion whose characters were not counted.
         *
         * @param consultationId the consultation
         * @param stage          the stage that completed
         * @param attempts       model calls it made
         * @param duration       its wall time
         * @param inputTokens    input tokens, as the provider counted them
         * @param outputTokens   output tokens, as the provider counted them
         */
        public StageCompleted(String consultationId, Stage stage, int attempts, Duration duration, long inputTokens,
                              long outputTokens) {
            this(consultationId, stage, attempts, duration, inputTokens, outputTokens, 0);
        }
    }

    /**
     * A stage calls the model again: to repair a reply (with the exact {@code problems} sent back) or after a
     * retriable provider fault (the fault's message as the only problem, and the delay before the retry).
     */
    record StageRetried(String consultationId, Stage stage, int attempt, Reason reason, List<String> problems,
                        Duration delay) implements ConsultationEvent {

        /**
         * Copies the problems.
         *
         * @param consultationId the consultation
         * @param stage          the stage that calls again
         * @param attempt        the number of the coming call, from 2
         * @param reason         why it calls again
         * @param problems       what was wrong with the reply, or the fault's message
         * @param delay          the wait before the call; zero for a repair
         */
        public StageRetried {
            problems = List.copyOf(problems);
        }

        /** Why a stage calls the model again. */
        public enum Reason {
            /** The reply broke its schema or the dossier's rules; the problems go back for repair. */
            INVALID_REPLY,
            /** The provider failed in a way worth retrying (rate limit, timeout, 5xx). */
            PROVIDER_FAULT
        }
    }

    /** Something in the dossier deserves a look (a validator warning, an unpriced item, an assumption made). */
    record Warning(String consultationId, Stage stage, String message) implements ConsultationEvent {
    }

    /** The dossier is complete. */
    record ConsultationCompleted(String consultationId, Duration duration, long inputTokens, long outputTokens,
                                 int modelCalls) implements ConsultationEvent {
    }
}
