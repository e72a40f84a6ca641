package dev.architect.internal.engine;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Requirements;
import dev.architect.internal.Invariants;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folds the clarifying questions back into the requirements before the design: an answered question becomes a
 * constraint the design must respect; an unanswered one becomes a stated assumption of its recommended option.
 */
final class Clarifications {

    private Clarifications() {
    }

    static Requirements resolve(Requirements requirements, List<ClarifyingQuestion> questions, Map<String, String> answers) {
        List<String> constraints = new ArrayList<>(requirements.constraints());
        List<Assumption> assumptions = new ArrayList<>(requirements.assumptions());
        Set<String> ids = new HashSet<>(Stream.of(
                requirements.functional().stream().map(f -> f.id()),
                requirements.qualityAttributes().stream().map(q -> q.id()),
                assumptions.stream().map(Assumption::id)).flatMap(s -> s).toList());
        for (ClarifyingQuestion q : questions) {
            String answer = answers.get(q.id());
            if (answer != null) {
                constraints.add(q.question() + " Answer: " + answer);
            } else {
                assumptions.add(new Assumption(uniqueId("as-" + q.id(), ids), q.question(),
                        "Assumed \"" + q.recommended() + "\" because the question was not answered. " + q.whyItMatters(),
                        q.recommended()));
            }
        }
        return new Requirements(requirements.functional(), requirements.qualityAttributes(), constraints, assumptions,
                List.of());
    }

    private static String uniqueId(String wanted, Set<String> taken) {
        String base = wanted.length() > 76 ? wanted.substring(0, 76) : wanted;
        String id = base;
        for (int n = 2; !taken.add(id) || !Invariants.ID.matcher(id).matches(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
