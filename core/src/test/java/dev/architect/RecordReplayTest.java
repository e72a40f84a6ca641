package dev.architect;

import dev.architect.testing.SampleGrounding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Metadata;
import dev.architect.event.Stage;
import dev.architect.replay.CassetteMissException;
import dev.architect.replay.RecordingChatModel;
import dev.architect.replay.ReplayChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReplayTest {

    @TempDir
    Path dir;

    @Test
    void aRecordedConsultationReplaysToAnEqualDossierWithoutTheModel() throws Exception {
        Path cassette = dir.resolve("shopfast.cassette.json");
        ScriptedModel live = ScriptedModel.valid();
        Consultation recorded = Architect.builder().chatModel(new RecordingChatModel(live, cassette))
                .grounding(new SampleGrounding()).build().consult(Requests.shopFast());

        ReplayChatModel replay = ReplayChatModel.from(cassette);
        Consultation replayed = Architect.builder().chatModel(replay).grounding(new SampleGrounding()).build()
                .consult(Requests.shopFast());

        assertThat(Files.readString(cassette)).contains("\"role\" : \"system\"", "## Stage: plan");
        assertThat(live.calls).hasSize(9); // the replay did not reach the live model
        assertThat(withoutTimings(replayed)).isEqualTo(withoutTimings(recorded));
        assertThat(replayed.metadata().inputTokens()).isEqualTo(recorded.metadata().inputTokens());
        assertThat(replayed.metadata().model()).isEqualTo("scripted-1");
        assertThat(replayed.metadata().provider()).isEqualTo("ReplayChatModel");
    }

    @Test
    void aRequestTheCassetteHasNotSeenFailsClearly() {
        Path cassette = dir.resolve("shopfast.cassette.json");
        Architect.builder().chatModel(new RecordingChatModel(ScriptedModel.valid(), cassette))
                .grounding(new SampleGrounding()).build().consult(Requests.shopFast());

        Architect replaying = Architect.builder().chatModel(ReplayChatModel.from(cassette))
                .grounding(new SampleGrounding()).build();

        assertThatThrownBy(() -> replaying.consult(Requests.shopFast("ShopSlow", "A different store")))
                .isInstanceOf(CassetteMissException.class)
                .hasMessageContaining(cassette.toString())
                .hasMessageContaining("9 exchanges recorded")
                .hasMessageContaining("ShopSlow");
    }

    /** Timings differ from run to run, and the provider names the model class that answered. */
    private static Consultation withoutTimings(Consultation c) {
        Metadata m = c.metadata();
        return c.withMetadata(new Metadata("any", m.model(), m.personaVersion(), m.inputTokens(),
                m.outputTokens(), 0, List.of(), m.warnings()));
    }
}
