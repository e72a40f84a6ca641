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
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Phrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the system is run: SLOs per API from the availability and latency targets with burn-rate alerts, the general
 * alerts of general-risks-and-alerts.yaml and the archetypes' alerts whose conditions hold for this design, backup and
 * DR matched to the RPO, the RTO and the chosen store's own failover, the pipeline, infrastructure as code and the
 * scans the compliance regimes call for.
 */
final class OperationsBuilder {

    /** Whether the PCI DSS approach chosen leaves card numbers with the payment provider (its hosted fields and tokens). */
    private static boolean cardDataWithProvider(Architecture a) {
        return a.compliance().stream().anyMatch(c -> c.regime() == dev.architect.request.ComplianceRegime.PCI_DSS
                && c.shape().equals("tokenisation"));
    }

    private OperationsBuilder() {
    }

    private static Alert alert(GeneralRisksAndAlerts.AlertDef x, Map<String, String> values, String slo) {
        return new Alert(GeneralRisksAndAlerts.fill(x.name(), values), GeneralRisksAndAlerts.fill(x.condition(), values), x.severity(),
                GeneralRisksAndAlerts.fill(x.action(), values), slo);
    }

    /** What the infrastructure code builds: the design's stores, its cache and broker, and the platform it runs on. */
    private static List<String> provisioned(Topology t, Technologies tech) {
        List<String> parts = new ArrayList<>();
        parts.add(tech.primaryStore);
        if (t.hasCache()) {
            parts.add(tech.cache);
        }
        if (t.hasBroker()) {
            parts.add(tech.broker);
        }
        parts.add(tech.platform);
        return parts.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
    }

