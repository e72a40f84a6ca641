package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.event.Stage;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.ExistingSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExistingApiInPromptTest {

    @Test
    void theModelSeesTheRoutesOfTheExistingApiAsFacts() {
        ScriptedModel model = new ScriptedModel(call -> {
            String reply = dev.architect.testing.SampleStageReplies.reply(call.request());
            if (call.stage() != Stage.PLAN) {
                return reply;
            }
            // The sample plan has no migration; a redesign owes one, so answer the plan stage with a minimal plan.
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) dev.architect.dossier.DossierJson.mapper().readTree(reply);
            tree.set("migration", dev.architect.testing.SampleStageReplies.tree(dev.architect.testing.SampleDossiers.shopFastMigration().migration()));
            return tree.toString();
        });
        ConsultationRequest request = Requests.shopFast().toBuilder().existingSystem(new ExistingSystem("A PHP monolith", List.of("PHP"),
                "{\"openapi\": \"3.0.3\", \"paths\": {\"/orders\": {\"get\": {}, \"post\": {}}}}")).build();

        var dossier = Requests.architect(model).build().consult(request);

        assertThat(dossier.migration().strategy()).isEqualTo(dev.architect.dossier.MigrationStrategy.STRANGLER_FIG);
        assertThat(model.calls).filteredOn(c -> c.stage() == Stage.PLAN).singleElement()
                .satisfies(c -> assertThat(c.user()).contains("\"existingApiOperations\":[\"GET /orders\",\"POST /orders\"]"));
    }
}
