package dev.architect.deliverables.document;

import dev.architect.exceptions.ArchitectException;

/**
 * A dossier could not be turned into files: it breaks a cross-reference rule, two deliverables would share a file
 * name, a diagram failed to render, or the output folder could not be written. The message names the file or the
 * dossier element concerned. {@link dev.architect.deliverables.OutputFolderException}, a subclass, says the output folder was the problem.
 */
public class DeliverableException extends ArchitectException {

    /**
     * @param message what could not be written and why, naming the file or element
     */
    public DeliverableException(String message) {
        super(message);
    }

    /**
     * @param message what could not be written and why, naming the file or element
     * @param cause   the underlying failure
     */
    public DeliverableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
