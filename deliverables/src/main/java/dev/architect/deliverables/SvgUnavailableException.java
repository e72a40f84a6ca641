package dev.architect.deliverables;

import dev.architect.deliverables.document.DeliverableException;

/**
 * SVG was asked for ({@code DossierWriter.builder().svg(true)}) but PlantUML, an optional dependency of
 * architect-deliverables, is not on the class path. The message names the artifact and version to add; the other
 * way out is {@code svg(false)}, which writes the {@code .puml} sources only. Nothing is written when it is thrown.
 */
public final class SvgUnavailableException extends DeliverableException {

    SvgUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
