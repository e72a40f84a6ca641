package dev.architect;

import dev.architect.testing.SampleStageReplies;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.StageMetrics;
import dev.architect.event.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelismTest {

    /**
     * The seven fan-out stages are in the model's hands at the same time: each fan-out call waits in the model until
     * every one of them has arrived, which only calls made in parallel can do. Observed overlap, not wall time: the
     * wait's bound only keeps an engine that calls them one by one from hanging the build, and once one wait has given
     * up the others do not wait.
     */
    @Test
    void theFanOutStagesAreAllInTheModelsHandsAtOnce() {
        List<Stage> fanOut = Arrays.stream(Stage.values()).filter(Stage::isFanOut).toList();
        CountDownLatch allAsked = new CountDownLatch(fanOut.size());
        AtomicBoolean gaveUp = new AtomicBoolean();
        Set<Stage> metTheOthers = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        ScriptedModel model = new ScriptedModel(call -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (call.stage().isFanOut()) {
                    allAsked.countDown();
                    if (!gaveUp.get() && allAsked.await(30, TimeUnit.SECONDS)) {
                        metTheOthers.add(call.stage());
                    } else {
                        gaveUp.set(true);
                    }
                }
                return SampleStageReplies.reply(call.request());
            } finally {
                inFlight.decrementAndGet();
            }
        });

        Consultation c = Requests.architect(model).build().consult(Requests.shopFast());

        assertThat(metTheOthers).containsExactlyInAnyOrderElementsOf(fanOut);
        // Analyze and design come before the fan-out, each alone: at most the seven are ever asked at once.
        assertThat(mostInFlight.get()).isEqualTo(fanOut.size());
        assertThat(model.calls).hasSize(2 + fanOut.size());
        assertThat(c.metadata().stages()).extracting(StageMetrics::stage).containsAll(fanOut.stream().map(Stage::id).toList());
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
