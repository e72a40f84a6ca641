package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which capability's module owns each table an archetype designs. The module boundaries are the design: a capability
 * the request lists keeps a module of its own owning the tables that serve it. A table that names the capabilities it
 * serves ({@code serves}: the clerk's appeals, the visitor passes) goes to the module of the first of them the request
 * lists in the same unit; any other goes to the archetype's home, the capability that places it.
 */
final class ModuleTables {

    private ModuleTables() {
    }

    /** The tables of the archetypes in the design, each with the name of the capability whose module owns it, in design order. */
    static Map<String, String> owners(Topology t) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Placement p : t.placements) {
            Optional<String> home = p.recognised().capability();
            for (Archetype.EntityDef e : p.archetype().entities()) {
                if (!e.owner().equals("unit") || !e.presentWith(t.chosenShapes) || owners.containsKey(e.name())) {
                    continue;
                }
                Optional<String> served = served(t, p, e);
                if (served.isPresent()) {
                    owners.put(e.name(), served.get());
                } else {
                    home.ifPresent(h -> owners.put(e.name(), h));
                }
            }
        }
        return owners;
    }

    /**
     * The tables the module of a capability owns among those the archetypes design, in design order; empty when none.
     *
     * @param owners the design's {@link #owners(Topology)}, worked out once per design
     */
    static List<String> of(Map<String, String> owners, Capability c) {
        List<String> tables = new ArrayList<>();
        owners.forEach((table, capability) -> {
            if (capability.equals(c.name())) {
                tables.add(table);
            }
        });
        return tables;
    }

    /** The capability a table serves by its own words: the first of them a capability of the placement's unit names. */
    private static Optional<String> served(Topology t, Placement p, Archetype.EntityDef e) {
        for (String word : e.serves()) {
            for (Capability c : t.capabilities) {
                if (c.unitId().equals(p.unitId()) && Words.of(c.name()).contains(word)) {
                    return Optional.of(c.name());
                }
            }
        }
        return Optional.empty();
    }
}
