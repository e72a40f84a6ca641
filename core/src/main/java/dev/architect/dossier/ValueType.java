package dev.architect.dossier;

/**
 * Types of API schema properties and parameters, mapped to OpenAPI types and formats. {@code DECIMAL} is an exact
 * amount written as a decimal string ("125.00"), never a binary floating-point number, so money keeps its cents;
 * {@code CURRENCY} is an ISO 4217 code ("EUR").
 */
public enum ValueType {
    STRING, INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME, UUID, EMAIL, URI, OBJECT, ARRAY, DECIMAL, CURRENCY
}
