package dev.architect.deliverables;

import dev.architect.deliverables.document.DeliverableException;

/**
 * The output folder was refused or could not be written: it is not empty, holds something other than a previous
 * dossier, is a place a user lives in (the working directory, a parent of it, the home directory, a root), or the
 * system refused a write (the message gives its reason). Nothing in the folder was changed.
 */
public final class OutputFolderException extends DeliverableException {

    /**
     * @param message the folder and, in plain words, why it was refused
     */
    public OutputFolderException(String message) {
        super(message);
    }

    /**
     * @param message the folder and, in plain words, why it was refused
     * @param cause   the file-system failure
     */
    public OutputFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
