package dev.architect.internal.request;

import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import dev.architect.request.meta.Range;
import dev.architect.request.meta.Required;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Enforces the {@link Required} and {@link Range} annotations of a request record. Called from each compact
 * constructor with the component values in declaration order; reports every problem of the record at once.
 */
public final class RequestConstraints {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private RequestConstraints() {
    }

    public static void enforce(Class<? extends Record> type, Object... values) {
        RecordComponent[] components = COMPONENTS.get(type);
        if (components.length != values.length) {
            throw new IllegalStateException(type.getSimpleName() + " passes " + values.length
                    + " values for " + components.length + " components");
        }
        List<RequestProblem> problems = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            problems.addAll(check(components[i], values[i]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /**
     * The problems of one component's value under its {@link Required} and {@link Range} rules, with paths relative
     * to the record; empty when it is fine.
     */
    public static List<RequestProblem> check(RecordComponent component, Object value) {
        List<RequestProblem> problems = new ArrayList<>();
        String name = component.getName();
        if (component.isAnnotationPresent(Required.class)) {
            if (value == null) {
                problems.add(RequestProblem.of(name, "is required"));
                return problems;
            }
            if (value instanceof String s && s.isBlank()) {
                problems.add(RequestProblem.of(name, "must not be blank"));
                return problems;
            }
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                if (element == null) {
                    problems.add(RequestProblem.of(name + "[" + i + "]", "must not be null"));
                } else if (element instanceof String s && s.isBlank()) {
                    problems.add(RequestProblem.of(name + "[" + i + "]", "must not be blank"));
                }
                i++;
            }
        }
        Range range = component.getAnnotation(Range.class);
        if (range != null && value instanceof Number n) {
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                problems.add(RequestProblem.of(name, "must be a finite number but was " + n));
            } else if (range.minExclusive() ? v <= range.min() : v < range.min()) {
                problems.add(RequestProblem.of(name, "must be " + (range.minExclusive() ? "greater than " : "at least ")
                        + format(range.min()) + " but was " + n));
            } else if (v > range.max()) {
                problems.add(RequestProblem.of(name, "must be at most " + format(range.max()) + " but was " + n));
            }
        }
        return problems;
    }

    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Null becomes an empty list; call after {@link #enforce}, which has already rejected null elements. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
