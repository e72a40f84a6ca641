package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Entity;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store is read and written by its owner only: a database whose description says one container owns it (words in
 * {@link Vocabulary.Datastore#soleOwner()}) is the target of flow steps from one container alone, with its components. The
 * owner is the container among those that owns the most entities of the data model; a step from any other container is
 * an error, because it makes the store shared behind the text's back, unless that container's description declares it a
 * process of the owner ("a process of the Payments service": a relay deployed with it). A database that makes no such
 * claim is shared by the design's own account, and any container may use it.
 */
final class StoreOwnerRules {

    private StoreOwnerRules() {
    }

    static void check(Consultation c, List<Violation> out) {
        List<String> claims = Vocabulary.standard().datastore().soleOwner();
        List<String> processOf = Vocabulary.standard().datastore().processOf();
        Map<String, Container> byId = new HashMap<>();
        c.c4().containers().forEach(x -> byId.put(x.id(), x));
        Map<String, String> containerOf = new HashMap<>();
        c.c4().containers().forEach(x -> containerOf.put(x.id(), x.id()));
        c.c4().components().forEach(x -> containerOf.put(x.id(), x.containerId()));
        Map<String, Long> entities = new HashMap<>();
        c.dataModel().entities().stream().map(Entity::ownerContainerId).forEach(o -> entities.merge(o, 1L, Long::sum));
        for (Container store : c.c4().containers()) {
            if (store.kind() != ContainerKind.DATABASE || store.description() == null) {
                continue;
            }
            Optional<String> claim = Words.firstIn(store.description(), claims);
            if (claim.isEmpty()) {
                continue;
            }
            // Who reads or writes it, in the order the flows first do
            List<String> users = new ArrayList<>();
            forEachStep(c, store.id(), containerOf, (i, j, from) -> {
                if (!users.contains(from)) {
                    users.add(from);
                }
            });
            if (users.size() < 2) {
                continue;
            }
            String owner = users.stream().max(java.util.Comparator.comparingLong((String u) -> entities.getOrDefault(u, 0L))
                    .thenComparing(u -> -users.indexOf(u))).orElseThrow();
            String ownerName = byId.get(owner).name();
            forEachStep(c, store.id(), containerOf, (i, j, from) -> {
                String said = byId.get(from).description() == null ? "" : byId.get(from).description();
                if (!from.equals(owner) && processOf.stream().noneMatch(p -> Words.contains(said, p + " " + ownerName))) {
                    SequenceDiagram s = c.sequences().get(i);
                    out.add(new Violation(Severity.ERROR, "sequences[" + i + "].steps[" + j + "]", DossierValidator.Rule.STORE_OWNER.id(),
                            "flow '" + s.id() + "' has '" + from + "' read or write '" + store.id() + "', which says '" + claim.get()
                                    + "' of its owner '" + owner + "': go through " + owner + "'s API or events, give " + from
                                    + " a store of its own, or declare the store shared"));
                }
            });
        }
    }

    private interface StepVisitor {
        void visit(int sequence, int step, String fromContainer);
    }

    /** Every call or message to the store from a container of the design (a component counts as its container). */
    private static void forEachStep(Consultation c, String store, Map<String, String> containerOf, StepVisitor visitor) {
        for (int i = 0; i < c.sequences().size(); i++) {
            List<SequenceStep> steps = c.sequences().get(i).steps();
            for (int j = 0; j < steps.size(); j++) {
                SequenceStep step = steps.get(j);
                String from = containerOf.get(step.from());
                if (step.kind() != MessageKind.REPLY && step.to().equals(store) && from != null && !from.equals(store)) {
                    visitor.visit(i, j, from);
                }
            }
        }
    }
}
