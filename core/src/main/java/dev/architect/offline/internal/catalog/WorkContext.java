package dev.architect.offline.internal.catalog;

import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an actor works for the organisation, read from how the request describes its work rather than from its job
 * title ({@code staff-at-work.yaml}): "dispatchers assign jobs while on shift", "a desk went past its limit because two
 * traders hit the same bid". An actor named as the public (a customer, a rider) is never read as staff this way, and an
 * actor that is a program (a trading algorithm) makes no person's traffic at all.
 *
 * @param atWork   whole words that place people at work
 * @param software whole words of an actor's name that say it is a program
 */
public record WorkContext(List<String> atWork, List<String> software) {

    /** Where the words are shipped. */
    public static final String RESOURCE = "/dev/architect/offline/staff-at-work.yaml";

    public WorkContext {
        atWork = required("atWork", atWork);
        software = required("software", software);
    }

    private static List<String> required(String key, List<String> words) {
        return Words.phrases(RESOURCE, key, words);
    }

    private static final class Holder {
        static final WorkContext STANDARD = DataFiles.shipped(RESOURCE, WorkContext.class, "staff at work");
    }

    /**
     * The shipped file's words.
     *
     * @return the standard instance
     */
    public static WorkContext standard() {
        return Holder.STANDARD;
    }

    /**
     * Whether the actor is a program acting on its own, by the words of its name ("Trading algorithm").
     *
     * @param actor one of the request's actors
     * @return whether it is a program
     */
    public boolean isSoftware(Actor actor) {
        return Words.of(actor.name()).containsAny(software);
    }

    /**
     * The words that say the actor works for the organisation: its description, or a sentence of the request's
     * description or goals that names it, placing it at work. Empty for an actor named as the public.
     *
     * @param request the request
     * @param actor   one of its actors
     * @return the sentence or description that says so, or empty
     */
    public Optional<String> atWork(ConsultationRequest request, Actor actor) {
        Words name = Words.of(actor.name());
        if (name.containsAny(ActorRoles.standard().publicRoles())) {
            return Optional.empty();
        }
        if (actor.description() != null && Words.of(actor.description()).containsAny(atWork)) {
            return Optional.of("actor " + actor.name() + ": \"" + actor.description().strip() + "\"");
        }
        String[] words = actor.name().toLowerCase(Locale.ROOT).strip().split("\\s+");
        String head = words[words.length - 1];
        List<String> texts = new java.util.ArrayList<>();
        texts.add(request.description() == null ? "" : request.description());
        if (request.goals() != null) {
            texts.addAll(request.goals());
        }
        for (String text : texts) {
            for (String sentence : text.split("(?<=[.;!?])\\s+")) {
                Words said = Words.of(sentence);
                if (said.contains(head) && said.containsAny(atWork)) {
                    return Optional.of("\"" + sentence.strip() + "\"");
                }
            }
        }
        return Optional.empty();
    }
}
