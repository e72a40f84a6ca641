package dev.architect.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Masks credentials in text that leaves the SDK (exception messages, events, logs). Every secret setting a provider
 * reads is remembered here and masked wherever it appears, whatever its format; anything shaped like a typical key
 * is masked too, for keys the SDK never saw (a server echoing a header, a key inside a URL).
 */
public final class Secrets {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    /** Long enough that masking it cannot garble ordinary words. */
    private static final int MIN_KNOWN_LENGTH = 6;
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?i)(bearer\\s+|api[-_ ]?key[\"'=:\\s]+|token[\"'=:\\s]+|\\b)(sk-[A-Za-z0-9_-]{8,}|[A-Za-z0-9_-]{32,})");

    private Secrets() {
    }

    /** Remembers a credential so that {@link #redact(String)} masks it from now on. */
    public static void remember(String secret) {
        if (secret != null && secret.strip().length() >= MIN_KNOWN_LENGTH) {
            KNOWN.add(secret.strip());
        }
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : KNOWN) {
            out = out.replace(secret, "***");
        }
        return KEY_SHAPED.matcher(out).replaceAll("$1***");
    }

    /**
     * A copy of an exception chain with every message redacted, keeping each original class name and stack trace, so
     * a cause can be attached to an SDK exception (and logged by a caller) without carrying a key along.
     */
    public static Throwable redactedChain(Throwable thrown) {
        return copy(thrown, 0);
    }

    private static Throwable copy(Throwable t, int depth) {
        if (t == null || depth > 10) {
            return null;
        }
        RedactedThrowable copy = new RedactedThrowable(t.getClass().getName(), redact(t.getMessage()),
                copy(t.getCause() == t ? null : t.getCause(), depth + 1));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message may have held a credential; prints as the original class did. */
    static final class RedactedThrowable extends RuntimeException {
        private final String originalClass;

        RedactedThrowable(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
