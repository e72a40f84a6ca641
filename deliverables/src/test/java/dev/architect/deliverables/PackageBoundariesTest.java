package dev.architect.deliverables;

import dev.architect.testing.ModuleBoundaries;
import java.nio.file.Path;
import java.util.Optional;

/** The deliverables module: acyclic packages, internals kept internal, core used through its public API. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect.deliverables"};
    }

    @Override
    protected String[] ownInternals() {
        return new String[] {"dev.architect.deliverables.internal"};
    }

    @Override
    protected Optional<Path> apiDump() {
        return Optional.of(Path.of("api/architect-deliverables.api"));
    }
}
