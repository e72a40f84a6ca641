package dev.architect.testing.cycle;

import dev.architect.testing.cycle.internal.Hidden;

/** A public type that leaks an internal one, for the boundary check's own test. */
public class Leaky {
    public Hidden hidden() {
        return new Hidden();
    }
}
