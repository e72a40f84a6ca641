package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Shapes;
import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.Alert;
import dev.architect.dossier.AlertSeverity;
import dev.architect.dossier.BackupAndRecovery;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.OperationsPlan;
import dev.architect.dossier.ServiceLevelObjective;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.design.Topology.Unit;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.request.ComplianceRegime;
import java.util.ArrayList;
import java.util.List;

/**
 * How the system is run: SLOs per API from the availability and latency targets with burn-rate alerts, alerts on
 * the stores and the broker, backup and DR matched to the RPO and RTO, the pipeline, infrastructure as code and the
 * scans the compliance regimes call for.
 */
final class OperationsBuilder {

    private OperationsBuilder() {
    }

    static OperationsPlan build(Architecture a, Topology t, Technologies tech) {
        Workload w = a.workload();
        List<ServiceLevelObjective> slos = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Unit u : t.units) {
            String availability = "slo-" + u.id() + "-availability";
            String latency = "slo-" + u.id() + "-latency";
            slos.add(new ServiceLevelObjective(availability, u.name() + " availability", "share of requests answered without a 5xx",
                    w.availabilityPercent(), "30 days", u.id()));
            slos.add(new ServiceLevelObjective(latency, u.name() + " latency", "share of requests answered within " + w.p99Ms() + " ms",
                    99, "30 days", u.id()));
            alerts.add(new Alert(u.id() + "-fast-burn", "Error budget of " + availability + " burns 14.4x faster than allowed over 1 hour and 5 minutes",
                    AlertSeverity.PAGE, "Roll back the last deploy or fail over; follow the incident runbook", availability));
            alerts.add(new Alert(u.id() + "-slow-burn", "Error budget of " + availability + " burns 6x faster than allowed over 6 hours",
                    AlertSeverity.TICKET, "Find the failing endpoint in the RED dashboard and fix within the week", availability));
            alerts.add(new Alert(u.id() + "-latency-burn", "More than 1% of requests slower than " + w.p99Ms() + " ms over 1 hour",
                    AlertSeverity.PAGE, "Check saturation (CPU, connection pools, cache hit ratio) and scale out", latency));
        }
        alerts.add(new Alert("replication-lag", "Standby or replica lag above " + Numbers.format(Math.max(1, w.rpoMinutes() / 2.0))
                + " minutes (half the RPO)", AlertSeverity.PAGE, "Check the standby's health and write load; failover would lose data", null));
        alerts.add(new Alert("backup-failed", "A scheduled backup or log archive did not complete", AlertSeverity.TICKET,
                "Re-run the backup and find the cause the same day", null));
        if (t.hasBroker()) {
            alerts.add(new Alert(t.messaging == Shapes.Messaging.STREAM ? "consumer-lag" : "dead-letters",
                    t.messaging == Shapes.Messaging.STREAM ? "Consumer lag above 5 minutes of events" : "Messages in a dead-letter queue",
                    t.messaging == Shapes.Messaging.STREAM ? AlertSeverity.PAGE : AlertSeverity.TICKET,
                    t.messaging == Shapes.Messaging.STREAM ? "Scale consumers; check the store's write latency" : "Inspect, fix and replay the dead letters", null));
        }
        if (t.hasCache()) {
            alerts.add(new Alert("cache-hit-ratio", "Cache hit ratio below 80% for 30 minutes", AlertSeverity.TICKET,
                    "Check key design, TTLs and evictions; size up if memory-bound", null));
        }
        if (!a.compliance().isEmpty()) {
            alerts.add(new Alert("audit-log-gap", "No audit events received for 15 minutes while requests are served", AlertSeverity.PAGE,
                    "Audit logging is a compliance control: restore it or stop serving regulated data", null));
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        alerts.forEach(x -> names.add(x.name()));
        for (Topology.Placement p : t.placements) {
            for (var x : p.archetype().alerts()) {
                if (names.add(x.name())) {
                    alerts.add(new Alert(x.name(), x.condition(), x.severity(), x.action(), null));
                }
            }
        }
        alerts.add(new Alert("cost-anomaly", "Forecast monthly spend 20% above the estimate", AlertSeverity.TICKET,
                "Find the line item that grew and compare it with the capacity plan", null));

        List<String> monitoring = new ArrayList<>(List.of(
                "OpenTelemetry traces, metrics and logs from every service, exported to " + tech.observability,
                "RED metrics (rate, errors, duration) per endpoint and USE metrics (utilisation, saturation, errors) per datastore",
                "Structured JSON logs with trace ids; " + Numbers.format(100 - 90) + "% of successful requests sampled, all errors kept",
                "Synthetic checks of sign-in and the main write flow every minute from two locations",
                "SLO dashboards with error budgets per API"));
        if (t.hasBroker()) {
            monitoring.add(t.messaging == Shapes.Messaging.STREAM ? "Consumer lag per consumer group and partition" : "Queue depth, age of oldest message, dead letters");
        }

        String strategy = switch (Shapes.of(Shapes.Availability.class, a.shape(DecisionTopic.AVAILABILITY))) {
            case MULTI_REGION -> "Data replicated to a second region; automated regional failover by DNS or a global load balancer, rehearsed";
            case MULTI_ZONE -> "Synchronous standby in a second zone with automatic failover; point-in-time recovery; backups copied to a second region";
            case SINGLE_ZONE -> "Restore from backups into another zone, scripted and rehearsed";
        };
        String schedule = w.rpoMinutes() <= 15 ? "Continuous transaction-log archiving (point-in-time recovery) and daily snapshots"
                : w.rpoMinutes() <= 60 ? "Transaction-log backups every 15 minutes and daily snapshots" : "Daily snapshots";
        int retentionYears = w.compliance().contains(ComplianceRegime.HIPAA) ? Math.max(6, w.retentionYears()) : w.retentionYears();
        String retention = "35 days of point-in-time recovery; monthly snapshots kept " + retentionYears + " years in object storage";
        String drill = w.availabilityPercent() >= 99.95 || w.rtoMinutes() <= 30
                ? "Quarterly failover and restore drill, timed against the " + w.rtoMinutes() + "-minute RTO"
                : "Restore drill twice a year, timed against the " + w.rtoMinutes() + "-minute RTO";
        BackupAndRecovery backup = new BackupAndRecovery(strategy, w.rpoMinutes(), w.rtoMinutes(), schedule, retention, drill);

        List<String> ciCd = List.of(
                "Trunk-based development with short-lived branches; every pull request builds, runs unit and contract tests and scans",
                "Every merge deploys to staging automatically, then to production behind a manual approval",
                (t.units.size() > 1 ? "A pipeline per deployable unit; " : "One pipeline; ") + "rolling or blue-green deploys with automatic rollback on SLO burn",
                "Database migrations (" + tech.language.migrations() + ") run as a separate, backward-compatible step before the deploy",
                "Load test at 1.5x the peak of " + Numbers.format(w.peakRps()) + " requests/s before each major release");
        List<String> iac = new ArrayList<>(List.of(
                tech.infrastructureAsCode() + " modules for network, data stores and compute; one state per environment with locking",
                "Identical staging and production built from the same modules; changes only through reviewed pull requests",
                "Secrets in the cloud secrets manager, referenced by name; never in state files or images"));
        if (!a.compliance().isEmpty()) {
            iac.add("Policy as code (Checkov or OPA) blocks unencrypted storage, public buckets and open security groups");
        }
        List<String> scanning = new ArrayList<>(List.of(
                "Static analysis (CodeQL or Semgrep) on every pull request", "Dependency scanning with fix deadlines: critical 7 days, high 30 days",
                "Container image scanning before push and nightly in the registry", "Secret scanning on every push",
                "Dynamic scan (OWASP ZAP) of staging weekly"));
        for (ComplianceRegime regime : w.compliance()) {
            switch (regime) {
                case PCI_DSS -> scanning.add("Quarterly ASV external scans and an annual penetration test of the card-data environment");
                case HIPAA -> scanning.add("Annual HIPAA security risk assessment and penetration test");
                case SOC2 -> scanning.add("Continuous control monitoring with evidence kept for the SOC 2 audit window");
                default -> {
                }
            }
        }
        return new OperationsPlan(slos, monitoring, alerts, backup, ciCd, iac, scanning);
    }
}
