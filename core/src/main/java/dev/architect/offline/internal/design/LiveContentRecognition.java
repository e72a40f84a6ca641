package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Evidence;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.offline.internal.catalog.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of live content the connections of a realtime archetype receive when none of the request's capabilities is
 * carried on them (push-fanout.yaml {@code liveContent}), recognised from the sentence that says what is pushed (the
 * evidence the archetype was recognised by): first from what the capabilities named there do (the archetype or capability
 * shape designing them), then from the sentence's own words, then from the archetypes that need the connection. Where
 * one level finds several kinds the busiest is taken, and the others are named.
 */
final class LiveContentRecognition {

    /**
     * The kind taken, why, and the other kinds found beside it.
     *
     * @param kind     the kind taken, with its rate
     * @param evidence what recognised it, in the dossier's words
     * @param others   the kinds found beside it at the same level, less busy
     */
    record Found(PushFanout.Kind kind, String evidence, List<LiveContent> others) {
    }

    private LiveContentRecognition() {
    }

    /** The kind of live content the connections {@code holder} designs receive; empty when nothing recognises one. */
    static Optional<Found> of(Topology t, Topology.Placement holder, PushFanout fanout) {
        List<String> sentences = pushSentences(holder);
        Map<PushFanout.Kind, String> found = new LinkedHashMap<>();
        // 1. what the capabilities the sentence names do
        for (String sentence : sentences) {
            Words words = Words.of(sentence);
            for (Topology.Capability c : t.capabilities) {
                if (!words.contains(c.name()) && !words.contains(singularName(c.name()))) {
                    continue;
                }
                designer(t, c, fanout).ifPresent(d -> found.putIfAbsent(d.kind(), "capability '" + c.name() + "' named in \"" + sentence + "\" is designed by "
                        + d.by()));
            }
        }
        // 2. the sentence's own words
        if (found.isEmpty()) {
            for (String sentence : sentences) {
                Words words = Words.of(sentence);
                for (PushFanout.Kind k : fanout.liveContent()) {
                    words.firstMatch(k.words(), k.notWithin()).ifPresent(w -> found.putIfAbsent(k, "\"" + sentence + "\" says '" + w + "'"));
                }
            }
        }
        // 3. the archetypes that need the connection
        if (found.isEmpty()) {
            for (Topology.Placement p : t.placements) {
                if (!p.archetype().requires().contains(holder.archetype().id())) {
                    continue;
                }
                byArchetype(fanout, p.archetype().id()).ifPresent(k -> found.putIfAbsent(k, p.archetype().name() + " (archetype " + p.archetype().id()
                        + ") needs the connection"));
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PushFanout.Kind busiest = found.keySet().stream().min(Comparator.comparingDouble(PushFanout.Kind::everySeconds)).orElseThrow();
        List<LiveContent> others = found.keySet().stream().filter(k -> k != busiest).map(PushFanout.Kind::kind).toList();
        return Optional.of(new Found(busiest, found.get(busiest), others));
    }

    /** A kind and the words saying what designs the capability that pushes it. */
    private record Designer(PushFanout.Kind kind, String by) {
    }

    private static Optional<Designer> designer(Topology t, Topology.Capability c, PushFanout fanout) {
        if (c.designedByArchetype()) {
            for (Topology.Placement p : t.designersOf(c)) {
                Optional<PushFanout.Kind> k = byArchetype(fanout, p.archetype().id());
                if (k.isPresent()) {
                    return Optional.of(new Designer(k.get(), p.archetype().name().toLowerCase(Locale.ROOT) + " (archetype " + p.archetype().id() + ")"));
                }
            }
        }
        if (c.shaped() != null) {
            String shape = c.shaped().shape().id();
            return fanout.liveContent().stream().filter(k -> k.shapes().contains(shape)).findFirst()
                    .map(k -> new Designer(k, c.shaped().shape().label() + " (shape " + shape + ")"));
        }
        return Optional.empty();
    }

    /** The name with its last word singular, so "bids" is found in "each bid" (a phrase also matches its plural). */
    private static String singularName(String name) {
        int space = name.lastIndexOf(' ');
        return name.substring(0, space + 1) + Names.singular(name.substring(space + 1));
    }

    private static Optional<PushFanout.Kind> byArchetype(PushFanout fanout, String archetypeId) {
        return fanout.liveContent().stream().filter(k -> k.archetypes().contains(archetypeId)).findFirst();
    }

    /** The sentences of the description and goals whose words recognised the archetype holding the connections. */
    private static List<String> pushSentences(Topology.Placement holder) {
        List<String> out = new ArrayList<>();
        for (Evidence e : holder.recognised().evidence()) {
            if (e.field() != RequestField.DESCRIPTION && e.field() != RequestField.GOAL || e.text() == null) {
                continue;
            }
            String phrase = e.phrase().toLowerCase(Locale.ROOT);
            for (String sentence : e.text().strip().split("(?<=[.!?])\\s+")) {
                String s = sentence.strip();
                if (!s.isEmpty() && !out.contains(s) && (s.toLowerCase(Locale.ROOT).contains(phrase) || Words.of(s).contains(e.phrase()))) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
