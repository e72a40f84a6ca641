package dev.architect.offline.internal.design;

import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.ResourceShape;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a request's capabilities produce a figure an ADR weighs, so a sentence can say where the load comes from
 * ("40 writes/s at peak from appointments and reminders") instead of quoting a bare number. Each capability is read by
 * the resource shape its name claims in the catalogue: readings are ingested, messages are sent, records are kept.
 */
final class LoadSources {

    /** Past this many, a list of capabilities is named by its first few and a count. */
    private static final int NAMED = 3;

    private LoadSources() {
    }

    /** The capabilities behind a figure, in words, or nothing when the figure comes from no capability in particular. */
    static Optional<String> of(Fact fact, Workload w) {
        List<String> caps = w.capabilities();
        if (caps.isEmpty()) {
            return Optional.empty();
        }
        List<String> behind = switch (fact) {
            case PEAK_WRITES, STORAGE_5Y_GB -> first(caps, EnumSet.of(ResourceFlow.INGEST), EnumSet.complementOf(EnumSet.of(ResourceFlow.SEARCH)));
            case EVENTS_PER_SECOND, ASYNC_FLOWS -> first(caps, EnumSet.of(ResourceFlow.INGEST, ResourceFlow.NOTIFY), EnumSet.noneOf(ResourceFlow.class));
            case MONEY_WRITES -> first(caps, EnumSet.of(ResourceFlow.PAYMENT), EnumSet.noneOf(ResourceFlow.class));
            case TEAM_SIZE -> caps;
            case PEAK_READS, PEAK_RPS ->
                    first(caps, EnumSet.of(ResourceFlow.SEARCH, ResourceFlow.CRUD), EnumSet.allOf(ResourceFlow.class));
            default -> List.of();
        };
        return behind.isEmpty() ? Optional.empty() : Optional.of(named(behind));
    }

    /**
     * The figure's phrase followed by where it comes from: "40 writes/s at peak from appointments and reminders", "a
     * team of 3 that owns appointments and reminders".
     */
    static String figure(String phrase, Fact fact, Workload w) {
        // a team owns its capabilities; a load comes from them
        String joint = fact == Fact.TEAM_SIZE ? " that owns " : " from ";
        return of(fact, w).map(from -> phrase + joint + from).orElse(phrase);
    }

    /** The capabilities whose flow is one of {@code preferred}, else those whose flow is one of {@code otherwise}. */
    private static List<String> first(List<String> caps, Set<ResourceFlow> preferred, Set<ResourceFlow> otherwise) {
        List<String> found = caps.stream().filter(c -> preferred.contains(flow(c))).toList();
        return found.isEmpty() ? caps.stream().filter(c -> otherwise.contains(flow(c))).toList() : found;
    }

    private static ResourceFlow flow(String capability) {
        return Catalogue.standard().resourceFor(capability).map(ResourceShape::flow).orElse(ResourceFlow.CRUD);
    }

    private static String named(List<String> caps) {
        if (caps.size() <= NAMED + 1) {
            return Names.list(caps);
        }
        // the count in words, so no second figure sits between a load and the multiple an ADR quotes for it
        return String.join(", ", caps.subList(0, NAMED)) + " and " + dev.architect.internal.Numbers.countWord(caps.size() - NAMED).orElse("many") + " more";
    }
}
