package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Shapes;
import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskStatus;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Phrases;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.offline.internal.rules.Scored;
import dev.architect.request.ComplianceRegime;
import java.util.ArrayList;
import java.util.List;

/** The risk register: from the budget, from each decision's weak spots and unmet conditions, from compliance, skills and assumptions. */
final class RiskBuilder {

    private final Architecture a;
    private final Topology t;
    private final List<Risk> risks = new ArrayList<>();

    private RiskBuilder(Architecture a, Topology t) {
        this.a = a;
        this.t = t;
    }

    static List<Risk> build(Architecture a, Topology t, Technologies tech, CostEstimate cost) {
        RiskBuilder b = new RiskBuilder(a, t);
        b.budget(cost);
        b.productLimits(cost);
        b.decisions(tech);
        b.compliance();
        b.assumptions();
        b.archetypes();
        return b.risks;
    }

    /** A store the cost found passing its product's documented maximum within the horizon (its note names the store and month). */
    private void productLimits(CostEstimate cost) {
        for (String note : cost.assumptions()) {
            if (note.startsWith("[product-limit-")) {
                String store = note.substring("[product-limit-".length(), note.indexOf(']'));
                add("risk-product-limit-" + store, "Data outgrows the store's product limit", note.substring(note.indexOf(']') + 2), 4, 4,
                        "Plan sharding, archiving of old data or a store without this limit before that month; watch the size monthly",
                        "Tech lead", a.find(DecisionTopic.DATASTORE).map(a::decisionId).stream().toList(), List.of(store));
            }
        }
    }

