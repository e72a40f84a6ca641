package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.Requirements;
import dev.architect.event.Stage;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Team;
import dev.architect.testing.SampleStageReplies;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shared context is written compactly (a lean persona, no note in the facts, an assumption's value once, no
 * constraint the request already states), but it loses nothing: in every call after the design, each part still carries
 * what it carried before the cut: the request every field of it, the facts every capacity and SDK assumption id, the
 * requirements every requirement, quality attribute, constraint, assumption and question, the design every element
 * and outlined decision.
 */
class SharedContextCarriesEverythingTest {

    private static final List<Stage> FAN_OUT = List.of(Stage.DECISIONS, Stage.COMPONENTS, Stage.APIS, Stage.DATA,
            Stage.FLOWS, Stage.RISKS, Stage.PLAN);

    private static ConsultationRequest request() {
        return Requests.shopFast().toBuilder().goals("Survive Black Friday at ten times the usual load")
                .actor("Shopper", "Buys from the web store")
                .constraints("Personal data stays in the EU", "Runs on PostgreSQL")
                .team(new Team(8, List.of("Java", "PostgreSQL"))).build();
    }

    @Test
    void everyParallelCallCarriesEveryRequestFieldFactIdRequirementAndDesignElement() throws Exception {
        ScriptedModel model = copyingTheRequestsConstraint();
        ConsultationRequest request = request();

        Consultation dossier = Requests.architect(model).build().consult(request);

        Requirements r = dossier.requirements();
        for (Stage stage : FAN_OUT) {
            String user = model.callsOf(stage).get(0).user();
            // the request whole: the section is the request's own JSON, every field and value
            assertThat(DossierJson.mapper().readTree(section(user, "request"))).as("%s: request", stage)
                    .isEqualTo(DossierJson.mapper().readTree(DossierJson.mapper().writeValueAsString(request)));
            String facts = section(user, "facts");
            dossier.capacity().estimates().forEach(e -> assertThat(facts).as("%s: capacity %s", stage, e.id()).contains("\"" + e.id() + "\":"));
            Set<String> sdk = dossier.requirements().assumptions().stream().filter(a -> facts.contains(a.id() + " ("))
                    .map(Assumption::id).collect(Collectors.toSet());
            assertThat(sdk).as("%s: the SDK's assumptions are in the facts", stage).isNotEmpty();
            String requirements = section(user, "requirements");
            r.functional().forEach(f -> assertThat(requirements).contains(f.id() + " (" + f.priority() + ") " + f.title()));
            r.qualityAttributes().forEach(q -> assertThat(requirements).contains(q.id() + " (" + q.attribute() + ")"));
            r.openQuestions().forEach(q -> assertThat(requirements).contains(q.id() + ": " + q.question()));
            r.assumptions().stream().filter(a -> !sdk.contains(a.id()) && a.value() != null)
                    .forEach(a -> assertThat(requirements).as("%s: assumption %s", stage, a.id()).contains(a.id() + " (").contains(a.value()));
            // a constraint is in the requirements, or in the request's own words
            r.constraints().forEach(c -> assertThat(requirements.contains(json(c)) || request.constraints().contains(c))
                    .as("%s: constraint %s", stage, c).isTrue());
            String design = section(user, "design");
            dossier.c4().people().forEach(p -> assertThat(design).contains("\"" + p.id() + ": "));
            dossier.c4().systems().forEach(x -> assertThat(design).contains("\"" + x.id() + " ("));
            dossier.c4().containers().forEach(c -> assertThat(design).contains("\"" + c.id() + " (" + c.kind()));
            dossier.decisions().forEach(d -> assertThat(design).contains("\"" + d.id() + " (" + d.topic() + "): "));
        }
    }

    @Test
    void aConstraintTheRequestStatesIsInTheRequestSectionOnlyAndOneItDoesNotIsInTheRequirements() {
        ScriptedModel model = copyingTheRequestsConstraint();

        Consultation dossier = Requests.architect(model).build().consult(request());

        assertThat(dossier.requirements().constraints()).contains("Personal data stays in the EU", "Built for ShopFast");
        String user = model.callsOf(Stage.RISKS).get(0).user();
        assertThat(count(user, "Personal data stays in the EU")).isEqualTo(1);
        assertThat(section(user, "request")).contains("Personal data stays in the EU");
        // the sample's own constraint, not the request's, stays in the requirements
        assertThat(section(user, "requirements")).contains("Built for ShopFast");
    }

    private static String json(String text) {
        return DossierJson.mapper().valueToTree(text).toString().replace("<", "\\u003c");
    }

    private static String section(String text, String name) {
        int start = text.indexOf("<" + name + ">\n") + name.length() + 3;
        return text.substring(start, text.indexOf("\n</" + name + ">", start));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    /** Valid replies whose analysis also lists a constraint in the request's own words, as a model may copy it. */
    private static ScriptedModel copyingTheRequestsConstraint() {
        return new ScriptedModel(call -> {
            String reply = SampleStageReplies.reply(call.request());
            if (call.stage() != Stage.ANALYZE) {
                return reply;
            }
            ObjectNode analysis = (ObjectNode) DossierJson.mapper().readTree(reply);
            ((ArrayNode) analysis.get("constraints")).add("Personal data stays in the EU");
            return analysis.toString();
        });
    }
}
