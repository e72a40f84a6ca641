package dev.architect.validation;

import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No C4 container or component is something an ADR rejected: a container named or built on a rejected option (a
 * "stream" after "direct batched writes", Kafka after a queue was chosen) is drawn from a model the decisions do not
 * hold. What a chosen option, a decision title or the tech stack also names is not rejected.
 */
final class RejectedElementRules {

    private RejectedElementRules() {
    }

    static void check(Consultation c, List<Violation> out) {
        Map<String, String> rejected = rejected(c);
        if (rejected.isEmpty()) {
            return;
        }
        for (int i = 0; i < c.c4().containers().size(); i++) {
            Container k = c.c4().containers().get(i);
            flag(k.id(), k.name() + ". " + k.technology(), "c4.containers[" + i + "]", rejected, out);
        }
        for (int i = 0; i < c.c4().components().size(); i++) {
            Component k = c.c4().components().get(i);
            flag(k.id(), k.name() + ". " + k.technology(), "c4.components[" + i + "]", rejected, out);
        }
    }

    private static void flag(String id, String text, String path, Map<String, String> rejected, List<Violation> out) {
        for (Map.Entry<String, String> e : rejected.entrySet()) {
            if (Words.contains(text, e.getKey())) {
                out.add(new Violation(Severity.ERROR, path, DossierValidator.Rule.REJECTED_ELEMENT.id(), "'" + id + "' (" + text
                        + ") is '" + e.getKey() + "', which " + e.getValue() + " rejected"));
                return;
            }
        }
    }

    /** Rejected option names and the component words only rejected options name, with the decision that rejected each. */
    private static Map<String, String> rejected(Consultation c) {
        StringBuilder chosen = new StringBuilder();
        c.decisions().stream().filter(Decision::isInForce).forEach(d -> chosen.append(d.chosenOption()).append(". ")
                .append(d.chosen().summary()).append(". ").append(d.title()).append(". "));
        c.techStack().forEach(t -> chosen.append(t.choice()).append(". "));
        String chosenText = chosen.toString();
        Vocabulary words = Vocabulary.standard();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (Decision d : c.decisions().stream().filter(Decision::isInForce).toList()) {
            for (DecisionOption o : d.options()) {
                if (o.name().equals(d.chosenOption())) {
                    continue;
                }
                if (o.name().length() > 3 && !Words.contains(chosenText, o.name())) {
                    rejected.putIfAbsent(o.name(), "decision '" + d.id() + "'");
                }
                for (String component : words.components()) {
                    if (Words.contains(o.name(), component) && !Words.contains(chosenText, component)) {
                        rejected.putIfAbsent(component, "decision '" + d.id() + "' (option '" + o.name() + "')");
                    }
                }
            }
        }
        return rejected;
    }
}
