package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The senses of words that alone would name a whole mechanism ({@code word-senses.yaml}): "review" is a customer's rating
 * beside stars and products, a panel's review beside reviewers and proposals; "mainframe" is a system to replace beside
 * "replace" or "migrate", one to exchange files with beside "nightly" and "SFTP". An archetype, a capability shape or a
 * catalogue resource listed under a sense fires on the word only where a word selecting that sense stands near it; the
 * word alone, or beside another sense's words only, or beside both, fires nothing. Words the file does not list keep the
 * recognisers' own rules.
 *
 * @param words the ambiguous words, each with its senses
 * @param redo the senses of a capability named as a record done again ("rebilling", "rebooking"): a correction of a record
 *             issued wrong, or a move of one whose circumstances changed
 */
public record WordSenses(List<Entry> words, List<Sense> redo) {

    public static final String RESOURCE = "/dev/architect/offline/word-senses.yaml";

    /** Which kind of recogniser claims a word. */
    public enum Kind {
        ARCHETYPE, SHAPE, RESOURCE
    }

    /**
     * One sense of a word.
     *
     * @param meaning what the word means in it, quoted in the evidence
     * @param archetypes the archetypes designed for this sense
     * @param shapes the capability shapes designed for it
     * @param resources the catalogue resources (by singular) designed for it
     * @param selectedBy the neighbouring words that select it
     */
    public record Sense(String meaning, List<String> archetypes, List<String> shapes, List<String> resources, List<String> selectedBy) {
        public Sense {
            archetypes = List.copyOf(archetypes == null ? List.of() : archetypes);
            shapes = List.copyOf(shapes == null ? List.of() : shapes);
            resources = List.copyOf(resources == null ? List.of() : resources);
        }

        boolean designs(Kind kind, String id) {
            return switch (kind) {
                case ARCHETYPE -> archetypes.contains(id);
                case SHAPE -> shapes.contains(id);
                case RESOURCE -> resources.contains(id);
            };
        }
    }

    /**
     * An ambiguous word and its senses.
     *
     * @param word the word, lower case and singular
     * @param senses its senses, at least two
     */
    public record Entry(String word, List<Sense> senses) {
        public Entry {
            senses = List.copyOf(senses == null ? List.of() : senses);
        }
    }

    /**
     * How a recogniser's word reads where it was found.
     *
     * @param counts whether the word may fire the recogniser here
     * @param note what the reading rests on, to show beside the evidence; empty when the word is not one the file lists
     * @param otherSense whether a word near it selected another sense and none of this one: the reading is settled, not unsure
     */
    public record Reading(boolean counts, String note, boolean otherSense) {
        static final Reading UNLISTED = new Reading(true, "");

        /**
         * A reading that does not say the word was read in another sense.
         *
         * @param counts whether the word counts
         * @param note what the reading rests on
         */
        public Reading(boolean counts, String note) {
            this(counts, note, false);
        }
    }

    public WordSenses {
        words = List.copyOf(words == null ? List.of() : words);
        redo = List.copyOf(redo == null ? List.of() : redo);
        if (redo.size() == 1) {
            throw new IllegalStateException(RESOURCE + ": redo needs at least two senses, or it is not ambiguous");
        }
        redo.forEach(s -> Words.phrases(RESOURCE + ": redo, sense '" + s.meaning() + "'", "selectedBy", s.selectedBy()));
        Set<String> seen = new HashSet<>();
        for (Entry e : words) {
            String where = RESOURCE + ": word '" + e.word() + "'";
            if (e.word() == null || Words.phrases(where, "word", List.of(e.word())).get(0).contains(" ")) {
                throw new IllegalStateException(where + " must be one lower-case word");
            }
            if (!seen.add(e.word())) {
                throw new IllegalStateException(where + " is listed twice");
            }
            if (e.senses().size() < 2) {
                throw new IllegalStateException(where + " needs at least two senses, or it is not ambiguous");
            }
            for (Sense s : e.senses()) {
                if (s.meaning() == null || s.meaning().isBlank()) {
                    throw new IllegalStateException(where + " has a sense without a meaning");
                }
                Words.phrases(where + ", sense '" + s.meaning() + "'", "selectedBy", s.selectedBy());
                if (s.selectedBy().contains(e.word())) {
                    throw new IllegalStateException(where + ", sense '" + s.meaning() + "' is selected by the word itself");
                }
            }
        }
    }

