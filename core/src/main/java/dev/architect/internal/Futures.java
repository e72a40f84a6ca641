package dev.architect.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work another thread does, with its failure thrown as that thread threw it. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of a task that throws no checked exception.
     *
     * @param <T> the result's type
     * @param task the task, run or running elsewhere
     * @return its result
     * @throws InterruptedException when this thread is interrupted while it waits
     */
    public static <T> T result(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