    /**
     * The operations plan; the datastore's drills and watches cite its busiest store's own writes at peak, as the cost
     * lines and the capacity table give them, not the system's.
     */
    static OperationsPlan build(Architecture a, Topology t, Technologies tech, List<CostPlanner.StoreLoad> storeLoads) {
        Workload w = a.workload();
        List<ServiceLevelObjective> slos = new ArrayList<>();
        GeneralRisksAndAlerts general = GeneralRisksAndAlerts.standard();
        Facts design = general.designFacts(a, t);
        Rehearsals.Store store = Rehearsals.Store.busiest(design, storeLoads);
        Map<String, String> values = general.values(a, t, tech);
        List<Alert> alerts = new ArrayList<>();
        for (Unit u : t.units) {
            String availability = "slo-" + u.id() + "-availability";
            String latency = "slo-" + u.id() + "-latency";
            slos.add(new ServiceLevelObjective(availability, u.name() + " availability", "share of requests answered without a 5xx",
                    w.availabilityPercent(), "30 days", u.id()));
            slos.add(new ServiceLevelObjective(latency, u.name() + " latency", "share of requests answered within " + w.p99Ms() + " ms",
                    99, "30 days", u.id()));
            Map<String, String> unitValues = new HashMap<>(values);
            unitValues.put("unit", u.id());
            unitValues.put("unitName", u.name());
            unitValues.put("availabilitySlo", availability);
            unitValues.put("latencySlo", latency);
            for (GeneralRisksAndAlerts.AlertDef x : general.alerts()) {
                if (x.perUnit() && GeneralRisksAndAlerts.holds("alert " + x.name(), x.when(), design)) {
                    alerts.add(alert(x, unitValues, "latency".equals(x.slo()) ? latency : availability));
                }
            }
        }
        Set<String> names = new HashSet<>();
        alerts.forEach(x -> names.add(x.name()));
        for (GeneralRisksAndAlerts.AlertDef x : general.alerts()) {
            if (!x.perUnit() && !x.last() && GeneralRisksAndAlerts.holds("alert " + x.name(), x.when(), design) && names.add(x.name())) {
                alerts.add(alert(x, values, null));
            }
        }
        for (Topology.Placement p : t.placements) {
            for (var x : p.archetype().alerts()) {
                if (GeneralRisksAndAlerts.holds("archetype " + p.archetype().id() + " alert " + x.name(), x.when(), design) && names.add(x.name())) {
                    alerts.add(new Alert(x.name(), t.withChosen(x.condition()), x.severity(), t.withChosen(x.action()), null));
                }
            }
        }
        for (GeneralRisksAndAlerts.AlertDef x : general.alerts()) {
            if (!x.perUnit() && x.last() && GeneralRisksAndAlerts.holds("alert " + x.name(), x.when(), design) && names.add(x.name())) {
                alerts.add(alert(x, values, null));
            }
        }

        // the general lines in this system's terms: its units, its peak, its first capability, its error budget
        double sampled = Numbers.round(w.peakRps() * 0.1, 0);
        double budgetMinutes = Numbers.round((100 - w.availabilityPercent()) / 100 * 30 * 24 * 60, 0);
        List<String> monitoring = new ArrayList<>(List.of(
                "OpenTelemetry traces, metrics and logs from " + Names.list(t.units.stream().map(Unit::name)
                        .map(n -> "the " + (n.startsWith(w.system()) ? n : Phrases.inSentence(n))).toList())
                        + ", exported to " + tech.observability,
                "RED metrics (rate, errors, duration) per endpoint and USE metrics (utilisation, saturation, errors) for " + Names.list(provisioned(t, tech)),
                "Structured JSON logs with trace ids; 10% of successful requests sampled" + (sampled >= 1 ? " (about " + Numbers.format(sampled)
                        + " a second at the peak of " + Numbers.format(Numbers.round(w.peakRps(), 0)) + ")" : "") + ", all errors kept",
                "Synthetic checks every minute from two locations of sign-in and of " + (w.capabilities().isEmpty() ? "the main write flow"
                        : Phrases.inSentence(w.capabilities().get(0))),
                "SLO dashboards with each API's error budget (" + Numbers.format(budgetMinutes) + " minutes a month at " + Numbers.format(w.availabilityPercent()) + "%)"));
        // what each chosen part's kind is watched by, in its product's terms (rehearsals.yaml)
        List<String> watches = Rehearsals.watches(a, design, store);
        monitoring.addAll(watches);
        boolean brokerWatched = a.find(DecisionTopic.MESSAGING).flatMap(Rehearsals::of).map(k -> !k.watch().isEmpty()).orElse(false);
        if (t.hasBroker() && !brokerWatched) {
            monitoring.add(t.messaging == Shapes.Messaging.STREAM ? "Consumer lag per consumer group and partition" : "Queue depth, age of oldest message, dead letters");
        }

        boolean pinned = a.pinsDataToHomeRegion() && w.regions().size() > 1;
        int designedRegions = Math.max(w.regions().size(), (int) a.chosen(DecisionTopic.AVAILABILITY).size("regions", 1));
        java.util.Optional<BackupCopy> copy = BackupCopy.of(t.stated, w.regions(), designedRegions, a.pinsDataToHomeRegion());
        boolean onOneSite = w.cloud() == dev.architect.request.Cloud.ON_PREMISES && w.regions().size() <= 1;
        String strategy = switch (Shapes.of(Shapes.Availability.class, a.shape(DecisionTopic.AVAILABILITY))) {
            // Pinned data has no copy in another region: a region's database fails over within the region, and a lost
            // region's residents wait for it (or for its backups, kept in the same jurisdiction) rather than move
            case MULTI_REGION -> pinned ? "Personal data is pinned to each person's home region: each of " + values.get("regions")
                    + " runs its own database for the people homed there and none holds a copy of another region's data. Within a region: "
                    + values.get("failover") + ". Losing a whole region leaves its residents' records unavailable (not lost) until "
                    + "the region recovers or its backups, kept in the same jurisdiction, are restored into another region of that "
                    + "jurisdiction; the other regions keep serving "
                    + "their own residents, and DNS or a global load balancer routes each person to their home region; the regional restore is rehearsed"
                    : "Data replicated to a second region; automated regional failover by DNS or a global load balancer, rehearsed. "
                    + "Within a region: " + values.get("failover") + copy.map(c -> ". Backups are kept in " + c.region() + " too, because "
                    + c.because() + " (their storage is in the cost)").orElse("");
            // Without a copy the request asks for, the cost prices backups in the region only: a copy in a second region is
            // the regional-outage risk's mitigation, not the design
            // In the organisation's own data centre (one site) the backups stay in the building unless the request asks
            // for a copy: an off-site copy is the site-loss risk's mitigation
            case MULTI_ZONE -> onOneSite && copy.isEmpty() ? values.get("failover") + "; point-in-time recovery from backups kept in the data "
                    + "centre on storage apart from the database hosts (an off-site copy of them is neither designed nor priced: the risk "
                    + "register proposes it against the loss of the site)"
                    : values.get("failover") + "; point-in-time recovery from backups kept in the region across its zones "
                    + copy.map(c -> "and copied each day to " + c.region() + ", because " + c.because() + "; the copy is restored there "
                    + "if the region is lost (its storage and transfer are in the cost)")
                    .orElse("(a cross-region copy of them" + (pinned ? ", in the same jurisdiction as the data they hold," : "")
                    + " is neither designed nor priced: the risk register proposes it against a regional outage)");
            case SINGLE_ZONE -> onOneSite ? "Restore from backups onto spare hardware in the data centre, scripted and rehearsed"
                    : "Restore from backups into another zone, scripted and rehearsed";
        };
        String schedule = w.rpoMinutes() <= 15 ? "Continuous transaction-log archiving (point-in-time recovery) and daily snapshots"
                : w.rpoMinutes() <= 60 ? "Transaction-log backups every 15 minutes and daily snapshots" : "Daily snapshots";
        // Snapshots hold every class of data, so they are kept as long as the longest retention the request states.
        int kept = Math.max(w.retentionYears(), t.stated.longestRetentionYears().orElse(0));
        int retentionYears = w.compliance().contains(ComplianceRegime.HIPAA) ? Math.max(6, kept) : kept;
        String retention = "35 days of point-in-time recovery; monthly snapshots kept " + retentionYears + " years in object storage";
        String drill = w.availabilityPercent() >= 99.95 || w.rtoMinutes() <= 30
                ? "Quarterly failover and restore drill, timed against the " + w.rtoMinutes() + "-minute RTO"
                : "Restore drill twice a year, timed against the " + w.rtoMinutes() + "-minute RTO";
        // the timed drill restores the chosen store its own way; each other part is drilled by what fails in its kind (a
        // stream's replay, a gateway's link outage), on the same days
        List<String> partDrills = Rehearsals.drills(a, design, store);
        String storeDrill = a.find(DecisionTopic.DATASTORE).flatMap(c -> Rehearsals.drill(c, w, store)).orElse(null);
        List<String> others = partDrills.stream().filter(d -> !d.equals(storeDrill)).toList();
        String drills = drill + (storeDrill == null ? "" : ": " + storeDrill) + (others.isEmpty() ? "" : ". On the same days: " + String.join("; ", others));
        BackupAndRecovery backup = new BackupAndRecovery(strategy, w.rpoMinutes(), w.rtoMinutes(), schedule, retention, drills);

        List<String> ciCd = List.of(
                "Trunk-based development with short-lived branches; every pull request builds, runs unit and contract tests and scans",
                "Every merge deploys to staging automatically, then to production behind a manual approval",
                (t.units.size() > 1 ? "A pipeline per deployable unit; " : "One pipeline; ") + "rolling or blue-green deploys with automatic rollback on SLO burn",
                "Database migrations (" + tech.language.migrations() + ") run as a separate, backward-compatible step before the deploy",
                RoadmapBuilder.loadTest(w, t) + " before each major release");
        List<String> iac = new ArrayList<>(List.of(
                tech.infrastructureAsCode() + " modules for the network, " + Names.list(provisioned(t, tech))
                        + "; one state per environment with locking",
                "Identical staging and production built from the same modules; changes only through reviewed pull requests",
                "Secrets in " + dev.architect.offline.internal.catalog.SiteTerms.of(w.cloud()).secretsStore() + ", referenced by name; never in state files or images"));
        if (!a.compliance().isEmpty()) {
            iac.add("Policy as code (Checkov or OPA) blocks unencrypted storage, public buckets and open security groups");
        }
        List<String> scanning = new ArrayList<>(List.of(
                "Static analysis of the " + tech.language.language() + " code (" + tech.language.staticAnalysis() + ") on every pull request",
                "Dependency scanning with fix deadlines: critical 7 days, high 30 days",
                t.deployment == Shapes.Deployment.SERVERLESS
                        ? "Each function's deployment package scanned before it is published, and again nightly"
                        : "Container image scanning before push and nightly in " + dev.architect.offline.internal.catalog.SiteTerms.of(w.cloud()).registry(),
                "Secret scanning on every push",
                "Dynamic scan (OWASP ZAP) of staging weekly"));
        for (ComplianceRegime regime : w.compliance()) {
            switch (regime) {
                case PCI_DSS -> scanning.add(cardDataWithProvider(a)
                        ? "Quarterly ASV external scans of the pages that load the payment provider's fields, and an annual penetration test of "
                                + "them and of the provider's callbacks (card numbers stay with the provider, so the system holds no card-data environment)"
                        : "Quarterly ASV external scans and an annual penetration test of the card-data environment");
                case HIPAA -> scanning.add("Annual HIPAA security risk assessment and penetration test");
                case SOC2 -> scanning.add("Continuous control monitoring with evidence kept for the SOC 2 audit window");
                default -> {
                }
            }
        }
        return new OperationsPlan(slos, monitoring, alerts, backup, ciCd, iac, scanning);
    }
}
