package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.MessageKind;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The asynchronous work the design adds beyond the request's own words: each worker a recognised archetype places (the
 * alert evaluator, the payout reconciler) and each capability shape whose flow hands work to a consumer through the
 * broker. The messaging decision, the figures and the risks count these as flows, as the request's integrations are.
 */
final class AsyncWork {

    private AsyncWork() {
    }

    /** The names of that work, one per worker or shaped mechanism, in the order the design places them. */
    static List<String> of(ConsultationRequest request, Workload w, Catalogue catalogue, List<Recognised> archetypes) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> claimed = new java.util.HashSet<>();
        for (Recognised r : archetypes) {
            claimed.addAll(r.capabilities());
            List<String> own = ownWorkers(request, r);
            out.addAll(own);
            // An outbox's events are written for someone: with no worker of the mechanism's own to consume them, their
            // consumers are one flow (the relay only carries them, and is not counted)
            if (own.isEmpty() && r.archetype().components().stream().anyMatch(AsyncWork::isRelay)) {
                out.add(r.archetype().name().toLowerCase(Locale.ROOT) + " outbox event consumers");
            }
        }
        Words around = Catalogue.requestContext(request);
        for (String capability : w.capabilities()) {
            boolean open = catalogue.resourceFor(capability, around).map(ResourceShape::flow).orElse(ResourceFlow.OPEN) == ResourceFlow.OPEN;
            if (claimed.contains(capability) || !open) {
                continue;
            }
            CapabilityShapes.standard().design(names(capability), request, null)
                    .filter(s -> s.design().flows().stream().flatMap(f -> f.parsed().stream()).anyMatch(step -> step.kind() == MessageKind.ASYNC))
                    .ifPresent(s -> out.add(s.shape().label())); // one mechanism, one flow, however many capabilities it designs
        }
        return new ArrayList<>(out);
    }

    /**
     * The workers a mechanism adds that are flows of their own, decided ones first: a relay the messaging decision itself
     * adds or removes is how the flows travel, not one more flow; a worker that talks to an integration the request lists
     * (the bank gateway to the bank's EBICS) is that integration's flow, already counted, the channel's own first.
     */
    private static List<String> ownWorkers(ConsultationRequest request, Recognised r) {
        List<Archetype.Component> workers = r.archetype().components().stream()
                .filter(c -> c.kind() == ContainerKind.WORKER && (c.absentWhen() == null || c.absentWhen().topic() != DecisionTopic.MESSAGING))
                .sorted(java.util.Comparator.comparing(c -> c.decidedBy() == null))
                .toList();
        long covered = request.integrations().stream().filter(i -> r.archetype().externals().stream()
                .anyMatch(x -> Words.of(i.nameAndPurpose()).containsAny(x.phrases()))).count();
        return workers.stream().skip(Math.min(covered, workers.size())).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The relay that publishes a mechanism's outbox: the messaging decision adds it or lets the application poll instead. */
    private static boolean isRelay(Archetype.Component c) {
        return c.kind() == ContainerKind.WORKER && c.absentWhen() != null && c.absentWhen().topic() == DecisionTopic.MESSAGING;
    }

    /** A mechanism's own flows, with where the count comes from. */
    record Own(int flows, String source) {
    }

    /**
     * The flows one recognised mechanism owns: each of the request's capabilities it designs (a kind of case is one
     * process with its waits), each worker it adds that no listed integration stands for (the SLA escalation job), and
     * each integration that names one of its capabilities or externals (the ERP the claims go to) or that is
     * asynchronous and tied to nothing else (no other mechanism's external, no other capability named). The ingestion
     * path's capabilities and workers and other mechanisms' consumers and integrations are theirs, not this one's.
     */
    static Own own(ConsultationRequest request, Recognised r, List<Recognised> all, List<String> capabilities) {
        List<String> others = capabilities.stream().filter(c -> !r.capabilities().contains(c)).toList();
        List<String> integrations = request.integrations().stream().filter(i -> {
            Words said = Words.of(i.nameAndPurpose());
            boolean named = said.containsAny(r.capabilities()) || r.archetype().externals().stream().anyMatch(x -> said.containsAny(x.phrases()));
            boolean elsewhere = said.containsAny(others) || all.stream().filter(x -> x != r)
                    .anyMatch(x -> x.archetype().externals().stream().anyMatch(e -> said.containsAny(e.phrases())));
            return named || FactSheet.isAsync(i) && !elsewhere;
        }).map(dev.architect.request.Integration::name).toList();
        List<String> ownWorkers = ownWorkers(request, r);
        int flows = r.capabilities().size() + ownWorkers.size() + integrations.size();
        String source = r.archetype().name().toLowerCase(Locale.ROOT) + ": " + r.capabilities().size() + (r.capabilities().size() == 1 ? " capability" : " capabilities")
                + (r.capabilities().isEmpty() ? "" : " (" + String.join(", ", r.capabilities()) + ")")
                + (ownWorkers.isEmpty() ? "" : ", its " + String.join(", ", ownWorkers))
                + (integrations.isEmpty() ? "" : ", and the integrations " + String.join(", ", integrations));
        return new Own(flows, source);
    }

    /** Names enough to instantiate a shape's flows: only whether one hands work on asynchronously is read. */
    private static CapabilityShapes.ShapeNames names(String capability) {
        String slug = Words.slug(capability);
        return new CapabilityShapes.ShapeNames(capability, slug, slug.replace('-', '_'), "Item", slug, "itemId", capability.toLowerCase(Locale.ROOT));
    }
}
