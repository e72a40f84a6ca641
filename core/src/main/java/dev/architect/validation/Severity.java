package dev.architect.validation;

/** How bad a violation is: an ERROR makes the dossier unusable as it stands; a WARNING deserves a look. */
public enum Severity {
    /** The dossier is wrong as it stands: a reference to something that does not exist, say. */
    ERROR,
    /** Worth a reviewer's look, but the dossier is usable. */
    WARNING
}
