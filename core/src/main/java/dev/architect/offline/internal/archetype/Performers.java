package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.ActorRoles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who performs a capability as the request states it: the sentences of its description, goals and actors' descriptions
 * that name every word of the capability ("the system assigns pick tasks to the robots") are read for the machines and
 * the people of {@code actor-roles.yaml} (machines, reporters; staff, public). People alone there perform it; machines
 * perform it where one is named nearer the capability's words than any person ("assigns pick tasks to the robots and a
 * pharmacist verifies"). A person nearer than the machines may only set work the machines carry out, so that, and
 * neither named, leaves it unknown; an unknown performer holds nothing against a mechanism. A machine a person carries ("handheld
 * devices", {@code carried}) is that person's tool, not a performer.
 */
public final class Performers {

    private Performers() {
    }

    /**
     * Who performs the capability, as the request's sentences naming it say; empty when they do not say or say both.
     *
     * @param capability the capability's name
     * @param request    the request
     * @return the performer the request states
     */
    public static Optional<Performer> of(String capability, ConsultationRequest request) {
        List<String> own = CapabilityShapes.contentWords(capability);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        for (Actor a : request.actors()) {
            texts.add(a.name() + (a.description() == null ? "" : ": " + a.description()));
        }
        ActorRoles roles = ActorRoles.standard();
        // A word both lists hold ("controller": a flight controller or a valve's) says neither.
        List<String> machineWords = new ArrayList<>(roles.machines());
        roles.reporters().stream().filter(w -> !machineWords.contains(w)).forEach(machineWords::add);
        List<String> people = new ArrayList<>(roles.staffActorWords());
        people.addAll(roles.publicRoles());
        List<String> both = machineWords.stream().filter(people::contains).toList();
        machineWords.removeAll(both);
        people.removeAll(both);
        Optional<Performer> found = Optional.empty();
        int nearest = Integer.MAX_VALUE;
        boolean tie = false;
        boolean machinesNamed = false;
        boolean peopleNamed = false;
        for (String text : texts) {
            for (String sentence : CapabilityShapes.sentences(text)) {
                List<String> tokens = CapabilityShapes.contentTokens(sentence);
                List<Integer> at = new ArrayList<>();
                for (int i = 0; i < tokens.size(); i++) {
                    String t = tokens.get(i);
                    if (own.stream().anyMatch(w -> Words.of(t).contains(w) || Words.of(t).contains(CapabilityShapes.stem(w)))) {
                        at.add(i);
                    }
                }
                if (own.stream().anyMatch(w -> !Words.of(sentence).contains(w) && !Words.of(sentence).contains(CapabilityShapes.stem(w)))) {
                    continue; // the sentence does not name the capability
                }
                boolean[] carried = covered(tokens, roles.carried());
                for (Performer p : Performer.values()) {
                    List<String> words = p == Performer.MACHINES ? machineWords : people;
                    for (int i : starts(tokens, words)) {
                        if (carried[i]) {
                            continue;
                        }
                        machinesNamed |= p == Performer.MACHINES;
                        peopleNamed |= p == Performer.PEOPLE;
                        int distance = at.stream().mapToInt(c -> Math.abs(c - i)).min().orElse(Integer.MAX_VALUE);
                        if (distance < nearest) {
                            nearest = distance;
                            found = Optional.of(p);
                            tie = false;
                        } else if (distance == nearest && found.isPresent() && found.get() != p) {
                            tie = true;
                        }
                    }
                }
            }
        }
        if (!machinesNamed) {
            return peopleNamed ? Optional.of(Performer.PEOPLE) : Optional.empty();
        }
        // Machines named beside people: the machines do the work where they are named nearest it ("assigns pick tasks to the
        // robots"); where a person is nearer, the person may only set the work a machine carries out ("valves open on
        // schedules that agronomists set"), so it is not said.
        return tie || found.orElse(null) != Performer.MACHINES ? Optional.empty() : found;
    }

    /** Where one of the phrases starts among the tokens (whole words, a plural allowed). */
    private static List<Integer> starts(List<String> tokens, List<String> phrases) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (String phrase : phrases) {
                int n = phrase.split(" ").length;
                if (i + n <= tokens.size() && Words.of(String.join(" ", tokens.subList(i, i + n))).contains(phrase)
                        && Words.of(tokens.get(i)).contains(phrase.split(" ")[0])) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** The tokens inside one of the phrases: a machine word there is a tool a person carries. */
    private static boolean[] covered(List<String> tokens, List<String> phrases) {
        boolean[] out = new boolean[tokens.size()];
        for (String phrase : phrases) {
            int n = phrase.split(" ").length;
            for (int i : starts(tokens, List.of(phrase))) {
                java.util.Arrays.fill(out, i, Math.min(tokens.size(), i + n), true);
            }
        }
        return out;
    }
}
