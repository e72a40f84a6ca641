package dev.architect.offline.internal.design;

import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.OpenQuestion;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule the client writes as a sentence ("a student must never hold two offers", "no order may exceed the trader's open
 * limit", "a load can only be accepted once its weight ticket is signed") read into a typed invariant bound to the entity
 * of the data model whose name the sentence's nouns give (singular or plural, {@link Names}); the grammar is data, {@code
 * dev/architect/offline/rule-invariants.yaml}. A rule whose record no entity names is an open question quoting it, never a
 * guess. {@link RuleLandings} puts each bound invariant where an architect expects it.
 *
 * @param modals the words that make a sentence a rule
 * @param narrative the words after a modal that make it an account of the past
 * @param people the words after "only" that make it an authorisation
 * @param determiners the words before a noun
 * @param auxiliaries the words that end a clause's subject
 * @param scopes the words before what a limit is counted per
 * @param frequencies the words a scope or a condition's noun never is ("once a day", "per hour")
 * @param ended the states of a record that free what it held
 * @param kinds the kinds in the order tried, each with its cues, status and problem type
 * @param negations the words that make a modal a negation, which a negated kind needs
 * @param reads the verbs that make a capability a read, whose record holds no rule on a write
 * @param creation the verbs of a once-only rule that count the record itself: its creating write is the act
 * @param retention the verbs that say how long a record is kept
 * @param windows the words after an immutability cue that bound it to a window of time, not to a record
 * @param pronouns the words that stand for a record or a party without naming one
 * @param perceiving the verbs right after a modal that make the clause about who may see or learn a thing, not about records
 */
