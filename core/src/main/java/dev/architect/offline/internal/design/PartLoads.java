package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load each process an archetype adds carries and what one instance of it handles, and the rows it writes into the
 * database of the service it works for ({@code part-loads.yaml}): its instance count follows from that load, and the
 * database's writes and growth count those rows.
 *
 * @param parts by the archetype component's id
 * @param pusher the managed realtime gateway's pusher
 */
record PartLoads(Map<String, PartLoad> parts, PartLoad pusher) {

    static final String RESOURCE = "/dev/architect/offline/part-loads.yaml";

    /** What reaches a process. */
    enum Carries {
        /** The positions or readings sent on an interval that the design's live index keeps (report-sinks.yaml). */
        REPORTS,
        /** The messages the realtime pusher posts to connections. */
        PUSHES
    }

    /**
     * The rows a process writes into its service's database: each sending device writes {@code rows} rows once every
     * {@code everySeconds} seconds, {@code bytesEach} bytes a write; kept {@code keptDays} days and then purged (a level
     * the store holds, not growth), or as long as its kind of personal data is kept (personal-data-retention.yaml) when
     * {@code personalData} names one, or for the store's retention when neither is given.
     */
    record Writes(double everySeconds, double rows, double bytesEach, Double keptDays,
                  dev.architect.offline.internal.catalog.PersonalDataRetention.Kind personalData, String basis) {
        Writes {
            if (!(everySeconds > 0) || !(rows > 0) || !(bytesEach > 0) || basis == null || basis.isBlank() || (keptDays != null && !(keptDays > 0))) {
                throw new IllegalStateException(RESOURCE + ": writes need everySeconds, rows and bytesEach (and keptDays, when given) above 0 and a basis");
            }
            if (keptDays != null && personalData != null) {
                throw new IllegalStateException(RESOURCE + ": writes of personal data are kept as personal-data-retention.yaml says, not keptDays");
            }
        }
    }

    /** One process: what it carries and how much an instance takes a second (both absent for one sized otherwise), and its writes. */
    record PartLoad(Carries carries, double perInstance, String basis, Writes writes) {
        PartLoad {
            if (carries != null && (!(perInstance > 0) || basis == null || basis.isBlank())) {
                throw new IllegalStateException(RESOURCE + ": a part that carries " + carries + " needs perInstance above 0 and a basis");
            }
        }
    }

    PartLoads {
        parts = parts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        if (pusher == null || pusher.carries() != Carries.PUSHES) {
            throw new IllegalStateException(RESOURCE + ": the pusher carries PUSHES");
        }
        for (Map.Entry<String, PartLoad> e : parts.entrySet()) {
            if (dev.architect.offline.internal.archetype.Archetypes.standard().archetypes().stream()
                    .noneMatch(a -> a.components().stream().anyMatch(c -> c.id().equals(e.getKey())))) {
                throw new IllegalStateException(RESOURCE + ": no archetype has a component " + e.getKey());
            }
            // A store row is priced only where a flow draws the part writing it: rows no drawn flow writes are not the design's
            if (e.getValue().writes() != null && !drawsItsWrite(e.getKey())) {
                throw new IllegalStateException(RESOURCE + ": parts." + e.getKey() + ".writes: no flow of its archetype draws "
                        + e.getKey() + " writing into the store (a step '" + e.getKey() + " -> store')");
            }
        }
    }

    /** Whether a flow of the archetype that has the part (or one of its kinds) draws a step from the part into its store. */
    static boolean drawsItsWrite(String partId) {
        for (dev.architect.offline.internal.archetype.Archetype a : dev.architect.offline.internal.archetype.Archetypes.standard().archetypes()) {
            if (a.components().stream().noneMatch(c -> c.id().equals(partId))) {
                continue;
            }
            List<dev.architect.offline.internal.archetype.Archetype.Flow> flows = new java.util.ArrayList<>(a.flows());
            a.kinds().forEach(k -> flows.addAll(k.flows() == null ? List.of() : k.flows()));
            if (flows.stream().flatMap(f -> f.parsed().stream())
                    .anyMatch(st -> st.from().equals(partId) && st.to().equals("store") && st.kind() != dev.architect.dossier.MessageKind.REPLY)) {
                return true;
            }
        }
        return false;
    }

    private static final class Holder {
        static final PartLoads STANDARD = DataFiles.shipped(RESOURCE, PartLoads.class, "part loads");
    }

    /** The part loads shipped with the SDK, read once. */
    static PartLoads standard() {
        return Holder.STANDARD;
    }

    /** The load of a part, when the file lists it. */
    Optional<PartLoad> of(String partId) {
        return Optional.ofNullable(parts.get(partId));
    }
}
