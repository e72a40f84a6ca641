package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a capability's name is built, {@code dev/architect/offline/capability-name-grammar.yaml}: "<object> <generic
 * action>" ("charge point management": charge points), the protection of an outcome ("overbooking protection": bookings
 * past a capacity) and the redo of a record ("rebilling": a bill issued again). The record with a lifecycle reads the
 * request for the object, not for the generic action no sentence acts on.
 */
record CapabilityNameGrammar(List<String> actions, List<String> wholes, List<String> protections, List<ExcessWords> excesses,
                             Map<String, String> outcomeNouns, String redoPrefix, List<String> notRedo, VerbLedWords verbLed) {

    static final String RESOURCE = "/dev/architect/offline/capability-name-grammar.yaml";
    private static final String PHRASE = "[a-z]+( [a-z]+)*";
    private static final String WORD = "[a-z]+";

    /** What goes wrong with the record an outcome names. */
    enum Excess {
        /** More records of one resource and period than its capacity ("overbooking", "oversell"). */
        EXCEED,
        /** The same record twice for the one thing it is for ("double spend", "duplicate payment"). */
        REPEAT
    }

    /** The words that say an outcome's excess, as a prefix of the outcome's word ("over") or a word before its noun ("double"). */
    record ExcessWords(List<String> words, boolean prefix, Excess kind) {
        ExcessWords {
            words = List.copyOf(words == null ? List.of() : words);
            if (words.isEmpty() || words.stream().anyMatch(w -> w == null || !w.matches(WORD)) || kind == null) {
                throw new IllegalStateException("excess " + words + ": words must be lower-case single words, at least one, with a kind (EXCEED or REPEAT)");
            }
        }
    }

    /** A protection against an outcome: the record (its noun), what goes wrong with it, and the words before the outcome (its resource). */
    record Protection(String noun, Excess kind, List<String> resource) {
    }

    /** A redo of a record: the redo's word ("rebilling") and the record's noun ("billing"), its base form ("bill"). */
    record Redo(String word, String noun, String base) {
    }

    /**
     * The words a verb-led name is read by ("enrol and randomise a patient"): determiners after its verbs, prepositions that
     * begin its qualifiers, cue words before a verb in a sentence, the generic record-keeping verbs, describing words that are
     * no part of the object's name, and the quantifiers that make a qualifier's noun a record of its own.
     */
    record VerbLedWords(List<String> determiners, List<String> prepositions, List<String> cues, List<String> keeping,
                        List<String> adjectives, List<String> counted, List<String> light, List<String> clause, List<String> holding) {
        VerbLedWords {
            determiners = checked("verbLed determiner", determiners, WORD);
            prepositions = checked("verbLed preposition", prepositions, WORD);
            cues = checked("verbLed cue", cues, WORD);
            keeping = checked("verbLed keeping verb", keeping, WORD);
            adjectives = checked("verbLed adjective", adjectives, WORD);
            counted = checked("verbLed counted", counted, WORD);
            light = checked("verbLed light verb", light, WORD);
            clause = checked("verbLed clause word", clause, WORD);
            holding = checked("verbLed holding verb", holding, WORD);
            for (String d : determiners) {
                if (prepositions.contains(d)) {
                    throw new IllegalStateException("verbLed '" + d + "' is both a determiner and a preposition");
                }
                if (clause.contains(d)) {
                    throw new IllegalStateException("verbLed '" + d + "' is both a determiner and a clause word");
                }
            }
        }
    }

    /** A qualifier of a verb-led name ("at each visit"): its preposition, its words, and whether it counts its noun ("each"). */
    record Qualifier(String preposition, List<String> words, boolean counted) {
        Qualifier {
            words = List.copyOf(words);
        }

        /** The qualifier's noun in the singular ("visit"), or empty where it has no words. */
        String noun() {
            return words.isEmpty() ? "" : Names.singular(words.get(words.size() - 1));
        }
    }

    /**
     * A verb-led name read: its verbs (base forms, in order), its object (modifiers and head, as written), the qualifiers,
     * and whether every verb is a generic record-keeping one (so the catalogue's record may stand).
     */
    record VerbLed(List<String> verbs, List<String> object, List<Qualifier> qualifiers, boolean keepingOnly) {
        VerbLed {
            verbs = List.copyOf(verbs);
            object = List.copyOf(object);
            qualifiers = List.copyOf(qualifiers);
        }

        /** The object's head noun in the singular ("lists": list). */
        String head() {
            return Names.singular(object.get(object.size() - 1));
        }

        /** The object's name in the singular ("randomisation lists": randomisation list). */
        String singular() {
            List<String> o = new ArrayList<>(object.subList(0, object.size() - 1));
            o.add(head());
            return String.join(" ", o);
        }
    }

    CapabilityNameGrammar {
        if (verbLed == null) {
            throw new IllegalStateException("verbLed is missing: no verb-led name would be read");
        }
        actions = checked("action", actions, PHRASE);
        wholes = checked("whole", wholes, PHRASE);
        protections = checked("protection", protections, WORD);
        excesses = List.copyOf(excesses == null ? List.of() : excesses);
        outcomeNouns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomeNouns == null ? Map.of() : outcomeNouns));
        outcomeNouns.forEach((verb, noun) -> {
            if (verb == null || !verb.matches(WORD) || noun == null || !noun.matches(WORD)) {
                throw new IllegalStateException("outcome noun '" + verb + "': '" + noun + "' must be one lower-case word for one lower-case verb");
            }
        });
        if (redoPrefix == null || !redoPrefix.matches(WORD)) {
            throw new IllegalStateException("redoPrefix '" + redoPrefix + "' must be one lower-case word");
        }
        notRedo = checked("notRedo", notRedo, WORD);
        for (String w : notRedo) {
            if (!w.startsWith(redoPrefix) || w.length() <= redoPrefix.length()) {
                throw new IllegalStateException("notRedo '" + w + "' does not begin with the redo prefix '" + redoPrefix + "'");
            }
        }
        for (String whole : wholes) {
            if (actions.stream().noneMatch(a -> whole.endsWith(" " + a))) {
                throw new IllegalStateException("whole '" + whole + "' does not end with an action, so it would never be split anyway");
            }
        }
        if (excesses.isEmpty()) {
            throw new IllegalStateException("excesses are missing: no outcome would be read");
        }
    }

    private static List<String> checked(String what, List<String> entries, String pattern) {
        List<String> out = List.copyOf(entries == null ? List.of() : entries);
        Set<String> seen = new HashSet<>();
        for (String e : out) {
            if (e == null || !e.matches(pattern)) {
                throw new IllegalStateException(what + " '" + e + "' must be " + (pattern.equals(WORD) ? "one lower-case word" : "lower-case words"));
            }
            if (!seen.add(e)) {
                throw new IllegalStateException(what + " '" + e + "' is listed twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(what + " entries are missing");
        }
        return out;
    }

    private static final class Holder {
        static final CapabilityNameGrammar STANDARD = DataFiles.shipped(RESOURCE, CapabilityNameGrammar.class, "capability name grammar");
    }

    static CapabilityNameGrammar standard() {
        return Holder.STANDARD;
    }

    /** Reads a grammar in the shipped layout; the error names the file, the entry and what is wrong. */
    static CapabilityNameGrammar read(InputStream in, String source) {
        return DataFiles.read(in, source, CapabilityNameGrammar.class, "capability name grammar");
    }

    /** A name's words, lower case, split at spaces and hyphens ("double-spend": double, spend). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : (name == null ? "" : name).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The object of a name "<object> <generic action>" or "<generic action> of <object>" ("charge point management":
     * charge, point), or empty where the name has no generic action, is nothing but one, or is a discipline kept whole.
     */
    Optional<List<String>> object(String capability) {
        List<String> w = words(capability);
        String joined = String.join(" ", w);
        // a discipline is whole only as the whole name: "meter data management" keeps meter data, "data management" is a practice
        if (wholes.contains(joined)) {
            return Optional.empty();
        }
        String longest = null;
        for (String a : actions) {
            if (joined.endsWith(" " + a) && (longest == null || a.length() > longest.length())) {
                longest = a;
            }
        }
        if (longest != null) {
            return Optional.of(w.subList(0, w.size() - words(longest).size()));
        }
        for (String a : actions) {
            List<String> aw = words(a);
            int of = aw.size();
            if (w.size() > of + 1 && w.subList(0, of).equals(aw) && w.get(of).equals("of")) {
                List<String> rest = w.subList(of + 1, w.size());
                if (rest.size() > 1 && Set.of("the", "a", "an", "our", "all").contains(rest.get(0))) {
                    rest = rest.subList(1, rest.size());
                }
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    /**
     * The words a capability's own resource is named by, where its name says more than its words: its object ("session
     * management": session), or the limit it keeps ("overbooking protection": booking capacity; "double-spend prevention":
     * spend guard); empty where the name is the resource.
     */
    Optional<String> resourceWords(String capability) {
        return object(capability).filter(o -> !o.isEmpty()).map(o -> String.join(" ", o))
                .or(() -> protection(capability).map(p -> p.noun() + (p.kind() == Excess.EXCEED ? " capacity" : " guard")));
    }

    /** The object of a name in the plural ("charge points", "meter data"), or empty where the name has none. */
    Optional<String> objects(String capability) {
        return object(capability).filter(o -> !o.isEmpty()).map(o -> {
            List<String> many = new ArrayList<>(o);
            many.set(many.size() - 1, Names.plural(Names.singular(many.get(many.size() - 1))));
            return String.join(" ", many);
        });
    }

    /**
     * A protection against an outcome ("overbooking protection": bookings past a capacity; "room overbooking protection"
     * per room; "double-spend prevention": a spend made twice), or empty where the name protects no counted outcome
     * ("data protection", "fraud prevention").
     */
    Optional<Protection> protection(String capability) {
        List<String> w = words(capability);
        if (w.size() < 2 || !protections.contains(w.get(w.size() - 1))) {
            return Optional.empty();
        }
        List<String> outcome = w.subList(0, w.size() - 1);
        for (int i = 0; i < outcome.size(); i++) {
            String word = outcome.get(i);
            for (ExcessWords e : excesses) {
                for (String x : e.words()) {
                    // "overbooking", "oversell": the prefix on an outcome's own verb or noun, never "overdraft" or "overload"
                    if (e.prefix() && word.startsWith(x) && word.length() >= x.length() + 3 && outcomeWord(word.substring(x.length()))) {
                        return Optional.of(new Protection(noun(word.substring(x.length())), e.kind(), outcome.subList(0, i)));
                    }
                    if (!e.prefix() && word.equals(x) && i + 1 < outcome.size()) {
                        return Optional.of(new Protection(noun(outcome.get(outcome.size() - 1)), e.kind(), outcome.subList(0, i)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a word is an outcome's verb or its noun ("book", "booking", "sell", "sale"), as outcomeNouns lists them. */
    private boolean outcomeWord(String word) {
        String stem = word.endsWith("ing") ? word.substring(0, word.length() - 3) : word;
        return outcomeNouns.containsKey(word) || outcomeNouns.containsKey(stem) || outcomeNouns.containsValue(word)
                || outcomeNouns.containsValue(Names.singular(word));
    }

    /** The record an outcome's word names: its verb's noun ("sell", "selling": sale), else the word itself ("booking"). */
    private String noun(String word) {
        if (outcomeNouns.containsKey(word)) {
            return outcomeNouns.get(word);
        }
        if (word.endsWith("ing") && outcomeNouns.containsKey(word.substring(0, word.length() - 3))) {
            return outcomeNouns.get(word.substring(0, word.length() - 3));
        }
        return Names.singular(word);
    }

    /**
     * A name that begins with its verbs ("enrol and randomise a patient", "dispense the right kit at each visit"), read into
     * its verbs, object and qualifiers; empty where the name is noun-led or the reading is unsure ("order history", "top up
     * a wallet", "give now"): the first word is a verb only where a determiner follows the verbs, or where a sentence of the
     * request uses it as a verb on the object's head (after a cue word, after the actor doing it, or first in an actor's
     * description).
     *
     * @param capability the capability's name
     * @param sentences  the request's sentences (an actor's description with its actor)
     * @param actors     the request's actors' names
     */
    Optional<VerbLed> verbLed(String capability, List<RecordLifecycles.Sentence> sentences, List<String> actors) {
        List<String> t = new ArrayList<>();
        for (String w : (capability == null ? "" : capability).toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            if (!w.isEmpty()) {
                t.add(w);
            }
        }
        VerbLedWords v = verbLed;
        if (t.size() < 2 || !t.get(0).matches("[a-z]+(-[a-z]+)?") || v.determiners().contains(t.get(0)) || v.prepositions().contains(t.get(0))
                || pluralNoun(t.get(0))) {
            return Optional.empty();
        }
        List<String> verbs = new ArrayList<>(List.of(t.get(0).replace("-", "")));
        int i = 1;
        while (i + 1 < t.size() && (t.get(i).equals("and") || t.get(i).equals("or")) && t.get(i + 1).matches("[a-z]+(-[a-z]+)?")
                && !v.determiners().contains(t.get(i + 1)) && !v.prepositions().contains(t.get(i + 1)) && !pluralNoun(t.get(i + 1))) {
            verbs.add(t.get(i + 1).replace("-", ""));
            i += 2;
        }
        if (i >= t.size() || v.prepositions().contains(t.get(i)) || verbs.stream().anyMatch(v.light()::contains)) {
            return Optional.empty(); // no object, a particle after the verb ("top up") or a light verb ("get a receipt"): unsure
        }
        boolean determiner = v.determiners().contains(t.get(i));
        if (determiner) {
            i++;
        }
        List<String> object = new ArrayList<>();
        while (i < t.size() && !v.prepositions().contains(t.get(i)) && !v.clause().contains(t.get(i)) && !t.get(i).equals("and") && !t.get(i).equals("or")) {
            for (String part : t.get(i).split("-")) {
                if (!part.isEmpty()) {
                    object.add(part);
                }
            }
            i++;
        }
        while (object.size() > 1 && v.adjectives().contains(object.get(0))) {
            object.remove(0);
        }
        if (object.isEmpty() || object.stream().anyMatch(w -> v.determiners().contains(w) || !w.matches("[a-z]+"))) {
            return Optional.empty();
        }
        if (i < t.size() && !v.prepositions().contains(t.get(i))) {
            return Optional.empty(); // "stock and order history": a second noun phrase, not a qualifier
        }
        List<Qualifier> qualifiers = new ArrayList<>();
        while (i < t.size()) {
            String prep = t.get(i++);
            boolean counted = v.counted().contains(prep);
            List<String> words = new ArrayList<>();
            while (i < t.size() && !v.prepositions().contains(t.get(i))) {
                String w = t.get(i++);
                if (v.counted().contains(w)) {
                    counted = true;
                } else if (!v.determiners().contains(w) && !v.adjectives().contains(w) && !w.equals("and") && !w.equals("or")) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                qualifiers.add(new Qualifier(prep, words, counted));
            }
        }
        if (!determiner && !usedAsVerb(verbs.get(0), object, sentences, actors)) {
            return Optional.empty();
        }
        boolean keepingOnly = verbs.stream().allMatch(v.keeping()::contains);
        return Optional.of(new VerbLed(verbs, object, qualifiers, keepingOnly));
    }

    /** A plural noun as a name's first word ("sales", "claims"): a verb-led name begins with a verb's base form. */
    private static boolean pluralNoun(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    /**
     * Whether a sentence of the request uses a word as a verb on an object: its base or third-person form after a cue
     * word, after an actor's name, or first in an actor's description, with the object's head (or the object's first
     * word) within the next words, past determiners, describing words and coordinated verbs.
     */
    private boolean usedAsVerb(String verb, List<String> object, List<RecordLifecycles.Sentence> sentences, List<String> actors) {
        Set<String> forms = new HashSet<>(List.of(verb, verb + "s", verb + "es", verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "ies" : verb));
        String head = Names.singular(object.get(object.size() - 1));
        Set<String> objectWords = new HashSet<>(List.of(object.get(0), Names.singular(object.get(0)), Names.plural(head), head));
        Set<String> actorWords = new HashSet<>();
        for (String a : actors) {
            List<String> aw = words(a);
            if (!aw.isEmpty()) {
                String last = aw.get(aw.size() - 1);
                actorWords.add(Names.singular(last));
                actorWords.add(Names.plural(Names.singular(last)));
            }
        }
        for (RecordLifecycles.Sentence s : sentences) {
            String text = s.text().toLowerCase(Locale.ROOT);
            int start = 0;
            if (s.actor() != null && text.startsWith(s.actor().toLowerCase(Locale.ROOT) + ":")) {
                start = s.actor().length() + 1;
            }
            List<String> tk = new ArrayList<>();
            for (String w : text.substring(start).split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    tk.add(w);
                }
            }
            for (int k = 0; k < tk.size(); k++) {
                if (!forms.contains(tk.get(k))) {
                    continue;
                }
                boolean cued = (k == 0 && s.actor() != null) || (k > 0 && (verbLed.cues().contains(tk.get(k - 1)) || actorWords.contains(tk.get(k - 1))));
                if (!cued) {
                    continue;
                }
                for (int j = k + 1; j < tk.size() && j <= k + 5; j++) {
                    String w = tk.get(j);
                    if (objectWords.contains(w)) {
                        return true;
                    }
                    boolean passable = verbLed.determiners().contains(w) || verbLed.adjectives().contains(w) || w.equals("and") || w.equals("or")
                            || object.contains(w);
                    if (!passable && !(j >= 2 && (tk.get(j - 1).equals("and") || tk.get(j - 1).equals("or")))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A redo of a record the request names ("rebilling" where bills are named, "re-rating" always): empty for a word of
     * its own that begins with the prefix ("research", "release") or a noun the request names nowhere else.
     *
     * @param capability the capability's name
     * @param elsewhere  the rest of the request's words: its other capabilities, description, goals, actors and integrations
     */
    Optional<Redo> redo(String capability, String elsewhere) {
        List<String> w = words(capability);
        Set<String> named = new HashSet<>();
        words(elsewhere).forEach(x -> {
            named.add(x);
            named.add(Names.singular(x));
        });
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (word.equals(redoPrefix) && i + 1 < w.size() && capability.toLowerCase(Locale.ROOT).contains(redoPrefix + "-" + w.get(i + 1))) {
                String noun = w.get(i + 1);
                return Optional.of(new Redo(redoPrefix + "-" + noun, noun, base(noun)));
            }
            if (!word.startsWith(redoPrefix) || word.length() < redoPrefix.length() + 4 || notRedo.contains(word)
                    || notRedo.contains(Names.singular(word))) {
                continue;
            }
            String noun = word.substring(redoPrefix.length());
            String base = base(noun);
            if (named.contains(noun) || named.contains(Names.singular(noun)) || named.contains(base) || named.contains(Names.plural(base))) {
                return Optional.of(new Redo(word, noun, base));
            }
        }
        return Optional.empty();
    }

    /** A noun's base word: "billing" bill, "rating" rate, "booking" book, "submission" submit; else its singular. */
    private static String base(String noun) {
        if (noun.endsWith("ission")) {
            return noun.substring(0, noun.length() - 5) + "t";
        }
        if (noun.endsWith("ing") && noun.length() > 5) {
            String stem = noun.substring(0, noun.length() - 3);
            boolean consonantVowelConsonant = stem.length() >= 3 && !"aeiou".contains(stem.substring(stem.length() - 1))
                    && "aeiou".contains(stem.substring(stem.length() - 2, stem.length() - 1))
                    && !"aeiou".contains(stem.substring(stem.length() - 3, stem.length() - 2))
                    && !"aeiou".contains(stem.substring(stem.length() - 1));
            // "rating": rat + e; "billing", "booking": as they stand
            return consonantVowelConsonant && !stem.endsWith("w") && !stem.endsWith("x") ? stem + "e" : stem;
        }
        return Names.singular(noun);
    }
}
