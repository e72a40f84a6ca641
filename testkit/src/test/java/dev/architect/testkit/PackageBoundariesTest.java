package dev.architect.testkit;

import dev.architect.testing.ModuleBoundaries;
import java.nio.file.Path;
import java.util.Optional;

/** The test kit plugin authors extend: public API only, and its own API kept in a dump. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect.testkit"};
    }

    @Override
    protected Optional<Path> apiDump() {
        return Optional.of(Path.of("api/architect-testkit.api"));
    }
}
