package dev.architect.offline.internal.design;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.Complexity;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionStatus;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Phrases;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.offline.internal.rules.Scored;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a rule's choice as an ADR in the request's own terms: the context states this system's figures and where
 * each came from; the rationale says why the chosen option suits those figures, how close they are to its limits,
 * what the team's skills add, how each runner-up fares on the same figures, which driver is traded when nothing fits
 * them all, and what change in the request would reopen the decision.
 */
final class DecisionWriter {

    private DecisionWriter() {
    }

    static List<Decision> write(Architecture a, C4Model c4, CapacityPlan capacity) {
        List<Decision> out = new ArrayList<>();
        // In a single-zone layout a primary-and-standby store runs without its zone-redundant mode, as the C4 model shows it.
        boolean oneZone = a.find(dev.architect.dossier.DecisionTopic.AVAILABILITY).map(c -> c.chosen().size("zones", 3) < 2).orElse(false);
        for (Choice choice : a.choices()) {
            out.add(productNamed(write(a, a.decisionId(choice), shownWith(choice, capacity), c4), choice, a.workload().cloud(), oneZone));
        }
        return out;
    }

    /**
     * The decision with each option named by the product that implements it on the request's cloud ("Amazon MSK
     * (Apache Kafka)"), the pattern kept in the option's text; the catalogue's name where it names no product.
     */
    private static Decision productNamed(Decision d, Choice choice, Cloud cloud, boolean oneZone) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Scored s : choice.shown()) {
            boolean standby = choice.rule().topic() == dev.architect.dossier.DecisionTopic.DATASTORE && s.entry().size("instances", 0) > 0;
            names.put(s.entry().name(), Technologies.inZones(optionName(s.entry(), choice, cloud), oneZone && standby));
        }
        // The option's text starts with the pattern it implements when the name is a product ("Log-based event streaming: ...").
        List<DecisionOption> options = d.options().stream().map(o -> {
            String name = names.getOrDefault(o.name(), o.name());
            String summary = name.equals(o.name()) ? o.summary() : o.name() + ": " + o.summary();
            return new DecisionOption(name, summary, o.pros(), o.cons(), o.cost(), o.complexity());
        }).toList();
        return new Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(), options,
                names.getOrDefault(d.chosenOption(), d.chosenOption()), d.rationale(), d.consequences(), d.relatedElements());
    }

    /**
     * An option as the product that implements it on the request's cloud ("Amazon MSK"), or its pattern name when the
     * catalogue names no product; the pattern is added when two shown options would otherwise share a product name.
     */
    private static String optionName(CatalogueEntry e, Choice choice, Cloud cloud) {
        String product = e.technologyOn(cloud);
        long same = choice.shown().stream().filter(s -> s.entry().technologyOn(cloud).equals(product)).count();
        return same > 1 && !product.equals(e.name()) ? product + " (" + e.name() + ")" : product;
    }

    /**
     * The choice with the instance count the capacity plan settled on (after the availability layout adds one per
     * zone), so an ADR never states a different count from the cost; the rule itself weighed the load alone.
     */
    private static Choice shownWith(Choice choice, CapacityPlan capacity) {
        Facts f = choice.facts();
        if (!f.has(Fact.APP_INSTANCES)) {
            return choice;
        }
        return capacity.estimate("app-instances").map(e -> new Choice(choice.rule(), choice.section(), choice.ranked(), choice.drivers(),
                f.with(Fact.APP_INSTANCES, e.value(), f.isAssumed(Fact.APP_INSTANCES), "the capacity plan: " + e.basis()), choice.regime()))
                .orElse(choice);
    }

    private static Decision write(Architecture a, String id, Choice choice, C4Model c4) {
        Facts f = choice.facts();
        String system = a.workload().system();
        List<String> drivers = choice.drivers().stream().map(d -> Evidence.driver(f, d)).toList();
        Cloud cloud = a.workload().cloud();
        List<DecisionOption> options = choice.shown().stream().map(s -> option(s, f, system, cloud)).toList();
        Scored best = choice.best();
        List<Consequence> consequences = new ArrayList<>();
        // The catalogue's pros are in the options section; here the good consequences are this request's margins.
        List<Condition> margins = best.met().stream().filter(c -> c.bound().isPresent() && f.number(c.fact()) != 0).limit(2).toList();
        if (margins.isEmpty()) {
            consequences.add(Consequence.good(capitalise(Evidence.fill(best.entry().pros().get(0), f, system, best.entry().technologyOn(cloud)))));
        }
        margins.forEach(c -> consequences.add(Consequence.good(capitalise(margin(c, f, system)))));
        if (best.familiarity() == Scored.Familiarity.KNOWN) {
            consequences.add(Consequence.good(system + " starts with a tool its team already runs (" + best.skill(f) + ")"));
        }
        consequences.add(Consequence.bad(system + " accepts the main drawback: " + Phrases.inSentence(Evidence.fill(best.entry().cons().get(0), f, system, best.entry().technologyOn(cloud)))));
        best.missed().forEach(c -> consequences.add(Consequence.bad("For " + system + ", " + Evidence.phrase(f, c.fact())
                + " is outside what " + lower(best.entry().name()) + " suits (" + Evidence.requirement(c) + ")")));
        if (best.familiarity() == Scored.Familiarity.UNFAMILIAR) {
            consequences.add(Consequence.bad(system + "'s team learns " + best.skill(f) + " before launch; the risk register holds the learning plan"));
        }
        budgetTrade(choice).ifPresent(dearer -> consequences.add(Consequence.bad("To stay near its budget, " + system + " gives up "
                + lower(dearer.entry().name()) + "; revisit this decision if the budget grows to the design's first estimate")));
        consequences.addAll(choice.rule().extraConsequences(choice));
        return new Decision(id, choice.rule().title(choice), choice.rule().topic(), DecisionStatus.PROPOSED,
                context(choice, system), drivers, options, best.entry().name(), rationale(choice, system), consequences,
                choice.rule().relatedElements(choice, c4));
    }

    private static String context(Choice choice, String system) {
        Facts f = choice.facts();
        List<String> stated = choice.drivers().stream().filter(d -> !f.isAssumed(d)).map(d -> Evidence.phrase(f, d)).toList();
        List<String> assumed = choice.drivers().stream().filter(f::isAssumed).map(d -> Evidence.phrase(f, d)).toList();
        StringBuilder sb = new StringBuilder(choice.section().question());
        if (!stated.isEmpty()) {
            sb.append(" For ").append(system).append(" the request sets ").append(join(stated)).append('.');
        }
        if (!assumed.isEmpty()) {
            sb.append(" The request for ").append(system).append(" does not say ").append(assumed.size() == 1 ? "one figure" : "some figures")
                    .append(" this turns on, so ")
                    .append(join(assumed)).append(assumed.size() == 1 ? " is" : " are")
                    .append(" assumed; see the open questions, since a different answer may change this decision.");
        }
        return sb.toString();
    }

    private static DecisionOption option(Scored s, Facts f, String system, Cloud cloud) {
        CatalogueEntry e = s.entry();
        String product = e.technologyOn(cloud);
        List<String> pros = new ArrayList<>(e.pros().stream().map(t -> capitalise(Evidence.fill(t, f, system, product))).toList());
        s.met().forEach(c -> pros.add(c.bound().isEmpty() ? "Built for " + Evidence.phrase(f, c.fact()) + ", which is " + system + "'s case"
                : "For " + system + ", " + margin(c, f, system)));
        if (s.familiarity() == Scored.Familiarity.KNOWN) {
            pros.add(system + "'s team already runs " + s.skill(f));
        }
        List<String> cons = new ArrayList<>(e.cons().stream().map(t -> capitalise(Evidence.fill(t, f, system, product))).toList());
        s.missed().forEach(c -> cons.add(c.operand() instanceof Boolean ? "Built for " + Evidence.requirement(c) + ", not "
                + system + "'s " + Evidence.phrase(f, c.fact()) : capitalise(Evidence.shortfall(f, c, system))));
        if (s.familiarity() == Scored.Familiarity.UNFAMILIAR) {
            cons.add("New to " + system + "'s team, which lists " + f.name(Fact.EXPERTISE) + " but not " + s.skill(f));
        }
        int figures = s.met().size() + s.missed().size();
        String fit = s.fitsFully() ? "Suits every figure of " + system + " it depends on"
                : figures == 1 ? "Does not suit the one figure of " + system + " it depends on"
                : "Suits " + s.met().size() + " of the " + figures + " figures of " + system + " it depends on";
        return new DecisionOption(e.name(), e.summary() + ". " + fit + ". Licence: " + e.licence() + "; maturity: " + e.maturity() + ".",
                pros, cons, e.cost() + "; operational burden " + e.operationalBurden(), e.complexity());
    }

    private static String rationale(Choice choice, String system) {
        Facts f = choice.facts();
        Scored best = choice.best();
        String chosen = best.entry().name();
        List<String> sentences = new ArrayList<>();
        if (best.fitsFully()) {
            List<String> reasons = best.met().stream().map(c -> margin(c, f, system)).toList();
            sentences.add(reasons.isEmpty() ? chosen + " needs nothing this request lacks"
                    : chosen + " suits " + system + ": " + join(reasons));
        } else {
            Condition traded = best.missed().get(0);
            sentences.add("No option suits every driver of " + system + ". " + chosen + " trades " + Evidence.phrase(f, traded.fact())
                    + " (it suits " + Evidence.requirement(traded) + ")" + (best.met().isEmpty() ? ""
                    : " to keep " + join(best.met().stream().map(c -> Evidence.phrase(f, c.fact())).toList())));
            choice.shown().stream().skip(1).findFirst().filter(r -> !r.missed().isEmpty()).ifPresent(r -> sentences.add(
                    "The nearest alternative, " + lower(r.entry().name()) + ", would instead fall short on "
                            + join(r.missed().stream().map(c -> Evidence.phrase(f, c.fact())).toList()) + " and lies further from "
                            + system + "'s figures as a whole, so the smaller gap is the one to carry"));
            sentences.add("The trade is in the risk register as a trade-off on " + traded.fact().label()
                    + ", so whoever owns that figure can confirm it or change it");
        }
        switch (best.familiarity()) {
            case KNOWN -> {
                String product = best.entry().technologyOn(Cloud.of(f.name(Fact.CLOUD)));
                sentences.add(system + "'s team already runs " + best.skill(f) + (product.toLowerCase(Locale.ROOT)
                        .contains(best.skill(f).toLowerCase(Locale.ROOT)) ? ", which tips the balance toward " + lower(chosen)
                        : ", and those skills carry over to " + product + ", which tips the balance toward it"));
            }
            case UNFAMILIAR -> {
                if (!best.entry().operationalBurden().equals("low")) {
                    sentences.add("Nobody on " + system + "'s team lists " + best.skill(f) + "; " + lower(chosen)
                            + " is still the better fit for these figures, and the risk register plans how the team learns it");
                }
            }
            default -> { }
        }
        budgetTrade(choice).ifPresent(dearer -> sentences.add(system + " has " + Evidence.phrase(f, Fact.COST_PRESSURE) + ", so running cost weighs here: "
                + lower(chosen) + " is chosen over " + lower(dearer.entry().name()) + ", which " + (dearer.fit() >= best.fit() ? "fits these figures at least as well"
                : "comes close on these figures") + " but costs more to run (" + lower(dearer.entry().cost()) + "); what the budget trades away: "
                + Phrases.inSentence(Evidence.fill(dearer.entry().pros().get(0), f, system, dearer.entry().technologyOn(Cloud.of(f.name(Fact.CLOUD)))))));
        Optional<Scored> traded = budgetTrade(choice);
        for (Scored other : choice.shown().subList(1, choice.shown().size())) {
            if (traded.filter(t -> t == other).isEmpty()) { // the budget sentence already says why it lost
                sentences.add(compare(best, other, f, system));
            }
        }
        nearestChange(choice, f, system).ifPresent(sentences::add);
        return String.join(". ", sentences.stream().map(DecisionWriter::capitalise).toList()) + ".";
    }

    /** The option that would have won without the budget, when the budget changed the choice. */
    static Optional<Scored> budgetTrade(Choice choice) {
        Scored unweighted = choice.ranked().stream().max(Comparator.comparingDouble(s -> s.score() + s.budgetCost())).orElseThrow();
        return unweighted == choice.best() || unweighted.budgetCost() == 0 ? Optional.empty() : Optional.of(unweighted);
    }

    /** Why a runner-up lost, in this request's figures. */
    private static String compare(Scored best, Scored other, Facts f, String system) {
        String name = other.entry().name();
        if (!other.missed().isEmpty()) {
            Condition worst = other.missed().stream().min(Comparator.comparingDouble(c -> c.fit(f))).orElseThrow();
            return name + " was set aside for " + system + ": " + Evidence.shortfall(f, worst, system) + (other.missed().size() > 1 ? ", and " + (other.missed().size() - 1) + " more of "
                    + system + "'s figures miss it" : "");
        }
        if (other.familiarity() == Scored.Familiarity.UNFAMILIAR && best.familiarity() != Scored.Familiarity.UNFAMILIAR) {
            return name + " would also suit these figures, but " + system + "'s team would have to learn " + other.skill(f);
        }
        if (best.familiarity() == Scored.Familiarity.KNOWN && other.familiarity() != Scored.Familiarity.KNOWN) {
            return name + " would also suit these figures; " + system + "'s experience with " + best.skill(f) + " decides it";
        }
        if (rank(other.entry().complexity()) > rank(best.entry().complexity())) {
            return name + " would also suit these figures but is " + other.entry().complexity().name().toLowerCase(Locale.ROOT)
                    + " in complexity where " + lower(best.entry().name()) + " is " + best.entry().complexity().name().toLowerCase(Locale.ROOT)
                    + ", and nothing in " + system + "'s request needs what the extra complexity buys";
        }
        return name + " would suit these figures equally; " + lower(best.entry().name()) + " is preferred as the first of the two to run "
                + "at " + system + "'s size";
    }

    /** The change in the request that would reopen the decision: the runner-up's closest unmet bound. */
    private static Optional<String> nearestChange(Choice choice, Facts f, String system) {
        String best = choice.best().entry().name();
        for (Scored other : choice.shown().subList(1, choice.shown().size())) {
            Optional<Condition> closest = other.missed().stream().filter(c -> c.bound().isPresent())
                    .max(Comparator.comparingDouble(c -> c.fit(f)));
            if (closest.isPresent() && other.missed().size() == 1) {
                Condition c = closest.get();
                return Optional.of("This would change if " + c.fact().label() + " " + Evidence.crossing(c, false) + " (today "
                        + c.fact().format(f.value(c.fact())) + "): " + lower(other.entry().name()) + " would then suit every figure of "
                        + system + " and compete with " + lower(best));
            }
        }
        return choice.best().met().stream().filter(c -> c.bound().isPresent()).max(Comparator.comparingDouble(c -> -headroom(c, f)))
                .map(c -> "This would change if " + c.fact().label() + " " + Evidence.crossing(c, true) + " (today "
                        + c.fact().format(f.value(c.fact())) + ")");
    }

    /** How much room a met numeric condition leaves, as a ratio (0 means at the bound). */
    private static double headroom(Condition c, Facts f) {
        double actual = f.number(c.fact()) + 1;
        double bound = c.bound().orElseThrow() + 1;
        return Math.abs(Math.log(actual / bound));
    }

    /** A met condition with its margin: "a team of 12 is 3 under the 15 it suits". */
    private static String margin(Condition c, Facts f, String system) {
        String phrase = Evidence.phrase(f, c.fact());
        if (c.bound().isEmpty()) {
            return phrase;
        }
        if (c.fact() == Fact.AVAILABILITY) {
            return phrase + ", which it serves " + (c.operator().startsWith("<") ? "up to " : "from ") + c.fact().format(c.bound().get());
        }
        double actual = f.number(c.fact());
        double bound = c.bound().get();
        double gap = Math.abs(bound - actual);
        if (gap == 0) {
            return phrase + " is exactly at the edge of what it suits (" + Evidence.requirement(c) + ")";
        }
        String by = c.fact().format(Math.abs(gap) >= 100 ? (double) Math.round(gap) : gap);
        return actual < bound ? phrase + " is " + by + " under the " + c.fact().format(bound) + " it suits"
                : phrase + " clears the " + c.fact().format(bound) + " it needs by " + by;
    }

    private static int rank(Complexity c) {
        return c.ordinal();
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String lower(String name) {
        return Phrases.inSentence(name);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
