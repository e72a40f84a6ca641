package dev.architect.validation;

import java.util.Objects;

/**
 * One inconsistency found in a dossier.
 *
 * @param severity how bad it is
 * @param path     where it is, as a JSON path into the dossier: {@code decisions[2].relatedElements[0]}
 * @param rule     the rule broken, stable across versions (e.g. {@code unknown-element}), for filtering and tests
 * @param message  what is wrong, naming the elements involved
 */
public record Violation(Severity severity, String path, String rule, String message) {

    /**
     * Rejects a missing component.
     *
     * @param severity how bad it is
     * @param path     where it is, as a JSON path into the dossier: {@code decisions[2].relatedElements[0]}
     * @param rule     the rule broken, stable across versions (e.g. {@code unknown-element}), for filtering and tests
     * @param message  what is wrong, naming the elements involved
     */
    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + path + ": " + message + " [" + rule + "]";
    }
}
