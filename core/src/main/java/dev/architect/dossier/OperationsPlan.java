package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * How the system is run: objectives, monitoring and alerts, backup and recovery, delivery, infrastructure, scanning.
 *
 * @param slos the service-level objectives
 * @param monitoring what is monitored and with what
 * @param alerts the alerts
 * @param backupAndRecovery backup and disaster recovery
 * @param ciCd how changes are built, tested and delivered
 * @param infrastructureAsCode how infrastructure is provisioned
 * @param securityScanning what is scanned for vulnerabilities, and when
 */
public record OperationsPlan(
        List<ServiceLevelObjective> slos,
        List<String> monitoring,
        List<Alert> alerts,
        BackupAndRecovery backupAndRecovery,
        List<String> ciCd,
        List<String> infrastructureAsCode,
        List<String> securityScanning) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param slos the service-level objectives
     * @param monitoring what is monitored and with what
     * @param alerts the alerts
     * @param backupAndRecovery backup and disaster recovery
     * @param ciCd how changes are built, tested and delivered
     * @param infrastructureAsCode how infrastructure is provisioned
     * @param securityScanning what is scanned for vulnerabilities, and when
     */
    public OperationsPlan {
        String where = "operations";
        slos = Invariants.list(where, "slos", slos);
        Invariants.unique(where, "slo", slos.stream().map(ServiceLevelObjective::id).toList());
        monitoring = Invariants.list(where, "monitoring", monitoring);
        alerts = Invariants.list(where, "alerts", alerts);
        Invariants.unique(where, "alert", alerts.stream().map(Alert::name).toList());
        Invariants.required(where, "backupAndRecovery", backupAndRecovery);
        ciCd = Invariants.list(where, "ciCd", ciCd);
        infrastructureAsCode = Invariants.list(where, "infrastructureAsCode", infrastructureAsCode);
        securityScanning = Invariants.list(where, "securityScanning", securityScanning);
    }
}
