package dev.architect.offline.internal.design;

import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.CapacityCalculator;
import dev.architect.figures.PriceTable;
import dev.architect.figures.ResourceNeed;
import dev.architect.figures.Sizing;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.Unit;
import dev.architect.offline.internal.rules.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * What the design needs to run, as priced resource kinds: compute per unit from its share of the peak, databases
 * and storage from the chosen store and the capacity figures, cache and broker nodes, CDN and internet egress, logs,
 * backups and the platform's fixed items, times the number of regions. Kinds the cloud has no price for (a CDN on
 * premises) are left out and said so.
 */
final class CostPlanner {

    /** Share of monthly users who sign in (the rest browse anonymously), for per-user identity pricing. */
    static final double SIGNED_IN_SHARE = 0.1;

    private final Topology t;
    private final Architecture a;
    private final Sizing s;
    private final PriceTable prices;
    private final int regions;
    private final List<ResourceNeed> needs = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private CostPlanner(Topology t, Architecture a, Sizing s, PriceTable prices) {
        this.t = t;
        this.a = a;
        this.s = s;
        this.prices = prices;
        this.regions = Math.max(a.workload().regions().size(), (int) a.chosen(DecisionTopic.AVAILABILITY).size("regions", 1));
    }

    static CostPlanner plan(Topology t, Architecture a, Sizing s, PriceTable prices) {
        CostPlanner p = new CostPlanner(t, a, s, prices);
        p.compute();
        p.data();
        p.edge();
        p.platform();
        return p;
    }

    List<ResourceNeed> needs() {
        return List.copyOf(needs);
    }

    private String perRegion() {
        return regions > 1 ? " in each of " + regions + " regions" : "";
    }

