package dev.architect.offline.internal.design;

import dev.architect.dossier.AlertSeverity;
import dev.architect.dossier.DecisionTopic;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.offline.internal.rules.Architecture;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alerts and risks any design may carry, read from {@code general-risks-and-alerts.yaml}: each applies when its
 * condition over the request's and the design's facts holds, so an alert on a broker or a replica exists only where
 * the design has one, and a reader can edit them without code.
 */
record GeneralRisksAndAlerts(Map<String, StoreReplication> stores, String restoreInOneZone, List<AlertDef> alerts, List<RiskDef> risks) {

    static final String RESOURCE = "/dev/architect/offline/general-risks-and-alerts.yaml";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    GeneralRisksAndAlerts {
        stores = Map.copyOf(stores == null ? Map.of() : stores);
        if (restoreInOneZone == null) {
            throw new IllegalStateException("restoreInOneZone is missing: how a store in a single zone is recovered");
        }
        alerts = List.copyOf(alerts == null ? List.of() : alerts);
        risks = List.copyOf(risks == null ? List.of() : risks);
    }

    /** How a datastore option keeps a copy to fail over to, and how its failover reads in a runbook. */
    record StoreReplication(Standby standby, boolean readReplicas, String failover, StandbyLost standbyLost) {
        StoreReplication {
            if (standby == null || failover == null) {
                throw new IllegalStateException("a store needs a standby (synchronous, asynchronous or none) and a failover");
            }
            if (standby == Standby.SYNCHRONOUS && standbyLost == null) {
                throw new IllegalStateException("a store with a synchronous standby needs standbyLost: how a lost standby shows and is rebuilt");
            }
        }
    }

    /** How an engine shows that its synchronous standby is lost (a signal the operator can see) and how it is rebuilt. */
    record StandbyLost(String signal, String action) {
        StandbyLost {
            if (signal == null || action == null) {
                throw new IllegalStateException("standbyLost needs a signal and an action");
            }
        }
    }

    /** How the primary store keeps a copy to fail over to. */
    enum Standby implements Shapes.Shape { SYNCHRONOUS, ASYNCHRONOUS, NONE }

    /** An alert; per unit ones are repeated for each deployable unit with its SLOs; last ones follow the archetypes' alerts. */
    record AlertDef(String name, Map<String, Object> when, String condition, AlertSeverity severity, String action,
                    boolean perUnit, String slo, boolean last) {
        AlertDef {
            if (name == null || condition == null || severity == null || action == null) {
                throw new IllegalStateException("alert '" + name + "' needs a name, a condition, a severity and an action");
            }
            when = when == null ? Map.of() : Map.copyOf(when);
        }
    }

    /** A risk, scored 1-5, with the decisions it comes from and the element roles it concerns. */
    record RiskDef(String id, String title, Map<String, Object> when, String description, int likelihood, int impact,
                   String mitigation, String owner, List<DecisionTopic> decisions, List<String> elements) {
        RiskDef {
            if (id == null || title == null || description == null || mitigation == null || owner == null) {
                throw new IllegalStateException("risk '" + id + "' needs an id, a title, a description, a mitigation and an owner");
            }
            when = when == null ? Map.of() : Map.copyOf(when);
            decisions = List.copyOf(decisions == null ? List.of() : decisions);
            elements = List.copyOf(elements == null ? List.of() : elements);
        }
    }

    private static final class Holder {
        static final GeneralRisksAndAlerts STANDARD = load();
    }

    static GeneralRisksAndAlerts standard() {
        return Holder.STANDARD;
    }

