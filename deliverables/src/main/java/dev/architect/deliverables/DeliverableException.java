package dev.architect.deliverables;

import dev.architect.ArchitectException;

/**
 * A dossier could not be turned into files: it breaks a cross-reference rule, two deliverables would share a file
 * name, a diagram failed to render, or the output folder could not be written. The message names the file or the
 * dossier element concerned.
 */
public sealed class DeliverableException extends ArchitectException permits SvgUnavailableException {

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
