package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * Devices that each report on an interval ("150,000 sensors report every 30 seconds"): a write rate the request
 * states without saying it.
 *
 * @param devices how many devices report
 * @param intervalSeconds seconds between two reports of one device
 * @param phrase the words matched
 * @param field where they stand
 */
public record DeviceRate(double devices, double intervalSeconds, String phrase, String field) {

    public DeviceRate {
        if (!(devices > 0) || !(intervalSeconds > 0)) {
            throw new IllegalArgumentException("devices and interval must be positive but were " + devices + " and " + intervalSeconds);
        }
    }

    /** Writes a second when every device reports once an interval. */
    public double writesPerSecond() {
        return Numbers.round(devices / intervalSeconds, 2);
    }

    /** The arithmetic with its source: {@code 150,000 devices / 30 s = 5,000 writes/s (description "...")}. */
    public String evidence() {
        return Numbers.format(devices) + " devices / " + Numbers.format(intervalSeconds) + " s = " + Numbers.format(writesPerSecond())
                + " writes/s (" + field + " \"" + phrase + "\")";
    }
}
