package dev.architect.cli;

import dev.architect.event.ConsultationEvent;
import dev.architect.event.ConsultationListener;
import dev.architect.event.Stage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Shows a consultation's progress on stderr: a redrawn progress bar on a terminal, one plain line an event
 * otherwise (CI logs, pipes). Thread-safe: the fan-out stages report from several threads at once.
 */
final class Progress implements ConsultationListener {

    private static final int MODEL_STAGES = (int) java.util.Arrays.stream(Stage.values()).filter(s -> s != Stage.VALIDATE).count();

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private final Set<Stage> running = EnumSet.noneOf(Stage.class);
    private int done;

    Progress(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    @Override
    public synchronized void onEvent(ConsultationEvent event) {
        if (event instanceof ConsultationEvent.StageStarted s) {
            running.add(s.stage());
            show(s.stage().id() + " started");
        } else if (event instanceof ConsultationEvent.StageCompleted c) {
            running.remove(c.stage());
            done++;
            show(String.format(Locale.ROOT, "%s done in %s (%d %s, %d tokens)", c.stage().id(), seconds(c.duration()), c.attempts(),
                    c.attempts() == 1 ? "call" : "calls", c.inputTokens() + c.outputTokens()));
        } else if (event instanceof ConsultationEvent.StageRetried r) {
            show(String.format(Locale.ROOT, "%s retry %d: %s%s", r.stage().id(), r.attempt(),
                    r.reason() == ConsultationEvent.StageRetried.Reason.INVALID_REPLY ? r.problems().size() + " problems in the reply"
                            : String.join("; ", r.problems()),
                    r.delay().isZero() ? "" : ", waiting " + seconds(r.delay())));
        } else if (event instanceof ConsultationEvent.Warning w) {
            show("warning: " + w.message());
        } else if (event instanceof ConsultationEvent.ConsultationCompleted c) {
            if (terminal) {
                err.print("\r\033[K");
            }
            err.println(c.modelCalls() == 0 ? "offline consultation done in " + seconds(c.duration())
                    : String.format(Locale.ROOT, "consultation done in %s: %d model calls, %d tokens", seconds(c.duration()),
                    c.modelCalls(), c.inputTokens() + c.outputTokens()));
        }
        err.flush();
    }

    private void show(String line) {
        String elapsed = String.format(Locale.ROOT, "[%6s]", seconds(Duration.ofNanos(clock.getAsLong() - started)));
        if (!terminal) {
            err.println(elapsed + " " + line);
            return;
        }
        int width = 20;
        int filled = Math.min(width, done * width / MODEL_STAGES);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        String now = running.isEmpty() ? line : String.join(", ", running.stream().map(Stage::id).toList()) + " running";
        // Carriage return and erase-line redraw the bar in place.
        err.print("\r\033[K" + elapsed + " [" + bar + "] " + done + "/" + MODEL_STAGES + " " + now);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
