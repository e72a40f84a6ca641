package dev.architect.offline.internal.archetype;

import java.util.List;
import java.util.Optional;

/**
 * An archetype found in a request, with every piece of evidence for it and the capability it claims (the first
 * capability that names it), if any: that capability is designed by the archetype instead of as plain records.
 */
public record Recognised(Archetype archetype, List<Evidence> evidence, Optional<String> capability) {

    public Recognised {
        evidence = List.copyOf(evidence);
    }

    /** The evidence in one line: "capability 'Team chat' says 'chat'; goal '...' says 'delivered'". */
    public String because() {
        return String.join("; ", evidence.stream().map(Evidence::describe).toList());
    }
}
