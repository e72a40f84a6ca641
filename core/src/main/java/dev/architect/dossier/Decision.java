package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An architecture decision record: the forces at play, at least two real options with their trade-offs, the option
 * chosen and why, and what follows from it. {@code relatedElements} names the C4 elements it shapes.
 */
public record Decision(
        String id,
        String title,
        DecisionTopic topic,
        DecisionStatus status,
        String context,
        List<String> drivers,
        List<DecisionOption> options,
        String chosenOption,
        String rationale,
        List<Consequence> consequences,
        List<String> relatedElements) {

    public Decision {
        String where = Invariants.quoted("decision", Invariants.id("decision", id));
        Invariants.text(where, "title", title);
        Invariants.required(where, "topic", topic);
        Invariants.required(where, "status", status);
        Invariants.text(where, "context", context);
        drivers = Invariants.list(where, "drivers", drivers);
        options = Invariants.list(where, "options", options);
        Invariants.check(options.size() >= 2, where, "needs at least two options but has " + options.size());
        List<String> names = options.stream().map(DecisionOption::name).toList();
        Invariants.unique(where, "option", names);
        Invariants.text(where, "chosenOption", chosenOption);
        Invariants.check(names.contains(chosenOption), where,
                "chosen option '" + chosenOption + "' is not among its options " + names);
        Invariants.text(where, "rationale", rationale);
        consequences = Invariants.list(where, "consequences", consequences);
        relatedElements = Invariants.list(where, "relatedElements", relatedElements);
    }

    /** The option that was chosen. */
    public DecisionOption chosen() {
        return options.stream().filter(o -> o.name().equals(chosenOption)).findFirst().orElseThrow();
    }
}
