package dev.architect.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ModelHttpExceptionTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(ModelHttpException.parseRetryAfter("7", NOW)).hasValue(Duration.ofSeconds(7));
        assertThat(ModelHttpException.parseRetryAfter("Wed, 25 Nov 2026 10:00:30 GMT", NOW)).hasValue(Duration.ofSeconds(30));
        assertThat(ModelHttpException.parseRetryAfter("Wed, 25 Nov 2026 09:59:00 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void aMalformedOrNegativeRetryAfterIsIgnored() {
        assertThat(ModelHttpException.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(ModelHttpException.parseRetryAfter("-3", NOW)).isEmpty();
        assertThat(ModelHttpException.parseRetryAfter(null, NOW)).isEmpty();
        assertThat(new ModelHttpException(429, "slow down", null).retryAfter()).isEmpty();
        assertThat(new ModelHttpException(429, "slow down", Duration.ofSeconds(2)).statusCode()).isEqualTo(429);
    }
}
