package dev.architect.exceptions;

/** A consultation used more model tokens than its budget allowed; every stage still running was stopped. */
public final class TokenBudgetExceededException extends ArchitectException {

    private final long budget;
    private final long used;

    public TokenBudgetExceededException(long budget, long used) {
        super("token budget of " + budget + " exceeded: " + used + " tokens used; the consultation was stopped");
        this.budget = budget;
        this.used = used;
    }

    public long budget() {
        return budget;
    }

    public long used() {
        return used;
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