record RuleInvariants(List<String> modals, List<String> narrative, List<String> people, List<String> determiners, List<String> auxiliaries,
                      List<String> scopes, List<String> frequencies, List<String> ended, List<KindForms> kinds, List<String> negations,
                      List<String> reads, List<String> creation, List<String> retention, List<String> windows, List<String> pronouns,
                      List<String> perceiving) {

    static final String RESOURCE = "/dev/architect/offline/rule-invariants.yaml";

    /** What a rule keeps. */
    enum Kind {
        /**
         * A record is never changed once written: its versions are append-only rows (a database guard refuses UPDATE and
         * DELETE), a correction is a new version, and a stated retention is kept on each version.
         */
        IMMUTABLE,
        /** Two records of one scope never cover the same time: an exclusion constraint over their periods. */
        EXCLUSIVE_IN_TIME,
        /** A command runs only once another record has reached a state: a state check in the command's transaction. */
        PRECONDITION,
        /** A record never takes more than a reference quantity: the reference row locked and reserved in one transaction. */
        NOT_EXCEED,
        /** An act happens once per thing: a column set once by a conditional update, with a unique retry key. */
        ONCE_ONLY,
        /** At most N standing records per scope (N of 2 or more): a count under a lock in the writing transaction. */
        COUNT_CAP,
        /** One standing record per scope: a partial unique index over the standing states. */
        UNIQUE_PER_SCOPE
    }

    /**
     * How one kind is written: its cue phrases, those among them that make it only where the record has a period, the
     * phrases in whose words a cue is none ("at once"), the status a command refused by it answers with and the problem type's last segment;
     * {@code guardedBy}, where set, is the constraint of the data model that already keeps a rule of the kind on a record that
     * carries it (an append-only table refuses every change), so a rule whose subject names such a record is kept, not asked.
     */
    record KindForms(Kind kind, List<String> cues, List<String> periodOnly, List<String> excluding, int status, String problem, String requirement,
                     String check, boolean negated, dev.architect.dossier.ConstraintKind guardedBy) {

        /** The tokens a requirement or a check may use. */
        static final Set<String> TOKENS = Set.of("${sentence}", "${field}", "${noun}", "${table}", "${keeper}", "${status}", "${problem}");

        KindForms {
            cues = List.copyOf(cues == null ? List.of() : cues);
            for (String c : cues) {
                if (c == null || !c.matches("[a-z0-9]+( [a-z0-9]+)*")) {
                    throw new IllegalStateException("kind " + kind + ": cue '" + c + "' is not lower-case whole words");
                }
            }
            periodOnly = List.copyOf(periodOnly == null ? List.of() : periodOnly);
            excluding = List.copyOf(excluding == null ? List.of() : excluding);
            if (kind == null || cues.isEmpty()) {
                throw new IllegalStateException("a kind needs its name and at least one cue");
            }
            if (!cues.containsAll(periodOnly)) {
                throw new IllegalStateException("kind " + kind + ": a period-only cue must be one of its cues");
            }
            if (status != 409 && status != 422) {
                throw new IllegalStateException("kind " + kind + ": status " + status + " is neither 409 (a conflict with what is stored)"
                        + " nor 422 (the request itself breaks the rule)");
            }
            if (problem == null || !problem.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalStateException("kind " + kind + ": problem '" + problem + "' must be lower-case words joined by '-'");
            }
            for (String text : new String[] {requirement, check}) {
                if (text == null || text.isBlank() || !text.contains("${sentence}")) {
                    throw new IllegalStateException("kind " + kind + ": a requirement and a check must each quote the ${sentence}");
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{[a-z]+}").matcher(text);
                while (m.find()) {
                    if (!TOKENS.contains(m.group())) {
                        throw new IllegalStateException("kind " + kind + ": unknown token " + m.group());
                    }
                }
            }
        }
    }

    /**
     * A rule read from a sentence: its kind, where the sentence stands and its text, the entity it binds to (null: no entity
     * is named), what it is counted per (a column's noun), the most standing records, the owner and words of a reference
     * quantity, the act it limits ("accepted", "paid") and, for a precondition, the record and state it waits for; the
     * records that fit its subject equally (then no entity: an open question naming them) and the years a record is kept.
     */
    record Rule(Kind kind, String field, String sentence, String entity, String scope, int most, String owner, String quantity, String act,
                String guard, String state, List<String> rivals, int years) {

        Rule {
            rivals = List.copyOf(rivals == null ? List.of() : rivals);
        }

        Rule(Kind kind, String field, String sentence, String entity, String scope, int most, String owner, String quantity, String act,
             String guard, String state) {
            this(kind, field, sentence, entity, scope, most, owner, quantity, act, guard, state, List.of(), 0);
        }

        /** The rule's slug, for the problem type and ids. */
        String slug() {
            return Names.slug((entity == null ? "rule" : entity.replace('_', ' ')) + " " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (scope == null ? "" : " " + scope) + (act == null || quantity != null || kind != Kind.ONCE_ONLY && kind != Kind.PRECONDITION ? "" : " " + act)
                    + (quantity == null ? "" : " " + quantity));
        }
    }

    RuleInvariants {
        modals = Words.phrases(RESOURCE, "modals", modals);
        narrative = Words.phrases(RESOURCE, "narrative", narrative);
        people = Words.phrases(RESOURCE, "people", people);
        determiners = Words.phrases(RESOURCE, "determiners", determiners);
        auxiliaries = Words.phrases(RESOURCE, "auxiliaries", auxiliaries);
        scopes = Words.phrases(RESOURCE, "scopes", scopes);
        frequencies = Words.phrases(RESOURCE, "frequencies", frequencies);
        ended = Words.phrases(RESOURCE, "ended", ended);
        negations = Words.phrases(RESOURCE, "negations", negations);
        reads = Words.phrases(RESOURCE, "reads", reads);
        creation = Words.phrases(RESOURCE, "creation", creation);
        retention = Words.phrases(RESOURCE, "retention", retention);
        windows = Words.phrases(RESOURCE, "windows", windows);
        pronouns = Words.phrases(RESOURCE, "pronouns", pronouns);
        perceiving = Words.phrases(RESOURCE, "perceiving", perceiving);
        kinds = List.copyOf(kinds == null ? List.of() : kinds);
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (KindForms k : kinds) {
            if (!seen.add(k.kind())) {
                throw new IllegalStateException("kind " + k.kind() + " is written twice");
            }
        }
        for (Kind k : Kind.values()) {
            if (!seen.contains(k)) {
                throw new IllegalStateException("kind " + k + " is missing: a rule of that kind would not be read");
            }
        }
    }

    private static final class Holder {
        static final RuleInvariants STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, RuleInvariants.class,
                "rule invariants");
    }

    static RuleInvariants standard() {
        return Holder.STANDARD;
    }

    /** Reads a grammar in the shipped layout; the error names the file, the entry and what is wrong. */
    static RuleInvariants read(InputStream in, String source) {
        return dev.architect.offline.internal.catalog.DataFiles.read(in, source, RuleInvariants.class, "rule invariants");
    }

    KindForms forms(Kind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    /** A sentence of the request and the part it stands in. */
    private record Said(String field, String text) {

        /**
         * The clause a rule was read from, with the clause before it that says which record where it has no modal of its own
         * ("once submitted, a return is never changed"): what a landing quotes as kept, never the clauses of the sentence
         * that state other rules ("privileged never produced, Bates numbers never reused, originals never altered").
         */
        Said part(String lead, String clause) {
            String own = clause.strip().replaceFirst("^(?i)(and|but|or|while|whereas)\\s+", "");
            String quoted = lead.isBlank() ? own : lead.strip() + ", " + own;
            return quoted.isBlank() ? this : new Said(field, quoted);
        }
    }

    /**
     * The rules the request's sentences state, each bound to an entity of the data model where one is named, in the order
     * the request says them; one rule per entity, kind and scope.
     *
     * @param request the request whose description, goals, actors' descriptions and constraints are read
     * @param model the data model whose entities the rules bind to
     */
    List<Rule> read(ConsultationRequest request, DataModel model) {
        return read(request, model, Map.of());
    }

    /**
     * The rules the request's sentences state, each bound to the entity its subject names, through the capability that
     * writes it: a record whose capability only reads never holds a rule, and where two records fit the subject equally the
     * rule names both and binds neither (an open question).
     *
     * @param request the request whose description, goals, actors' descriptions and constraints are read
     * @param model the data model whose entities the rules bind to
     * @param writers each capability's table and the capability's name, the words its record is reached by
     */
    List<Rule> read(ConsultationRequest request, DataModel model, Map<String, List<String>> writers) {
        List<Said> said = new ArrayList<>();
        for (RecordLifecycles.Sentence s : RecordLifecycles.sentences(request)) {
            said.add(new Said(s.field().label(), s.actor() == null ? s.text() : s.text().substring(s.actor().length() + 2)));
        }
        for (String c : request.constraints()) {
            CapabilityShapes.sentences(c).forEach(t -> said.add(new Said("constraint", t)));
        }
        List<Rule> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int n = 0; n < said.size(); n++) {
            Said s = said.get(n);
            String lead = "";
            // a comma or colon between digits is a number's or a time's ("8,000 transfers", "06:30"), no clause's end
            for (String clause : s.text().split("(?<!\\d)[,:]|[,:](?!\\d)")) {
                Rule r = rule(clause, lead, s.part(lead, clause), request, model, writers);
                // a clause with no modal before the rule's ("once submitted, a return is never changed") says which record
                lead = modalAt(RecordLifecycles.tokens(clause)) < 0 ? clause : "";
                if (r != null && r.kind() == Kind.IMMUTABLE) {
                    r = withYears(r, kept(s, said.subList(n + 1, Math.min(n + 3, said.size())).stream().filter(x -> x.field().equals(s.field())).toList()));
                }
                // one open question per sentence, however many of its clauses state a rule
                if (r != null && keys.add(r.entity() == null ? r.sentence() : r.entity() + "|" + r.kind() + "|" + r.scope() + "|" + r.act() + "|"
                        + r.quantity())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** An entity named in a clause: where it starts, how many words, and its name. */
    record Mention(int at, int length, String entity) {
    }

    private Rule rule(String clause, String lead, Said s, ConsultationRequest request, DataModel model, Map<String, List<String>> writers) {
        List<String> t = RecordLifecycles.tokens(clause);
        int modal = modalAt(t);
        // a modal in an account, about the delivery or before a response time ("answers in at most 300 ms") states no rule
        if (modal < 0 || !RuleLedger.standard().statesRule(this, clause)) {
            return null;
        }
        int modalLength = modalLength(t, modal);
        int after = modal + modalLength;
        if (after < t.size() && t.get(after).equals("ever")) {
            after++;
        }
        // "we never had an outage": an account, not a rule
        if (after < t.size() && narrative.contains(t.get(after))) {
            return null;
        }
        // "only staff can see salaries", "a council must never see another council's sessions": who may see what is access
        // control's, never a count of rows ("another" there is someone else's record, not a second one of the same holder)
        if (onlyPeople(t, request) || after < t.size() && perceiving.contains(t.get(after))) {
            return null;
        }
        List<Mention> mentions = mentions(t, model);
        // a counting modal ("at most", "no more than") states a count, never a condition or a period
        String stated = String.join(" ", t.subList(modal, modal + modalLength));
        boolean counting = forms(Kind.COUNT_CAP).cues().contains(stated);
        boolean negating = t.subList(modal, modal + modalLength).stream().anyMatch(negations::contains);
        Rule unboundImmutable = null;
        for (KindForms k : kinds) {
            if (counting && k.kind() != Kind.COUNT_CAP && k.kind() != Kind.UNIQUE_PER_SCOPE || k.negated() && !negating) {
                continue;
            }
            int cue = k.kind() == Kind.IMMUTABLE ? unchanged(k, t, modal, modalLength) : cueAt(k, t, model, mentions);
            if (cue < 0) {
                continue;
            }
            Rule r = bind(k.kind(), t, modal, cue, cueLength(k, t, cue), mentions, s, model, writers, RecordLifecycles.tokens(lead));
            if (r == null) {
                continue; // a kind whose reading is not sure of this clause (a scope of two parts)
            }
            // a record its capability only reads ("see my pre-filled return") never holds a rule on a write
            if (r.entity() != null && readOnly(writers.getOrDefault(r.entity(), List.of()))) {
                r = new Rule(r.kind(), r.field(), r.sentence(), null, r.scope(), r.most(), r.owner(), r.quantity(), r.act(), r.guard(), r.state(),
                        r.rivals(), r.years());
            }
            // a record never changed whose subject names no record (a stamp, a field) is left to the kinds after it, and is an
            // open question only where none of them reads it
            if (r != null && r.kind() == Kind.IMMUTABLE && r.entity() == null && r.rivals().isEmpty()) {
                unboundImmutable = r;
                continue;
            }
            return r;
        }
        return unboundImmutable;
    }

    /**
     * Where an immutability cue follows the modal ("is never changed", "must never be edited"), with only "be" or "ever"
     * between; -1 where none does, or where a window bounds it ("prices are never changed during a sale": a rule on a window).
     */
    private int unchanged(KindForms k, List<String> t, int modal, int modalLength) {
        int i = modal + modalLength;
        boolean be = false;
        while (i < t.size() && Set.of("be", "been", "ever").contains(t.get(i))) {
            be |= !t.get(i).equals("ever");
            i++;
        }
        // a passive: "must never be edited", "is never changed", "cannot be altered"; "prices never changed" is an account
        if (!be && modalLength < 2 && !t.get(modal).equals("cannot") && (modal == 0 || !Set.of("is", "are").contains(t.get(modal - 1)))) {
            return -1;
        }
        for (String cue : k.cues()) {
            List<String> p = List.of(cue.split(" "));
            if (RecordLifecycles.positions(t, p).contains(i)) {
                for (String w : windows) {
                    for (int at : RecordLifecycles.positions(t, List.of(w.split(" ")))) {
                        if (at > i) {
                            return -1;
                        }
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /**
     * The years the sentence keeps a record ("every version is kept 10 years"), else one of the next two of its field that
     * names a noun of the rule's sentence ("Notes are kept for 25 years" after "a clinical note must never be edited"); 0
     * where none says.
     */
    private int kept(Said s, List<Said> next) {
        List<String> own = RecordLifecycles.tokens(s.text());
        List<Said> told = new ArrayList<>(List.of(s));
        for (Said x : next) {
            List<String> t = RecordLifecycles.tokens(x.text());
            if (content(t).stream().anyMatch(w -> w.length() > 3 && !retention.contains(w) && (own.contains(Names.singular(w)) || own.contains(w)))) {
                told.add(x);
            }
        }
        for (Said x : told) {
            List<String> t = RecordLifecycles.tokens(x.text());
            for (int i = 0; i < t.size(); i++) {
                if (!retention.contains(t.get(i))) {
                    continue;
                }
                int j = i + 1;
                if (j < t.size() && t.get(j).equals("for")) {
                    j++;
                }
                if (j + 1 < t.size() && number(t.get(j)) > 0 && Set.of("year", "years").contains(t.get(j + 1))) {
                    return number(t.get(j));
                }
            }
        }
        return 0;
    }

    private static Rule withYears(Rule r, int years) {
        return new Rule(r.kind(), r.field(), r.sentence(), r.entity(), r.scope(), r.most(), r.owner(), r.quantity(), r.act(), r.guard(), r.state(),
                r.rivals(), years);
    }

    private int modalAt(List<String> t) {
        int best = -1;
        for (String m : modals) {
            List<String> p = List.of(m.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                // "no" opens the clause ("no order may ..."), after a conjunction at most; "resumes with no answer lost" is no rule
                if (m.equals("no") && at > (at > 0 && Set.of("and", "or", "but").contains(t.get(0)) ? 1 : 0)) {
                    continue;
                }
                if (best < 0 || at < best) {
                    best = at;
                }
            }
        }
        return best;
    }

    private int modalLength(List<String> t, int at) {
        int longest = 1;
        for (String m : modals) {
            List<String> p = List.of(m.split(" "));
            if (RecordLifecycles.positions(t, p).contains(at)) {
                longest = Math.max(longest, p.size());
            }
        }
        return longest;
    }

    private boolean onlyPeople(List<String> t, ConsultationRequest request) {
        Set<String> who = new HashSet<>(people);
        for (Actor a : request.actors()) {
            List<String> words = RecordLifecycles.tokens(a.name());
            if (!words.isEmpty()) {
                String last = words.get(words.size() - 1);
                who.add(Names.singular(last));
                who.add(Names.plural(last));
            }
        }
        for (int at : RecordLifecycles.positions(t, List.of("only"))) {
            int i = at + 1;
            while (i < t.size() && determiners.contains(t.get(i))) {
                i++;
            }
            if (i < t.size() && who.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entities a clause names, in the clause's order: an entity's whole name ("weight ticket"), else its head noun
     * ("offers" names results_day_offer), the whole name and then the shortest name winning where two start at one word.
     */
    static List<Mention> mentions(List<String> t, DataModel model) {
        List<Mention> found = new ArrayList<>();
        List<Boolean> whole = new ArrayList<>();
        for (Entity e : model.entities()) {
            List<String> words = List.of(e.name().split("_"));
            for (int at : RecordLifecycles.positions(t, words)) {
                found.add(new Mention(at, words.size(), e.name()));
                whole.add(true);
            }
            if (words.size() > 1) {
                for (int at : RecordLifecycles.positions(t, words.subList(words.size() - 1, words.size()))) {
                    found.add(new Mention(at, 1, e.name()));
                    whole.add(false);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            Mention x = found.get(a);
            Mention y = found.get(b);
            if (x.at() != y.at()) {
                return x.at() - y.at();
            }
            if (!whole.get(a).equals(whole.get(b))) {
                return whole.get(a) ? -1 : 1;
            }
            return x.entity().split("_").length - y.entity().split("_").length;
        });
        List<Mention> out = new ArrayList<>();
        int covered = -1;
        for (int i : order) {
            Mention m = found.get(i);
            if (m.at() > covered) {
                out.add(m);
                covered = m.at() + m.length() - 1;
            }
        }
        return out;
    }

    private int cueAt(KindForms k, List<String> t, DataModel model, List<Mention> mentions) {
        for (String cue : k.cues()) {
            List<String> p = List.of(cue.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                int next = at + p.size();
                if (excluded(k, t, at, p.size())) {
                    continue;
                }
                boolean fits = switch (k.kind()) {
                    // a condition opens a clause: "once its ticket is signed", never "once a day"
                    case PRECONDITION -> next + 1 < t.size() && determiners.contains(t.get(next)) && !frequencies.contains(t.get(next + 1));
                    // "at most 12 months" is a period, not a count of records
                    case COUNT_CAP -> next < t.size() && number(t.get(next)) >= 2 && !(next + 1 < t.size() && frequencies.contains(t.get(next + 1)));
                    case EXCLUSIVE_IN_TIME -> !k.periodOnly().contains(cue) || mentions.stream().anyMatch(m -> period(entity(model, m.entity())) != null);
                    case ONCE_ONLY -> !(next < t.size() && determiners.contains(t.get(next)));
                    default -> true;
                };
                if (fits) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Whether the words of a cue at {@code at} lie inside one of the kind's excluding phrases ("at once"). */
    private static boolean excluded(KindForms k, List<String> t, int at, int length) {
        for (String x : k.excluding()) {
            List<String> p = List.of(x.split(" "));
            for (int from : RecordLifecycles.positions(t, p)) {
                if (from <= at && at + length <= from + p.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int cueLength(KindForms k, List<String> t, int at) {
        int longest = 1;
        for (String cue : k.cues()) {
            List<String> p = List.of(cue.split(" "));
            if (RecordLifecycles.positions(t, p).contains(at)) {
                longest = Math.max(longest, p.size());
            }
        }
        return longest;
    }

    private static int number(String word) {
        String digits = word.replace(",", "");
        if (digits.matches("\\d{1,6}")) {
            return Integer.parseInt(digits);
        }
        return Numbers.ofWord(word).orElse(0);
    }

    private Rule bind(Kind kind, List<String> t, int modal, int cue, int cueLength, List<Mention> mentions, Said s, DataModel model,
                      Map<String, List<String>> writers, List<String> lead) {
        Mention before = mentions.stream().filter(m -> m.at() < cue).findFirst().orElse(null);
        Mention afterCue = mentions.stream().filter(m -> m.at() >= cue + cueLength && m.at() <= cue + cueLength + 3).findFirst().orElse(null);
        String scope = scope(t, mentions);
        String subject = subject(t, modal);
        String act = hyphenated(act(t), s.text());
        return switch (kind) {
            case UNIQUE_PER_SCOPE, COUNT_CAP, EXCLUSIVE_IN_TIME -> {
                if (compoundScope(t)) {
                    // "per berth and per tide": a scope of two parts; one of them alone would refuse what the sentence allows
                    yield null;
                }
                Mention counted = afterCue != null ? afterCue : before != null ? before : mentions.stream().findFirst().orElse(null);
                String entity = counted == null ? null : counted.entity();
                // "no double bookings": a subject whose head is the counted record itself names no holder
                String per = scope != null ? scope : subject != null && (entity == null || !Names.table(subject).equals(entity)
                        && !Names.table(head(subject)).equals(entity)) ? subject : null;
                int most = kind == Kind.COUNT_CAP ? number(t.get(cue + cueLength)) : 1;
                yield new Rule(kind, s.field(), s.text(), entity, per, most, null, null, act, null, null);
            }
            case NOT_EXCEED -> {
                // "the trader's open limit", "the credit limit of the account": the owner and the quantity's words
                int i = cue + cueLength;
                // "take a desk past its limit": its owner is the noun before the cue
                Set<String> possessives = Set.of("its", "their", "his", "her");
                // ... but not a verb: "no loan is renewed beyond its limit" (an auxiliary before the word) names no owner
                String owner = (possessives.contains(t.get(i - 1)) || i < t.size() && possessives.contains(t.get(i))) && cue > 0
                        && !auxiliaries.contains(t.get(cue - 1)) && !determiners.contains(t.get(cue - 1))
                        && (cue < 2 || !auxiliaries.contains(t.get(cue - 2))) ? Names.singular(t.get(cue - 1)) : null;
                while (i < t.size() && determiners.contains(t.get(i))) {
                    i++;
                }
                List<String> quantity = new ArrayList<>();
                for (; i < t.size() && !auxiliaries.contains(t.get(i)) && !scopes.contains(t.get(i)) && !Set.of("of", "for", "in", "on", "at", "by", "with",
                        "and", "or").contains(t.get(i)); i++) {
                    String w = t.get(i);
                    if (w.endsWith("'s")) {
                        owner = Names.singular(w.substring(0, w.length() - 2));
                    } else {
                        quantity.add(w);
                    }
                }
                if (owner == null && i + 1 < t.size() && t.get(i).equals("of")) {
                    int j = i + 1;
                    while (j < t.size() && determiners.contains(t.get(j))) {
                        j++;
                    }
                    owner = j < t.size() ? Names.singular(t.get(j)) : null;
                }
                String entity = before == null ? null : before.entity();
                yield new Rule(kind, s.field(), s.text(), quantity.isEmpty() ? null : entity, owner, 0, owner, quantity.isEmpty() ? null
                        : String.join(" ", quantity), act, null, null);
            }
            case ONCE_ONLY -> {
                // the act is the verb the cue limits ("never be lost and never be counted twice": counted); "lost" is durability
                String limited = limited(t, cue);
                Bound on = subjectRecord(t, modal, cue, lead, model, writers);
                if (on.entity() == null && on.rivals().isEmpty() && scope != null) {
                    on = new Bound(mentions.stream().filter(m -> m.entity().equals(Names.table(scope))).map(Mention::entity).findFirst().orElse(null),
                            List.of());
                }
                String entity = on.entity();
                String per = scope != null && entity != null && !Names.table(scope).equals(entity) ? scope : null;
                yield new Rule(kind, s.field(), s.text(), limited == null ? null : entity, per, 1, null, null, limited, null, null,
                        limited == null ? List.of() : on.rivals(), 0);
            }
            case IMMUTABLE -> {
                Bound on = subjectRecord(t, modal, cue, lead, model, writers);
                yield new Rule(kind, s.field(), s.text(), on.entity(), null, 0, null, null, null, null, null, on.rivals(), 0);
            }
            case PRECONDITION -> {
                Mention guard = mentions.stream().filter(m -> m.at() > cue).findFirst().orElse(null);
                String state = null;
                for (int i = cue + cueLength; i + 1 < t.size() && state == null; i++) {
                    if (Set.of("is", "are", "was", "were", "been", "has", "have").contains(t.get(i))
                            && !Set.of("been", "a", "an", "the").contains(t.get(i + 1))) {
                        state = t.get(i + 1);
                    }
                }
                String entity = before == null || act == null ? null : before.entity();
                // the record waited for: an entity where one is named, else the sentence's own words ("a recorded board decision")
                List<String> words = new ArrayList<>();
                for (int i = cue + cueLength; i < t.size() && !auxiliaries.contains(t.get(i)) && !Set.of("by", "of", "for", "in", "on", "at")
                        .contains(t.get(i)); i++) {
                    if (!determiners.contains(t.get(i))) {
                        words.add(t.get(i).replace("'s", ""));
                    }
                }
                String required = guard != null ? guard.entity() : words.isEmpty() ? null : String.join(" ", words);
                yield new Rule(kind, s.field(), s.text(), entity, null, 0, null, null, act, required, state);
            }
        };
    }

    /** The record a rule's subject names, or the records that fit it equally (then none). */
    record Bound(String entity, List<String> rivals) {
    }

    /**
     * The record the rule's subject names with its modifiers, reached through the capability that writes it: the words
     * before the modal (and the clause leading it: "once submitted, a return ..."), else the words between the modal and
     * the cue ("we must never charge a card twice"). Each entity scores one for each noun of the subject its name or its
     * capability's name holds ("return", "receipt number") and two for each participle whose verb its capability does
     * ("submitted": submit and get a receipt number); a capability that only reads ("see my pre-filled return") holds no rule.
     * The best scorer binds; two equal best are rivals, never a guess.
     */
    private Bound subjectRecord(List<String> t, int modal, int cue, List<String> lead, DataModel model, Map<String, List<String>> writers) {
        // a leading clause counts only where it is bare participles ("once submitted", "once signed and sealed")
        List<String> words = new ArrayList<>(content(lead).stream().allMatch(RecordLifecycles::participle) ? lead : List.of());
        // the subject runs to its first auxiliary or modal ("no acknowledged return is ever lost", "so the stamp must be taken")
        int from = modal > 0 && t.get(modal).equals("no") ? modal + 1 : 0;
        int to = from;
        while (to < cue && to != modal && !auxiliaries.contains(t.get(to))) {
            to++;
        }
        List<String> subject = t.subList(from, to);
        if (content(subject).isEmpty()) {
            subject = t.subList(Math.min(modal + 1, cue), cue);
        }
        words.addAll(subject);
        String head = head(subject);
        RecordLifecycles lexicon = RecordLifecycles.standard();
        Set<String> nouns = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        for (String w : content(words)) {
            RecordLifecycles.Verb v = RecordLifecycles.participle(w) ? lexicon.verb(w) : null;
            if (v != null) {
                verbs.add(v.command());
            } else {
                nouns.add(Names.singular(w.replace("'s", "")));
            }
        }
        int best = 0;
        List<String> top = new ArrayList<>();
        for (Entity e : model.entities()) {
            List<String> capabilities = writers.getOrDefault(e.name(), List.of());
            if (readOnly(capabilities)) {
                continue;
            }
            Set<String> named = new HashSet<>();
            for (String w : e.name().split("_")) {
                named.add(Names.singular(w));
            }
            Set<String> done = new HashSet<>();
            List<String> capWords = new ArrayList<>();
            capabilities.stream().filter(c -> !readOnly(List.of(c))).forEach(c -> capWords.addAll(RecordLifecycles.tokens(c)));
            for (String w : capWords) {
                named.add(Names.singular(w));
                // the capability's own act is a verb it does, not a participle of its object ("amend a signed contract")
                RecordLifecycles.Verb v = RecordLifecycles.participle(w) ? null : lexicon.verb(w);
                if (v != null) {
                    done.add(v.command());
                }
            }
            int score = (int) nouns.stream().filter(named::contains).count() + 2 * (int) verbs.stream().filter(done::contains).count();
            // one modifier alone ("clinical" of "a clinical note" in clinical_record) is no evidence: the head noun, a participle
            // of the record's own verb or two words must fit
            if (score < 2 && (head == null || !named.contains(head))) {
                continue;
            }
            if (score > best) {
                best = score;
                top.clear();
            }
            if (score == best && score > 0) {
                top.add(e.name());
            }
        }
        // a record's own parts ("lodge_a_claim_transition" of "lodge_a_claim") fit as it does: the record is meant
        List<String> whole = top.stream().filter(x -> top.stream().noneMatch(y -> x.startsWith(y + "_"))).toList();
        // "an invoice" names invoice rather than supplier_invoice: the one record whose whole name the subject says
        List<String> exact = whole.stream().filter(x -> java.util.Arrays.stream(x.split("_")).allMatch(w -> nouns.contains(Names.singular(w)))).toList();
        return whole.size() == 1 ? new Bound(whole.get(0), List.of()) : exact.size() == 1 ? new Bound(exact.get(0), List.of()) : new Bound(null, whole);
    }

    /**
     * The subject's head noun: the last content word before a relative word or preposition ("return" of "a return that we
     * acknowledged", "claim" of "a lodged claim"), in the singular; null where it has none.
     */
    private String head(List<String> subject) {
        String head = null;
        for (String w : subject) {
            if (RecordLifecycles.FUNCTION_WORDS.contains(w) || pronouns.contains(w)) {
                if (head != null) {
                    break;
                }
                continue;
            }
            if (!content(List.of(w)).isEmpty() && !RecordLifecycles.participle(w)) {
                head = Names.singular(w.replace("'s", ""));
            }
        }
        return head;
    }

    /** The words of a phrase that can name a record: neither determiner, auxiliary, modal, condition nor function word. */
    private List<String> content(List<String> words) {
        return words.stream().filter(w -> w.matches("[a-z][a-z0-9']*") && !determiners.contains(w) && !auxiliaries.contains(w) && !modals.contains(w)
                && !negations.contains(w) && !RecordLifecycles.FUNCTION_WORDS.contains(w) && !forms(Kind.PRECONDITION).cues().contains(w)
                && !people.contains(w) && !pronouns.contains(w)).toList();
    }

    /**
     * Whether the capabilities that write a record only read: in each name a read verb of {@code reads} ("see", "lookup")
     * comes before any verb of the lifecycle lexicon ("see my pre-filled return", "help-line lookup of a return"); a record
     * no capability names is not read-only.
     */
    boolean readOnly(List<String> capabilities) {
        RecordLifecycles lexicon = RecordLifecycles.standard();
        if (capabilities.isEmpty()) {
            return false;
        }
        for (String c : capabilities) {
            boolean read = false;
            for (String w : RecordLifecycles.tokens(c)) {
                if (reads.contains(w) || lexicon.verb(w) != null) {
                    read = reads.contains(w);
                    break;
                }
            }
            if (!read) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb a once-only cue limits: the participle right before it, past "only" and "ever" ("counted twice", "paid only
     * once"); null where none stands there.
     */
    private static String limited(List<String> t, int cue) {
        int i = cue - 1;
        while (i >= 0 && Set.of("only", "ever", "more").contains(t.get(i))) {
            i--;
        }
        return i >= 0 && RecordLifecycles.participle(t.get(i)) ? t.get(i) : null;
    }

    /** Whether a once-only rule counts the record itself ("counted twice", "submitted twice"): its creating write is the act. */
    boolean creates(Rule r) {
        if (r.act() == null) {
            return false;
        }
        RecordLifecycles.Verb v = RecordLifecycles.standard().verb(r.act());
        return creation.contains(r.act()) || v != null && v.opens();
    }

    /** Whether the first scope is of two parts ("per berth and per tide", "per territory and period"). */
    private boolean compoundScope(List<String> t) {
        for (String sc : scopes) {
            List<String> p = List.of(sc.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                int i = at + p.size();
                while (i < t.size() && determiners.contains(t.get(i))) {
                    i++;
                }
                if (i + 2 < t.size() && t.get(i + 1).equals("and")
                        && (t.get(i + 2).equals(sc) || i + 3 >= t.size() || auxiliaries.contains(t.get(i + 3)) || t.get(i + 3).equals(","))) {
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /** The noun after a scope word ("per school", "for the same room"), an entity's name where one starts there; null where none. */
    private String scope(List<String> t, List<Mention> mentions) {
        for (String sc : scopes) {
            List<String> p = List.of(sc.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                int i = at + p.size();
                while (i < t.size() && (determiners.contains(t.get(i)) || t.get(i).equals("same"))) {
                    i++;
                }
                if (i >= t.size() || frequencies.contains(t.get(i)) || number(t.get(i)) > 0) {
                    continue;
                }
                int start = i;
                Mention m = mentions.stream().filter(x -> x.at() == start).findFirst().orElse(null);
                return m != null ? m.entity().replace('_', ' ') : Names.singular(t.get(i).replace("'s", ""));
            }
        }
        return null;
    }

    /** The clause's subject before its modal ("a student must never", "no grower is"), in words; null where none stands there. */
    /** The last word of a noun phrase: "double booking" -> "booking". */
    private static String head(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    private String subject(List<String> t, int modal) {
        int i = 0;
        while (i < t.size() && (determiners.contains(t.get(i)) || Set.of("no", "and", "or", "but", "a", "an", "each", "any").contains(t.get(i)))) {
            i++;
        }
        List<String> words = new ArrayList<>();
        for (; i < t.size() && !auxiliaries.contains(t.get(i)) && !modals.contains(t.get(i)); i++) {
            words.add(t.get(i).replace("'s", ""));
        }
        if (words.isEmpty() || words.size() > 3 || (modal < i && !t.get(modal).equals("no"))) {
            return null;
        }
        words.set(words.size() - 1, Names.singular(words.get(words.size() - 1)));
        return String.join(" ", words);
    }

    /**
     * The verb the rule limits: the word after the subject and the auxiliaries that follow it ("a load can only be accepted",
     * "a settlement is paid only once", "no order can ever take"); null where no auxiliary follows the subject.
     */
    private String act(List<String> t) {
        int i = 0;
        while (i < t.size() && (determiners.contains(t.get(i)) || Set.of("no", "and", "or", "but", "each", "any").contains(t.get(i)))) {
            i++;
        }
        while (i < t.size() && !auxiliaries.contains(t.get(i)) && !modals.contains(t.get(i))) {
            i++;
        }
        int verbs = i;
        while (i < t.size() && (auxiliaries.contains(t.get(i)) || modals.contains(t.get(i)) || Set.of("not", "ever").contains(t.get(i)))) {
            i++;
        }
        return i > verbs && i < t.size() ? t.get(i) : null;
    }

    /** The word as the sentence writes it, with the parts a hyphen joins ("re-run", not "re"). */
    private static String hyphenated(String word, String sentence) {
        if (word == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "(?:-[a-z]+)+\\b")
                .matcher(sentence.toLowerCase(Locale.ROOT));
        return m.find() ? m.group() : word;
    }

    /** The entity by name, or null. */
    static Entity entity(DataModel model, String name) {
        return name == null ? null : model.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** The entity's period, its start and end columns (two dates or times, a start and an end), or null where it has none. */
    static List<String> period(Entity e) {
        if (e == null) {
            return null;
        }
        List<EntityField> times = e.fields().stream().filter(f -> f.type() == DataType.TIMESTAMP || f.type() == DataType.DATE).toList();
        EntityField start = times.stream().filter(f -> f.name().startsWith("start") || f.name().endsWith("_from") || f.name().startsWith("begin"))
                .findFirst().orElse(null);
        EntityField end = times.stream().filter(f -> f.name().startsWith("end") || f.name().endsWith("_until") || f.name().endsWith("_to"))
                .findFirst().orElse(null);
        return start == null || end == null || start.type() != end.type() ? null : List.of(start.name(), end.name());
    }

    /** The open question a rule whose record the data model does not name becomes. */
    static OpenQuestion unbound(Rule r, int n) {
        String kind = r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (!r.rivals().isEmpty()) {
            List<String> named = r.rivals().stream().limit(3).map(x -> x.replace('_', ' ')).toList();
            return new OpenQuestion("oq-rule-" + n, "Which record does the rule \"" + r.sentence() + "\" constrain: "
                    + String.join(" or ", named) + (r.rivals().size() > named.size() ? " or another of " + r.rivals().size() : "") + "?",
                    "The " + r.field() + " states it as a rule (" + kind + "), and its subject fits " + r.rivals().size()
                            + " records equally, so none is chosen and no constraint, command check or transaction step keeps it yet", List.of(), null);
        }
        return new OpenQuestion("oq-rule-" + n, "Which record does the rule \"" + r.sentence() + "\" constrain, and per what?",
                "The " + r.field() + " states it as a rule (" + kind + "), but none of its nouns"
                        + " names an entity of the data model that its capability writes, so no constraint, command check or transaction step keeps it yet",
                List.of(), null);
    }

}
