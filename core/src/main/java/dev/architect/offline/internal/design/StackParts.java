package dev.architect.offline.internal.design;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Decision;
import dev.architect.dossier.TechCategory;
import dev.architect.dossier.TechChoice;
import dev.architect.offline.internal.catalog.Words;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack lists every product the C4 model runs and the cost prices: a part an archetype adds on a product of its own
 * (a connection table on a key-value store, a media processor on functions, an analytics warehouse) that no decision chose
 * and no stack entry names is listed with what it runs, so a reader of the stack sees every product the design pays for.
 */
final class StackParts {

    /** The stack's area for each kind of part that may be built on a product of its own (a game-server fleet on GKE beside services on Cloud Run). */
    private static final Map<ContainerKind, TechCategory> CATEGORY = new EnumMap<>(Map.of(
            ContainerKind.DATABASE, TechCategory.DATABASE,
            ContainerKind.CACHE, TechCategory.CACHE,
            ContainerKind.MESSAGE_BROKER, TechCategory.MESSAGING,
            ContainerKind.SEARCH_INDEX, TechCategory.SEARCH,
            ContainerKind.OBJECT_STORE, TechCategory.STORAGE,
            ContainerKind.FUNCTION, TechCategory.COMPUTE,
            ContainerKind.WORKER, TechCategory.COMPUTE,
            ContainerKind.SERVICE, TechCategory.COMPUTE));

    private StackParts() {
    }

    static List<TechChoice> listed(List<TechChoice> stack, C4Model c4, List<Decision> decisions) {
        List<TechChoice> out = new ArrayList<>(stack);
        for (Container k : c4.containers()) {
            TechCategory category = CATEGORY.get(k.kind());
            if (category == null || named(k.technology(), out, decisions)) {
                continue;
            }
            Optional<Decision> behind = decisions.stream().filter(d -> d.isInForce() && d.relatedElements().contains(k.id())
                    && d.relatedElements().stream().filter(id -> c4.containers().stream().anyMatch(x -> x.id().equals(id))).count() == 1).findFirst();
            out.add(new TechChoice(category, k.technology(), List.of(), "Runs the " + Names.lowerFirst(k.name())
                    + (k.description() == null || k.description().isBlank() ? "" : ": " + Names.lowerFirst(k.description())),
                    behind.map(Decision::id).orElse(null)));
        }
        return out;
    }

    /** Whether a stack entry or a chosen option names the part's technology, or the technology names one of them, as whole words. */
    private static boolean named(String technology, List<TechChoice> stack, List<Decision> decisions) {
        List<String> names = new ArrayList<>(stack.stream().map(TechChoice::choice).toList());
        decisions.stream().filter(Decision::isInForce).map(Decision::chosenOption).forEach(names::add);
        return names.stream().anyMatch(n -> contains(technology, n) || contains(n, technology));
    }

    private static boolean contains(String text, String phrase) {
        return Words.of(text).contains(phrase);
    }
}
