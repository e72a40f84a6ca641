package dev.architect.offline.internal.rules;

import dev.architect.dossier.Complexity;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.OperationalBurden;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A catalogue option scored against the facts. {@code fit} is the mean of how well each condition is met (a number a
 * little past its bound still nearly fits, so a small change in the request makes a small change in the score);
 * {@code score} adds what the team's expertise and the option's complexity say: a tool the team runs wins when it
 * fits, one it would have to learn costs points, and of two options that fit the simpler one wins.
 */
public record Scored(CatalogueEntry entry, double fit, double score, List<Condition> met, List<Condition> missed,
                     Familiarity familiarity, double budgetCost, List<Condition> unpreferred) {

    /** Whether the team already runs what an option needs. */
    public enum Familiarity {
        /** The team lists one of the option's skills. */
        KNOWN,
        /** The team lists its expertise and none of the option's skills: it would learn the tool. */
        UNFAMILIAR,
        /** The option needs no particular skill, or the request does not say what the team knows. */
        NOT_APPLICABLE
    }

    /** Points for a tool the team already runs, when the option fits (fit at least {@link #FITS}). */
    static final double KNOWN_BONUS = 0.1;
    /**
     * Points a tool with real operational burden costs a team of {@link #LEARNING_TEAM} that would have to learn it:
     * a medium burden this much, a high one {@link #HIGH_BURDEN} times as much. A smaller team pays more (it has fewer
     * people to spare for learning and on-call), a larger one less, between half and one and a half times: a managed
     * option that fits then beats an unfamiliar one the team would have to operate, and only a load the managed option
     * cannot carry (a condition well past its bound) tips the balance back.
     */
    static final double LEARNING_COST = 0.05;
    static final double HIGH_BURDEN = 2.4;
    static final int LEARNING_TEAM = 8;
    /** What an option that cannot be built here loses: more than any fit can make up. */
    static final double INFEASIBLE = 1;
    /**
     * Points a dearer option loses per cost level above the cheapest when the design costs at least twice the budget;
     * less in proportion when it is over by less. Enough to decide between options that fit about equally, never
     * enough to pick one that misses a hard figure.
     */
    static final double BUDGET_WEIGHT = 0.08;
    /** A fit from which an option counts as fitting for the expertise bonus. */
    static final double FITS = 0.75;

    /**
     * Points an option loses for each of its preferences the request misses (an agent of our own where the cloud runs an
     * edge runtime): more than the bonus for a tool the team knows, so a fitting option made for this situation wins
     * over one the team knows that is not, but far less than a missed condition costs.
     */
    static final double PREFERENCE = 0.15;

    public Scored {
        met = List.copyOf(met);
        missed = List.copyOf(missed);
        unpreferred = List.copyOf(unpreferred);
    }

    public static Scored of(CatalogueEntry entry, Facts facts) {
        Familiarity familiarity = familiarity(entry, facts);
        List<Condition> conditions = new ArrayList<>(entry.conditions());
        if (familiarity != Familiarity.KNOWN) {
            conditions.addAll(entry.unfamiliarConditions());
        }
        List<Condition> met = new ArrayList<>();
        List<Condition> missed = new ArrayList<>();
        double sum = 0;
        for (Condition c : conditions) {
            sum += c.fit(facts);
            (c.holds(facts) ? met : missed).add(c);
        }
        double fit = conditions.isEmpty() ? 1 : sum / conditions.size();
        double score = fit - simplicityCost(entry.complexity());
        for (Condition c : entry.required()) {
            if (!c.holds(facts)) {
                missed.add(c);
                score -= INFEASIBLE;
            } else {
                met.add(c);
            }
        }
        // An option whose product the cost found could not carry a store's load is built only when nothing else can be
        if (facts.ruledOut(entry.id())) {
            score -= INFEASIBLE;
        }
        if (familiarity == Familiarity.KNOWN && fit >= FITS) {
            score += KNOWN_BONUS;
        } else if (familiarity == Familiarity.UNFAMILIAR) {
            score -= learningCost(entry, facts);
        }
        List<Condition> unpreferred = entry.preferred().stream().filter(c -> !c.holds(facts)).toList();
        score -= PREFERENCE * unpreferred.size();
        double budgetCost = budgetCost(entry, facts);
        return new Scored(entry, fit, score - budgetCost, met, missed, familiarity, budgetCost, unpreferred);
    }

    /** What learning an option costs this team: nothing for a low burden, more for a high one and for a small team. */
    static double learningCost(CatalogueEntry entry, Facts facts) {
        double burden = switch (burden(entry, facts)) {
            case LOW -> 0;
            case MEDIUM -> 1;
            case HIGH -> HIGH_BURDEN;
        };
        double team = facts.has(Fact.TEAM_SIZE) ? Math.max(1, facts.number(Fact.TEAM_SIZE)) : LEARNING_TEAM;
        double scale = Math.max(0.5, Math.min(1.5, LEARNING_TEAM / team));
        return LEARNING_COST * burden * scale;
    }

    /** How much running the option takes on the request's cloud. */
    public static OperationalBurden burden(CatalogueEntry entry, Facts facts) {
        return facts.has(Fact.CLOUD) ? entry.operationalBurdenOn(dev.architect.request.Cloud.of(facts.name(Fact.CLOUD))) : entry.operationalBurden();
    }

    /** What the budget takes off an option: nothing without a budget below the design's cost or for the cheapest level. */
    private static double budgetCost(CatalogueEntry entry, Facts facts) {
        if (entry.costLevel() == null || !facts.has(Fact.COST_PRESSURE)) {
            return 0;
        }
        double over = Math.min(1, Math.max(0, facts.number(Fact.COST_PRESSURE) - 1));
        return BUDGET_WEIGHT * (entry.costLevel() - 1) * over;
    }

    /** Of two options that fit equally, the simpler one to build and run wins. */
    private static double simplicityCost(Complexity complexity) {
        return switch (complexity) {
            case LOW -> 0;
            case MEDIUM -> 0.03;
            case HIGH -> 0.06;
        };
    }

    private static Familiarity familiarity(CatalogueEntry entry, Facts facts) {
        if (entry.skills().isEmpty() || !facts.has(Fact.EXPERTISE) || facts.isAssumed(Fact.EXPERTISE)) {
            return Familiarity.NOT_APPLICABLE;
        }
        String expertise = facts.name(Fact.EXPERTISE);
        return entry.skills().stream().anyMatch(skill -> containsWord(expertise, skill)) ? Familiarity.KNOWN : Familiarity.UNFAMILIAR;
    }

    private static boolean containsWord(String text, String word) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#.+/]+", " ") + " ";
        return t.contains(" " + word.toLowerCase(Locale.ROOT) + " ");
    }

    public boolean fitsFully() {
        return missed.isEmpty();
    }

    /** The team's own words for the option's skill when it lists one ("Kubernetes"), or else the option's first skill. */
    public String skill(Facts facts) {
        if (facts.has(Fact.EXPERTISE)) {
            for (String listed : facts.name(Fact.EXPERTISE).split(", ")) {
                if (entry.skills().stream().anyMatch(s -> containsWord(listed, s))) {
                    return listed;
                }
            }
        }
        if (entry.skills().isEmpty()) {
            return entry.name();
        }
        // A skill list that names each cloud's product ("AWS IoT Greengrass, Azure IoT Edge") offers the one this cloud runs.
        if (facts.has(Fact.CLOUD)) {
            String product = entry.technologyOn(dev.architect.request.Cloud.of(facts.name(Fact.CLOUD)));
            for (String s : entry.skills()) {
                if (containsWord(product, s)) {
                    return s;
                }
            }
        }
        return entry.skills().get(0);
    }
}
