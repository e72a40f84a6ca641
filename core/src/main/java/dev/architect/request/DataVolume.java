package dev.architect.request;

import dev.architect.internal.request.Doc;
import dev.architect.internal.request.Range;
import dev.architect.internal.request.RequestConstraints;

/** How much data the system holds and how fast it grows. */
public record DataVolume(
        @Range(min = 0) @Doc("Data held on day one, in GB") Double initialVolumeGb,
        @Range(min = 0) @Doc("Growth per month, in GB") Double growthGbPerMonth,
        @Range(min = 0, max = 100) @Doc("How long records must be kept, in years") Integer retentionYears) {

    public DataVolume {
        RequestConstraints.enforce(DataVolume.class, initialVolumeGb, growthGbPerMonth, retentionYears);
    }
}
