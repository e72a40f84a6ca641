package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;
import java.util.stream.Stream;

/**
 * The requirements analysis: what the system must do, how well, within which limits, and what was assumed.
 *
 * @param functional what the system must do
 * @param qualityAttributes how well, as measurable scenarios
 * @param constraints limits the design must respect
 * @param assumptions what was taken as given
 * @param openQuestions what the stakeholders still have to answer
 */
public record Requirements(
        List<FunctionalRequirement> functional,
        List<QualityAttribute> qualityAttributes,
        List<String> constraints,
        List<Assumption> assumptions,
        List<OpenQuestion> openQuestions) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param functional what the system must do
     * @param qualityAttributes how well, as measurable scenarios
     * @param constraints limits the design must respect
     * @param assumptions what was taken as given
     * @param openQuestions what the stakeholders still have to answer
     */
    public Requirements {
        String where = "requirements";
        functional = Invariants.list(where, "functional", functional);
        qualityAttributes = Invariants.list(where, "qualityAttributes", qualityAttributes);
        constraints = Invariants.list(where, "constraints", constraints);
        assumptions = Invariants.list(where, "assumptions", assumptions);
        openQuestions = Invariants.list(where, "openQuestions", openQuestions);
        Invariants.unique(where, "requirement id", Stream.of(
                functional.stream().map(FunctionalRequirement::id),
                qualityAttributes.stream().map(QualityAttribute::id),
                assumptions.stream().map(Assumption::id),
                openQuestions.stream().map(OpenQuestion::id)).flatMap(s -> s).toList());
    }
}
