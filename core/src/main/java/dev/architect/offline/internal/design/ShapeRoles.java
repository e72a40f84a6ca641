package dev.architect.offline.internal.design;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who plays a person's role in a shaped capability's flow: the person the request connects to that capability, whose name
 * or description shares the most words with the capability's name (a job seeker who "uploads a CV" for "CV upload and
 * parsing"); staff of the organisation first on a tie. A person whose words share none of the capability's plays no role
 * in it: a support agent who "handles deletion requests and billing disputes" does not confirm the fields read from CVs.
 */
final class ShapeRoles {

    private ShapeRoles() {
    }

    /**
     * The person connected to the capability, or empty when none of the people's words name it.
     *
     * @param capability the capability's name
     * @param people the request's people (not machines), in the request's order
     * @return the best-connected person, staff first on a tie; empty when no person shares a word with the capability
     */
    static Optional<Topology.Actor> person(String capability, List<Topology.Actor> people) {
        return person(capability, Set.of(), people);
    }

    /**
     * The person who does a staff step of a shaped capability's flow: a staff member whose words name both the capability
     * and what the flow does (a credit controller who "confirms income read from payslips" confirms a payslip's fields),
     * else the person connected to the capability ({@link #person(String, List)}).
     *
     * @param capability the capability's name
     * @param flowWords the stems of the flow's title, description and steps
     * @param people the request's people (not machines), in the request's order
     * @return the person, or empty when no person shares a word with the capability
     */
    static Optional<Topology.Actor> person(String capability, Set<String> flowWords, List<Topology.Actor> people) {
        Set<String> words = FlowActors.stems(capability);
        Optional<Topology.Actor> staff = people.stream().filter(a -> !a.external())
                .filter(a -> FlowActors.shared(own(a), words) > 0 && FlowActors.shared(own(a), flowWords) > 0)
                .max(java.util.Comparator.comparingInt(a -> FlowActors.shared(own(a), words) + FlowActors.shared(own(a), flowWords)));
        if (staff.isPresent()) {
            return staff;
        }
        Topology.Actor best = null;
        int bestScore = 0;
        for (Topology.Actor a : people) {
            int score = FlowActors.shared(own(a), words) * 2
                    + (a.external() ? 0 : 1);
            if (score > 1 && score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a person's words share any with the capability or with what its flow does.
     *
     * @param a the person
     * @param capability the capability's name
     * @param flowWords the stems of the flow's title, description and steps
     * @return true when one word is shared
     */
    static boolean connected(Topology.Actor a, String capability, Set<String> flowWords) {
        return FlowActors.shared(own(a), FlowActors.stems(capability)) > 0 || FlowActors.shared(own(a), flowWords) > 0;
    }

    private static Set<String> own(Topology.Actor a) {
        return FlowActors.stems(a.name() + " " + (a.description() == null ? "" : a.description()));
    }
}
