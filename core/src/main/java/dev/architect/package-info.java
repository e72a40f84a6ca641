/**
 * The entry point: {@link dev.architect.Architect} runs a consultation on a
 * {@link dev.architect.request.ConsultationRequest} and returns a {@link dev.architect.dossier.Consultation}, with a
 * model (any LangChain4j {@code ChatModel} or a named provider) or with the offline architect. Also here: the
 * persona, events and listeners, interactive sessions, and the exception hierarchy rooted at
 * {@link dev.architect.exceptions.ArchitectException}.
 */
package dev.architect;
