/**
 * What a caller asks for: {@link dev.architect.request.ConsultationRequest} and its parts, read from YAML or JSON by
 * {@link dev.architect.request.RequestReader} (every problem reported with path and line) and described by the
 * generated {@link dev.architect.request.RequestSchema}.
 */
package dev.architect.request;
