package dev.architect.validation;

import static dev.architect.validation.EditedSamples.broken;
import static dev.architect.validation.EditedSamples.found;
import static dev.architect.validation.EditedSamples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.ColumnDefault;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DataType;
import dev.architect.dossier.EntityField;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/**
 * What one artifact promises, another carries: a column the comment says the database sets has a default; a problem
 * type a requirement, release check or flow answers with is one an API operation answers with; an open question saying
 * nothing keeps a rule names no record whose table already keeps such a rule. Each rule is broken on the sample dossier
 * (ShopFast: customer_order at entities[1] with created_at at fields[2]; createOrder at apis[0].operations[2] with its
 * 422 at responses[1]) by one edit, and holds where the edit is consistent or the words are in another sense.
 */
class ArtifactsKeepWhatTheyPromiseTest {

    private static void createdAt(ObjectNode t, String description, String columnDefault) {
        ObjectNode f = (ObjectNode) t.at("/dataModel/entities/1/fields/2");
        f.put("description", description);
        if (columnDefault != null) {
            f.put("columnDefault", columnDefault);
        }
    }

    @Test
    void aColumnTheCommentSaysTheDatabaseSetsWithNoDefaultIsAnError() {
        Consultation c = sampleWith(t -> createdAt(t, "Set from the database's clock (now()) in the insert that writes the order", null));

        assertThat(broken(c, DossierValidator.Rule.COLUMN_CLAIM)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("dataModel.entities[1].fields[2].description");
            assertThat(v.message()).isEqualTo("column 'customer_order.created_at' says it is 'set from the database's clock', but the column has"
                    + " no default: every insert that leaves it out fails, or the client's value is taken. Give it the default (now()) or say"
                    + " who writes it");
        });
    }

    @Test
    void theSameCommentOnAColumnWithTheDefaultHolds() {
        Consultation c = sampleWith(t -> createdAt(t, "Set from the database's clock (now()) in the insert that writes the order", "NOW"));

        assertThat(c.dataModel().entities().get(1).fields().get(2).columnDefault()).isEqualTo(ColumnDefault.NOW);
        assertThat(broken(c, DossierValidator.Rule.COLUMN_CLAIM)).isEmpty();
    }

    @Test
    void aCommentComparingTheValueWithNowClaimsNoDefault() {
        // another sense: the comment reads the clock, it does not say who writes the column
        Consultation c = sampleWith(t -> createdAt(t, "When the shopper placed it; the reminder job compares it with now() every hour", null));

        assertThat(broken(c, DossierValidator.Rule.COLUMN_CLAIM)).isEmpty();
    }

    @Test
    void theDatabaseClockDefaultNeedsATimestampColumn() {
        assertThatThrownBy(() -> new EntityField("placed_on", DataType.DATE, false, false, null, ColumnDefault.NOW))
                .hasMessageContaining("field 'placed_on'").hasMessageContaining("needs a TIMESTAMP column, not DATE");
        assertThat(new EntityField("placed_at", DataType.TIMESTAMP, false, false, null).columnDefault()).isNull();
    }

    @Test
    void aRequirementAnsweringWithAProblemNoOperationDeclaresIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/requirements/functional/1")).put("description",
                "Refuse an order placed after the sale ends: answered 422 (problem type /problems/sale-ended) and nothing is written"));

        assertThat(broken(c, DossierValidator.Rule.UNDECLARED_PROBLEM)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("requirements.functional[1]");
            assertThat(v.message()).isEqualTo("answers 422 /problems/sale-ended, but no operation of the API answers with it: the promise has no"
                    + " endpoint that keeps it");
        });
    }

    @Test
    void aReleaseCheckAnsweringWithAnotherStatusThanTheOperationIsAnError() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/apis/0/operations/2/responses/1")).put("description", "The sale has ended (problem type /problems/sale-ended)");
            ((ArrayNode) t.at("/roadmap/phases/0/exitCriteria")).add("Release check: an order one second after the sale ends gets 409 /problems/sale-ended");
        });

        assertThat(broken(c, DossierValidator.Rule.UNDECLARED_PROBLEM)).singleElement().satisfies(v -> {
            assertThat(v.path()).startsWith("roadmap.phases[0].exitCriteria[");
            assertThat(v.message()).isEqualTo("answers 409 /problems/sale-ended, but the API answers it with [422]");
        });
    }

    @Test
    void aProblemTheOperationAnswersWithHoldsInRequirementCheckAndFlow() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/apis/0/operations/2/responses/1")).put("description", "The sale has ended (problem type /problems/sale-ended)");
            ((ObjectNode) t.at("/requirements/functional/1")).put("description",
                    "Refuse an order placed after the sale ends: answered 422 (problem type /problems/sale-ended)");
            ((ArrayNode) t.at("/roadmap/phases/0/exitCriteria")).add("Release check: an order one second after the sale ends gets 422 /problems/sale-ended");
            ((ObjectNode) t.at("/sequences/0/steps/5")).put("message", "422 /problems/sale-ended when the sale has ended");
        });

        assertThat(broken(c, DossierValidator.Rule.UNDECLARED_PROBLEM)).isEmpty();
    }

    @Test
    void anOpenQuestionSayingNothingKeepsARuleTheNamedRecordAlreadyKeepsIsWarned() {
        Consultation c = sampleWith(t -> {
            ((ArrayNode) t.at("/dataModel/entities/1/constraints")).addObject().put("kind", "APPEND_ONLY").putArray("fields");
            ((ObjectNode) t.at("/requirements/openQuestions/0")).put("question", "Which record does the rule \"an order is never edited once"
                    + " placed\" constrain: customer order or order line?").put("whyItMatters", "Its subject fits 2 records equally, so no"
                    + " constraint, command check or transaction step keeps it yet");
        });

        assertThat(found(c, null, DossierValidator.Rule.ABSENCE_CONTRADICTED)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("requirements.openQuestions[0]");
            assertThat(v.message()).isEqualTo("open question 'oq-marketplace' says no constraint keeps a rule of 'edited', but it names"
                    + " 'customer_order', whose table already carries APPEND_ONLY: bind the rule to the record that carries the guard, or say"
                    + " why that guard is not this rule's");
        });
    }

    @Test
    void aGuardOfAnotherRuleOnTheNamedRecordDoesNotContradictTheQuestion() {
        // customer_order keeps "never edited" (APPEND_ONLY), but the question's rule is a count: no guard of its words
        Consultation c = sampleWith(t -> {
            ((ArrayNode) t.at("/dataModel/entities/1/constraints")).addObject().put("kind", "APPEND_ONLY").putArray("fields");
            ((ObjectNode) t.at("/requirements/openQuestions/0")).put("question", "How many customer orders may a shopper hold open at once?")
                    .put("whyItMatters", "The request caps them, but no constraint or command check keeps the cap yet");
        });

        assertThat(found(c, null, DossierValidator.Rule.ABSENCE_CONTRADICTED)).isEmpty();
    }

    @Test
    void thePromiseWordsFileIsCheckedAtLoad() {
        assertThat(PromiseRules.words().databaseDefault()).contains("set by the database");
        String text = ShippedDataFiles.text(PromiseRules.class, PromiseRules.RESOURCE);
        String[][] bad = {{"noGuard:", "extraWords: [x]\nnoGuard:", "extraWords"}, {"noGuard: [no constraint, no constraints]", "noGuard: []", "at least one non-blank phrase"},
                {"  APPEND_ONLY:", "  APPEND_ONCE:", "APPEND_ONCE"}};
        for (String[] b : bad) {
            assertThat(text).contains(b[0]);
            String copy = text.replace(b[0], b[1]);
            assertThatThrownBy(() -> ValidatorData.read(new java.io.ByteArrayInputStream(copy.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "bad-promises-kept.yaml", PromiseRules.PromiseWords.class, "promise words"))
                    .hasMessageContaining("bad-promises-kept.yaml").hasMessageContaining(b[2]);
        }
    }
}
