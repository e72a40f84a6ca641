package dev.architect.offline.internal.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Requirements;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ledger of the rules a request states: every clause that states a rule with a modal of {@link RuleInvariants}
 * ("never", "must not", "only", "at most") is accounted for by the dossier (a constraint, a command check, an access rule
 * or a requirement that quotes it, or an open question that quotes it), each clause of a compound rule on its own ("a
 * privileged document must never be produced, Bates numbers are never reused or skipped" is two). A clause no part of the
 * design quotes becomes an open question quoting it and saying why it is not designed: a client's "never" is never dropped
 * in silence. What makes a clause with a modal no rule on the records is data, {@code rule-ledger.yaml}.
 *
 * @param notRules phrases in whose words a modal is none ("the only", "not only")
 * @param project subjects of the delivery, not the system ("the team must ...", "the budget can never ...")
 * @param measures units that make "at most N" a response time ("at most 300 ms")
 * @param gapFree words after a negation that say a number is neither reused nor skipped ({@link RuleRecords})
 * @param numbers head nouns of a subject that is a number of a record ({@link RuleRecords})
 * @param scopes words before the noun a sequence is counted within ({@link RuleRecords})
 * @param describing words right before a modal that make it describe people, not rule on records ("fans who cannot go")
 * @param onlyWith verbs beside which an "only" inside a clause rules ("only a vet may sign", "can only be"); without one
 *                 and not at the clause's start it says what happens ("farmers bring only their own trucks")
 * @param onlyBefore words after which "only" rules whatever the verb ("paid only once", "released only after the check")
 */
record RuleLedger(List<String> notRules, List<String> project, List<String> measures, List<String> gapFree, List<String> numbers,
                  List<String> scopes, List<String> describing, List<String> onlyWith, List<String> onlyBefore) {

    static final String RESOURCE = "/dev/architect/offline/rule-ledger.yaml";

    RuleLedger {
        notRules = Words.phrases(RESOURCE, "notRules", notRules);
        project = Words.phrases(RESOURCE, "project", project);
        measures = Words.phrases(RESOURCE, "measures", measures);
        gapFree = Words.phrases(RESOURCE, "gapFree", gapFree);
        numbers = Words.phrases(RESOURCE, "numbers", numbers);
        scopes = Words.phrases(RESOURCE, "scopes", scopes);
        describing = Words.phrases(RESOURCE, "describing", describing);
        onlyWith = Words.phrases(RESOURCE, "onlyWith", onlyWith);
        onlyBefore = Words.phrases(RESOURCE, "onlyBefore", onlyBefore);
    }

    private static final class Holder {
        static final RuleLedger STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, RuleLedger.class, "rule ledger");
    }

    static RuleLedger standard() {
        return Holder.STANDARD;
    }

    /** Reads a ledger grammar in the shipped layout; the error names the file, the entry and what is wrong. */
    static RuleLedger read(InputStream in, String source) {
        return dev.architect.offline.internal.catalog.DataFiles.read(in, source, RuleLedger.class, "rule ledger");
    }

    /**
     * A clause that states a rule: where the request says it (description, goal, actor, constraint) and its words as the
     * request writes them.
     *
     * @param field where the clause stands
     * @param text the clause, without a leading conjunction
     */
    record Clause(String field, String text) {
    }

    /**
     * The clauses of the request that state a rule, in the order the request says them, each once: a sentence is cut at
     * its commas, colons and semicolons, and at an "and", "but" or "or" after which a clause with its own modal starts.
     *
     * @param request the request whose description, goals, actors' descriptions and constraints are read
     * @return the rule clauses
     */
    List<Clause> clauses(ConsultationRequest request) {
        RuleInvariants grammar = RuleInvariants.standard();
        List<Clause> said = new ArrayList<>();
        for (RecordLifecycles.Sentence s : RecordLifecycles.sentences(request)) {
            String text = s.actor() == null ? s.text() : s.text().substring(s.actor().length() + 2);
            cut(text).forEach(c -> said.add(new Clause(s.field().label(), c)));
        }
        for (String c : request.constraints()) {
            CapabilityShapes.sentences(c).forEach(t -> cut(t).forEach(x -> said.add(new Clause("constraint", x))));
        }
        List<Clause> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Clause c : said) {
            if (statesRule(grammar, c.text()) && seen.add(normal(c.text()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The clauses of a sentence: cut at , ; : and at a conjunction that opens a clause with a modal of its own. */
    List<String> cut(String sentence) {
        RuleInvariants grammar = RuleInvariants.standard();
        List<String> out = new ArrayList<>();
        for (String part : sentence.split(",(?![0-9])|(?<![0-9]),|[;:]")) {
            String rest = part.strip();
            while (!rest.isEmpty()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s(and|but|or|while|whereas)\\s").matcher(rest);
                int cutAt = -1;
                while (m.find()) {
                    String before = rest.substring(0, m.start());
                    String after = rest.substring(m.end());
                    if (modal(grammar, RecordLifecycles.tokens(before)) >= 0 && modal(grammar, RecordLifecycles.tokens(after)) > 0) {
                        cutAt = m.start();
                        break;
                    }
                }
                String clause = cutAt < 0 ? rest : rest.substring(0, cutAt);
                clause = clause.strip().replaceFirst("^(?i)(and|but|or|while|whereas|so)\\s+", "").strip();
                if (!clause.isEmpty()) {
                    out.add(clause);
                }
                rest = cutAt < 0 ? "" : rest.substring(cutAt).strip();
            }
        }
        return out;
    }

    /**
     * Whether a clause states a rule on the system's records: a modal that is not part of a phrase with no rule in it, not
     * an account of the past ("we have never had"), not about the delivery ("the team must not"), not a response time.
     */
    boolean statesRule(RuleInvariants grammar, String clause) {
        // a modal written inside a hyphenated word ("attorney-eyes-only material", "read-only") is an adjective: the word is
        // read whole, so a later "may only" in the same clause still counts
        List<String> t = RecordLifecycles.tokens(clause.replaceAll("(?<=\\p{L})-(?=\\p{L})", ""));
        int at = modal(grammar, t);
        if (at < 0) {
            return false;
        }
        String word = t.get(at);
        if (at > 0 && describing.contains(t.get(at - 1))) {
            return false;
        }
        int length = 1;
        for (String m : grammar.modals()) {
            List<String> p = List.of(m.split(" "));
            if (RecordLifecycles.positions(t, p).contains(at)) {
                length = Math.max(length, p.size());
            }
        }
        // a bare "only" (not "only once", "only after") inside a clause with no modal verb says what happens
        if (length == 1 && word.equals("only") && at > 0 && t.stream().noneMatch(onlyWith::contains)
                && (at + 1 >= t.size() || !onlyBefore.contains(t.get(at + 1)))) {
            return false;
        }
        int after = at + length;
        while (after < t.size() && Set.of("ever", "been", "have", "has").contains(t.get(after))) {
            after++;
        }
        if (after < t.size() && grammar.narrative().contains(t.get(after))) {
            return false;
        }
        for (String x : notRules) {
            List<String> p = List.of(x.split(" "));
            for (int from : RecordLifecycles.positions(t, p)) {
                if (from <= at && at < from + p.size()) {
                    return false;
                }
            }
        }
        List<String> subject = t.subList(0, at);
        for (String x : project) {
            if (!RecordLifecycles.positions(subject, List.of(x.split(" "))).isEmpty()) {
                return false;
            }
        }
        // "answers in at most 300 ms", "never takes more than 2 seconds": a number then a unit of response time after the modal
        for (int i = after; i + 1 < t.size(); i++) {
            if (t.get(i).matches("[0-9]+") && measures.contains(t.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Where the first modal of the grammar stands in the tokens ("no" only where it opens the clause, after a conjunction at most), or -1. */
    private static int modal(RuleInvariants grammar, List<String> t) {
        int best = -1;
        for (String m : grammar.modals()) {
            for (int at : RecordLifecycles.positions(t, List.of(m.split(" ")))) {
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

    /**
     * The rule clauses of the request that no part of the dossier's design quotes: its requirements (functional, assumed,
     * asked), its data model, APIs, sequences and risks. The request's own constraints and the C4 context, which repeat the
     * request's words, do not count.
     *
     * @param request the request whose rule clauses are read
     * @param dossier the dossier that should account for them
     * @return the clauses nothing keeps or asks about, in the request's order
     */
    List<Clause> unaccounted(ConsultationRequest request, Consultation dossier) {
        String designed = normal(designText(dossier));
        List<String> quotes = quotes(designText(dossier));
        List<Clause> out = new ArrayList<>();
        List<Clause> all = clauses(request);
        for (Clause c : all) {
            String own = normal(c.text());
            // a goal that restates a fuller clause ("never ship below the safety base") is that clause's, kept or asked once
            Set<String> words = new java.util.HashSet<>(RecordLifecycles.tokens(c.text()));
            if (all.stream().anyMatch(o -> o != c && o.text().length() > c.text().length()
                    && new java.util.HashSet<>(RecordLifecycles.tokens(o.text())).containsAll(words))) {
                continue;
            }
            // the clause quoted whole (alone or in its sentence), or a quote of three or more words inside it that states the rule
            boolean kept = designed.contains(own)
                    || quotes.stream().anyMatch(q -> q.strip().split(" ").length >= 3 && own.contains(q) && statesRule(RuleInvariants.standard(), q))
                    || guarded(c.text(), dossier.dataModel());
            if (!kept) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a record the clause names already carries the constraint that keeps a rule of the clause's kind ("documents
     * are never changed" on an append-only table): the archetype's guard keeps it.
     */
    private static boolean guarded(String clause, dev.architect.dossier.DataModel model) {
        List<String> t = RecordLifecycles.tokens(clause);
        List<String> named = RuleInvariants.mentions(t, model).stream().map(RuleInvariants.Mention::entity).toList();
        for (RuleInvariants.KindForms k : RuleInvariants.standard().kinds()) {
            if (k.guardedBy() == null || k.cues().stream().allMatch(cue -> RecordLifecycles.positions(t, List.of(cue.split(" "))).isEmpty())) {
                continue;
            }
            for (String e : named) {
                dev.architect.dossier.Entity entity = RuleInvariants.entity(model, e);
                if (entity != null && entity.constraints().stream().anyMatch(x -> x.kind() == k.guardedBy())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The dossier with one open question for each rule clause of the request that nothing in its design keeps or asks
     * about, quoting the clause and saying why it was not designed.
     *
     * @param request the request whose rule clauses are read
     * @param dossier the designed dossier
     * @return the dossier, with its questions added where a clause was unaccounted for
     */
    static Consultation asked(ConsultationRequest request, Consultation dossier) {
        List<Clause> open = standard().unaccounted(request, dossier);
        if (open.isEmpty()) {
            return dossier;
        }
        Requirements r = dossier.requirements();
        List<OpenQuestion> questions = new ArrayList<>(r.openQuestions());
        int n = 0;
        for (Clause c : open) {
            List<String> named = RuleInvariants.mentions(RecordLifecycles.tokens(c.text()), dossier.dataModel()).stream()
                    .map(m -> m.entity().replace('_', ' ')).distinct().toList();
            String why = named.isEmpty()
                    ? "none of its nouns names a record of the data model"
                    : "it names the " + String.join(" and the ", named) + " record" + (named.size() > 1 ? "s" : "")
                            + ", but its shape is none of those the design's constraints keep";
            questions.add(new OpenQuestion("oq-rule-clause-" + (++n), "How must the rule \"" + c.text() + "\" be kept, and on which record?",
                    "The " + c.field() + " states it as a rule, but " + why + ", so no constraint, command check, access rule or requirement keeps it yet;"
                            + " it is asked here rather than dropped", List.of(), null));
        }
        Requirements asked = new Requirements(r.functional(), r.qualityAttributes(), r.constraints(), r.assumptions(), questions);
        return new Consultation(dossier.system(), dossier.summary(), asked, dossier.decisions(), dossier.c4(), dossier.sequences(), dossier.apis(),
                dossier.dataModel(), dossier.techStack(), dossier.risks(), dossier.operations(), dossier.capacity(), dossier.cost(), dossier.roadmap(),
                dossier.migration(), dossier.metadata());
    }

    /** The text of the dossier's design that can quote a rule: requirements but the request's constraints, data, APIs, flows, risks. */
    private static String designText(Consultation d) {
        Requirements r = d.requirements();
        try {
            return DossierJson.mapper().writeValueAsString(List.of(r.functional(), r.assumptions(), r.openQuestions(), d.dataModel(), d.apis(),
                    d.sequences(), d.risks()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the dossier could not be written to read its rules", e);
        }
    }

    /** The quoted passages of a text (between double quotes, as the JSON escapes them), each normalised. */
    private static List<String> quotes(String json) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\\"([^\"\\\\]{3,400})\\\\\"").matcher(json);
        while (m.find()) {
            out.add(normal(m.group(1)));
        }
        return out;
    }

    /** Lower-case words and numbers only, one space between, with a space at each end. */
    static String normal(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]+", " ").strip() + " ";
    }
}
