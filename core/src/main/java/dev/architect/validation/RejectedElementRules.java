package dev.architect.validation;

import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
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
        Map<String, String> rejected = Choices.rejected(c, Choices.Scope.DECISIONS_ONLY);
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
}
