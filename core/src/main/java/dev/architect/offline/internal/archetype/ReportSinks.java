package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reports that devices or people send on an interval are kept, by the archetype that receives them
 * ({@code report-sinks.yaml}): a live index the archetype designs holds them in memory, so they are neither database
 * writes nor a reason to choose a larger database; each report is pushed to the clients watching its sender.
 *
 * @param sinks the sink of each archetype that has one, by archetype id
 */
public record ReportSinks(Map<String, Sink> sinks) {

    static final String RESOURCE = "/dev/architect/offline/report-sinks.yaml";

    /**
     * The live index an archetype keeps the reports in.
     *
     * @param component the archetype's component that holds them
     * @param basis why, in one sentence
     * @param watchersPerReport clients each report is pushed to, an assumption
     * @param watchersBasis why that many
     */
    public record Sink(String component, String basis, double watchersPerReport, String watchersBasis) {
        public Sink {
            if (component == null || component.isBlank() || basis == null || basis.isBlank() || watchersBasis == null || watchersBasis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a sink needs its component, basis and watchersBasis");
            }
            if (!(watchersPerReport >= 0)) {
                throw new IllegalStateException(RESOURCE + ": watchersPerReport must be at least 0 but was " + watchersPerReport);
            }
        }
    }

    /** The id of the assumption on how many clients each report is pushed to. */
    public static final String WATCHERS = "as-watchers-per-report";

    public ReportSinks {
        sinks = sinks == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sinks));
        for (Map.Entry<String, Sink> e : sinks.entrySet()) {
            Archetype a = Archetypes.standard().byId(e.getKey()).orElseThrow(() -> new IllegalStateException(RESOURCE + ": " + e.getKey()
                    + " names no archetype"));
            if (a.components().stream().noneMatch(c -> c.id().equals(e.getValue().component()))) {
                throw new IllegalStateException(RESOURCE + ": " + e.getKey() + " has no component " + e.getValue().component());
            }
        }
    }

    private static final class Holder {
        static final ReportSinks STANDARD = new ReportSinks(DataFiles.shipped(RESOURCE, Sinks.class, "report sinks"));
    }

    /** The file's shape: sinks by archetype id at the top level. */
    static final class Sinks extends LinkedHashMap<String, Sink> {
        private static final long serialVersionUID = 1L;

        /** An empty map, filled as the file is read. */
        Sinks() {
        }
    }

    /**
     * The sinks shipped with the SDK, read once.
     *
     * @return the sinks
     */
    public static ReportSinks standard() {
        return Holder.STANDARD;
    }

    /**
     * The sink of an archetype, when it keeps reports in a live index.
     *
     * @param archetypeId the archetype's id
     * @return its sink, or empty
     */
    public Optional<Sink> of(String archetypeId) {
        return Optional.ofNullable(sinks.get(archetypeId));
    }

    /**
     * The sink of a recognised archetype as the design builds it: present only while the archetype keeps the component
     * that holds the reports (a kind that leaves the live index out, a PostGIS stand-in, keeps positions in the database).
     * The one test of where reports go, for the facts, the database sizing and the cost alike.
     *
     * @param recognised one archetype a request calls for, as the design builds it
     * @return its sink, or empty
     */
    public Optional<Sink> keptBy(Recognised recognised) {
        return of(recognised.archetype().id()).filter(s -> recognised.archetype().components().stream().anyMatch(c -> c.id().equals(s.component())));
    }

    /**
     * The first sink among recognised archetypes ({@link #keptBy}): where the reports of a request go when an archetype it
     * calls for keeps them in a live index.
     *
     * @param recognised the archetypes a request calls for
     * @return the first sink, or empty
     */
    public Optional<Sink> first(List<Recognised> recognised) {
        return recognised.stream().map(this::keptBy).flatMap(Optional::stream).findFirst();
    }
}
