package dev.architect.offline.internal.design;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A design pass that may be told to stop at its next step: the figures' warm-up, which only loads and compiles code
 * for a consultation's own pass, gives way once that consultation needs its figures instead of making it wait. The
 * steps are the stages of a plan (the rules, the topology, the cost and each budget option) and each re-plan of the
 * budget weighing; a pass stops between them, never inside a data file's reading or a cache's filling, and a stopped
 * pass keeps no plan, so the next pass computes exactly what it would have computed without it.
 */
public final class StoppablePass {

    /** The stop signal of the pass running on this thread, if it may be stopped. */
    private static final ThreadLocal<BooleanSupplier> STOP = new ThreadLocal<>();

    private StoppablePass() {
    }

    /**
     * Runs a pass on this thread that stops at its next step once {@code stop} says so.
     *
     * @param stop read at each step; true stops the pass there
     * @param pass the design pass (e.g. the figures of a request)
     * @return true when the pass ran to its end, false when it stopped early
     */
    public static boolean run(BooleanSupplier stop, Runnable pass) {
        Objects.requireNonNull(stop, "stop");
        BooleanSupplier outer = STOP.get();
        STOP.set(stop);
        try {
            pass.run();
            return true;
        } catch (Stopped stopped) {
            return false;
        } finally {
            if (outer == null) {
                STOP.remove();
            } else {
                STOP.set(outer);
            }
        }
    }

    /**
     * Whether the pass on this thread has been told to stop: what it would still finish (past its last step) is not kept
     * where a consultation's own pass would find it in its place.
     */
    static boolean stopping() {
        BooleanSupplier stop = STOP.get();
        return stop != null && stop.getAsBoolean();
    }

    /** A step between stages of a pass: a pass run by {@link #run} whose stop signal is set ends here. */
    static void step() {
        if (stopping()) {
            throw new Stopped();
        }
    }

    /** Unwinds a stopped pass to {@link #run}; never seen outside it. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the design pass was stopped", null, false, false);
        }
    }
}
