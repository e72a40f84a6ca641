package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * Media the request says it stores, with their count and size ("3,000 calls a day are recorded; each recording is about
 * 8 MB"): the bytes that grow the object store each month.
 *
 * @param count the files stored a month, from a stated count per period
 * @param size  the stated size of one file, in MB
 */
public record MediaUploads(StatedCount count, StatedFact size) {

    /** GB stored a month: files a month x MB each / 1,000. */
    public double gbPerMonth() {
        return Numbers.round(count.perMonth() * size.value() / 1000, 2);
    }

    /** The arithmetic with both phrases. */
    public String evidence() {
        return count.evidence() + " x " + Numbers.format(size.value()) + " MB a file (" + size.evidence() + ") / 1,000 = "
                + Numbers.format(gbPerMonth()) + " GB a month";
    }
}
