package dev.architect.deliverables.document;

import dev.architect.exceptions.ArchitectException;

/**
 * A dossier could not be turned into files: it breaks a cross-reference rule, two deliverables would share a file
 * name, a diagram failed to render, or the output folder could not be written. The message names the file or the
 * dossier element concerned.
 */
public final class DeliverableException extends ArchitectException {

    public DeliverableException(String message) {
        super(message);
    }

    public DeliverableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
