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
 * A noun-led capability name read by its head noun's kind, {@code dev/architect/offline/head-kinds.yaml}: "container release
 * status" keeps the state of a container, "gate-in and gate-out decision" a decision per gate event, "slot capacity by lane
 * block" a ceiling per slot and lane block, "study setup per protocol amendment" a versioned setup, "customs messages" an
 * inbox of a partner's messages. The head (the name's last word before a qualifier) gives the kind; the modifiers before it
 * must be nouns the request's sentences use (an exchange's, words of an integration), else nothing is designed and the
 * capability stays an open question.
 */
record HeadKindRecords(Map<Kind, List<String>> heads, List<String> ceilings, List<String> modes, List<String> liveModes,
                       List<String> keyPrepositions, List<String> otherPrepositions, List<String> joiners, List<String> particles,
                       List<String> holderBefore, List<String> holderAfter,
                       List<StateWord> states, List<String> outcomes, List<String> defaultOutcomes, List<String> decisionWords,
                       List<String> floorWords, List<String> historyWords, List<String> inboundWords, List<String> outboundWords,
                       List<String> sendWords, List<String> receiveWords, List<String> acknowledgeWords) {

    static final String RESOURCE = "/dev/architect/offline/head-kinds.yaml";
    /** The id of the shape this designer produces, one per kind ("head-kind-state-of"). */
    static final String SHAPE_PREFIX = "head-kind-";
    private static final String WORD = "[a-z]+(-[a-z]+)?";
    private static final String PHRASE = "[a-z]+( [a-z]+)*";
    private static final String STATE = "[A-Z]+(_[A-Z]+)*";

    /** What a head noun says the system keeps. */
    enum Kind {
        /** The state something is in ("release status", "quarantine"). */
        STATE_OF,
        /** A decision about a subject ("gate decision", "credit check"). */
        DECISION,
        /** An amount kept per key ("stock", "capacity", "running total"). */
        QUANTITY,
        /** Settings kept as versions ("setup", "configuration"). */
        VERSIONED,
        /** Messages to or from a partner ("customs messages", "results feed"). */
        EXCHANGE
    }

    /** A state a word names, the verb that reaches it, the word's forms, and the state it is the opposite of. */
    record StateWord(String state, String verb, List<String> forms, String opposite) {
        StateWord {
            forms = List.copyOf(forms == null ? List.of() : forms);
            if (state == null || !state.matches(STATE) || opposite == null || !opposite.matches(STATE) || verb == null || !verb.matches(WORD)
                    || forms.isEmpty() || forms.stream().anyMatch(f -> f == null || !f.matches(WORD))) {
                throw new IllegalStateException("state '" + state + "': needs an upper-case state, its opposite, a lower-case verb and lower-case forms");
            }
        }
    }

    HeadKindRecords {
        Map<Kind, List<String>> byKind = new LinkedHashMap<>();
        Map<String, Kind> kindOf = new HashMap<>();
        for (Kind k : Kind.values()) {
            List<String> words = checked("heads " + k, heads == null ? null : heads.get(k), WORD);
            for (String w : words) {
                Kind other = kindOf.put(w, k);
                if (other != null) {
                    throw new IllegalStateException("heads '" + w + "' is both " + other + " and " + k);
                }
            }
            byKind.put(k, words);
        }
        heads = java.util.Collections.unmodifiableMap(byKind);
        ceilings = checked("ceilings", ceilings, WORD);
        for (String c : ceilings) {
            if (kindOf.get(c) != Kind.QUANTITY) {
                throw new IllegalStateException("ceilings '" + c + "' is not a QUANTITY head");
            }
        }
        modes = checked("modes", modes, WORD);
        liveModes = checked("liveModes", liveModes, WORD);
        for (String l : liveModes) {
            if (!modes.contains(l)) {
                throw new IllegalStateException("liveModes '" + l + "' is not among the modes");
            }
        }
        keyPrepositions = checked("keyPrepositions", keyPrepositions, WORD);
        otherPrepositions = checked("otherPrepositions", otherPrepositions, WORD);
        joiners = checked("joiners", joiners, WORD);
        particles = checked("particles", particles, WORD);
        holderBefore = checked("holderBefore", holderBefore, WORD);
        holderAfter = checked("holderAfter", holderAfter, WORD);
        states = List.copyOf(states == null ? List.of() : states);
        Set<String> named = new HashSet<>();
        states.forEach(s -> named.add(s.state()));
        if (states.isEmpty()) {
            throw new IllegalStateException("states entries are missing");
        }
        for (StateWord s : states) {
            if (!named.contains(s.opposite())) {
                throw new IllegalStateException("state '" + s.state() + "': its opposite '" + s.opposite() + "' is not a state of the file");
            }
        }
        outcomes = checked("outcomes", outcomes, STATE);
        for (String o : outcomes) {
            if (!named.contains(o)) {
                throw new IllegalStateException("outcomes '" + o + "' is not a state of the file");
            }
        }
        defaultOutcomes = checked("defaultOutcomes", defaultOutcomes, STATE);
        if (defaultOutcomes.size() != 2 || !outcomes.containsAll(defaultOutcomes)) {
            throw new IllegalStateException("defaultOutcomes must be two of the outcomes");
        }
        decisionWords = checked("decisionWords", decisionWords, WORD);
        floorWords = checked("floorWords", floorWords, PHRASE);
        historyWords = checked("historyWords", historyWords, WORD);
        inboundWords = checked("inboundWords", inboundWords, WORD);
        outboundWords = checked("outboundWords", outboundWords, WORD);
        sendWords = checked("sendWords", sendWords, WORD);
        receiveWords = checked("receiveWords", receiveWords, WORD);
        acknowledgeWords = checked("acknowledgeWords", acknowledgeWords, WORD);
    }

    /** A list of words, checked as every shipped word list is ({@link SentenceRecords#checked}); states in upper case first. */
    private static List<String> checked(String what, List<String> entries, String pattern) {
        if (pattern.equals(STATE) && entries != null) {
            entries.stream().filter(e -> e == null || !e.matches(STATE)).findFirst().ifPresent(e -> {
                throw new IllegalStateException(what + " '" + e + "' must be an upper-case state");
            });
        }
        return SentenceRecords.checked(what, entries, pattern);
    }

    private static final class Holder {
        static final HeadKindRecords STANDARD = DataFiles.shipped(RESOURCE, HeadKindRecords.class, "head kinds");
    }

    static HeadKindRecords standard() {
        return Holder.STANDARD;
    }

    /** Reads a file in the shipped layout; the error names the file, the entry and what is wrong. */
    static HeadKindRecords read(InputStream in, String source) {
        return DataFiles.read(in, source, HeadKindRecords.class, "head kinds");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading a name

    /**
     * A noun-led name taken apart: its head and the head's kind, the modes dropped ("live"), the coordinated modifier groups
     * before the head ("depot", "site"), and the qualifier's key nouns ("per lane block": lane block) and other nouns ("for the
     * studio").
     */
    record NounLedName(String head, Kind kind, List<List<String>> groups, List<String> modes, List<List<String>> keys,
                       List<String> qualifier) {
    }

    /**
     * The name read by its head noun, or empty where its head is no kind's word, where it holds a determiner (a verb-led
     * name: "dispense the right kit"), or where a hyphenated head is an act ("check-in").
     */
    Optional<NounLedName> read(String capability) {
        List<String> words = new ArrayList<>();
        for (String w : (capability == null ? "" : capability).toLowerCase(Locale.ROOT).split("[\\s,/]+")) {
            String t = w.replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
            if (!t.isEmpty()) {
                words.add(t);
            }
        }
        int cut = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (keyPrepositions.contains(words.get(i)) || otherPrepositions.contains(words.get(i))) {
                cut = i;
                break;
            }
        }
        List<String> base = words.subList(0, cut);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String head = base.get(base.size() - 1);
        Kind kind = kindOf(head);
        // a verb-led name holds a determiner ("dispense the right kit"); one without ("track parcel status") opens with a verb
        // no sentence uses as a noun, so its modifier binds to nothing when the design reads the sentences
        if (kind == null || base.stream().anyMatch(w -> RecordLifecycles.DETERMINERS.contains(w))) {
            return Optional.empty();
        }
        List<String> dropped = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String w : base.subList(0, base.size() - 1)) {
            if (modes.contains(w)) {
                dropped.add(w);
            } else if (joiners.contains(w)) {
                if (!group.isEmpty()) {
                    groups.add(group);
                }
                group = new ArrayList<>();
            } else {
                group.add(w);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        List<List<String>> keys = new ArrayList<>();
        List<String> qualifier = new ArrayList<>();
        if (cut < words.size()) {
            List<String> rest = words.subList(cut + 1, words.size());
            List<String> phrase = new ArrayList<>();
            for (String w : rest) {
                if (RecordLifecycles.DETERMINERS.contains(w)) {
                    continue;
                }
                if (joiners.contains(w) || keyPrepositions.contains(w)) {
                    if (!phrase.isEmpty()) {
                        keys.add(phrase);
                    }
                    phrase = new ArrayList<>();
                    continue;
                }
                phrase.add(w);
            }
            if (!phrase.isEmpty()) {
                keys.add(phrase);
            }
            if (!keyPrepositions.contains(words.get(cut))) {
                qualifier.addAll(words.subList(cut, words.size()));
                keys = new ArrayList<>();
            }
        }
        return Optional.of(new NounLedName(head, kind, groups, dropped, keys, qualifier));
    }

    /** The kind of a head noun (singular or plural), or null. */
    Kind kindOf(String word) {
        for (Map.Entry<Kind, List<String>> e : heads.entrySet()) {
            if (e.getValue().contains(word) || e.getValue().contains(Names.singular(word))) {
                return e.getKey();
            }
        }
        return null;
    }

    private StateWord stateWord(String token) {
        for (StateWord s : states) {
            if (s.forms().contains(token)) {
                return s;
            }
        }
        return null;
    }

    private StateWord state(String name) {
        return states.stream().filter(s -> s.state().equals(name)).findFirst().orElse(null);
    }

    /** A modifier group's noun: its words without a trailing particle ("gate-in": gate). */
    private List<String> noun(List<String> group) {
        List<String> out = new ArrayList<>();
        for (String w : group) {
            int dash = w.indexOf('-');
            if (dash > 0 && particles.contains(w.substring(dash + 1))) {
                out.add(w.substring(0, dash));
            } else {
                out.addAll(List.of(w.split("-")));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Binding the modifiers to the request's sentences

    /** Where, among the sentences, a phrase is named as a noun: the sentences in order. */
    private static List<Sentence> naming(List<Sentence> sentences, List<String> phrase) {
        List<Sentence> out = new ArrayList<>();
        if (phrase.isEmpty()) {
            return out;
        }
        for (Sentence s : sentences) {
            if (!SentenceRecords.standard().mentions(RecordLifecycles.tokens(s.text()), phrase).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The longest opening of a group the sentences name as a noun ("kit expiry": kit), or empty. */
    private static List<String> boundOpening(List<String> group, List<Sentence> sentences) {
        for (int n = group.size(); n >= 1; n--) {
            if (!naming(sentences, group.subList(0, n)).isEmpty()) {
                return group.subList(0, n);
            }
        }
        return List.of();
    }

    /** The sentences using any of the words (whole tokens). */
    private static List<Sentence> using(List<Sentence> sentences, java.util.Collection<String> words) {
        return sentences.stream().filter(s -> RecordLifecycles.tokens(s.text()).stream().anyMatch(words::contains)).toList();
    }

    /** Whether any sentence holds one of the phrases as whole words. */
    private static boolean says(List<Sentence> sentences, List<String> phrases) {
        for (Sentence s : sentences) {
            List<String> t = RecordLifecycles.tokens(s.text());
            for (String p : phrases) {
                if (!RecordLifecycles.positions(t, List.of(p.split(" "))).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The design

    /** A design and the words its record is named after ("container", "gate decision"). */
    record Designed(CapabilityShapes.ShapedCapability shaped, String recordName) {
    }

    /**
     * The record a noun-led name's head designs, or empty where the head is no kind's, its modifier binds to nothing the
     * request says, or the sentences do not say enough (a status with no states named): then it stays an open question.
     *
     * @param names the capability's names in the design (renamed after {@link Designed#recordName()} by the caller)
     * @param request the request whose sentences are read
     * @param capabilities every capability of the request
     */
    Optional<Designed> design(CapabilityShapes.ShapeNames names, ConsultationRequest request, List<String> capabilities) {
        Optional<NounLedName> read = read(names.capability());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        NounLedName n = read.get();
        List<Sentence> sentences = SentenceRecords.sentences(request);
        Optional<Part> part = switch (n.kind()) {
            case STATE_OF -> stateOf(n, sentences, request, capabilities);
            case DECISION -> decision(n, sentences, request);
            case QUANTITY -> quantity(n, sentences);
            case VERSIONED -> versioned(n, sentences);
            case EXCHANGE -> exchange(n, sentences, request);
        };
        return part.map(p -> {
            CapabilityShapes.CapabilityShape shape = new CapabilityShapes.CapabilityShape(SHAPE_PREFIX + n.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    p.label(), List.of(n.head()), List.of(), List.of(), List.of(), List.of(), null, safe(p.requirement()),
                    RecordLifecycles.tree(p.entities()), RecordLifecycles.tree(p.schemas()), RecordLifecycles.tree(p.operations()),
                    RecordLifecycles.tree(p.flows()), false, null, false);
            Evidence evidence = new Evidence(p.evidence().field(), p.phrase(), p.evidence().text());
            return new Designed(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null), p.recordName());
        });
    }

    /** What one kind designs, in the shape notation. */
    private record Part(String label, String recordName, String requirement, String phrase, Sentence evidence, List<Map<String, Object>> entities,
                        Map<String, List<String>> schemas, List<Map<String, Object>> operations, List<Map<String, Object>> flows) {
    }

    private static String words(List<String> w) {
        return String.join(" ", w);
    }

    private static String quote(Sentence s) {
        return "(\"" + s.text() + "\")";
    }

    private static String safe(String text) {
        return text.replace("${", "$ {");
    }

    private static String upper(List<String> w) {
        return String.join("_", w).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Key columns for the qualifier's key nouns ("per lane block": lane_block_id). */
    private static List<String> keyColumns(NounLedName n) {
        // "per financial year", "per delivery quarter-hour": a period is kept by its start, never an id
        List<String> periods = SentenceRecords.standard().timeUnits();
        return n.keys().stream().map(k -> Names.table(Names.singular(words(k)))
                + (periods.contains(Names.singular(k.get(k.size() - 1))) || periods.stream().anyMatch(p -> k.get(k.size() - 1).endsWith("-" + p)) ? "_start" : "_id"))
                .distinct().toList();
    }

    /** A key column's type: the start of a period, else the id of what it is kept per. */
    private static String keyType(String column, boolean property) {
        return column.endsWith("_start") ? property ? ":DATE_TIME!" : ":TIMESTAMP" : property ? ":UUID!" : ":UUID";
    }

    private boolean history(List<Sentence> sentences, ConsultationRequest request) {
        return !request.compliance().isEmpty() || !using(sentences, historyWords).isEmpty();
    }

    // STATE_OF -----------------------------------------------------------------------------------------------------

    private Optional<Part> stateOf(NounLedName n, List<Sentence> sentences, ConsultationRequest request, List<String> capabilities) {
        if (n.groups().isEmpty()) {
            return Optional.empty();
        }
        // the subject is the first group's opening the sentences name; a state word after it is the aspect ("container release")
        List<String> first = new ArrayList<>(noun(n.groups().get(0)));
        StateWord aspect = stateWord(n.head());
        if (first.size() > 1 && stateWord(first.get(first.size() - 1)) != null) {
            aspect = stateWord(first.remove(first.size() - 1));
        }
        List<String> subject = boundOpening(first, sentences);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        List<String> rest = first.subList(subject.size(), first.size());
        // with a state noun for a head, the coordinated groups are its reasons ("kit expiry and temperature excursion
        // quarantine": EXPIRY, TEMPERATURE_EXCURSION); else what follows the subject is what the status is of ("script marking")
        boolean stateHead = stateWord(n.head()) != null;
        List<String> reasons = new ArrayList<>();
        if (stateHead && !rest.isEmpty()) {
            reasons.add(upper(rest));
        }
        if (stateHead) {
            n.groups().subList(1, n.groups().size()).forEach(g -> reasons.add(upper(noun(g))));
        } else if (n.groups().size() > 1) {
            return Optional.empty(); // "container and trailer status": two records' states, which one is not said
        }
        String of = stateHead || rest.isEmpty() ? null : words(rest);
        List<Sentence> about = new ArrayList<>(naming(sentences, subject));
        Map<String, String> said = new LinkedHashMap<>();
        if (aspect != null) {
            StateWord opposite = state(aspect.opposite());
            said.put(opposite.state(), opposite.verb());
            said.put(aspect.state(), aspect.verb());
        }
        // a state noun for a head keeps its state and its opposite only: the sentences naming the subject may speak of another
        // record's states ("a component stays in quarantine until the lab releases it on the results")
        for (Sentence s : stateHead ? List.<Sentence>of() : about) {
            for (String t : RecordLifecycles.tokens(s.text())) {
                StateWord w = stateWord(t);
                if (w != null && (aspect == null || w.state().equals(aspect.state()) || w.state().equals(aspect.opposite()) || w.opposite().equals(aspect.state()))) {
                    said.putIfAbsent(w.state(), w.verb());
                }
            }
        }
        // the states the sentences put the subject in ("a script is allocated, marked, then moderated")
        if (aspect == null) {
            Set<String> light = lightVerbs(about);
            SentenceRecords.standard().read(words(subject), request, capabilities)
                    .ifPresent(r -> r.states().forEach((st, verb) -> {
                        if (!light.contains(st)) {
                            said.putIfAbsent(st, verb);
                        }
                    }));
        }
        if (said.size() < 2 || about.isEmpty()) {
            return Optional.empty();
        }
        List<String> stateList = new ArrayList<>(said.keySet());
        String column = aspect != null && !stateHead ? Names.table(aspect.verb()) + "_status" : of != null ? Names.table(of) + "_status" : "status";
        boolean history = history(sentences, request);
        String subjectName = Names.singular(words(subject));

        List<String> fields = new ArrayList<>(List.of("id:UUID", "reference:TEXT"));
        List<String> props = new ArrayList<>(List.of("id:UUID!", "reference:STRING!"));
        for (String k : keyColumns(n)) {
            fields.add(k + keyType(k, false));
            props.add(Names.camel(k) + keyType(k, true));
        }
        fields.add(column + ":TEXT");
        props.add(Names.camel(column) + ":STRING!");
        List<Map<String, Object>> constraints = new ArrayList<>();
        constraints.add(RecordLifecycles.constraint("ONE_OF", List.of(column), stateList, "a ${name} is in one of the states the request names"));
        if (!reasons.isEmpty()) {
            fields.add("reason:TEXT?");
            props.add("reason:STRING?");
            constraints.add(RecordLifecycles.constraint("ONE_OF", List.of("reason"), reasons, "the reasons the capability's name gives"));
        }
        fields.addAll(List.of("version:INTEGER", "updated_at:TIMESTAMP"));
        props.addAll(List.of("version:INTEGER!", "updatedAt:DATE_TIME!"));
        constraints.add(RecordLifecycles.constraint("POSITIVE", List.of("version"), List.of(), "every change names the version it read"));
        List<Map<String, Object>> indexes = new ArrayList<>();
        indexes.add(RecordLifecycles.index(List.of("reference"), true, "one record per " + subjectName + ", by the number it is known by"));
        indexes.add(RecordLifecycles.index(List.of(column, "updated_at"), false, "the " + Names.plural(subjectName) + " in a state, oldest first"));
        Map<String, Object> record = entity("${table}", "A " + subjectName + " and its " + column.replace('_', ' ') + " (" + String.join(", ", stateList)
                + "), changed only by the commands that name the version read", fields, indexes, constraints, Map.of());
        List<Map<String, Object>> entities = new ArrayList<>(List.of(record));
        if (history) {
            entities.add(entity("${table}_status_change", "Each change of a " + subjectName + "'s " + column.replace('_', ' ') + ": who, from, to, when and why",
                    List.of("id:UUID", "${table}_id:UUID", "from_status:TEXT", "to_status:TEXT", "reason:TEXT?", "changed_by:TEXT", "changed_at:TIMESTAMP"),
                    List.of(RecordLifecycles.index(List.of("${table}_id", "changed_at"), false, "a " + subjectName + "'s history, in order")),
                    List.of(RecordLifecycles.constraint("APPEND_ONLY", List.of(), List.of(), "the history of a state is never rewritten")),
                    Map.of("${table}_id", "${table}")));
        }
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", props);
        schemas.put("${Schema}Command", reasons.isEmpty() ? List.of("version:INTEGER!", "note:STRING?") : List.of("version:INTEGER!", "reason:STRING?", "note:STRING?"));
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "The " + Names.plural(subjectName) + " and their " + column.replace('_', ' ')
                + ", by state", null, "${Schema}", List.of(Names.camel(column) + ":STRING"), false, List.of()));
        operations.add(RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One " + subjectName + "'s " + column.replace('_', ' '), null, null,
                List.of(), false, List.of(RecordLifecycles.response(200, "${Schema}", "The current state"), RecordLifecycles.response(404, null, null))));
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < stateList.size(); i++) {
            String st = stateList.get(i);
            String verb = said.get(st);
            List<String> from = stateList.stream().filter(o -> !o.equals(st)).toList();
            operations.add(RecordLifecycles.operation(Names.camel(Names.table(verb)) + "${Schema}", "POST", "/${path}/{${id}}/" + Names.slug(verb),
                    Names.capitalise(verb) + " the " + subjectName + " (to " + st + ")", "${Schema}Command", null, List.of(), true,
                    List.of(RecordLifecycles.response(200, "${Schema}", "Now " + st), RecordLifecycles.response(404, null, null),
                            RecordLifecycles.response(409, null, "Already " + st + ", or changed since the version read"))));
            if (i == stateList.size() - 1 || i == 0 && stateList.size() == 2) {
                steps.add("actor -> entry: POST /${path}/{id}/" + Names.slug(verb) + " with the version read");
                steps.add("entry -> unit: " + Names.capitalise(verb));
                steps.add("unit -> store: Update " + column + " to " + st + ", version + 1 where id = :id and version = :version and " + column
                        + " in (" + String.join(", ", from) + ")" + (history ? "; insert the change (from, to, who, why) in the same transaction" : ""));
                steps.add("entry --> actor: 200 " + st + ", or 409 when it changed meanwhile");
            }
        }
        Map<String, Object> flow = flow("${path}-state", "Change a " + subjectName + "'s " + column.replace('_', ' '),
                "Each change is a conditional update on the version read, so two changes never both apply", steps);
        Sentence ev = about.stream().filter(s -> RecordLifecycles.tokens(s.text()).stream()
                .anyMatch(t -> said.containsKey(t.toUpperCase(Locale.ROOT)) || stateWord(t) != null && said.containsKey(stateWord(t).state())))
                .findFirst()
                // else a sentence naming the head or a reason ("an excursion is reported"), else the first naming the subject
                .or(() -> using(sentences, reasonWords(n)).stream().findFirst()).orElse(about.get(0));
        String requirement = "Keep each " + subjectName + "'s " + column.replace('_', ' ') + (n.keys().isEmpty() ? "" : " per "
                + String.join(" and ", n.keys().stream().map(HeadKindRecords::words).toList())) + " (" + String.join(", ", stateList) + ")"
                + (reasons.isEmpty() ? "" : " with its reason (" + String.join(", ", reasons) + ")")
                + ", changed only by a command per state on the version read" + (history ? ", with the history of every change" : "")
                + ", as the request says " + quote(ev);
        return Optional.of(new Part("state kept on the record it is of", subjectName, requirement, words(subject), ev, entities, schemas, operations, List.of(flow)));
    }

    /** The head's and the coordinated groups' words, each as the sentences may write it. */
    private List<String> reasonWords(NounLedName n) {
        List<String> out = new ArrayList<>();
        StateWord head = stateWord(n.head());
        if (head != null) {
            out.addAll(head.forms());
        }
        n.groups().subList(1, n.groups().size()).forEach(g -> noun(g).forEach(w -> {
            out.add(w);
            out.add(Names.plural(Names.singular(w)));
        }));
        return out;
    }

    /**
     * The participles that only carry a state noun ("put on hold", "placed under quarantine"): the state is the noun's,
     * never the verb's own.
     */
    private Set<String> lightVerbs(List<Sentence> about) {
        Set<String> out = new HashSet<>();
        for (Sentence s : about) {
            List<String> t = RecordLifecycles.tokens(s.text());
            for (int i = 0; i + 2 < t.size(); i++) {
                if (otherPrepositions.contains(t.get(i + 1)) && stateWord(t.get(i + 2)) != null) {
                    out.add(t.get(i).toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    // DECISION -----------------------------------------------------------------------------------------------------

    private Optional<Part> decision(NounLedName n, List<Sentence> sentences, ConsultationRequest request) {
        if (n.groups().isEmpty()) {
            return Optional.empty();
        }
        // every group must be a noun the sentences use; two or more groups are the events decided ("gate-in and gate-out")
        List<List<String>> nouns = new ArrayList<>();
        List<List<String>> subjects = new ArrayList<>();
        List<Sentence> about = new ArrayList<>();
        for (List<String> g : n.groups()) {
            List<String> noun = noun(g);
            List<String> bound = boundOpening(noun, sentences);
            if (bound.isEmpty()) {
                return Optional.empty();
            }
            nouns.add(noun);
            subjects.add(bound);
            naming(sentences, bound).stream().filter(s -> !about.contains(s)).forEach(about::add);
        }
        boolean events = n.groups().size() > 1;
        List<String> eventValues = events ? n.groups().stream().map(HeadKindRecords::upper).toList() : List.of();
        // the outcomes the sentences about the subject or the deciding name ("accepts ... or rejects it")
        List<Sentence> deciding = new ArrayList<>(about);
        using(sentences, decisionWords).stream().filter(s -> !deciding.contains(s)).forEach(deciding::add);
        Map<String, String> outcomes = new LinkedHashMap<>();
        Sentence evidence = null;
        for (Sentence s : deciding) {
            for (String t : RecordLifecycles.tokens(s.text())) {
                StateWord w = stateWord(t);
                if (w != null && this.outcomes.contains(w.state()) && (outcomes.isEmpty() || outcomes.containsKey(w.opposite()))) {
                    outcomes.putIfAbsent(w.state(), w.verb());
                    if (evidence == null) {
                        evidence = s;
                    }
                }
            }
        }
        boolean assumed = outcomes.isEmpty();
        if (outcomes.size() == 1) {
            StateWord o = state(state(outcomes.keySet().iterator().next()).opposite());
            outcomes.put(o.state(), o.verb());
        }
        List<String> outcomeList = assumed ? defaultOutcomes : new ArrayList<>(outcomes.keySet());
        String subjectName = Names.singular(words(subjects.get(0)));
        String recordName = events ? commonOpening(nouns) + " " + n.head() : words(nouns.get(0)) + " " + n.head();
        List<String> fields = new ArrayList<>(List.of("id:UUID", "subject_ref:TEXT"));
        List<String> props = new ArrayList<>(List.of("id:UUID!", "subjectRef:STRING!"));
        List<String> input = new ArrayList<>(List.of("subjectRef:STRING!"));
        List<Map<String, Object>> constraints = new ArrayList<>();
        if (events) {
            fields.add("event:TEXT");
            props.add("event:STRING!");
            input.add("event:STRING!");
            constraints.add(RecordLifecycles.constraint("ONE_OF", List.of("event"), eventValues, "the events the capability's name decides"));
        }
        fields.addAll(List.of("outcome:TEXT", "reasons:JSON", "inputs:JSON", "decided_by:TEXT", "idempotency_key:TEXT", "decided_at:TIMESTAMP"));
        props.addAll(List.of("outcome:STRING!", "reasons:STRING!", "decidedBy:STRING!", "decidedAt:DATE_TIME!"));
        input.add("inputs:STRING?");
        constraints.add(RecordLifecycles.constraint("ONE_OF", List.of("outcome"), outcomeList, assumed
                ? "no sentence names the outcomes: assumed a yes or a no, to be confirmed" : "the outcomes the request's sentences name"));
        constraints.add(RecordLifecycles.constraint("APPEND_ONLY", List.of(), List.of(), "a decision is evidence of what was decided and on which inputs: never rewritten"));
        List<String> unique = new ArrayList<>(List.of("subject_ref"));
        if (events) {
            unique.add("event");
        }
        List<Map<String, Object>> indexes = List.of(
                RecordLifecycles.index(unique, true, "decided once per " + (events ? "subject and event" : subjectName) + ": a retry returns the stored decision"),
                RecordLifecycles.index(List.of("idempotency_key"), true, "a retried request is recorded once"),
                RecordLifecycles.index(List.of("outcome", "decided_at"), false, "the refusals to look at, newest first"));
        Map<String, Object> record = entity("${table}", "A " + words(List.of(recordName)) + ": its outcome (" + String.join(", ", outcomeList) + ")"
                + (events ? " for each " + String.join(" or ", eventValues) : "") + ", the reasons, the inputs it was made on (as references), and who or which rule decided",
                fields, indexes, constraints, Map.of());
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", props);
        schemas.put("${Schema}Input", input);
        Integer p99 = request.latency() == null ? null : request.latency().p99Ms();
        String within = p99 == null ? "" : String.format(Locale.ROOT, " within the request's %,d ms", p99);
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(RecordLifecycles.operation("decide${Schema}", "POST", "/${path}", "Decide" + (events ? " an event" : "") + " for a "
                        + subjectName + " and return the outcome" + within, "${Schema}Input", null, List.of(), true,
                List.of(RecordLifecycles.response(200, "${Schema}", "The outcome and its reasons (the stored one on a retry)"), RecordLifecycles.response(422, null, null))));
        operations.add(RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "Decisions, newest first", null, "${Schema}",
                List.of("outcome:STRING"), false, List.of()));
        operations.add(RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One decision with its reasons", null, null, List.of(), false,
                List.of(RecordLifecycles.response(200, "${Schema}", "The decision"), RecordLifecycles.response(404, null, null))));
        List<String> steps = List.of(
                "actor -> entry: POST /${path} with the subject" + (events ? ", the event" : "") + " and Idempotency-Key",
                "entry -> unit: Decide",
                "unit -> store: Read the inputs the decision rests on",
                "unit -> store: Insert the decision with its outcome and reasons (unique " + String.join(" + ", unique) + ": a retry reads the stored one)",
                "entry --> actor: 200 " + String.join(" or ", outcomeList) + " with the reasons" + within);
        Map<String, Object> flow = flow("${path}-decide", "Decide " + (events ? "a " + String.join(" or ", eventValues) : "for a " + subjectName),
                "Decided synchronously, once per " + String.join(" and ", unique.stream().map(u -> u.replace('_', ' ')).toList()) + "; the stored decision is the evidence", steps);
        Sentence ev = evidence != null ? evidence : about.get(0);
        String requirement = "Decide " + (events ? "each " + String.join(" and ", eventValues) : "for each " + subjectName) + " once, recording the outcome ("
                + String.join(", ", outcomeList) + (assumed ? ", assumed: the request names none" : "") + "), the reasons and the inputs, and return it"
                + within + ", as the request says " + quote(ev);
        return Optional.of(new Part("decision recorded per subject", recordName, requirement, words(subjects.get(0)), ev, List.of(record), schemas, operations, List.of(flow)));
    }

    /** The words every group's noun opens with ("gate" of "gate-in" and "gate-out"), else the first group's. */
    private static String commonOpening(List<List<String>> nouns) {
        List<String> common = new ArrayList<>(nouns.get(0));
        for (List<String> n : nouns) {
            int k = 0;
            while (k < common.size() && k < n.size() && common.get(k).equals(n.get(k))) {
                k++;
            }
            common = new ArrayList<>(common.subList(0, k));
        }
        return common.isEmpty() ? words(nouns.get(0)) : words(common);
    }

    // QUANTITY -----------------------------------------------------------------------------------------------------

    private Optional<Part> quantity(NounLedName n, List<Sentence> sentences) {
        List<List<String>> holders = new ArrayList<>();
        List<Sentence> about = new ArrayList<>();
        List<String> subject = List.of();
        String unit = null;
        if (n.groups().size() > 1) {
            // "depot and site stock": each group a kind of holder the sentences name
            for (List<String> g : n.groups()) {
                List<String> noun = noun(g);
                if (naming(sentences, noun).isEmpty()) {
                    return Optional.empty();
                }
                holders.add(noun);
                naming(sentences, noun).stream().filter(s -> !about.contains(s)).forEach(about::add);
            }
        } else if (n.groups().size() == 1) {
            subject = noun(n.groups().get(0));
            if (naming(sentences, subject).isEmpty()) {
                return Optional.empty();
            }
            about.addAll(naming(sentences, subject));
            // "an allowance of meeting-room hours": the modifier is what is counted, not what the amount is kept per; it is
            // what the amount is kept per only where a sentence says so ("per silo", "each slot has a capacity")
            if (countedIn(sentences, n.head(), subject) || !holds(sentences, subject)) {
                unit = Names.plural(Names.singular(words(subject)));
                subject = List.of();
            }
        } else {
            // "live running total": what it is a total of, as the sentences say ("a running total of pledges")
            for (Sentence s : sentences) {
                List<String> t = RecordLifecycles.tokens(s.text());
                for (int i : RecordLifecycles.positions(t, List.of(n.head()))) {
                    if (i + 2 < t.size() && t.get(i + 1).equals("of") && t.get(i + 2).matches("[a-z]+") && !RecordLifecycles.DETERMINERS.contains(t.get(i + 2))
                            && subject.isEmpty()) {
                        subject = List.of(Names.singular(t.get(i + 2)));
                        about.add(s);
                    }
                }
            }
            if (subject.isEmpty()) {
                return Optional.empty();
            }
        }
        boolean ceiling = ceilings.contains(Names.singular(n.head())) || ceilings.contains(n.head());
        boolean live = n.modes().stream().anyMatch(liveModes::contains);
        List<Sentence> headSentences = naming(sentences, List.of(n.head()));
        List<Sentence> floorScope = new ArrayList<>(about);
        headSentences.stream().filter(s -> !floorScope.contains(s)).forEach(floorScope::add);
        boolean floor = !ceiling && says(floorScope, floorWords);
        String subjectName = subject.isEmpty() ? "" : Names.singular(words(subject));
        String recordName = (subjectName.isEmpty() ? unit == null ? "" : Names.singular(unit) + " " : subjectName + " ") + Names.singular(n.head());
        List<String> keyCols = new ArrayList<>();
        if (!holders.isEmpty()) {
            keyCols.addAll(List.of("holder_type", "holder_id"));
        } else if (!subject.isEmpty() && n.groups().size() == 1) {
            keyCols.add(Names.table(subjectName) + "_id");
        }
        keyCols.addAll(keyColumns(n));
        if (keyCols.isEmpty()) {
            return Optional.empty(); // one amount for the whole system, kept per nothing the request names: what it sums is open
        }
        List<String> fields = new ArrayList<>(List.of("id:UUID"));
        List<String> props = new ArrayList<>(List.of("id:UUID!"));
        for (String k : keyCols) {
            fields.add(k + (k.equals("holder_type") ? ":TEXT" : keyType(k, false)));
            props.add(Names.camel(k) + (k.equals("holder_type") ? ":STRING!" : keyType(k, true)));
        }
        List<Map<String, Object>> constraints = new ArrayList<>();
        if (!holders.isEmpty()) {
            constraints.add(RecordLifecycles.constraint("ONE_OF", List.of("holder_type"), holders.stream().map(HeadKindRecords::upper).toList(),
                    "the holders the capability's name gives"));
        }
        String amount = ceiling ? "used" : "quantity";
        if (ceiling) {
            fields.addAll(List.of("ceiling:DECIMAL", "used:DECIMAL"));
            props.addAll(List.of("ceiling:NUMBER!", "used:NUMBER!"));
            constraints.add(RecordLifecycles.constraint("AT_MOST", List.of("used", "ceiling"), List.of(), "what is used never exceeds the " + n.head()));
            constraints.add(RecordLifecycles.constraint("NOT_NEGATIVE", List.of("used", "ceiling"), List.of(), "a release never takes the use below zero"));
        } else {
            fields.add("quantity:DECIMAL");
            props.add("quantity:NUMBER!");
            if (floor) {
                constraints.add(RecordLifecycles.constraint("NOT_NEGATIVE", List.of("quantity"), List.of(), "the request says it never goes below zero"));
            }
        }
        fields.addAll(List.of("version:INTEGER", "updated_at:TIMESTAMP"));
        props.addAll(List.of("version:INTEGER!", "updatedAt:DATE_TIME!"));
        constraints.add(RecordLifecycles.constraint("POSITIVE", List.of("version"), List.of(), "each change sets version + 1, so two changes never both apply to one read"));
        List<Map<String, Object>> indexes = new ArrayList<>();
        if (!keyCols.isEmpty()) {
            indexes.add(RecordLifecycles.index(keyCols, true, "one " + recordName + " per " + String.join(" and ", keyCols.stream()
                    .map(k -> k.replaceAll("_(id|start)$", "").replace('_', ' ')).toList())));
        }
        String keyWords = keyCols.isEmpty() ? "" : " per " + String.join(" and ", keyCols.stream().filter(k -> !k.equals("holder_type"))
                .map(k -> k.equals("holder_id") ? holders.stream().map(HeadKindRecords::words).reduce((a, b) -> a + " or " + b).orElse("") : k.replaceAll("_(id|start)$", "").replace('_', ' ')).toList());
        Map<String, Object> record = entity("${table}", "The " + recordName + keyWords + (ceiling ? ": the " + n.head() + " and what is used of it (never above it)"
                        : ": the current amount" + (floor ? ", never below zero" : "")) + (live ? "; read live by its readers" : ""),
                fields, indexes, constraints, Map.of());
        Map<String, Object> movement = entity("${table}_movement", "Each change to a " + recordName + ": the amount, why, and what caused it",
                List.of("id:UUID", "${table}_id:UUID", "delta:DECIMAL", "reason:TEXT", "source_ref:TEXT?", "idempotency_key:TEXT", "occurred_at:TIMESTAMP"),
                List.of(RecordLifecycles.index(List.of("idempotency_key"), true, "a retried change is applied once"),
                        RecordLifecycles.index(List.of("${table}_id", "occurred_at"), false, "the movements of one " + recordName + ", in order")),
                List.of(RecordLifecycles.constraint("APPEND_ONLY", List.of(), List.of(), "a mistake is corrected by a reverse movement, never by editing one")),
                Map.of("${table}_id", "${table}"));
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", props);
        schemas.put("${Schema}Movement", List.of("delta:NUMBER!", "reason:STRING!", "sourceRef:STRING?"));
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "The " + Names.plural(recordName) + keyWords + (live ? ", current as they change" : ""),
                null, "${Schema}", List.of(), false, List.of()));
        operations.add(RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One " + recordName + " and its current " + amount, null, null, List.of(), false,
                List.of(RecordLifecycles.response(200, "${Schema}", "The current value"), RecordLifecycles.response(404, null, null))));
        operations.add(RecordLifecycles.operation("move${Schema}", "POST", "/${path}/{${id}}/movements", "Change the " + amount + " by a signed amount, once per Idempotency-Key",
                "${Schema}Movement", null, List.of(), true, List.of(RecordLifecycles.response(200, "${Schema}", "Applied"), RecordLifecycles.response(404, null, null),
                        RecordLifecycles.response(409, null, ceiling ? "It would exceed the " + n.head() : floor ? "It would go below zero" : "Changed since it was read"))));
        String guard = ceiling ? " and used + :delta <= ceiling and used + :delta >= 0" : floor ? " and quantity + :delta >= 0" : "";
        List<String> steps = List.of(
                "actor -> entry: POST /${path}/{id}/movements with delta and Idempotency-Key",
                "entry -> unit: Apply the movement",
                "unit -> store: Update " + amount + " = " + amount + " + :delta, version + 1 where id = :id" + guard + "; insert the movement (unique idempotency key) in the same transaction",
                "entry --> actor: 200 with the new value, or 409 when no row changed");
        Map<String, Object> flow = flow("${path}-movement", "Change a " + recordName, "Every change is a movement and a conditional update in one transaction"
                + (guard.isEmpty() ? "" : ", so the bound holds under concurrent changes"), steps);
        Sentence ev = headSentences.stream().filter(about::contains).findFirst()
                .orElse(headSentences.isEmpty() ? about.get(0) : headSentences.get(0));
        String requirement = "Keep the " + recordName + keyWords + (unit == null ? "" : ", counted in " + unit) + (ceiling ? " with what is used of it, never above the " + n.head()
                : floor ? ", never below zero" : "") + ", changed only by movements applied as conditional updates" + (live ? " and read live" : "")
                + open(n) + ", as the request says " + quote(ev);
        return Optional.of(new Part("amount kept per key", recordName, requirement, !subject.isEmpty() ? words(subject) : !holders.isEmpty()
                ? words(holders.get(0)) : unit, ev,
                List.of(record, movement), schemas, operations, List.of(flow)));
    }

    /** Whether a sentence says the head is "of" the modifier ("an allowance of 20 meeting-room hours"): then the modifier is its unit. */
    private static boolean countedIn(List<Sentence> sentences, String head, List<String> modifier) {
        String last = modifier.get(modifier.size() - 1);
        Set<String> lastForms = new HashSet<>(List.of(last, Names.singular(last), Names.plural(Names.singular(last))));
        for (Sentence s : sentences) {
            List<String> t = RecordLifecycles.tokens(s.text());
            for (int i : RecordLifecycles.positions(t, List.of(head))) {
                if (i + 1 < t.size() && t.get(i + 1).equals("of")) {
                    for (int k = i + 2; k < Math.min(t.size(), i + 2 + modifier.size() + 2); k++) {
                        if (lastForms.contains(t.get(k))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether a sentence puts the modifier where a holder stands: after "per", "in", "at", "by" or before "has" ("each slot has"). */
    private boolean holds(List<Sentence> sentences, List<String> modifier) {
        for (Sentence s : sentences) {
            List<String> t = RecordLifecycles.tokens(s.text());
            for (int i : RecordLifecycles.positions(t, modifier)) {
                int b = i - 1;
                while (b >= 0 && RecordLifecycles.DETERMINERS.contains(t.get(b))) {
                    b--;
                }
                int after = i + modifier.size();
                if (b >= 0 && holderBefore.contains(t.get(b)) || after < t.size() && holderAfter.contains(t.get(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the name's other qualifier asks ("with automatic resupply"), said to be left open, or nothing. */
    private static String open(NounLedName n) {
        return n.qualifier().isEmpty() ? "" : " (what '" + words(n.qualifier()) + "' asks is not designed by this record)";
    }

    // VERSIONED ----------------------------------------------------------------------------------------------------

    private Optional<Part> versioned(NounLedName n, List<Sentence> sentences) {
        if (n.groups().size() != 1) {
            return Optional.empty();
        }
        List<String> subject = noun(n.groups().get(0));
        List<String> bound = boundOpening(subject, sentences);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        List<String> keyCols = new ArrayList<>(keyColumns(n));
        String recordName = Names.singular(words(subject)) + " " + n.head();
        List<String> fields = new ArrayList<>(List.of("id:UUID"));
        List<String> props = new ArrayList<>(List.of("id:UUID!"));
        List<String> input = new ArrayList<>();
        for (String k : keyCols) {
            fields.add(k + keyType(k, false));
            props.add(Names.camel(k) + keyType(k, true));
            input.add(Names.camel(k) + keyType(k, true));
        }
        fields.addAll(List.of("version:INTEGER", "effective_from:TIMESTAMP", "effective_to:TIMESTAMP?", "content:JSON", "created_by:TEXT", "created_at:TIMESTAMP"));
        props.addAll(List.of("version:INTEGER!", "effectiveFrom:DATE_TIME!", "effectiveTo:DATE_TIME?", "createdBy:STRING!", "createdAt:DATE_TIME!"));
        input.addAll(List.of("effectiveFrom:DATE_TIME!", "content:STRING!"));
        List<String> unique = new ArrayList<>(keyCols);
        unique.add("version");
        Map<String, Object> record = entity("${table}", "A version of the " + recordName + (keyCols.isEmpty() ? "" : " per "
                        + String.join(" and ", keyCols.stream().map(k -> k.replaceAll("_(id|start)$", "").replace('_', ' ')).toList()))
                        + ": each change a new version in force from its date, the previous kept; records made under it keep its id",
                fields, List.of(RecordLifecycles.index(unique, true, "versions count up within their key"),
                        RecordLifecycles.index(append(keyCols, "effective_from"), false, "the version in force on a date")),
                List.of(RecordLifecycles.constraint("POSITIVE", List.of("version"), List.of(), "versions count from 1"),
                        RecordLifecycles.constraint("ORDERED", List.of("effective_from", "effective_to"), List.of(), "a version ends after it starts"),
                        RecordLifecycles.constraint("APPEND_ONLY", List.of(), List.of(), "a version is never rewritten: a change is a new version")),
                Map.of());
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", props);
        schemas.put("${Schema}Input", input);
        List<Map<String, Object>> operations = List.of(
                RecordLifecycles.operation("create${Schema}", "POST", "/${path}", "Add a new version, in force from its date (the previous one is kept)", "${Schema}Input", null,
                        List.of(), true, List.of(RecordLifecycles.response(201, "${Schema}", "The new version"), RecordLifecycles.response(409, null, "Another version was added meanwhile"),
                                RecordLifecycles.response(422, null, null))),
                RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "The versions, newest first", null, "${Schema}", List.of(), false, List.of()),
                RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One version", null, null, List.of(), false,
                        List.of(RecordLifecycles.response(200, "${Schema}", "The version"), RecordLifecycles.response(404, null, null))));
        List<String> steps = List.of(
                "actor -> entry: POST /${path} with the settings and effective-from",
                "entry -> unit: Add a version",
                "unit -> store: Insert version = last + 1 (unique " + String.join(" + ", unique) + "); set the previous version's effective_to",
                "entry --> actor: 201 the new version, or 409 when another was added meanwhile");
        Map<String, Object> flow = flow("${path}-version", "Add a version of the " + recordName, "A change never rewrites the version earlier records were made under", steps);
        Sentence ev = naming(sentences, bound).get(0);
        String requirement = "Keep the " + recordName + " as versions" + (keyCols.isEmpty() ? "" : " per " + String.join(" and ",
                keyCols.stream().map(k -> k.replaceAll("_(id|start)$", "").replace('_', ' ')).toList())) + ", each in force from its date, the previous kept and"
                + " referenced by the records made under it, as the request says " + quote(ev);
        return Optional.of(new Part("versioned settings", recordName, requirement, words(bound), ev, List.of(record), schemas, operations, List.of(flow)));
    }

    private static List<String> append(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }

    // EXCHANGE -----------------------------------------------------------------------------------------------------

    private Optional<Part> exchange(NounLedName n, List<Sentence> sentences, ConsultationRequest request) {
        if (n.groups().size() != 1) {
            return Optional.empty();
        }
        List<String> modifier = noun(n.groups().get(0));
        Set<String> forms = new HashSet<>();
        modifier.forEach(w -> {
            forms.add(w);
            forms.add(Names.singular(w));
            forms.add(Names.plural(Names.singular(w)));
        });
        // the partner: an integration whose name or purpose uses a word of the modifier
        Integration partner = null;
        for (Integration i : request.integrations()) {
            List<String> t = RecordLifecycles.tokens(i.name() + " " + (i.purpose() == null ? "" : i.purpose()));
            if (t.stream().anyMatch(forms::contains)) {
                if (partner != null) {
                    return Optional.empty(); // two partners: which one is not said
                }
                partner = i;
            }
        }
        if (partner == null) {
            return Optional.empty();
        }
        List<Sentence> about = new ArrayList<>();
        String purpose = partner.purpose() == null ? "" : partner.purpose();
        about.add(new Sentence(RequestField.INTEGRATION, partner.name() + (purpose.isEmpty() ? "" : ": " + purpose), null));
        sentences.stream().filter(s -> RecordLifecycles.tokens(s.text()).stream().anyMatch(forms::contains)).forEach(about::add);
        // the partner's purpose speaks for the partner: it receives what we send; our sentences count only passives
        List<Sentence> partnerSaid = about.subList(0, 1);
        List<Sentence> weSaid = about.subList(1, about.size());
        boolean in = !using(about, inboundWords).isEmpty() || !using(partnerSaid, sendWords).isEmpty() || passive(weSaid, receiveWords);
        boolean out = !using(about, outboundWords).isEmpty() || !using(partnerSaid, receiveWords).isEmpty() || passive(weSaid, sendWords);
        boolean ack = !using(about, acknowledgeWords).isEmpty();
        List<String> directions = in == out ? List.of("INBOUND", "OUTBOUND") : in ? List.of("INBOUND") : List.of("OUTBOUND");
        LinkedHashSet<String> statuses = new LinkedHashSet<>();
        if (directions.contains("INBOUND")) {
            statuses.addAll(List.of("RECEIVED", "PROCESSED", "FAILED"));
        }
        if (directions.contains("OUTBOUND")) {
            statuses.addAll(List.of("QUEUED", "SENT"));
            if (ack) {
                statuses.add("ACKNOWLEDGED");
            }
            statuses.add("FAILED");
        }
        List<String> statusList = List.copyOf(statuses);
        String recordName = words(modifier) + " " + Names.singular(n.head());
        List<String> fields = List.of("id:UUID", "partner:TEXT", "direction:TEXT", "message_id:TEXT", "message_type:TEXT", "payload:JSON", "status:TEXT",
                "attempts:INTEGER", "error:TEXT?", "created_at:TIMESTAMP", "processed_at:TIMESTAMP?");
        List<Map<String, Object>> constraints = List.of(
                RecordLifecycles.constraint("ONE_OF", List.of("direction"), directions, "sent by us or received from the partner, as the request says"),
                RecordLifecycles.constraint("ONE_OF", List.of("status"), statusList, "where each message stands"),
                RecordLifecycles.constraint("NOT_NEGATIVE", List.of("attempts"), List.of(), "attempts count up from zero"));
        Map<String, Object> record = entity("${table}", "A " + recordName + " exchanged with " + partner.name() + ": the partner's message id, its type and"
                        + " content as exchanged, and where it stands (" + String.join(", ", statusList) + ")", fields,
                List.of(RecordLifecycles.index(List.of("partner", "direction", "message_id"), true, "each message is handled once, however often it is delivered"),
                        RecordLifecycles.index(List.of("status", "created_at"), false, "the messages waiting or failed, oldest first")),
                constraints, Map.of());
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", List.of("id:UUID!", "partner:STRING!", "direction:STRING!", "messageId:STRING!", "messageType:STRING!", "status:STRING!",
                "attempts:INTEGER!", "error:STRING?", "createdAt:DATE_TIME!"));
        schemas.put("${Schema}Input", List.of("messageId:STRING!", "messageType:STRING!", "payload:STRING!"));
        List<Map<String, Object>> operations = new ArrayList<>();
        boolean inbound = directions.contains("INBOUND");
        operations.add(RecordLifecycles.operation((inbound ? "receive" : "queue") + "${Schema}", "POST", "/${path}", inbound
                        ? "Receive a message from " + partner.name() + " (a repeat of a message id is acknowledged and ignored)"
                        : "Queue a message for " + partner.name(), "${Schema}Input", null, List.of(), true,
                List.of(RecordLifecycles.response(202, "${Schema}", "Accepted for processing"), RecordLifecycles.response(200, "${Schema}", "Already received"),
                        RecordLifecycles.response(422, null, null))));
        operations.add(RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "The messages, by status", null, "${Schema}", List.of("status:STRING"), false, List.of()));
        operations.add(RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One message and where it stands", null, null, List.of(), false,
                List.of(RecordLifecycles.response(200, "${Schema}", "The message"), RecordLifecycles.response(404, null, null))));
        operations.add(RecordLifecycles.operation("retry${Schema}", "POST", "/${path}/{${id}}/retry", "Process or send a FAILED message again", null, null, List.of(), true,
                List.of(RecordLifecycles.response(200, "${Schema}", "Queued again"), RecordLifecycles.response(404, null, null),
                        RecordLifecycles.response(409, null, "Only a FAILED message is retried"))));
        List<String> steps = new ArrayList<>();
        if (inbound) {
            steps.add("actor -> entry: POST /${path} with the partner's message id");
            steps.add("entry -> unit: Receive");
            steps.add("unit -> store: Insert RECEIVED (unique partner + direction + message id: a repeat is ignored)");
            steps.add("entry --> actor: 202, or 200 for a repeat");
            steps.add("unit -> store: Process; set PROCESSED, or FAILED with the error and attempts + 1");
        } else {
            steps.add("actor -> entry: POST /${path} with the message id");
            steps.add("entry -> unit: Queue");
            steps.add("unit -> store: Insert QUEUED (unique partner + direction + message id)");
            steps.add("entry --> actor: 202");
            steps.add("unit -> store: Send to the partner; set SENT" + (ack ? ", then ACKNOWLEDGED when its acknowledgement arrives" : "") + ", or FAILED with attempts + 1");
        }
        Map<String, Object> flow = flow("${path}-exchange", "Exchange a " + recordName, "Each message is kept as exchanged and handled once by its message id", steps);
        String requirement = "Keep each " + recordName + " exchanged with " + partner.name() + " by its message id (" + String.join(" and ", directions).toLowerCase(Locale.ROOT)
                + "), handled once however often it is delivered, with where it stands (" + String.join(", ", statusList) + ") and a retry for the failed, as the request says "
                + quote(about.get(0));
        return Optional.of(new Part("message exchange with a partner", recordName, requirement, words(modifier), about.get(0), List.of(record), schemas, operations, List.of(flow)));
    }

    /** Whether a sentence uses one of the verbs as a passive, after an auxiliary ("are sent", "is received"). */
    private static boolean passive(List<Sentence> sentences, List<String> verbs) {
        for (Sentence s : sentences) {
            List<String> t = RecordLifecycles.tokens(s.text());
            for (int i = 1; i < t.size(); i++) {
                if (verbs.contains(t.get(i)) && SentenceRecords.standard().auxiliaries().contains(t.get(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Map<String, Object> entity(String name, String description, List<String> fields, List<Map<String, Object>> indexes,
                                              List<Map<String, Object>> constraints, Map<String, String> references) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", safe(description));
        m.put("fields", fields);
        if (!references.isEmpty()) {
            m.put("references", references);
        }
        m.put("indexes", indexes);
        m.put("constraints", constraints);
        return m;
    }

    private static Map<String, Object> flow(String id, String title, String description, List<String> steps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", safe(title));
        m.put("description", safe(description));
        m.put("steps", steps);
        return m;
    }
}
