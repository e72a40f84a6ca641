package dev.architect.consultation;

/**
 * How a stage asks the model for JSON. {@link #AUTO} uses the model's native JSON-schema response format when the
 * model reports {@code RESPONSE_FORMAT_JSON_SCHEMA} among its capabilities, JSON mode otherwise, and falls back to
 * a schema in the prompt when the model refuses JSON mode. The other values force one way.
 */
public enum StructuredOutput {
    /** Native schema when the model supports it, else JSON mode, else the schema in the prompt. */
    AUTO,
    /** The schema travels as the response format; the provider constrains the reply. */
    NATIVE_SCHEMA,
    /** The provider guarantees JSON; the schema is written into the prompt. */
    JSON_MODE,
    /** Plain text reply; the schema is written into the prompt and the reply parsed tolerantly. */
    SCHEMA_IN_PROMPT
}