    private static final class Holder {
        static final WordSenses STANDARD = DataFiles.shipped(RESOURCE, "word senses",
                (in, where) -> checked(DataFiles.read(in, where, WordSenses.class, "word senses"), Archetypes.standard(),
                        CapabilityShapes.standard(), Catalogue.standard()));
    }

    /** The shipped word senses, read once and checked against the shipped archetypes, shapes and catalogue. */
    public static WordSenses standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a word-senses file and checks each recogniser it names against the given catalogues; the error names the entry.
     *
     * @param in the file
     * @param source its name, for errors
     * @param archetypes the archetype catalogue
     * @param shapes the capability shapes
     * @param catalogue the resource catalogue
     * @return the checked senses
     */
    public static WordSenses read(InputStream in, String source, Archetypes archetypes, CapabilityShapes shapes, Catalogue catalogue) {
        return checked(DataFiles.read(in, source, WordSenses.class, "word senses"), archetypes, shapes, catalogue);
    }

    private static WordSenses checked(WordSenses senses, Archetypes archetypes, CapabilityShapes shapes, Catalogue catalogue) {
        List<Entry> all = new ArrayList<>(senses.words());
        all.add(new Entry("redo", senses.redo()));
        for (Entry e : all) {
            for (Sense s : e.senses()) {
                String where = RESOURCE + ": word '" + e.word() + "', sense '" + s.meaning() + "'";
                for (String id : s.archetypes()) {
                    Archetype a = archetypes.byId(id).orElseThrow(() -> new IllegalStateException(where + " names archetype '" + id + "', which the catalogue does not have"));
                    if (!a.phrases().contains(e.word()) && !a.phrases().contains(plural(e.word()))) {
                        throw new IllegalStateException(where + ": '" + e.word() + "' is not a phrase of archetype '" + id + "'");
                    }
                }
                for (String id : s.shapes()) {
                    CapabilityShapes.CapabilityShape shape = shapes.shapes().stream().filter(x -> x.id().equals(id)).findFirst()
                            .orElseThrow(() -> new IllegalStateException(where + " names shape '" + id + "', which capability-shapes.yaml does not have"));
                    if (e.senses() != senses.redo() && !shape.phrases().contains(e.word()) && !shape.phrases().contains(plural(e.word()))) {
                        throw new IllegalStateException(where + ": '" + e.word() + "' is not a phrase of shape '" + id + "'");
                    }
                }
                for (String id : s.resources()) {
                    ResourceShape r = catalogue.resources().stream().filter(x -> x.singular().equals(id)).findFirst()
                            .orElseThrow(() -> new IllegalStateException(where + " names resource '" + id + "', which the catalogue does not have"));
                    if (!r.match().contains(e.word())) {
                        throw new IllegalStateException(where + ": '" + e.word() + "' is not a match word of resource '" + id + "'");
                    }
                }
            }
        }
        return senses;
    }

    private static String plural(String word) {
        return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word.endsWith("s") ? word + "es" : word + "s";
    }

    /** The entry of a phrase that is one listed word or its plural, if any. */
    Optional<Entry> entry(String phrase) {
        if (phrase == null || phrase.strip().contains(" ")) {
            return Optional.empty();
        }
        Words p = Words.of(phrase);
        return words.stream().filter(e -> p.contains(e.word())).findFirst();
    }

