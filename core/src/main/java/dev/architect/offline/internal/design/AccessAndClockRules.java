package dev.architect.offline.internal.design;

import dev.architect.dossier.DataModel;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityRelation;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two kinds of rule a client writes as a sentence that a record's own columns do not keep: who may see a record (ACCESS:
 * "sealed cases are visible only to the assigned judge and the clerks") and what the server's clock decides (SERVER_TIME:
 * "a filing is stamped when the upload completes", "proposals submitted after 17:00 UTC are refused", "datasets are private
 * until their release date"). The grammar is data, {@code dev/architect/offline/access-and-clock-rules.yaml}; the record
 * binds to an entity of the data model the way {@link RuleInvariants} binds its rules, the people to the request's actors
 * (the last word of an actor's name, singular or plural). A rule whose record or people bind to nothing is unbound: an open
 * question quoting it. {@link AccessAndClockLandings} puts each bound rule where an architect expects it.
 *
 * @param access the words of a rule on who may see a record
 * @param clock the words of a rule the server's clock keeps
 */
record AccessAndClockRules(Access access, Clock clock) {

    static final String RESOURCE = "/dev/architect/offline/access-and-clock-rules.yaml";

    /**
     * The words of an access rule.
     *
     * @param verbs what a person does to a record that a rule restricts
     * @param only the words that keep the verb to the people named after them
     * @param conditions the words after "only" that make it a condition of time or state
     * @param negations the words that forbid the verb to the people named before them
     * @param others the words before a person that make it a rule of ownership
     * @param relations the words next to a person that make it a relationship to one record
     * @param forbidding the words after the record that name the relationship barring the people named before a negation
     * @param subsets the words before the record that make the rule hold for part of the records
     * @param places the phrases that make a verb of access a network's or a place's
     * @param subjectRelations the relationship words after "only" that pick the rows people named before the verb see
     */
    record Access(List<String> verbs, List<String> only, List<String> conditions, List<String> negations, List<String> others, List<String> relations,
                  List<String> forbidding, List<String> subsets, List<String> places, List<String> subjectRelations) {
        Access {
            verbs = Words.phrases(RESOURCE, "access.verbs", verbs);
            only = Words.phrases(RESOURCE, "access.only", only);
            conditions = Words.phrases(RESOURCE, "access.conditions", conditions);
            negations = Words.phrases(RESOURCE, "access.negations", negations);
            others = Words.phrases(RESOURCE, "access.others", others);
            relations = Words.phrases(RESOURCE, "access.relations", relations);
            forbidding = Words.phrases(RESOURCE, "access.forbidding", forbidding);
            subsets = Words.phrases(RESOURCE, "access.subsets", subsets);
            places = Words.phrases(RESOURCE, "access.places", places);
            subjectRelations = Words.phrases(RESOURCE, "access.subjectRelations", subjectRelations);
        }
    }

    /**
     * The words of a rule the server's clock keeps.
     *
     * @param stamps the words that say the server stamps the record
     * @param stampExcluding the phrases in whose words a stamp word is no stamp ("stamp duty")
     * @param deadlines the words of a cut-off
     * @param cutoffWords the cut-off words that count without a time of day
     * @param refusals the words that say a record past the cut-off is refused
     * @param times the times of day named by a word
     * @param zones the time zones written after a time of day
     * @param hours the words that make a closing time a place's opening hours
     * @param releases the words that say a record becomes visible at a time of its own
     * @param publicReleases the release words that open the record to everyone
     * @param releaseExcluding the phrases in whose words a release word is none
     * @param lateWords the words that are a cut-off only where a refusal follows them
     */
    record Clock(List<String> stamps, List<String> stampExcluding, List<String> deadlines, List<String> cutoffWords, List<String> refusals,
                 List<String> times, List<String> zones, List<String> hours, List<String> releases, List<String> publicReleases,
                 List<String> releaseExcluding, List<String> lateWords) {
        Clock {
            stamps = Words.phrases(RESOURCE, "clock.stamps", stamps);
            stampExcluding = Words.phrases(RESOURCE, "clock.stampExcluding", stampExcluding);
            deadlines = Words.phrases(RESOURCE, "clock.deadlines", deadlines);
            cutoffWords = Words.phrases(RESOURCE, "clock.cutoffWords", cutoffWords);
            refusals = Words.phrases(RESOURCE, "clock.refusals", refusals);
            times = Words.phrases(RESOURCE, "clock.times", times);
            zones = Words.phrases(RESOURCE, "clock.zones", zones);
            hours = Words.phrases(RESOURCE, "clock.hours", hours);
            releases = Words.phrases(RESOURCE, "clock.releases", releases);
            publicReleases = Words.phrases(RESOURCE, "clock.publicReleases", publicReleases);
            releaseExcluding = Words.phrases(RESOURCE, "clock.releaseExcluding", releaseExcluding);
            lateWords = Words.phrases(RESOURCE, "clock.lateWords", lateWords);
            if (!releases.containsAll(publicReleases)) {
                throw new IllegalStateException(RESOURCE + ": clock.publicReleases must each be one of clock.releases");
            }
            if (!deadlines.containsAll(cutoffWords)) {
                throw new IllegalStateException(RESOURCE + ": clock.cutoffWords must each be one of clock.deadlines");
            }
        }
    }

    AccessAndClockRules {
        if (access == null || clock == null) {
            throw new IllegalStateException(RESOURCE + ": needs both access and clock");
        }
    }

    /** How many words after a late word its refusal may begin ("late is not accepted", "late bids are refused"). */
    private static final int LATE_REACH = 4;

    private static final class Holder {
        static final AccessAndClockRules STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, AccessAndClockRules.class,
                "access and clock rules");
    }

    static AccessAndClockRules standard() {
        return Holder.STANDARD;
    }

    /** Reads a grammar in the shipped layout; the error names the file, the entry and what is wrong. */
    static AccessAndClockRules read(java.io.InputStream in, String source) {
        return dev.architect.offline.internal.catalog.DataFiles.read(in, source, AccessAndClockRules.class, "access and clock rules");
    }

    /**
     * Who may see a record: the entity it binds to (null: none named), the record whose membership decides it (the entity
     * itself, or the one it belongs to: "scores of proposals"), the column that marks the part of the records it holds for
     * ("sealed"), whether it forbids (the people named may not see) rather than allows, the actors that see as a role, those
     * that see through a relationship kept in a membership table and its words, the actor whose own records alone it sees
     * ("another tenant's invoices"), the people's words where no actor is named by them, the organisation or group no actor
     * is whose records are kept apart ("a council must never see another council's sessions", "branch staff see only their
     * own branch's orders": council, branch), and the other records the sentence lists with the first ("sessions or revenue").
     */
    record AccessRule(String field, String sentence, String entity, String anchor, String subset, boolean denied, List<String> roles,
                      List<String> members, String relation, String owner, String unnamed, String scope, List<String> scoped) {

        AccessRule {
            scoped = scoped == null ? List.of() : List.copyOf(scoped);
        }

        /** A rule on people: no scope. */
        AccessRule(String field, String sentence, String entity, String anchor, String subset, boolean denied, List<String> roles,
                   List<String> members, String relation, String owner, String unnamed) {
            this(field, sentence, entity, anchor, subset, denied, roles, members, relation, owner, unnamed, null, List.of());
        }

        /** Whether the rule binds: a record and at least one actor, or the organisation or group that scopes the records. */
        boolean bound() {
            return entity != null && unnamed == null && (!roles.isEmpty() || !members.isEmpty() || owner != null || scope != null);
        }
    }

    /** What the server's clock keeps. */
    enum ClockForm {
        /** The record's time is the server's, taken when it is written and never changed. */
        STAMP,
        /** A command on the record after a cut-off is refused, judged by the server's clock. */
        DEADLINE,
        /** The record becomes visible to everyone at a time of its own, by a scheduled release. */
        RELEASE
    }

    /**
     * A rule the server's clock keeps: its form, where it stands, the entity it binds to (null: none named), the entity that
     * holds the cut-off (null where none is named), the time of day the sentence states (null where none), and whether a
     * release opens the record to everyone ("then become public") rather than lifting a hold for those its access rule admits.
     */
    record ClockRule(ClockForm form, String field, String sentence, String entity, String period, String time, boolean opens) {
    }

    /**
     * What the request's sentences say: access rules and clock rules, in the request's order, one per entity and form, and the
     * parts of records a role must never see.
     */
    record Read(List<AccessRule> access, List<ClockRule> clock, List<Hidden> hidden) {

        Read(List<AccessRule> access, List<ClockRule> clock) {
            this(access, clock, List.of());
        }
    }

    /**
     * A part of a record the people a sentence names must never see ("enforcement officers must never see the driver's name,
     * phone number or card", "HR contacts must never see the diagnosis"): the actors, and each part as the sentence writes it
     * with the entity and column it binds to (both null where no column, or two, bear its name: asked, never guessed).
     */
    record Hidden(String field, String sentence, List<String> roles, List<Part> parts) {
    }

    /** One part of a record a {@link Hidden} rule names: its words, and the entity and column it binds to, or nulls. */
    record Part(String words, String entity, String column) {

        boolean bound() {
            return column != null;
        }
    }

    /** A sentence of the request and the part it stands in, and the actor whose description it is (null: none). */
    private record Said(String field, String text, String actor) {

        Said(String field, String text) {
            this(field, text, null);
        }
    }

    /**
     * The access and clock rules the request's sentences (description, goals, actors' descriptions, constraints) state.
     *
     * @param request the request whose sentences are read
     * @param model the data model whose entities the rules bind to
     */
    Read read(ConsultationRequest request, DataModel model) {
        List<Said> said = new ArrayList<>();
        for (RecordLifecycles.Sentence s : RecordLifecycles.sentences(request)) {
            said.add(new Said(s.field().label(), s.actor() == null ? s.text() : s.text().substring(s.actor().length() + 2), s.actor()));
        }
        for (String c : request.constraints()) {
            dev.architect.offline.internal.archetype.CapabilityShapes.sentences(c).forEach(t -> said.add(new Said("constraint", t)));
        }
        List<AccessRule> access = new ArrayList<>();
        List<ClockRule> clocks = new ArrayList<>();
        List<Hidden> hidden = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (Said s : said) {
            for (String clause : clauses(s.text())) {
                Said c = new Said(s.field(), clause, s.actor());
                List<String> ct = RecordLifecycles.tokens(clause);
                AccessRule a = access(ct, c, request, model);
                // a part of a record ("a worker's bank account number") is read before a record the people bind to nothing for
                // (never another party's: "another nurse's earnings" is the record reader's question)
                java.util.Optional<Hidden> part = a == null || !a.bound() && a.scope() == null && otherParty(ct).isEmpty()
                        ? hidden(ct, c, request, model) : java.util.Optional.empty();
                if (part.isPresent()) {
                    hidden.add(part.get());
                } else if (a != null) {
                    access.add(a);
                }
            }
            // a clock rule speaks of its clause's subject: "each tender has its own closing time; bids received after it are refused"
            for (String clause : s.text().split(";")) {
                for (ClockRule c : clock(RecordLifecycles.tokens(clause), new Said(s.field(), clause.strip()), model)) {
                    if (keys.add(c.entity() + "|" + c.form())) {
                        clocks.add(c);
                    }
                }
            }
        }
        // one rule per record: a bound one wins over one whose people are not named (the goal restating the description)
        List<AccessRule> kept = new ArrayList<>();
        for (AccessRule a : access) {
            boolean better = access.stream().anyMatch(b -> b != a && b.entity() != null && b.entity().equals(a.entity()) && b.bound() && !a.bound());
            // a scope ("another council's sessions") and a rule on people ("only officers see sessions") both hold on one record
            boolean earlier = kept.stream().anyMatch(b -> b.entity() != null && b.entity().equals(a.entity()) && b.bound() == a.bound()
                    && (b.scope() == null) == (a.scope() == null));
            if (!better && !earlier) {
                kept.add(a);
            }
        }
        return new Read(kept, clocks, hidden);
    }

    // ---------------------------------------------------------------------------------------------------------------- access

    private AccessRule access(List<String> t, Said s, ConsultationRequest request, DataModel model) {
        int verb = first(t, access.verbs());
        if (verb < 0 || first(t, access.places()) >= 0) {
            return null;
        }
        int keep = first(t, access.only());
        // "see results only after a hold": a condition of time or state, not a choice of people
        int only = keep >= 0 && keep + 1 < t.size() && access.conditions().contains(t.get(keep + 1)) ? -1 : keep;
        int negation = first(t, access.negations());
        boolean denied = only < 0 && negation >= 0 && negation < verb && verb - negation <= 3;
        if (only < 0 && !denied) {
            return null;
        }
        List<People> people = people(t, request);
        Set<Integer> persons = new java.util.HashSet<>();
        people.forEach(p -> persons.add(p.at()));
        // a record guarded is never a word that names a person ("a tenant never sees"), though it may own one ("a patient's notes")
        List<Named> records = records(t, model);
        // nor the owner written before the record it owns ("their own branch's orders": the orders, which the branch scopes)
        List<Named> things = records.stream().filter(r -> !persons.contains(r.at()) && !(t.get(r.at()).endsWith("'s")
                && records.stream().anyMatch(o -> o.at() == r.at() + 1))).toList();
        // the record guarded: the subject where it stands before the restriction ("sealed cases are visible only to"), else the
        // first record after the verb ("must never see the scores of proposals")
        int restriction = denied ? negation : only;
        Named guarded = things.stream().filter(r -> r.at() < restriction).findFirst()
                .orElse(things.stream().filter(r -> r.at() > verb).findFirst().orElse(null));
        if (guarded == null && denied) {
            // "a walker must never see another walker's earnings": another party's records the model has no entity for yet are
            // asked about; "nurses never see more than 20 patients a day": a person barred from no record is no rule on rows
            return otherParty(t).map(party -> new AccessRule(s.field(), s.text(), null, null, null, true, List.of(), List.of(), null, null,
                    "another " + party + "'s")).orElse(null);
        }
        if (guarded == null) {
            return new AccessRule(s.field(), s.text(), null, null, null, denied, List.of(), List.of(), null, null, null);
        }
        // the record it belongs to: "of proposals" after it, or "a patient's notes" before it
        Named anchor = records.stream().filter(r -> r.at() > guarded.at() && r.at() - guarded.at() <= 4 && t.get(r.at() - 1).equals("of")
                && !r.entity().equals(guarded.entity())).findFirst()
                .orElse(records.stream().filter(r -> r.at() == guarded.at() - 1 && t.get(r.at()).endsWith("'s")).findFirst().orElse(guarded));
        String subset = guarded.at() > 0 && access.subsets().contains(t.get(guarded.at() - 1)) ? t.get(guarded.at() - 1) : null;
        List<String> roles = new ArrayList<>();
        List<String> members = new ArrayList<>();
        String owner = null;
        String relation = null;
        // "another tenant's invoices": the people see their own records only, wherever the sentence names them
        for (People p : people) {
            if (p.actor() != null && (p.at() > 0 && access.others().contains(t.get(p.at() - 1))
                    || p.at() > 1 && access.others().contains(String.join(" ", t.subList(p.at() - 2, p.at()))))) {
                owner = p.actor();
            }
        }
        String ownerActor = owner;
        List<People> named = people.stream().filter(p -> (denied ? p.at() < negation : p.at() > only) && !java.util.Objects.equals(p.actor(), ownerActor))
                .toList();
        // a word two actors' names end in names neither: the rule is asked about, naming both
        List<People> unsure = people.stream().filter(p -> p.actor() == null).toList();
        if (!unsure.isEmpty()) {
            People u = unsure.get(0);
            return new AccessRule(s.field(), s.text(), guarded.entity(), anchor.entity(), subset, denied, List.of(), List.of(), null, null,
                    t.get(u.at()) + " (" + String.join(" or ", u.could()) + ")");
        }
        String subjectRelation = null;
        if (named.isEmpty() && owner == null && !denied && only == verb + 1) {
            // "evaluation panel members see only the bids of tenders they are assigned to": the people are the subject just before
            // "see only" (at most one word between: "blood bank staff see only"; never a possessive, "a patient's notes are visible
            // only to"), and what they see is picked by the relationship named after "only"; without one it is no rule on rows
            subjectRelation = relationAfter(t, only);
            List<People> subject = people.stream().filter(p -> p.at() + p.length() <= verb && p.at() + p.length() >= verb - 1
                    && !t.get(p.at() + p.length() - 1).endsWith("'s")).toList();
            // the relationship must pick the rows of a record of the model: the one the guarded record belongs to ("of tenders they
            // are assigned to"), or the guarded record itself when the words stand just before it ("their own bids"); "their own
            // hospital's orders" relates the people to a hospital the model does not hold, so it stays a question
            int relAt = subjectRelation == null ? -1 : relationPosition(t, only, subjectRelation);
            // and that record is named by its whole name where the sentence says it ("bids" names bid, never bid_evaluation)
            boolean picksRows = relAt >= 0 && (!anchor.entity().equals(guarded.entity()) ? wholeName(t, anchor)
                    : relAt < guarded.at() && guarded.at() - relAt <= 2 && wholeName(t, guarded));
            if (picksRows && !subject.isEmpty()) {
                named = subject;
            } else {
                subjectRelation = null;
            }
        }
        for (People p : named) {
            String rel = p.at() < verb && subjectRelation != null ? subjectRelation : relation(t, p.at(), p.length());
            if (rel != null) {
                members.add(p.actor());
                relation = relation == null ? rel : relation;
            } else {
                roles.add(p.actor());
            }
        }
        // "reviewers must never see ... where they are a co investigator": the relationship that forbids follows the record
        if (denied) {
            for (String r : access.forbidding()) {
                int at = first(t, List.of(r));
                if (at > guarded.at() && owner == null && !named.isEmpty()) {
                    List<String> words = new ArrayList<>();
                    for (int i = at + r.split(" ").length; i < t.size() && !Set.of(",", ";", ":", "and", "or").contains(t.get(i)); i++) {
                        if (!Set.of("a", "an", "the").contains(t.get(i))) {
                            words.add(t.get(i));
                        }
                    }
                    members.clear();
                    roles.clear();
                    named.forEach(p -> members.add(p.actor()));
                    relation = words.isEmpty() ? "named on it" : String.join(" ", words);
                    break;
                }
            }
            if (members.isEmpty() && owner == null) {
                // "a council must never see another council's sessions": rows owned by a party no actor of the request names (a
                // tenant) are asked about, never dropped; which column keeps the owner is the design's open question
                java.util.Optional<String> party = otherParty(t);
                if (party.isPresent()) {
                    return scoped(s, t, guarded, anchor, subset, true, party.get(), things, verb, request);
                }
                // a role barred from every such record is a permission, not a rule on rows: not this reader's
                return null;
            }
        }
        if (named.isEmpty() && owner == null && !denied) {
            // "branch staff see only their own branch's orders": the group no actor is, whose own records alone its people see
            java.util.Optional<String> group = ownParty(t, only);
            if (group.isPresent()) {
                return scoped(s, t, guarded, anchor, subset, false, group.get(), things, verb, request);
            }
        }
        String unnamed = named.isEmpty() && owner == null ? String.join(" ", t.subList(restriction, Math.min(t.size(), restriction + 6))) : null;
        return new AccessRule(s.field(), s.text(), guarded.entity(), anchor.entity(), subset, denied, List.copyOf(new LinkedHashSet<>(roles)),
                List.copyOf(new LinkedHashSet<>(members)), relation, owner, unnamed);
    }

    /**
     * A rule that keeps each organisation's or group's records apart: the party is a noun of the request no actor's name ends in
     * (an actor's is a rule of ownership, read above), nor the system itself; the records are the guarded one and the others the
     * sentence lists after the verb ("sessions or revenue"). A party written as an actor's head by two actors, or as the
     * system's own name, is asked about.
     */
    private AccessRule scoped(Said s, List<String> t, Named guarded, Named anchor, String subset, boolean denied, String party, List<Named> things,
                              int verb, ConsultationRequest request) {
        String one = Names.singular(party);
        String unsure = (denied ? "another " : "their own ") + party + "'s";
        // the records kept apart are those the sentence names after the verb, never the party itself ("a council must never see")
        // nor a record the party's own possessive names ("another branch's takings" is no branch sales report)
        List<String> records = things.stream().filter(r -> r.at() > verb && !t.get(r.at()).endsWith("'s")).map(Named::entity)
                .filter(e -> !e.equals(Names.table(one))).distinct().toList();
        boolean own = request.system() != null && RecordLifecycles.tokens(request.system()).contains(party);
        // a word that shortens an actor's name ("another sub's prices" with a Subcontractor) may be that actor: asked
        boolean shortens = request.actors().stream().flatMap(a -> nameWords(a.name()).stream()).anyMatch(w -> w.startsWith(one) && !w.equals(one)
                && !Names.singular(w).equals(one));
        if (own || shortens || !heads(request, one).isEmpty() || records.isEmpty()) {
            return new AccessRule(s.field(), s.text(), records.isEmpty() ? guarded.entity() : records.get(0), anchor.entity(), subset, denied,
                    List.of(), List.of(), null, null, unsure);
        }
        String first = records.get(0);
        return new AccessRule(s.field(), s.text(), first, first.equals(guarded.entity()) ? anchor.entity() : first,
                first.equals(guarded.entity()) ? subset : null, denied, List.of(), List.of(), null, null, null, one, records.subList(1, records.size()));
    }

    /**
     * The clauses of a sentence that each state an access rule of their own: split at commas and semicolons, a piece with no
     * verb of access joined back to the one before it ("must never see the driver's name, phone number or card"), a leading
     * "and" or "but" dropped ("..., and opposing counsel sees only what has been produced to them").
     */
    private List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split("(?<=[,;])")) {
            String p = piece.strip();
            List<String> t = RecordLifecycles.tokens(p);
            if (out.isEmpty() || first(t, access.verbs()) < 0) {
                if (out.isEmpty()) {
                    out.add(p);
                } else {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + p);
                }
                continue;
            }
            out.add(p.replaceFirst("^(?i)(and|but|while|whereas)\\s+", ""));
        }
        // a clause keeps no trailing comma of its own
        return out.stream().map(c -> c.replaceAll("[,;]\\s*$", "").strip()).toList();
    }

    /** Words that end the parts a hidden-field rule lists: the clause's end, or the contrast "only the plate". */
    private static final Set<String> PART_ENDS = Set.of(":", ";", ".", "only", "except", "but", "when", "while", "if", "unless", "until", "before",
            "after", "because", "so");

    /** Words before a part that say nothing of which part it is. */
    private static final Set<String> PART_DETERMINERS = Set.of("the", "a", "an", "any", "their", "its", "his", "her", "full", "whole");

    /**
     * A part of a record the people named before a negation must never see: each item of the list after the verb binds to
     * the one column of the model bearing its name (snake case, "phone number": phone_number), where the column's record
     * is the possessor's when the item has one ("the driver's name"). The rule is read only where the sentence says it is a
     * part: an item binds to a column, or it names a possessor, a clause ("what is in the bag"), or a contrast follows ("only
     * the plate"); "customers must never see a queue" says none of these and is no rule. A list whose items name records
     * (not parts) is the record reader's.
     */
    private java.util.Optional<Hidden> hidden(List<String> t, Said s, ConsultationRequest request, DataModel model) {
        int verb = first(t, access.verbs());
        int negation = first(t, access.negations());
        if (verb < 0 || negation < 0 || negation > verb || verb - negation > 3 || first(t, access.places()) >= 0) {
            return java.util.Optional.empty();
        }
        List<String> roles = people(t, request).stream().filter(p -> p.at() < negation && p.actor() != null).map(People::actor).distinct().toList();
        if (roles.isEmpty() && s.actor() != null && negation == 0) {
            // an actor's own description: "never sees the full card number"
            roles = List.of(s.actor());
        }
        if (roles.isEmpty()) {
            return java.util.Optional.empty();
        }
        int end = verb + 1;
        while (end < t.size() && !PART_ENDS.contains(t.get(end))) {
            end++;
        }
        boolean contrast = end < t.size() && Set.of("only", "except", "but").contains(t.get(end));
        List<List<String>> items = new ArrayList<>();
        List<String> item = new ArrayList<>();
        for (String w : t.subList(verb + 1, end)) {
            if (Set.of(",", "or", "and", "nor").contains(w)) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
                item = new ArrayList<>();
            } else {
                item.add(w);
            }
        }
        if (!item.isEmpty()) {
            items.add(item);
        }
        List<Part> parts = new ArrayList<>();
        boolean said = contrast;
        boolean records = false;
        String possessor = null;
        for (List<String> words : items) {
            List<String> own = new ArrayList<>();
            boolean clause = !words.isEmpty() && Set.of("what", "which", "whatever", "how").contains(words.get(0));
            for (String w : words) {
                if (w.endsWith("'s") || w.endsWith("s'")) {
                    possessor = Names.singular(w.substring(0, w.length() - (w.endsWith("'s") ? 2 : 1)));
                    said = true;
                } else if (!PART_DETERMINERS.contains(w) && w.matches("[a-z][a-z0-9]*")) {
                    own.add(w);
                }
            }
            said |= clause;
            if (own.isEmpty()) {
                continue;
            }
            String text = String.join(" ", clause ? words : own);
            if (clause) {
                parts.add(new Part(text, null, null));
                continue;
            }
            List<String[]> columns = columns(model, String.join("_", own), possessor);
            if (columns.size() == 1) {
                parts.add(new Part(text, columns.get(0)[0], columns.get(0)[1]));
            } else {
                records |= columns.isEmpty() && !RuleInvariants.mentions(own, model).isEmpty();
                parts.add(new Part(text, null, null));
            }
        }
        boolean bound = parts.stream().anyMatch(Part::bound);
        if (parts.isEmpty() || !bound && (records || !said)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Hidden(s.field(), s.text(), roles, parts));
    }

    /**
     * The entity and column each model entity holds by the name (its singular too), never a key; where the part has a
     * possessor, only the possessor's (an entity named by it, or one whose name ends in it).
     */
    private static List<String[]> columns(DataModel model, String name, String possessor) {
        Set<String> names = new java.util.HashSet<>(List.of(name, Names.table(Names.singular(name)), Names.table(name)));
        List<String[]> found = new ArrayList<>();
        for (Entity e : model.entities()) {
            for (dev.architect.dossier.EntityField f : e.fields()) {
                if (names.contains(f.name()) && !e.primaryKey().contains(f.name()) && !f.name().endsWith("_id")) {
                    found.add(new String[] {e.name(), f.name()});
                }
            }
        }
        if (possessor != null) {
            // "the seller's email" is a column of the seller's record, never the only email column of another (a user account's)
            String p = Names.table(possessor);
            return found.stream().filter(c -> c[0].equals(p) || c[0].endsWith("_" + p)).toList();
        }
        return found;
    }

    /** The party in "their own branch's" or "its own matter's" after "only", if any (the records after it are the scoped ones). */
    private static java.util.Optional<String> ownParty(List<String> t, int only) {
        for (int i = Math.max(only, 0) + 1; i < t.size(); i++) {
            String w = t.get(i);
            if (w.endsWith("'s") && w.length() > 2 && i > 0 && Set.of("own", "their", "its").contains(t.get(i - 1))) {
                return java.util.Optional.of(w.substring(0, w.length() - 2));
            }
        }
        return java.util.Optional.empty();
    }

    /** The party after "another" whose records the rule keeps from the people ("another council's sessions": council), if any. */
    private java.util.Optional<String> otherParty(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (access.others().contains(t.get(i)) && (t.get(i + 1).endsWith("'s") || t.get(i + 1).endsWith("s'"))) {
                String word = t.get(i + 1);
                return java.util.Optional.of(word.substring(0, word.length() - (word.endsWith("'s") ? 2 : 1)));
            }
        }
        return java.util.Optional.empty();
    }

    /** The relationship words next to a person ("the assigned judge", "the attorneys of record", "their care team"), or null. */
    private String relation(List<String> t, int at, int length) {
        for (String r : access.relations()) {
            List<String> p = List.of(r.split(" "));
            for (int i : RecordLifecycles.positions(t, p)) {
                if (i + p.size() == at || i + p.size() + 1 == at && Set.of("the", "a", "an").contains(t.get(at - 1)) || i == at + length) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Whether the sentence names the record by its entity's whole name where it stands ("tenders" for tender). */
    private static boolean wholeName(List<String> t, Named record) {
        return RecordLifecycles.positions(t, List.of(record.entity().split("_"))).contains(record.at());
    }

    /** Where a relationship phrase first stands after a position, or -1. */
    private static int relationPosition(List<String> t, int from, String relation) {
        return RecordLifecycles.positions(t, List.of(relation.split(" "))).stream().filter(i -> i > from).findFirst().orElse(-1);
    }

    /** The first relationship word after a position ("only the bids of tenders they are assigned to"), or null. */
    private String relationAfter(List<String> t, int from) {
        int best = -1;
        String found = null;
        for (String r : access.subjectRelations()) {
            for (int i : RecordLifecycles.positions(t, List.of(r.split(" ")))) {
                if (i > from && (best < 0 || i < best)) {
                    best = i;
                    found = r;
                }
            }
        }
        return found;
    }

    /**
     * An actor named in a sentence: where, how many words, and the actor's name; null where the word is the last word of
     * two actors' names ("the team" with a design team and a dispatch team), which are then {@code could}.
     */
    private record People(int at, int length, String actor, List<String> could) {
    }

    /**
     * The actors the sentence names, in its order: an actor's whole name ("care team") or a tail of it of two words or more
     * ("lab analysts" for "Quality lab analyst"), or the last word of a name of several words where a determiner stands before
     * it ("the team" for "Research team", never "their care team"), singular or plural.
     */
    private List<People> people(List<String> t, ConsultationRequest request) {
        List<People> out = new ArrayList<>();
        for (Actor a : request.actors()) {
            List<String> words = nameWords(a.name());
            if (words.isEmpty()) {
                continue;
            }
            // the whole name, then its shorter tails of two words or more ("lab analysts" for "Quality lab analyst"), longest first
            List<int[]> spans = new ArrayList<>();
            for (int from = 0; from < words.size() - 1 || from == 0; from++) {
                List<String> tail = words.subList(from, words.size());
                for (int at : RecordLifecycles.positions(t, tail)) {
                    if (spans.stream().noneMatch(w -> at >= w[0] && at < w[0] + w[1])) {
                        spans.add(new int[] {at, tail.size()});
                        out.add(new People(at, tail.size(), a.name(), List.of()));
                    }
                }
            }
            for (int at : RecordLifecycles.positions(t, List.of(words.get(words.size() - 1)))) {
                boolean inWhole = spans.stream().anyMatch(w -> at >= w[0] && at < w[0] + w[1]);
                boolean alone = words.size() == 1 || at > 0 && (Set.of("the", "a", "an", "their", "its", "our", "your", "every", "each")
                        .contains(t.get(at - 1)) || access.relations().contains(t.get(at - 1)));
                // a head noun written without its modifiers ("forwarders" for "Freight forwarders", "another forwarder's") names the one
                // actor whose name ends in it; where two actors' names end in it, it names neither (the rule is asked about, naming both)
                List<String> sharing = heads(request, words.get(words.size() - 1));
                if (inWhole || words.size() < 2 || out.stream().anyMatch(p -> p.at() == at)) {
                    continue;
                }
                // a modifier of another group before it names that group, not this actor ("their care team" is no research team)
                boolean bare = alone || at == 0 || !t.get(at - 1).matches("[a-z]+") || access.others().contains(t.get(at - 1))
                        || BEFORE_PEOPLE.contains(t.get(at - 1)) || access.only().contains(t.get(at - 1)) || access.verbs().contains(t.get(at - 1));
                if (!bare) {
                    continue;
                }
                if (sharing.size() > 1) {
                    out.add(new People(at, 1, null, sharing));
                } else {
                    out.add(new People(at, 1, a.name(), List.of()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(People::at));
        return out;
    }

    /** Words that stand before a person and modify no group: "visible only to agents", "seen by technicians", "and clerks". */
    private static final Set<String> BEFORE_PEOPLE = Set.of("to", "by", "for", "and", "or", "nor", "than", "from", "with", "all", "any", "some",
            "no", "most", "many", "both");

    /** An actor's name as the words a sentence would write it, a qualifier in brackets left out ("Subcontractor (trade)"). */
    static List<String> nameWords(String name) {
        return RecordLifecycles.tokens(name.replaceAll("\\([^)]*\\)", " "));
    }

    /** The request's actors whose names end in the word (singular or plural). */
    private static List<String> heads(ConsultationRequest request, String head) {
        String one = Names.singular(head);
        return request.actors().stream().filter(a -> {
            List<String> w = nameWords(a.name());
            return !w.isEmpty() && Names.singular(w.get(w.size() - 1)).equals(one);
        }).map(Actor::name).toList();
    }

    /** A record a sentence names: where, and the entity. */
    private record Named(int at, String entity) {
    }

    /**
     * The entities a sentence names, in its order: an entity's whole name or head
     * noun ({@link RuleInvariants}' reading), else the first word of a family of entities whose root the others refer to
     * ("cases" for case_file, which case_transition and case_document refer to).
     */
    private static List<Named> records(List<String> t, DataModel model) {
        List<Named> out = new ArrayList<>();
        Set<Integer> covered = new java.util.HashSet<>();
        for (RuleInvariants.Mention m : RuleInvariants.mentions(t, model)) {
            // a word that opens a family of entities names the family's root ("cases": case_file), not the last word of a longer name
            String root = m.length() == 1 && !m.entity().equals(Names.table(t.get(m.at()).replace("'s", ""))) ? root(t.get(m.at()).replace("'s", ""), model) : null;
            out.add(new Named(m.at(), root != null ? root : m.entity()));
            for (int i = m.at(); i < m.at() + m.length(); i++) {
                covered.add(i);
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (covered.contains(i) || !t.get(i).matches("[a-z]+(?:'s)?")) {
                continue;
            }
            String root = root(t.get(i).replace("'s", ""), model);
            if (root != null) {
                out.add(new Named(i, root));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Named::at));
        return out;
    }

    /** The one entity whose name starts with the word that the other entities starting with it refer to; null where none or two. */
    static String root(String word, DataModel model) {
        String first = Names.singular(word);
        List<Entity> family = model.entities().stream().filter(e -> e.name().startsWith(first + "_")).toList();
        if (family.size() < 2) {
            return null;
        }
        List<String> roots = family.stream().filter(e -> family.stream().anyMatch(o -> o != e && o.relations().stream()
                .map(EntityRelation::targetEntity).anyMatch(e.name()::equals)) && e.relations().stream()
                .noneMatch(r -> family.stream().anyMatch(o -> o.name().equals(r.targetEntity())))).map(Entity::name).toList();
        return roots.size() == 1 ? roots.get(0) : null;
    }

    /** Where the first of the phrases stands in the tokens, or -1. */
    private static int first(List<String> t, List<String> phrases) {
        int best = -1;
        for (String p : phrases) {
            for (int at : RecordLifecycles.positions(t, List.of(p.split(" ")))) {
                if (best < 0 || at < best) {
                    best = at;
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------------------------- clock

    private List<ClockRule> clock(List<String> t, Said s, DataModel model) {
        // the record a clock rule speaks of is the clause's subject ("bids for a tender close at noon": the bids), never a noun
        // further on ("raw data belongs to the proposal team": no record of the model is the subject)
        List<Named> records = records(t, model);
        List<ClockRule> out = new ArrayList<>();
        int lead = 0;
        while (lead < t.size() && Set.of("a", "an", "the", "each", "every", "any", "all", "no", "our", "its", "their").contains(t.get(lead))) {
            lead++;
        }
        if (records.isEmpty() || records.get(0).at() > lead + 1) {
            return out;
        }
        String time = time(t);
        int release = -1;
        for (String cue : clock.releases()) {
            List<String> p = List.of(cue.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                if (release < 0 && !overlaps(t, at, p.size(), clock.releaseExcluding())) {
                    release = at;
                }
            }
        }
        if (release >= 0) {
            out.add(new ClockRule(ClockForm.RELEASE, s.field(), s.text(), records.get(0).entity(), null, time, first(t, clock.publicReleases()) >= 0));
        }
        int stamp = stampAt(t);
        if (stamp >= 0) {
            out.add(new ClockRule(ClockForm.STAMP, s.field(), s.text(), records.get(0).entity(), null, time, false));
        }
        int cutoff = cutoffAt(t, time != null);
        if (cutoff >= 0 && refused(t, cutoff)) {
            Named on = records.get(0);
            // the record the cut-off is a column of: another record the sentence names that this one refers to
            Entity e = RuleInvariants.entity(model, on.entity());
            String period = records.stream().map(Named::entity).filter(x -> !x.equals(on.entity()) && e.relations().stream()
                    .anyMatch(r -> r.targetEntity().equals(x))).findFirst().orElse(null);
            out.add(new ClockRule(ClockForm.DEADLINE, s.field(), s.text(), on.entity(), period, time, false));
        }
        return out;
    }

    private int stampAt(List<String> t) {
        for (String cue : clock.stamps()) {
            List<String> p = List.of(cue.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                if (!overlaps(t, at, p.size(), clock.stampExcluding())) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * A cut-off word: a word that is one without a time ("deadline"), one followed within four words by a time of day, or a
     * late word a refusal follows within four words ("one second late is not accepted").
     */
    private int cutoffAt(List<String> t, boolean timed) {
        for (String cue : clock.lateWords()) {
            for (int at : RecordLifecycles.positions(t, List.of(cue.split(" ")))) {
                int refusal = first(t.subList(at + 1, Math.min(t.size(), at + 1 + LATE_REACH + 1)), clock.refusals());
                if (refusal >= 0) {
                    return at;
                }
            }
        }
        boolean hours = first(t, clock.hours()) >= 0;
        for (String cue : clock.deadlines()) {
            List<String> p = List.of(cue.split(" "));
            for (int at : RecordLifecycles.positions(t, p)) {
                if (clock.cutoffWords().contains(cue)) {
                    return at;
                }
                if (timed && !hours && time(t.subList(at, Math.min(t.size(), at + p.size() + 5))) != null) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Whether the sentence refuses what passes the cut-off: a refusal word, or "must" before it ("must be received by"). */
    private boolean refused(List<String> t, int cutoff) {
        return first(t, clock.refusals()) >= 0 || t.subList(0, cutoff).contains("must");
    }

    /** The time of day the tokens state ("17:00 utc", "9am", "noon"), as written; null where none. */
    String time(List<String> t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            if (i + 2 < t.size() && w.matches("\\d{1,2}") && t.get(i + 1).equals(":") && t.get(i + 2).matches("\\d{2}")) {
                String zone = i + 3 < t.size() && clock.zones().contains(t.get(i + 3)) ? " " + t.get(i + 3).toUpperCase(java.util.Locale.ROOT) : "";
                return w + ":" + t.get(i + 2) + zone;
            }
            if (w.matches("\\d{1,2}(am|pm)") || w.matches("\\d{1,2}") && i + 1 < t.size() && Set.of("am", "pm").contains(t.get(i + 1))) {
                return w.matches("\\d{1,2}") ? w + " " + t.get(i + 1) : w;
            }
            if (clock.times().contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether the words at {@code at} share a word with one of the phrases ("released at" with "at once"). */
    private static boolean overlaps(List<String> t, int at, int length, List<String> phrases) {
        for (String x : phrases) {
            List<String> p = List.of(x.split(" "));
            for (int from : RecordLifecycles.positions(t, p)) {
                if (from < at + length && at < from + p.size()) {
                    return true;
                }
            }
        }
        return false;
    }
}
