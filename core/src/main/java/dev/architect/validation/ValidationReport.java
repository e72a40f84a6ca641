package dev.architect.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating a dossier: every violation, errors first.
 *
 * @param violations what broke a rule, errors before warnings
 */
public record ValidationReport(List<Violation> violations) {

    /**
     * Sorts the violations, errors first, keeping the order within each severity.
     *
     * @param violations what broke a rule, in any order
     */
    public ValidationReport {
        violations = violations.stream()
                .sorted(java.util.Comparator.comparing(Violation::severity)).toList();
    }

    /**
     * Whether any rule was broken at error severity; warnings alone leave the dossier usable.
     *
     * @return true when there is at least one error
     */
    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    /**
     * The violations of error severity.
     *
     * @return the errors, possibly none
     */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /**
     * The violations of warning severity: what a reviewing architect would question.
     *
     * @return the warnings, possibly none
     */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /**
     * One violation a line, ready to show a person or send back to a model for repair.
     *
     * @return the lines joined, empty when there is no violation
     */
    public String describe() {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
