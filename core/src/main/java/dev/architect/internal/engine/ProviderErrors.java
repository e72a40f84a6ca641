package dev.architect.internal.engine;

import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.ProviderException;
import dev.architect.exceptions.ProviderRejectedException;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.exceptions.RateLimitedException;
import dev.architect.internal.Secrets;
import dev.architect.spi.ModelHttpException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a {@code ChatModel} threw into the SDK's provider exceptions, split into retriable (timeouts,
 * 408, 429, 5xx, connection failures) and not (other 4xx, authentication, unknown model, anything unexpected).
 * Messages are stripped of anything that looks like a credential.
 */
final class ProviderErrors {

    /** "Retry-After: 20", "retry after 2.5 seconds", "Please try again in 20s" / "in 350ms". */
    private static final Pattern RETRY_AFTER = Pattern.compile(
            "(?:retry[- ]after:?|try again in)\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|milliseconds?|s|sec|seconds?)?",
            Pattern.CASE_INSENSITIVE);

    private ProviderErrors() {
    }

    static ArchitectException classify(Throwable thrown) {
        if (thrown instanceof ArchitectException known) {
            return known;
        }
        String message = redact(String.valueOf(thrown.getMessage()));
        Throwable cause = Secrets.redactedChain(thrown);
        // A provider's own HTTP exception may sit under LangChain4j's mapped one; it knows the status and Retry-After.
        ModelHttpException http = causeOfType(thrown, ModelHttpException.class);
        if (http != null && http != thrown) {
            return classifyHttp(http.statusCode(), redact(String.valueOf(http.getMessage())), http.retryAfter().orElse(null), cause);
        }
        if (thrown instanceof RateLimitException) {
            return new RateLimitedException("rate limited by the provider: " + message, retryAfter(message), cause);
        }
        if (thrown instanceof HttpException direct) {
            Duration asked = thrown instanceof ModelHttpException m ? m.retryAfter().orElse(null) : null;
            return classifyHttp(direct.statusCode(), message, asked, cause);
        }
        if (thrown instanceof TimeoutException || thrown instanceof RetriableException || isNetworkFault(thrown)) {
            return new ProviderUnavailableException("provider unavailable: " + message, null, retryAfter(message), cause);
        }
        if (thrown instanceof AuthenticationException) {
            return new ProviderRejectedException("provider refused the credentials: " + message, 401, cause);
        }
        if (thrown instanceof ModelNotFoundException) {
            return new ProviderRejectedException("provider does not know the model: " + message, 404, cause);
        }
        if (thrown instanceof NonRetriableException) {
            return new ProviderRejectedException("provider rejected the request: " + message, null, cause);
        }
        return new ProviderRejectedException("model call failed: " + thrown.getClass().getSimpleName() + ": " + message,
                null, cause);
    }

    private static ArchitectException classifyHttp(int status, String message, Duration retryAfterHeader, Throwable cause) {
        Duration wait = retryAfterHeader != null ? retryAfterHeader : retryAfter(message);
        if (status == 429) {
            return new RateLimitedException("rate limited by the provider (429): " + message, wait, cause);
        }
        if (status == 408 || status >= 500) {
            return new ProviderUnavailableException("provider unavailable (" + status + "): " + message, status, wait, cause);
        }
        return new ProviderRejectedException("provider rejected the request (" + status + "): " + message, status, cause);
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Whether a provider fault may go away if the call is repeated. */
    static boolean isRetriable(ArchitectException e) {
        return e instanceof ProviderException && e.isRetriable();
    }

    static Duration retryAfter(String message) {
        Matcher m = RETRY_AFTER.matcher(message);
        if (!m.find()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1));
        boolean millis = m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).startsWith("m");
        return Duration.ofMillis(Math.round(millis ? amount : amount * 1000));
    }

    static String redact(String message) {
        return Secrets.redact(message);
    }

    private static boolean isNetworkFault(Throwable thrown) {
        // Connection refused or reset, HttpTimeoutException, SocketTimeoutException, wrapped or not.
        return causeOfType(thrown, IOException.class) != null;
    }
}
