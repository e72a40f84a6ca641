package dev.architect.dossier;

/**
 * Types of API schema properties and parameters, mapped to OpenAPI types and formats. {@code DECIMAL} is an exact
 * amount written as a decimal string ("125.00"), never a binary floating-point number, so money keeps its cents;
 * {@code CURRENCY} is an ISO 4217 code ("EUR").
 */
public enum ValueType {
    /** Text. */
    STRING,
    /** A whole number (OpenAPI {@code integer}). */
    INTEGER,
    /** A floating-point number. */
    NUMBER,
    /** True or false. */
    BOOLEAN,
    /** A calendar date ({@code format: date}). */
    DATE,
    /** A timestamp ({@code format: date-time}). */
    DATE_TIME,
    /** A UUID ({@code format: uuid}). */
    UUID,
    /** An e-mail address. */
    EMAIL,
    /** A URI. */
    URI,
    /** A nested object; only in schema properties. */
    OBJECT,
    /** A list; only in schema properties. */
    ARRAY,
    /** An exact decimal amount written as a string. */
    DECIMAL,
    /** An ISO 4217 currency code. */
    CURRENCY
}
