package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;

/** Availability and recovery objectives. */
public record Availability(
        @Range(min = 0, max = 100, minExclusive = true) @Doc("Availability target in percent, e.g. 99.95") Double targetPercent,
        @Range(min = 0) @Doc("Recovery point objective: data loss tolerated, in minutes") Integer rpoMinutes,
        @Range(min = 0) @Doc("Recovery time objective: downtime tolerated for a disaster, in minutes") Integer rtoMinutes) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param targetPercent Availability target in percent, e.g. 99.95
     * @param rpoMinutes Recovery point objective: data loss tolerated, in minutes
     * @param rtoMinutes Recovery time objective: downtime tolerated for a disaster, in minutes
     */
    public Availability {
        RequestConstraints.enforce(Availability.class, targetPercent, rpoMinutes, rtoMinutes);
    }
}
