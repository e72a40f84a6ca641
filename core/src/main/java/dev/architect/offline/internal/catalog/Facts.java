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
    private final Map<Fact, String> sources;

    private Facts(Map<Fact, Object> values, Set<Fact> assumed, Map<Fact, String> sources) {
        this.values = values;
        this.assumed = assumed;
        this.sources = sources;
    }

    public static Facts empty() {
        return new Facts(Collections.unmodifiableMap(new EnumMap<>(Fact.class)), Collections.unmodifiableSet(EnumSet.noneOf(Fact.class)),
                Collections.unmodifiableMap(new EnumMap<>(Fact.class)));
    }

    /**
     * The fact with where it came from: a request field ({@code load.peakRequestsPerSecond}), the words of the request
     * it was read from, a figure derived from others, or a decision made earlier.
     */
    public Facts with(Fact fact, Object value, boolean wasAssumed, String source) {
        Facts f = with(fact, value, wasAssumed);
        EnumMap<Fact, String> s = new EnumMap<>(Fact.class);
        s.putAll(f.sources);
        s.put(fact, source);
        return new Facts(f.values, f.assumed, Collections.unmodifiableMap(s));
    }

    /**
     * These facts with each of {@code other}'s set over them, with its source and whether it was assumed.
     *
     * @param other the facts that take precedence
     * @return the merged facts
     */
    public Facts withAll(Facts other) {
        Facts merged = this;
        for (Map.Entry<Fact, Object> e : other.values.entrySet()) {
            String source = other.sources.get(e.getKey());
            merged = source == null ? merged.with(e.getKey(), e.getValue(), other.assumed.contains(e.getKey()))
                    : merged.with(e.getKey(), e.getValue(), other.assumed.contains(e.getKey()), source);
        }
        return merged;
    }

    /**
     * Whether an option's id is among those {@link Fact#RULED_OUT} names.
     *
     * @param optionId a catalogue option's id
     * @return true when the design ruled it out after costing
     */
    public boolean ruledOut(String optionId) {
        return has(Fact.RULED_OUT) && java.util.Arrays.asList(name(Fact.RULED_OUT).split(", ")).contains(optionId);
    }

    /** Where the fact came from, when the rule that set it said so. */
    public java.util.Optional<String> source(Fact fact) {
        return java.util.Optional.ofNullable(sources.get(fact));
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
        EnumMap<Fact, String> s = new EnumMap<>(Fact.class);
        s.putAll(sources);
        s.remove(fact);
        return new Facts(Collections.unmodifiableMap(v), Collections.unmodifiableSet(a), s.isEmpty() ? Map.of() : Collections.unmodifiableMap(s));
    }

    public Object value(Fact fact) {
        Object v = values.get(fact);
        if (v == null) {
            throw new IllegalStateException("fact " + fact.key() + " has not been established");
        }
        return v;
    }

    /** Whether the fact has a value (rules add some as they decide). */
    public boolean has(Fact fact) {
        return values.containsKey(fact);
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
