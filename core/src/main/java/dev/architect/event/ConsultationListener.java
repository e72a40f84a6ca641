package dev.architect.event;

/**
 * Receives the events of consultations as they happen, possibly from several threads at once (the fan-out stages
 * run in parallel). Keep it quick and thread-safe; an exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface ConsultationListener {

    /** Ignores every event. */
    ConsultationListener NONE = event -> {
    };

    /**
     * Receives one event; may be called from several threads at once.
     *
     * @param event what happened
     */
    void onEvent(ConsultationEvent event);
}
