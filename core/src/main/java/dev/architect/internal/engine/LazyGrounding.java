package dev.architect.internal.engine;

import dev.architect.request.ConsultationRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A grounding made on first use, once, by whichever thread needs it first (a consultation or the warm-up): its price
 * table and calculators are loaded off {@code build()} and, through the warm-up, usually before the first
 * consultation needs its figures. Thread-safe.
 */
public final class LazyGrounding implements Grounding {

    private final Supplier<? extends Grounding> factory;
    private volatile Grounding made;

    public LazyGrounding(Supplier<? extends Grounding> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public Facts facts(ConsultationRequest request) {
        return grounding().facts(request);
    }

    @Override
    public Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
        return grounding().price(request, resourceKind);
    }

    @Override
    public void load() {
        grounding().load();
    }

    @Override
    public void warm() {
        grounding().warm();
    }

    @Override
    public boolean migrationAllowed(ConsultationRequest request) {
        return grounding().migrationAllowed(request);
    }

    private Grounding grounding() {
        Grounding g = made;
        if (g == null) {
            synchronized (this) {
                g = made;
                if (g == null) {
                    g = Objects.requireNonNull(factory.get(), "grounding");
                    made = g;
                }
            }
        }
        return g;
    }
}
