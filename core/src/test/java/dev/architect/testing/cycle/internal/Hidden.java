package dev.architect.testing.cycle.internal;

/** An internal type, for the boundary check's own test. */
public class Hidden {
}
