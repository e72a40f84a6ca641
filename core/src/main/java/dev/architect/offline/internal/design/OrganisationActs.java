package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.catalog.ActorRoles;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The acts only the organisation performs, from {@code organisation-acts.yaml}: issuing, approving, activating,
 * publishing, voiding, accepting or rejecting a submission, paying out. Who does a flow's staff work follows the act, not
 * the words an actor shares with the capability: a freight customer whose description says "books lorries on account"
 * does not issue its own invoice nor approve the hazardous-goods rule that restricts it; only a member of the public whose
 * own description says the act (a "seller who issues invoices to buyers") may do it.
 *
 * @param acts the acts, each with the words that say it
 */
record OrganisationActs(List<Act> acts) {

    static final String RESOURCE = "/dev/architect/offline/organisation-acts.yaml";
    private static final OrganisationActs STANDARD = DataFiles.shipped(RESOURCE, OrganisationActs.class, "organisation acts");

    /**
     * One act.
     *
     * @param act the act, as the evidence names it
     * @param forms the whole words that say it
     */
    record Act(String act, List<String> forms) {
        Act {
            if (act == null || act.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": an act has no name");
            }
            forms = Words.phrases(RESOURCE + ": act '" + act + "'", "forms", forms);
        }
    }

    OrganisationActs {
        acts = List.copyOf(acts == null ? List.of() : acts);
        if (acts.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": acts must list at least one act");
        }
        Set<String> seen = new HashSet<>();
        for (Act a : acts) {
            for (String f : a.forms()) {
                if (!seen.add(f)) {
                    throw new IllegalStateException(RESOURCE + ": form '" + f + "' of act '" + a.act() + "' is listed under another act too");
                }
            }
        }
    }

    static OrganisationActs standard() {
        return STANDARD;
    }

    /** Reads an organisation-acts file; a bad entry fails naming it. */
    static OrganisationActs read(java.io.InputStream in, String source) {
        return DataFiles.read(in, source, OrganisationActs.class, "organisation acts");
    }

    /**
     * The organisation act a flow does: the first act whose words its title or one of its staff steps' messages uses.
     *
     * @param f the flow
     * @return the act, or empty when the flow does none
     */
    Optional<Act> of(Archetype.Flow f) {
        StringBuilder text = new StringBuilder(f.title() == null ? "" : f.title());
        f.parsed().stream().filter(s -> s.from().equals("staff")).forEach(s -> text.append(" . ").append(s.message()));
        Words w = Words.of(text.toString());
        return acts.stream().filter(a -> w.containsAny(a.forms())).findFirst();
    }

    /**
     * Whether an actor's own description says it does the act ("publishes quizzes"); its name alone does not.
     *
     * @param a the actor
     * @param act the act
     * @return true when its description uses one of the act's words
     */
    static boolean says(Topology.Actor a, Act act) {
        return a.description() != null && Words.of(a.description()).containsAny(act.forms());
    }

    /**
     * The people who may do a flow's staff work: all of them where the flow does no organisation act; else all but the
     * public (actor-roles.yaml {@code public}: customers, passengers, patients) whose own description does not say the act.
     * A role the request names without a staff word ("Treasurer", "Finance") is not taken for the public.
     *
     * @param f the flow
     * @param people the request's people
     * @return those who may act
     */
    List<Topology.Actor> mayAct(Archetype.Flow f, List<Topology.Actor> people) {
        Optional<Act> act = of(f);
        return act.isEmpty() ? people : people.stream()
                .filter(a -> !a.external() || !isPublic(a) || says(a, act.get())).toList();
    }

    /** Whether an actor's name names people outside the organisation, each public role read in its singular too ("Patient"). */
    private static boolean isPublic(Topology.Actor a) {
        Words name = Words.of(a.name());
        return ActorRoles.standard().publicRoles().stream().anyMatch(r -> name.contains(r) || name.contains(Names.singular(r)));
    }
}
