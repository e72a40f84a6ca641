package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.CapabilityLoad;
import org.junit.jupiter.api.Test;

/** On the model path, a load the request states per capability reaches every stage, one line per load. */
class StatedLoadPromptTest {

    @Test
    void everyStageSeesEachStatedLoadOnALineOfItsOwnAndTheRequestKeepsItsForm() {
        ScriptedModel model = ScriptedModel.valid();

        Requests.architect(model).build().consult(Requests.shopFast().toBuilder()
                .capability(CapabilityLoad.share("catalog", 0.7).withReadWriteRatio(200))
                .capability(CapabilityLoad.peak("orders", 120)).build());

        assertThat(model.calls).isNotEmpty().allSatisfy(call -> assertThat(call.user())
                .contains("\"capabilities\":[{\"name\":\"catalog\",\"share\":0.7,\"readWriteRatio\":200.0},\"cart\","
                        + "{\"name\":\"orders\",\"peakRequestsPerSecond\":120.0},\"payments\",\"search\"]")
                .doesNotContain("capabilityLoads"));
        assertThat(model.calls).filteredOn(call -> call.user().contains("<facts>")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.user()).contains(
                        "\"statedCapabilityLoads\":[\"catalog: 70% of peak requests, 200 reads per write (given)\","
                                + "\"orders: 120 requests/s at peak (given)\"]"));
    }

    @Test
    void aRequestWithoutStatedLoadsAddsNoLine() {
        ScriptedModel model = ScriptedModel.valid();

        Requests.architect(model).build().consult(Requests.shopFast());

        assertThat(model.calls).isNotEmpty().allSatisfy(call -> assertThat(call.user()).doesNotContain("statedCapabilityLoads"));
    }
}
