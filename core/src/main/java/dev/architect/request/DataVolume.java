package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;

/** How much data the system holds and how fast it grows. */
public record DataVolume(
        @Range(min = 0) @Doc("Data held on day one, in GB") Double initialVolumeGb,
        @Range(min = 0) @Doc("Growth per month, in GB") Double growthGbPerMonth,
        @Range(min = 0, max = 100) @Doc("How long records must be kept, in years") Integer retentionYears) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param initialVolumeGb Data held on day one, in GB
     * @param growthGbPerMonth Growth per month, in GB
     * @param retentionYears How long records must be kept, in years
     */
    public DataVolume {
        RequestConstraints.enforce(DataVolume.class, initialVolumeGb, growthGbPerMonth, retentionYears);
    }
}
