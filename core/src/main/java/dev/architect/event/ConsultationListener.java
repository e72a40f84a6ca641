package dev.architect.event;

/**
 * Receives the events of consultations as they happen, possibly from several threads at once (the fan-out stages
 * run in parallel). Keep it quick and thread-safe; an exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface ConsultationListener {

    ConsultationListener NONE = event -> {
    };

    void onEvent(ConsultationEvent event);
}
