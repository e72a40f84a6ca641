package dev.architect.validation;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.ColumnDefault;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.OpenQuestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one artifact promises, another carries: a column comment saying the database sets the value has a default in
 * the DDL, a comment naming a trigger or append-only rows sits on a table whose constraints the DDL renders as one, a
 * requirement, release check or flow answering with a problem type is answered so by an operation of the API, and an
 * open question saying nothing guards a record names no record the data model guards. The words are data in
 * {@code promises-kept.yaml}.
 */
final class PromiseRules {

    /** The words, one list per claim (see the file's header). */
    record PromiseWords(List<String> databaseDefault, List<String> noGuard, Map<ConstraintKind, List<String>> guards) {
        PromiseWords {
            for (List<String> l : java.util.Arrays.asList(databaseDefault, noGuard)) {
                nonBlank(l);
            }
            if (guards == null || guards.isEmpty()) {
                throw new IllegalArgumentException("promises-kept.yaml needs the words of at least one guard");
            }
            guards.values().forEach(PromiseWords::nonBlank);
        }

        private static void nonBlank(List<String> l) {
            if (l == null || l.isEmpty() || l.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalArgumentException("every list of promises-kept.yaml needs at least one non-blank phrase");
            }
        }
    }

    static final String RESOURCE = "/dev/architect/validation/promises-kept.yaml";

    /** A problem type as prose names it, with the status written just before it when there is one ("422 /problems/x"). */
    private static final Pattern PROBLEM = Pattern.compile("(?:\\b([1-5][0-9]{2})\\s*\\(?\\s*(?:problem type\\s+)?)?(/problems/[a-z0-9]+(?:-[a-z0-9]+)*)");

    private static final class Holder {
        static final PromiseWords STANDARD = ValidatorData.read(RESOURCE, PromiseWords.class, "promise words");
    }

    private PromiseRules() {
    }

    static void readWords() {
        words();
    }

    static PromiseWords words() {
        return Holder.STANDARD;
    }

    static void check(Consultation c, List<Violation> out) {
        columnClaims(c, words(), out);
        problemsDeclared(c, out);
        guardsDenied(c, words(), out);
    }

    /** A column comment saying the database sets the value, on a column with no default. */
    static void columnClaims(Consultation c, PromiseWords words, List<Violation> out) {
        List<Entity> entities = c.dataModel().entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            for (int j = 0; j < e.fields().size(); j++) {
                EntityField f = e.fields().get(j);
                String claim = Words.firstIn(f.description(), words.databaseDefault()).orElse(null);
                if (claim != null && f.columnDefault() != ColumnDefault.NOW) {
                    out.add(error("dataModel.entities[" + i + "].fields[" + j + "].description", DossierValidator.Rule.COLUMN_CLAIM, "column '"
                            + e.name() + "." + f.name() + "' says it is '" + claim + "', but the column has no default: every insert that leaves"
                            + " it out fails, or the client's value is taken. Give it the default (now()) or say who writes it"));
                }
            }
        }
    }

    /** Every problem type a requirement, a release check or a flow answers with is one an operation of the API answers with. */
    static void problemsDeclared(Consultation c, List<Violation> out) {
        Map<String, Set<Integer>> declared = new LinkedHashMap<>();
        for (ApiSpec api : c.apis()) {
            for (ApiOperation o : api.operations()) {
                for (ApiResponse r : o.responses()) {
                    Matcher m = PROBLEM.matcher(r.description());
                    while (m.find()) {
                        declared.computeIfAbsent(m.group(2), k -> new java.util.TreeSet<>()).add(r.status());
                    }
                }
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        var functional = c.requirements().functional();
        for (int i = 0; i < functional.size(); i++) {
            texts.put("requirements.functional[" + i + "]", functional.get(i).title() + ". " + nullToEmpty(functional.get(i).description()));
        }
        var phases = c.roadmap().phases();
        for (int i = 0; i < phases.size(); i++) {
            for (int j = 0; j < phases.get(i).exitCriteria().size(); j++) {
                texts.put("roadmap.phases[" + i + "].exitCriteria[" + j + "]", phases.get(i).exitCriteria().get(j));
            }
        }
        for (int i = 0; i < c.sequences().size(); i++) {
            var steps = c.sequences().get(i).steps();
            for (int j = 0; j < steps.size(); j++) {
                texts.put("sequences[" + i + "].steps[" + j + "]", steps.get(j).message());
            }
        }
        for (Map.Entry<String, String> t : texts.entrySet()) {
            Matcher m = PROBLEM.matcher(t.getValue());
            while (m.find()) {
                String problem = m.group(2);
                Set<Integer> statuses = declared.get(problem);
                if (statuses == null) {
                    out.add(error(t.getKey(), DossierValidator.Rule.UNDECLARED_PROBLEM, "answers " + (m.group(1) == null ? "" : m.group(1) + " ")
                            + problem + ", but no operation of the API answers with it: the promise has no endpoint that keeps it"));
                } else if (m.group(1) != null && !statuses.contains(Integer.parseInt(m.group(1)))) {
                    out.add(error(t.getKey(), DossierValidator.Rule.UNDECLARED_PROBLEM, "answers " + m.group(1) + " " + problem
                            + ", but the API answers it with " + statuses));
                }
            }
        }
    }

    /**
     * An open question saying nothing keeps a rule, while a record it names already carries the constraint that keeps a
     * rule of its words (an append-only table for "never edited").
     */
    static void guardsDenied(Consultation c, PromiseWords words, List<Violation> out) {
        List<OpenQuestion> questions = c.requirements().openQuestions();
        for (int i = 0; i < questions.size(); i++) {
            OpenQuestion q = questions.get(i);
            String text = q.question() + " " + nullToEmpty(q.whyItMatters());
            String claim = Words.firstIn(text, words.noGuard()).orElse(null);
            if (claim == null) {
                continue;
            }
            found:
            for (Entity e : c.dataModel().entities()) {
                if (!Words.contains(text, e.name()) && !Words.contains(text, e.name().replace('_', ' '))) {
                    continue;
                }
                for (EntityConstraint k : e.constraints()) {
                    String rule = Words.firstIn(text, words.guards().getOrDefault(k.kind(), List.of())).orElse(null);
                    if (rule != null) {
                        // a warning: the guard's words fit the rule, but whether the guard keeps THIS rule is the architect's call
                        out.add(new Violation(Severity.WARNING, "requirements.openQuestions[" + i + "]", DossierValidator.Rule.ABSENCE_CONTRADICTED.id(), "open question '" + q.id()
                                + "' says " + claim + " keeps a rule of '" + rule + "', but it names '" + e.name() + "', whose table already carries "
                                + k.kind() + ": bind the rule to the record that carries the guard, or say why that guard is not this rule's"));
                        break found;
                    }
                }
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Violation error(String path, DossierValidator.Rule rule, String message) {
        return new Violation(Severity.ERROR, path, rule.id(), message);
    }
}
