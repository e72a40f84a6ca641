package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Evidence;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A capability that no designer claims, designed from the rule sentence that names its record: "bib numbers within a race
 * are never reused or skipped" makes "bib assignment" a numbered record with a gap-free sequence per race (a counter row
 * locked in the issuing transaction, a unique key on race and number, no delete), quoting the clause as its evidence. The
 * rule binds only where its subject's words before the number stand together in the capability's name, and exactly one
 * such rule does; any other rule shape leaves the placeholder, and {@link RuleLedger} asks about it.
 * The words are data, {@code rule-ledger.yaml}.
 */
final class RuleRecords {

    static final String SHAPE_ID = "rule-record";
    private static final RuleRecords STANDARD = new RuleRecords();

    private RuleRecords() {
    }

    static RuleRecords standard() {
        return STANDARD;
    }

    /**
     * A gap-free numbering rule read from a clause: the clause, where it stands, the subject's words before the number noun
     * ("bib"), the number noun ("number"), and the scope's noun ("race"), or null where the clause states none.
     */
    record Numbering(RecordLifecycles.Sentence sentence, String clause, List<String> owner, String number, String scope) {
    }

    /**
     * The gap-free numbering rules the request states, one per clause.
     *
     * @param request the request whose sentences are read
     * @return the rules, in the request's order
     */
    List<Numbering> numberings(ConsultationRequest request) {
        RuleInvariants grammar = RuleInvariants.standard();
        List<Numbering> out = new ArrayList<>();
        for (RecordLifecycles.Sentence s : RecordLifecycles.sentences(request)) {
            String text = s.actor() == null ? s.text() : s.text().substring(s.actor().length() + 2);
            for (String clause : RuleLedger.standard().cut(text)) {
                if (RuleLedger.standard().statesRule(grammar, clause)) {
                    numbering(s, clause, grammar).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<Numbering> numbering(RecordLifecycles.Sentence s, String clause, RuleInvariants grammar) {
        List<String> t = RecordLifecycles.tokens(clause);
        int cue = -1;
        for (String g : RuleLedger.standard().gapFree()) {
            for (int at : RecordLifecycles.positions(t, List.of(g.split(" ")))) {
                cue = cue < 0 ? at : Math.min(cue, at);
            }
        }
        if (cue < 0) {
            return Optional.empty();
        }
        // the prohibition: a negation right before the cue, with only auxiliaries between ("are never reused", "must not be skipped")
        int i = cue - 1;
        while (i >= 0 && grammar.auxiliaries().contains(t.get(i)) && !grammar.negations().contains(t.get(i))) {
            i--;
        }
        if (i < 0 || !grammar.negations().contains(t.get(i))) {
            return Optional.empty();
        }
        int verbAt = i;
        while (verbAt > 0 && (grammar.auxiliaries().contains(t.get(verbAt - 1)) || grammar.negations().contains(t.get(verbAt - 1)))) {
            verbAt--;
        }
        List<String> subject = new ArrayList<>(t.subList(0, verbAt));
        // the scope: "within a matter", "per race", after the subject's number noun
        String scope = null;
        for (String sc : RuleLedger.standard().scopes()) {
            for (int at : RecordLifecycles.positions(subject, List.of(sc.split(" ")))) {
                int n = at + sc.split(" ").length;
                while (n < subject.size() && grammar.determiners().contains(subject.get(n))) {
                    n++;
                }
                // one noun after the scope word, closing the subject: a scope of two words or more is not read with confidence
                if (n == subject.size() - 1 && subject.get(n).matches("[a-z]+")) {
                    scope = Names.singular(subject.get(n));
                    subject = new ArrayList<>(subject.subList(0, at));
                }
            }
        }
        while (!subject.isEmpty() && grammar.determiners().contains(subject.get(0))) {
            subject.remove(0);
        }
        // the subject: owner words, then a number noun ("bib numbers", "the accession number"); nothing else in it
        if (subject.size() < 2 || !RuleLedger.standard().numbers().contains(subject.get(subject.size() - 1))
                || subject.stream().anyMatch(w -> !w.matches("[a-z]+(?:'s)?"))) {
            return Optional.empty();
        }
        List<String> owner = subject.subList(0, subject.size() - 1).stream().map(w -> w.endsWith("'s") ? w.substring(0, w.length() - 2) : w).toList();
        return Optional.of(new Numbering(s, clause, owner, Names.singular(subject.get(subject.size() - 1)), scope));
    }

    /**
     * The capability's record designed from the one gap-free numbering rule whose subject names it, or empty where none or
     * two name it (then the placeholder stays, and the ledger asks about the rule).
     *
     * @param names the capability's names in the design
     * @param request the request whose rule sentences are read
     * @return the design, with the clause as its evidence
     */
    Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request) {
        List<String> own = CapabilityNameGrammar.words(names.capability());
        List<Numbering> fitting = numberings(request).stream().filter(n -> names(own, n)).toList();
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        Numbering n = fitting.get(0);
        Evidence evidence = new Evidence(n.sentence().field(), String.join(" ", n.owner()) + " " + n.number(), n.clause());
        Set<String> said = new java.util.HashSet<>();
        RecordLifecycles.sentences(request).forEach(x -> said.addAll(RecordLifecycles.tokens(x.text())));
        CapabilityShapes.CapabilityShape shape = shape(n, verb(names.capability(), said));
        return Optional.of(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null));
    }

    /**
     * Whether the rule's subject names the capability's record: its owner words ("bib" of "bib numbers") stand together in
     * the capability's name ("bib assignment", "produce documents with Bates numbers"), singular or plural.
     */
    private static boolean names(List<String> capability, Numbering n) {
        List<String> owner = n.owner().stream().map(Names::singular).toList();
        List<String> words = capability.stream().map(Names::singular).toList();
        return !owner.isEmpty() && java.util.Collections.indexOfSubList(words, owner) >= 0;
    }

    /** The command's verb in the capability's words: "bib assignment" assigns, "seat allotment" allots; else "record". */
    private static String verb(String capability, Set<String> said) {
        List<String> w = CapabilityNameGrammar.words(capability);
        String last = w.isEmpty() ? "" : w.get(w.size() - 1);
        String stem = last.endsWith("ment") ? last.substring(0, last.length() - 4) : "";
        // only a stem the request uses as a verb ("assigns tags"): "document" is no "docu", "statement" no "state"
        boolean used = !stem.isEmpty() && java.util.stream.Stream.of(stem, stem + "s", stem + "ed", stem + "ing").anyMatch(said::contains);
        return used ? stem : "record";
    }

    private CapabilityShapes.CapabilityShape shape(Numbering n, String verb) {
        String number = n.number();
        String scopeColumn = n.scope() == null ? null : Names.table(n.scope()) + "_id";
        String quoted = n.clause().replace("${", "$ {").replace("\"", "'");
        List<String> fields = new ArrayList<>(List.of("id:UUID"));
        List<String> props = new ArrayList<>(List.of("id:UUID!"));
        List<String> input = new ArrayList<>();
        List<String> key = new ArrayList<>();
        if (scopeColumn != null) {
            fields.add(scopeColumn + ":UUID");
            props.add(Names.camel(scopeColumn) + ":UUID!");
            input.add(Names.camel(scopeColumn) + ":UUID!");
            key.add(scopeColumn);
        }
        fields.add(number + ":BIGINT");
        props.add(Names.camel(number) + ":INTEGER!");
        key.add(number);
        fields.add("idempotency_key:TEXT");
        fields.add("created_at:TIMESTAMP");
        props.add("createdAt:DATE_TIME!");
        if (input.isEmpty()) {
            input.add("reference:STRING?");
        }
        String per = n.scope() == null ? "" : " per " + n.scope();
        List<Map<String, Object>> indexes = new ArrayList<>();
        indexes.add(RecordLifecycles.index(key, true, "a " + number + " is never reused" + per + " (\"" + quoted + "\")"));
        indexes.add(RecordLifecycles.index(List.of("idempotency_key"), true, "a retried " + verb + " takes one " + number));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "${table}");
        record.put("description", "A ${name}, numbered without gaps or reuse" + per + " as the rule says (\"" + quoted + "\"); a row is never deleted");
        record.put("fields", fields);
        record.put("indexes", indexes);
        record.put("constraints", List.of(RecordLifecycles.constraint("NOT_NEGATIVE", List.of(number), List.of(), "a " + number + " is never negative")));
        List<String> counterFields = new ArrayList<>(List.of("id:UUID"));
        if (scopeColumn != null) {
            counterFields.add(scopeColumn + ":UUID");
        }
        counterFields.add("next_" + number + ":BIGINT");
        counterFields.add("updated_at:TIMESTAMP");
        Map<String, Object> counter = new LinkedHashMap<>();
        counter.put("name", "${table}_counter");
        counter.put("description", "The next " + number + " to take" + per + ": locked (SELECT ... FOR UPDATE) and advanced by one in the"
                + " transaction that inserts the ${name}, so a rolled-back " + verb + " leaves no gap");
        counter.put("fields", counterFields);
        counter.put("indexes", scopeColumn == null ? List.of() : List.of(RecordLifecycles.index(List.of(scopeColumn), true, "one counter" + per)));
        counter.put("constraints", List.of(RecordLifecycles.constraint("NOT_NEGATIVE", List.of("next_" + number), List.of(), "the next " + number + " is never negative")));
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        schemas.put("${Schema}", props);
        schemas.put("${Schema}Input", input);
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(RecordLifecycles.operation(verb + "${Schema}", "POST", "/${path}", Names.capitalise(verb) + " a ${name} the next " + number + per,
                "${Schema}Input", null, List.of(), true, List.of(RecordLifecycles.response(201, "${Schema}", "The ${name} with its " + number),
                        RecordLifecycles.response(409, null, "Already taken under another Idempotency-Key"), RecordLifecycles.response(422, null, null))));
        operations.add(RecordLifecycles.operation("list${Schema}", "GET", "/${path}", "The ${name} records in " + number + " order", null, "${Schema}",
                List.of(), false, List.of()));
        operations.add(RecordLifecycles.operation("get${Schema}", "GET", "/${path}/{${id}}", "One ${name}", null, null, List.of(), false,
                List.of(RecordLifecycles.response(200, "${Schema}", "The ${name}"), RecordLifecycles.response(404, null, null))));
        List<String> steps = new ArrayList<>();
        steps.add("actor -> entry: POST /${path} with Idempotency-Key");
        steps.add("entry -> unit: " + Names.capitalise(verb) + " the next " + number);
        steps.add("unit -> store: In one transaction: lock the counter row" + per + " (SELECT ... FOR UPDATE), insert the ${name} with the counter's "
                + number + " (unique " + String.join(", ", key) + "), advance the counter by one");
        steps.add("entry --> actor: 201 ${name} with its " + number);
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("id", "${path}-numbered");
        flow.put("title", Names.capitalise(verb) + " a ${name} the next " + number);
        flow.put("description", "Numbers without gaps or reuse" + per + ": the counter row is locked and advanced in the inserting transaction");
        flow.put("steps", steps);
        String requirement = Names.capitalise(verb) + " each ${name} the next " + number + per + ", never reused or skipped, as the "
                + n.sentence().field().label() + " says (\"" + quoted + "\"): a counter row" + per + " locked and advanced in the inserting transaction,"
                + " a unique key on " + String.join(" and ", key) + ", and no delete";
        return new CapabilityShapes.CapabilityShape(SHAPE_ID, "record its rule sentence designs", List.of(String.join(" ", n.owner()) + " " + number),
                List.of(), List.of(), List.of(), List.of(), null, requirement, RecordLifecycles.tree(List.of(record, counter)), RecordLifecycles.tree(schemas),
                RecordLifecycles.tree(operations), RecordLifecycles.tree(List.of(flow)), false, null, false);
    }
}