    /**
     * How a recogniser's phrase reads among the texts around it, nearest first: the first text holding a word that selects
     * a sense decides. A word of a sense the recogniser designs, and none of another, lets it fire; another sense's word, or
     * both, or none in any text, does not. A phrase the file does not list, or a recogniser no sense of its word names,
     * reads as before ({@link Reading#UNLISTED}).
     *
     * @param kind what kind of recogniser found the phrase
     * @param id the recogniser's id (an archetype or shape id, a resource's singular)
     * @param phrase the phrase it was found by
     * @param around the texts around the phrase, nearest first (the capability's name, then sentences, actors, integrations)
     * @return whether the phrase counts, and what the reading rests on
     */
    public Reading read(Kind kind, String id, String phrase, List<String> around) {
        Optional<Entry> entry = entry(phrase);
        if (entry.isEmpty() || entry.get().senses().stream().noneMatch(s -> s.designs(kind, id))) {
            return Reading.UNLISTED;
        }
        return reading(entry.get().word(), entry.get().senses(), kind, id, around);
    }

    /**
     * How a capability named as a record done again ("rebilling", "rebooking") reads among the texts around it: a
     * correction of the record (the shape {@code id}) only where a word of that sense stands near it.
     *
     * @param word the redo's word, as the capability's name has it
     * @param id the shape that designs the correction
     * @param around the texts around it, nearest first
     * @return whether it reads as the correction, and what the reading rests on
     */
    public Reading readRedo(String word, String id, List<String> around) {
        return redo.stream().noneMatch(s -> s.designs(Kind.SHAPE, id)) ? Reading.UNLISTED : reading(word, redo, Kind.SHAPE, id, around);
    }

    private static Reading reading(String word, List<Sense> senses, Kind kind, String id, List<String> around) {
        // A selecting word that only modifies another noun ("card" of "card terminal") selects nothing (archetype-roles.yaml)
        List<String> vocabulary = new ArrayList<>(List.of(word));
        senses.forEach(s -> vocabulary.addAll(s.selectedBy()));
        ArchetypeRoles roles = ArchetypeRoles.standard();
        for (String text : around) {
            Words w = Words.of(text);
            Optional<Sense> own = Optional.empty();
            Optional<String> ownWord = Optional.empty();
            Optional<Sense> other = Optional.empty();
            Optional<String> otherWord = Optional.empty();
            for (Sense s : senses) {
                Optional<String> found = s.selectedBy().stream().filter(w::contains).filter(x -> !roles.onlyModifies(text, x, vocabulary)).findFirst();
                if (found.isEmpty()) {
                    continue;
                }
                if (s.designs(kind, id) && own.isEmpty()) {
                    own = Optional.of(s);
                    ownWord = found;
                } else if (!s.designs(kind, id) && other.isEmpty()) {
                    other = Optional.of(s);
                    otherWord = found;
                }
            }
            if (own.isPresent() && other.isEmpty()) {
                return new Reading(true, "'" + word + "' read as " + own.get().meaning() + ": '" + ownWord.get() + "' in '" + ShapeCorroboration.shorten(text) + "'");
            }
            if (other.isPresent()) {
                return new Reading(false, "'" + word + "' read as " + other.get().meaning() + ": '" + otherWord.get() + "' in '" + ShapeCorroboration.shorten(text) + "'"
                        + (own.isPresent() ? ", beside '" + ownWord.get() + "' of another sense: ambiguous" : ""), own.isEmpty());
            }
        }
        return new Reading(false, "'" + word + "' alone, with no word of the sense it names nearby");
    }

    /**
     * The texts around a phrase found in a capability's name, nearest first: the name; the sentences of the description
     * and goals that use the phrase (those that also use another word of the capability's name, where any do); the actors
     * and integrations that use it; last, every text naming one of the capability's words, as one text.
     *
     * @param request the request
     * @param capability the capability's name
     * @param phrase the phrase found in it
     * @return the texts, the name first
     */
    public static List<String> aroundCapability(ConsultationRequest request, String capability, String phrase) {
        List<String> sentences = new ArrayList<>(CapabilityShapes.sentences(request.description()));
        request.goals().forEach(g -> sentences.addAll(CapabilityShapes.sentences(g)));
        return aroundCapability(sentences, parties(request), capability, phrase);
    }

