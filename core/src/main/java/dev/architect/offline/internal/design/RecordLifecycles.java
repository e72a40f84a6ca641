package dev.architect.offline.internal.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Evidence;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.offline.internal.catalog.ActorRoles;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general "record with a lifecycle", {@code dev/architect/offline/record-lifecycles.yaml}: a capability that nothing
 * else designs, but whose sentences (the description, the goals, the actors' descriptions) use verbs acting on it, is
 * designed as a record whose states and commands are those verbs; a condition a sentence states becomes a named invariant
 * (and, where it is a limit, a counter never taken past it by a conditional update); a stated period a scheduled transition;
 * another capability the sentence names after a preposition a reference. No verb acting on it: empty, and the capability
 * stays an open question.
 */
record RecordLifecycles(String initial, String timer, List<Verb> verbs, List<String> conditions, List<String> limits,
                        Map<Quantity, List<String>> quantities, Map<String, Direction> comparisons, Map<String, Integer> atMost,
                        Map<String, Guarding> guards) {

    static final String RESOURCE = "/dev/architect/offline/record-lifecycles.yaml";

    /** Who carries out a command. */
    enum By {
        /** The person whose record it is. */
        OWNER,
        /** A staff actor working a queue. */
        STAFF,
        /** Another record's event or an integration. */
        SYSTEM,
        /** A scheduled job when a stated period runs out. */
        TIMER
    }

    /** What a compared value is, and so its column's type. */
    enum Quantity {
        /** An amount of money: a decimal with its currency. */
        MONEY,
        /** A decimal (odds, a rate, a score). */
        DECIMAL,
        /** A whole number of things. */
        COUNT
    }

    /** What a guard word says of another record's state: that it must hold it, or must not have reached it. */
    enum Guarding {
        /** The other record is in that state ("while", "only after"). */
        REQUIRED,
        /** The other record has not reached that state ("until", "unless"). */
        FORBIDDEN
    }

    /** How the value a command takes compares with the value the record is compared with. */
    enum Direction {
        /** That value or more ("or better", "at least"). */
        AT_LEAST,
        /** That value or less ("at most", "no more than"). */
        AT_MOST
    }

    /**
     * A verb of the lexicon: its command, forms, the state it leads to, who does it, whether it creates the record, the
     * nouns of the act, whether its state ends the record, the commands that undo it, and whether it leads back to the first state.
     */
    record Verb(String command, List<String> forms, String state, By by, boolean opens, List<String> acts, boolean terminal,
                List<String> inverses, boolean restores, boolean repeats, boolean exclusive) {
        Verb {
            inverses = List.copyOf(inverses == null ? List.of() : inverses);
            if (command == null || !command.matches("[a-z]+")) {
                throw new IllegalStateException("verb '" + command + "': the command must be one lower-case word");
            }
            forms = List.copyOf(forms == null ? List.of() : forms);
            acts = List.copyOf(acts == null ? List.of() : acts);
            if (forms.isEmpty() || forms.stream().anyMatch(f -> !f.matches("[a-z]+"))) {
                throw new IllegalStateException("verb '" + command + "': forms must be lower-case single words, at least one");
            }
            if (state == null || !state.matches("[A-Z][A-Z_]*")) {
                throw new IllegalStateException("verb '" + command + "': state '" + state + "' must be UPPER_CASE");
            }
            if (by == null) {
                throw new IllegalStateException("verb '" + command + "': 'by' is missing (OWNER, STAFF, SYSTEM or TIMER)");
            }
            if (acts.stream().anyMatch(f -> !f.matches("[a-z]+"))) {
                throw new IllegalStateException("verb '" + command + "': acts must be lower-case single words");
            }
            if (restores && (opens || terminal)) {
                throw new IllegalStateException("verb '" + command + "': a verb that restores the first state neither opens nor ends the record");
            }
            if (repeats && (opens || terminal || restores || !inverses.isEmpty())) {
                throw new IllegalStateException("verb '" + command + "': a verb that repeats keeps the state, so it neither opens, ends, restores nor is undone");
            }
            if (exclusive && !opens) {
                throw new IllegalStateException("verb '" + command + "': only a verb that opens the record holds its thing exclusively");
            }
        }
    }

    RecordLifecycles {
        verbs = List.copyOf(verbs == null ? List.of() : verbs);
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        limits = List.copyOf(limits == null ? List.of() : limits);
        quantities = Map.copyOf(quantities == null ? Map.of() : quantities);
        comparisons = Map.copyOf(comparisons == null ? Map.of() : comparisons);
        atMost = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(atMost == null ? Map.of() : atMost));
        guards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(guards == null ? Map.of() : guards));
        atMost.forEach((phrase, most) -> {
            if (phrase == null || !phrase.matches("[a-z]+( [a-z]+)*") || most == null || most < 0) {
                throw new IllegalStateException("atMost '" + phrase + "' must be lower-case words with the number it allows (0: the number that follows)");
            }
        });
        guards.forEach((phrase, kind) -> {
            if (phrase == null || !phrase.matches("[a-z]+( [a-z]+)*") || kind == null) {
                throw new IllegalStateException("guard '" + phrase + "' must be lower-case words with REQUIRED or FORBIDDEN");
            }
        });
        Map<String, Quantity> kindOf = new HashMap<>();
        quantities.forEach((kind, words) -> words.forEach(w -> {
            if (w == null || !w.matches("[a-z]+")) {
                throw new IllegalStateException("quantity " + kind + ": '" + w + "' must be one lower-case word");
            }
            Quantity other = kindOf.put(w, kind);
            if (other != null) {
                throw new IllegalStateException("quantity '" + w + "' is both " + other + " and " + kind);
            }
        }));
        comparisons.forEach((phrase, direction) -> {
            if (phrase == null || !phrase.matches("[a-z]+( [a-z]+)*") || direction == null) {
                throw new IllegalStateException("comparison '" + phrase + "' must be lower-case words with a direction (AT_LEAST or AT_MOST)");
            }
        });
        if (initial == null || !initial.matches("[A-Z][A-Z_]*")) {
            throw new IllegalStateException("initial state '" + initial + "' must be UPPER_CASE");
        }
        Set<String> commands = new HashSet<>();
        Map<String, String> formOf = new HashMap<>();
        for (Verb v : verbs) {
            if (!commands.add(v.command())) {
                throw new IllegalStateException("verb '" + v.command() + "' is defined twice");
            }
            for (String f : v.forms()) {
                String other = formOf.put(f, v.command());
                if (other != null) {
                    throw new IllegalStateException("verb '" + v.command() + "': form '" + f + "' is already a form of '" + other + "'");
                }
            }
        }
        String t = timer;
        if (verbs.stream().noneMatch(v -> v.command().equals(t) && v.by() == By.TIMER)) {
            throw new IllegalStateException("timer '" + timer + "' must name a verb done by TIMER");
        }
        for (Verb v : verbs) {
            for (String inverse : v.inverses()) {
                if (!commands.contains(inverse)) {
                    throw new IllegalStateException("verb '" + v.command() + "': inverse '" + inverse + "' is not a verb of the lexicon");
                }
            }
        }
        if (conditions.isEmpty()) {
            throw new IllegalStateException("conditions are missing: no sentence would ever state an invariant");
        }
    }

    private static final class Holder {
        static final RecordLifecycles STANDARD = DataFiles.shipped(RESOURCE, RecordLifecycles.class, "record lifecycles");
    }

    static RecordLifecycles standard() {
        return Holder.STANDARD;
    }

    /** Reads a lexicon in the shipped layout; the error names the file, the entry and what is wrong. */
    static RecordLifecycles read(InputStream in, String source) {
        return DataFiles.read(in, source, RecordLifecycles.class, "record lifecycles");
    }

    /** A sentence of the request: which field, its text (an actor's prefixed by the actor's name), and the actor. */
    record Sentence(RequestField field, String text, String actor) {
    }

    /** A verb found acting on the record, in which sentence, the form used, and whether the record is its passive subject. */
    record Found(Verb verb, Sentence sentence, String form, boolean passive) {

        Found(Verb verb, Sentence sentence, String form) {
            this(verb, sentence, form, false);
        }
    }

    /**
     * Two values a condition compares, each a column of the record: the one it is compared with ({@code reference}, "odds
     * shown") and the one the command takes ({@code compared}, "odds accepted"), typed by the quantity.
     */
    record Comparison(Quantity quantity, String reference, String compared, Direction direction) {

        /** The comparison as a condition on the two columns. */
        String condition() {
            return direction == Direction.AT_LEAST ? compared + " >= " + reference : compared + " <= " + reference;
        }
    }

    /**
     * The state of another capability's record a command must not meet ({@code forbidden}: "no bet is accepted against a
     * suspended market") or must meet ("only on an open market").
     */
    record Guard(String capability, Verb state, boolean forbidden) {
    }

    /**
     * A condition the record keeps: its name (from the marker to the end of its clause), the sentence quoted, and what backs
     * it: a counter and its limit, two compared columns, or another record's state; {@code verb} is the command the clause
     * makes it a condition of (null: the record's creation).
     */
    record Invariant(String name, Sentence sentence, String counter, Comparison comparison, Guard guard, Verb verb, ActiveLimit active) {

        Invariant(String name, Sentence sentence, String counter) {
            this(name, sentence, counter, null, null, null, null);
        }
    }

    /**
     * How many of the record may be active at once per thing ("at most 3 active bookings per member"): the number, the
     * phrase that states it, and the nouns of the things it is counted per, in the sentence's words ("seat", "slot").
     */
    record ActiveLimit(int most, String phrase, List<String> per) {
        ActiveLimit {
            per = List.copyOf(per);
        }
    }

    /** What the request's sentences say of one capability. */
    record Reading(List<Found> found, List<Invariant> invariants, List<String> references, String period, String owner, String staff,
                   Map<String, String> performers, Set<String> systemChecked, Map<String, Quantity> quantities, List<String> sequence) {

        /** A reading with no order of commands named (the sentences' verbs, read anywhere in the request). */
        Reading(List<Found> found, List<Invariant> invariants, List<String> references, String period, String owner, String staff,
                Map<String, String> performers, Set<String> systemChecked, Map<String, Quantity> quantities) {
            this(found, invariants, references, period, owner, staff, performers, systemChecked, quantities, List.of());
        }

        Reading {
            sequence = List.copyOf(sequence == null ? List.of() : sequence);
            performers = Map.copyOf(performers == null ? Map.of() : performers);
            systemChecked = Set.copyOf(systemChecked == null ? Set.of() : systemChecked);
            quantities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quantities == null ? Map.of() : quantities));
        }

        static Reading none() {
            return new Reading(List.of(), List.of(), List.of(), null, null, null, Map.of(), Set.of(), Map.of());
        }

        /**
         * Who carries out a command, by the sentences: a passive one under a condition with no agent ("a bet is accepted only
         * at the odds shown or better") is the system's check, whatever the verb list says.
         */
        By by(Verb v) {
            return systemChecked.contains(v.command()) ? By.SYSTEM : v.by();
        }

        Verb opening() {
            return found.stream().map(Found::verb).filter(Verb::opens).findFirst().orElse(null);
        }

        /**
         * The actor who carries out a command: the one a sentence names doing it (its subject, the actor whose description
         * uses the verb on the record, or "by" that actor); else, from the verb list, the owner for an owner's command and
         * the staff actor for staff work; null where nothing says (the design's first person or staff then does it).
         */
        String performer(Verb v) {
            String named = performers.get(v.command());
            if (named == null) {
                // an inverse no sentence names is done by whoever does the verb it undoes (the warden who suspends resumes)
                named = found.stream().filter(f -> f.verb().inverses().contains(v.command())).map(f -> performers.get(f.verb().command()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            if (named != null) {
                return named;
            }
            return switch (by(v)) {
                case OWNER -> owner;
                case STAFF -> staff;
                default -> null;
            };
        }

        /**
         * Who creates the record: the actor who does its opening verb; with no opening verb, where no owner's verb acts on
         * it, the actor a sentence names doing its staff work (a market only traders suspend is a trader's); else its owner.
         */
        String creator() {
            Verb o = opening();
            if (o != null) {
                return performer(o);
            }
            if (found.stream().noneMatch(f -> f.verb().by() == By.OWNER)) {
                return found.stream().map(f -> performers.get(f.verb().command())).filter(java.util.Objects::nonNull).findFirst().orElse(owner);
            }
            return owner;
        }
    }

    // a figure with thousands separators ("1,500") is one token, not "1", ",", "500"
    private static final Pattern TOKEN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?![0-9])|[a-z0-9]+(?:'s)?|[,;:()]");
    private static final Pattern PERIOD = Pattern.compile("\\b(after|within|for|in)\\s+(\\d+|one|two|three|four|five|six|seven|ten|twelve|thirty)"
            + "\\s+(minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years)\\b");
    private static final Pattern BARE_PERIOD = Pattern.compile("\\b(\\d+)\\s+(minutes|hours|days|weeks|months|years)\\b");
    private static final Pattern COUNTED = Pattern.compile("\\b(\\d+)\\s+([a-z]+)\\b");
    private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "second", "seconds", "ms", "percent");
    /** Words that may stand between a verb and its object ("reviews the flags"). */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "each", "every", "their", "its", "his", "her", "our", "your", "all",
            "any", "new", "own", "this", "that", "these", "those");
    /** Words that may stand between a subject and its verb ("a bet is accepted", "must never be exceeded"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "must", "can",
            "may", "should", "will", "only", "never", "ever", "not", "then", "always", "also", "first", "automatically", "immediately", "once");
    private static final Set<String> PREPOSITIONS = Set.of("for", "against", "at", "on", "of", "to", "from", "with", "in", "per", "under", "about", "by");
    static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "for", "against", "at", "on", "of", "to", "from", "with", "in",
            "per", "under", "by", "is", "are", "was", "were", "be", "when", "if", "while", "beyond", "before", "after", "within", "into", "over",
            "through", "than", "as", "via", "across", "between", "without", "until", "upon", "who", "which", "that", "whose", "where", "no", "not",
            ",", ";", ":", "(", ")");

    /**
     * The lifecycle design of a capability, or empty where no sentence of the request uses a verb of the lexicon on it.
     *
     * @param capabilities every capability of the request, in its order (the others a sentence names become references)
     */
    Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request, List<String> capabilities) {
        return design(names, request, capabilities, Setting.ALONE);
    }

    /**
     * Where the records are designed: whether the request's capabilities share one store (so a foreign key and one
     * transaction can span two of them), and the evidence of the archetypes the request is recognised as (the sentences
     * whose verbs they already design: "resumes the exam" is the answer autosave's resume, not a lifecycle of exams).
     */
    record Setting(boolean sharedStore, List<Evidence> claimed) {

        static final Setting ALONE = new Setting(true, List.of());

        Setting {
            claimed = List.copyOf(claimed == null ? List.of() : claimed);
        }
    }

    /**
     * The lifecycle design of a capability in its setting, or empty where no sentence of the request uses a verb of the
     * lexicon on it.
     *
     * @param names the capability's names in the design
     * @param request the request whose sentences are read
     * @param capabilities every capability of the request, in its order (the others a sentence names become references)
     * @param setting whether the capabilities share a store, and the sentences archetypes already design
     */
    Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request, List<String> capabilities,
                                                       Setting setting) {
        // a name that says the design ("rebilling": a redo; "overbooking protection": a limit) is that design, not a lifecycle
        Optional<CapabilityShapes.ShapedCapability> named = RecordRedos.design(names, request, capabilities)
                .or(() -> OutcomeLimits.standard().design(names, request));
        if (named.isPresent()) {
            return named;
        }
        Reading r = read(names.capability(), request, capabilities, setting);
        if (r.found().isEmpty()) {
            return Optional.empty();
        }
        Found first = r.found().get(0);
        Evidence evidence = new Evidence(first.sentence().field(), first.form(), first.sentence().text());
        CapabilityShapes.CapabilityShape shape = shape(names, r, new Context(names.capability(), request, capabilities, setting));
        return Optional.of(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null));
    }

    /** The capability being designed, with the request and setting its cross-record invariants are resolved in. */
    private record Context(String capability, ConsultationRequest request, List<String> capabilities, Setting setting) {
    }

    /** An invariant the data model cannot keep, and what is missing for it. */
    record Unenforced(Invariant invariant, String missing) {
    }

    /**
     * The invariants of a capability's record that no column, constraint or conditional update keeps, each with what is
     * missing: reported as open questions, never printed as a check.
     *
     * @param capability the capability designed as a record with a lifecycle
     * @param request the request
     * @param capabilities every capability of the request
     * @param setting whether the capabilities share a store, and the sentences archetypes already design
     */
    List<Unenforced> unenforced(String capability, ConsultationRequest request, List<String> capabilities, Setting setting) {
        Reading r = read(capability, request, capabilities, setting);
        Context where = new Context(capability, request, capabilities, setting);
        List<Unenforced> out = new ArrayList<>();
        for (Invariant i : r.invariants()) {
            String missing = missing(i, where);
            if (missing != null) {
                out.add(new Unenforced(i, missing));
            }
        }
        return out;
    }

    /** What the data model lacks to keep an invariant, or null where its columns keep it. */
    private String missing(Invariant i, Context where) {
        if (i.counter() != null) {
            String counted = counted(i.counter(), where);
            if (counted == null || lifecycleInStore(counted, where)) {
                return null;
            }
            return "each " + one(counted) + " raises " + Names.table(i.counter()) + "_count, but the " + counted
                    + " records are kept in another store, so no transaction can raise the count and record the " + one(counted)
                    + " together; one store for both, or a reservation the " + counted + " confirm, would keep it";
        }
        if (i.comparison() != null || i.active() != null) {
            return null;
        }
        if (i.guard() != null) {
            if (lifecycleInStore(i.guard().capability(), where) || copied(i.guard().capability(), where)) {
                return null;
            }
            return "the state of the " + i.guard().capability() + " (" + i.guard().state().state() + ") is kept in another store, so no transaction of the "
                    + where.capability() + " can read it with a lock; a copy of that state kept from its events (with the lag it brings), or one store"
                    + " for both, would keep it";
        }
        String later = laterCommand(i, where);
        if (later != null) {
            return "it is a condition of another record's command (the " + later + "): that command must read this " + one(where.capability())
                    + "'s status with a lock in its own transaction and go on only where it has been " + participles(i) + ", and the design of the "
                    + later + " does not read it";
        }
        return "no column holds what it compares, so no constraint or conditional update can keep it";
    }

    /** The verb forms an invariant's clause names ("verified"), for what the record must have reached. */
    private String participles(Invariant i) {
        return String.join(" or ", tokens(i.name()).stream().filter(t -> verb(t) != null && participle(t)).distinct().toList().isEmpty()
                ? List.of("through this step") : tokens(i.name()).stream().filter(t -> verb(t) != null && participle(t)).distinct().toList());
    }

    /**
     * The other capability whose command an invariant makes wait for this record ("must be verified before the next
     * payment": the payment runs), by a word of its name after "before"; null where the clause names none.
     */
    private static String laterCommand(Invariant i, Context where) {
        List<String> t = tokens(i.name());
        int at = t.indexOf("before");
        if (at < 0) {
            return null;
        }
        int j = at + 1;
        while (j < t.size() && (DETERMINERS.contains(t.get(j)) || t.get(j).equals("next"))) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        String noun = Names.singular(t.get(j));
        return where.capabilities().stream().filter(c -> !c.equalsIgnoreCase(where.capability()))
                .filter(c -> phrase(c).stream().anyMatch(w -> Names.singular(w).equals(noun))).findFirst().orElse(null);
    }

    /** The other capability a counter counts the records of ("loan" counts the loans), or null. */
    private static String counted(String counter, Context where) {
        return where.capabilities().stream().filter(c -> !c.equalsIgnoreCase(where.capability()))
                .filter(c -> Names.singular(lastWord(c)).equals(Names.singular(counter))).findFirst().orElse(null);
    }

    /**
     * Whether another capability is a record with a lifecycle kept in another store: a command guarded on its state reads a
     * copy of that state, kept in this record's store from its events (a newer version replaces an older), with a lock.
     */
    private boolean copied(String other, Context where) {
        return !where.setting().sharedStore() && !read(other, where.request(), where.capabilities(), where.setting()).found().isEmpty();
    }

    /** The table that keeps, in this record's store, the copy of another record's status. */
    private static String copyTable(String otherTable) {
        return "${table}_" + otherTable + "_status";
    }

    /** Whether another capability is a record with a lifecycle in the same store: a foreign key and one transaction reach it. */
    private boolean lifecycleInStore(String other, Context where) {
        return where.setting().sharedStore() && !read(other, where.request(), where.capabilities(), where.setting()).found().isEmpty();
    }

    /** The other capabilities whose records count this one's ("no licence is lent beyond its loan limit"), with the counter. */
    private List<String> countedBy(Context where) {
        String self = Names.singular(lastWord(where.capability()));
        List<String> out = new ArrayList<>();
        for (String other : where.capabilities()) {
            if (other.equalsIgnoreCase(where.capability())) {
                continue;
            }
            Reading ro = read(other, where.request(), where.capabilities(), where.setting());
            if (!ro.found().isEmpty() && ro.invariants().stream().anyMatch(i -> i.counter() != null && Names.singular(i.counter()).equals(self))) {
                out.add(other);
            }
        }
        return out;
    }

    Reading read(String capability, ConsultationRequest request, List<String> capabilities) {
        return read(capability, request, capabilities, Setting.ALONE);
    }

    /** What the request says of one capability: the verbs acting on it, its conditions, references, period and actors. */
    Reading read(String capability, ConsultationRequest request, List<String> capabilities, Setting setting) {
        // a name that begins with its verbs ("enrol and randomise a patient") is those commands on its object's record
        Optional<CapabilityNameGrammar.VerbLed> led = VerbLedRecords.commanding(capability, request);
        if (led.isPresent()) {
            return commanded(capability, led.get(), request, capabilities, setting);
        }
        return read(capability, phrase(capability), request, capabilities, setting);
    }

    /**
     * What the request says of a verb-led capability: the name's verbs as its commands, in the name's order (each after the
     * one before it), then the verbs the sentences use on its object, with the sentences' conditions, references and actors;
     * a qualifier that counts its noun ("at each visit") is a reference to that record.
     */
    private Reading commanded(String capability, CapabilityNameGrammar.VerbLed led, ConsultationRequest request, List<String> capabilities,
                              Setting setting) {
        // the record is the object ("inspect a weld"), or the act that holds it ("book a sailing": a booking, referring to the sailing)
        String record = VerbLedRecords.recordName(led);
        List<String> head = words(record);
        Reading sentences = read(capability, head, request, capabilities, setting);
        List<Found> found = new ArrayList<>();
        Map<String, String> performers = new HashMap<>(sentences.performers());
        List<String> sequence = new ArrayList<>();
        for (String base : led.verbs()) {
            Verb v = known(base);
            if (v == null) {
                v = VerbLedRecords.derived(base);
            }
            Verb verb = v;
            if (found.stream().anyMatch(f -> f.verb().command().equals(verb.command()))) {
                continue;
            }
            Found said = said(verb, head, capability, request);
            found.add(said);
            sequence.add(verb.command());
            if (said.sentence().field() != RequestField.CAPABILITY) {
                String word = said.form().contains("-") ? said.form().substring(0, said.form().indexOf('-')) : said.form();
                String doer = said.sentence().actor() != null ? said.sentence().actor() : subject(tokens(said.sentence().text()), word, request.actors());
                if (doer != null) {
                    performers.putIfAbsent(verb.command(), doer);
                }
            }
        }
        sentences.found().stream().filter(f -> found.stream().noneMatch(x -> x.verb().command().equals(f.verb().command()))).forEach(found::add);
        List<String> references = new ArrayList<>(sentences.references());
        if (!record.equals(led.singular()) && !references.contains(led.singular())) {
            references.add(0, led.singular());
        }
        led.qualifiers().stream().filter(CapabilityNameGrammar.Qualifier::counted).map(CapabilityNameGrammar.Qualifier::noun)
                .filter(n -> !n.isEmpty() && !references.contains(n)).forEach(references::add);
        // whose record it is only a sentence says: the actor doing one command (an inspector inspecting welds) does not own the record
        String owner = sentences.owner();
        String staff = sentences.found().isEmpty() ? requestStaff(request) : sentences.staff();
        performers.keySet().retainAll(found.stream().map(f -> f.verb().command()).toList());
        Set<String> systemChecked = new HashSet<>(sentences.systemChecked());
        systemChecked.removeAll(performers.keySet());
        return new Reading(found, sentences.invariants(), references, sentences.period(), owner, staff, performers, systemChecked,
                sentences.quantities(), sequence);
    }

    /** The lexicon's verb whose command or form a name's verb is ("dispatch"), or null where the lexicon does not know it. */
    Verb known(String base) {
        Verb v = verb(base);
        return v != null ? v : verbs.stream().filter(x -> x.command().equals(base)).findFirst().orElse(null);
    }

    /**
     * The verb of a name as a sentence of the request says it on the record (a form of it within a few words of the
     * record's head), else as the name itself says it.
     */
    private Found said(Verb v, List<String> head, String capability, ConsultationRequest request) {
        Set<String> heads = forms(head.get(head.size() - 1));
        // the verb said actively on the record ("Inspector: inspects welds") names who does it; a passive one only that it is done
        for (boolean active : List.of(true, false)) {
            Optional<Found> f = said(v, heads, active, request);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return new Found(v, new Sentence(RequestField.CAPABILITY, capability, null), v.command());
    }

    private Optional<Found> said(Verb v, Set<String> heads, boolean active, ConsultationRequest request) {
        for (Sentence s : sentences(request)) {
            List<String> tk = tokens(s.text());
            for (int k = 0; k < tk.size(); k++) {
                // a hyphenated verb is two tokens of the sentence ("pre-order": pre, order)
                String form = v.forms().contains(tk.get(k)) ? tk.get(k)
                        : k + 1 < tk.size() && v.forms().contains(tk.get(k) + tk.get(k + 1)) ? tk.get(k) + "-" + tk.get(k + 1) : null;
                if (form == null) {
                    continue;
                }
                for (int j = active ? k + 1 : Math.max(0, k - 4); j < tk.size() && j <= k + 5; j++) {
                    if (heads.contains(tk.get(j))) {
                        return Optional.of(new Found(v, s, form, j < k));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What the request says of a record named by {@code head}: the verbs acting on it, its conditions, references, period and actors. */
    private Reading read(String capability, List<String> head, ConsultationRequest request, List<String> capabilities, Setting setting) {
        List<Sentence> sentences = sentences(request);
        if (head.isEmpty()) {
            return Reading.none();
        }
        List<Found> found = new ArrayList<>();
        List<Invariant> invariants = new ArrayList<>();
        Set<String> references = new LinkedHashSet<>();
        String period = null;
        String owner = null;
        String staff = null;
        Map<String, String> performers = new HashMap<>();
        Set<String> systemChecked = new HashSet<>();
        Map<String, Quantity> quantityColumns = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            String plain = s.text().toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
            List<String> tokens = tokens(s.text());
            List<int[]> at = named(tokens, head);
            List<Found> here = new ArrayList<>();
            for (int[] p : at) {
                here.addAll(actingOn(tokens, p[0], p[1], s));
            }
            here.addAll(nominal(tokens, head, s));
            // a verb an archetype of the request already designs on this record, by a phrase naming both in this sentence, is
            // that archetype's ("a student ... resumes the exam": the answer autosave's "resume the exam"), not a command of
            // another record: the sentence says nothing of this one
            here.removeIf(f -> claimed(f, s, head, setting));
            if (here.isEmpty() && at.isEmpty()) {
                continue;
            }
            for (Found f : here) {
                if (found.stream().noneMatch(x -> x.verb().command().equals(f.verb().command()))) {
                    found.add(f);
                }
                String doer = s.actor() != null ? s.actor() : subject(tokens, f.form(), request.actors());
                if (doer != null) {
                    performers.putIfAbsent(f.verb().command(), doer);
                }
                if (s.actor() != null && f.verb().by() == By.OWNER && owner == null) {
                    owner = s.actor();
                }
                if (s.actor() != null && f.verb().by() == By.STAFF && staff == null) {
                    staff = s.actor();
                }
            }
            // what this sentence says of the record: its conditions, references, a stated period
            for (String clause : plain.split("[,;:]")) {
                List<String> ct = tokens(clause);
                // a clause is about the record where a verb acts on it there, or where the record is its subject (its first words)
                boolean aboutIt = here.stream().anyMatch(f -> ct.contains(f.form()))
                        || named(ct, head).stream().anyMatch(p -> p[0] <= 2) || activeLimit(ct, head) != null;
                // a quantity that is a clause's subject in a sentence acting on the record is one of its values ("stakes are held")
                if (!here.isEmpty()) {
                    for (int q = 0; q < ct.size() && q <= 1; q++) {
                        Quantity kind = quantity(ct.get(q));
                        if (kind != null && (q == 0 || DETERMINERS.contains(ct.get(0)))) {
                            quantityColumns.putIfAbsent(quantityColumn(ct.get(q)), kind);
                        }
                    }
                }
                if (!aboutIt) {
                    continue;
                }
                Optional<Invariant> condition = conditionIn(clause, ct, s, here, capability, capabilities);
                condition.ifPresent(inv -> {
                    if (invariants.stream().noneMatch(x -> x.name().equals(inv.name()))) {
                        invariants.add(inv);
                    }
                    // a passive command under a condition, with no one named doing it, is the system's check
                    here.stream().filter(f -> f.passive() && ct.contains(f.form()) && subject(tokens, f.form(), request.actors()) == null
                            && f.verb().by() != By.TIMER && !f.verb().opens()).forEach(f -> systemChecked.add(f.verb().command()));
                });
                for (int[] p : named(ct, head)) {
                    references.addAll(referencesAfter(ct, p[0] + p[1], capability, capabilities));
                }
                if (!here.isEmpty()) {
                    Matcher m = PERIOD.matcher(clause);
                    if (m.find() && !m.group(1).equals("within") && period == null) {
                        period = m.group(2) + " " + m.group(3);
                    }
                }
            }
            // a limit stated with a time ("26 loans, or 24 months") also ends the record when the time runs out
            boolean limit = invariants.stream().anyMatch(x -> x.sentence() == s && x.counter() != null);
            Matcher bare = BARE_PERIOD.matcher(s.text().toLowerCase(Locale.ROOT));
            if (limit && period == null && bare.find()) {
                period = bare.group(1) + " " + bare.group(2);
            }
        }
        // a verb whose act is another capability of the request makes a record of that one, not a state of this one:
        // "customers book a console" is a booking of the console where bookings are a capability
        List<String> others = capabilities.stream().filter(o -> !o.equalsIgnoreCase(capability)).map(o -> {
            List<String> p = phrase(o);
            return p.isEmpty() ? "" : Names.singular(p.get(p.size() - 1));
        }).toList();
        found.removeIf(f -> f.verb().acts().stream().anyMatch(a -> others.contains(Names.singular(a)))
                && f.verb().acts().stream().noneMatch(a -> Names.singular(a).equals(Names.singular(head.get(head.size() - 1)))));
        // a record without a verb acting on it is not designed: its conditions alone say nothing of its lifecycle
        if (found.isEmpty()) {
            return Reading.none();
        }
        performers.keySet().retainAll(found.stream().map(f -> f.verb().command()).toList());
        systemChecked.removeAll(performers.keySet());
        // staff work nobody names on this record goes to the request's actor who does staff work on its records (a trader who
        // suspends markets), never to an invented one
        if (staff == null) {
            staff = requestStaff(request);
        }
        // a compared quantity is kept as its two columns, not a third
        invariants.stream().map(Invariant::comparison).filter(java.util.Objects::nonNull)
                .forEach(c -> quantityColumns.keySet().removeIf(q -> c.reference().startsWith(q + "_") || c.reference().endsWith("_" + q)
                        || c.compared().equals(q)));
        return new Reading(found, invariants, List.copyOf(references), period, owner, staff, performers, systemChecked, quantityColumns);
    }

    /**
     * The actor a sentence of the description or a goal names doing a verb: its subject (an actor's name, singular or
     * plural, before the verb with no other verb between) or its agent ("accepted by the trader"); null where none is named.
     */
    private String subject(List<String> tokens, String form, List<Actor> actors) {
        int at = tokens.indexOf(form);
        if (at < 0) {
            return null;
        }
        for (int i = at - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (t.equals(",") || t.equals(";") || t.equals(":") || (verb(t) != null && i < at - 1 && !Set.of("and", "or").contains(tokens.get(i + 1)))) {
                break;
            }
            String actor = actorNamedAt(tokens, i, actors);
            if (actor != null) {
                return actor;
            }
        }
        if (at + 1 < tokens.size() && tokens.get(at + 1).equals("by")) {
            for (int i = at + 2; i < tokens.size() && i <= at + 4; i++) {
                String actor = actorNamedAt(tokens, i, actors);
                if (actor != null) {
                    return actor;
                }
                if (!DETERMINERS.contains(tokens.get(i))) {
                    break;
                }
            }
        }
        return null;
    }

    /** Whether an archetype's evidence in this sentence names both the verb (in any form) and the record. */
    private static boolean claimed(Found f, Sentence s, List<String> head, Setting setting) {
        Set<String> recordForms = forms(head.get(head.size() - 1));
        for (Evidence e : setting.claimed()) {
            if (e.text() == null || e.phrase() == null || !(e.text().contains(s.text()) || s.text().endsWith(e.text()))) {
                continue;
            }
            List<String> words = tokens(e.phrase());
            if (words.stream().anyMatch(f.verb().forms()::contains) && words.stream().anyMatch(recordForms::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The actor whose name ends at token {@code i} (its last word singular or plural), or null. */
    private static String actorNamedAt(List<String> tokens, int i, List<Actor> actors) {
        for (Actor a : actors) {
            List<String> name = words(a.name());
            if (name.isEmpty() || i + 1 < name.size()) {
                continue;
            }
            if (positions(tokens.subList(i + 1 - name.size(), i + 1), name).contains(0)) {
                return a.name();
            }
        }
        return null;
    }

    /** The request's sentences: the description's, each goal's, and each actor's description prefixed by its name. */
    static List<Sentence> sentences(ConsultationRequest request) {
        List<Sentence> out = new ArrayList<>();
        split(request.description()).forEach(t -> out.add(new Sentence(RequestField.DESCRIPTION, t, null)));
        for (String goal : request.goals()) {
            split(goal).forEach(t -> out.add(new Sentence(RequestField.GOAL, t, null)));
        }
        for (Actor a : request.actors()) {
            if (a.description() != null) {
                split(a.description()).forEach(t -> out.add(new Sentence(RequestField.ACTOR, a.name() + ": " + t, a.name())));
            }
        }
        return out;
    }

    /** The verbs acting on the record named at {@code i} (its phrase {@code n} words long), with the verbs coordinated with them. */
    private List<Found> actingOn(List<String> tokens, int i, int n, Sentence s) {
        List<Found> out = new ArrayList<>();
        // "a bet is accepted", "must never be exceeded": the record, then auxiliaries, then the verb
        int j = i + n;
        int between = 0;
        while (j < tokens.size() && AUXILIARIES.contains(tokens.get(j)) && between < 4) {
            j++;
            between++;
        }
        // an intransitive present tense needs no auxiliary: "a permit expires after 30 days"
        // ("appeals grades online" is a person appealing, not appeals grading: the verb is followed by a function word or nothing)
        boolean present = between == 0 && j < tokens.size() && verb(tokens.get(j)) != null && tokens.get(j).endsWith("s")
                && (j + 1 == tokens.size() || FUNCTION_WORDS.contains(tokens.get(j + 1)));
        boolean passive = between > 0 && tokens.subList(i + n, j).stream().anyMatch(t -> Set.of("is", "are", "was", "were", "be", "been", "being",
                "get", "gets", "got").contains(t));
        if (j < tokens.size() && (between > 0 || present)) {
            int end = chain(tokens, j, s, out, passive);
            // the record as the sentence's subject keeps it through clauses with no subject of their own: "vouchers are issued by
            // the marketing team, redeemed at the till and expire after 90 days"; a clause with a new subject ends it
            while (i <= 2 && end > 0) {
                int b = end + 1;
                while (b < tokens.size() && !tokens.get(b).equals(",") && !tokens.get(b).equals("and")) {
                    b++;
                }
                int next = b + 1;
                while (next < tokens.size() && (tokens.get(next).equals("and") || AUXILIARIES.contains(tokens.get(next)))) {
                    next++;
                }
                if (b >= tokens.size() || next >= tokens.size() || verb(tokens.get(next)) == null) {
                    break;
                }
                end = chain(tokens, next, s, out, passive);
            }
        }
        // "suspends markets", "reviews the flags": the verb, determiners (or one adjective), then the record
        int k = i - 1;
        boolean adjective = false;
        while (k >= 0 && i - k <= 3) {
            String t = tokens.get(k);
            if (DETERMINERS.contains(t) || t.endsWith("'s")) {
                k--;
            } else if (!adjective && verb(t) == null && !FUNCTION_WORDS.contains(t) && !AUXILIARIES.contains(t) && t.matches("[a-z]+")) {
                adjective = true;
                k--;
            } else {
                break;
            }
        }
        // "apply for permits", "register for courses": an opening verb takes its record after "for"
        if (k >= 1 && tokens.get(k).equals("for") && verb(tokens.get(k - 1)) != null && verb(tokens.get(k - 1)).opens()) {
            k--;
        }
        if (k >= 0 && i - k <= 4 && verb(tokens.get(k)) != null) {
            out.add(new Found(verb(tokens.get(k)), s, tokens.get(k)));
            // "approves or rejects proposals": the verbs coordinated before it act on the same record
            while (k >= 2 && Set.of("or", "and", ",").contains(tokens.get(k - 1)) && verb(tokens.get(k - 2)) != null) {
                k -= 2;
                out.add(new Found(verb(tokens.get(k)), s, tokens.get(k)));
            }
        }
        // "a suspended market": a participle right before the record is a state it can be in
        if (i > 0 && verb(tokens.get(i - 1)) != null && participle(tokens.get(i - 1))) {
            Verb v = verb(tokens.get(i - 1));
            if (out.stream().noneMatch(f -> f.verb() == v)) {
                out.add(new Found(v, s, tokens.get(i - 1)));
            }
        }
        return out;
    }

    /** The verb at {@code j}, and those coordinated with it ("accepted and settled"); the index of the last of them. */
    private int chain(List<String> tokens, int j, Sentence s, List<Found> out, boolean passive) {
        int at = j;
        int last = -1;
        while (at < tokens.size() && verb(tokens.get(at)) != null) {
            out.add(new Found(verb(tokens.get(at)), s, tokens.get(at), passive));
            last = at;
            int next = at + 1;
            if (next < tokens.size() && (tokens.get(next).equals("and") || tokens.get(next).equals("or") || tokens.get(next).equals(","))) {
                next++;
                if (next < tokens.size() && (tokens.get(next).equals("and") || tokens.get(next).equals("or"))) {
                    next++;
                }
                while (next < tokens.size() && AUXILIARIES.contains(tokens.get(next))) {
                    next++;
                }
                at = next;
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * A record named by its act ("loans" by "borrow", "settlement" by "settle"): the verb in the sentence opens it, with the
     * verbs coordinated with it that take no object of their own ("borrows, returns and places holds": borrow, return).
     */
    private List<Found> nominal(List<String> tokens, List<String> head, Sentence s) {
        String noun = head.get(head.size() - 1);
        List<Found> out = new ArrayList<>();
        for (int j = 0; j < tokens.size(); j++) {
            Verb v = verb(tokens.get(j));
            if (v == null || !(v.acts().contains(noun) || v.acts().contains(Names.singular(noun)) || v.acts().contains(Names.plural(noun)))) {
                continue;
            }
            if (head.size() > 1 && !tokens.containsAll(head.subList(0, head.size() - 1))) {
                continue;
            }
            // the noun itself ("appeals") at the position of a form ("appeal") is the record, not a verb acting on another
            out.add(new Found(v, s, tokens.get(j)));
            int at = j + 1;
            while (at + 1 < tokens.size() && (tokens.get(at).equals(",") || tokens.get(at).equals("and") || tokens.get(at).equals("or"))) {
                int next = at + 1;
                if (tokens.get(next).equals("and") || tokens.get(next).equals("or")) {
                    next++;
                }
                if (next >= tokens.size() || verb(tokens.get(next)) == null) {
                    break;
                }
                boolean takesObject = next + 1 < tokens.size() && !FUNCTION_WORDS.contains(tokens.get(next + 1));
                if (takesObject) {
                    break;
                }
                out.add(new Found(verb(tokens.get(next)), s, tokens.get(next)));
                at = next + 1;
            }
            break;
        }
        return out;
    }

    /**
     * A condition the clause states about the record, named from its marker to the end of the clause, with what backs it: a
     * counter where it states a limit, the two compared columns where it compares a quantity, another record's state where
     * it names one. "No" makes a condition only where it opens the clause ("no bet is accepted"): "resumes the exam with no
     * answer lost" states a goal, not a condition a row can keep.
     */
    private Optional<Invariant> conditionIn(String clause, List<String> ct, Sentence s, List<Found> here, String self, List<String> capabilities) {
        // a condition whose subject is another capability's record is that record's ("no bet is accepted against a suspended
        // market" is the bet's, not the market's)
        int subject = 0;
        while (subject < ct.size() && (DETERMINERS.contains(ct.get(subject)) || Set.of("no", "and", "or", "but").contains(ct.get(subject)))) {
            subject++;
        }
        for (String other : capabilities) {
            if (!other.equalsIgnoreCase(self) && !phrase(other).isEmpty() && positions(ct, phrase(other)).contains(subject)
                    && !positions(ct, phrase(self)).contains(subject)) {
                return Optional.empty();
            }
        }
        Words words = Words.of(clause);
        // "no" opens the clause, after a conjunction at most ("..., and no loan is renewed beyond its renewal limit")
        int lead = !ct.isEmpty() && Set.of("and", "or", "but").contains(ct.get(0)) ? 1 : 0;
        List<String> markers = conditions.stream().filter(m -> !m.equals("no") || (ct.size() > lead && ct.get(lead).equals("no"))).toList();
        Optional<String> marker = words.firstMatch(markers);
        // a guard word ("while", "until") makes a condition only where another record's state follows it
        Guard marked = markedGuard(words, ct, self, capabilities);
        if (marker.isEmpty() && marked != null) {
            marker = words.firstMatch(guards.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
        }
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        List<String> markerTokens = tokens(marker.get());
        int from = positions(ct, markerTokens).stream().findFirst().orElse(0);
        String name = String.join(" ", ct.subList(from, ct.size())).strip();
        if (markerTokens.equals(List.of("no")) || from <= 1) {
            name = String.join(" ", ct.subList(markerTokens.equals(List.of("no")) ? lead : 0, ct.size())).strip();
        }
        String counter = null;
        if (Words.of(clause).containsAny(limits)) {
            counter = counterNoun(ct, s.text().toLowerCase(Locale.ROOT)).orElse(null);
        }
        Verb verb = here.stream().filter(f -> ct.contains(f.form())).map(Found::verb).findFirst().orElse(null);
        Comparison comparison = counter != null ? null : comparison(words, ct, verb);
        Guard guard = null;
        for (String other : capabilities) {
            List<String> phrase = phrase(other);
            if (other.equalsIgnoreCase(self) || phrase.isEmpty()) {
                continue;
            }
            for (int k : positions(ct, phrase)) {
                if (k > 0 && verb(ct.get(k - 1)) != null && participle(ct.get(k - 1)) && guard == null) {
                    boolean forbidden = Set.of("no", "never", "not").stream().anyMatch(ct::contains);
                    guard = new Guard(other, verb(ct.get(k - 1)), forbidden);
                }
            }
        }
        if (guard == null) {
            guard = marked;
        }
        ActiveLimit active = counter != null || comparison != null ? null : activeLimit(ct, phrase(self));
        return Optional.of(new Invariant(name, s, counter, comparison, guard, verb, active));
    }

    /**
     * Another record's state a guard word makes a condition ("only while its market is open", "until the auction is
     * closed"): the guard word, then another capability's record, then (after "is", "has been") a form of a verb of the
     * lexicon naming its state; null where the clause has none.
     */
    private Guard markedGuard(Words words, List<String> ct, String self, List<String> capabilities) {
        Optional<String> marker = words.firstMatch(guards.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
        if (marker.isEmpty()) {
            return null;
        }
        int from = positions(ct, tokens(marker.get())).stream().findFirst().orElse(0);
        for (String other : capabilities) {
            List<String> phrase = phrase(other);
            if (other.equalsIgnoreCase(self) || phrase.isEmpty()) {
                continue;
            }
            for (int k : positions(ct, phrase)) {
                if (k <= from || k - from > 4) {
                    continue;
                }
                int j = k + phrase.size();
                while (j < ct.size() && Set.of("is", "are", "has", "have", "been", "be", "still", "was", "were").contains(ct.get(j))) {
                    j++;
                }
                if (j > k + phrase.size() && j < ct.size() && verb(ct.get(j)) != null) {
                    return new Guard(other, verb(ct.get(j)), guards.get(marker.get()) == Guarding.FORBIDDEN);
                }
            }
        }
        return null;
    }

    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Set<String> JOINERS = Set.of("per", "for", "of", "on", "in", "at", "to", "with");
    private static final Set<String> HAVING = Set.of("has", "have", "holds", "hold", "keeps", "keep");

    /**
     * How many of the record a clause allows active at once, and per what: an {@code atMost} phrase (with its number where
     * the phrase takes the one that follows), up to two adjectives ("open", "active"), the record, then a preposition and
     * the things it is counted per ("per seat and slot"), or a subject that has them ("a device has at most one open
     * session"); null where the clause says no such thing.
     */
    ActiveLimit activeLimit(List<String> ct, List<String> head) {
        if (head.isEmpty()) {
            return null;
        }
        List<String> phrases = atMost.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
        for (String phrase : phrases) {
            List<String> pt = tokens(phrase);
            for (int at : positions(ct, pt)) {
                int k = at + pt.size();
                int most = atMost.get(phrase);
                if (most == 0) {
                    if (k >= ct.size()) {
                        continue;
                    }
                    String n = ct.get(k);
                    most = n.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n) + 1;
                    if (most == 0) {
                        continue;
                    }
                    k++;
                }
                int record = -1;
                List<int[]> named = new ArrayList<>(named(ct, head));
                // after the phrase and its adjectives, the record's last word alone names it ("only one active session")
                positions(ct, head.subList(head.size() - 1, head.size())).forEach(i -> named.add(new int[] {i, 1}));
                for (int[] p : named) {
                    if (p[0] >= k && p[0] <= k + 2 && ct.subList(k, p[0]).stream().noneMatch(t -> FUNCTION_WORDS.contains(t) || DETERMINERS.contains(t))) {
                        record = p[0] + p[1];
                        break;
                    }
                }
                if (record < 0) {
                    continue;
                }
                List<String> per = perNouns(ct, record);
                if (per.isEmpty()) {
                    per = havingSubject(ct, at);
                }
                if (!per.isEmpty()) {
                    return new ActiveLimit(most, phrase, per);
                }
            }
        }
        return null;
    }

    /** The nouns after a preposition that follows the record ("per seat and slot", "of the same copy", "at a time per device"). */
    private static List<String> perNouns(List<String> ct, int from) {
        int j = from;
        if (j + 2 < ct.size() && ct.get(j).equals("at") && DETERMINERS.contains(ct.get(j + 1)) && ct.get(j + 2).equals("time")) {
            j += 3;
        }
        if (j >= ct.size() || !JOINERS.contains(ct.get(j))) {
            return List.of();
        }
        j++;
        List<String> out = new ArrayList<>();
        while (j < ct.size()) {
            while (j < ct.size() && (DETERMINERS.contains(ct.get(j)) || Set.of("same", "one", "given", "single").contains(ct.get(j)))) {
                j++;
            }
            if (j >= ct.size() || !noun(ct.get(j))) {
                break;
            }
            // a compound ("parking bay"): the last noun names the thing
            while (j + 1 < ct.size() && noun(ct.get(j + 1)) && !ct.get(j + 1).equals("and")) {
                j++;
            }
            out.add(Names.singular(ct.get(j).replace("'s", "")));
            j++;
            if (j < ct.size() && ct.get(j).equals("and")) {
                j++;
            } else {
                break;
            }
        }
        return out;
    }

    /** The subject that "has" the records ("each device has at most one open session"): the noun before the verb. */
    private static List<String> havingSubject(List<String> ct, int phraseAt) {
        int h = phraseAt - 1;
        while (h >= 0 && AUXILIARIES.contains(ct.get(h))) {
            h--;
        }
        if (h < 1 || !HAVING.contains(ct.get(h))) {
            return List.of();
        }
        int n = h - 1;
        while (n >= 0 && AUXILIARIES.contains(ct.get(n))) {
            n--;
        }
        return n >= 0 && noun(ct.get(n)) ? List.of(Names.singular(ct.get(n).replace("'s", ""))) : List.of();
    }

    private static boolean noun(String t) {
        return t.matches("[a-z]{3,}(?:'s)?") && !FUNCTION_WORDS.contains(t) && !DETERMINERS.contains(t) && !AUXILIARIES.contains(t)
                && !HAVING.contains(t) && !t.equals("time");
    }

    /**
     * The two columns a comparison names: the quantity (a word of the lexicon), the word beside it that says which value
     * the record is compared with ("odds shown", "reserve price"), and the value the clause's command takes ("odds accepted").
     */
    private Comparison comparison(Words words, List<String> ct, Verb verb) {
        Optional<String> phrase = words.firstMatch(List.copyOf(comparisons.keySet()));
        if (phrase.isEmpty()) {
            return null;
        }
        for (int q = 0; q < ct.size(); q++) {
            Quantity kind = quantity(ct.get(q));
            if (kind == null) {
                continue;
            }
            String base = quantityColumn(ct.get(q));
            String reference = null;
            if (q + 1 < ct.size() && participle(ct.get(q + 1)) && !FUNCTION_WORDS.contains(ct.get(q + 1))) {
                reference = base + "_" + ct.get(q + 1);
            } else if (q > 0 && ct.get(q - 1).matches("[a-z]{3,}") && !DETERMINERS.contains(ct.get(q - 1)) && !FUNCTION_WORDS.contains(ct.get(q - 1))
                    && !AUXILIARIES.contains(ct.get(q - 1)) && verb(ct.get(q - 1)) == null && quantity(ct.get(q - 1)) == null) {
                reference = ct.get(q - 1) + "_" + base;
            }
            if (reference == null) {
                return null;
            }
            String compared = verb == null ? base : base + "_" + verb.state().toLowerCase(Locale.ROOT);
            return compared.equals(reference) ? null : new Comparison(kind, reference, compared, comparisons.get(phrase.get()));
        }
        return null;
    }

    /** What a word names as a quantity, or null. */
    private Quantity quantity(String word) {
        for (Map.Entry<Quantity, List<String>> e : quantities.entrySet()) {
            if (e.getValue().contains(word)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A quantity's column: its singular where the lexicon lists it ("stakes": stake), else the word ("odds"). */
    private String quantityColumn(String word) {
        String singular = Names.singular(word);
        return quantity(singular) != null ? singular : word;
    }

    /** A past participle: a form that names a state ("suspended", "shown", "held"). */
    static boolean participle(String word) {
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("wn") || Set.of("held", "lent", "paid", "upheld", "built", "bought", "sold")
                .contains(word);
    }

    /**
     * The request's actor whose own description does staff work (a verb the lexicon gives to staff: "suspends markets"), the
     * one who does staff work on a record no sentence names a performer for; null where no actor does.
     */
    private String requestStaff(ConsultationRequest request) {
        for (Actor a : request.actors()) {
            if (a.description() == null) {
                continue;
            }
            for (String t : tokens(a.description())) {
                Verb v = verb(t);
                if (v != null && v.by() == By.STAFF) {
                    return a.name();
                }
            }
        }
        return null;
    }

    /** The thing a limit counts: the word before "limit" ("loan limit"), else a number's noun in the sentence ("26 loans"). */
    private Optional<String> counterNoun(List<String> ct, String sentence) {
        for (int i = 1; i < ct.size(); i++) {
            if ((ct.get(i).equals("limit") || ct.get(i).equals("limits")) && ct.get(i - 1).matches("[a-z]{3,}")
                    && !DETERMINERS.contains(ct.get(i - 1)) && !FUNCTION_WORDS.contains(ct.get(i - 1)) && !AUXILIARIES.contains(ct.get(i - 1))) {
                return Optional.of(Names.singular(ct.get(i - 1)));
            }
        }
        // a count the limit states in the clause or in the sentence's aside: a number and a plural noun ("26 loans")
        StringBuilder where = new StringBuilder(String.join(" ", ct));
        Matcher aside = Pattern.compile("\\(([^)]*)\\)").matcher(sentence);
        while (aside.find()) {
            where.append(" ; ").append(aside.group(1));
        }
        Matcher m = COUNTED.matcher(where);
        while (m.find()) {
            if (!TIME_UNITS.contains(m.group(2)) && m.group(2).length() > 3 && m.group(2).endsWith("s")) {
                return Optional.of(Names.singular(m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The other capabilities a clause names after the record, behind a preposition ("a bet ... against a suspended market"). */
    private List<String> referencesAfter(List<String> ct, int from, String self, List<String> capabilities) {
        List<String> out = new ArrayList<>();
        for (String other : capabilities) {
            if (other.equalsIgnoreCase(self)) {
                continue;
            }
            List<String> phrase = phrase(other);
            if (phrase.isEmpty()) {
                continue;
            }
            for (int k : positions(ct, phrase)) {
                if (k < from) {
                    continue;
                }
                for (int p = Math.max(from, k - 5); p < k; p++) {
                    if (PREPOSITIONS.contains(ct.get(p))) {
                        out.add(other);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The lexicon's verb one of whose forms the word is, or null. */
    Verb verb(String token) {
        for (Verb v : verbs) {
            if (v.forms().contains(token)) {
                return v;
            }
        }
        return null;
    }

    /** A capability's words, lower case: its object where it is named "<object> <generic action>" ({@link CapabilityNameGrammar}). */
    private static List<String> phrase(String capability) {
        return CapabilityNameGrammar.standard().object(capability).orElse(words(capability));
    }

    private static List<String> words(String name) {
        return tokens(name).stream().filter(w -> w.matches("[a-z0-9]+")).toList();
    }

    /** Where the phrase occurs in the tokens, its last word in the singular or the plural. */
    static List<Integer> positions(List<String> tokens, List<String> phrase) {
        List<Integer> out = new ArrayList<>();
        if (phrase.isEmpty()) {
            return out;
        }
        Set<String> lastForms = forms(phrase.get(phrase.size() - 1));
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            boolean match = true;
            for (int w = 0; w < phrase.size() - 1 && match; w++) {
                match = tokens.get(i + w).equals(phrase.get(w));
            }
            String t = tokens.get(i + phrase.size() - 1);
            if (match && (lastForms.contains(t) || (t.endsWith("'s") && lastForms.contains(t.substring(0, t.length() - 2))))) {
                out.add(i);
            }
        }
        return out;
    }

    private static Set<String> forms(String word) {
        return new HashSet<>(List.of(word, Names.singular(word), Names.plural(Names.singular(word))));
    }

    /**
     * Where the record is named, as {start, length}: its whole phrase; and for a capability of several words its last word
     * alone where that word is plainly a noun, after a determiner or a verb of the lexicon, or opening the clause ("a variety
     * is suspended" for "seed varieties").
     */
    private List<int[]> named(List<String> tokens, List<String> phrase) {
        List<int[]> out = new ArrayList<>();
        positions(tokens, phrase).forEach(i -> out.add(new int[] {i, phrase.size()}));
        if (phrase.size() > 1) {
            Set<String> lastForms = forms(phrase.get(phrase.size() - 1));
            for (int i = 0; i < tokens.size(); i++) {
                String before = i == 0 ? null : tokens.get(i - 1);
                int at = i;
                boolean inPhrase = out.stream().anyMatch(p -> at >= p[0] && at < p[0] + p[1]);
                if (lastForms.contains(tokens.get(i)) && !inPhrase
                        && (before == null || DETERMINERS.contains(before) || verb(before) != null || before.equals(",") || before.equals(":")
                || before.equals("no"))) {
                    out.add(new int[] {i, 1});
                }
            }
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> split(String text) {
        return CapabilityShapes.sentences(text);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The design, in the notation of the capability shapes (so the builders that design a shape's tables, operations and
    // flows design these too).

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The states in lifecycle order: the opening state first, then each verb's state as the sentences name them (a verb that
     * restores the first state adds none), with the timer's where a period is stated.
     */
    List<String> states(Reading r) {
        List<String> states = new ArrayList<>();
        Verb opening = r.opening();
        states.add(opening == null ? initial : opening.state());
        commands(r).forEach(v -> {
            if (!v.restores() && !v.repeats() && !states.contains(v.state())) {
                states.add(v.state());
            }
        });
        return states;
    }

    /**
     * The commands after the opening one: the verbs the sentences use, the first inverse of a verb that does not end the
     * record and whose undoing no sentence names (a record that can be suspended can be resumed), and the timed one where a
     * period is stated.
     */
    List<Verb> commands(Reading r) {
        List<Verb> out = new ArrayList<>();
        Verb opening = r.opening();
        r.found().stream().map(Found::verb).filter(v -> v != opening && !out.contains(v)).forEach(out::add);
        // a verb that restores the first state does so only beside a verb it undoes; alone it leads to its own state
        out.replaceAll(v -> v.restores() && out.stream().noneMatch(o -> o.inverses().contains(v.command()))
                ? new Verb(v.command(), v.forms(), v.state(), v.by(), false, v.acts(), v.terminal(), v.inverses(), false, v.repeats(), v.exclusive()) : v);
        for (Verb v : List.copyOf(out)) {
            if (!v.terminal() && !v.inverses().isEmpty() && out.stream().noneMatch(o -> v.inverses().contains(o.command()))) {
                out.add(verb(v.inverses().get(0), v));
            }
        }
        if (r.period() != null && out.stream().noneMatch(v -> v.by() == By.TIMER)) {
            out.add(timerVerb());
        }
        return out;
    }

    /** The verb of a command; an inverse is done by whoever does the verb it undoes. */
    private Verb verb(String command, Verb undoes) {
        Verb v = verbs.stream().filter(x -> x.command().equals(command)).findFirst().orElseThrow();
        return new Verb(v.command(), v.forms(), v.state(), undoes.by(), false, v.acts(), v.terminal(), v.inverses(), v.restores(), v.repeats(), false);
    }

    /**
     * The state each command leads to: its own; for a verb that restores, the state the record was in before the verb it
     * undoes (the latest earlier state that neither ends the record nor is itself undone: a permit approved, then suspended,
     * is reinstated to APPROVED), else the first.
     */
    Map<String, String> targets(Reading r) {
        List<String> states = states(r);
        List<Verb> commands = commands(r);
        Set<String> terminal = new HashSet<>();
        commands.stream().filter(Verb::terminal).forEach(v -> terminal.add(v.state()));
        Set<String> held = held(commands, r);
        Map<String, String> out = new LinkedHashMap<>();
        for (Verb v : commands) {
            String to = v.repeats() ? KEPT : v.state();
            if (v.restores()) {
                Verb undone = commands.stream().filter(o -> v.command().equals(undoing(o, commands, r))).findFirst().orElse(null);
                int at = undone == null ? 0 : states.indexOf(undone.state());
                to = states.get(0);
                for (int i = at - 1; i >= 0; i--) {
                    if (!terminal.contains(states.get(i)) && !held.contains(states.get(i))) {
                        to = states.get(i);
                        break;
                    }
                }
            }
            out.put(v.command(), to);
        }
        return out;
    }

    /** The states of verbs that a command of the record undoes (suspended, paused): left only by their undoing or an ending. */
    private static Set<String> held(List<Verb> commands, Reading r) {
        Set<String> out = new HashSet<>();
        commands.stream().filter(o -> undoing(o, commands, r) != null).forEach(o -> out.add(o.state()));
        return out;
    }

    /**
     * The states a command may run from: an inverse only from the state of the verb it undoes; an ending from every state
     * that is not itself an ending; any other from every state that is neither an ending, undone by another command
     * (a suspended record is left by its reinstatement), nor its own.
     */
    Map<String, List<String>> allowedFrom(Reading r) {
        List<String> states = states(r);
        List<Verb> commands = commands(r);
        Map<String, String> targets = targets(r);
        Set<String> terminal = new HashSet<>();
        commands.stream().filter(Verb::terminal).forEach(v -> terminal.add(v.state()));
        Set<String> held = held(commands, r);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Verb v : commands) {
            List<String> undone = commands.stream().filter(o -> v.command().equals(undoing(o, commands, r))).map(Verb::state).toList();
            int named = r.sequence().indexOf(v.command());
            // a name's verbs come in its order ("enrol and randomise": randomised only once enrolled)
            String before = named > 0 ? commands.stream().filter(o -> o.command().equals(r.sequence().get(named - 1))).map(Verb::state)
                    .findFirst().orElse(states.get(0)) : named == 0 ? states.get(0) : null;
            List<String> from = !undone.isEmpty() ? undone
                    : before != null && !terminal.contains(before) ? List.of(before)
                    : states.stream().filter(st -> !terminal.contains(st) && (v.terminal() || !held.contains(st)) && !st.equals(targets.get(v.command())))
                    .toList();
            out.put(v.command(), from.isEmpty() ? List.of(states.get(0)) : from);
        }
        return out;
    }

    /**
     * The command that undoes a verb: an inverse of it the same sentence names ("suspend ... and reinstate it"), else the
     * first of its inverses among the commands; null where none is.
     */
    private static String undoing(Verb v, List<Verb> commands, Reading r) {
        List<String> present = v.inverses().stream().filter(i -> commands.stream().anyMatch(c -> c.command().equals(i))).toList();
        Set<Sentence> said = new HashSet<>();
        r.found().stream().filter(f -> f.verb().command().equals(v.command())).forEach(f -> said.add(f.sentence()));
        String doer = r.performer(v);
        return present.stream().filter(i -> r.found().stream().anyMatch(f -> f.verb().command().equals(i) && said.contains(f.sentence())))
                .findFirst()
                .or(() -> present.stream().filter(i -> doer != null && commands.stream().anyMatch(c -> c.command().equals(i) && doer.equals(r.performer(c))))
                        .findFirst())
                .orElse(present.isEmpty() ? null : present.get(0));
    }

    /** The target of a command that repeats: it keeps the record's state. */
    static final String KEPT = "(unchanged)";

    private Verb timerVerb() {
        return verbs.stream().filter(v -> v.command().equals(timer)).findFirst().orElseThrow();
    }

    private static String quoted(List<String> states) {
        return String.join(", ", states.stream().map(st -> "'" + st + "'").toList());
    }

    private CapabilityShapes.CapabilityShape shape(CapabilityShapes.ShapeNames names, Reading r, Context where) {
        List<String> states = states(r);
        List<Verb> commands = commands(r);
        Map<String, List<String>> from = allowedFrom(r);
        Map<String, String> targets = targets(r);
        Verb opening = r.opening();
        String openCommand = opening == null ? "create" : opening.command();
        String creator = r.creator();
        String ownerColumn = creator == null ? "owner_id" : Names.table(creator) + "_id";
        String ownerProperty = Names.camel(ownerColumn);
        boolean queue = commands.stream().anyMatch(v -> r.by(v) == By.STAFF);
        // another record this one is counted by or checked against is a foreign key where both share a store
        List<String> counting = countedBy(where);
        Map<String, String> foreign = new LinkedHashMap<>();
        List<String> referenced = new ArrayList<>(r.references());
        counting.stream().filter(c -> !referenced.contains(c)).forEach(referenced::add);
        r.invariants().stream().filter(i -> i.guard() != null).map(i -> i.guard().capability()).filter(c -> !referenced.contains(c)).forEach(referenced::add);
        for (String ref : referenced) {
            boolean keeps = counting.contains(ref) || r.invariants().stream().anyMatch(i -> i.guard() != null && i.guard().capability().equals(ref));
            if (keeps && lifecycleInStore(ref, where)) {
                foreign.put(table(ref) + "_id", table(ref));
            }
        }
        List<String> refColumns = referenced.stream().map(ref -> table(ref) + "_id")
                .filter(col -> !col.equals(ownerColumn)).distinct().toList();
        Set<String> counters = new LinkedHashSet<>();
        r.invariants().stream().map(Invariant::counter).filter(java.util.Objects::nonNull).map(Names::table).forEach(counters::add);
        List<Comparison> comparisons = r.invariants().stream().map(Invariant::comparison).filter(java.util.Objects::nonNull).distinct().toList();
        boolean money = r.quantities().containsValue(Quantity.MONEY) || comparisons.stream().anyMatch(c -> c.quantity() == Quantity.MONEY);

        // the record
        List<String> fields = new ArrayList<>(List.of("id:UUID", ownerColumn + ":UUID"));
        refColumns.forEach(col -> fields.add(col + ":UUID"));
        fields.add("status:TEXT");
        fields.add("version:BIGINT");
        counters.forEach(c -> {
            fields.add(c + "_count:INTEGER");
            fields.add(c + "_limit:INTEGER");
        });
        r.quantities().forEach((col, kind) -> fields.add(col + ":" + columnType(kind)));
        for (Comparison c : comparisons) {
            fields.add(c.reference() + ":" + columnType(c.quantity()));
            fields.add(c.compared() + ":" + columnType(c.quantity()) + "?");
        }
        if (money) {
            fields.add("currency:TEXT");
        }
        Set<String> ending = new HashSet<>();
        commands.stream().filter(Verb::terminal).forEach(v -> ending.add(v.state()));
        List<String> active = states.stream().filter(st -> !ending.contains(st)).toList();
        List<Held> heldAtMost = activeLimits(r, counting, ownerColumn, creator, where);
        for (Held h : heldAtMost) {
            h.columns().stream().filter(col -> fields.stream().noneMatch(f -> f.startsWith(col + ":"))).forEach(col -> fields.add(col + ":UUID"));
        }
        if (r.period() != null) {
            fields.add("expires_at:TIMESTAMP?");
        }
        List<String> stateColumns = new ArrayList<>();
        for (String state : states.subList(1, states.size())) {
            String col = state.toLowerCase(Locale.ROOT) + "_at";
            if (!stateColumns.contains(col) && !col.equals("expires_at")) {
                stateColumns.add(col);
                fields.add(col + ":TIMESTAMP?");
            }
        }
        fields.add("idempotency_key:TEXT");
        fields.add("created_at:TIMESTAMP");
        fields.add("updated_at:TIMESTAMP");
        List<Map<String, Object>> indexes = new ArrayList<>();
        indexes.add(index(List.of(ownerColumn, "idempotency_key"), true, "a retried " + openCommand + " is recorded once"));
        indexes.add(index(List.of(ownerColumn, "created_at"), false, "each " + (creator == null ? "owner" : creator.toLowerCase(Locale.ROOT))
                + "'s own ${name} records, newest first"));
        if (queue) {
            indexes.add(index(List.of("status", "updated_at"), false, "the work queue: records waiting in a state, oldest first"));
        }
        if (r.period() != null) {
            indexes.add(index(List.of("status", "expires_at"), false, "the timer's sweep: records whose " + r.period() + " have run out"));
        }
        refColumns.forEach(col -> indexes.add(index(List.of(col, "status"), false, "the records of one " + col.replace("_id", "").replace('_', ' ')
                + " by state" + (foreign.containsKey(col) ? " (a foreign key: an invariant reads or raises that row in the same transaction)"
                : " (its own capability keeps that record; no foreign key across capabilities)"))));
        List<Map<String, Object>> constraints = new ArrayList<>();
        constraints.add(constraint("ONE_OF", List.of("status"), states, "a ${name} is in one of the states its sentences name"));
        constraints.add(constraint("NOT_NEGATIVE", List.of("version"), List.of(),
                "each command is a conditional update on the version the caller read, so two commands never both apply"));
        for (String c : counters) {
            Invariant inv = r.invariants().stream().filter(x -> x.counter() != null && Names.table(x.counter()).equals(c)).findFirst().orElseThrow();
            constraints.add(constraint("NOT_NEGATIVE", List.of(c + "_count"), List.of(), "a count of " + Names.plural(c.replace('_', ' ')) + " never goes below zero"));
            constraints.add(constraint("AT_MOST", List.of(c + "_count", c + "_limit"), List.of(),
                    "'" + safe(inv.name()) + "': the count is raised by a conditional update (where " + c + "_count < " + c + "_limit), so the limit is never passed"));
        }
        r.quantities().forEach((col, kind) -> constraints.add(constraint("NOT_NEGATIVE", List.of(col), List.of(), "a " + col.replace('_', ' ')
                + " is never negative")));
        for (Comparison c : comparisons) {
            Invariant inv = r.invariants().stream().filter(x -> c.equals(x.comparison())).findFirst().orElseThrow();
            List<String> order = c.direction() == Direction.AT_LEAST ? List.of(c.reference(), c.compared()) : List.of(c.compared(), c.reference());
            constraints.add(constraint("AT_MOST", order, List.of(), "'" + safe(inv.name()) + "': " + c.condition()));
        }
        for (Held h : heldAtMost) {
            List<String> onto = new ArrayList<>(h.columns());
            onto.add("status");
            List<String> values = new ArrayList<>(List.of(Integer.toString(h.limit().most())));
            values.addAll(active);
            constraints.add(constraint("ACTIVE_AT_MOST", onto, values, h.reason() + ": " + (h.limit().most() == 1
                    ? "a partial unique index on " + String.join(", ", h.columns()) + " over the active states refuses a second"
                    : "the writing transaction locks the " + String.join(" and ", h.limit().per()) + ", counts its active rows and refuses one past "
                    + h.limit().most())));
            if (h.limit().most() > 1) {
                indexes.add(index(onto, false, "the count of one " + String.join(" and ", h.limit().per()) + "'s active ${name} records"));
            }
        }
        if (r.period() != null) {
            constraints.add(constraint("ORDERED", List.of("created_at", "expires_at"), List.of(), "a ${name} expires after it began"));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "${table}");
        record.put("description", "A ${name}: its state (" + String.join(", ", states) + "), when it reached each, and its version"
                + (refColumns.isEmpty() ? "" : "; " + String.join(", ", refColumns) + " refer to the records of " + String.join(", ", referenced)
                + (foreign.isEmpty() ? ", kept by their own capabilities" : ""))
                + (counters.isEmpty() ? "" : "; each count is raised by a conditional update that never passes its limit"));
        record.put("fields", fields);
        if (!foreign.isEmpty()) {
            record.put("references", foreign);
        }
        record.put("indexes", indexes);
        record.put("constraints", constraints);
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("name", "${table}_transition");
        history.put("description", "Each command applied to a ${name}: from which state to which, by whom (a person or the system), when");
        history.put("fields", List.of("id:UUID", "${table}_id:UUID", "command:TEXT", "from_status:TEXT?", "to_status:TEXT", "actor_id:UUID?",
                "reason:TEXT?", "occurred_at:TIMESTAMP"));
        history.put("references", Map.of("${table}_id", "${table}"));
        history.put("indexes", List.of(index(List.of("${table}_id", "occurred_at"), false, "a ${name}'s history, oldest first")));
        history.put("constraints", List.of(constraint("APPEND_ONLY", List.of(), List.of(), "what happened to a ${name} is never rewritten"),
                constraint("ONE_OF", List.of("to_status"), states, "a transition leads to a state of the ${name}")));

        List<Map<String, Object>> tables = new ArrayList<>(List.of(record, history));
        List<String> copies = r.invariants().stream().filter(i -> i.guard() != null && !lifecycleInStore(i.guard().capability(), where)
                && copied(i.guard().capability(), where)).map(i -> i.guard().capability()).distinct().toList();
        for (String other : copies) {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("name", copyTable(table(other)));
            copy.put("description", "The status of each " + one(other) + " as its own capability publishes it, kept in this store from its events"
                    + " (a newer version replaces an older), so a ${name}'s command reads it with a lock in its own transaction");
            copy.put("fields", List.of("id:UUID", "status:TEXT", "version:BIGINT", "updated_at:TIMESTAMP"));
            copy.put("indexes", List.of());
            copy.put("constraints", List.of(constraint("NOT_NEGATIVE", List.of("version"), List.of(),
                    "an event older than the version kept never replaces it")));
            tables.add(copy);
        }

        // the API
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        List<String> props = new ArrayList<>(List.of("id:UUID!", ownerProperty + ":UUID!"));
        refColumns.forEach(col -> props.add(Names.camel(col) + ":UUID!"));
        props.add("status:STRING!");
        props.add("version:INTEGER!");
        counters.forEach(c -> {
            props.add(Names.camel(c + "_count") + ":INTEGER!");
            props.add(Names.camel(c + "_limit") + ":INTEGER!");
        });
        r.quantities().forEach((col, kind) -> props.add(Names.camel(col) + ":" + propertyType(kind) + "!"));
        comparisons.forEach(c -> {
            props.add(Names.camel(c.reference()) + ":" + propertyType(c.quantity()) + "!");
            props.add(Names.camel(c.compared()) + ":" + propertyType(c.quantity()) + "?");
        });
        if (money) {
            props.add("currency:CURRENCY!");
        }
        if (r.period() != null) {
            props.add("expiresAt:DATE_TIME?");
        }
        props.add("createdAt:DATE_TIME!");
        props.add("updatedAt:DATE_TIME!");
        schemas.put("${Schema}", props);
        List<String> input = new ArrayList<>(List.of(ownerProperty + ":UUID!"));
        refColumns.forEach(col -> input.add(Names.camel(col) + ":UUID!"));
        counters.forEach(c -> input.add(Names.camel(c + "_limit") + ":INTEGER!"));
        r.quantities().forEach((col, kind) -> input.add(Names.camel(col) + ":" + propertyType(kind) + "!"));
        comparisons.forEach(c -> input.add(Names.camel(c.reference()) + ":" + propertyType(c.quantity()) + "!"));
        if (money) {
            input.add("currency:CURRENCY!");
        }
        schemas.put("${Schema}Input", input);
        schemas.put("${Schema}Command", List.of("expectedVersion:INTEGER!", "reason:STRING"));
        schemas.put("${Schema}Transition", List.of("command:STRING!", "fromStatus:STRING?", "toStatus:STRING!", "actorId:UUID?", "occurredAt:DATE_TIME!"));
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(operation(openCommand + "${Schema}", "POST", "/${path}", Names.capitalise(openCommand) + " a ${name} (state " + states.get(0) + ")",
                "${Schema}Input", null, List.of(), true, List.of(response(201, "${Schema}", "Recorded in " + states.get(0)),
                        response(409, null, "Already recorded under another Idempotency-Key" + refusal(r, null, where)), response(422, null, null))));
        operations.add(operation("list${Schema}", "GET", "/${path}", "The caller's ${name} records, or a state's queue for staff, newest first",
                null, "${Schema}", List.of("status:STRING"), false, List.of()));
        operations.add(operation("get${Schema}", "GET", "/${path}/{${id}}", "One ${name} with its state and version", null, null, List.of(), false,
                List.of(response(200, "${Schema}", "The ${name}"), response(404, null, null))));
        for (Verb v : commands) {
            if (v.by() == By.TIMER || r.systemChecked().contains(v.command())) {
                continue;
            }
            String to = targets.get(v.command());
            operations.add(operation(v.command() + "${Schema}", "POST", "/${path}/{${id}}/" + v.command(),
                    Names.capitalise(v.command()) + " the ${name} (from " + String.join(" or ", from.get(v.command()))
                            + (v.repeats() ? ", keeping its state: it may run again" : " to " + to) + ")"
                            + (r.by(v) == By.STAFF ? ", by staff" : r.by(v) == By.SYSTEM ? ", on the event that triggers it" : ""), "${Schema}Command", null,
                    List.of(), true, List.of(response(200, "${Schema}", v.repeats() ? "Done again; the state is unchanged"
                            : Names.capitalise(to.toLowerCase(Locale.ROOT).replace('_', ' '))), response(404, null, null),
                            response(409, null, "Not allowed from the current state (only from " + String.join(" or ", from.get(v.command()))
                                    + "), or expectedVersion is not the current version" + refusal(r, v, where)))));
        }
        operations.add(operation("list${Schema}Transitions", "GET", "/${path}/{${id}}/transitions", "The ${name}'s history, oldest first", null,
                "${Schema}Transition", List.of(), false, List.of()));

        // the main lifecycle as a sequence
        List<String> steps = new ArrayList<>();
        String opener = person(creator, opening != null && opening.by() == By.STAFF ? "staff" : "actor");
        steps.add(opener + " -> entry: POST /${path} with Idempotency-Key");
        steps.add("entry -> unit: " + Names.capitalise(openCommand));
        steps.addAll(guards(r, null, where));
        for (String c : counting) {
            if (lifecycleInStore(c, where)) {
                String t = table(c);
                String counter = Names.table(Names.singular(lastWord(where.capability())));
                steps.add("unit -> store: Raise the " + one(c) + "'s count in the same transaction: update " + t + " set " + counter
                        + "_count = " + counter + "_count + 1 where id = " + t + "_id and " + counter + "_count < " + counter + "_limit"
                        + liveCondition(c, where) + " (no row: 409, the limit is reached" + (liveCondition(c, where).isEmpty() ? "" : " or the " + one(c)
                        + " can no longer be used") + ")");
            }
        }
        for (Held h : heldAtMost) {
            if (h.limit().most() > 1) {
                String group = String.join(" and ", h.columns().stream().map(col -> col + " = :" + col).toList());
                steps.add("unit -> store: Lock the " + String.join(" and ", h.limit().per()) + " (pg_advisory_xact_lock on " + String.join(", ", h.columns())
                        + "), count its active ${name} records (select count(*) from ${table} where " + group + " and status in (" + quoted(active)
                        + ")) and go on only where fewer than " + h.limit().most() + ", else 409 (" + safe(h.reason()) + ")");
            }
        }
        steps.add("unit -> store: Insert the ${name} in " + states.get(0) + " with its first transition, in one transaction (unique "
                + ownerColumn + " + idempotency key" + String.join("", heldAtMost.stream().filter(h -> h.limit().most() == 1)
                .map(h -> "; at most one active per " + String.join(", ", h.columns()) + ": the partial unique index (" + String.join(", ", h.columns())
                        + ") where status in (" + quoted(active) + ") refuses a second with 409").toList()) + ")" + comparedAt(r, null));
        steps.add("entry --> " + opener + ": 201 ${name}, or 409");
        for (String other : copies) {
            steps.add("broker ~> unit: Each " + one(other) + " event, relayed from its source's outbox");
            steps.add("unit -> store: Upsert " + copyTable(table(other)) + " (id, status, version) where the event's version is newer than the one kept");
        }
        for (Verb v : commands) {
            String to = targets.get(v.command());
            String update = (v.repeats() ? "unit -> store: Update (the state stays: " + v.command() + " repeats) set version = version + 1"
                    : "unit -> store: Update status to " + to) + " where id = :id and version = :version and status in ("
                    + quoted(from.get(v.command())) + ")" + (v.repeats() && r.period() != null ? " and expires_at > now()" : "")
                    + comparedAt(r, v) + ownCounters(r, v, where) + repeatCaps(r, v, where) + "; insert the transition";
            if (v.by() == By.TIMER) {
                steps.add("unit -> store: Every minute, set " + to + " where expires_at has passed (" + r.period() + " after it began) and status in ("
                        + quoted(from.get(v.command())) + "); insert each transition");
            } else if (r.systemChecked().contains(v.command())) {
                // the system's own check, in the service: no person and no event
                List<String> reads = guards(r, v, where);
                steps.addAll(reads);
                boolean checked = !reads.isEmpty() || !comparedAt(r, v).isEmpty() || !ownCounters(r, v, where).isEmpty() || !repeatCaps(r, v, where).isEmpty();
                steps.add(update.replace("unit -> store: Update", "unit -> store: " + Names.capitalise(v.command())
                        + (checked ? " when the check holds: update" : " (by the system): update")));
            } else if (r.by(v) == By.SYSTEM) {
                steps.add("broker ~> unit: The event that " + v.command() + "s the ${name}, relayed from its source's outbox");
                steps.addAll(guards(r, v, where));
                steps.add(update);
            } else {
                String who = person(r.performer(v), r.by(v) == By.STAFF ? "staff" : "actor");
                steps.add(who + " -> entry: POST /${path}/{id}/" + v.command() + " with expectedVersion");
                steps.add("entry -> unit: " + Names.capitalise(v.command()));
                steps.addAll(guards(r, v, where));
                steps.add(update);
                steps.add("entry --> " + who + ": 200 " + to + ", or 409");
            }
        }
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("id", "${path}-lifecycle");
        flow.put("title", "The ${name} lifecycle: " + String.join(", ", states));
        flow.put("description", "Each command is a conditional update on the version read and the states it may run from, with its transition,"
                + " in one transaction");
        flow.put("steps", steps);

        String requirement = requirement(r, states, commands, from, where, heldAtMost, active);
        List<String> phrases = r.found().stream().map(Found::form).distinct().toList();
        return new CapabilityShapes.CapabilityShape("record-lifecycle", "record with a lifecycle", phrases, List.of(), List.of(), List.of(), List.of(),
                null, requirement, tree(tables), tree(schemas), tree(operations), tree(List.of(flow)), false, null, false);
    }

    private static String columnType(Quantity q) {
        return q == Quantity.COUNT ? "INTEGER" : "DECIMAL";
    }

    private static String propertyType(Quantity q) {
        return q == Quantity.COUNT ? "INTEGER" : "DECIMAL";
    }

    /** Whether an invariant is a condition of a command (null: of the record's creation). */
    private static boolean of(Invariant i, Verb v, Reading r) {
        Verb at = i.verb() == null || i.verb() == r.opening() ? null : i.verb();
        return v == null ? at == null : at != null && at.command().equals(v.command());
    }

    /** The comparisons a command's update keeps, on their columns (the value the command takes is its parameter). */
    private static String comparedAt(Reading r, Verb v) {
        List<Comparison> cs = r.invariants().stream().filter(i -> i.comparison() != null && of(i, v, r)).map(Invariant::comparison).distinct().toList();
        if (cs.isEmpty()) {
            return "";
        }
        String conditions = String.join(" and ", cs.stream().map(c -> ":" + c.condition()).toList());
        if (v == null) {
            return "; the insert is refused unless " + conditions;
        }
        return " and " + conditions + " (setting " + String.join(", ", cs.stream().map(c -> c.compared() + " = :" + c.compared()).toList()) + ")";
    }

    /** A counter the record keeps itself, raised by each command under its limit. */
    private static String ownCounters(Reading r, Verb v, Context where) {
        if (v == null || v.by() == By.TIMER) {
            return "";
        }
        // a count another capability's records raise (each loan raises its licence's) is theirs to raise
        return String.join("", r.invariants().stream().filter(i -> i.counter() != null && counted(i.counter(), where) == null)
                .map(i -> Names.table(i.counter())).distinct()
                .map(c -> " and " + c + "_count < " + c + "_limit (raising " + c + "_count by one)").toList());
    }

    /**
     * A cap on a command that repeats, kept by a counter another capability's records raise ("no licence is ever lent beyond
     * its loan limit": each loan raises the licence's loan_count): the condition its update carries, in that transaction.
     */
    private static String repeatCaps(Reading r, Verb v, Context where) {
        if (!v.repeats()) {
            return "";
        }
        return String.join("", r.invariants().stream().filter(i -> i.counter() != null && counted(i.counter(), where) != null
                        && (i.verb() == null || i.verb().command().equals(v.command())))
                .map(i -> Names.table(i.counter())).distinct()
                .map(c -> " and " + c + "_count < " + c + "_limit (raising " + c + "_count by one, in the transaction that records the "
                        + one(counted(Names.singular(c.replace('_', ' ')), where)) + ")").toList());
    }

    /**
     * The states another record must be in for a record counted against it to be made: those its commands run from (not
     * ended), and not past its expiry where it has one; empty where that record has no lifecycle here.
     */
    private String liveCondition(String other, Context where) {
        Reading ro = read(other, where.request(), where.capabilities(), where.setting());
        if (ro.found().isEmpty()) {
            return "";
        }
        List<String> live = live(ro);
        return " and status in (" + quoted(live) + ")" + (ro.period() != null ? " and expires_at > now()" : "");
    }

    /** A record's states that neither end it nor hold it (suspended, paused): the states in which it can be used. */
    private List<String> live(Reading r) {
        List<Verb> commands = commands(r);
        Set<String> out = new LinkedHashSet<>(states(r));
        commands.stream().filter(Verb::terminal).forEach(v -> out.remove(v.state()));
        out.removeAll(held(commands, r));
        return List.copyOf(out);
    }

    /** A limit on active records, resolved to the columns it groups by and the reason quoted from its sentence. */
    private record Held(ActiveLimit limit, List<String> columns, String reason) {
    }

    /**
     * The limits on how many of the record are active at once: those the sentences state, and the one an exclusive opening
     * verb implies for the record it counts against (a borrowed copy is out to one borrower). Each noun it is counted per
     * is another capability's record (its reference), the record's creator (its owner column), or a thing of its own.
     */
    private List<Held> activeLimits(Reading r, List<String> counting, String ownerColumn, String creator, Context where) {
        List<Held> out = new ArrayList<>();
        for (Invariant i : r.invariants()) {
            if (i.active() == null) {
                continue;
            }
            List<String> columns = i.active().per().stream().map(noun -> perColumn(noun, ownerColumn, creator, where)).distinct().toList();
            if (out.stream().noneMatch(h -> h.columns().equals(columns))) {
                out.add(new Held(i.active(), columns, "'" + i.name() + "'"));
            }
        }
        Verb opening = r.opening();
        if (opening != null && opening.exclusive()) {
            for (String c : counting) {
                List<String> columns = List.of(table(c) + "_id");
                if (out.stream().noneMatch(h -> h.columns().equals(columns))) {
                    out.add(new Held(new ActiveLimit(1, opening.command(), List.of(one(c))), columns,
                            "a " + one(c) + " " + participleOf(opening) + " is out to one at a time"));
                }
            }
        }
        return out;
    }

    private static String participleOf(Verb v) {
        return v.forms().stream().filter(RecordLifecycles::participle).findFirst().orElse(v.command());
    }

    /** The column a noun a limit counts per names: another capability's reference, the creator's column, or its own id. */
    private static String perColumn(String noun, String ownerColumn, String creator, Context where) {
        for (String other : where.capabilities()) {
            if (!other.equalsIgnoreCase(where.capability()) && Names.singular(lastWord(other)).equals(noun)) {
                return table(other) + "_id";
            }
        }
        if (creator != null && Names.singular(lastWord(creator)).equals(noun)) {
            return ownerColumn;
        }
        return Names.table(noun) + "_id";
    }

    /** The reads of another record's state a command makes, locked, in its transaction (where that record shares the store). */
    private List<String> guards(Reading r, Verb v, Context where) {
        List<String> out = new ArrayList<>();
        for (Invariant i : r.invariants()) {
            if (i.guard() == null || !of(i, v, r)) {
                continue;
            }
            boolean shared = lifecycleInStore(i.guard().capability(), where);
            if (!shared && !copied(i.guard().capability(), where)) {
                continue;
            }
            String t = table(i.guard().capability());
            Reading other = read(i.guard().capability(), where.request(), where.capabilities(), where.setting());
            String state = i.guard().state().state();
            // "while its market is open" of a market whose lifecycle has no OPEN state: open is every state that neither ends nor holds it
            String condition = i.guard().forbidden() ? "is not " + state
                    : states(other).contains(state) ? "is " + state : "is one of " + quoted(live(other)) + " (" + state.toLowerCase(Locale.ROOT) + ")";
            if (shared) {
                out.add("unit -> store: Read the " + one(i.guard().capability()) + " row for share (select status from " + t
                        + " where id = " + t + "_id for share) and go on only where its status " + condition + ", else 409 ('" + safe(i.name()) + "')");
            } else {
                out.add("unit -> store: Read the copy of the " + one(i.guard().capability()) + "'s status kept in this store, for share (select status from "
                        + copyTable(t) + " where id = " + t + "_id for share) and go on only where its status " + condition + ", else 409 ('"
                        + safe(i.name()) + "'); the copy trails the " + one(i.guard().capability()) + " by its event's delay");
            }
        }
        return out;
    }

    /** Why a command may be refused by an invariant the data model keeps, for its 409. */
    private String refusal(Reading r, Verb v, Context where) {
        return String.join("", r.invariants().stream().filter(i -> of(i, v, r) && missing(i, where) == null)
                .map(i -> ", or it would break '" + safe(i.name()) + "'").limit(1).toList());
    }

    /**
     * The flow participant who carries out a command: the request's actor the sentences name ({@code person:<slug>},
     * resolved by the design to that actor), else the role the verb list gives.
     */
    private static String person(String actor, String role) {
        return actor == null ? role : Topology.PERSON + Names.slug(actor);
    }

    private String requirement(Reading r, List<String> states, List<Verb> commands, Map<String, List<String>> from, Context where, List<Held> held,
                               List<String> active) {
        // a verb-led name says what is done to the record, in its order: "Enrol, then randomise each patient: keep each ..."
        StringBuilder b = new StringBuilder(r.sequence().isEmpty() ? "Keep each ${name} as a record with a lifecycle, "
                : Names.capitalise(String.join(", then ", r.sequence())) + " each ${name}: keep each ${name} as a record with a lifecycle, ");
        b.append(String.join(", then ", states));
        Verb opening = r.opening();
        List<String> cmds = new ArrayList<>();
        if (opening != null) {
            cmds.add(opening.command() + " (" + who(opening, r) + ")");
        }
        commands.forEach(v -> cmds.add(v.command() + " (" + who(v, r) + "; from " + String.join(" or ", from.get(v.command()))
                + (v.repeats() ? ", again and again: it keeps the state" : "") + ")"));
        b.append(", changed by the commands ").append(String.join(", ", cmds));
        b.append("; each command a conditional update on the version read and the states it may run from, with its transition kept");
        if (!r.references().isEmpty()) {
            b.append("; it refers to ").append(String.join(", ", r.references()));
        }
        for (Invariant i : r.invariants()) {
            if (i.active() != null && missing(i, where) == null) {
                continue; // quoted with the limit it states, below
            }
            b.append("; invariant '").append(safe(i.name())).append("' (").append(i.sentence().field().label()).append(" \"").append(safe(i.sentence().text()))
                    .append("\")");
            String missing = missing(i, where);
            if (missing != null) {
                b.append(", not enforced by the data model: ").append(safe(missing)).append(" (an open question)");
            } else if (i.counter() != null) {
                String counted = counted(i.counter(), where);
                b.append(", kept by ").append(Names.table(i.counter())).append("_count <= ").append(Names.table(i.counter())).append("_limit")
                        .append(counted == null ? ", raised by a conditional update" : ", raised by each " + one(counted)
                                + " in its own transaction (a conditional update on this row)");
            } else if (i.comparison() != null) {
                b.append(", kept by ").append(i.comparison().condition());
            } else if (i.guard() != null && !lifecycleInStore(i.guard().capability(), where)) {
                b.append(", kept by reading, with a lock in the same transaction, a copy of the ").append(one(i.guard().capability()))
                        .append("'s status kept in this store from its events; it trails that record by the event's delay");
            } else if (i.guard() != null) {
                b.append(", kept by reading the ").append(one(i.guard().capability())).append("'s status with a lock in the same transaction");
            }
        }
        for (Held h : held) {
            b.append("; at most ").append(h.limit().most()).append(" active per ").append(String.join(" and ", h.limit().per())).append(" (")
                    .append(safe(h.reason())).append("), kept by ").append(h.limit().most() == 1 ? "a partial unique index on " + String.join(", ", h.columns())
                            + " over the states " + String.join(", ", active) : "a count taken under a lock on the " + String.join(" and ", h.limit().per())
                            + " in the writing transaction");
        }
        b.append(". Designed from the request's own words: ");
        List<String> quoted = new ArrayList<>();
        for (Found f : r.found()) {
            String q = f.sentence().field().label() + " \"" + safe(f.sentence().text()) + "\" ('" + f.form() + "')";
            if (!quoted.contains(q)) {
                quoted.add(q);
            }
        }
        b.append(String.join("; ", quoted));
        return b.toString();
    }

    private String who(Verb v, Reading r) {
        return switch (r.by(v)) {
            case OWNER, STAFF -> {
                String p = v == r.opening() ? r.creator() : r.performer(v);
                yield p == null ? (r.by(v) == By.OWNER ? "its owner" : "staff") : "the " + p.toLowerCase(Locale.ROOT);
            }
            case SYSTEM -> r.systemChecked().contains(v.command()) ? "by the system, after its check" : "on an event";
            case TIMER -> "after " + (r.period() == null ? "its period" : r.period());
        };
    }

    /** Request text quoted into a shape: no token of the shape notation may come from it. */
    private static String safe(String text) {
        return text.replace("${", "$ {");
    }

    /** The table of a capability's records: its name in the singular ("seat packs": seat_pack). */
    private static String table(String capability) {
        return Names.table(Names.singular(String.join(" ", phrase(capability))));
    }

    /** One of a capability's records, in words ("seat packs": seat pack). */
    private static String one(String capability) {
        return Names.singular(String.join(" ", phrase(capability)));
    }

    private static String lastWord(String capability) {
        List<String> p = phrase(capability);
        return p.isEmpty() ? capability : p.get(p.size() - 1);
    }

    static Map<String, Object> index(List<String> fields, boolean unique, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fields", fields);
        m.put("unique", unique);
        m.put("reason", reason);
        return m;
    }

    static Map<String, Object> constraint(String kind, List<String> fields, List<String> values, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("fields", fields);
        m.put("values", values);
        m.put("reason", reason);
        return m;
    }

    static Map<String, Object> response(int status, String schema, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        if (schema != null) {
            m.put("schema", schema);
        }
        if (description != null) {
            m.put("description", description);
        }
        return m;
    }

    static Map<String, Object> operation(String id, String method, String path, String summary, String request, String page,
                                                 List<String> query, boolean idempotent, List<Map<String, Object>> responses) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("method", method);
        m.put("path", path);
        m.put("summary", summary);
        if (request != null) {
            m.put("request", request);
        }
        if (page != null) {
            m.put("page", page);
        }
        m.put("query", query);
        m.put("idempotent", idempotent);
        m.put("responses", responses);
        return m;
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
