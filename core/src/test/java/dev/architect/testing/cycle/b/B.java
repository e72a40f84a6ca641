package dev.architect.testing.cycle.b;

/** The other half of a deliberate package cycle, for the boundary check's own test. */
public class B {
    public dev.architect.testing.cycle.a.A partner() {
        return new dev.architect.testing.cycle.a.A();
    }
}
