package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.consultation.StructuredOutput;
import dev.architect.internal.schema.OutputNegotiation;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputNegotiationTest {

    private static ChatModel model(Capability... capabilities) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return Set.of(capabilities);
            }
        };
    }

    @Test
    void aModelReportingJsonSchemaGetsTheNativeSchemaOthersJsonMode() {
        assertThat(new OutputNegotiation(model(Capability.RESPONSE_FORMAT_JSON_SCHEMA), StructuredOutput.AUTO).mode())
                .isEqualTo(StructuredOutput.NATIVE_SCHEMA);
        assertThat(new OutputNegotiation(model(), StructuredOutput.AUTO).mode()).isEqualTo(StructuredOutput.JSON_MODE);
        assertThat(new OutputNegotiation(model(Capability.RESPONSE_FORMAT_JSON_SCHEMA), StructuredOutput.SCHEMA_IN_PROMPT)
                .mode()).isEqualTo(StructuredOutput.SCHEMA_IN_PROMPT);
    }

    @Test
    void aRefusalDowngradesOneStepAtATimeAndStopsAtTheSchemaInThePrompt() {
        OutputNegotiation n = new OutputNegotiation(model(Capability.RESPONSE_FORMAT_JSON_SCHEMA), StructuredOutput.AUTO);

        assertThat(n.downgrade(StructuredOutput.NATIVE_SCHEMA)).isTrue();
        assertThat(n.mode()).isEqualTo(StructuredOutput.JSON_MODE);
        assertThat(n.downgrade(StructuredOutput.JSON_MODE)).isTrue();
        assertThat(n.mode()).isEqualTo(StructuredOutput.SCHEMA_IN_PROMPT);
        assertThat(n.downgrade(StructuredOutput.SCHEMA_IN_PROMPT)).isFalse();
    }
}
