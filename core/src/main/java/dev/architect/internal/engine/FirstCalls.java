package dev.architect.internal.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Which consultations in this JVM are still preparing their first model call. Work that only later stages need (the
 * warm-up of their schemas, the SDK's figures) waits while any is, so on a machine with few cores the first call
 * does not share them with preparation it does not need.
 */
final class FirstCalls {

    private static final Object LOCK = new Object();
    private static int preparing;

    private FirstCalls() {
    }

    /** Counts one consultation as preparing until {@code sentOrEnded} completes (its first call left, or it ended). */
    static void preparing(CompletableFuture<?> sentOrEnded) {
        synchronized (LOCK) {
            preparing++;
        }
        sentOrEnded.whenComplete((ignored, failure) -> {
            synchronized (LOCK) {
                preparing--;
                LOCK.notifyAll();
            }
        });
    }

    /**
     * Returns once no consultation is preparing its first call, or after {@code maxMillis}, so a stuck consultation
     * never holds the caller for long.
     */
    static void awaitNonePreparing(long maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        synchronized (LOCK) {
            for (long left = maxMillis; preparing > 0 && left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                LOCK.wait(left);
            }
        }
    }
}
