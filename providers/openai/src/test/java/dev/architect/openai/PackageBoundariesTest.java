package dev.architect.openai;

import dev.architect.testing.ModuleBoundaries;
import java.nio.file.Path;
import java.util.Optional;

/** The OpenAI provider uses the SDK's public API only; its API is kept in a dump. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect.openai"};
    }

    @Override
    protected Optional<Path> apiDump() {
        return Optional.of(Path.of("api/architect-openai.api"));
    }
}
