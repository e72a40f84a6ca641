package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over HTTP on 127.0.0.1: a repair names the field and what is wrong with it, never the JSON library's wording. */
class RepairLanguageTest {

    @Test
    void aNullNumberAndAnUnknownEnumValueAreSentBackAsFieldPathsAndWhatTheyMustBe() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.RISKS && attempt == 1) {
                ((ObjectNode) reply.get("risks").get(0)).putNull("likelihood");
            }
            if (stage == Stage.RISKS && attempt == 2) {
                ((ObjectNode) reply.get("risks").get(2)).put("status", "SOMETIMES");
            }
        })) {
            Consultation dossier = http.architect().build()
                    .consult(ConsultationRequest.builder("ShopFast", "Online store").capabilities("catalog", "orders").build());

            assertThat(dossier.risks()).isNotEmpty();
            List<String> repairs = http.bodies.stream().map(b -> lastMessage(b.get("messages")))
                    .filter(m -> m.contains("could not be accepted")).toList();
            assertThat(repairs).hasSize(2);
            assertThat(repairs.get(0)).contains("- risks[0].likelihood: is null but must be a whole number");
            assertThat(repairs.get(1)).contains("- risks[2].status: 'SOMETIMES' is not one of [OPEN, MITIGATING, ACCEPTED, CLOSED]");
            for (String repair : repairs) {
                assertThat(repair).doesNotContain("Cannot", "DeserializationConfig", "FAIL_ON", "`", "jackson", "Jackson",
                        "dev.architect");
            }
        }
    }

    private static String lastMessage(JsonNode messages) {
        return messages.get(messages.size() - 1).path("content").asText();
    }
}
