package dev.architect.offline.internal.rules;

import java.util.Locale;

/**
 * How the regions of a design run, decided once so the availability ADR, the cost, the risks and the runbook tell the
 * same story: a warm standby has one writing region (a failover fences the old one), active-active regions all serve,
 * and regions that each hold only their own residents' records have no copy to fail over to.
 */
public enum RegionMode {
    /** One region. */
    ONE_REGION,
    /** Personal data pinned to each person's home region: every region serves its own residents; none holds another's copy. */
    HOME_REGIONS,
    /** Every region serves traffic and writes. */
    ACTIVE_ACTIVE,
    /** One region serves and writes; another runs a scaled-down copy with replicated data, promoted on failover. */
    WARM_STANDBY,
    /** One region serves and writes; the others hold replicated data and backups only, and compute starts on failover. */
    PILOT_LIGHT;

    /** From this availability target, or at or below this RTO, a standby cannot be promoted in time: all regions serve. */
    public static final double ACTIVE_ACTIVE_PERCENT = 99.99;
    public static final int ACTIVE_ACTIVE_RTO_MINUTES = 15;
    /** A recovery time at or over this many minutes allows a pilot light (data only) in the other regions. */
    public static final int PILOT_LIGHT_RTO_MINUTES = 240;

    /**
     * The mode for a number of regions and the request's targets, whatever the store.
     *
     * @param regions regions the design runs in
     * @param availabilityPercent the availability target
     * @param rtoMinutes the recovery time objective
     * @param pinned whether personal data is pinned to each person's home region
     * @return the mode
     */
    public static RegionMode of(int regions, double availabilityPercent, double rtoMinutes, boolean pinned) {
        return of(regions, availabilityPercent, rtoMinutes, 1, false, pinned);
    }

    /**
     * The mode for a number of regions, the request's targets and the chosen store. A store with one writing primary copies
     * to other regions asynchronously: regions that all wrote to it would lose their last seconds of writes with a region
     * and conflict, so with an RPO of 0 it keeps one writing region (its synchronous standby holds the RPO of 0 inside that
     * region) and the others stand by, the loss of a whole region trading the RPO across regions.
     *
     * @param regions regions the design runs in
     * @param availabilityPercent the availability target
     * @param rtoMinutes the recovery time objective
     * @param rpoMinutes the recovery point objective
     * @param singleWriterStore whether the primary store takes every write on one primary
     * @param pinned whether personal data is pinned to each person's home region
     * @return the mode
     */
    public static RegionMode of(int regions, double availabilityPercent, double rtoMinutes, double rpoMinutes,
                                boolean singleWriterStore, boolean pinned) {
        if (regions < 2) {
            return ONE_REGION;
        }
        if (pinned) {
            return HOME_REGIONS;
        }
        if (availabilityPercent >= ACTIVE_ACTIVE_PERCENT || rtoMinutes <= ACTIVE_ACTIVE_RTO_MINUTES) {
            return rpoMinutes <= 0 && singleWriterStore ? WARM_STANDBY : ACTIVE_ACTIVE;
        }
        return rtoMinutes >= PILOT_LIGHT_RTO_MINUTES ? PILOT_LIGHT : WARM_STANDBY;
    }

    /**
     * Whether these targets would have every region serve, but the single-writer store and the RPO of 0 keep one writing
     * region: the regional failover then trades the RPO of 0 across regions (the same arguments as {@link #of}).
     *
     * @param regions regions the design runs in
     * @param availabilityPercent the availability target
     * @param rtoMinutes the recovery time objective
     * @param rpoMinutes the recovery point objective
     * @param singleWriterStore whether the primary store takes every write on one primary
     * @param pinned whether personal data is pinned to each person's home region
     * @return true when the store, not the targets, decided one writing region
     */
    public static boolean oneWriterForRpo(int regions, double availabilityPercent, double rtoMinutes, double rpoMinutes,
                                          boolean singleWriterStore, boolean pinned) {
        return of(regions, availabilityPercent, rtoMinutes, pinned) == ACTIVE_ACTIVE
                && of(regions, availabilityPercent, rtoMinutes, rpoMinutes, singleWriterStore, pinned) != ACTIVE_ACTIVE;
    }

    /** Whether one region takes every write, so a failover must fence the old writer. */
    public boolean oneWriter() {
        return this == WARM_STANDBY || this == PILOT_LIGHT;
    }

    /** The mode as the design facts name it: "warm-standby". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
