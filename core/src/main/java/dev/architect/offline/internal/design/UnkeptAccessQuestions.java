package dev.architect.offline.internal.design;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Requirements;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * An access or isolation rule the request states that the design neither keeps (a requirement with its row predicate) nor
 * asks about becomes an open question, quoting it: a rule whose record or people the readers could not bind ("a
 * co-operative must never see another co-operative's tickets") is never dropped without a word. The clauses are the ones
 * the validator's {@link DossierValidator.Rule#ACCESS_RULE_UNANSWERED} reads, so the dossier and the rule agree.
 */
final class UnkeptAccessQuestions {

    private UnkeptAccessQuestions() {
    }

    /**
     * The dossier with a question for each stated access rule it leaves unanswered.
     *
     * @param c the assembled dossier
     * @param request the request whose description states the rules
     */
    static Consultation asked(Consultation c, ConsultationRequest request) {
        List<String> clauses = DossierValidator.unansweredAccessRules(c, request);
        if (clauses.isEmpty()) {
            return c;
        }
        List<OpenQuestion> questions = new ArrayList<>(c.requirements().openQuestions());
        int n = 0;
        for (String clause : clauses) {
            String id;
            do {
                id = "oq-access-stated-" + (++n);
            } while (taken(questions, id));
            questions.add(new OpenQuestion(id, "Which records does the rule \"" + clause + "\" restrict, who may see them, and through which"
                    + " relationship?", "The request states this rule, but the design binds it to no record and no people it holds, so no row"
                    + " predicate, membership table or 404 keeps it yet; left unanswered, every list and search would show these records to"
                    + " everyone signed in", List.of(), null));
        }
        Requirements r = c.requirements();
        return new Consultation(c.system(), c.summary(), new Requirements(r.functional(), r.qualityAttributes(), r.constraints(), r.assumptions(),
                questions), c.decisions(), c.c4(), c.sequences(), c.apis(), c.dataModel(), c.techStack(), c.risks(), c.operations(), c.capacity(),
                c.cost(), c.roadmap(), c.migration(), c.metadata());
    }

    private static boolean taken(List<OpenQuestion> questions, String id) {
        return questions.stream().anyMatch(q -> q.id().equals(id));
    }
}
