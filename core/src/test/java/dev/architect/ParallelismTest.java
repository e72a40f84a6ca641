package dev.architect;

import dev.architect.testing.SampleStageReplies;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.StageMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ParallelismTest {

    @Test
    void theFanOutStagesOverlapSoWallTimeIsUnderHalfTheSumOfStageTimes() {
        ScriptedModel model = new ScriptedModel(call -> {
            Thread.sleep(150);
            return SampleStageReplies.reply(call.request());
        });

        Consultation c = Requests.architect(model).build().consult(Requests.shopFast());

        long sumOfStages = c.metadata().stages().stream().mapToLong(StageMetrics::durationMillis).sum();
        assertThat(sumOfStages).isGreaterThanOrEqualTo(9 * 150);
        assertThat(c.metadata().durationMillis()).isLessThan(sumOfStages / 2);
    }

    @Test
    void thirtyTwoConcurrentConsultationsOnOneArchitectDoNotMixTheirParts() {
        ScriptedModel model = ScriptedModel.valid();
        ExecutorService pool = Executors.newFixedThreadPool(8); // bounded: nothing may block a pool thread waiting
        try {
            Architect architect = Requests.architect(model).executor(pool).build();
            List<CompletableFuture<Consultation>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(architect.consultAsync(Requests.shopFast("Shop" + i, "Online store number " + i)));
            }
            for (int i = 0; i < 32; i++) {
                Consultation c = futures.get(i).join();
                String name = "Shop" + i;
                assertThat(c.system()).isEqualTo(name);
                assertThat(c.summary()).startsWith("Design for " + name + ":");
                assertThat(c.requirements().constraints()).contains("Built for " + name);
                assertThat(c.risks().get(0).title()).startsWith(name + ":");
                assertThat(c.metadata().inputTokens()).isEqualTo(9L * ScriptedModel.INPUT_TOKENS);
            }
            assertThat(model.calls).hasSize(32 * 9);
        } finally {
            pool.shutdownNow();
        }
    }
}
