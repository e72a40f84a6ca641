package dev.architect.exceptions;

/**
 * A dossier element breaks one of its invariants (a duplicate id, an ADR with fewer than two options, a likelihood
 * outside 1-5, ...). The message names the element, e.g. {@code decision 'adr-0003': chosen option 'Redis' is not
 * among its options [Memcached, No cache]}.
 */
public final class InvalidDossierException extends ArchitectException {

    /**
     * An invariant broken, described in the message.
     *
     * @param message the offending element and what is wrong with it
     */
    public InvalidDossierException(String message) {
        super(message);
    }

    /**
     * An invariant broken, found while handling another failure (such as reading a dossier file).
     *
     * @param message the offending element and what is wrong with it
     * @param cause the underlying failure
     */
    public InvalidDossierException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
