package dev.architect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void aTasksFailureIsThrownAsTheTaskThrewIt() throws Exception {
        FutureTask<String> fine = new FutureTask<>(() -> "read");
        fine.run();
        assertThat(Futures.result(fine)).isEqualTo("read");

        IllegalStateException broken = new IllegalStateException("archetypes.yaml: archetype 'x': phase is missing");
        FutureTask<String> failing = new FutureTask<>(() -> {
            throw broken;
        });
        failing.run();
        assertThatThrownBy(() -> Futures.result(failing)).isSameAs(broken);

        FutureTask<String> erring = new FutureTask<>(() -> {
            throw new ExceptionInInitializerError("holder");
        });
        erring.run();
        assertThatThrownBy(() -> Futures.result(erring)).isInstanceOf(ExceptionInInitializerError.class);
    }
}
