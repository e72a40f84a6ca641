package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every integration the request names is in the C4 model as an external system, wired to the design by at least one
 * relationship: a named vendor or partner system is never dropped or left floating beside the containers. Both are
 * warnings (the offline architect's dossiers may have none).
 */
final class IntegrationRules {

    private IntegrationRules() {
    }

    static void check(Consultation c, ConsultationRequest request, List<Violation> out) {
        if (request == null) {
            return;
        }
        namedInDecisions(c, request, out);
        for (int i = 0; i < request.integrations().size(); i++) {
            Integration integration = request.integrations().get(i);
            String name = integration.name().strip().toLowerCase(Locale.ROOT);
            Optional<SoftwareSystem> system = c.c4().systems().stream().filter(SoftwareSystem::external)
                    .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(name)).findFirst();
            if (system.isEmpty()) {
                // A warning for now: the model path's recorded test replies draw the sample's integrations whatever the request names.
                out.add(new Violation(Severity.WARNING, "c4.systems", DossierValidator.Rule.INTEGRATION_WIRING.id(), "the request's integration '"
                        + integration.name() + "' (integrations[" + i + "]) is not an external system of the C4 model"));
                continue;
            }
            String id = system.get().id();
            List<Relationship> wires = c.c4().relationships().stream().filter(r -> r.sourceId().equals(id) || r.destinationId().equals(id)).toList();
            if (wires.isEmpty()) {
                // A warning: the design stage of a model draws the systems before the components that call them.
                out.add(new Violation(Severity.WARNING, "c4.systems[" + c.c4().systems().indexOf(system.get()) + "]",
                        DossierValidator.Rule.INTEGRATION_WIRING.id(), "the request's integration '" + integration.name()
                                + "' is in the C4 model but no container calls it or is called by it"));
            }
        }
    }

    /**
     * A decision on a job an integration of the request does ("Algolia: restaurant search" for the search engine) names
     * that integration: as its chosen option, or in a rationale that says why not. Otherwise the request's vendor was
     * replaced silently by the catalogue's.
     */
    private static void namedInDecisions(Consultation c, ConsultationRequest request, List<Violation> out) {
        Vocabulary words = Vocabulary.standard();
        for (int i = 0; i < request.integrations().size(); i++) {
            Integration integration = request.integrations().get(i);
            String said = integration.nameAndPurpose();
            for (int j = 0; j < c.decisions().size(); j++) {
                dev.architect.dossier.Decision d = c.decisions().get(j);
                List<String> jobWords = words.integrationTopics().getOrDefault(d.topic(), List.of());
                if (!d.isInForce() || Words.firstIn(said, jobWords).isEmpty()) {
                    continue;
                }
                // Chosen, or its rationale says why not: an option listed and passed over in silence is not a reason.
                String text = d.chosenOption() + ". " + d.rationale();
                if (!names(text, integration.name(), words.integrationNameNoise())) {
                    out.add(new Violation(Severity.ERROR, "decisions[" + j + "]", DossierValidator.Rule.NAMED_INTEGRATION.id(), "decision '"
                            + d.id() + "' on " + d.topic().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " never names '"
                            + integration.name() + "', which the request integrates for " + integration.purpose()
                            + "; choose it, or say in the rationale why not"));
                }
            }
        }
    }

    /** Whether a text names an integration: its whole name, or a word of it specific enough to identify it. */
    private static boolean names(String text, String name, List<String> noise) {
        if (Words.contains(text, name)) {
            return true;
        }
        for (String word : name.split("[\\s,/()]+")) {
            if (word.length() >= 4 && noise.stream().noneMatch(n -> n.equalsIgnoreCase(word)) && Words.contains(text, word)) {
                return true;
            }
        }
        return false;
    }
}
