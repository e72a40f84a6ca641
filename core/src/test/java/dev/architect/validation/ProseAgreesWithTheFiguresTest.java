package dev.architect.validation;

import static dev.architect.validation.EditedSamples.broken;
import static dev.architect.validation.EditedSamples.found;
import static dev.architect.validation.EditedSamples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.request.ConsultationRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prose is held to the figures and the design it speaks for: a part the chosen option names is priced and drawn; the
 * budget risk says what the budget verdict says, at a severity the overshoot calls for; an access rule the request states is
 * kept or asked about, never dropped without a word.
 */
class ProseAgreesWithTheFiguresTest {

    private static ObjectNode item(ObjectNode tree, int i) {
        return (ObjectNode) tree.at("/cost/items/" + i);
    }

    /** The ShopFast sample with a budget verdict: its month 1 is $1,820.48 (420.48 + 1,400). */
    private static void budget(ObjectNode tree, double monthlyUsd, String status, double gap) {
        ObjectNode b = ((ObjectNode) tree.get("cost")).putObject("budget");
        b.put("monthlyUsd", monthlyUsd).put("status", status).put("gapUsd", gap);
    }

    private static void risk(ObjectNode tree, String id, String title, String description, int likelihood, int impact) {
        ObjectNode r = ((ArrayNode) tree.get("risks")).addObject();
        r.put("id", id).put("title", title).put("description", description).put("likelihood", likelihood).put("impact", impact)
                .put("mitigation", "Agree it with the budget holder").put("owner", "Engineering manager").put("status", "OPEN");
        r.putArray("relatedDecisions");
        r.putArray("relatedElements");
    }

    // --- a part the chosen option names

