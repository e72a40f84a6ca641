package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.OpenQuestion;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An access rule the request states is never dropped without a word: where the readers bind it to no record, the dossier
 * asks about it in an open question quoting it, and the validator then finds nothing unanswered. A sentence with "only
 * their own" and no seeing verb states no rule and brings no question.
 */
class StatedAccessRulesAskedTest {

    private static final String REQUEST = """
            system: Grainline
            description: >
              Twelve grain co-operatives share 40 country elevators. Every truck that delivers is weighed in and out and a
              sample is graded; the grade sets the price paid to the farmer. A co-operative must never see another
              co-operative's tickets or prices. Farmers bring only their own trucks to the weighbridge.
            capabilities: [weigh in and out, grade samples]
            load: {peakRequestsPerSecond: 60, readWriteRatio: 8}
            team: {size: 3, expertise: [Python, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [ca-central-1]}
            """;

    @Test
    void anIsolationRuleBetweenTenantsTheDesignCannotBindIsAskedQuotingIt() {
        var request = RequestReader.readString(REQUEST);
        Consultation c = OfflineArchitect.create().consult(request);

        List<OpenQuestion> asked = c.requirements().openQuestions().stream()
                .filter(q -> q.question().contains("a co-operative must never see another co-operative's tickets or prices")
                        || q.question().contains("A co-operative must never see another co-operative's tickets or prices"))
                .toList();
        assertThat(asked).isNotEmpty();
        assertThat(DossierValidator.unansweredAccessRules(c, request)).isEmpty();
        // "Farmers bring only their own trucks" has no seeing verb: no question quotes it
        assertThat(c.requirements().openQuestions()).noneMatch(q -> q.question().contains("only their own trucks"));
    }
}
