package dev.architect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad setting fails when the architect is built, offline as with a model, naming the setting. */
class ArchitectBuilderTest {

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("maxRepairs", (UnaryOperator<Architect.Builder>) b -> b.maxRepairs(-1)),
                Arguments.of("maxRetries", (UnaryOperator<Architect.Builder>) b -> b.maxRetries(-2)),
                Arguments.of("tokenBudget", (UnaryOperator<Architect.Builder>) b -> b.tokenBudget(-100)),
                Arguments.of("timeout", (UnaryOperator<Architect.Builder>) b -> b.timeout(Duration.ofSeconds(-5))),
                Arguments.of("timeout", (UnaryOperator<Architect.Builder>) b -> b.timeout(Duration.ZERO)),
                Arguments.of("backoff initial", (UnaryOperator<Architect.Builder>) b -> b.backoff(Duration.ZERO, Duration.ofSeconds(1))),
                Arguments.of("backoff max", (UnaryOperator<Architect.Builder>) b -> b.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void aBadSettingFailsAtBuildWithoutAModel(String setting, UnaryOperator<Architect.Builder> change) {
        assertThatThrownBy(() -> change.apply(Architect.builder()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void aBadSettingFailsAtBuildWithAModelToo(String setting, UnaryOperator<Architect.Builder> change) {
        assertThatThrownBy(() -> change.apply(Architect.builder().chatModel(ScriptedModel.valid())).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting);
    }

    @Test
    void theDefaultsAndZeroLimitsAreAccepted() {
        assertThatCode(() -> Architect.builder().maxRepairs(0).maxRetries(0).tokenBudget(0).build()).doesNotThrowAnyException();
    }
}
