package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Later-stage preparation (the warm-up's second part) yields to consultations preparing their first call. */
class FirstCallsTest {

    @Test
    void laterPreparationWaitsUntilTheFirstCallInPreparationHasLeft() throws Exception {
        CompletableFuture<Void> firstCallSent = new CompletableFuture<>();
        FirstCalls.preparing(firstCallSent);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> laterPreparation = CompletableFuture.runAsync(() -> {
            waiting.countDown();
            try {
                FirstCalls.awaitNonePreparing(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(laterPreparation).isNotDone();
        firstCallSent.complete(null);
        laterPreparation.get(30, TimeUnit.SECONDS);
        assertThat(laterPreparation).isDone();
    }

    @Test
    void aConsultationThatEndsBeforeItsFirstCallStopsHoldingLaterPreparationBack() throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        FirstCalls.preparing(ended);

        ended.completeExceptionally(new IllegalStateException("the request was refused before any call"));

        CompletableFuture.runAsync(() -> {
            try {
                FirstCalls.awaitNonePreparing(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void laterPreparationGoesOnAfterItsLongestWaitEvenIfAFirstCallNeverLeaves() throws Exception {
        CompletableFuture<Void> stuck = new CompletableFuture<>();
        FirstCalls.preparing(stuck);
        try {
            FirstCalls.awaitNonePreparing(1);
        } finally {
            stuck.complete(null);
        }
        assertThat(stuck).isDone();
    }
}
