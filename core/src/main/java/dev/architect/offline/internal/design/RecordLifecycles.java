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
record RecordLifecycles(String initial, String timer, List<Verb> verbs, List<String> conditions, List<String> limits) {

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

    /** A verb of the lexicon: its command, forms, the state it leads to, who does it, whether it creates the record, the nouns of the act. */
    record Verb(String command, List<String> forms, String state, By by, boolean opens, List<String> acts) {
        Verb {
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
        }
    }

    RecordLifecycles {
        verbs = List.copyOf(verbs == null ? List.of() : verbs);
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        limits = List.copyOf(limits == null ? List.of() : limits);
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

    /** A verb found acting on the record, in which sentence, the form used. */
    record Found(Verb verb, Sentence sentence, String form) {
    }

    /** A condition the record keeps: its name (from the marker to the end of its clause) and the sentence quoted. */
    record Invariant(String name, Sentence sentence, String counter) {
    }

    /** What the request's sentences say of one capability. */
    record Reading(List<Found> found, List<Invariant> invariants, List<String> references, String period, String owner, String staff,
                   Map<String, String> performers) {

        Reading {
            performers = Map.copyOf(performers == null ? Map.of() : performers);
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
            if (named != null) {
                return named;
            }
            return switch (v.by()) {
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

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:'s)?|[,;:()]");
    private static final Pattern PERIOD = Pattern.compile("\\b(after|within|for|in)\\s+(\\d+|one|two|three|four|five|six|seven|ten|twelve|thirty)"
            + "\\s+(minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years)\\b");
    private static final Pattern BARE_PERIOD = Pattern.compile("\\b(\\d+)\\s+(minutes|hours|days|weeks|months|years)\\b");
    private static final Pattern COUNTED = Pattern.compile("\\b(\\d+)\\s+([a-z]+)\\b");
    private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "second", "seconds", "ms", "percent");
    /** Words that may stand between a verb and its object ("reviews the flags"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "each", "every", "their", "its", "his", "her", "our", "your", "all",
            "any", "new", "own", "this", "that", "these", "those");
    /** Words that may stand between a subject and its verb ("a bet is accepted", "must never be exceeded"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "must", "can",
            "may", "should", "will", "only", "never", "ever", "not", "then", "always", "also", "first", "automatically", "immediately", "once");
    private static final Set<String> PREPOSITIONS = Set.of("for", "against", "at", "on", "of", "to", "from", "with", "in", "per", "under", "about", "by");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "for", "against", "at", "on", "of", "to", "from", "with", "in",
            "per", "under", "by", "is", "are", "was", "were", "be", "when", "if", "while", "beyond", "before", "after", "within", "into", "over",
            "through", "than", "as", "via", "across", "between", "without", "until", "upon", "who", "which", "that", "whose", "where", "no", "not",
            ",", ";", ":", "(", ")");

    /**
     * The lifecycle design of a capability, or empty where no sentence of the request uses a verb of the lexicon on it.
     *
     * @param capabilities every capability of the request, in its order (the others a sentence names become references)
     */
    Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request, List<String> capabilities) {
        Reading r = read(names.capability(), request, capabilities);
        if (r.found().isEmpty()) {
            return Optional.empty();
        }
        Found first = r.found().get(0);
        Evidence evidence = new Evidence(first.sentence().field(), first.form(), first.sentence().text());
        CapabilityShapes.CapabilityShape shape = shape(names, r);
        return Optional.of(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null));
    }

    /** What the request says of one capability: the verbs acting on it, its conditions, references, period and actors. */
    Reading read(String capability, ConsultationRequest request, List<String> capabilities) {
        List<Sentence> sentences = sentences(request);
        List<String> head = phrase(capability);
        if (head.isEmpty()) {
            return new Reading(List.of(), List.of(), List.of(), null, null, null, Map.of());
        }
        List<Found> found = new ArrayList<>();
        List<Invariant> invariants = new ArrayList<>();
        Set<String> references = new LinkedHashSet<>();
        String period = null;
        String owner = null;
        String staff = null;
        Map<String, String> performers = new HashMap<>();
        for (Sentence s : sentences) {
            String plain = s.text().toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
            List<String> tokens = tokens(s.text());
            List<int[]> at = named(tokens, head);
            List<Found> here = new ArrayList<>();
            for (int[] p : at) {
                here.addAll(actingOn(tokens, p[0], p[1], s));
            }
            here.addAll(nominal(tokens, head, s));
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
                        || named(ct, head).stream().anyMatch(p -> p[0] <= 2);
                if (!aboutIt) {
                    continue;
                }
                conditionIn(clause, ct, s, plain).ifPresent(inv -> {
                    if (invariants.stream().noneMatch(x -> x.name().equals(inv.name()))) {
                        invariants.add(inv);
                    }
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
            return new Reading(List.of(), List.of(), List.of(), null, null, null, Map.of());
        }
        performers.keySet().retainAll(found.stream().map(f -> f.verb().command()).toList());
        return new Reading(found, invariants, List.copyOf(references), period, owner, staff, performers);
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

    /** The actor whose name ends at token {@code i} (its last word singular or plural), or null. */
    private static String actorNamedAt(List<String> tokens, int i, List<Actor> actors) {
        for (Actor a : actors) {
            List<String> name = phrase(a.name());
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
        if (j < tokens.size() && (between > 0 || present)) {
            int end = chain(tokens, j, s, out);
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
                end = chain(tokens, next, s, out);
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
        if (k >= 0 && i - k <= 3 && verb(tokens.get(k)) != null) {
            out.add(new Found(verb(tokens.get(k)), s, tokens.get(k)));
            // "approves or rejects proposals": the verbs coordinated before it act on the same record
            while (k >= 2 && Set.of("or", "and", ",").contains(tokens.get(k - 1)) && verb(tokens.get(k - 2)) != null) {
                k -= 2;
                out.add(new Found(verb(tokens.get(k)), s, tokens.get(k)));
            }
        }
        // "a suspended market": a participle right before the record is a state it can be in
        if (i > 0 && verb(tokens.get(i - 1)) != null && (tokens.get(i - 1).endsWith("ed") || tokens.get(i - 1).endsWith("en")
                || Set.of("held", "lent", "paid", "upheld").contains(tokens.get(i - 1)))) {
            Verb v = verb(tokens.get(i - 1));
            if (out.stream().noneMatch(f -> f.verb() == v)) {
                out.add(new Found(v, s, tokens.get(i - 1)));
            }
        }
        return out;
    }

    /** The verb at {@code j}, and those coordinated with it ("accepted and settled"); the index of the last of them. */
    private int chain(List<String> tokens, int j, Sentence s, List<Found> out) {
        int at = j;
        int last = -1;
        while (at < tokens.size() && verb(tokens.get(at)) != null) {
            out.add(new Found(verb(tokens.get(at)), s, tokens.get(at)));
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

    /** A condition the clause states about the record, named from its marker to the end of the clause. */
    private Optional<Invariant> conditionIn(String clause, List<String> ct, Sentence s, String plain) {
        Words words = Words.of(clause);
        Optional<String> marker = words.firstMatch(conditions);
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        List<String> markerTokens = tokens(marker.get());
        int from = positions(ct, markerTokens).stream().findFirst().orElse(0);
        String name = String.join(" ", ct.subList(from, ct.size())).strip();
        if (markerTokens.equals(List.of("no")) || from <= 1) {
            name = String.join(" ", ct).strip();
        }
        String counter = null;
        if (Words.of(clause).containsAny(limits)) {
            counter = counterNoun(ct, s.text().toLowerCase(Locale.ROOT)).orElse(null);
        }
        return Optional.of(new Invariant(name, s, counter));
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

    private Verb verb(String token) {
        for (Verb v : verbs) {
            if (v.forms().contains(token)) {
                return v;
            }
        }
        return null;
    }

    /** A capability's words, lower case. */
    private static List<String> phrase(String capability) {
        return tokens(capability).stream().filter(w -> w.matches("[a-z0-9]+")).toList();
    }

    /** Where the phrase occurs in the tokens, its last word in the singular or the plural. */
    private static List<Integer> positions(List<String> tokens, List<String> phrase) {
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
                        && (before == null || DETERMINERS.contains(before) || verb(before) != null || before.equals(",") || before.equals(":"))) {
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

    /** The states in lifecycle order: the opening state first, then each verb's state as the sentences name them. */
    List<String> states(Reading r) {
        List<String> states = new ArrayList<>();
        Verb opening = r.opening();
        states.add(opening == null ? initial : opening.state());
        r.found().forEach(f -> {
            if (!states.contains(f.verb().state())) {
                states.add(f.verb().state());
            }
        });
        if (r.period() != null && r.found().stream().noneMatch(f -> f.verb().by() == By.TIMER)) {
            states.add(timerVerb().state());
        }
        return states;
    }

    /** The commands after the opening one, with the timed one where a period is stated. */
    List<Verb> commands(Reading r) {
        List<Verb> out = new ArrayList<>();
        Verb opening = r.opening();
        r.found().stream().map(Found::verb).filter(v -> v != opening && !out.contains(v)).forEach(out::add);
        if (r.period() != null && out.stream().noneMatch(v -> v.by() == By.TIMER)) {
            out.add(timerVerb());
        }
        return out;
    }

    private Verb timerVerb() {
        return verbs.stream().filter(v -> v.command().equals(timer)).findFirst().orElseThrow();
    }

    private CapabilityShapes.CapabilityShape shape(CapabilityShapes.ShapeNames names, Reading r) {
        List<String> states = states(r);
        List<Verb> commands = commands(r);
        Verb opening = r.opening();
        String openCommand = opening == null ? "create" : opening.command();
        String creator = r.creator();
        String ownerColumn = creator == null ? "owner_id" : Names.table(creator) + "_id";
        String ownerProperty = Names.camel(ownerColumn);
        boolean queue = commands.stream().anyMatch(v -> v.by() == By.STAFF);
        List<String> refColumns = r.references().stream().map(ref -> Names.table(Names.singular(lastWord(ref))) + "_id")
                .filter(col -> !col.equals(ownerColumn)).distinct().toList();
        Set<String> counters = new LinkedHashSet<>();
        r.invariants().stream().map(Invariant::counter).filter(java.util.Objects::nonNull).map(Names::table).forEach(counters::add);

        // the record
        List<String> fields = new ArrayList<>(List.of("id:UUID", ownerColumn + ":UUID"));
        refColumns.forEach(col -> fields.add(col + ":UUID"));
        fields.add("status:TEXT");
        fields.add("version:BIGINT");
        counters.forEach(c -> {
            fields.add(c + "_count:INTEGER");
            fields.add(c + "_limit:INTEGER");
        });
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
                + " by state (its own capability keeps that record; no foreign key across capabilities)")));
        List<Map<String, Object>> constraints = new ArrayList<>();
        constraints.add(constraint("ONE_OF", List.of("status"), states, "a ${name} is in one of the states its sentences name"));
        constraints.add(constraint("NOT_NEGATIVE", List.of("version"), List.of(),
                "each command is a conditional update on the version the caller read, so two commands never both apply"));
        for (String c : counters) {
            Invariant inv = r.invariants().stream().filter(x -> x.counter() != null && Names.table(x.counter()).equals(c)).findFirst().orElseThrow();
            constraints.add(constraint("NOT_NEGATIVE", List.of(c + "_count"), List.of(), "a count of " + Names.plural(c.replace('_', ' ')) + " never goes below zero"));
            constraints.add(constraint("AT_MOST", List.of(c + "_count", c + "_limit"), List.of(),
                    "'" + inv.name() + "': the count is raised by a conditional update (where " + c + "_count < " + c + "_limit), so the limit is never passed"));
        }
        if (r.period() != null) {
            constraints.add(constraint("ORDERED", List.of("created_at", "expires_at"), List.of(), "a ${name} expires after it began"));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "${table}");
        record.put("description", "A ${name}: its state (" + String.join(", ", states) + "), when it reached each, and its version"
                + (refColumns.isEmpty() ? "" : "; " + String.join(", ", refColumns) + " refer to the records of "
                + String.join(", ", r.references()) + ", kept by their own capabilities")
                + (counters.isEmpty() ? "" : "; each count is raised by a conditional update that never passes its limit"));
        record.put("fields", fields);
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
        if (r.period() != null) {
            props.add("expiresAt:DATE_TIME?");
        }
        props.add("createdAt:DATE_TIME!");
        props.add("updatedAt:DATE_TIME!");
        schemas.put("${Schema}", props);
        List<String> input = new ArrayList<>(List.of(ownerProperty + ":UUID!"));
        refColumns.forEach(col -> input.add(Names.camel(col) + ":UUID!"));
        counters.forEach(c -> input.add(Names.camel(c + "_limit") + ":INTEGER!"));
        schemas.put("${Schema}Input", input);
        schemas.put("${Schema}Command", List.of("expectedVersion:INTEGER!", "reason:STRING"));
        schemas.put("${Schema}Transition", List.of("command:STRING!", "fromStatus:STRING?", "toStatus:STRING!", "actorId:UUID?", "occurredAt:DATE_TIME!"));
        String conditionText = r.invariants().isEmpty() ? "" : ", or it would break '" + safe(r.invariants().get(0).name()) + "'";
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(operation(openCommand + "${Schema}", "POST", "/${path}", Names.capitalise(openCommand) + " a ${name} (state " + states.get(0) + ")",
                "${Schema}Input", null, List.of(), true, List.of(response(201, "${Schema}", "Recorded in " + states.get(0)),
                        response(409, null, "Already recorded under another Idempotency-Key" + conditionText), response(422, null, null))));
        operations.add(operation("list${Schema}", "GET", "/${path}", "The caller's ${name} records, or a state's queue for staff, newest first",
                null, "${Schema}", List.of("status:STRING"), false, List.of()));
        operations.add(operation("get${Schema}", "GET", "/${path}/{${id}}", "One ${name} with its state and version", null, null, List.of(), false,
                List.of(response(200, "${Schema}", "The ${name}"), response(404, null, null))));
        for (Verb v : commands) {
            if (v.by() == By.TIMER) {
                continue;
            }
            operations.add(operation(v.command() + "${Schema}", "POST", "/${path}/{${id}}/" + v.command(),
                    Names.capitalise(v.command()) + " the ${name} (state " + v.state() + ")" + (v.by() == By.STAFF ? ", by staff" : v.by() == By.SYSTEM
                            ? ", on the event that triggers it" : ""), "${Schema}Command", null, List.of(), true,
                    List.of(response(200, "${Schema}", Names.capitalise(v.state().toLowerCase(Locale.ROOT).replace('_', ' '))), response(404, null, null),
                            response(409, null, "Not allowed from the current state, or expectedVersion is not the current version" + conditionText))));
        }
        operations.add(operation("list${Schema}Transitions", "GET", "/${path}/{${id}}/transitions", "The ${name}'s history, oldest first", null,
                "${Schema}Transition", List.of(), false, List.of()));

        // the main lifecycle as a sequence
        List<String> steps = new ArrayList<>();
        String opener = person(creator, opening != null && opening.by() == By.STAFF ? "staff" : "actor");
        steps.add(opener + " -> entry: POST /${path} with Idempotency-Key");
        steps.add("entry -> unit: " + Names.capitalise(openCommand));
        steps.add("unit -> store: Insert the ${name} in " + states.get(0) + " with its first transition, in one transaction (unique "
                + ownerColumn + " + idempotency key)" + checks(r));
        steps.add("entry --> " + opener + ": 201 ${name}, or 409");
        for (Verb v : commands) {
            String update = "unit -> store: Update status to " + v.state() + " where id and version match and the state allows it; insert the transition"
                    + (counters.isEmpty() || v.by() == By.TIMER ? "" : checks(r));
            switch (v.by()) {
                case TIMER -> steps.add("unit -> store: Every minute, set " + v.state() + " where expires_at has passed (" + r.period()
                        + " after it began); insert each transition");
                case SYSTEM -> {
                    steps.add("broker ~> unit: The event that " + v.command() + "s the ${name}, relayed from its source's outbox");
                    steps.add(update);
                }
                default -> {
                    String who = person(r.performer(v), v.by() == By.STAFF ? "staff" : "actor");
                    steps.add(who + " -> entry: POST /${path}/{id}/" + v.command() + " with expectedVersion");
                    steps.add("entry -> unit: " + Names.capitalise(v.command()));
                    steps.add(update);
                    steps.add("entry --> " + who + ": 200 " + v.state() + ", or 409");
                }
            }
        }
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("id", "${path}-lifecycle");
        flow.put("title", "The ${name} lifecycle: " + String.join(", ", states));
        flow.put("description", "Each command is a conditional update on the version read, with its transition, in one transaction");
        flow.put("steps", steps);

        String requirement = requirement(r, states, commands);
        List<String> phrases = r.found().stream().map(Found::form).distinct().toList();
        return new CapabilityShapes.CapabilityShape("record-lifecycle", "record with a lifecycle", phrases, List.of(), List.of(), List.of(), List.of(),
                null, requirement, tree(List.of(record, history)), tree(schemas), tree(operations), tree(List.of(flow)), false);
    }

    /**
     * The flow participant who carries out a command: the request's actor the sentences name ({@code person:<slug>},
     * resolved by the design to that actor), else the role the verb list gives.
     */
    private static String person(String actor, String role) {
        return actor == null ? role : Topology.PERSON + Names.slug(actor);
    }

    /** The conditions checked in a command's transaction. */
    private static String checks(Reading r) {
        if (r.invariants().isEmpty()) {
            return "";
        }
        return "; check " + String.join("; ", r.invariants().stream().map(i -> "'" + safe(i.name()) + "'"
                + (i.counter() == null ? "" : " (raise " + Names.table(i.counter()) + "_count only where it is below " + Names.table(i.counter()) + "_limit)")).toList());
    }

    private String requirement(Reading r, List<String> states, List<Verb> commands) {
        StringBuilder b = new StringBuilder("Keep each ${name} as a record with a lifecycle, ");
        b.append(String.join(", then ", states));
        Verb opening = r.opening();
        List<String> cmds = new ArrayList<>();
        if (opening != null) {
            cmds.add(opening.command() + " (" + who(opening, r) + ")");
        }
        commands.forEach(v -> cmds.add(v.command() + " (" + who(v, r) + ")"));
        b.append(", changed by the commands ").append(String.join(", ", cmds));
        b.append("; each command a conditional update on the version read, with its transition kept");
        if (!r.references().isEmpty()) {
            b.append("; it refers to ").append(String.join(", ", r.references()));
        }
        for (Invariant i : r.invariants()) {
            b.append("; invariant '").append(safe(i.name())).append("' (").append(i.sentence().field().label()).append(" \"").append(safe(i.sentence().text()))
                    .append("\")");
            if (i.counter() != null) {
                b.append(", kept by ").append(Names.table(i.counter())).append("_count <= ").append(Names.table(i.counter())).append("_limit");
            }
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
        return switch (v.by()) {
            case OWNER, STAFF -> {
                String p = v == r.opening() ? r.creator() : r.performer(v);
                yield p == null ? (v.by() == By.OWNER ? "its owner" : "staff") : "the " + p.toLowerCase(Locale.ROOT);
            }
            case SYSTEM -> "on an event";
            case TIMER -> "after " + (r.period() == null ? "its period" : r.period());
        };
    }

    /** Request text quoted into a shape: no token of the shape notation may come from it. */
    private static String safe(String text) {
        return text.replace("${", "$ {");
    }

    private static String lastWord(String capability) {
        List<String> p = phrase(capability);
        return p.isEmpty() ? capability : p.get(p.size() - 1);
    }

    private static Map<String, Object> index(List<String> fields, boolean unique, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fields", fields);
        m.put("unique", unique);
        m.put("reason", reason);
        return m;
    }

    private static Map<String, Object> constraint(String kind, List<String> fields, List<String> values, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("fields", fields);
        m.put("values", values);
        m.put("reason", reason);
        return m;
    }

    private static Map<String, Object> response(int status, String schema, String description) {
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

    private static Map<String, Object> operation(String id, String method, String path, String summary, String request, String page,
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

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
