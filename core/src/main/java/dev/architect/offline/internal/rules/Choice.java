package dev.architect.offline.internal.rules;

import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Section;
import dev.architect.request.ComplianceRegime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one rule decided: the options of its catalogue section ranked against the facts (best first, ties to the
 * option listed first), the facts it weighed, and for compliance the regime concerned.
 */
public record Choice(DecisionRule rule, Section section, List<Scored> ranked, List<Fact> drivers, Facts facts,
                     ComplianceRegime regime, String namedBy) {

    /** Options an ADR shows: the chosen one and the next best, two or three in all. */
    public static final int OPTIONS_SHOWN = 3;

    public Choice {
        ranked = List.copyOf(ranked);
        drivers = List.copyOf(drivers);
    }

    /** Scores every option of the section and ranks them. */
    public static Choice rank(DecisionRule rule, Section section, Facts facts, List<Fact> extraDrivers, ComplianceRegime regime) {
        List<Scored> scored = new ArrayList<>();
        for (CatalogueEntry e : section.options()) {
            Scored s = Scored.of(e, facts);
            // A variant on a product the team runs (SQL Server) competes only for a team that lists it.
            if (!e.onlyForTeamsThatRunIt() || s.familiarity() == Scored.Familiarity.KNOWN) {
                scored.add(s);
            }
        }
        List<Scored> ranked = new ArrayList<>(scored);
        // Stable sort: equal scores keep catalogue order, which lists the simpler option first.
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> shown = ranked.subList(0, Math.min(OPTIONS_SHOWN, ranked.size()));
        Set<Fact> drivers = new LinkedHashSet<>();
        shown.forEach(s -> s.met().forEach(c -> drivers.add(c.fact())));
        shown.forEach(s -> s.missed().forEach(c -> drivers.add(c.fact())));
        // A rule's extra drivers and the figures the request states for this topic, where the request has them.
        extraDrivers.stream().filter(facts::has).forEach(drivers::add);
        (rule == null ? List.<Fact>of() : statedDrivers(rule.topic())).stream().filter(facts::has).forEach(drivers::add);
        if (scored.stream().anyMatch(s -> facts.ruledOut(s.entry().id()))) {
            drivers.add(Fact.RULED_OUT);
        }
        if (shown.stream().anyMatch(s -> s.budgetCost() > 0)) {
            drivers.add(Fact.COST_PRESSURE);
        }
        return new Choice(rule, section, ranked, new ArrayList<>(drivers), facts, regime, null);
    }

    /** Figures the request may state in words that bear on a topic: they show as its drivers when stated. */
    static List<Fact> statedDrivers(dev.architect.dossier.DecisionTopic topic) {
        return switch (topic) {
            case REALTIME_TRANSPORT, PRESENCE, FAN_OUT -> List.of(Fact.CONCURRENT_CONNECTIONS, Fact.SPIKE_FACTOR);
            case DEPLOYMENT -> List.of(Fact.SPIKE_FACTOR, Fact.CONCURRENT_CONNECTIONS);
            case CACHING, CONTENT_DELIVERY -> List.of(Fact.SPIKE_FACTOR);
            case DATASTORE, DATA_TIERING, INGESTION -> List.of(Fact.DATA_RETENTION);
            case SECURITY -> List.of(Fact.MONTHLY_USERS, Fact.SOCIAL_SIGN_IN, Fact.GUEST_ACCESS);
            default -> List.of();
        };
    }

    /**
     * This choice with option {@code id} ranked first, when the request names it ({@code namedBy} says how) and it can be
     * built here (no required condition missed); unchanged otherwise. Its score still shows what it trades, so the ADR
     * can say so.
     */
    public Choice preferring(String id, String namedBy) {
        java.util.Optional<Scored> named = ranked.stream().filter(s -> s.entry().id().equals(id)).findFirst();
        if (named.isEmpty() || named.get().entry().required().stream().anyMatch(c -> !c.holds(facts))) {
            return this;
        }
        List<Scored> reordered = new ArrayList<>(ranked);
        reordered.remove(named.get());
        reordered.add(0, named.get());
        return new Choice(rule, section, reordered, drivers, facts, regime, namedBy);
    }

    public Scored best() {
        return ranked.get(0);
    }

    public CatalogueEntry chosen() {
        return best().entry();
    }

    public List<Scored> shown() {
        return ranked.subList(0, Math.min(OPTIONS_SHOWN, ranked.size()));
    }

    public String shape() {
        return chosen().shape();
    }
}
