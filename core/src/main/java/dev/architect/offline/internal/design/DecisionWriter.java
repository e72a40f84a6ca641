package dev.architect.offline.internal.design;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionStatus;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.offline.internal.rules.Scored;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a rule's choice as an ADR: the question and the request's figures as context, the facts weighed as drivers,
 * the best two or three options with the catalogue's pros, cons and cost plus how each fares against the drivers,
 * and a rationale naming why the others lost.
 */
final class DecisionWriter {

    private DecisionWriter() {
    }

    static List<Decision> write(Architecture a, C4Model c4) {
        List<Decision> out = new ArrayList<>();
        for (Choice choice : a.choices()) {
            out.add(write(a.decisionId(choice), choice, c4, a.workload().cloud()));
        }
        return out;
    }

    private static Decision write(String id, Choice choice, C4Model c4, Cloud cloud) {
        List<String> drivers = choice.drivers().stream().map(choice.facts()::describe).toList();
        List<String> assumed = choice.drivers().stream().filter(choice.facts()::isAssumed).map(Fact::label).toList();
        String context = choice.section().question() + " The request puts " + String.join(", ", drivers) + "."
                + (assumed.isEmpty() ? "" : " The " + String.join(", ", assumed) + (assumed.size() == 1 ? " is" : " are")
                + " assumed (see the requirements' assumptions); a different figure may change this decision.");
        List<DecisionOption> options = choice.shown().stream().map(s -> option(s, optionName(s.entry(), choice, cloud))).toList();
        Scored best = choice.best();
        List<Consequence> consequences = new ArrayList<>();
        best.entry().pros().stream().limit(2).forEach(p -> consequences.add(Consequence.good(p)));
        best.entry().cons().stream().limit(2).forEach(c -> consequences.add(Consequence.bad(c)));
        consequences.addAll(choice.rule().extraConsequences(choice));
        return new Decision(id, choice.rule().title(choice), choice.rule().topic(), DecisionStatus.PROPOSED, context, drivers,
                options, optionName(best.entry(), choice, cloud), rationale(choice), consequences, choice.rule().relatedElements(choice, c4));
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

    private static DecisionOption option(Scored s, String name) {
        CatalogueEntry e = s.entry();
        List<String> pros = new ArrayList<>(e.pros());
        s.fits().forEach(f -> pros.add(capitalise(f)));
        List<String> cons = new ArrayList<>(e.cons());
        s.misses().forEach(m -> cons.add(capitalise(m)));
        String pattern = name.equals(e.name()) ? "" : e.name() + ": ";
        return new DecisionOption(name, pattern + e.summary() + ". Fit: " + s.score() + ". Licence: " + e.licence()
                + "; maturity: " + e.maturity() + ".", pros, cons,
                e.cost() + "; operational burden " + e.operationalBurden(), e.complexity());
    }

    private static String rationale(Choice choice) {
        Scored best = choice.best();
        StringBuilder sb = new StringBuilder();
        if (best.fitsFully()) {
            sb.append(best.entry().name()).append(" meets all ").append(best.total()).append(" of its conditions");
            if (!best.fits().isEmpty()) {
                sb.append(": ").append(String.join("; ", best.fits()));
            }
            sb.append('.');
        } else {
            sb.append("No option meets every condition; ").append(best.entry().name()).append(" comes closest (")
                    .append(best.score()).append("). Unmet: ").append(String.join("; ", best.misses()))
                    .append(". Treat the gap as a risk.");
        }
        for (Scored other : choice.shown().subList(1, choice.shown().size())) {
            sb.append(' ').append(other.entry().name()).append(other.share() == best.share()
                    ? " fits as well, but the catalogue lists the chosen option as the simpler one to build and run."
                    : " was not chosen (" + other.score() + (other.misses().isEmpty() ? "" : ": " + other.misses().get(0)) + ").");
        }
        return sb.toString();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
