package dev.architect.request.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds of a numeric request field. One declaration serves both the record's own check and the generated JSON
 * Schema, so the two cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    /**
     * The lowest allowed value; unbounded below by default.
     *
     * @return the lower bound
     */
    double min() default Double.NEGATIVE_INFINITY;

    /**
     * The highest allowed value; unbounded above by default.
     *
     * @return the upper bound
     */
    double max() default Double.POSITIVE_INFINITY;

    /**
     * When true the value must be strictly greater than {@link #min()}.
     *
     * @return whether the lower bound itself is excluded
     */
    boolean minExclusive() default false;
}
