package dev.architect.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.testing.DossierReplies;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class IdContinuityTest {

    private static final Consultation PREVIOUS = Architect.builder().build().consult(ConsultationRequest.builder("Larder",
            "Online grocery store with same-day delivery slots in one country.").capabilities("catalog", "cart", "orders")
            .load(new Load(1500.0, 15.0, 800_000L, null))
            // 1,406.25 reads/s sit under the one primary's 5,000 reads/s; a 150 ms p99, under the 200 ms no shared cache is
            // built for, is what draws the cache container this test renames
            .latency(new Latency(150, null)).build());

    /** The previous dossier with ids renamed and then any other edit, as a model's fresh dossier. */
    private static Consultation fresh(Map<String, String> ids, Consumer<JsonNode> edit) throws Exception {
        JsonNode tree = DossierJson.mapper().readTree(DossierJson.write(PREVIOUS));
        DossierReplies.rename(tree, ids);
        edit.accept(tree);
        return DossierJson.read(tree.toString());
    }

    @Test
    void aContainerRenamedAndRetitledIsMatchedByItsKindAndTechnology() throws Exception {
        Consultation fresh = fresh(Map.of("cache", "kv"), tree -> tree.at("/c4/containers").forEach(c -> {
            if (c.path("id").asText().equals("kv")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) c).put("name", "Key-value store");
            }
        }));

        assertThat(IdContinuity.renames(PREVIOUS, fresh)).containsEntry("kv", "cache");
    }

    @Test
    void anIdThatNamesTwoKindsOfElementIsNeverRenamedSinceTheRenameWouldReachBoth() throws Exception {
        assertThat(PREVIOUS.dataModel().entities()).extracting(e -> e.name()).contains("cart");
        Consultation fresh = fresh(Map.of("db", "cart"), tree -> { });

        assertThat(IdContinuity.renames(PREVIOUS, fresh)).doesNotContainKey("cart");
    }

    @Test
    void anUnchangedDossierNeedsNoRename() throws Exception {
        assertThat(IdContinuity.renames(PREVIOUS, fresh(Map.of(), tree -> { }))).isEmpty();
    }
}
