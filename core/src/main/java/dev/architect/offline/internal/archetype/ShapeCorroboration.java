package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the request corroborates a shape that one word of a capability claims. Most phrases name the mechanism by
 * themselves ("document extraction", "owner replies"); a phrase the shape lists as {@code corroborated} ("tickets",
 * "grading", "feed") is a word with many senses, and claims the capability only where the request says a second thing the
 * shape is about: another of its
 * signals (its phrases, its context words, the words of its label) in the capability's name, in a sentence of the request
 * that names one of the capability's words, or in an actor or integration that names them ("fans show their tickets at the
 * gate" corroborates an admission ticket; "the ticket is printed and signed by the driver" does not).
 *
 * @param sentences the sentences of the request's description, goals and constraints
 * @param parties each actor as "name: description" and each integration as "name: purpose"
 */
record ShapeCorroboration(List<String> sentences, List<String> parties) {

    /** Only the description is known: its sentences, and no actor or integration. */
    static ShapeCorroboration of(String description) {
        return new ShapeCorroboration(CapabilityShapes.sentences(description), List.of());
    }

    ShapeCorroboration {
        sentences = List.copyOf(sentences);
        parties = List.copyOf(parties);
    }

    /**
     * What corroborates the shape's claim on a capability, to show beside the evidence: empty when nothing does; an empty
     * text when the phrase is specific enough by itself; else "corroborated by 'gate' in '...'".
     */
    Optional<String> corroborate(List<CapabilityShapes.CapabilityShape> all, CapabilityShapes.CapabilityShape shape, String hit, String capability) {
        // "news feed" names the mechanism by a phrase that needs no corroboration, though its "feed" would
        List<String> firm = shape.phrases().stream().filter(p -> !shape.corroborated().contains(p)).toList();
        if (!shape.corroborated().contains(hit) || Words.of(capability).firstMatch(firm, shape.notWithin()).isPresent()) {
            return Optional.of("");
        }
        List<String> signals = signals(all, shape).stream().filter(s -> !sameSignal(s, hit)).toList();
        List<String> own = CapabilityShapes.contentWords(capability);
        Optional<String> inName = Words.of(capability).firstMatch(signals, shape.notWithin());
        if (inName.isPresent()) {
            return Optional.of("corroborated by '" + inName.get() + "' in its name");
        }
        for (String sentence : sentences) {
            Words w = Words.of(sentence);
            boolean about = w.contains(hit) || own.stream().anyMatch(w::contains);
            if (about && !w.containsAny(shape.otherSenses())) {
                Optional<String> found = w.firstMatch(signals, shape.notWithin());
                if (found.isPresent()) {
                    return Optional.of("corroborated by '" + found.get() + "' in '" + shorten(sentence) + "'");
                }
            }
        }
        for (String party : parties) {
            Words w = Words.of(party);
            if ((w.contains(hit) || own.stream().anyMatch(w::contains)) && !w.containsAny(shape.otherSenses())) {
                Optional<String> found = w.firstMatch(signals, shape.notWithin());
                if (found.isPresent()) {
                    return Optional.of("corroborated by '" + found.get() + "' in '" + shorten(party) + "'");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How the word by which a shape claims a capability reads around it ({@link WordSenses}): in the text it was found in
     * (the capability's name, or the sentence naming it), then the sentences that use the word, the actors and
     * integrations that use it.
     */
    WordSenses.Reading sense(CapabilityShapes.CapabilityShape shape, String hit, String capability, String foundIn) {
        List<String> around = new ArrayList<>(List.of(foundIn));
        around.addAll(WordSenses.aroundCapability(sentences, parties, capability, hit));
        return WordSenses.standard().read(WordSenses.Kind.SHAPE, shape.id(), hit, around);
    }

    /**
     * A shape's signals: its phrases, its context words and the words of its label of five letters or more that name
     * something of this shape, not of shapes at large (a word in the labels of {@link #COMMON_LABEL_WORD} shapes or more,
     * "person", "records", is no signal of any).
     */
    static List<String> signals(List<CapabilityShapes.CapabilityShape> all, CapabilityShapes.CapabilityShape shape) {
        Set<String> out = new LinkedHashSet<>(shape.phrases());
        out.addAll(shape.context());
        for (String w : CapabilityShapes.contentTokens(shape.label())) {
            if (w.length() >= 5 && all.stream().filter(s -> CapabilityShapes.contentTokens(s.label()).contains(w)).count() < COMMON_LABEL_WORD) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    /** In how many shapes' labels a word is too common to tell one mechanism. */
    private static final int COMMON_LABEL_WORD = 3;

    /** Two signals are one where either, as whole words, contains the other ("ticket" and "tickets", "feed" and "live feed"). */
    private static boolean sameSignal(String a, String b) {
        return Words.of(a).contains(b) || Words.of(b).contains(a);
    }

    /** The sentences and then the parties, each one text: where a capability may be spoken of. */
    List<String> texts() {
        List<String> out = new ArrayList<>(sentences);
        out.addAll(parties);
        return out;
    }

    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
