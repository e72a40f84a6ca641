package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * Devices that each report on an interval ("150,000 sensors report every 30 seconds"): a write rate the request
 * states without saying it. One report is one message; a device that sends several readings at once ("each turbine
 * sends 300 sensor channels once a second") carries them in that one message.
 *
 * @param devices how many devices report
 * @param intervalSeconds seconds between two reports of one device
 * @param readingsPerMessage readings one report carries: 1 unless the request states more
 * @param phrase the words matched
 * @param field where they stand
 * @param countBasis how the count was reached when the request states the interval but not how many report: the
 *                   connections held at the peak and the share of them that report ({@code 400,000 connections x 0.2
 *                   (assumption as-reporting-share)}); empty when the request counts the devices
 * @param assumedShare the share of the connections assumed to report ({@link #REPORTING_SHARE}); 0 when nothing is
 *                     assumed (the devices are counted, or every connection held is one of them)
 * @param noun the devices' own plural noun as the request counts them ("robots", "locks"); empty when not known
 */
public record DeviceRate(double devices, double intervalSeconds, double readingsPerMessage, String phrase, String field, String countBasis,
                         double assumedShare, String noun) {

    /** The id of the assumption that says what share of the connections held at the peak report on the interval. */
    public static final String REPORTING_SHARE = "as-reporting-share";

    public DeviceRate {
        if (!(devices > 0) || !(intervalSeconds > 0) || !(readingsPerMessage >= 1)) {
            throw new IllegalArgumentException("devices and interval must be positive and readings a message at least 1 but were "
                    + devices + ", " + intervalSeconds + " and " + readingsPerMessage);
        }
        countBasis = countBasis == null ? "" : countBasis;
        noun = noun == null ? "" : noun;
        if (!(assumedShare >= 0 && assumedShare < 1)) {
            throw new IllegalArgumentException("an assumed share is at least 0 and under 1 but was " + assumedShare);
        }
    }

    /**
     * Devices the request counts, each report carrying {@code readingsPerMessage} readings.
     *
     * @param devices how many devices report
     * @param intervalSeconds seconds between two reports of one device
     * @param readingsPerMessage readings one report carries
     * @param phrase the words matched
     * @param field where they stand
     */
    public DeviceRate(double devices, double intervalSeconds, double readingsPerMessage, String phrase, String field) {
        this(devices, intervalSeconds, readingsPerMessage, phrase, field, "", 0, "");
    }

    /**
     * Devices that report on an interval, with their count's basis and share, whose noun is not known.
     *
     * @param devices how many devices report
     * @param intervalSeconds seconds between two reports of one device
     * @param readingsPerMessage readings one report carries
     * @param phrase the words matched
     * @param field where they stand
     * @param countBasis how the count was reached, when assumed
     * @param assumedShare the share of the connections assumed to report
     */
    public DeviceRate(double devices, double intervalSeconds, double readingsPerMessage, String phrase, String field, String countBasis,
                      double assumedShare) {
        this(devices, intervalSeconds, readingsPerMessage, phrase, field, countBasis, assumedShare, "");
    }

    /**
     * The same devices named by the request's own plural noun.
     *
     * @param plural the noun as the request counts them ("robots")
     * @return the copy
     */
    public DeviceRate named(String plural) {
        return new DeviceRate(devices, intervalSeconds, readingsPerMessage, phrase, field, countBasis, assumedShare, plural);
    }

    /** Whether the count of devices is an assumed share of the connections held at the peak rather than stated. */
    public boolean countAssumed() {
        return assumedShare > 0;
    }

    /**
     * Devices that send one reading a report.
     *
     * @param devices how many devices report
     * @param intervalSeconds seconds between two reports of one device
     * @param phrase the words matched
     * @param field where they stand
     */
    public DeviceRate(double devices, double intervalSeconds, String phrase, String field) {
        this(devices, intervalSeconds, 1, phrase, field);
    }

    /** Writes a second when every device reports once an interval: one message a report, whatever readings it carries. */
    public double writesPerSecond() {
        return Numbers.round(devices / intervalSeconds, 2);
    }

    /** Readings a second: the messages times the readings each carries. */
    public double readingsPerSecond() {
        return Numbers.round(devices / intervalSeconds * readingsPerMessage, 2);
    }

    /**
     * The arithmetic with its source: {@code 150,000 devices / 30 s = 5,000 writes/s (description "...")}; with several
     * readings a message, {@code 9,000 devices / 1 s = 9,000 writes/s, one message each carrying 300 readings (2,700,000
     * readings/s) (description "...")}.
     */
    public String evidence() {
        return (!countBasis.isEmpty() ? countBasis + " = " : "") + Numbers.format(devices) + " devices / " + Numbers.format(intervalSeconds) + " s = " + Numbers.format(writesPerSecond())
                + " writes/s" + (readingsPerMessage > 1 ? ", one message each carrying " + Numbers.format(readingsPerMessage) + " readings ("
                + Numbers.format(readingsPerSecond()) + " readings/s)" : "") + " (" + field + " \"" + phrase + "\")";
    }
}
