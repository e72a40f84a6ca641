package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * Files the request says are downloaded, how many a month and how large each is ("listeners download 400 million
 * episodes a month ... an average episode is 50 MB"): transfer it states without saying it.
 *
 * @param perMonth files downloaded a month
 * @param count the phrase that gives the count, with where it stands
 * @param sizeMb megabytes a file
 * @param size the phrase that gives the size, with where it stands
 */
public record Downloads(double perMonth, StatedFact count, double sizeMb, StatedFact size) {

    public Downloads {
        if (!(perMonth > 0) || !(sizeMb > 0)) {
            throw new IllegalArgumentException("downloads and size must be positive but were " + perMonth + " and " + sizeMb);
        }
    }

    /** GB transferred a month: files a month x MB each / 1,000. */
    public double gbPerMonth() {
        return Numbers.round(perMonth * sizeMb / 1000, 2);
    }

    /** The arithmetic with its sources. */
    public String evidence() {
        return Numbers.format(perMonth) + " downloads a month (" + count.evidence() + ") x " + Numbers.format(sizeMb) + " MB ("
                + size.evidence() + ") / 1,000 = " + Numbers.format(gbPerMonth()) + " GB a month";
    }
}
