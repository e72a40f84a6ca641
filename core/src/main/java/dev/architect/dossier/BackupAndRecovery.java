package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * Backup and disaster recovery: the strategy, the RPO and RTO it meets, schedule, retention, and drill cadence.
 *
 * @param strategy how data is backed up and restored
 * @param rpoMinutes the most data loss tolerated, in minutes; zero or more
 * @param rtoMinutes the longest time to recover, in minutes; zero or more
 * @param backupSchedule when backups are taken
 * @param retention how long backups are kept
 * @param drillCadence how often a restore is rehearsed
 */
public record BackupAndRecovery(String strategy, int rpoMinutes, int rtoMinutes, String backupSchedule,
                                String retention, String drillCadence) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param strategy how data is backed up and restored
     * @param rpoMinutes the most data loss tolerated, in minutes; zero or more
     * @param rtoMinutes the longest time to recover, in minutes; zero or more
     * @param backupSchedule when backups are taken
     * @param retention how long backups are kept
     * @param drillCadence how often a restore is rehearsed
     */
    public BackupAndRecovery {
        String where = "backup and recovery";
        Invariants.text(where, "strategy", strategy);
        Invariants.check(rpoMinutes >= 0, where, "rpoMinutes must be >= 0 but was " + rpoMinutes);
        Invariants.check(rtoMinutes >= 0, where, "rtoMinutes must be >= 0 but was " + rtoMinutes);
        Invariants.text(where, "backupSchedule", backupSchedule);
        Invariants.text(where, "retention", retention);
        Invariants.text(where, "drillCadence", drillCadence);
    }
}
