package dev.architect.cli;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.exceptions.InvalidRequestException;

/** Maps failures to the documented exit codes. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int PROVIDER = 3;

    private ExitCodes() {
    }

    static int of(Throwable e) {
        if (e instanceof InvalidRequestException || e instanceof InvalidDossierException || e instanceof UsageException) {
            return USAGE;
        }
        if (e instanceof DeliverableException) {
            return FAILURE; // the dossier was fine; writing its files failed
        }
        if (e instanceof ArchitectException) {
            // Everything else the SDK raises comes from the model or its provider: faults, rejected replies, keys.
            return PROVIDER;
        }
        return FAILURE;
    }

    /** One message for the user; the SDK's messages already name the field, stage or element. */
    static String describe(Throwable e) {
        if (e instanceof ArchitectException || e instanceof UsageException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A command-line mistake found after parsing (an unreadable file, an unknown provider name). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
