package dev.architect.validation;

/** How bad a violation is: an ERROR makes the dossier unusable as it stands; a WARNING deserves a look. */
public enum Severity { ERROR, WARNING }
