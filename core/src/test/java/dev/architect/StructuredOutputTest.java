package dev.architect;

import dev.architect.testing.SampleStageReplies;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.event.Stage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import org.junit.jupiter.api.Test;

class StructuredOutputTest {

    @Test
    void aModelWithNativeJsonSchemaGetsTheStagesSchemaAsItsResponseFormat() {
        ScriptedModel model = new ScriptedModel(call -> SampleStageReplies.reply(call.request()), Capability.RESPONSE_FORMAT_JSON_SCHEMA);

        Requests.architect(model).build().consult(Requests.shopFast());

        ScriptedModel.Call design = model.callsOf(Stage.DESIGN).get(0);
        var format = design.request().responseFormat();
        assertThat(format.type()).isEqualTo(ResponseFormatType.JSON);
        assertThat(format.jsonSchema().name()).isEqualTo("DesignReply");
        assertThat(((JsonObjectSchema) format.jsonSchema().rootElement()).required())
                .containsExactly("summary", "people", "systems", "containers", "relationships", "techStack", "decisions");
        assertThat(design.system()).doesNotContain("\"properties\"");
        assertThat(design.user()).doesNotContain("\"properties\"").contains("the response format carries its schema (DesignReply)");
    }

    @Test
    void aModelWithoutItGetsJsonModeAndTheSchemaInThePrompt() {
        ScriptedModel model = ScriptedModel.valid();

        Requests.architect(model).build().consult(Requests.shopFast());

        ScriptedModel.Call risks = model.callsOf(Stage.RISKS).get(0);
        assertThat(risks.request().responseFormat().type()).isEqualTo(ResponseFormatType.JSON);
        assertThat(risks.request().responseFormat().jsonSchema()).isNull();
        // After the shared context, so the stages' common prefix is not broken by each one's schema.
        assertThat(risks.user()).contains("follows this JSON Schema", "\"likelihood\":{\"type\":\"integer\"}");
        assertThat(risks.user().indexOf("follows this JSON Schema")).isGreaterThan(risks.user().indexOf("</design>"));
        assertThat(risks.system()).doesNotContain("JSON Schema");
    }

    @Test
    void aModelThatRefusesJsonModeIsAskedForTextWithTheSchemaInThePrompt() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.request().responseFormat().type() == ResponseFormatType.JSON) {
                throw new UnsupportedFeatureException("JSON response format is not supported");
            }
            return SampleStageReplies.reply(call.request());
        });

        Requests.architect(model).build().consult(Requests.shopFast());

        assertThat(model.calls).hasSize(10); // one refused call, then every stage once
        assertThat(model.callsOf(Stage.PLAN).get(0).request().responseFormat().type()).isEqualTo(ResponseFormatType.TEXT);
    }
}