    /**
     * The texts around a phrase found in a capability's name as a catalogue row's sense is read ({@link #aroundCapability}),
     * with the request's opening sentence, which says what the organisation is ("Online grocery store ..."): a bare "reviews"
     * of a shop is its customers' reviews. A row is a record, not a mechanism with a hard requirement, so what the
     * organisation is may decide it; an archetype's sense still needs a sentence that speaks of the capability.
     *
     * @param request the request
     * @param capability the capability's name
     * @param phrase the phrase found in it
     * @return the texts, the name first
     */
    public static List<String> aroundCapabilityAsRecord(ConsultationRequest request, String capability, String phrase) {
        List<String> out = new ArrayList<>(aroundCapability(request, capability, phrase));
        CapabilityShapes.sentences(request.description()).stream().findFirst().ifPresent(out::add);
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * The same, from the request's sentences and its parties (each actor and integration as one text).
     *
     * @param sentences the sentences of the description and goals
     * @param parties each actor as "name: description", each integration as "name: purpose"
     * @param capability the capability's name
     * @param phrase the phrase found in it
     * @return the texts, the name first
     */
    static List<String> aroundCapability(List<String> sentences, List<String> parties, String capability, String phrase) {
        List<String> out = new ArrayList<>(nearCapability(sentences, parties, capability, phrase));
        // Where no text near the phrase decides, the texts that speak of the capability's other words do, as one text ("card"
        // in the sentence about "scooter rental" reads its "payments"); a word of another sense among them leaves the reading
        // ambiguous. The rest of the request is not read: a word elsewhere is evidence of something else.
        List<String> whole = new ArrayList<>(sentences);
        whole.addAll(parties);
        // with the opening sentence, which says what the organisation is and so speaks of every capability (as the shapes read it)
        out.add(String.join(" . ", CapabilityShapes.naming(capability, whole)));
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * The texts nearest a phrase found in a capability's name: the name; the sentences of the description and goals that use
     * the phrase (those that also use another word of the name, where any do); the actors and integrations that use it.
     *
     * @param request the request
     * @param capability the capability's name
     * @param phrase the phrase found in it
     * @return the texts, the name first
     */
    public static List<String> nearCapability(ConsultationRequest request, String capability, String phrase) {
        List<String> sentences = new ArrayList<>(CapabilityShapes.sentences(request.description()));
        request.goals().forEach(g -> sentences.addAll(CapabilityShapes.sentences(g)));
        return nearCapability(sentences, parties(request), capability, phrase);
    }

    private static List<String> nearCapability(List<String> sentences, List<String> parties, String capability, String phrase) {
        List<String> out = new ArrayList<>();
        out.add(capability);
        List<String> using = sentences.stream().filter(s -> Words.of(s).contains(phrase)).toList();
        List<String> others = CapabilityShapes.contentWords(capability).stream().filter(w -> !Words.of(w).contains(phrase) && !Words.of(phrase).contains(w)).toList();
        List<String> naming = using.stream().filter(s -> others.stream().anyMatch(Words.of(s)::contains)).toList();
        out.addAll(naming.isEmpty() ? using : naming);
        out.addAll(parties.stream().filter(p -> Words.of(p).contains(phrase)).toList());
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * The texts around a phrase found in a free text (the description, a goal, an actor, an integration): the sentence that
     * uses it.
     *
     * @param text the text the phrase was found in
     * @param phrase the phrase
     * @return the sentence, or the text when it is one
     */
    public static List<String> aroundText(String text, String phrase) {
        return List.of(Words.of(text).sentenceWith(phrase).orElse(text));
    }

    /** Each actor as "name: description" and each integration as "name: purpose". */
    static List<String> parties(ConsultationRequest request) {
        List<String> out = new ArrayList<>();
        request.actors().forEach(a -> out.add(a.name() + ": " + (a.description() == null ? "" : a.description())));
        request.integrations().forEach(i -> out.add(i.name() + ": " + (i.purpose() == null ? "" : i.purpose())));
        return out;
    }
}
