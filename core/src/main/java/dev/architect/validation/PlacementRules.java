package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Estimate;
import dev.architect.dossier.Risk;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Placement follows the deployment's sites ({@code placement.yaml}): a system the organisation hosts in one data centre of
 * its own has no cloud zones and no second region, so its availability decision, the instances the cost and capacity plan
 * size, its recovery strategy and its risks place nothing in them.
 */
final class PlacementRules {

    private static final String RESOURCE = "/dev/architect/validation/placement.yaml";

    /** The file's layout: the words that place parts in zones or in another region, by what they claim. */
    record Placement(Map<String, List<String>> oneSiteClaims) {
        Placement {
            oneSiteClaims = oneSiteClaims == null ? Map.of() : Map.copyOf(oneSiteClaims);
        }
    }

    private static final class Holder {
        static final Placement STANDARD = ValidatorData.read(RESOURCE, Placement.class, "placement vocabulary");
    }

    private PlacementRules() {
    }

    static void check(Consultation c, ConsultationRequest request, List<Violation> out) {
        if (request == null || request.deployment() == null || request.deployment().cloud() != Cloud.ON_PREMISES) {
            return;
        }
        List<String> regions = request.deployment().regions() == null ? List.of() : request.deployment().regions();
        if (regions.size() > 1) {
            return;
        }
        String site = regions.isEmpty() ? "one data centre" : "one data centre (" + regions.get(0) + ")";
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (d.isInForce() && d.topic() == DecisionTopic.AVAILABILITY) {
                claim("decisions[" + i + "].chosenOption", "decision '" + d.id() + "' chooses", d.chosenOption() + " " + d.title() + " "
                        + d.chosen().summary(), site, out);
            }
        }
        for (int i = 0; i < c.cost().items().size(); i++) {
            var item = c.cost().items().get(i);
            claim("cost.items[" + i + "].assumption", "cost item '" + item.id() + "' sizes", item.assumption(), site, out);
        }
        for (int i = 0; i < c.capacity().estimates().size(); i++) {
            Estimate e = c.capacity().estimates().get(i);
            claim("capacity.estimates[" + i + "].basis", "capacity estimate '" + e.id() + "' sizes", e.basis(), site, out);
        }
        if (c.operations().backupAndRecovery() != null) {
            claim("operations.backupAndRecovery.strategy", "the recovery strategy relies on", c.operations().backupAndRecovery().strategy(), site, out);
        }
        for (int i = 0; i < c.risks().size(); i++) {
            Risk r = c.risks().get(i);
            claim("risks[" + i + "]", "risk '" + r.id() + "' relies on", r.description() + " " + r.mitigation(), site, out);
        }
    }

    private static void claim(String path, String who, String text, String site, List<Violation> out) {
        if (text == null) {
            return;
        }
        for (Map.Entry<String, List<String>> claim : new java.util.TreeMap<>(Holder.STANDARD.oneSiteClaims()).entrySet()) {
            Optional<String> found = Words.firstIn(text, claim.getValue());
            if (found.isPresent()) {
                out.add(new Violation(Severity.ERROR, path, DossierValidator.Rule.PLACEMENT_SITES.id(), who + " " + claim.getKey() + " ('"
                        + found.get() + "') but the system is hosted on premises in " + site + ", which has none: its redundancy is hosts "
                        + "and racks there, and a second site is a trade-off to state, not a place to run"));
                return;
            }
        }
    }
}
