package dev.architect.offline.internal.design;

import dev.architect.internal.facts.StatedFacts;
import java.util.List;
import java.util.Optional;

/**
 * A copy of the backups kept in a second region: designed and priced when the design has a second region (a replica
 * copies a corruption or a deletion too, so the standby region keeps backups of its own) or when the request asks for
 * backups in another region. Not for data pinned to each person's home region, whose backups stay in its jurisdiction.
 *
 * @param region  the region the copy is kept in: the design's second region, else the first region's paired region
 * @param because why the copy is made, citing the request
 * @param transferred whether the backups cross regions (a single-region design copies them; a second region takes its
 *                    own snapshots from its replica, whose replication is priced already)
 */
record BackupCopy(String region, String because, boolean transferred) {

    /**
     * The copy this design keeps, if any.
     *
     * @param stated  what the request states
     * @param regions the deployment's regions, first the primary
     * @param designedRegions the regions the design runs in (at least the deployment's)
     * @param pinned  whether personal data is pinned to each person's home region
     * @return the copy, or empty when none is designed
     */
    static Optional<BackupCopy> of(StatedFacts stated, List<String> regions, int designedRegions, boolean pinned) {
        if (pinned && designedRegions > 1) {
            return Optional.empty();
        }
        if (designedRegions > 1) {
            String second = regions.size() > 1 ? regions.get(1) : "the standby region";
            return Optional.of(new BackupCopy(second, "the design runs a second region (" + second + "), and a replica copies a corruption or a "
                    + "deletion as faithfully as a write, so that region keeps backups of its own", false));
        }
        String first = regions.isEmpty() ? "the primary region" : regions.get(0);
        return stated.crossRegionBackups().map(f -> new BackupCopy("the region paired with " + first, "the request asks for it ("
                + f.evidence() + ")", true));
    }
}
