package dev.architect;

import dev.architect.testing.SampleStageReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.event.ConsultationEvent.StageRetried;
import dev.architect.event.ConsultationEvent;
import dev.architect.event.Stage;
import dev.architect.exceptions.ConsultationTimeoutException;
import dev.architect.exceptions.ProviderRejectedException;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.exceptions.RateLimitedException;
import dev.architect.exceptions.TokenBudgetExceededException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ArchitectFaultsTest {

    private final Queue<Duration> waits = new ConcurrentLinkedQueue<>();
    private final Queue<ConsultationEvent> events = new ConcurrentLinkedQueue<>();

    @Test
    void aRateLimitWithRetryAfterIsWaitedOutThenTheCallSucceeds() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.stage() == Stage.DESIGN && call.attempt() == 1) {
                throw new HttpException(429, "{\"error\":{\"message\":\"Rate limit reached. Please try again in 7s.\"}}");
            }
            return SampleStageReplies.reply(call.request());
        });

        Consultation c = Requests.architect(model).sleeper(waits::add).listener(events::add).build()
                .consult(Requests.shopFast());

        assertThat(c.summary()).startsWith("Design for ShopFast");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(events).filteredOn(e -> e instanceof StageRetried).singleElement()
                .isInstanceOfSatisfying(StageRetried.class, r -> {
                    assertThat(r.stage()).isEqualTo(Stage.DESIGN);
                    assertThat(r.reason()).isEqualTo(StageRetried.Reason.PROVIDER_FAULT);
                    assertThat(r.delay()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(r.problems()).singleElement().asString().contains("429");
                });
        assertThat(c.metadata().stages()).filteredOn(s -> s.stage().equals("design")).singleElement()
                .satisfies(s -> assertThat(s.attempts()).isEqualTo(2));
    }

    @Test
    void aProviderSaysRetryAfterThroughTheSdkExceptionAndServerErrorsBackOffWithinTheBound() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.stage() == Stage.ANALYZE && call.attempt() == 1) {
                throw new RateLimitedException("quota", Duration.ofMillis(1500), null);
            }
            if (call.stage() == Stage.ANALYZE && call.attempt() == 2) {
                throw new HttpException(503, "upstream overloaded");
            }
            return SampleStageReplies.reply(call.request());
        });

        Requests.architect(model).sleeper(waits::add).backoff(Duration.ofMillis(400), Duration.ofSeconds(5)).build()
                .consult(Requests.shopFast());

        List<Duration> all = List.copyOf(waits);
        assertThat(all).hasSize(2);
        assertThat(all.get(0)).isEqualTo(Duration.ofMillis(1500));
        assertThat(all.get(1)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800)); // second retry: up to 2 x 400
    }

    @Test
    void anAuthenticationFailureFailsFastWithoutRetryAndWithoutTheKey() {
        ScriptedModel model = new ScriptedModel(call -> {
            throw new AuthenticationException("Incorrect API key provided: sk-proj-abcdefghijklmnop1234567890");
        });

        assertThatThrownBy(() -> Requests.architect(model).sleeper(waits::add).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(ProviderRejectedException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.statusCode()).hasValue(401);
                    assertThat(e.getMessage()).doesNotContain("abcdefghijklmnop1234567890");
                });
        assertThat(model.calls).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesStopAtMaxRetriesWithTheRetriableException() {
        ScriptedModel model = new ScriptedModel(call -> {
            throw new HttpException(502, "bad gateway");
        });

        assertThatThrownBy(() -> Requests.architect(model).maxRetries(2).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.statusCode()).hasValue(502);
                });
        assertThat(model.calls).hasSize(3);
    }

    @Test
    void theTokenBudgetStopsTheConsultation() {
        ScriptedModel model = ScriptedModel.valid(); // 150 tokens a call

        // analyze uses 150, design brings it to 300: over budget before the fan-out is started.
        assertThatThrownBy(() -> Requests.architect(model).tokenBudget(250).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(TokenBudgetExceededException.class, e -> {
                    assertThat(e.budget()).isEqualTo(250);
                    assertThat(e.used()).isEqualTo(300);
                });
        assertThat(model.calls).extracting(ScriptedModel.Call::stage).containsExactly(Stage.ANALYZE, Stage.DESIGN);
    }

    @Test
    void theTimeoutStopsEveryRunningStage() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(7);
        ScriptedModel model = hangingFanOut(new CountDownLatch(7), interrupted);

        assertThatThrownBy(() -> Requests.architect(model).timeout(Duration.ofMillis(400)).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(ConsultationTimeoutException.class,
                        e -> assertThat(e.timeout()).isEqualTo(Duration.ofMillis(400)));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("all seven fan-out stages interrupted").isTrue();
    }

    @Test
    void cancellingTheFutureStopsEveryRunningStage() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(7);
        CountDownLatch interrupted = new CountDownLatch(7);
        ScriptedModel model = hangingFanOut(started, interrupted);
        CompletableFuture<Consultation> future = Requests.architect(model).build().consultAsync(Requests.shopFast());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        future.cancel(true);

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("all seven fan-out stages interrupted").isTrue();
        assertThat(future).isCancelled();
    }

    /** A model whose seven fan-out stages hang until interrupted, counting both. */
    private static ScriptedModel hangingFanOut(CountDownLatch started, CountDownLatch interrupted) {
        return new ScriptedModel(call -> {
            if (call.stage().isFanOut()) {
                started.countDown();
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return SampleStageReplies.reply(call.request());
        });
    }
}
