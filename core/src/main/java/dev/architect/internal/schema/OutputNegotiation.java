package dev.architect.internal.schema;

import dev.architect.consultation.StructuredOutput;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Picks, per model, how replies are constrained to a schema: the native JSON-schema response format when the model
 * reports {@link Capability#RESPONSE_FORMAT_JSON_SCHEMA}, JSON mode otherwise, and the schema in the prompt when
 * the model refuses JSON mode. A refusal downgrades the choice for every later call on this model.
 */
public final class OutputNegotiation {

    private final AtomicReference<StructuredOutput> current;

    public OutputNegotiation(ChatModel model, StructuredOutput preference) {
        StructuredOutput start = preference;
        if (preference == StructuredOutput.AUTO) {
            boolean nativeSchema = model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
            start = nativeSchema ? StructuredOutput.NATIVE_SCHEMA : StructuredOutput.JSON_MODE;
        }
        this.current = new AtomicReference<>(start);
    }

    public StructuredOutput mode() {
        return current.get();
    }

    /** The next weaker mode after the model refused {@code refused}; false when there is none left. */
    public boolean downgrade(StructuredOutput refused) {
        StructuredOutput next = switch (refused) {
            case NATIVE_SCHEMA -> StructuredOutput.JSON_MODE;
            case JSON_MODE -> StructuredOutput.SCHEMA_IN_PROMPT;
            default -> null;
        };
        return next != null && (current.compareAndSet(refused, next) || current.get() != refused);
    }

    public static ResponseFormat responseFormat(StructuredOutput mode, ReplySchemas.ReplySchema schema) {
        return switch (mode) {
            case NATIVE_SCHEMA -> ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema.jsonSchema()).build();
            case JSON_MODE -> ResponseFormat.JSON;
            default -> ResponseFormat.TEXT;
        };
    }

    /** What the system prompt says about the reply's format; the schema itself unless the response format carries it. */
    public static String instructions(StructuredOutput mode, ReplySchemas.ReplySchema schema) {
        if (mode == StructuredOutput.NATIVE_SCHEMA) {
            return "Reply with one JSON object; the response format carries its schema (" + schema.name() + ").\n";
        }
        return "Reply with one JSON object that follows this JSON Schema, and nothing else:\n" + schema.json() + "\n";
    }
}
