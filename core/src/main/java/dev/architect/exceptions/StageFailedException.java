package dev.architect.exceptions;

import dev.architect.event.Stage;
import java.util.List;

/**
 * A consultation stage got no acceptable reply: after the first answer and every repair the model was allowed,
 * its reply still broke the schema, a record invariant or a cross-reference rule. Carries the stage, the number
 * of model calls it made, every raw reply in order (for diagnosis) and the problems of the last one.
 */
public final class StageFailedException extends ArchitectException {

    /** The stage that failed. */
    private final Stage stage;
    /** Model calls the stage made. */
    private final int attempts;
    /** Every reply the model gave, first to last. */
    private final List<String> rawReplies;
    /** What was wrong with the last reply. */
    private final List<String> problems;

    /**
     * A stage that got no acceptable reply.
     *
     * @param stage the stage that failed
     * @param attempts model calls the stage made, including repairs and retries
     * @param rawReplies every reply, first to last, exactly as received
     * @param problems what was wrong with the last reply, one problem an entry
     */
    public StageFailedException(Stage stage, int attempts, List<String> rawReplies, List<String> problems) {
        super("stage '" + stage.id() + "' failed after " + attempts + " attempt(s); last reply's problems:\n  - "
                + String.join("\n  - ", problems));
        this.stage = stage;
        this.attempts = attempts;
        this.rawReplies = List.copyOf(rawReplies);
        this.problems = List.copyOf(problems);
    }

    /**
     * The stage that failed.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * Model calls the stage made, including repairs and retries.
     *
     * @return the number of model calls
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Every reply the model gave this stage, first to last, exactly as received.
     *
     * @return the raw replies
     */
    public List<String> rawReplies() {
        return rawReplies;
    }

    /**
     * What was wrong with the last reply, one problem an entry.
     *
     * @return the problems of the last reply
     */
    public List<String> problems() {
        return problems;
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
