package dev.architect.ollama;

import dev.architect.testing.ModuleBoundaries;
import java.nio.file.Path;
import java.util.Optional;

/** The Ollama provider uses the SDK's public API only; its API is kept in a dump. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect.ollama"};
    }

    @Override
    protected Optional<Path> apiDump() {
        return Optional.of(Path.of("api/architect-ollama.api"));
    }
}
