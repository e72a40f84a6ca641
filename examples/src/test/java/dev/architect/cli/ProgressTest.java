package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.event.ConsultationEvent;
import dev.architect.event.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final StringWriter out = new StringWriter();

    private Progress progress(boolean terminal) {
        return new Progress(new PrintWriter(out), terminal, nanos::get);
    }

    @Test
    void withoutATerminalEachEventIsOnePlainLineWithItsElapsedTime() {
        Progress p = progress(false);
        p.onEvent(new ConsultationEvent.StageStarted("c1", Stage.ANALYZE));
        nanos.set(Duration.ofMillis(1200).toNanos());
        p.onEvent(new ConsultationEvent.StageCompleted("c1", Stage.ANALYZE, 1, Duration.ofMillis(1200), 800, 200));
        p.onEvent(new ConsultationEvent.StageRetried("c1", Stage.APIS, 2, ConsultationEvent.StageRetried.Reason.PROVIDER_FAULT,
                List.of("rate limited by the provider (429)"), Duration.ofSeconds(2)));
        p.onEvent(new ConsultationEvent.ConsultationCompleted("c1", Duration.ofSeconds(9), 9000, 3000, 10));

        assertThat(out.toString().lines()).containsExactly(
                "[  0.0s] analyze started",
                "[  1.2s] analyze done in 1.2s (1 call, 1000 tokens)",
                "[  1.2s] apis retry 2: rate limited by the provider (429), waiting 2.0s",
                "consultation done in 9.0s: 10 model calls, 12000 tokens");
        assertThat(out.toString()).doesNotContain("\r", "\033");
    }

    @Test
    void anOfflineConsultationIsReportedWithoutModelFigures() {
        progress(false).onEvent(new ConsultationEvent.ConsultationCompleted("c1", Duration.ofMillis(250), 0, 0, 0));

        assertThat(out.toString()).isEqualTo("offline consultation done in 0.3s" + System.lineSeparator());
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceWithTheRunningStages() {
        Progress p = progress(true);
        p.onEvent(new ConsultationEvent.StageCompleted("c1", Stage.ANALYZE, 1, Duration.ofMillis(10), 1, 1));
        p.onEvent(new ConsultationEvent.StageCompleted("c1", Stage.DESIGN, 1, Duration.ofMillis(10), 1, 1));
        p.onEvent(new ConsultationEvent.StageStarted("c1", Stage.DECISIONS));
        p.onEvent(new ConsultationEvent.StageStarted("c1", Stage.APIS));

        String last = out.toString().substring(out.toString().lastIndexOf('\r'));
        assertThat(last).startsWith("\r\033[K").contains("[####----------------] 2/9", "decisions, apis running");
        assertThat(out.toString()).doesNotContain("\n");
    }
}
