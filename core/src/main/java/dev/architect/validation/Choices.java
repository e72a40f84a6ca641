package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.TechChoice;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a dossier chose and what its decisions rejected, as the rules that hold other artifacts to the decisions read
 * them. One reading for all of them, so a rule never disagrees with another on what counts as chosen.
 */
final class Choices {

    /**
     * Which parts of the dossier speak.
     *
     * @param c4 whether the C4 containers and systems count as chosen (not when the C4 model is what is being checked)
     * @param optionSummaries whether a component named only in a rejected option's summary counts as rejected
     * @param stackAlternatives whether the tech stack's alternatives count as rejected
     */
    record Scope(boolean c4, boolean optionSummaries, boolean stackAlternatives) {
        /** Everything speaks: what mitigations, plans and cost items are checked against. */
        static final Scope WHOLE_DOSSIER = new Scope(true, true, true);
        /** The decisions and the stack alone: what the C4 model is checked against. */
        static final Scope DECISIONS_ONLY = new Scope(false, false, false);
    }

    private static final Vocabulary WORDS = Vocabulary.standard();

    private Choices() {
    }

    /** What the dossier chose, as prose a name is looked for in: decisions in force, the stack and (by scope) the C4 model. */
    static String chosenText(Consultation c, Scope scope) {
        StringBuilder sb = new StringBuilder();
        c.decisions().stream().filter(Decision::isInForce).forEach(d -> sb.append(d.chosenOption()).append(". ")
                .append(nullToEmpty(d.chosen().summary())).append(". ").append(d.title()).append(". "));
        if (scope.c4()) {
            c.c4().containers().forEach(k -> sb.append(k.name()).append(". ").append(k.technology()).append(". "));
            c.c4().systems().forEach(s -> sb.append(s.name()).append(". "));
        }
        c.techStack().forEach(t -> sb.append(t.choice()).append(". "));
        return sb.toString();
    }

    /**
     * Names of options the dossier rejected and of components only they have, that nothing chosen also names, each
     * with what rejected it ("decision 'adr-0002'").
     */
    static Map<String, String> rejected(Consultation c, Scope scope) {
        String chosen = chosenText(c, scope);
        Map<String, String> rejected = new LinkedHashMap<>();
        for (Decision d : c.decisions().stream().filter(Decision::isInForce).toList()) {
            for (DecisionOption o : d.options()) {
                if (o.name().equals(d.chosenOption())) {
                    continue;
                }
                if (o.name().length() > 3 && !Words.contains(chosen, o.name())) {
                    rejected.putIfAbsent(o.name(), "decision '" + d.id() + "'");
                }
                String optionText = scope.optionSummaries() ? o.name() + " " + nullToEmpty(o.summary()) : o.name();
                for (String component : WORDS.components()) {
                    if (Words.contains(optionText, component) && !Words.contains(chosen, component)) {
                        rejected.putIfAbsent(component, "decision '" + d.id() + "' (option '" + o.name() + "')");
                    }
                }
            }
        }
        if (scope.stackAlternatives()) {
            for (TechChoice t : c.techStack()) {
                t.alternatives().stream().filter(a -> a.length() > 1 && !Words.contains(chosen, a))
                        .forEach(a -> rejected.putIfAbsent(a, "the tech stack's " + t.category().name().toLowerCase(Locale.ROOT) + " entry"));
            }
        }
        return rejected;
    }

    /** The id of a decision in force that pins personal data to each person's home region, if one does. */
    static java.util.Optional<String> pinningDecision(Consultation c) {
        return c.decisions().stream().filter(Decision::isInForce)
                .filter(d -> Words.firstIn(d.chosenOption() + ". " + d.chosen().summary(), WORDS.pinning()).isPresent())
                .map(Decision::id).findFirst();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
