package dev.architect.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Masks credentials in text that leaves the SDK (exception messages, events, logs). Every secret setting a provider
 * reads is remembered here and masked wherever it appears, whatever its format, and so is any fragment of it of
 * {@value #MIN_FRAGMENT} characters or more (a server that echoes a key cut short, or with its first characters
 * hidden, still leaks the rest); anything shaped like a typical key is masked too, for keys the SDK never saw (a
 * server echoing a header, a key inside a URL).
 */
public final class Secrets {

    /** Each remembered secret with its fragments of {@link #MIN_FRAGMENT} characters, to find any part of it fast. */
    private static final Map<String, Set<String>> KNOWN = new ConcurrentHashMap<>();
    /** Long enough that masking it cannot garble ordinary words. */
    private static final int MIN_KNOWN_LENGTH = 6;
    /** The shortest part of a secret that is masked on its own: short enough to hide a partial echo, long enough not to hit ordinary words. */
    public static final int MIN_FRAGMENT = 8;
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?i)(bearer\\s+|api[-_ ]?key[\"'=:\\s]+|token[\"'=:\\s]+|\\b)(sk-[A-Za-z0-9_-]{8,}|[A-Za-z0-9_-]{32,})");

    private Secrets() {
    }

    /** Remembers a credential so that {@link #redact(String)} masks it from now on. */
    public static void remember(String secret) {
        if (secret != null && secret.strip().length() >= MIN_KNOWN_LENGTH) {
            String known = secret.strip();
            KNOWN.computeIfAbsent(known, Secrets::fragments);
        }
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        // Whole key-shaped tokens first, so a fragment of a remembered secret inside one cannot split it into
        // pieces too short to be recognised; then any part of a remembered secret.
        String out = KEY_SHAPED.matcher(text).replaceAll("$1***");
        for (Map.Entry<String, Set<String>> secret : KNOWN.entrySet()) {
            out = secret.getValue().isEmpty() ? out.replace(secret.getKey(), "***") : maskParts(out, secret.getKey(), secret.getValue());
        }
        return out;
    }

    private static Set<String> fragments(String secret) {
        Set<String> fragments = new HashSet<>();
        for (int i = 0; i + MIN_FRAGMENT <= secret.length(); i++) {
            fragments.add(secret.substring(i, i + MIN_FRAGMENT));
        }
        return fragments;
    }

    /** Replaces every run of text that is part of {@code secret} and at least {@value #MIN_FRAGMENT} characters long. */
    private static String maskParts(String text, String secret, Set<String> fragments) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + MIN_FRAGMENT <= text.length(); ) {
            if (!fragments.contains(text.substring(i, i + MIN_FRAGMENT))) {
                i++;
                continue;
            }
            int end = i + MIN_FRAGMENT;
            while (end < text.length() && secret.contains(text.substring(i, end + 1))) {
                end++;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append("***");
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
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
