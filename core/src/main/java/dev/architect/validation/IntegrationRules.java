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
}
