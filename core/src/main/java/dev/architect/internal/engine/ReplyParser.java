package dev.architect.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.dossier.DossierJson;
import java.util.regex.Pattern;

/**
 * Finds the JSON object in a model's reply, whatever the model wrapped it in: reasoning blocks
 * ({@code <think>...</think>}), Markdown code fences, or prose before and after.
 */
final class ReplyParser {

    private static final Pattern REASONING = Pattern.compile(
            "<(think|thinking|reasoning)>.*?(</\\1>|\\z)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ReplyParser() {
    }

    /** The reply's JSON object; a {@link MalformedReplyException} says what is wrong in terms a model can fix. */
    static JsonNode json(String reply) {
        if (reply == null || reply.isBlank()) {
            throw new MalformedReplyException("the reply was empty; expected one JSON object");
        }
        String text = REASONING.matcher(reply).replaceAll("");
        int start = text.indexOf('{');
        if (start < 0) {
            throw new MalformedReplyException("the reply contains no JSON object; reply with one JSON object only");
        }
        int end = endOfObject(text, start);
        if (end < 0) {
            throw new MalformedReplyException("the JSON object is not complete (its closing brace is missing); "
                    + "the reply may have been cut off, so keep it shorter");
        }
        try {
            return DossierJson.mapper().readTree(text.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            // The parser's own wording names its internals; the position is what a model can act on.
            throw new MalformedReplyException("the reply is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "; check quotes, commas and brackets there");
        }
    }

    /** Index of the brace closing the object that opens at {@code start}, skipping braces inside strings; -1 if none. */
    private static int endOfObject(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A reply that holds no usable JSON object. */
    static final class MalformedReplyException extends RuntimeException {
        MalformedReplyException(String message) {
            super(message, null, false, false);
        }
    }
}
