package dev.architect.cli;

import dev.architect.testing.ModuleBoundaries;

/** The CLI and the examples use the SDK's public API only. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect.cli", "dev.architect.examples"};
    }
}
