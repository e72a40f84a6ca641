/**
 * Every failure the SDK reports: unchecked exceptions under {@link dev.architect.exceptions.ArchitectException}, whose
 * {@code isRetriable()} says whether trying again may help. Bad requests ({@link
 * dev.architect.exceptions.InvalidRequestException} with one {@link dev.architect.exceptions.RequestProblem} per
 * field), dossiers that break an invariant, provider faults, stages that failed after repair, timeouts and token
 * budgets each have their own type. This package depends on nothing else in the SDK but the stage names.
 */
package dev.architect.exceptions;
