package dev.architect.offline.internal.design;

import dev.architect.dossier.MessageKind;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.List;

/**
 * The instances of a part that is not on the request path ({@code helper-instances.yaml}): a queue-fed worker, a relay
 * that picks up rows, a connector. No caller waits on it, so its queue holds the work while the platform restarts it:
 * one instance in a single-zone design whose availability target allows a restart's delay, else a pair. No part's own
 * message rate is known (the broker's is what all its consumers drain together), so the count is this floor and the
 * part scales out on its backlog.
 *
 * @param offPath the minimum's rule
 */
record HelperInstances(OffPath offPath) {

    static final String RESOURCE = "/dev/architect/offline/helper-instances.yaml";

    /**
     * When one instance holds a part off the request path.
     *
     * @param oneInstanceUpToPercent the highest availability target one restarted instance holds
     * @param restartingClouds       clouds whose platforms replace a failed instance themselves
     * @param basis                  why
     */
    record OffPath(double oneInstanceUpToPercent, List<Cloud> restartingClouds, String basis) {
        OffPath {
            if (!(oneInstanceUpToPercent > 90 && oneInstanceUpToPercent < 100) || restartingClouds == null || basis == null || basis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": offPath needs oneInstanceUpToPercent between 90 and 100, restartingClouds and a basis");
            }
            restartingClouds = List.copyOf(restartingClouds);
        }
    }

    HelperInstances {
        if (offPath == null) {
            throw new IllegalStateException(RESOURCE + ": offPath is required");
        }
    }

    private static final class Holder {
        static final HelperInstances STANDARD = DataFiles.shipped(RESOURCE, HelperInstances.class, "helper instances");
    }

    /** The rules shipped with the SDK, read once. */
    static HelperInstances standard() {
        return Holder.STANDARD;
    }

    /** How work reaches a part, read from the flows of the archetypes that have it. */
    enum Feed {
        /** A flow makes a caller wait on it (a SYNC step into it from anything but itself): it is on the request path. */
        CALLED,
        /** Messages are delivered to it without a caller waiting (an ASYNC step into it): it drains a queue. */
        QUEUE,
        /** Nothing steps into it: it picks up its work itself (rows it polls, a schedule, a log it follows). */
        PICKS_UP
    }

    /** How work reaches a part: CALLED where any flow waits on it, else QUEUE where one delivers to it, else PICKS_UP. */
    static Feed feed(String partId) {
        Feed feed = Feed.PICKS_UP;
        for (Archetype a : Archetypes.standard().archetypes()) {
            if (a.components().stream().noneMatch(c -> c.id().equals(partId))
                    && a.kinds().stream().noneMatch(k -> k.components() != null && k.components().stream().anyMatch(c -> c.id().equals(partId)))) {
                continue;
            }
            List<Archetype.Flow> flows = new ArrayList<>(a.flows());
            a.kinds().forEach(k -> flows.addAll(k.flows() == null ? List.of() : k.flows()));
            for (Archetype.Step s : flows.stream().flatMap(f -> f.parsed().stream()).toList()) {
                if (!s.to().equals(partId) || s.from().equals(partId)) {
                    continue;
                }
                if (s.kind() == MessageKind.SYNC) {
                    return Feed.CALLED;
                }
                if (s.kind() == MessageKind.ASYNC) {
                    feed = Feed.QUEUE;
                }
            }
        }
        return feed;
    }

    /**
     * The fewest instances of a part off the request path, and why.
     *
     * @param availabilityPercent the request's target
     * @param cloud               where it runs
     * @param zones               the zones the availability decision spans (1 for a single zone); above the target one
     *                            instance holds, or where the design spans zones, a pair in two of them: the second
     *                            takes over while the first restarts
     */
    Count minimum(double availabilityPercent, Cloud cloud, int zones) {
        String pair = cloud == Cloud.ON_PREMISES ? "a pair on two hosts in separate racks" : zones >= 2 ? "a pair in two of the "
                + zones + " zones the availability decision spans" : "a pair";
        if (!offPath.restartingClouds().contains(cloud)) {
            return new Count(2, pair + ", as no platform replaces a failed instance by itself " + (cloud == Cloud.ON_PREMISES
                    ? "on the organisation's own hosts" : "on " + cloud.displayName()) + " (helper-instances.yaml)");
        }
        if (zones >= 2) {
            // A design spread over zones keeps an instance in two of them, so a zone's loss is not a wait for a restart
            return new Count(2, pair + ", as the availability decision spreads the design over zones and one instance lives in one zone");
        }
        if (availabilityPercent > offPath.oneInstanceUpToPercent()) {
            return new Count(2, pair + ", as the " + Numbers.format(availabilityPercent) + "% target is above the "
                    + Numbers.format(offPath.oneInstanceUpToPercent()) + "% one restarted instance holds (helper-instances.yaml: " + offPath.basis() + ")");
        }
        return new Count(1, "one, as no caller waits on it, the availability decision chose a single zone and the "
                + Numbers.format(availabilityPercent) + "% target is within the "
                + Numbers.format(offPath.oneInstanceUpToPercent()) + "% one restarted instance holds (helper-instances.yaml: " + offPath.basis() + ")");
    }

    /** A count and the formula or rule that gives it. */
    record Count(int count, String basis) {
    }
}
