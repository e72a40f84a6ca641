package dev.architect.benchmarks;

import dev.architect.testing.ModuleBoundaries;

/** The benchmarks measure the SDK through its public API only. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect.benchmarks"};
    }
}
