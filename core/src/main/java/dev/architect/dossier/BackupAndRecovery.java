package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** Backup and disaster recovery: the strategy, the RPO and RTO it meets, schedule, retention, and drill cadence. */
public record BackupAndRecovery(String strategy, int rpoMinutes, int rtoMinutes, String backupSchedule,
                                String retention, String drillCadence) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
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
