package dev.architect.offline.internal.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@link Fact}s for one request: numbers, yes/no traits and categories (cloud, chosen style). Facts
 * taken from assumptions rather than the request are marked, and say so when shown in a driver. Immutable; the
 * rules add what they decide (e.g. the style) with {@link #with(Fact, Object)}.
 */
public final class Facts {

    private final Map<Fact, Object> values;
    private final Set<Fact> assumed;

    private Facts(Map<Fact, Object> values, Set<Fact> assumed) {
        this.values = values;
        this.assumed = assumed;
    }

    public static Facts empty() {
        return new Facts(Collections.unmodifiableMap(new EnumMap<>(Fact.class)), Collections.unmodifiableSet(EnumSet.noneOf(Fact.class)));
    }

    public Facts with(Fact fact, Object value) {
        return with(fact, value, false);
    }

    public Facts with(Fact fact, Object value, boolean wasAssumed) {
        if (!(value instanceof Number || value instanceof Boolean || value instanceof String)) {
            throw new IllegalArgumentException(fact + " must be a number, yes/no or a name but was " + value);
        }
        EnumMap<Fact, Object> v = new EnumMap<>(Fact.class);
        v.putAll(values);
        v.put(fact, value instanceof Number n ? n.doubleValue() : value);
        EnumSet<Fact> a = assumed.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(assumed);
        if (wasAssumed) {
            a.add(fact);
        } else {
            a.remove(fact);
        }
        return new Facts(Collections.unmodifiableMap(v), Collections.unmodifiableSet(a));
    }

    public Object value(Fact fact) {
        Object v = values.get(fact);
        if (v == null) {
            throw new IllegalStateException("fact " + fact.key() + " has not been established");
        }
        return v;
    }

    public double number(Fact fact) {
        return (Double) value(fact);
    }

    public boolean flag(Fact fact) {
        return (Boolean) value(fact);
    }

    public String name(Fact fact) {
        return (String) value(fact);
    }

    public boolean isAssumed(Fact fact) {
        return assumed.contains(fact);
    }

    /** The fact as a driver line, e.g. "peak writes 200,000/s" or "team size 5 (assumed)". */
    public String describe(Fact fact) {
        return fact.describe(value(fact)) + (isAssumed(fact) ? " (assumed)" : "");
    }
}
