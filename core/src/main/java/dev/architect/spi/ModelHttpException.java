package dev.architect.spi;

import dev.langchain4j.exception.HttpException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An HTTP failure of a model call that keeps what LangChain4j's own {@link HttpException} drops: the server's
 * {@code Retry-After}. A {@code ChatModel} (or the HTTP client under it) throws this for any non-2xx answer; the
 * SDK reads the status to decide whether to retry and waits at least {@link #retryAfter()} before it does.
 *
 * <p>The message is the server's error text; it must not contain credentials (providers redact before throwing).
 */
public class ModelHttpException extends HttpException {

    /** How long the server asked to wait; null when it did not say. */
    private final Duration retryAfter;

    /**
     * A failed model call.
     *
     * @param statusCode the HTTP status
     * @param message    the server's error text, redacted of credentials
     * @param retryAfter how long the server asked to wait, or null
     */
    public ModelHttpException(int statusCode, String message, Duration retryAfter) {
        super(statusCode, message);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked callers to wait, if it said.
     *
     * @return the wait, or empty
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Parses a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110). Malformed or negative values give
     * empty, so a broken header never stalls a consultation.
     *
     * @param header the header's value, or null
     * @param clock  now, for an HTTP date
     * @return the wait, or empty
     */
    public static Optional<Duration> parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
