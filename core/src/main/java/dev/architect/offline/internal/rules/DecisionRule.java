package dev.architect.offline.internal.rules;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Phrases;
import java.util.List;

/**
 * One architecture decision the offline architect makes: which catalogue section it draws on, what it adds to the
 * facts once decided (later rules see it), and which C4 elements its ADR concerns. A rule may make no decision
 * (migration without an existing system) or several (compliance, one per regime).
 */
public interface DecisionRule {

    DecisionTopic topic();

    /** The rule's choices for these facts; empty when the decision does not arise. */
    List<Choice> decide(Facts facts, Catalogue catalogue);

    /** The facts after this rule's choices, for the rules that follow. */
    default Facts afterwards(Facts facts, List<Choice> choices) {
        return facts;
    }

    /** The ADR's title: the catalogue's when it gives one, else "Use" and the option's name. */
    default String title(Choice choice) {
        String title = choice.chosen().title();
        return title != null && !title.isBlank() ? title : "Use " + Phrases.inSentence(choice.chosen().name());
    }

    /**
     * What the chosen option costs this request when the catalogue's first con does not hold for it (a design fact
     * set after the decision changes it); empty to use that con.
     */
    default java.util.Optional<String> pricePaid(Choice choice) {
        return java.util.Optional.empty();
    }

    /** The chosen option's first strength as this design applies it, when a design fact set after the decision changes it. */
    default java.util.Optional<String> strengthAsApplied(Choice choice) {
        return java.util.Optional.empty();
    }

    /** The chosen option's name as this design applies it, when a design fact set after the decision changes what it is. */
    default java.util.Optional<String> nameAsApplied(Choice choice) {
        return java.util.Optional.empty();
    }

    /** The chosen option's summary as this design applies it, when a design fact set after the decision changes it. */
    default java.util.Optional<String> summaryAsApplied(Choice choice) {
        return java.util.Optional.empty();
    }

    /** Consequences beyond the chosen option's own pros and cons. */
    default List<Consequence> extraConsequences(Choice choice) {
        return List.of();
    }

    /** Ids of the C4 elements the decision shapes, picked from the finished model. */
    List<String> relatedElements(Choice choice, C4Model c4);
}
