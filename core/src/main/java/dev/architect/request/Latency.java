package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;

/** Latency targets for user-facing requests, measured at the system edge. */
public record Latency(
        @Range(min = 0, minExclusive = true) @Doc("99th percentile latency target, in milliseconds") Integer p99Ms,
        @Range(min = 0, minExclusive = true) @Doc("Median latency target, in milliseconds") Integer p50Ms) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param p99Ms 99th percentile latency target, in milliseconds
     * @param p50Ms Median latency target, in milliseconds
     */
    public Latency {
        RequestConstraints.enforce(Latency.class, p99Ms, p50Ms);
        if (p99Ms != null && p50Ms != null && p50Ms > p99Ms) {
            throw dev.architect.exceptions.InvalidRequestException.of("p50Ms",
                    "must not exceed p99Ms (" + p99Ms + ") but was " + p50Ms);
        }
    }

    /**
     * A p99 target alone, with no median target.
     *
     * @param millis the 99th percentile latency target, in milliseconds; greater than zero
     * @return the latency targets
     */
    public static Latency p99(int millis) {
        return new Latency(millis, null);
    }
}
