package dev.architect.testing.cycle.a;

/** Half of a deliberate package cycle, for the boundary check's own test. */
public class A {
    public dev.architect.testing.cycle.b.B partner() {
        return new dev.architect.testing.cycle.b.B();
    }
}