    /** The risks each recognised archetype carries, tied to its decisions and the containers it adds. */
    private void archetypes() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        risks.forEach(r -> ids.add(r.id()));
        for (Topology.Placement p : t.placements) {
            List<String> decisions = p.archetype().decisions().stream().map(d -> a.find(d.topic()))
                    .flatMap(java.util.Optional::stream).map(a::decisionId).distinct().toList();
            List<String> elements = new java.util.ArrayList<>(p.archetype().components().stream()
                    .map(c -> t.element(p, c.id())).flatMap(java.util.Optional::stream).toList());
            elements.add(p.unitId());
            for (var r : p.archetype().risks()) {
                String id = "risk-" + Names.slug(r.title());
                if (ids.add(id)) {
                    add(id, r.title(), r.description(), r.likelihood(), r.impact(), r.mitigation(), "Tech lead", decisions,
                            elements.stream().distinct().toList());
                }
            }
        }
    }

    private void budget(CostEstimate cost) {
        Workload w = a.workload();
        if (w.budgetUsd().isEmpty()) {
            return;
        }
        double budget = w.budgetUsd().get();
        // The costlier of months 1 and 36, as the cost's budget fit measures it: growth can break a budget month 1 meets.
        double total = Math.max(cost.monthlyTotal(), cost.monthlyTotalAt(36).orElse(cost.monthlyTotal()));
        String when = cost.monthlyTotalAt(36).map(m36 -> " in month 1 and " + Numbers.usd(m36) + " in month 36").orElse("");
        List<String> drivers = List.of(id(DecisionTopic.ARCHITECTURE_STYLE), id(DecisionTopic.DATASTORE), id(DecisionTopic.AVAILABILITY));
        if (total > budget) {
            add("risk-budget", "Run cost exceeds the budget", "Estimated " + Numbers.usd(cost.monthlyTotal()) + " a month" + when
                    + " at list prices against a budget of " + Numbers.usd(budget) + " (" + Numbers.format(Numbers.round((total / budget - 1) * 100, 1))
                    + "% over at the costlier month; cheaper options are priced in cost.md)", 5, 4,
                    "Commit to one- or three-year savings plans or reservations (typically 30-50% off compute and databases), right-size "
                            + "after a load test, and revisit the costliest line items with the budget holder", "Engineering manager", drivers, List.of());
        } else if (total > budget * 0.8) {
            add("risk-budget", "Little headroom in the budget", "Estimated " + Numbers.usd(total) + " a month uses "
                    + Numbers.format(total / budget * 100) + "% of the " + Numbers.usd(budget) + " budget; growth will exceed it", 3, 3,
                    "Set a cost-anomaly alert at 90% of the budget and plan reservations before launch", "Engineering manager", drivers, List.of());
        }
    }

    private void decisions(Technologies tech) {
        Workload w = a.workload();
        for (Choice c : a.choices()) {
            Scored best = c.best();
            if (!best.fitsFully()) {
                Condition traded = best.missed().get(0);
                add("risk-fit-" + Names.slug(c.chosen().id()), "Trade-off on " + traded.fact().label() + ": " + Phrases.inSentence(c.chosen().name()),
                        "No option suits every driver; " + Phrases.inSentence(c.chosen().name()) + " suits " + Evidence.requirement(traded) + " but "
                                + w.system() + " has " + c.facts().describe(traded.fact()), 3, 3,
                        "Confirm the " + traded.fact().label() + " with the product owner; if it holds, load-test or rehearse the gap "
                                + "before launch and revisit " + a.decisionId(c) + " if the figure grows",
                        "Tech lead", List.of(a.decisionId(c)), List.of());
            }
            if (best.familiarity() == Scored.Familiarity.UNFAMILIAR) {
                // A managed, low-burden tool is a smaller step to learn than one the team must operate itself.
                boolean light = best.entry().operationalBurden().equals("low");
                String product = c.chosen().technologyOn(w.cloud());
                add("risk-skills-" + Names.slug(c.chosen().id()), "The team has not run " + best.skill(c.facts()),
                        "The team lists " + c.facts().name(Fact.EXPERTISE) + " but not " + best.skill(c.facts()) + "; "
                                + product + " has " + best.entry().operationalBurden() + " operational burden", light ? 2 : 3, light ? 2 : 3,
                        "Learning plan: two engineers build a spike on " + product + " in the first phase"
                                + (light ? ", and the runbook covers its limits and failure modes before launch"
                                : ", train on the managed offering, write runbooks and rehearse a failure before launch"),
                        "Engineering manager", List.of(a.decisionId(c)), List.of());
            }
        }
        switch (t.style) {
            case SERVICES -> add("risk-distributed", "Distributed transactions and operational load",
                    w.capabilities().size() + " services each need pipelines, dashboards and on-call knowledge; cross-service changes need sagas",
                    3, 4, "Platform templates for new services, sagas with idempotent steps, contract tests between services",
                    "Platform lead", List.of(id(DecisionTopic.ARCHITECTURE_STYLE)), List.of(GATEWAY));
            case FUNCTIONS -> add("risk-cold-starts", "Cold starts breach the latency target",
                    "Functions idle between bursts start slowly, hurting the " + w.p99Ms() + " ms p99", 3, 3,
                    "Provisioned concurrency on the user-facing functions; measure p99 in load tests",
                    "Tech lead", List.of(id(DecisionTopic.ARCHITECTURE_STYLE)), List.of());
            case MONOLITH, MONOLITH_SATELLITES -> add("risk-boundaries", "Module boundaries erode", "Without checks, modules call each other's internals and the monolith tangles",
                    3, 2, "Architecture tests (" + tech.language.architectureTests() + ") in the build; one schema per module",
                    "Tech lead", List.of(id(DecisionTopic.ARCHITECTURE_STYLE)), List.of(t.units.get(0).id()));
        }
        String storeId = t.stores.containsKey(TELEMETRY_STORE) ? TELEMETRY_STORE : t.stores.keySet().stream()
                .filter(s -> !s.equals(SEARCH_INDEX)).findFirst().orElse(null);
        List<String> storeElements = storeId == null ? List.of() : List.of(storeId);
        if (t.storeShape == Shapes.Store.RELATIONAL && a.chosen(DecisionTopic.DATASTORE).sizing().containsKey("instances")) {
            add("risk-write-ceiling", "One primary limits write throughput", "Peak writes of " + Numbers.format(w.peakWrites())
                    + "/s go to a single primary; growth beyond its ceiling needs partitioning", w.peakWrites() > 1000 ? 3 : 1, 4,
                    "Load test writes at 2x the peak; keep write paths partitionable by tenant or customer id",
                    "Data lead", List.of(id(DecisionTopic.DATASTORE)), storeElements);
        }
        if (t.hasCache()) {
            add("risk-stale-cache", "Stale cached data", "A missed invalidation serves outdated data until the TTL expires", 3, 2,
                    "Short TTLs, invalidate on write in the same code path, and version cache keys on deploys",
                    "Tech lead", List.of(id(DecisionTopic.CACHING)), List.of(CACHE));
        }
        if (t.messaging == Shapes.Messaging.STREAM) {
            add("risk-consumer-lag", "Consumer lag delays data", "Consumers falling behind at " + Numbers.format(w.peakWrites())
                    + " events/s delay what users see and can fill retention", 3, 3,
                    "Alert on lag, autoscale consumers by lag, keep seven days of retention for replay",
                    "Platform lead", List.of(id(DecisionTopic.MESSAGING)), List.of(BROKER));
        } else if (t.messaging == Shapes.Messaging.QUEUE) {
            add("risk-duplicates", "Duplicate message deliveries", "At-least-once delivery repeats side effects such as emails or charges", 3, 3,
                    "Idempotent consumers keyed by message id, dead-letter queues with alerts", "Tech lead",
                    List.of(id(DecisionTopic.MESSAGING)), List.of(BROKER));
        }
        if (t.style == Shapes.Style.MONOLITH || t.style == Shapes.Style.MONOLITH_SATELLITES) {
            if (t.messaging == Shapes.Messaging.NONE && t.externals.stream().anyMatch(External::async)) {
                add("risk-outbox", "The outbox outgrows polling", "Polling the outbox table adds delay and load as events grow", 2, 2,
                        "Measure outbox lag; introduce a queue when it exceeds a minute or 50 events/s",
                        "Tech lead", List.of(id(DecisionTopic.MESSAGING)), List.of(t.units.get(0).id()));
            }
        }
        Shapes.Availability availability = Shapes.of(Shapes.Availability.class, a.shape(DecisionTopic.AVAILABILITY));
        if (availability == Shapes.Availability.MULTI_ZONE) {
            add("risk-region-outage", "A full region outage exceeds the RTO", "Multi-zone survives a zone, not the region; a regional outage means restoring elsewhere from backups",
                    1, 5, "Copy backups to a second region, script the restore, and rehearse it yearly; revisit multi-region if the business needs it",
                    "Platform lead", List.of(id(DecisionTopic.AVAILABILITY)), storeElements);
        } else if (availability == Shapes.Availability.SINGLE_ZONE) {
            add("risk-zone-outage", "A zone outage takes the system down", "Everything runs in one zone; recovery is a restore", 2, 4,
                    "Automated restore into another zone, rehearsed; move to multi-zone when the target rises",
                    "Platform lead", List.of(id(DecisionTopic.AVAILABILITY)), storeElements);
        } else {
            add("risk-replication", "Cross-region replication lag loses data on failover", "Asynchronous replication can lose the last seconds of writes",
                    2, 4, "Monitor replication lag against the RPO; fence writes during failover", "Data lead",
                    List.of(id(DecisionTopic.AVAILABILITY)), storeElements);
        }
        if (a.find(DecisionTopic.MIGRATION).isPresent()) {
            add("risk-migration-divergence", "Old and new data diverge during the migration",
                    "While both systems run, a missed change in the sync corrupts one side", 3, 4,
                    "Change data capture with reconciliation reports per capability; a rollback route for each step",
                    "Tech lead", List.of(id(DecisionTopic.MIGRATION)), List.of(dev.architect.offline.internal.rules.MigrationRule.LEGACY_ID));
        }
    }

    private void compliance() {
        for (Choice c : a.compliance()) {
            String adr = a.decisionId(c);
            List<String> stores = t.stores.keySet().stream().limit(2).toList();
            switch (c.regime()) {
                case PCI_DSS -> add("risk-pci-scope", "Card data enters systems outside the segment",
                        "A form, log line or support tool that captures card numbers pulls it into PCI DSS scope", 2, 5,
                        (c.chosen().shape().equals("tokenisation") ? "Card numbers only in the provider's hosted fields"
                                : c.chosen().shape().equals("vault") ? "Card numbers only inside the vault's segment"
                                : "Card numbers only in the assessed components")
                                + "; log scrubbing for 13-19 digit numbers; quarterly scope review",
                        "Security lead", List.of(adr), stores);
                case HIPAA -> add("risk-phi-leak", "PHI leaks into logs, analytics or non-eligible services",
                        "Debug logs, error trackers or analytics pipelines receive PHI outside the BAA", 2, 5,
                        "Redact PHI at the logging layer; allow-list eligible services; review data flows each release",
                        "Security lead", List.of(adr), stores);
                case GDPR -> add("risk-gdpr-erasure", "Erasure misses copies of personal data",
                        "Backups, caches, logs and analytics copies keep data after an erasure request", 3, 4,
                        "Crypto-shredding with per-person keys or documented backup expiry; erasure tests in the pipeline",
                        "Data protection officer", List.of(adr), stores);
                case SOC2 -> add("risk-soc2-drift", "Controls drift between audits",
                        "Manual changes and stale access accumulate between audit windows", 3, 3,
                        "Policy-as-code checks in the pipeline and quarterly access reviews with evidence",
                        "Security lead", List.of(adr), List.of());
                default -> add("risk-" + Names.slug(c.regime().label()), c.regime().label() + " obligations are unmapped",
                        "Controls are not yet traced to requirements", 3, 3, "Map controls with the assessor", "Security lead", List.of(adr), List.of());
            }
        }
        for (ComplianceRegime regime : a.workload().compliance()) {
            if (a.compliance().stream().noneMatch(c -> c.regime() == regime)) {
                add("risk-" + Names.slug(regime.label()), regime.label() + " controls are not designed yet",
                        "The offline catalogue has no control set for " + regime.label(), 3, 4,
                        "Engage the assessor to map controls before design freeze", "Security lead", List.of(), List.of());
            }
        }
    }

    private void assumptions() {
        Workload w = a.workload();
        if (!w.isGiven("load.peakRequestsPerSecond") || !w.isGiven("availability.targetPercent")) {
            add("risk-assumed-load", "Sizing rests on assumed figures", "Peak load or availability target was not stated; "
                    + w.assumptions().size() + " figures are assumptions", 3, 3,
                    "Confirm the open questions before committing to capacity or contracts", "Product owner",
                    List.of(id(DecisionTopic.ARCHITECTURE_STYLE)), List.of());
        }
    }

    private String id(DecisionTopic topic) {
        return a.decisionId(a.choice(topic));
    }

    private void add(String id, String title, String description, int likelihood, int impact, String mitigation, String owner,
                     List<String> decisions, List<String> elements) {
        risks.add(new Risk(id, title, description, likelihood, impact, mitigation, owner, RiskStatus.OPEN, decisions, elements));
    }
}