    private void compute() {
        Workload w = a.workload();
        if (t.style.equals("functions")) {
            double millions = s.requestsPerMonthMillions().value();
            add(ResourceNeed.flat("functions", "Function invocations", null, "serverless.invocations", millions * regions,
                    Numbers.format(millions) + " million requests a month" + perRegion()));
            add(ResourceNeed.flat("api-gateway-requests", "API gateway requests", GATEWAY, "api-gateway.requests", millions * regions,
                    Numbers.format(millions) + " million requests a month" + perRegion()));
            return;
        }
        String kind = t.deployment.equals("paas") ? "paas.instance" : "compute.instance";
        int minimum = (int) Math.max(2, a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2));
        long ingestUnits = t.units.stream().filter(u -> u.capabilities().stream().allMatch(c -> c.is("ingest"))).count();
        double ingestLoad = ingestUnits == 0 ? 0 : w.peakWrites();
        long otherUnits = t.units.size() - ingestUnits;
        for (Unit u : t.units) {
            boolean ingest = u.capabilities().stream().allMatch(c -> c.is("ingest"));
            double load = ingest ? ingestLoad / ingestUnits : (w.peakRps() - ingestLoad) / Math.max(1, otherUnits);
            int instances = CapacityCalculator.instancesFor(load, minimum);
            add(ResourceNeed.flat(u.id() + "-compute", u.name() + " instances", u.id(), kind, instances * regions,
                    instances + " instances" + perRegion() + " for " + Numbers.format(load) + " requests/s at peak ("
                            + Numbers.format(CapacityCalculator.PER_INSTANCE_RPS) + "/s each at "
                            + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100) + "% utilisation, at least " + minimum + ")"));
        }
        if (t.gateway) {
            double millions = s.requestsPerMonthMillions().value();
            add(ResourceNeed.flat("api-gateway-requests", "API gateway requests", GATEWAY, "api-gateway.requests", millions * regions,
                    Numbers.format(millions) + " million requests a month" + perRegion()));
        }
        if (t.worker) {
            add(ResourceNeed.flat("worker-compute", "Background worker instances", WORKER, kind, 2 * regions, "Two workers" + perRegion() + " for redundancy"));
        }
        if (t.streamProcessor) {
            int consumers = CapacityCalculator.instancesFor(w.peakWrites() / 5, 2);
            add(ResourceNeed.flat("stream-processor-compute", "Stream processor instances", STREAM_PROCESSOR, "compute.instance", consumers * regions,
                    consumers + " consumers" + perRegion() + ": batched writes handle about 5x the per-instance request rate"));
        }
        if (!t.managedIdentity()) {
            add(ResourceNeed.flat("identity-compute", "Identity server instances", IDENTITY, "compute.instance", 2 * regions, "Two Keycloak instances" + perRegion()));
        }
        if (t.cardVault) {
            add(ResourceNeed.flat("card-vault-compute", "Card vault instances", CARD_VAULT, "compute.instance", 2 * regions, "Two vault instances" + perRegion() + " in the segmented network"));
        }
    }

    private void data() {
        CatalogueEntry store = a.chosen(DecisionTopic.DATASTORE);
        Workload w = a.workload();
        double copies = store.size("copies", 2);
        double overhead = 1 + CapacityCalculator.INDEX_OVERHEAD;
        double compression = store.size("compression", 1);
        int storeCount = (int) t.stores.keySet().stream().filter(id -> !id.equals(SEARCH_INDEX)).count();
        for (var entry : t.stores.entrySet()) {
            String id = entry.getKey();
            if (id.equals(SEARCH_INDEX)) {
                add(ResourceNeed.flat("search-index-nodes", "Search index nodes", id, "database.node", 2 * regions, "Two search nodes" + perRegion()));
                continue;
            }
            boolean reference = id.equals(DB) && (t.storeShape.equals("time-series") || t.storeShape.equals("wide-column"));
            boolean nodes = !reference && store.sizing().containsKey("nodesPerWrites");
            // Time-series or wide-column data is the bulk; elsewhere the data divides evenly between the stores.
            double share = t.stores.containsKey(TELEMETRY_STORE) ? (id.equals(TELEMETRY_STORE) ? 1 : 0)
                    : t.stores.get(id).size() / (double) t.capabilities.stream().filter(c -> !c.is("search")).count();
            if (nodes) {
                int count = (int) Math.max(store.size("minNodes", 3), Math.ceil(w.peakWrites() / store.size("nodesPerWrites", 10000)));
                add(ResourceNeed.flat(id + "-nodes", "Database nodes", id, "database.node", count * regions,
                        count + " nodes" + perRegion() + ": max(" + Numbers.format(store.size("minNodes", 3)) + ", ceil("
                                + Numbers.format(w.peakWrites()) + " writes/s / " + Numbers.format(store.size("nodesPerWrites", 10000)) + " per node))"));
            } else {
                int instances = reference ? 2 : (int) store.size("instances", 2);
                add(ResourceNeed.flat(id + "-instances", "Database instances", id, "database.instance", instances * regions,
                        instances + " instances" + perRegion() + (instances == 2 ? " (primary and standby)" : " (primary, standby and replicas)")));
            }
            double storeCopies = reference ? 2 : copies;
            double factor = overhead * storeCopies / (reference ? 1 : compression) * regions;
            double initial = reference ? Math.min(w.initialGb(), 50) : w.initialGb() * share;
            double growth = reference ? 0 : w.growthGbPerMonth() * share;
            int retentionMonths = w.retentionYears() * 12;
            add(new ResourceNeed(id + "-storage", "Database storage", id, "database.storage", initial * factor, growth * factor, retentionMonths,
                    Numbers.format(initial) + " GB + " + Numbers.format(growth) + " GB/month x " + Numbers.format(overhead)
                            + " (indexes) x " + Numbers.format(storeCopies) + " copies"
                            + (compression == 1 || reference ? "" : " / " + Numbers.format(compression) + " (compression)")
                            + (regions > 1 ? " x " + regions + " regions" : "") + "; growth stops after the " + w.retentionYears()
                            + "-year retention"));
            add(new ResourceNeed(id + "-backups", "Backups", id, "backup.storage", initial * overhead / (reference ? 1 : compression),
                    growth * overhead / (reference ? 1 : compression), retentionMonths, "One full copy of the data in snapshots; retention beyond that is in object storage"));
        }
        if (storeCount > 1 && t.style.equals("services")) {
            notes.add("Each service has its own database instances; small services could share a cluster with a schema each to save cost");
        }
        if (t.hasCache()) {
            int nodes = (int) a.chosen(DecisionTopic.CACHING).size("nodes", 2);
            add(ResourceNeed.flat("cache-nodes", "Cache nodes", CACHE, "cache.node", nodes * regions, nodes + " nodes" + perRegion() + " (primary and replica)"));
        }
        if (t.messaging.equals("queue")) {
            double millions = w.peakWrites() / 3 * 3 * Workload.SECONDS_PER_MONTH / 1_000_000;
            add(ResourceNeed.flat("queue-messages", "Queue requests", BROKER, "queue.messages", millions,
                    "Average " + Numbers.format(w.peakWrites() / 3) + " events/s x 3 requests each (send, receive, delete) x "
                            + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000"));
        } else if (t.messaging.equals("stream")) {
            CatalogueEntry stream = a.chosen(DecisionTopic.MESSAGING);
            int brokers = (int) Math.max(stream.size("minNodes", 3), Math.ceil(w.peakWrites() / stream.size("eventsPerNode", 20000)));
            add(ResourceNeed.flat("stream-brokers", "Streaming brokers", BROKER, "stream.node", brokers * regions,
                    brokers + " brokers" + perRegion() + ": max(3, ceil(" + Numbers.format(w.peakWrites()) + " events/s / "
                            + Numbers.format(stream.size("eventsPerNode", 20000)) + " per broker))"));
        }
    }

    private void edge() {
        double egress = s.egressGbPerMonth().value();
        if (t.hasCdn()) {
            double hit = a.chosen(DecisionTopic.CACHING).size("edgeHitRatio", 0.8);
            add(ResourceNeed.flat("cdn-egress", "CDN transfer to users", null, "cdn.egress", egress,
                    Numbers.format(egress) + " GB a month served through the CDN"));
            add(ResourceNeed.flat("origin-egress", "Origin transfer to the CDN", null, "network.egress", egress * (1 - hit),
                    Numbers.format((1 - hit) * 100) + "% of " + Numbers.format(egress) + " GB misses the edge cache"));
        } else {
            add(ResourceNeed.flat("egress", "Internet transfer to users", null, "network.egress", egress,
                    Numbers.format(egress) + " GB a month (capacity estimate 'egress')"));
        }
    }

    private void platform() {
        if (t.deployment.equals("kubernetes")) {
            add(ResourceNeed.flat("kubernetes-clusters", "Kubernetes control planes", null, "kubernetes.cluster", regions,
                    "One production cluster" + perRegion()));
        }
        if (!t.style.equals("functions") && !t.deployment.equals("paas")) {
            add(ResourceNeed.flat("load-balancers", "Load balancers", null, "load-balancer", regions, "One load balancer" + perRegion()));
        }
        add(ResourceNeed.flat("waf", "Web application firewall", null, "waf.policy", regions, "One policy" + perRegion()));
        add(ResourceNeed.flat("logs", "Log ingestion", null, "logs.ingestion", s.logsGbPerMonth().value(), "Capacity estimate 'logs'"));
        if (t.managedIdentity()) {
            double signedIn = a.workload().monthlyActiveUsers() * SIGNED_IN_SHARE;
            add(ResourceNeed.flat("identity-users", "Identity provider users", null, "identity.users", signedIn / 1000,
                    Numbers.format(SIGNED_IN_SHARE * 100) + "% of " + Numbers.format(a.workload().monthlyActiveUsers())
                            + " monthly users sign in: " + Numbers.format(signedIn) + " users, priced per thousand"));
        }
        if (!a.compliance().isEmpty()) {
            int keys = (int) t.stores.keySet().stream().count();
            add(ResourceNeed.flat("kms-keys", "Customer-managed encryption keys", null, "kms.key", keys * regions,
                    "One key per data store" + perRegion()));
        }
    }

    private void add(ResourceNeed need) {
        if (prices.price(a.workload().cloud(), need.resourceKind()).isPresent()) {
            needs.add(need);
        } else {
            notes.add(need.name() + " (" + need.resourceKind() + ") has no list price on " + a.workload().cloud().displayName()
                    + "; add your own figure");
        }
    }
}
