package dev.architect.offline.internal.catalog;

import java.util.List;

/**
 * Messages a machine sends ({@code device-messages.yaml}): "every charger ... sends heartbeats, status notifications and
 * meter values" names the device's own messages, so a mechanism for people ("notifications") is not called for by them.
 * A phrase is sent by a machine when, in each clause that says it, the last sending verb before it has a reporting machine of
 * {@code actor-roles.yaml} among the words between that verb and the sending verb (or sentence start) before it.
 *
 * @param sendingVerbs verbs by which a sender hands messages on ("sends", "reports", "emits")
 * @param forPeople    ids of the archetypes whose work is for people, which a machine's own message never calls for
 */
public record DeviceMessages(List<String> sendingVerbs, List<String> forPeople) {

    static final String RESOURCE = "/dev/architect/offline/device-messages.yaml";

    public DeviceMessages {
        if (sendingVerbs == null || sendingVerbs.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": sendingVerbs is required and must name at least one verb");
        }
        for (String verb : sendingVerbs) {
            if (verb == null || split(verb).size() != 1 || !split(verb).get(0).equals(verb)) {
                throw new IllegalStateException(RESOURCE + ": sending verb '" + verb + "' must be one lower-case word");
            }
        }
        sendingVerbs = List.copyOf(sendingVerbs);
        if (forPeople == null || forPeople.isEmpty() || forPeople.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new IllegalStateException(RESOURCE + ": forPeople is required and must name archetype ids");
        }
        forPeople = List.copyOf(forPeople);
    }

    private static List<String> split(String text) {
        return Words.split(text);
    }

    private static final class Holder {
        static final DeviceMessages STANDARD = DataFiles.shipped(RESOURCE, DeviceMessages.class, "device messages");
    }

    /**
     * The shipped table.
     *
     * @return the verbs read from {@code device-messages.yaml}
     */
    public static DeviceMessages standard() {
        return Holder.STANDARD;
    }

    /**
     * Whether every place the phrase occurs in the text is a message a machine sends: in each clause holding it (a
     * sentence, or its part between semicolons or colons), the last sending verb before it has a reporting machine among
     * the words between that verb and the sending verb (or clause start) before it. False where the phrase is not found.
     *
     * @param text   the request's field, as the request wrote it
     * @param phrase the phrase found in it
     * @return whether each occurrence is a machine's own message
     */
    public boolean sentByMachine(String text, String phrase) {
        List<String> wanted = split(phrase);
        boolean found = false;
        for (String clause : text.split("(?<=[.!?])\\s+|[;:]")) {
            List<String> tokens = split(clause);
            for (int i = 0; i + wanted.size() <= tokens.size(); i++) {
                if (matchesAt(tokens, i, wanted)) {
                    found = true;
                    if (!machineSends(tokens, i)) {
                        return false;
                    }
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> tokens, int at, List<String> wanted) {
        for (int k = 0; k < wanted.size(); k++) {
            if (!Words.sameWord(tokens.get(at + k), wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last sending verb before {@code at} has a reporting machine as its sender. */
    private boolean machineSends(List<String> tokens, int at) {
        int verb = at - 1;
        while (verb >= 0 && !sendingVerbs.contains(tokens.get(verb))) {
            verb--;
        }
        if (verb < 0) {
            return false;
        }
        // A person named after the verb ("reports its status, and operators start and stop remotely the cooling") is the
        // new subject: what follows is theirs, not the machine's message
        Words between = Words.of(String.join(" ", tokens.subList(verb + 1, at)));
        ActorRoles roles = ActorRoles.standard();
        if (between.containsAny(roles.staffActorWords()) || between.containsAny(roles.publicRoles())) {
            return false;
        }
        int from = verb - 1;
        while (from >= 0 && !sendingVerbs.contains(tokens.get(from))) {
            from--;
        }
        return Words.of(String.join(" ", tokens.subList(from + 1, verb))).containsAny(ActorRoles.standard().reporters());
    }
}
