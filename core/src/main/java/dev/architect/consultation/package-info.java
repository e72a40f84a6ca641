/**
 * How a consultation is held: the architect's {@link dev.architect.consultation.Persona}, the
 * {@link dev.architect.consultation.StructuredOutput} mode used with a model, and the
 * {@link dev.architect.consultation.ClarifyingQuestion}s an interactive session asks before designing.
 */
package dev.architect.consultation;