    @Test
    void readReplicasChosenWhileTheCostPricesOnlyAStandbyAndACrossRegionCopyIsAWarningNamingTheAdr() {
        Consultation c = sampleWith(t -> item(t, 1).put("name", "Database instances")
                .put("assumption", "3 instances: 2 (primary and standby) + one cross-region replica in each of 1 other region"));

        assertThat(found(c, null, DossierValidator.Rule.CHOSEN_PART_UNBUILT)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("decisions[1]");
            assertThat(v.message()).startsWith("adr-0002 chooses 'PostgreSQL with read replicas' ('read replicas': read replicas) but no cost item"
                    + " prices read replicas");
        });
    }

    @Test
    void aReplicaPricedBesideThePrimaryServesTheReadsTheAdrChoseItFor() {
        // the sample prices "PostgreSQL primary and replica": a replica with no standby or other-region word is the read replica
        assertThat(found(sampleWith(t -> { }), null, DossierValidator.Rule.CHOSEN_PART_UNBUILT)).isEmpty();
    }

    @Test
    void aSharedCacheTheChosenOptionNamesMustBePricedButAnApplicationCacheOrAnOptionWithoutOneNamesNone() {
        // the sample draws a Redis container but prices no cache line
        Consultation withRedis = sampleWith(t -> {
            ((ObjectNode) t.at("/decisions/0/options/0")).put("name", "Modular monolith with Redis");
            ((ObjectNode) t.at("/decisions/0")).put("chosenOption", "Modular monolith with Redis");
            ((ObjectNode) t.at("/decisions/0")).put("topic", "CACHING");
        });
        assertThat(found(withRedis, null, DossierValidator.Rule.CHOSEN_PART_UNBUILT)).extracting(Violation::message).containsExactly(
                "adr-0001 chooses 'Modular monolith with Redis' ('redis': a shared cache) but no cost item prices a shared cache (cost items:"
                        + " Application instances, PostgreSQL primary and replica)");

        for (String option : List.of("Modular monolith without Redis", "Modular monolith with an application cache")) {
            Consultation none = sampleWith(t -> {
                ((ObjectNode) t.at("/decisions/0/options/0")).put("name", option);
                ((ObjectNode) t.at("/decisions/0")).put("chosenOption", option);
            });
            assertThat(found(none, null, DossierValidator.Rule.CHOSEN_PART_UNBUILT)).as(option).isEmpty();
        }
        // a shared cache is the caching decision's: Valkey sorted sets another decision chooses are that decision's own store
        Consultation matchmaking = sampleWith(t -> {
            ((ObjectNode) t.at("/decisions/0/options/0")).put("name", "Own matchmaking service (search windows in Valkey sorted sets)");
            ((ObjectNode) t.at("/decisions/0")).put("chosenOption", "Own matchmaking service (search windows in Valkey sorted sets)");
        });
        assertThat(found(matchmaking, null, DossierValidator.Rule.CHOSEN_PART_UNBUILT)).isEmpty();
    }

    @Test
    void aNegationBeforeThePartOrItsAdjectiveNamesNoPart() {
        List<String> negations = List.of("no", "without", "not", "instead of");
        assertThat(ProseFigureRules.affirmed("No shared cache", "cache", negations)).isFalse();
        assertThat(ProseFigureRules.affirmed("Distributed cache (cache-aside)", "cache", negations)).isTrue();
        // "cache" inside another word is not the part
        assertThat(ProseFigureRules.affirmed("Cachet signing service", "cache", negations)).isFalse();
    }

    // --- the budget verdict and the budget risk

    @Test
    void overTheBudgetWithNoBudgetRiskIsAnError() {
        // budget $1,500: month 1 $1,820.48 is $320.48 over
        Consultation c = sampleWith(t -> budget(t, 1500, "OVER", 320.48));

        assertThat(broken(c, DossierValidator.Rule.BUDGET_RISK_VERDICT)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("risks");
            assertThat(v.message()).isEqualTo("cost.budget is OVER by $320.48 (month 1 $1,820.48 against a budget of $1,500.00) but no risk names the budget");
        });
    }

    @Test
    void overTheBudgetBesideARiskOfLittleHeadroomIsAnErrorAndSoIsAnOvershootRatedBelowItsBand() {
        // $320.48 over $1,500 is 21.4%: more than 5%, so at least high; "little headroom" at 3 x 3 (9, medium) says neither
        Consultation headroom = sampleWith(t -> {
            budget(t, 1500, "OVER", 320.48);
            risk(t, "risk-budget", "Little headroom in the budget", "Estimated $1,820.48 a month uses 121% of the $1,500.00 budget", 3, 3);
        });
        assertThat(broken(headroom, DossierValidator.Rule.BUDGET_RISK_VERDICT)).extracting(Violation::message).containsExactly(
                "risk-budget ('Little headroom in the budget') does not say the run cost is over the budget, while cost.budget is OVER by $320.48"
                        + " (month 1 $1,820.48 against a budget of $1,500.00)",
                "risk-budget is rated medium (score 9) while cost.budget is OVER by $320.48 (21.4% of the budget): an overshoot of more than 5% is"
                        + " at least high");

        // the same overshoot, said plainly at 4 x 3 = 12 (high): nothing to say
        Consultation said = sampleWith(t -> {
            budget(t, 1500, "OVER", 320.48);
            risk(t, "risk-budget", "Run cost exceeds the budget", "Estimated $1,820.48 a month against a budget of $1,500.00", 4, 3);
        });
        assertThat(found(said, null, DossierValidator.Rule.BUDGET_RISK_VERDICT)).isEmpty();

        // over by $20.48 of $1,800 (1.1%): a medium risk is enough
        Consultation slightly = sampleWith(t -> {
            budget(t, 1800, "OVER", 20.48);
            risk(t, "risk-budget", "Run cost exceeds the budget", "Estimated $1,820.48 a month against a budget of $1,800.00", 3, 2);
        });
        assertThat(found(slightly, null, DossierValidator.Rule.BUDGET_RISK_VERDICT)).isEmpty();
    }

    @Test
    void withinTheBudgetBesideARiskOrASummarySayingItIsOverIsAnError() {
        // budget $2,000: month 1 $1,820.48 leaves $179.52
        Consultation c = sampleWith(t -> {
            budget(t, 2000, "WITHIN", -179.52);
            risk(t, "risk-budget", "Run cost exceeds the budget", "Estimated $1,820.48 a month against a budget of $2,000.00", 4, 3);
            t.put("summary", "ShopFast on PostgreSQL, over the budget.");
        });
        assertThat(broken(c, DossierValidator.Rule.BUDGET_RISK_VERDICT)).extracting(Violation::path).containsExactly("risks[3]", "summary");

        // little headroom is what a design within 91% of its budget has: no finding
        Consultation headroom = sampleWith(t -> {
            budget(t, 2000, "WITHIN", -179.52);
            risk(t, "risk-budget", "Little headroom in the budget", "Estimated $1,820.48 a month uses 91% of the $2,000.00 budget; growth will exceed it", 3, 3);
        });
        assertThat(found(headroom, null, DossierValidator.Rule.BUDGET_RISK_VERDICT)).isEmpty();
    }

    // --- a stated access rule is kept or asked about

    private static final ConsultationRequest ACCESS = ConsultationRequest.builder("ShopFast", "An online store with home delivery. A delivery"
            + " driver must never see what is in the parcel, only the parcel number and the address; the app shows a shopper only their own orders."
            + " Merchants bring only their own stock to the warehouse.").build();

    @Test
    void anAccessRuleTheDossierNeitherKeepsNorAsksAboutIsAWarningQuotingItsClause() {
        // the first rule is asked about in an open question; the second is dropped; the third sentence states no rule (no seeing verb)
        Consultation c = sampleWith(t -> {
            ObjectNode q = ((ArrayNode) t.at("/requirements/openQuestions")).addObject();
            q.put("id", "oq-access-1").put("question", "Who may see the records the rule \"A delivery driver must never see what is in the parcel, only"
                    + " the parcel number and the address\" keeps?").put("whyItMatters", "No record is bound");
            q.putArray("options");
        });

        assertThat(found(c, ACCESS, DossierValidator.Rule.ACCESS_RULE_UNANSWERED)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.message()).isEqualTo("the request states \"the app shows a shopper only their own orders\" ('only their own'), but no"
                    + " requirement keeps it and no open question or risk quotes it");
        });
        assertThat(DossierValidator.unansweredAccessRules(c, ACCESS)).containsExactly("the app shows a shopper only their own orders");
    }

    @Test
    void aRequirementQuotingTheRuleKeepsIt() {
        Consultation c = sampleWith(t -> {
            ObjectNode f = ((ArrayNode) t.at("/requirements/functional")).addObject();
            f.put("id", "fr-access-order").put("title", "The app shows a shopper only their own orders").put("description", "Rows where"
                    + " order.shopper_id = :caller_shopper_id").put("priority", "MUST");
            ObjectNode q = ((ArrayNode) t.at("/requirements/openQuestions")).addObject();
            q.put("id", "oq-access-1").put("question", "Who may see what \"a delivery driver must never see what is in the parcel\" restricts?")
                    .put("whyItMatters", "No record is bound");
            q.putArray("options");
        });
        assertThat(found(c, ACCESS, DossierValidator.Rule.ACCESS_RULE_UNANSWERED)).isEmpty();
    }

    // --- the data file

    @Test
    void aCopyOfTheWordsWithoutSeeingVerbsFailsAtLoadNamingTheKey() {
        String broken = "parts: [{part: a shared cache, chosen: [redis], priced: [redis], drawn: [redis]}]\nnegations: [no]\n"
                + "budget: {names: [budget], over: [over budget], within: [headroom], summaryOver: [over budget]}\naccess: {markers: [never see]}\n";
        assertThatThrownBy(() -> ValidatorData.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "copy.yaml",
                ProseFigureRules.ProseWords.class, "prose-against-figures words"))
                .hasMessageContaining("access needs markers and seeing verbs");
    }
}
