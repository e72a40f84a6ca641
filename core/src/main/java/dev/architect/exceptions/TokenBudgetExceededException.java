package dev.architect.exceptions;

/** A consultation used more model tokens than its budget allowed; every stage still running was stopped. */
public final class TokenBudgetExceededException extends ArchitectException {

    /** The token budget the consultation was given. */
    private final long budget;
    /** The tokens used when the budget was found exceeded. */
    private final long used;

    /**
     * A consultation stopped for exceeding its token budget.
     *
     * @param budget the token budget the consultation was given
     * @param used the tokens used, more than {@code budget}
     */
    public TokenBudgetExceededException(long budget, long used) {
        super("token budget of " + budget + " exceeded: " + used + " tokens used; the consultation was stopped");
        this.budget = budget;
        this.used = used;
    }

    /**
     * The token budget the consultation was given.
     *
     * @return the budget, in tokens
     */
    public long budget() {
        return budget;
    }

    /**
     * The tokens used when the consultation was stopped.
     *
     * @return the tokens used so far
     */
    public long used() {
        return used;
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
