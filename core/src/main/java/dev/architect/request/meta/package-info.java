/**
 * What the request records say about their own fields, read by the request reader and the JSON Schema generator:
 * documentation ({@link dev.architect.request.meta.Doc}), required fields, numeric ranges, and the closed
 * vocabularies (with accepted spellings) that enums such as {@code ComplianceRegime} implement.
 */
package dev.architect.request.meta;
