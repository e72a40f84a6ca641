package dev.architect.examples;

import dev.architect.Architect;
import dev.architect.deliverables.DossierWriter;
import dev.architect.dossier.Consultation;
import dev.architect.request.RequestReader;
import java.nio.file.Path;

/**
 * A consultation on a local Ollama server ({@code ollama pull qwen2.5:14b} first). Set {@code OLLAMA_BASE_URL} if it
 * is not on localhost:11434. Local models are slow: the per-call timeout defaults to 300 s.
 */
public final class OllamaExample {

    public static void main(String[] args) {
        Architect architect = Architect.builder()
                .provider("ollama")
                .providerOption("model", args.length > 0 ? args[0] : "qwen2.5:14b")
                .build();
        Consultation dossier = architect.consult(RequestReader.read(Path.of("examples/requests/fleetpulse-iot.yaml")));
        DossierWriter.builder().svg(false).overwrite(true).build().write(dossier, Path.of("target/fleetpulse"));
    }
}
