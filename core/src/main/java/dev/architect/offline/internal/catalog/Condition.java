package dev.architect.offline.internal.catalog;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One "when it fits" condition of a catalogue entry, written in the catalogue as {@code fact: test}: a comparison
 * ({@code peakWritesPerSecond: "<= 5000"}), a yes/no ({@code audienceGlobal: true}), a name
 * ({@code style: microservices}) or a list of accepted names.
 */
public record Condition(Fact fact, String operator, Object operand, Fact boundFrom) {

    /**
     * A condition whose operand is the catalogue's own (a number, a yes/no, names, or another fact not yet resolved).
     *
     * @param fact     the fact tested
     * @param operator the comparison
     * @param operand  the bound, the yes/no or the names
     */
    public Condition(Fact fact, String operator, Object operand) {
        this(fact, operator, operand, null);
    }

    /** A number, and where it was resolved from another fact, that fact ("< 5000.0 from storeReadsPerSecond"). */
    private static final Pattern COMPARISON = Pattern.compile("\\s*(<=|>=|<|>|==|!=)\\s*(-?[0-9][0-9_,]*(\\.[0-9]+)?)\\s*(?:from\\s+([a-z][A-Za-z0-9]*)\\s*)?");
    /** A comparison with another fact of the design ({@code peakReadsPerSecond: "< storeReadsPerSecond"}). */
    private static final Pattern RELATIVE = Pattern.compile("\\s*(<=|>=|<|>)\\s*([a-z][A-Za-z0-9]*)\\s*");

    /** Parses the catalogue's notation; {@code where} names the entry for the error message. */
    public static Condition parse(String where, String key, Object test) {
        Fact fact = Fact.byKey(key).orElseThrow(() -> new IllegalStateException(where + ": unknown fact '" + key + "'"));
        if (test instanceof Boolean b) {
            return new Condition(fact, "is", b);
        }
        if (test instanceof Number n) {
            return new Condition(fact, "==", n.doubleValue());
        }
        if (test instanceof List<?> names) {
            return new Condition(fact, "in", names.stream().map(String::valueOf).toList());
        }
        if (test instanceof String s) {
            Matcher m = COMPARISON.matcher(s);
            if (m.matches()) {
                return new Condition(fact, m.group(1), Double.parseDouble(m.group(2).replace("_", "").replace(",", "")),
                        m.group(4) == null ? null : Fact.byKey(m.group(4)).orElseThrow(() -> new IllegalStateException(where + ": unknown fact '" + m.group(4) + "'")));
            }
            Matcher r = RELATIVE.matcher(s);
            if (r.matches() && Fact.byKey(r.group(2)).isPresent()) {
                // the bound is another fact's value, known only once the decision it comes from is made
                return new Condition(fact, r.group(1), Fact.byKey(r.group(2)).get());
            }
            return new Condition(fact, "in", List.of(s));
        }
        throw new IllegalStateException(where + ": condition on '" + key + "' must be a comparison, yes/no or names but was " + test);
    }

    /**
     * This condition with a bound that names another fact replaced by that fact's value in {@code facts}; unchanged when
     * the bound is a number, and empty when the named fact is not known (the condition then constrains nothing).
     *
     * @param facts the design's facts so far
     * @return the condition with a numeric bound, or empty
     */
    public java.util.Optional<Condition> resolved(Facts facts) {
        if (!(operand instanceof Fact other)) {
            return java.util.Optional.of(this);
        }
        return facts.has(other) && facts.value(other) instanceof Double d ? java.util.Optional.of(new Condition(fact, operator, d, other)) : java.util.Optional.empty();
    }

    /**
     * This condition with a bound resolved from another fact read again from {@code facts}, where that fact has changed since
     * (a capacity the cost settled after the decision was weighed): the words quote the figure the dossier states. Unchanged
     * for a bound of the catalogue's own or a fact {@code facts} does not know.
     *
     * @param facts the facts the decision is written with
     * @return the condition with its bound as {@code facts} hold it
     */
    public Condition against(Facts facts) {
        return boundFrom != null && facts.has(boundFrom) && facts.value(boundFrom) instanceof Double d ? new Condition(fact, operator, d, boundFrom) : this;
    }

    /** Whether the bound names another fact rather than a number. */
    public boolean relative() {
        return operand instanceof Fact;
    }

    public boolean holds(Facts facts) {
        if (operand instanceof Fact) {
            return resolved(facts).map(c -> c.holds(facts)).orElse(true);
        }
        Object actual = facts.value(fact);
        return switch (operator) {
            case "is" -> operand.equals(actual);
            case "in" -> ((List<?>) operand).contains(actual);
            default -> compare((Double) actual, (Double) operand);
        };
    }

    /**
     * Whether the condition is missed only because the request's target is looser than the one the option is built for
     * (a 500 ms latency target against an option for 200 ms or less): the option is not needed, nothing speaks against it.
     */
    public boolean missedAsLooserTarget(Facts facts) {
        if (holds(facts) || bound().isEmpty()) {
            return false;
        }
        return fact.stricterWhenLower().map(lower -> lower ? operator.startsWith("<") : operator.startsWith(">")).orElse(false);
    }

    /** How far past a numeric bound a value may lie before the condition counts as not met at all: a factor of three. */
    private static final double TOLERANCE = Math.log(3);

    /**
     * How well the request meets this condition, from 1 (it holds) down to 0: a number just past its bound still
     * nearly fits, one three times past it does not fit at all. Yes/no and name conditions fit or do not.
     */
    public double fit(Facts facts) {
        if (holds(facts)) {
            return 1;
        }
        if (operand instanceof Fact) {
            return resolved(facts).map(c -> c.fit(facts)).orElse(1.0);
        }
        if (!(operand instanceof Double bound) || operator.equals("==") || operator.equals("!=")) {
            return 0;
        }
        double distance = Math.abs(Math.log(scaled((Double) facts.value(fact)) / scaled(bound)));
        return Math.max(0, 0.99 - distance / TOLERANCE);
    }

    /** Availability compares by allowed downtime (99.9% is twice 99.95%'s), everything else by ratio. */
    private double scaled(double value) {
        return fact == Fact.AVAILABILITY ? 100.01 - value : value + 1;
    }

    /** The bound of a numeric condition, if it has one. */
    public java.util.Optional<Double> bound() {
        return operand instanceof Double d && !operator.equals("==") && !operator.equals("!=") ? java.util.Optional.of(d) : java.util.Optional.empty();
    }

    private boolean compare(double actual, double bound) {
        return switch (operator) {
            case "<=" -> actual <= bound;
            case ">=" -> actual >= bound;
            case "<" -> actual < bound;
            case ">" -> actual > bound;
            case "==" -> actual == bound;
            case "!=" -> actual != bound;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }

    /** What the condition asks for, e.g. "peak writes <= 5,000/s" or "global audience: no". */
    public String requirement() {
        return switch (operator) {
            case "is" -> fact.describe(operand);
            case "in" -> fact.label() + " " + String.join(" or ", ((List<?>) operand).stream().map(String::valueOf).toList());
            default -> fact.label() + " " + operator + " " + fact.format(operand);
        };
    }

    /** Why this condition speaks for or against an option, quoting the request's value. */
    public String explain(Facts facts) {
        return holds(facts)
                ? "fits " + facts.describe(fact) + " (needs " + requirement() + ")"
                : "needs " + requirement() + " but the request has " + fact.format(facts.value(fact))
                        + (facts.isAssumed(fact) ? " (assumed)" : "");
    }
}
