package dev.architect.exceptions;

/**
 * A dossier element breaks one of its invariants (a duplicate id, an ADR with fewer than two options, a likelihood
 * outside 1-5, ...). The message names the element, e.g. {@code decision 'adr-0003': chosen option 'Redis' is not
 * among its options [Memcached, No cache]}.
 */
public final class InvalidDossierException extends ArchitectException {

    public InvalidDossierException(String message) {
        super(message);
    }

    public InvalidDossierException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