    private static GeneralRisksAndAlerts load() {
        return dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "general risks and alerts", (in, where) -> {
            return read(in, RESOURCE);
        });
    }

    /** Reads the file and checks every condition names a known fact; the error names the file and the entry. */
    static GeneralRisksAndAlerts read(InputStream in, String source) {
        GeneralRisksAndAlerts g = dev.architect.offline.internal.catalog.DataFiles.read(in, source, GeneralRisksAndAlerts.class,
                "general risks and alerts");
        g.alerts.forEach(x -> conditions(source + " alert " + x.name(), x.when()));
        g.risks.forEach(x -> conditions(source + " risk " + x.id(), x.when()));
        return g;
    }

    private static List<Condition> conditions(String where, Map<String, Object> when) {
        List<Condition> out = new ArrayList<>();
        when.forEach((key, test) -> out.add(Condition.parse(where, key, test)));
        return out;
    }

    /** Whether every condition of {@code when} holds; {@code where} names the entry in an error. */
    static boolean holds(String where, Map<String, Object> when, Facts facts) {
        return conditions(where, when).stream().allMatch(c -> c.holds(facts));
    }

    /**
     * The replication of the chosen datastore option, or a store with no standby when the file does not list it. An
     * entry for the option on the chosen cloud ({@code time-series@aws}) comes first: one option is a different product,
     * replicated differently, on each cloud.
     */
    StoreReplication replication(Architecture a) {
        String option = a.chosen(DecisionTopic.DATASTORE).id();
        String cloud = a.workload().cloud().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Optional.ofNullable(stores.get(option + "@" + cloud)).or(() -> Optional.ofNullable(stores.get(option))).orElse(new StoreReplication(Standby.NONE, false,
                "{store} has no failover step of its own; restore it from backups into a healthy zone", null));
    }

    /** The request's facts with the design's: the shapes chosen and how the primary store fails over. */
    Facts designFacts(Architecture a, Topology t) {
        StoreReplication r = replication(a);
        Shapes.Availability redundancy = Shapes.of(Shapes.Availability.class, a.shape(DecisionTopic.AVAILABILITY));
        // One zone has nowhere to keep a standby: the store is restored from backups.
        Standby standby = redundancy == Shapes.Availability.SINGLE_ZONE ? Standby.NONE : r.standby();
        return a.facts()
                .with(Fact.STORE, t.storeShape.label())
                .with(Fact.STANDBY, standby.label())
                .with(Fact.READ_REPLICAS, r.readReplicas())
                .with(Fact.SINGLE_PRIMARY, a.singleWriterStore())
                .with(Fact.REDUNDANCY, redundancy.label())
                .with(Fact.MESSAGING, t.messaging.label())
                .with(Fact.CACHING, t.caching.label())
                .with(Fact.COMPLIANCE, !a.compliance().isEmpty())
                .with(Fact.HOME_REGION_PINNING, a.pinsDataToHomeRegion())
                .with(Fact.REGION_MODE, a.regionMode().label())
                .with(Fact.ASYNC_INTEGRATIONS, t.externals.stream().anyMatch(Topology.External::async))
                .with(Fact.MIGRATION, a.find(DecisionTopic.MIGRATION).isPresent())
                .with(Fact.PAYS_OUT, t.placements.stream().anyMatch(p -> p.archetype().direction()
                        == dev.architect.offline.internal.archetype.MoneyDirection.OUTGOING))
                .with(Fact.PAYOUT_CUTOFF, t.payoutCutoff)
                .with(Fact.STYLE, t.style.label());
    }

    /** The values the texts' placeholders stand for, before the per-unit ones. */
    Map<String, String> values(Architecture a, Topology t, Technologies tech) {
        var w = a.workload();
        Map<String, String> v = new java.util.HashMap<>();
        v.put("p99Ms", String.valueOf(w.p99Ms()));
        v.put("rpoMinutes", Numbers.format(w.rpoMinutes()));
        v.put("halfRpo", Numbers.format(w.rpoMinutes() / 2.0));
        v.put("rtoMinutes", Numbers.format(w.rtoMinutes()));
        v.put("peakWrites", Numbers.format(w.peakWrites()));
        v.put("services", String.valueOf(w.capabilities().size()));
        v.put("store", tech.primaryStore);
        // The design's own names and figures, so a general risk reads as this system's risk.
        v.put("system", w.system());
        // The release load test's own factor (operations.md), so the risk and the test plan name one target.
        double loadTest = RoadmapBuilder.loadTestFactor(t);
        v.put("loadTestFactor", Numbers.format(loadTest));
        v.put("peakReads", Numbers.format(Numbers.round(w.peakReads(), w.peakReads() >= 100 ? 0 : 2)));
        v.put("peakRps", Numbers.format(Numbers.round(w.peakRps(), w.peakRps() >= 100 ? 0 : 2)));
        v.put("platform", tech.platform);
        v.put("broker", tech.broker);
        v.put("cache", tech.cache);
        v.put("gateway", tech.gateway());
        v.put("service", tech.service());
        v.put("language", tech.language.language());
        v.put("capabilityList", Names.list(w.capabilities().stream().limit(3).toList()));
        v.put("region", w.regions().isEmpty() ? tech.cloud.displayName() : w.regions().get(0));
        v.put("regions", Names.list(w.regions()));
        v.put("teamSize", String.valueOf(w.teamSize()));
        v.put("availability", Numbers.format(w.availabilityPercent()));
        v.put("architectureTests", tech.language.architectureTests());
        boolean oneZone = Shapes.of(Shapes.Availability.class, a.shape(DecisionTopic.AVAILABILITY)) == Shapes.Availability.SINGLE_ZONE;
        v.put("failover", fill(oneZone ? restoreInOneZone : replication(a).failover(), v));
        StandbyLost lost = replication(a).standbyLost();
        v.put("standbySignal", lost == null ? "" : fill(lost.signal(), v));
        v.put("standbyAction", lost == null ? "" : fill(lost.action(), v));
        return v;
    }

    /** The text with each {placeholder} replaced; an unknown placeholder is an error naming it. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(RESOURCE + ": unknown placeholder {" + m.group(1) + "} in \"" + text + "\"");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
