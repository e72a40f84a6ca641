package dev.architect.exceptions;

import dev.architect.event.Stage;
import java.util.List;

/**
 * A consultation stage got no acceptable reply: after the first answer and every repair the model was allowed,
 * its reply still broke the schema, a record invariant or a cross-reference rule. Carries the stage, the number
 * of model calls it made, every raw reply in order (for diagnosis) and the problems of the last one.
 */
public final class StageFailedException extends ArchitectException {

    private final Stage stage;
    private final int attempts;
    private final List<String> rawReplies;
    private final List<String> problems;

    public StageFailedException(Stage stage, int attempts, List<String> rawReplies, List<String> problems) {
        super("stage '" + stage.id() + "' failed after " + attempts + " attempt(s); last reply's problems:\n  - "
                + String.join("\n  - ", problems));
        this.stage = stage;
        this.attempts = attempts;
        this.rawReplies = List.copyOf(rawReplies);
        this.problems = List.copyOf(problems);
    }

    public Stage stage() {
        return stage;
    }

    /** Model calls the stage made, including repairs and retries. */
    public int attempts() {
        return attempts;
    }

    /** Every reply the model gave this stage, first to last, exactly as received. */
    public List<String> rawReplies() {
        return rawReplies;
    }

    /** What was wrong with the last reply, one problem an entry. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
