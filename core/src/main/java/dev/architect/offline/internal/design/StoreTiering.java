package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetype;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which stores a budget option may tier, from {@code store-tiering.yaml}: a store moves its old data to object storage only
 * when its use allows it (it holds no ledger, register or custody trail that must stay queryable in full, and no archetype
 * whose reads need old rows keeps its tables there) and when the move saves a material amount a month.
 */
final class StoreTiering {

    static final String RESOURCE = "/dev/architect/offline/store-tiering.yaml";

    /** The file's shape. */
    record File(Double minMonthlySavingUsd, Map<String, String> keepWhole, Map<String, String> readsHistory) {
    }

    private final double minSaving;
    /** Tables that keep their store whole, with why. */
    private final Map<String, String> keepWhole;
    private final Map<String, String> readsHistory;

    private StoreTiering(double minSaving, Map<String, String> keepWhole, Map<String, String> readsHistory) {
        this.minSaving = minSaving;
        this.keepWhole = keepWhole;
        this.readsHistory = readsHistory;
    }

    private static final class Holder {
        static final StoreTiering STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "store tiering", StoreTiering::read);
    }

    static StoreTiering standard() {
        return Holder.STANDARD;
    }

    /** The tables that keep their store whole, for checking that each names a table an archetype designs. */
    java.util.Set<String> tablesKeptWhole() {
        return keepWhole.keySet();
    }

    /** The archetypes whose reads need old rows, for checking that each names an archetype. */
    java.util.Set<String> archetypesReadingHistory() {
        return readsHistory.keySet();
    }

    /** The least a store's move must save a month, at month 36, for a tiering option to take it (US dollars). */
    double minMonthlySaving() {
        return minSaving;
    }

    /**
     * Why a store must keep all its data in the database, if it must: it holds an archetype's table that keeps it whole
     * (a ledger), or an archetype whose reads need old rows keeps its tables there.
     */
    Optional<String> keptWhole(Topology t, String storeId) {
        for (Topology.Placement p : t.placements) {
            if (!storeId.equals(p.storeId())) {
                continue;
            }
            List<String> held = new ArrayList<>();
            String because = null;
            for (Archetype.EntityDef e : p.archetype().entities()) {
                if (e.presentWith(t.chosenShapes) && keepWhole.containsKey(e.name())) {
                    held.add(e.name());
                    because = because == null ? keepWhole.get(e.name()) : because;
                }
            }
            if (!held.isEmpty()) {
                return Optional.of("it holds " + Names.list(held) + ", " + because);
            }
            String why = readsHistory.get(p.archetype().id());
            if (why != null) {
                return Optional.of("it keeps the tables of " + p.archetype().name() + ", and " + why);
            }
        }
        return Optional.empty();
    }

    /** Reads the file; a blank reason or a negative threshold fails naming the entry. */
    static StoreTiering read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "store tiering");
        if (file.minMonthlySavingUsd() == null || !(file.minMonthlySavingUsd() >= 0)) {
            throw new IllegalStateException(where + ": minMonthlySavingUsd must be a number of dollars, 0 or more");
        }
        Map<String, String> keep = new LinkedHashMap<>();
        (file.keepWhole() == null ? Map.<String, String>of() : file.keepWhole())
                .forEach((table, why) -> keep.put(table, blankless(why, where + ": keepWhole." + table)));
        Map<String, String> history = new LinkedHashMap<>();
        (file.readsHistory() == null ? Map.<String, String>of() : file.readsHistory())
                .forEach((archetype, why) -> history.put(archetype, blankless(why, where + ": readsHistory." + archetype)));
        return new StoreTiering(file.minMonthlySavingUsd(), keep, history);
    }

    private static String blankless(String text, String where) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(where + " is blank");
        }
        return text.strip();
    }
}
