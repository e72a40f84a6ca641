/**
 * What a consultation reports while it runs: its {@link dev.architect.event.Stage}s and the
 * {@link dev.architect.event.ConsultationEvent}s (stage started, completed, retried, warnings) delivered to a
 * {@link dev.architect.event.ConsultationListener}.
 */
package dev.architect.event;
