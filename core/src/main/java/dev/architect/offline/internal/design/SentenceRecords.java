package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Evidence;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.design.RecordLifecycles.Sentence;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record a capability's own sentences describe, {@code dev/architect/offline/sentence-records.yaml}: where nothing else
 * designs a capability, the sentences of the request that name its object noun (whole words, singular or plural, never
 * negated, never as a modifier of another noun) say what one record keeps: what it is kept per ("per berth": a
 * {@code berth_id} key), its amounts, shares, measures, counts, codes and moments (typed by the word that names them), and
 * the states the sentences put it in ("are invoiced": INVOICED, a command {@code POST /{records}/{id}/invoice}). A
 * capability whose object is named nowhere, or named with nothing said of it, is not designed: it stays an open question.
 */
record SentenceRecords(List<String> workWords, List<String> workEndings, List<String> namePrepositions, List<String> nounMarkers,
                       List<String> negations, List<String> keyMarkers, List<String> stopWords, List<String> clauseBreaks,
                       List<String> auxiliaries, List<String> adverbs, List<String> notStates, Map<String, String> irregular,
                       List<Ending> endings, Map<Kind, List<String>> typed, List<String> countOf, List<String> currencies,
                       List<String> notModifiers, List<String> uniqueMarkers, List<String> atMostOne, List<String> bounds,
                       List<String> units, List<String> timeUnits) {

    static final String RESOURCE = "/dev/architect/offline/sentence-records.yaml";
    /** The id of the shape this designer produces. */
    static final String SHAPE_ID = "sentence-record";
    private static final String WORD = "[a-z]+";
    private static final String PHRASE = "[a-z]+( [a-z]+)*";

    /** What a word says a record keeps, and so its column's type. */
    enum Kind {
        /** An amount of money: a decimal with its currency. */
        MONEY,
        /** A percentage or a part of a whole. */
        SHARE,
        /** A physical quantity, in the unit the sentence gives. */
        MEASURE,
        /** A whole number of things. */
        COUNT,
        /** A named number or code. */
        CODE,
        /** A moment. */
        TIME
    }

    /** How a regular participle's ending gives its verb. */
    record Ending(String participle, String verb) {
        Ending {
            if (participle == null || !participle.matches(WORD) || verb == null || !verb.matches("[a-z]*")) {
                throw new IllegalStateException("ending '" + participle + "': participle and verb must be lower-case letters");
            }
        }
    }

    SentenceRecords {
        workWords = checked("workWords", workWords, WORD);
        workEndings = checked("workEndings", workEndings, WORD);
        namePrepositions = checked("namePrepositions", namePrepositions, WORD);
        nounMarkers = checked("nounMarkers", nounMarkers, WORD);
        negations = checked("negations", negations, WORD);
        keyMarkers = checked("keyMarkers", keyMarkers, PHRASE);
        stopWords = checked("stopWords", stopWords, WORD);
        clauseBreaks = checked("clauseBreaks", clauseBreaks, WORD);
        auxiliaries = checked("auxiliaries", auxiliaries, WORD);
        adverbs = checked("adverbs", adverbs, WORD);
        notStates = checked("notStates", notStates, WORD);
        countOf = checked("countOf", countOf, WORD);
        currencies = checked("currencies", currencies, WORD);
        notModifiers = List.copyOf(new LinkedHashSet<>(checked("notModifiers", notModifiers, WORD, true)));
        uniqueMarkers = checked("uniqueMarkers", uniqueMarkers, WORD);
        atMostOne = checked("atMostOne", atMostOne, PHRASE);
        bounds = checked("bounds", bounds, PHRASE);
        units = checked("units", units, WORD);
        timeUnits = checked("timeUnits", timeUnits, WORD);
        for (String t : timeUnits) {
            if (!units.contains(t)) {
                throw new IllegalStateException("timeUnits '" + t + "' is not among the units");
            }
        }
        irregular = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(irregular == null ? Map.of() : irregular));
        irregular.forEach((participle, verb) -> {
            if (participle == null || !participle.matches(WORD) || verb == null || !verb.matches(WORD)) {
                throw new IllegalStateException("irregular '" + participle + "': '" + verb + "' must be one lower-case verb for one lower-case participle");
            }
        });
        endings = List.copyOf(endings == null ? List.of() : endings);
        if (endings.isEmpty() || !endings.get(endings.size() - 1).participle().equals("ed")) {
            throw new IllegalStateException("endings must end with the default rule {participle: ed, verb: \"\"}");
        }
        Map<Kind, List<String>> kinds = new LinkedHashMap<>();
        Map<String, Kind> kindOf = new HashMap<>();
        for (Kind k : Kind.values()) {
            List<String> words = checked("typed " + k, typed == null ? null : typed.get(k), WORD);
            for (String w : words) {
                Kind other = kindOf.put(w, k);
                if (other != null) {
                    throw new IllegalStateException("typed '" + w + "' is both " + other + " and " + k);
                }
            }
            kinds.put(k, words);
        }
        typed = java.util.Collections.unmodifiableMap(kinds);
    }

    static List<String> checked(String what, List<String> entries, String pattern) {
        return checked(what, entries, pattern, false);
    }

    private static List<String> checked(String what, List<String> entries, String pattern, boolean repeats) {
        List<String> out = List.copyOf(entries == null ? List.of() : entries);
        if (out.isEmpty()) {
            throw new IllegalStateException(what + " entries are missing");
        }
        Set<String> seen = new HashSet<>();
        for (String e : out) {
            if (e == null || !e.matches(pattern)) {
                throw new IllegalStateException(what + " '" + e + "' must be " + (pattern.equals(WORD) ? "one lower-case word" : "lower-case words"));
            }
            if (!seen.add(e) && !repeats) {
                throw new IllegalStateException(what + " '" + e + "' is listed twice");
            }
        }
        return out;
    }

    private static final class Holder {
        static final SentenceRecords STANDARD = DataFiles.shipped(RESOURCE, SentenceRecords.class, "sentence records");
    }

    static SentenceRecords standard() {
        return Holder.STANDARD;
    }

    /** Reads a file in the shipped layout; the error names the file, the entry and what is wrong. */
    static SentenceRecords read(InputStream in, String source) {
        return DataFiles.read(in, source, SentenceRecords.class, "sentence records");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    /** A column the sentences support: its name, type (the shape notation's), the note saying why, and the sentence. */
    record Column(String name, String type, String property, String note) {
    }

    /**
     * What the sentences say of one capability's record: its object's words, the keys it is kept per, its columns, its
     * states in the order the sentences name them (each with the verb that reaches it), whether one record is allowed per
     * key, and the sentences that said it.
     */
    record Reading(List<String> object, List<Column> keys, List<Column> columns, Map<String, String> states, boolean onePerKey,
                   boolean money, List<Sentence> evidence) {

        /** Whether the sentences say enough to design a record: a column, a key, or two states. */
        boolean designs() {
            return !evidence.isEmpty() && (!columns.isEmpty() || !keys.isEmpty() || states.size() >= 2);
        }
    }

    /**
     * The object a capability's name keeps, as the sentences name it: the object before a qualifier ("credit issuance by
     * vintage": credit issuance), then with its work words dropped from the end while the longer words are named nowhere
     * ("berth window allocation": berth window); empty where no sentence names any of them.
     */
    Optional<List<String>> object(String capability, List<Sentence> sentences) {
        List<String> words = CapabilityNameGrammar.words(capability);
        int cut = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (namePrepositions.contains(words.get(i))) {
                cut = i;
                break;
            }
        }
        List<String> base = words.subList(0, cut);
        List<List<String>> candidates = new ArrayList<>();
        CapabilityNameGrammar.standard().object(String.join(" ", base)).filter(o -> !o.isEmpty()).ifPresent(candidates::add);
        List<String> c = base;
        candidates.add(c);
        while (c.size() > 1 && work(c.get(c.size() - 1))) {
            String last = c.get(c.size() - 1);
            if (last.endsWith("ing") && last.length() > 5) {
                // "viability testing": the tests it keeps
                List<String> noun = new ArrayList<>(c.subList(0, c.size() - 1));
                noun.add(last.substring(0, last.length() - 3));
                candidates.add(noun);
            }
            c = c.subList(0, c.size() - 1);
            candidates.add(c);
        }
        for (List<String> candidate : candidates) {
            if (candidate.isEmpty() || (candidate.size() == 1 && work(candidate.get(0)))) {
                continue;
            }
            for (Sentence s : sentences) {
                if (!mentions(RecordLifecycles.tokens(s.text()), candidate).isEmpty()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private boolean work(String word) {
        return workWords.contains(word) || workEndings.stream().anyMatch(e -> word.endsWith(e) && word.length() > e.length() + 2)
                || workEndings.stream().anyMatch(e -> word.endsWith(e + "s") && word.length() > e.length() + 3);
    }

    /**
     * Where the object is named as a noun: its whole phrase (its last word singular or plural), where no negation comes
     * before it in its clause and no other noun follows it (a "sample request" is no sample); a one-word object only after a
     * determiner, a number or a preposition, or opening its clause ("a lot is withdrawn", not "we lot the seeds").
     */
    List<Integer> mentions(List<String> tokens, List<String> object) {
        return mentions(tokens, object, List.of());
    }

    /**
     * Where the object is named as a noun (see {@link #mentions(List, List)}), and for an object of several words its last
     * word alone after a determiner ("each call" for vessel calls), unless another capability's object ends with that word.
     *
     * @param others the objects of the request's other capabilities
     */
    List<Integer> mentions(List<String> tokens, List<String> object, java.util.Collection<List<String>> others) {
        List<Integer> out = new ArrayList<>();
        List<int[]> found = new ArrayList<>();
        RecordLifecycles.positions(tokens, object).forEach(i -> found.add(new int[] {i, object.size()}));
        String head = object.get(object.size() - 1);
        boolean headShared = others.stream().anyMatch(o -> Names.singular(o.get(o.size() - 1)).equals(Names.singular(head)));
        if (object.size() > 1 && !headShared) {
            for (int i : RecordLifecycles.positions(tokens, List.of(head))) {
                if (i > 0 && determiner(tokens.get(i - 1)) && found.stream().noneMatch(f -> i >= f[0] && i < f[0] + f[1])) {
                    found.add(new int[] {i, 1});
                }
            }
        }
        for (int[] f : found) {
            int i = f[0];
            int end = i + f[1];
            String before = i == 0 ? null : tokens.get(i - 1);
            boolean plural = !Names.singular(tokens.get(end - 1)).equals(tokens.get(end - 1));
            if (f[1] == 1 && before != null && !nounMarkers.contains(before) && !before.matches("[0-9]+|[,;:(]") && !plural) {
                continue;
            }
            String after = end < tokens.size() ? tokens.get(end) : null;
            if (after != null && after.matches(WORD) && !stopWords.contains(after) && !nounMarkers.contains(after) && !auxiliaries.contains(after)
                    && !adverbs.contains(after)
                    && !participle(after) && !(after.endsWith("s") && !plural) && !after.equals("has")) {
                continue; // a modifier of the noun that follows ("sample request")
            }
            if (negated(tokens, i)) {
                continue;
            }
            out.add(i);
        }
        return out;
    }

    /** A determiner: a noun marker that is no preposition ("each", "the", "its"). */
    private boolean determiner(String word) {
        return nounMarkers.contains(word) && !stopWords.contains(word);
    }

    /** Whether a negation stands before token {@code i} in its clause ("we do not keep ...", "no credit ..."). */
    private boolean negated(List<String> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = tokens.get(k);
            if (t.matches("[,;:(]")) {
                return false;
            }
            if (negations.contains(t) || t.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private boolean participle(String word) {
        return irregular.containsKey(word) || (word.endsWith("ed") && word.length() > 4);
    }

    /** The verb a participle is reached by ("invoiced": invoice, "withdrawn": withdraw), by the file's endings. */
    String verbOf(String participle) {
        if (irregular.containsKey(participle)) {
            return irregular.get(participle);
        }
        for (Ending e : endings) {
            if (participle.endsWith(e.participle()) && participle.length() > e.participle().length() + 1) {
                return participle.substring(0, participle.length() - e.participle().length()) + e.verb();
            }
        }
        return participle;
    }

    /** The participle of a verb an actor does ("declares": declared, "withdraws": withdrawn), or null. */
    private String participleOfPresent(String token) {
        if (!token.endsWith("s") || token.length() < 4) {
            return null;
        }
        List<String> bases = new ArrayList<>();
        if (token.endsWith("ies")) {
            bases.add(token.substring(0, token.length() - 3) + "y");
        }
        if (token.endsWith("es")) {
            bases.add(token.substring(0, token.length() - 2));
        }
        bases.add(token.substring(0, token.length() - 1));
        for (String base : bases) {
            for (Map.Entry<String, String> e : irregular.entrySet()) {
                if (e.getValue().equals(base)) {
                    return e.getKey();
                }
            }
        }
        String base = bases.get(bases.size() - 1);
        String p = base.endsWith("e") ? base + "d" : base.endsWith("y") && base.length() > 2 && !"aeiou".contains(base.substring(base.length() - 2, base.length() - 1))
                ? base.substring(0, base.length() - 1) + "ied" : base + "ed";
        return verbOf(p).equals(base) ? p : null;
    }

    /** The request's sentences: the description's, each goal's, each actor's (after its name) and each integration's purpose. */
    static List<Sentence> sentences(ConsultationRequest request) {
        List<Sentence> out = new ArrayList<>(RecordLifecycles.sentences(request));
        for (Integration i : request.integrations()) {
            if (i.purpose() != null) {
                CapabilityShapes.sentences(i.purpose()).forEach(t -> out.add(new Sentence(RequestField.INTEGRATION, t, null)));
            }
        }
        return out;
    }

    /**
     * What the request's sentences say of a capability's record, or empty where its object is named in no sentence.
     *
     * @param capability the capability
     * @param request the request
     * @param capabilities every capability of the request (the others' objects are references, and end a sentence's span)
     */
    Optional<Reading> read(String capability, ConsultationRequest request, List<String> capabilities) {
        List<Sentence> sentences = sentences(request);
        Optional<List<String>> found = object(capability, sentences);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> object = found.get();
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (String other : capabilities) {
            if (!other.equalsIgnoreCase(capability)) {
                object(other, sentences).ifPresent(o -> others.put(other, o));
            }
        }
        Set<String> actorWords = new HashSet<>();
        request.actors().forEach(a -> {
            List<String> w = CapabilityNameGrammar.words(a.name());
            if (!w.isEmpty()) {
                actorWords.add(Names.singular(w.get(w.size() - 1)));
                actorWords.add(Names.plural(Names.singular(w.get(w.size() - 1))));
            }
        });
        Map<String, Column> keys = new LinkedHashMap<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, String> states = new LinkedHashMap<>();
        List<Sentence> evidence = new ArrayList<>();
        boolean[] onePerKey = {false};
        boolean[] money = {false};
        // the name's own qualifier: "per delivery quarter-hour", "by vintage"
        List<String> nameWords = CapabilityNameGrammar.words(capability);
        for (int i = 1; i < nameWords.size(); i++) {
            if (nameWords.get(i).equals("per") || nameWords.get(i).equals("by")) {
                List<String> x = nounPhrase(nameWords, i + 1);
                if (!x.isEmpty()) {
                    addKey(keys, x, object, others, true);
                }
            }
        }
        for (Sentence s : sentences) {
            // a parenthesis gives examples ("(hot works, working at height)"), nothing one record keeps
            for (String part : s.text().replaceAll("\\([^)]*\\)", " ").replace("%", " percent").split(";")) {
                List<String> tokens = RecordLifecycles.tokens(part);
                List<Integer> at = new ArrayList<>(mentions(tokens, object, others.values()));
                // "Tax adviser: files on behalf of ...", "the adviser files returns": the word after its actor is the actor's verb
                at.removeIf(k -> k > 0 && (tokens.get(k - 1).equals(":") && s.actor() != null || actorWords.contains(tokens.get(k - 1))));
                if (at.isEmpty()) {
                    continue;
                }
                int before = columns.size() + keys.size() + states.size();
                for (int start : at) {
                    // "charged per call": the record named after a preposition is another record's key, not what the clause says of it
                    int d = start - 1;
                    while (d >= 0 && determiner(tokens.get(d))) {
                        d--;
                    }
                    if (d >= 0 && stopWords.contains(tokens.get(d)) && nounMarkers.contains(tokens.get(d))) {
                        continue;
                    }
                    readSpan(tokens, start, object, others, keys, columns, states, onePerKey, money);
                }
                // an actor's verb on the record ("Curator: withdraws seed lots"): the state it reaches
                if (s.actor() != null) {
                    for (int start : at) {
                        int k = start - 1;
                        while (k >= 0 && nounMarkers.contains(tokens.get(k)) && !stopWords.contains(tokens.get(k))) {
                            k--;
                        }
                        if (k >= 0 && k >= start - 3) {
                            String p = participleOfPresent(tokens.get(k));
                            if (p != null && !notStates.contains(p)) {
                                states.putIfAbsent(p.toUpperCase(Locale.ROOT), verbOf(p));
                            }
                        }
                    }
                }
                if (columns.size() + keys.size() + states.size() > before && !evidence.contains(s)) {
                    evidence.add(s);
                }
            }
        }
        // a state's own moment is kept by its state column, not twice
        states.keySet().forEach(st -> columns.remove(st.toLowerCase(Locale.ROOT) + "_at"));
        return Optional.of(new Reading(object, List.copyOf(keys.values()), List.copyOf(columns.values()), states, onePerKey[0], money[0],
                evidence));
    }

    /** What one span says of the record: from its mention to the end of its clause or a subordinate clause about something else. */
    private void readSpan(List<String> t, int start, List<String> object, Map<String, List<String>> others, Map<String, Column> keys,
                          Map<String, Column> columns, Map<String, String> states, boolean[] onePerKey, boolean[] money) {
        int i = start + (RecordLifecycles.positions(t.subList(start, Math.min(t.size(), start + object.size())), object).contains(0) ? object.size() : 1);
        String lastTyped = null;
        int lastTypedAt = -1;
        boolean stateHere = false;
        // "sees journeys, charges and refunds": a list of peers, nothing said of the record
        if (i + 1 < t.size() && (t.get(i).equals(",") || t.get(i).equals("and") || t.get(i).equals("or"))) {
            String next = t.get(i + 1);
            if (!auxiliaries.contains(next) && !adverbs.contains(next) && !participle(next) && !determiner(next)) {
                return;
            }
        }
        while (i < t.size()) {
            String w = t.get(i);
            if (clauseBreaks.contains(w) || w.equals(":")) {
                break;
            }
            // ", and a vessel ...": a new subject ends the span; ", and are invoiced" goes on
            if ((w.equals("and") || w.equals("but") || w.equals("or")) && i > 0 && t.get(i - 1).equals(",") && i + 1 < t.size()
                    && !auxiliaries.contains(t.get(i + 1)) && !adverbs.contains(t.get(i + 1)) && !participle(t.get(i + 1))) {
                break;
            }
            // another capability's record named here is what the rest is about, unless it is a key of this one
            String otherAt = otherNamedAt(t, i, others);
            String marker = markerAt(t, i);
            if (otherAt != null && marker == null) {
                break;
            }
            if (marker != null) {
                int x = i + marker.split(" ").length;
                List<String> phrase = nounPhrase(t, x);
                if (!phrase.isEmpty()) {
                    String last = Names.singular(phrase.get(phrase.size() - 1));
                    // "a rate per tonne", "a deposit per keg": per after an amount or a measure is its unit, not a key
                    if (units.contains(last) || lastTypedAt == i - 1 && marker.equals("per")) {
                        if (lastTyped != null && columns.containsKey(lastTyped)) {
                            Column c = columns.get(lastTyped);
                            columns.put(lastTyped, new Column(c.name(), c.type(), c.property(), c.note() + ", per " + String.join(" ", phrase)));
                        }
                    } else if (!phrase.equals(object) && !Names.singular(String.join(" ", phrase)).equals(Names.singular(String.join(" ", object)))) {
                        addKey(keys, phrase, object, others, false);
                        // "per berth and per tide", "per territory and period"
                        int j = x + phrase.size();
                        while (j + 1 < t.size() && t.get(j).equals("and")) {
                            int y = t.get(j + 1).equals("per") ? j + 2 : j + 1;
                            List<String> more = nounPhrase(t, y);
                            if (more.isEmpty() || units.contains(Names.singular(more.get(more.size() - 1))) && !timeUnits.contains(Names.singular(more.get(more.size() - 1)))) {
                                break;
                            }
                            addKey(keys, more, object, others, false);
                            j = y + more.size();
                        }
                        i = j;
                        continue;
                    }
                    i = x + phrase.size();
                    continue;
                }
            }
            String one = phraseAt(t, i, atMostOne);
            if (one != null) {
                List<String> x = nounPhrase(t, i + one.split(" ").length);
                if (!x.isEmpty()) {
                    String col = refColumn(x, others);
                    columns.putIfAbsent(col, new Column(col, "UUID?", "UUID?", "the one " + String.join(" ", x) + " it is for: '" + one + " "
                            + String.join(" ", x) + "'"));
                    onePerKey[0] = true;
                    i += one.split(" ").length + x.size();
                    continue;
                }
            }
            String bound = phraseAt(t, i, bounds);
            if (bound != null) {
                int n = i + bound.split(" ").length;
                if (n + 1 < t.size() && t.get(n).matches("[0-9]+")) {
                    String noun = t.get(n + 1);
                    if (noun.matches(WORD) && !units.contains(Names.singular(noun)) && !stopWords.contains(noun)
                            && !Names.singular(noun).equals(Names.singular(object.get(object.size() - 1)))) {
                        String col = Names.table(Names.singular(noun)) + "_count";
                        columns.putIfAbsent(col, new Column(col, "INTEGER?", "INTEGER?", "at most " + t.get(n) + " " + noun + ": '" + bound + " "
                                + t.get(n) + " " + noun + "'"));
                        i = n + 2;
                        continue;
                    }
                }
            }
            // a state the record is put in: "is allocated", "are charged ... and are invoiced", "transferred ... and retired"
            if (participle(w) && !notStates.contains(w)) {
                int k = i - 1;
                while (k > start && adverbs.contains(t.get(k))) {
                    k--;
                }
                boolean passive = k >= 0 && auxiliaries.contains(t.get(k));
                boolean coordinated = stateHere && k >= 0 && t.get(k).equals("and");
                if (passive || coordinated) {
                    states.putIfAbsent(w.toUpperCase(Locale.ROOT), verbOf(w));
                    stateHere = true;
                    i++;
                    continue;
                }
            }
            Kind kind = kindOf(w);
            // "each grade has a price" for the record "price": the record itself, no column of it
            boolean itself = Names.singular(w).equals(Names.singular(object.get(object.size() - 1)));
            // "arrival notices": a typed word before another noun only names that noun
            boolean modifier = i + 1 < t.size() && t.get(i + 1).matches(WORD) && !stopWords.contains(t.get(i + 1)) && !nounMarkers.contains(t.get(i + 1))
                    && !auxiliaries.contains(t.get(i + 1)) && !adverbs.contains(t.get(i + 1)) && !currencies.contains(t.get(i + 1)) && kindOf(t.get(i + 1)) == null;
            if (kind != null && !itself && !modifier && !(i > 0 && t.get(i - 1).equals("per"))) {
                String col = typedColumn(t, i, kind, object);
                if (col != null) {
                    if (kind == Kind.CODE && i + 1 < t.size() && countOf.contains(t.get(i + 1))) {
                        List<String> x = nounPhrase(t, i + 2);
                        if (!x.isEmpty()) {
                            String c = Names.table(Names.singular(String.join(" ", x))) + "_count";
                            columns.putIfAbsent(c, new Column(c, "INTEGER?", "INTEGER?", "the number of " + String.join(" ", x)));
                            i += 2 + x.size();
                            continue;
                        }
                    }
                    boolean unique = uniqueBefore(t, i);
                    columns.putIfAbsent(col, column(col, kind, unique, t, i));
                    if (kind == Kind.MONEY) {
                        money[0] = true;
                    }
                    lastTyped = col;
                    // "a unique serial number per vintage": per after a code or a moment is its scope, a key
                    lastTypedAt = kind == Kind.CODE || kind == Kind.TIME ? -1 : i;
                }
            }
            if (currencies.contains(w) && lastTyped != null && columns.get(lastTyped).type().startsWith("DECIMAL")) {
                Column c = columns.get(lastTyped);
                if (!c.note().contains(", in " + w)) {
                    columns.put(lastTyped, new Column(c.name(), c.type(), c.property(), c.note().replace("a measure: ", "an amount: ") + ", in " + w));
                }
                money[0] = true;
            }
            i++;
        }
    }

    private Kind kindOf(String word) {
        for (Map.Entry<Kind, List<String>> e : typed.entrySet()) {
            if (e.getValue().contains(word) || e.getValue().contains(Names.singular(word))) {
                return e.getKey();
            }
        }
        return null;
    }

    private boolean uniqueBefore(List<String> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (uniqueMarkers.contains(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A typed word's column: its modifiers and the word ("germination percentage"), a moment's "<words>_at"; null when unnamed. */
    private String typedColumn(List<String> t, int i, Kind kind, List<String> object) {
        List<String> mods = new ArrayList<>();
        for (int k = i - 1; k >= 0 && mods.size() < 2; k--) {
            String m = t.get(k);
            if (!m.matches(WORD) || notModifiers.contains(m) || stopWords.contains(m) || nounMarkers.contains(m) || auxiliaries.contains(m)
                    || adverbs.contains(m) || kindOf(m) != null || object.contains(m) || object.contains(Names.singular(m))
                    || (participle(m) && !m.endsWith("ated")) || (m.endsWith("s") && !m.endsWith("ss"))) {
                break; // "sends meter values": a verb, no part of the name
            }
            mods.add(0, m);
        }
        String word = Names.singular(t.get(i));
        if (kind == Kind.TIME) {
            if (word.equals("date") || word.equals("time")) {
                return mods.isEmpty() ? null : Names.table(String.join(" ", mods)) + "_at";
            }
            mods.add(word.equals("expiry") ? "expires" : word);
            return Names.table(String.join(" ", mods)) + "_at";
        }
        mods.add(kind == Kind.SHARE && mods.isEmpty() ? "percentage" : word);
        return Names.table(String.join(" ", mods));
    }

    private Column column(String name, Kind kind, boolean unique, List<String> t, int i) {
        String said = quote(t, i);
        return switch (kind) {
            case MONEY -> new Column(name, "DECIMAL?", "DECIMAL?", "an amount: '" + said + "'");
            case SHARE -> new Column(name, "DECIMAL?", "DECIMAL?", "a share, in percent: '" + said + "'");
            case MEASURE -> new Column(name, "DECIMAL?", "DECIMAL?", "a measure: '" + said + "'" + unitAfter(t, i));
            case COUNT -> new Column(name, "INTEGER?", "INTEGER?", "a count: '" + said + "'" + unitAfter(t, i));
            case CODE -> new Column(name, unique ? "TEXT" : "TEXT?", unique ? "STRING!" : "STRING?", (unique ? "unique: " : "a code: ") + "'" + said + "'");
            case TIME -> new Column(name, "TIMESTAMP?", "DATE_TIME?", "a moment: '" + said + "'");
        };
    }

    /** "in shelves", "in euros": the unit a sentence gives right after the word. */
    private static String unitAfter(List<String> t, int i) {
        return i + 2 < t.size() && t.get(i + 1).equals("in") && t.get(i + 2).matches(WORD) ? ", in " + t.get(i + 2) : "";
    }

    private static String quote(List<String> t, int i) {
        int from = Math.max(0, i - 2);
        int to = Math.min(t.size(), i + 1);
        return String.join(" ", t.subList(from, to)).replace("${", "");
    }

    /** A noun phrase from token {@code i}: determiners skipped, then up to three words until a stop word or a typed word. */
    private List<String> nounPhrase(List<String> t, int i) {
        int j = i;
        while (j < t.size() && (nounMarkers.contains(t.get(j)) && !t.get(j).equals("per")) && !stopWords.contains(t.get(j))) {
            j++;
        }
        List<String> out = new ArrayList<>();
        while (j < t.size() && out.size() < 3) {
            String w = t.get(j);
            if (!w.matches(WORD) || stopWords.contains(w) || nounMarkers.contains(w) || kindOf(w) != null && !out.isEmpty()
                    || (participle(w) && !out.isEmpty())) {
                break;
            }
            out.add(w);
            j++;
        }
        return out;
    }

    private String markerAt(List<String> t, int i) {
        return phraseAt(t, i, keyMarkers);
    }

    /** The longest of the phrases that begins at token {@code i}, or null. */
    private static String phraseAt(List<String> t, int i, List<String> phrases) {
        String best = null;
        for (String p : phrases) {
            String[] w = p.split(" ");
            if (i + w.length <= t.size() && String.join(" ", t.subList(i, i + w.length)).equals(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }

    /** The other capability whose object is named at token {@code i}, or null. */
    private static String otherNamedAt(List<String> t, int i, Map<String, List<String>> others) {
        for (Map.Entry<String, List<String>> e : others.entrySet()) {
            if (RecordLifecycles.positions(t.subList(i, Math.min(t.size(), i + e.getValue().size())), e.getValue()).contains(0)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The reference column of a noun phrase: another capability's record where its object is or ends with it, else its own. */
    private static String refColumn(List<String> phrase, Map<String, List<String>> others) {
        String said = Names.singular(String.join(" ", phrase));
        for (List<String> o : others.values()) {
            String obj = Names.singular(String.join(" ", o));
            if (obj.equals(said) || (phrase.size() == 1 && obj.endsWith(" " + said))) {
                return Names.table(obj) + "_id";
            }
        }
        return Names.table(said) + "_id";
    }

    private void addKey(Map<String, Column> keys, List<String> phrase, List<String> object, Map<String, List<String>> others, boolean named) {
        String last = Names.singular(phrase.get(phrase.size() - 1));
        if (units.contains(last) && !timeUnits.contains(last)) {
            return;
        }
        if (timeUnits.contains(last)) {
            if (!named && phrase.size() == 1 && !keys.isEmpty()) {
                // "per territory and period": the period a record of the key is kept for
                String col = Names.table(last) + "_start";
                keys.putIfAbsent(col, new Column(col, "TIMESTAMP", "DATE_TIME!", "the start of the " + last + " it is kept per"));
            } else if (named) {
                String col = Names.table(String.join(" ", phrase)) + "_start";
                keys.putIfAbsent(col, new Column(col, "TIMESTAMP", "DATE_TIME!", "the start of the " + String.join(" ", phrase) + " it is kept per"));
            }
            return;
        }
        String col = refColumn(phrase, others);
        String owner = null;
        for (Map.Entry<String, List<String>> e : others.entrySet()) {
            if ((Names.table(Names.singular(String.join(" ", e.getValue()))) + "_id").equals(col)) {
                owner = e.getKey();
            }
        }
        keys.putIfAbsent(col, new Column(col, "UUID", "UUID!", owner == null
                ? "the " + String.join(" ", phrase) + " it is kept per; no record of this design keeps " + Names.plural(last) + ", so an id without a foreign key"
                : "the " + Names.singular(String.join(" ", phrase)) + " it is kept per, a record of " + owner + "; no foreign key across capabilities"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The design, in the notation of the capability shapes (so the builders that design a shape's tables, operations and
    // flows design this record too).

    /**
     * The record a capability's sentences describe, or empty where its object is named in no sentence, or named with nothing
     * said of it (no key, no typed word, fewer than two states): then it stays an open question.
     *
     * @param names the capability's names in the design (its table is renamed after the object by the caller)
     * @param request the request whose sentences are read
     * @param capabilities every capability of the request
     */
    Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request, List<String> capabilities) {
        Optional<Reading> read = read(names.capability(), request, capabilities).filter(Reading::designs);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Reading r = read.get();
        Sentence first = r.evidence().get(0);
        Evidence evidence = new Evidence(first.field(), String.join(" ", r.object()), first.text());
        CapabilityShapes.CapabilityShape shape = shape(r);
        return Optional.of(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null));
    }

    private CapabilityShapes.CapabilityShape shape(Reading r) {
        List<String> states = new ArrayList<>(r.states().keySet());
        boolean lifecycle = states.size() >= 2;
        List<String> fields = new ArrayList<>(List.of("id:UUID"));
        List<String> props = new ArrayList<>(List.of("id:UUID!"));
        List<String> input = new ArrayList<>();
        List<Map<String, Object>> indexes = new ArrayList<>();
        List<Map<String, Object>> constraints = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Column k : r.keys()) {
            fields.add(k.name() + ":" + k.type());
            props.add(Names.camel(k.name()) + ":" + k.property());
            input.add(Names.camel(k.name()) + ":" + k.property());
            said.add(k.name() + " (" + k.note() + ")");
        }
        for (Column c : r.columns()) {
            fields.add(c.name() + ":" + c.type());
            props.add(Names.camel(c.name()) + ":" + c.property());
            input.add(Names.camel(c.name()) + ":" + c.property());
            said.add(c.name() + " (" + c.note() + ")");
            if (c.type().startsWith("DECIMAL") || c.type().startsWith("INTEGER")) {
                constraints.add(RecordLifecycles.constraint("NOT_NEGATIVE", List.of(c.name()), List.of(), "a " + c.name().replace('_', ' ') + " is never negative"));
            }
            if (c.type().equals("TEXT")) {
                indexes.add(RecordLifecycles.index(List.of(c.name()), true, "the sentence says the " + c.name().replace('_', ' ') + " is unique"));
            }
        }
        if (r.money()) {
            fields.add("currency:TEXT?");
            props.add("currency:CURRENCY?");
            input.add("currency:CURRENCY?");
        }
        if (lifecycle) {
            fields.add("status:TEXT");
            props.add("status:STRING!");
            for (String st : states.subList(1, states.size())) {
                fields.add(st.toLowerCase(Locale.ROOT) + "_at:TIMESTAMP?");
                props.add(Names.camel(st.toLowerCase(Locale.ROOT) + "_at") + ":DATE_TIME?");
            }
            constraints.add(RecordLifecycles.constraint("ONE_OF", List.of("status"), states, "a ${name} is in one of the states its sentences name"));
        }
        fields.add("idempotency_key:TEXT");
        fields.add("created_at:TIMESTAMP");
        fields.add("updated_at:TIMESTAMP");
        props.add("createdAt:DATE_TIME!");
        props.add("updatedAt:DATE_TIME!");
        indexes.add(RecordLifecycles.index(List.of("idempotency_key"), true, "a retried create is recorded once"));
        List<String> keyColumns = r.keys().stream().map(Column::name).toList();
        if (!keyColumns.isEmpty()) {
            indexes.add(RecordLifecycles.index(keyColumns, r.onePerKey(), r.onePerKey()
                    ? "one ${name} per " + String.join(" and ", keyColumns.stream().map(k -> k.replace("_id", "").replace('_', ' ')).toList())
                    + ", as the sentence says (a second is refused with 409)"
                    : "the ${name} records of one " + String.join(" and ", keyColumns.stream().map(k -> k.replace("_id", "").replace('_', ' ')).toList())));
        }
        if (lifecycle) {
            indexes.add(RecordLifecycles.index(List.of("status", "updated_at"), false, "the records waiting in a state, oldest first"));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "${table}");
        record.put("description", "A ${name}, as the request's sentences describe it"
                + (said.isEmpty() ? "" : ": " + safe(String.join("; ", said)))
                + (lifecycle ? "; its states " + String.join(", ", states) : ""));
        record.put("fields", fields);
        record.put("indexes", indexes);
        record.put("constraints", constraints);

        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", props);
        if (input.isEmpty()) {
            input.add("reference:STRING?");
        }
        schemas.put("${Schema}Input", input);
        if (lifecycle) {
            schemas.put("${Schema}Command", List.of("reason:STRING"));
        }
        List<Map<String, Object>> operations = new ArrayList<>();
        String opening = lifecycle ? r.states().get(states.get(0)) : "record";
        operations.add(RecordLifecycles.operation(opening + "${Schema}", "POST", "/${path}", Names.capitalise(opening) + " a ${name}"
                        + (lifecycle ? " (state " + states.get(0) + ")" : ""), "${Schema}Input", null, List.of(), true,
                List.of(RecordLifecycles.response(201, "${Schema}", "Recorded"), RecordLifecycles.response(409, null, r.onePerKey()
                        ? "Already recorded under another Idempotency-Key, or the one allowed per key exists" : "Already recorded under another Idempotency-Key"),
                        RecordLifecycles.response(422, null, null))));
        operations.add(RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "The ${name} records, newest first", null, "${Schema}",
                lifecycle ? List.of("status:STRING") : List.of(), false, List.of()));
        operations.add(RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One ${name}", null, null, List.of(), false,
                List.of(RecordLifecycles.response(200, "${Schema}", "The ${name}"), RecordLifecycles.response(404, null, null))));
        List<String> steps = new ArrayList<>();
        steps.add("actor -> entry: POST /${path} with Idempotency-Key");
        steps.add("entry -> unit: " + Names.capitalise(opening));
        steps.add("unit -> store: Insert the ${name}" + (lifecycle ? " in " + states.get(0) : "") + " (unique idempotency key"
                + (r.onePerKey() ? "; unique " + String.join(", ", keyColumns) : "") + ")");
        steps.add("entry --> actor: 201 ${name}, or 409");
        if (lifecycle) {
            for (int n = 1; n < states.size(); n++) {
                String verb = r.states().get(states.get(n));
                String from = states.get(n - 1);
                operations.add(RecordLifecycles.operation(verb + "${Schema}", "POST", "/${path}/{${id}}/" + verb,
                        Names.capitalise(verb) + " the ${name} (from " + from + " to " + states.get(n) + ")", "${Schema}Command", null, List.of(), true,
                        List.of(RecordLifecycles.response(200, "${Schema}", Names.capitalise(states.get(n).toLowerCase(Locale.ROOT))),
                                RecordLifecycles.response(404, null, null),
                                RecordLifecycles.response(409, null, "Not allowed from the current state (only from " + from + ")"))));
                steps.add("actor -> entry: POST /${path}/{id}/" + verb);
                steps.add("entry -> unit: " + Names.capitalise(verb));
                steps.add("unit -> store: Update status to " + states.get(n) + ", set " + states.get(n).toLowerCase(Locale.ROOT)
                        + "_at = now() where id = :id and status = '" + from + "'");
                steps.add("entry --> actor: 200 " + states.get(n) + ", or 409");
            }
        }
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("id", "${path}-record");
        flow.put("title", lifecycle ? "The ${name}: " + String.join(", ", states) : "Recording a ${name}");
        flow.put("description", "The ${name} as its sentences describe it" + (lifecycle ? "; each later state is a conditional update on the state before" : ""));
        flow.put("steps", steps);
        return new CapabilityShapes.CapabilityShape(SHAPE_ID, "record its sentences describe", List.of(String.join(" ", r.object())), List.of(), List.of(),
                List.of(), List.of(), null, requirement(r, states), RecordLifecycles.tree(List.of(record)), RecordLifecycles.tree(schemas),
                RecordLifecycles.tree(operations), RecordLifecycles.tree(List.of(flow)), false, null, false);
    }

    /** The requirement, written from what the sentences said: the record, its keys, what it keeps, its states. */
    private static String requirement(Reading r, List<String> states) {
        String one = Names.singular(String.join(" ", r.object()));
        StringBuilder b = new StringBuilder("Keep each " + one);
        if (!r.keys().isEmpty()) {
            b.append(r.onePerKey() ? ", one per " : " per ").append(String.join(" and ", r.keys().stream()
                    .map(k -> k.name().replaceAll("_(id|start)$", "").replace('_', ' ')).toList()));
        }
        if (!r.columns().isEmpty()) {
            b.append(", with its ").append(String.join(", ", r.columns().stream().map(c -> c.name().replace('_', ' ')).toList()));
        }
        if (states.size() >= 2) {
            b.append("; it is ").append(String.join(", then ", states.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()));
        }
        b.append(", as the request says (\"").append(safe(r.evidence().get(0).text())).append("\")");
        return b.toString();
    }

    private static String safe(String text) {
        return text.replace("${", "$ {");
    }
}
