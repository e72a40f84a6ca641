package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.ProviderRejectedException;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.exceptions.RateLimitedException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderErrorsTest {

    @ParameterizedTest(name = "HTTP {0} -> retriable {1}")
    @CsvSource({"400,false", "401,false", "403,false", "404,false", "408,true", "409,false", "422,false",
            "429,true", "500,true", "502,true", "503,true", "504,true"})
    void httpStatusesSplitIntoRetriableAndNot(int status, boolean retriable) {
        ArchitectException e = ProviderErrors.classify(new HttpException(status, "body"));

        assertThat(e.isRetriable()).isEqualTo(retriable);
        assertThat(((dev.architect.exceptions.ProviderException) e).statusCode()).hasValue(status);
    }

    @Test
    void langchain4jExceptionsMapToTheSdksKinds() {
        assertThat(ProviderErrors.classify(new RateLimitException("slow down"))).isInstanceOf(RateLimitedException.class);
        assertThat(ProviderErrors.classify(new TimeoutException("read timed out"))).isInstanceOf(ProviderUnavailableException.class);
        assertThat(ProviderErrors.classify(new InternalServerException("oops"))).isInstanceOf(ProviderUnavailableException.class);
        assertThat(ProviderErrors.classify(new RuntimeException(new HttpTimeoutException("timed out"))))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(ProviderErrors.classify(new AuthenticationException("bad key"))).isInstanceOf(ProviderRejectedException.class);
        assertThat(ProviderErrors.classify(new ModelNotFoundException("gpt-9"))).isInstanceOf(ProviderRejectedException.class);
        assertThat(ProviderErrors.classify(new NullPointerException("bug"))).isInstanceOf(ProviderRejectedException.class);
    }

    @Test
    void retryAfterIsReadInTheUsualSpellings() {
        assertThat(ProviderErrors.retryAfter("Retry-After: 20")).isEqualTo(Duration.ofSeconds(20));
        assertThat(ProviderErrors.retryAfter("Please try again in 1.5s.")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ProviderErrors.retryAfter("Please try again in 350ms")).isEqualTo(Duration.ofMillis(350));
        assertThat(ProviderErrors.retryAfter("retry after 3 seconds")).isEqualTo(Duration.ofSeconds(3));
        assertThat(ProviderErrors.retryAfter("quota exceeded")).isNull();
    }

    @Test
    void credentialsAreRedactedFromMessages() {
        String message = ProviderErrors.classify(new HttpException(401,
                "Incorrect API key provided: sk-proj-A1b2C3d4E5f6G7h8; header Bearer abcdefghijklmnopqrstuvwxyz0123456789")).getMessage();

        assertThat(message).doesNotContain("A1b2C3d4E5f6G7h8").doesNotContain("abcdefghijklmnopqrstuvwxyz0123456789")
                .contains("401");
    }
}
