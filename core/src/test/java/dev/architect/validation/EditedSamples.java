package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.function.Consumer;

/** The validator's rule tests break the sample dossier by one edit of its JSON and read what one rule finds. */
final class EditedSamples {

    private EditedSamples() {
    }

    /** The ShopFast sample dossier with one edit of its JSON tree. */
    static Consultation sampleWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = DossierJson.mapper().valueToTree(SampleDossiers.shopFast());
        edit.accept(tree);
        return DossierJson.bind(tree, Consultation.class);
    }

    /** What one rule finds in a dossier, at any severity; with a request, the rules that read it run too. */
    static List<Violation> found(Consultation c, ConsultationRequest request, DossierValidator.Rule rule) {
        ValidationReport report = request == null ? DossierValidator.validate(c) : DossierValidator.validate(c, request);
        return report.violations().stream().filter(v -> v.rule().equals(rule.id())).toList();
    }

    /** What one rule finds in a dossier; each finding must be an error. */
    static List<Violation> broken(Consultation c, DossierValidator.Rule rule) {
        return broken(c, null, rule);
    }

    /** What one rule finds in a dossier checked against its request; each finding must be an error. */
    static List<Violation> broken(Consultation c, ConsultationRequest request, DossierValidator.Rule rule) {
        List<Violation> found = found(c, request, rule);
        found.forEach(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        return found;
    }
}
