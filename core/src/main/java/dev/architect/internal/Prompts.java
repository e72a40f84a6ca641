package dev.architect.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompt texts, read from {@code dev/architect/prompts/} on the class path: the persona, one file per stage
 * ({@code stages/<stage>.md}) and the repair message. {@code {{name}}} placeholders are filled by {@link #render};
 * a placeholder without a value is a bug and fails loudly.
 */
public final class Prompts {

    private static final String ROOT = "/dev/architect/prompts/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Prompts() {
    }

    /** The text of a prompt file, e.g. {@code stages/design.md}. */
    public static String resource(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            if (Prompts.class.getResource(ROOT + n) == null) {
                throw new IllegalArgumentException("no prompt " + ROOT + n + " on the class path");
            }
            return dev.architect.internal.resources.ShippedFiles.read(ROOT + n, "prompt",
                    (in, where) -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        });
    }

    public static String render(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(resource(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("prompt " + name + " needs a value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
