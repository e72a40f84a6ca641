package dev.architect.dossier;

/** Types of API schema properties and parameters, mapped to OpenAPI types and formats. */
public enum ValueType {
    STRING, INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME, UUID, EMAIL, URI, OBJECT, ARRAY
}
