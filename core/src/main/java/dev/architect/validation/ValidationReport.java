package dev.architect.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of validating a dossier: every violation, errors first. */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = violations.stream()
                .sorted(java.util.Comparator.comparing(Violation::severity)).toList();
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /** One violation a line, ready to show a person or send back to a model for repair. */
    public String describe() {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
