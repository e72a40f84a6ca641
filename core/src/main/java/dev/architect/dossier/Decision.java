package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An architecture decision record: the forces at play, at least two real options with their trade-offs, the option
 * chosen and why, and what follows from it. {@code relatedElements} names the C4 elements it shapes.
 *
 * <p>Its lifecycle across re-consultations: {@code date} is the ISO date it was decided (null until a dossier is
 * stamped), {@code supersedes} the id of the decision it replaces and {@code supersededBy} the id of the decision that
 * replaced it (only a {@link DecisionStatus#SUPERSEDED} decision names one). All three are the SDK's to set, not a model's.
 *
 * @param id the decision id, e.g. {@code adr-0003}; unique within the dossier
 * @param title the decision in a few words
 * @param topic what the decision is about
 * @param status where it stands
 * @param context the forces at play
 * @param drivers what matters most in choosing
 * @param options the options considered, at least two
 * @param chosenOption the name of the chosen option; one of {@code options}
 * @param rationale why that option
 * @param consequences what follows from the choice
 * @param relatedElements ids of the C4 elements it shapes
 * @param date the ISO date it was decided, or null until the dossier is stamped
 * @param supersedes the id of the decision it replaces, or null
 * @param supersededBy the id of the decision that replaced it, or null unless SUPERSEDED
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
        List<String> relatedElements,
        String date,
        String supersedes,
        String supersededBy) {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the decision id, e.g. {@code adr-0003}; unique within the dossier
     * @param title the decision in a few words
     * @param topic what the decision is about
     * @param status where it stands
     * @param context the forces at play
     * @param drivers what matters most in choosing
     * @param options the options considered, at least two
     * @param chosenOption the name of the chosen option; one of {@code options}
     * @param rationale why that option
     * @param consequences what follows from the choice
     * @param relatedElements ids of the C4 elements it shapes
     * @param date the ISO date it was decided, or null until the dossier is stamped
     * @param supersedes the id of the decision it replaces, or null
     * @param supersededBy the id of the decision that replaced it, or null unless SUPERSEDED
     */
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
        Invariants.check(date == null || ISO_DATE.matcher(date).matches(), where, "date '" + date + "' is not YYYY-MM-DD");
        Invariants.check(supersedes == null || !supersedes.equals(id), where, "cannot supersede itself");
        Invariants.check(supersededBy == null || status == DecisionStatus.SUPERSEDED, where,
                "names '" + supersededBy + "' as superseding it but its status is " + status);
    }

    /**
     * A decision with no lifecycle yet: undated, replacing nothing, replaced by nothing.
     *
     * @param id the decision id, e.g. {@code adr-0003}; unique within the dossier
     * @param title the decision in a few words
     * @param topic what the decision is about
     * @param status where it stands
     * @param context the forces at play
     * @param drivers what matters most in choosing
     * @param options the options considered, at least two
     * @param chosenOption the name of the chosen option; one of {@code options}
     * @param rationale why that option
     * @param consequences what follows from the choice
     * @param relatedElements ids of the C4 elements it shapes
     */
    public Decision(String id, String title, DecisionTopic topic, DecisionStatus status, String context, List<String> drivers,
                    List<DecisionOption> options, String chosenOption, String rationale, List<Consequence> consequences,
                    List<String> relatedElements) {
        this(id, title, topic, status, context, drivers, options, chosenOption, rationale, consequences, relatedElements,
                null, null, null);
    }

    /**
     * This decision dated, if it has no date yet.
     *
     * @param isoDate the date, ISO format, e.g. {@code 2025-06-01}
     * @return a copy with that date, or this decision when it is already dated
     */
    public Decision datedIfUndated(String isoDate) {
        return date != null ? this : new Decision(id, title, topic, status, context, drivers, options, chosenOption, rationale,
                consequences, relatedElements, isoDate, supersedes, supersededBy);
    }

    /**
     * This decision, replaced by {@code successorId}.
     *
     * @param successorId the id of the decision that replaces this one
     * @return a copy with status SUPERSEDED pointing at the successor
     */
    public Decision supersededBy(String successorId) {
        return new Decision(id, title, topic, DecisionStatus.SUPERSEDED, context, drivers, options, chosenOption, rationale,
                consequences, relatedElements, date, supersedes, successorId);
    }

    /**
     * This decision under a new id, replacing {@code predecessorId} (null when it replaces nothing).
     *
     * @param newId the id to carry
     * @param predecessorId the id of the decision this one replaces, or null
     * @return a copy with the new id and predecessor
     */
    public Decision renumbered(String newId, String predecessorId) {
        return new Decision(newId, title, topic, status, context, drivers, options, chosenOption, rationale, consequences,
                relatedElements, date, predecessorId, supersededBy);
    }

    /**
     * Whether the decision is in force (proposed or accepted), as opposed to a record kept for history (superseded,
     * deprecated or rejected).
     *
     * @return true while the decision holds
     */
    public boolean isInForce() {
        return status == DecisionStatus.PROPOSED || status == DecisionStatus.ACCEPTED;
    }

    /**
     * What the decision is about, for matching decisions across dossiers: its topic, and for compliance (one decision
     * per regime) its title as well.
     *
     * @return the topic name; for a compliance decision followed by {@code :} and the title
     */
    public String subject() {
        return topic == DecisionTopic.COMPLIANCE ? topic.name() + ":" + title : topic.name();
    }

    /**
     * The option that was chosen.
     *
     * @return the option whose title is the chosen one
     */
    public DecisionOption chosen() {
        return options.stream().filter(o -> o.name().equals(chosenOption)).findFirst().orElseThrow();
    }
}
