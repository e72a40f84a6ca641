package dev.architect.offline.internal.archetype;

import java.util.List;
import java.util.Optional;

/**
 * An archetype found in a request, with every piece of evidence for it and the capabilities that name it: those are
 * designed by the archetype instead of as plain records, and the first of them places it in the design.
 */
public record Recognised(Archetype archetype, List<Evidence> evidence, List<String> capabilities) {

    public Recognised {
        evidence = List.copyOf(evidence);
        capabilities = List.copyOf(capabilities);
    }

    /** The capability that places the archetype: the first that names it. */
    public Optional<String> capability() {
        return capabilities.stream().findFirst();
    }

    /** The evidence in one line: "capability 'Team chat' says 'chat'; goal '...' says 'delivered'". */
    public String because() {
        return String.join("; ", evidence.stream().map(Evidence::describe).toList());
    }
}
