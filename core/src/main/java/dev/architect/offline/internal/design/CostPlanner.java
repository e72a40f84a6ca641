package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DailyLoadShape;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.offline.internal.catalog.ResourceFlow;
import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.BillingModel;
import dev.architect.figures.CapacityCalculator;
import dev.architect.figures.PriceTable;
import dev.architect.figures.ResourceNeed;
import dev.architect.figures.ServiceLimit;
import dev.architect.figures.Sizing;
import dev.architect.figures.Sizing.Figure;
import dev.architect.figures.StoreBilling;
import dev.architect.figures.Workload;
import dev.architect.internal.facts.StatedFact;
import dev.architect.internal.Numbers;
import dev.architect.request.CapabilityLoad;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.Unit;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.RegionMode;
import dev.architect.offline.internal.rules.StoreReads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the design needs to run, as priced resource kinds. Each part gets the load of the capabilities it owns (a
 * weight of the reads and of the writes from what each does, load-profiles.yaml, unless device ingestion takes the
 * writes); a CDN and a cache take their stated share of
 * reads off the origin and the stores; regions split traffic (active-active) or run a standby as the recovery time
 * says; each store is priced by how its product is billed (instances, nodes or per request); the monitoring priced is
 * the stack chosen. Kinds the cloud has no price for (a CDN on premises) are left out and said so.
 */
final class CostPlanner {

    /** Share of the stated data volume that is files (photos, documents, video, attachments) when the design has an object store. */
    static final double OBJECT_SHARE = 0.9;
    /**
     * KB of database record (with its indexes) that describes one stored file: with the files' size stated, the records are
     * this share of each file's bytes, at least {@value #MIN_RECORD_SHARE} and at most 1 - {@value #OBJECT_SHARE} of the volume.
     */
    static final double RECORD_KB_PER_FILE = 10;
    /** The least share of the stated volume kept as records beside files of a stated size (accounts, counts, settings). */
    static final double MIN_RECORD_SHARE = 0.01;
    /**
     * MB of records (the file's row, its owner's and its audit rows) the least share above ever keeps beside one file: what
     * {@value #MIN_RECORD_SHARE} of a 1-GB file is. The records beside a file follow the count of files, not their bytes, so
     * files of hundreds of GB or of TB (measurement sets, survey traces) keep this much each, not a share of their bytes.
     */
    static final double RECORD_FLOOR_MB_PER_FILE = 10;
    /**
     * Share of reads that download a whole file, where the request sizes its files but counts no downloads: the rest are
     * API calls, pages and feed polls (assumption as-file-downloads).
     */
    static final double FILE_DOWNLOAD_SHARE = 0.01;
    /**
     * MB a second one 2-vCPU instance streams out while it stitches files in the download path (about 0.8 Gbit/s, the
     * sustained network baseline of such an instance, assumption as-stitch-throughput).
     */
    static final double STITCH_MB_PER_SECOND_PER_INSTANCE = 100;
    /** Average size of an uploaded file in MB where the request states none, which turns the files' stated growth into uploads. */
    static final double AVERAGE_FILE_MB = 2;
    /** Memory, in GB, of an event function that processes whole files (about one vCPU on each cloud's function service). */
    static final double FILE_FUNCTION_GB = 2;
    /** Subscriptions each queued message is delivered to, for queues billed by throughput (publish + each delivery). */
    static final int QUEUE_SUBSCRIPTIONS = 1;
    /** Events a second, and MB a second, one stream throughput unit takes in. */
    static final double EVENTS_PER_THROUGHPUT_UNIT = 1000;
    /** 1-KB events a second one premium processing unit takes in (5 MB/s, the low end of what the vendor quotes, assumption as-premium-stream). */
    static final double EVENTS_PER_STREAM_PROCESSING_UNIT = 5000;
    /** 1-KB events a second one dedicated capacity unit takes in (100 MB/s, assumption as-premium-stream). */
    static final double EVENTS_PER_STREAM_CAPACITY_UNIT = 100_000;
    /** Device messages a second one ingestion instance accepts: small messages batched into the broker or store. */
    static final double INGEST_PER_INSTANCE = 5000;
    /** Share of database reads a cache-aside distributed cache answers. */
    static final double CACHE_HIT_RATIO = 0.8;
    /** Share of reads the CDN answers when the catalogue option states none. */
    static final double DEFAULT_EDGE_HIT_RATIO = 0.8;
    /** Reads and writes a second a small database instance (2 vCPU) serves; busier stores get the 4-vCPU size. */
    static final double SMALL_DATABASE_OPERATIONS = StoreReads.standard().smallInstanceOperations();
    /** Reads a second one relational store serves before it needs read replicas. */
    static final double REPLICA_READS = 5000;
    /** Months of data kept on the store's own (hot) storage when data is tiered; older data is in object storage. */
    static final int HOT_MONTHS = 3;
    /** Months files stay in the standard object storage class under lifecycle rules (assumption as-file-lifecycle). */
    static final int FILE_HOT_MONTHS = 3;
    /** Age in months from which files move from the cool class to the cold class (assumption as-file-lifecycle). */
    static final int FILE_COLD_AFTER_MONTHS = 12;
    /** Share of reads on a cluster volume (Aurora) that miss the buffer cache and are billed as storage I/O. */
    static final double CLUSTER_READ_MISS = 0.1;
    /** Days of data a serverless time-series store keeps in its memory tier. */
    static final int MEMORY_STORE_DAYS = 1;
    /** Instances of a self-hosted monitoring stack per serving region (metrics, logs and traces, dashboards). */
    static final int MONITORING_INSTANCES = 3;
    /** Days a self-hosted log store keeps logs in object storage. */
    static final int LOG_RETENTION_DAYS = 30;

    /** Share of monthly users connected at the busiest moment, for realtime connections. */
    static final double CONCURRENT_SHARE = 1 / 3.0;
    /** Share of monthly users of a design with public pages cached at the edge who have an account and sign in. */
    static final double SIGNED_IN_SHARE_OF_PUBLIC_AUDIENCE = 0.10;
    /** The share of the time a scheduled job runs (about 6 seconds a minute). */
    static final double JOB_DUTY = 0.10;
    /** Hours in the month the price list's monthly figures are made of. */
    static final double HOURS_PER_MONTH = 730;
    /** Seconds within which clients expect to be connected again after a deploy or failover drops every connection. */
    static final double RECONNECT_SECONDS = 60;

    /** Small (QoS 1) messages a second one self-run MQTT broker instance carries (assumption as-broker-throughput). */
    static final double MESSAGES_PER_BROKER = 20000;
    /** Size of one event on a stream, in KB. */
    static final double EVENT_KB = 1;
    /** Days a stream keeps events on its brokers for replay. */
    static final int STREAM_RETENTION_DAYS = 1;
    /** Replicas of each event on the streaming brokers. */
    static final int STREAM_REPLICAS = 3;
    /** Events a second one stream-processing unit (about 1 vCPU) evaluates with keyed windows. */
    static final double EVENTS_PER_PROCESSING_UNIT = 5000;
    /** How much smaller raw records are as compressed columnar files (Parquet) in an archive. */
    static final double ARCHIVE_COMPRESSION = 5;
    /** Terabytes ad-hoc queries scan in an archive a month. */
    static final double ARCHIVE_QUERY_TB = 5;
    /** Hours a day reports run on a serverless warehouse, and its base capacity in RPUs. */
    static final double REPORT_HOURS_PER_DAY = 4;
    static final double WAREHOUSE_BASE_RPU = 8;
    /** Share of a date-partitioned warehouse the day's reports scan, once a day. */
    static final double REPORT_SCAN_SHARE = 0.1;
    /** Raw volume per rollup volume: a 5-minute rollup row (count, min, max, average) replaces about 30 readings and is twice a reading's size. */
    static final double ROLLUP_RATIO = 15;
    /** The rollup bucket when the request states none, in minutes. */
    static final double DEFAULT_ROLLUP_MINUTES = dev.architect.internal.facts.Retention.DEFAULT_BUCKET_MINUTES;
    /** A rollup row's size in readings (count, min, max and average). */
    static final double ROLLUP_ROW_READINGS = 2;
    /** Months raw readings stay in the hot store when the tiering option states none (its summary says 30 days). */
    static final double DEFAULT_HOT_MONTHS = 1;
    /** Below this share of the requests at peak, cacheable reads are too few to price CDN requests (static assets only). */
    static final double MIN_CDN_REQUEST_SHARE = 0.2;
    /** Minutes in a month of 730 hours. */
    static final double MINUTES_PER_MONTH = 730 * 60;
    /** Minutes a realtime session lasts where the managed service sets no longest connection (assumption as-session-length). */
    static final double DEFAULT_SESSION_MINUTES = 120;

    /** How a container an archetype adds is billed (prices.yaml {@code partBilling}). */
    enum PartBilling {
        INSTANCES, FUNCTIONS,
        /** Functions at the edge, run before the cache on every request the CDN serves (a paywall meter): one invocation a request. */
        EDGE_FUNCTIONS,
        CACHE_NODES, OBJECT_STORAGE, OBJECT_STORAGE_LIFECYCLE, CDN, INGEST_STREAM, MQTT_INGEST, MQTT_CLUSTER, MQTT_BROKER,
        MQTT_BROKER_CLUSTER, STREAM_PROCESSING, ARCHIVE, WAREHOUSE, CHANGE_DATA_CAPTURE, REALTIME_CONNECTIONS, WORKFLOW_STEPS, SCHEDULED_JOB, IN_PLACE,
        CONNECTIONS_IN_PLACE,
        /**
         * A managed WebSocket service's connection table in a key-value store of its own, with the runtime of the handlers
         * that keep it: billed per write (connect, disconnect) and per read (the pusher's lookups).
         */
        CONNECTION_TABLE,
        /** Equipment the organisation buys and installs (cameras and a computer in a vehicle): a purchase, not a monthly cloud bill. */
        ON_HARDWARE,
        /**
         * Instances in the download path that rewrite each file as it streams out (ads stitched in): sized by the bytes they
         * stream at peak, and the files they serve are not cacheable whole at the CDN.
         */
        STITCHED_DOWNLOADS,
        /** Push notifications to installed apps through the cloud's service over APNs and FCM, per notification (and namespace). */
        MOBILE_PUSH,
        /**
         * A routing engine of our own: memory-optimised instances sized by its queries at peak, each holding the served
         * countries' road graph (routing-engines.yaml).
         */
        ROUTING_NODES;

        static java.util.Optional<PartBilling> of(String name) {
            String constant = name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            return java.util.Arrays.stream(values()).filter(b -> b.name().equals(constant)).findFirst();
        }
    }

    /** The kinds of limit a figure can pass; each becomes a risk of its own. */
    enum LimitKind {
        /** Data on one instance past its product's documented maximum. */
        PRODUCT_LIMIT("product-limit"),
        /** Writes past what one relational writer sustains. */
        WRITE_CAPACITY("write-capacity"),
        /** Load past a managed service's hard limit (a quota, a tier's most units). */
        SERVICE_LIMIT("service-limit"),
        /** Peak load past a managed service's default quota, raised on request before launch (service-quotas.yaml). */
        DEFAULT_QUOTA("default-quota");

        private final String tag;

        LimitKind(String tag) {
            this.tag = tag;
        }
    }

    /**
     * A figure past a limit, for the risk register: which limit, the element it lands on, and the sentence that says by
     * how much. The cost notes carry the same sentence for the reader.
     */
    record LimitNote(LimitKind kind, String element, String text, boolean raisable) {
        LimitNote(LimitKind kind, String element, String text) {
            this(kind, element, text, false);
        }

        String note() {
            return "[" + kind.tag + "-" + element + "] " + text;
        }
    }

    /**
     * A store priced on a tier its decision's option does not name (Azure SQL Hyperscale past General Purpose's largest
     * size), so the decision can name the tier the cost prices and why.
     *
     * @param storeId the store's container id
     * @param tier    the tier priced, e.g. {@code Hyperscale}
     * @param why     why, with the figures
     */
    record PricedTier(String storeId, String tier, String why) {
    }

    /** The stores priced on a tier their option does not name. */
    List<PricedTier> pricedTiers() {
        return List.copyOf(tiers);
    }

    /** How regions beyond the first are run, from the recovery time. */
    enum RecoveryMode { SINGLE, ACTIVE_ACTIVE, WARM_STANDBY, PILOT_LIGHT }

    /**
     * A cheaper variant of the design, for budget options; {@code tiered} holds the stores whose data older than
     * {@value #HOT_MONTHS} months moves to object storage (each decided on its own, see {@link StoreTiering}).
     */
    record Variant(java.util.Set<String> tiered, boolean oneRegion, boolean cdn, boolean selfRunRealtime, boolean lean) {
        static final Variant AS_DESIGNED = new Variant(java.util.Set.of(), false, false, false, false);
        /** Every always-on instance at its smallest size (lean-baseline.yaml), the count and zones as designed. */
        static final Variant LEAN = new Variant(java.util.Set.of(), false, false, false, true);

        Variant {
            tiered = java.util.Set.copyOf(tiered);
        }

        Variant(java.util.Set<String> tiered, boolean oneRegion, boolean cdn, boolean selfRunRealtime) {
            this(tiered, oneRegion, cdn, selfRunRealtime, false);
        }

        Variant(java.util.Set<String> tiered, boolean oneRegion, boolean cdn) {
            this(tiered, oneRegion, cdn, false);
        }

        /** This variant with another's changes as well (the stores each tiers, together). */
        Variant and(Variant other) {
            java.util.Set<String> both = new java.util.HashSet<>(tiered);
            both.addAll(other.tiered);
            return new Variant(both, oneRegion || other.oneRegion, cdn || other.cdn, selfRunRealtime || other.selfRunRealtime, lean || other.lean);
        }
    }

    /**
     * A class of stored data with its own retention: logical GB at month 1, GB added a month and for how many months it
     * grows (after that as much ages out as arrives).
     */
    private record DataClass(String suffix, String name, double initial, double growth, int months, String text) {
    }

    /** The name of the raw class of a store that keeps each stated class for its own period ({@link #statedClasses}). */
    private static final String RAW_CLASS = " (raw)";
    /** The name of the raw readings a tiered store keeps in its hot window. */
    private static final String HOT_WINDOW_CLASS = " (raw, hot window)";

    /** Peak reads and writes a second a capability brings to the part that owns it. */
    private record PartLoad(double reads, double writes) {
        double total() {
            return reads + writes;
        }
    }

    private final Topology t;
    private final Architecture a;
    private final Workload w;
    private final Sizing s;
    private final PriceTable prices;
    /** Mostly idle connections (with heartbeats) one 2-vCPU / 8-GiB gateway, broker or application instance holds (prices.yaml). */
    private final double connectionsPerInstance;
    private final Variant variant;
    private final int regions;
    private final RecoveryMode mode;
    private final boolean cdn;
    private final double edgeHit;
    private final Map<Capability, PartLoad> loads = new LinkedHashMap<>();
    /** Each capability's reads at peak before the CDN, and the kind of content they read (assumption as-content-kind). */
    private final Map<Capability, Double> allReads = new LinkedHashMap<>();
    /**
     * Reports sent on an interval that a capability receives and its archetype's live index keeps in memory
     * (report-sinks.yaml), writes/s at peak: part of the capability's requests, none of its database's writes.
     */
    private final Map<Capability, Double> heldReports = new LinkedHashMap<>();
    /** Heartbeats a second at peak of the capabilities whose clients send on an interval (heartbeat-rates.yaml). */
    private final Map<Capability, Double> heartbeatWrites = new LinkedHashMap<>();

    /** The heartbeats of a capability a second at peak, 0 for one without. */
    private double beats(Capability c) {
        return heartbeatWrites.getOrDefault(c, 0.0);
    }

    /** Requests a second at peak through the HTTP API gateway, all regions together; 0 where the design prices none. */
    private double gatewayPeak;
    /** The live index that keeps the reports of {@link #heldReports}, when one does. */
    private java.util.Optional<dev.architect.offline.internal.archetype.ReportSinks.Sink> reportSink = java.util.Optional.empty();
    private final Map<Capability, ContentKind> kinds = new LinkedHashMap<>();
    private final List<ResourceNeed> needs = new ArrayList<>();
    private final List<ResourceNeed> storage = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    /** What each store priced on nodes or instances serves, by the reads it takes ({@link #readsServed}). */
    private final List<ReadsServed> readCapacity = new ArrayList<>();

    /** The datastore option whose instance figure a relational store that is not the chosen option's (reference data) reads on. */
    private static final String RELATIONAL_READS = "relational-single";

    /** A store's reads at peak and its read capacity as priced. */
    private record ReadsServed(String id, double reads, StoreReads.Capacity capacity) {
    }

    private void readsServed(String id, double reads, StoreReads.Capacity capacity) {
        readCapacity.add(new ReadsServed(id, reads, capacity));
    }
    /** Each managed realtime part's messages at peak, by part id, counted once for every line that reads them. */
    private final Map<String, RealtimeMessages> realtimeMessages = new java.util.HashMap<>();
    final List<String> notes = new ArrayList<>();
    /** The decommission's last week, once planned ({@link #decommissionEnd}). */
    private java.util.OptionalInt decommissionEnd;
    private final List<LimitNote> limits = new ArrayList<>();
    private final List<PricedTier> tiers = new ArrayList<>();
    private final List<UnpricedVendor> unpriced = new ArrayList<>();
    /** What the cost lists as not priced (a vendor without a count of its use, a part without a billing model), for the budget verdict. */
    private final List<String> notPriced = new ArrayList<>();
    /** GB written a month to each store, as data() sizes it: what a batch job reading the store reads a window of. */
    private final Map<String, Double> storeGrowth = new LinkedHashMap<>();
    /** What the design's own processes write into the stores, store by store, for the logical data figures. */
    private final List<FlowWrites> flowData = new ArrayList<>();
    private int appInstances;
    /** Instance-months the application parts are billed: below the peak count when scheduled scaling follows a stated burst. */
    private double appInstanceMonths;
    private final List<String> appInstancesBasis = new ArrayList<>();
    /** Logical GB of the relational records (not the time-series bulk) at month 1 and added a month: what CDC copies out. */
    private double recordsInitial;
    private double recordsGrowth;
    /** Logical GB of raw history past the hot window at month 1, and added a month: what the cold archive holds. */
    private double archiveInitial;
    private double archiveGrowth;
    /** Months raw history stays in the archive: the stated raw retention less the hot window, else the workload's. */
    private int archiveMonths;
    private String rawRetentionText;
    /** The archetype's edge CDN container, when one is chosen: the CDN lines are its cost. */
    private final String edgeCdnPart;
    /** Peak over average of user traffic: the spike the request states ("spikes 3x"), else the usual day's shape. */
    private final double peakToAverage;

    /** The stores priced on another tier in the plan whose tiers this one keeps ({@link #plan(Topology, Architecture, Workload, Sizing, PriceTable, Variant, CostPlanner)}), or null. */
    private java.util.Set<String> keptTiers;

    private CostPlanner(Topology t, Architecture a, Workload w, Sizing s, PriceTable prices, Variant variant) {
        this.t = t;
        this.a = a;
        this.w = w;
        this.s = s;
        this.prices = prices;
        this.connectionsPerInstance = prices.connectionsPerInstance();
        this.variant = variant;
        this.peakToAverage = w.peakToAverage();
        int designed = Math.max(w.regions().size(), (int) a.chosen(DecisionTopic.AVAILABILITY).size("regions", 1));
        this.regions = variant.oneRegion() ? 1 : designed;
        // Data pinned to each person's home region is served there: every region is active for its own residents
        this.mode = switch (RegionMode.of(regions, w.availabilityPercent(), w.rtoMinutes(), w.rpoMinutes(), a.singleWriterStore(),
                a.pinsDataToHomeRegion())) {
            case ONE_REGION -> RecoveryMode.SINGLE;
            case HOME_REGIONS, ACTIVE_ACTIVE -> RecoveryMode.ACTIVE_ACTIVE;
            case WARM_STANDBY -> RecoveryMode.WARM_STANDBY;
            case PILOT_LIGHT -> RecoveryMode.PILOT_LIGHT;
        };
        this.edgeCdnPart = t.parts.stream().filter(x -> billing(x).orElse(null) == PartBilling.CDN).map(Topology.Part::id).findFirst().orElse(null);
        this.cdn = t.hasCdn() || variant.cdn() || edgeCdnPart != null;
        this.edgeHit = !cdn ? 0 : t.hasCdn() || edgeCdnPart == null ? a.chosen(DecisionTopic.CACHING).size("edgeHitRatio", DEFAULT_EDGE_HIT_RATIO)
                : a.chosen(DecisionTopic.CONTENT_DELIVERY).size("edgeHitRatio", DEFAULT_EDGE_HIT_RATIO);
    }

    static CostPlanner plan(Topology t, Architecture a, Workload w, Sizing s, PriceTable prices, Variant variant) {
        return plan(t, a, w, s, prices, variant, null);
    }

    /**
     * Plans the design at another load keeping the tiers a plan at the request's load chose (the cost scenarios' "same
     * design"): a store priced as General Purpose stays so at twice the load, stepping up its vCores, rather than moving to
     * a tier billed another way, which could make more load cost less.
     *
     * @param sameTiersAs the plan whose stores' tiers are kept, or null to choose them for this load
     */
    static CostPlanner plan(Topology t, Architecture a, Workload w, Sizing s, PriceTable prices, Variant variant, CostPlanner sameTiersAs) {
        return plan(t, a, w, s, prices, variant, sameTiersAs, dev.architect.dossier.ScenarioName.BASE);
    }

    /**
     * Plans the design as {@link #plan(Topology, Architecture, Workload, Sizing, PriceTable, Variant, CostPlanner)} does,
     * with the rates the cost assumes for text messages at their low, base or high (sms-flows.yaml), for the cost
     * scenarios: a rate that can decide the verdict moves with them.
     */
    static CostPlanner plan(Topology t, Architecture a, Workload w, Sizing s, PriceTable prices, Variant variant, CostPlanner sameTiersAs,
                            dev.architect.dossier.ScenarioName textLevel) {
        CostPlanner p = new CostPlanner(t, a, w, s, prices, variant);
        p.textLevel = textLevel;
        p.keptTiers = sameTiersAs == null ? null : sameTiersAs.tiers.stream().map(PricedTier::storeId).collect(java.util.stream.Collectors.toSet());
        if (w.streamWrites() > 0) {
            // people's requests apart from the stream of devices' messages the request states: the rate the summary and the
            // latency scenario speak of
            p.figures.add(new Figure("people-rps", "Peak requests from people", w.userRequestsPerSecond(), "requests/s",
                    Numbers.format(w.peakRps()) + " requests/s at peak - the stated stream's " + Numbers.format(w.streamWrites())
                            + " writes/s, which arrive through the ingestion path"));
        }
        if (p.sizedOnBytes()) {
            double kb = p.kbPerSecond(w.streamWrites());
            p.figures.add(new Figure("device-stream-bytes", "Device stream payload at peak", Numbers.round(kb / 1000, 2), "MB/s",
                    p.kbText(w.streamWrites(), w.streamWrites()) + " / 1,000 = " + Numbers.format(Numbers.round(kb / 1000, 2)) + " MB/s, "
                            + Numbers.format(Numbers.round(kb * 86_400 / 1_000_000, 2)) + " GB a day; the readings travel "
                            + Numbers.format(t.stated.readingsPerDeviceMessage()) + " to a message, so the ingestion path is sized on "
                            + Numbers.format(w.streamWrites()) + " messages/s and these bytes, not on the readings one by one"));
        }
        p.partLoads();
        p.compute();
        p.data();
        p.parts();
        p.edge();
        p.siteNetwork();
        p.platform();
        p.storageFigures();
        p.defaultQuotas();
        if (!p.appInstancesBasis.isEmpty()) {
            p.figures.add(new Figure("app-instances", "Application instances at peak", p.appInstances, "instances",
                    "Sum over the parts, each sized for its own load (" + p.partLoadBasis() + "): " + String.join("; ", p.appInstancesBasis)));
            t.stated.burstHours().filter(x -> Numbers.round(p.appInstanceMonths, 2) < p.appInstances).ifPresent(window ->
                    p.figures.add(new Figure("app-instance-months", "Application instance-months billed a month", Numbers.round(p.appInstanceMonths, 2),
                            "instance-months", "The peak count for the stated burst's " + Numbers.format(window.value()) + " hours a month ("
                                    + window.evidence() + "), the minimum the rest of the " + Numbers.format(HOURS_PER_MONTH)
                                    + " hours (scheduled scaling), summed over the parts")));
            if (t.stated.burstHours().isEmpty() && Numbers.round(p.appInstanceMonths, 2) < p.appInstances) {
                p.figures.add(new Figure("app-instance-months", "Application instance-months billed a month", Numbers.round(p.appInstanceMonths, 2),
                        "instance-months", "Billed as the platform scales (" + DailyLoadShape.standard().peopleCurve(p.t.makers, p.w.audience()).source() + "): the peak count for the "
                                + "peak hours, the count the average load needs the other hours, summed over the parts"));
            }
        }
        // defined last, so a part that states the same assumption in its own words (the autoscaled platform) keeps them
        p.averageSources();
        return p;
    }

    private final Map<String, StoreLoad> storeLoads = new LinkedHashMap<>();

    List<ResourceNeed> needs() {
        return List.copyOf(needs);
    }

    /**
     * A store's load at peak as the cost lines give it: its writes, and its reads after the cache.
     *
     * @param id     the store
     * @param writes writes a second at peak
     * @param reads  reads a second at peak that reach it
     * @param flowWrites of the writes, those the design's own processes add (trail segments), not the capabilities'
     * @param flowHeldAtFiveYears logical GB of what the design's own processes write that the store holds after five years
     *                            (before indexes and copies), kept as long as each process's own retention says
     * @param flowText the arithmetic of the processes' writes and the data they keep, or empty
     */
    record StoreLoad(String id, double writes, double reads, double flowWrites, double flowHeldAtFiveYears, String flowText) {
        StoreLoad(String id, double writes, double reads) {
            this(id, writes, reads, 0, 0, "");
        }
    }

    /**
     * The data the stores are written a month as priced (each store's share of the growth, and what the design's own
     * processes write, purged or kept) against the growth the workload carries: where they differ by the physical counts'
     * large factor, a note names both figures, so the larger one is not priced without a word.
     */
    private void growthAgainstStores(double writtenMonthly) {
        double growth = w.growthGbPerMonth();
        if (growth <= 0 || writtenMonthly <= growth || !dev.architect.offline.internal.catalog.PhysicalCounts.standard().disagree(growth, writtenMonthly)) {
            return;
        }
        notes.add("[stores-against-growth] The stores are written " + Numbers.format(Numbers.round(writtenMonthly, 2)) + " GB a month as priced, "
                + Numbers.format(Numbers.round(dev.architect.offline.internal.catalog.PhysicalCounts.apart(growth, writtenMonthly), 1)) + " times the "
                + Numbers.format(growth) + " GB a month taken as the system's data growth (data.growthGbPerMonth): the difference is what the design's "
                + "own processes write (the flow-writes notes), each kept as long as its own retention says; if the stated growth already holds "
                + "it, the stores are priced above what is written");
    }

    /** Each store's load at peak as its cost lines give it, in the order priced; reference-data stores left out. */
    List<StoreLoad> storeLoads() {
        return List.copyOf(storeLoads.values());
    }

    /** The figures past a limit, in the order found. */
    List<LimitNote> limits() {
        return List.copyOf(limits);
    }

    /** A figure past a limit: a typed note for the risk register and its sentence in the cost notes. */
    private void passed(LimitKind kind, String element, String text) {
        passed(new LimitNote(kind, element, text));
    }

    private void passed(LimitNote limit) {
        limits.add(limit);
        notes.add(limit.note());
    }

    /** The design's capacity figures: load and instances per part, replacing the plan's whole-system instance count. */
    List<Figure> figures() {
        return java.util.stream.Stream.concat(figures.stream(), java.util.stream.Stream.of(loadTest())).map(f -> f.basis().startsWith(GIVEN) || f.basis().startsWith(CapacityCalculator.ASSUMED) ? f : CapacityCalculator.computed(f)).toList();
    }

    int regions() {
        return regions;
    }

    /**
     * The release load test's target, the rate the test plan and the risks quote: the peak times the headroom (or the
     * stated spike over the peak, so the test covers it).
     */
    private Figure loadTest() {
        double factor = RoadmapBuilder.loadTestFactor(t);
        return new Figure("load-test", "Release load test target", Numbers.round(w.peakRps() * factor, 2), "requests/s",
                Numbers.format(factor) + "x the peak of " + Numbers.format(w.peakRps()) + " requests/s, the factor the release load test runs at");
    }

    RecoveryMode mode() {
        return mode;
    }

    boolean hasCdn() {
        return cdn;
    }

    /** Whether realtime connections are priced on a managed service billed by use (the self-run variant then applies). */
    boolean managedRealtime() {
        return needs.stream().anyMatch(n -> n.resourceKind().startsWith("realtime."));
    }

    private boolean ingests() {
        return t.capabilities.stream().anyMatch(c -> c.is(ResourceFlow.INGEST));
    }

    /**
     * KB one message of the stated device stream carries: a small message of {@value #EVENT_KB} KB when it carries one
     * reading, else its readings' bytes (stated, or {@link dev.architect.internal.facts.StatedFacts#READING_BYTES} each,
     * assumption as-reading-size).
     */
    private double messageKb() {
        double kb = t.stated.messageKb(EVENT_KB);
        if (kb > EVENT_KB && t.stated.readingBytes().isEmpty()) {
            assume("as-reading-size", "A reading inside a device message that carries several is about "
                    + Numbers.format(dev.architect.internal.facts.StatedFacts.READING_BYTES) + " bytes packed (channel id, timestamp offset, "
                    + "value and quality flag); a message is its readings' bytes, at least the " + Numbers.format(EVENT_KB) + "-KB small message; "
                    + "state the readings' size to size the stream on it");
        }
        return kb;
    }

    /** Whether the stated stream's messages each carry more than a small message's bytes, so bytes size what they pass through. */
    private boolean sizedOnBytes() {
        return w.streamWrites() > 0 && t.stated.messageKb(EVENT_KB) > EVENT_KB;
    }

    /**
     * KB a second of {@code events} messages, of which up to {@code deviceMessages} are the stream's device messages of
     * {@link #messageKb()} each and the rest small {@value #EVENT_KB}-KB ones.
     */
    private double kbPerSecond(double events, double deviceMessages) {
        double devices = Math.min(events, deviceMessages);
        return Numbers.round(devices * messageKb() + (events - devices) * EVENT_KB, 2);
    }

    /** As {@link #kbPerSecond(double, double)}, the stated stream's messages counted first. */
    private double kbPerSecond(double events) {
        return kbPerSecond(events, w.streamWrites());
    }

    /** The arithmetic of {@link #kbPerSecond(double, double)}: {@code 9,000 device messages/s x 4.8 KB + 100 x 1 KB = 43,300 KB/s}. */
    private String kbText(double events, double deviceMessages) {
        double devices = Math.min(events, deviceMessages);
        double rest = Numbers.round(events - devices, 2);
        return Numbers.format(devices) + " device messages/s x " + Numbers.format(messageKb()) + " KB (" + readingsText() + ")"
                + (rest > 0 ? " + " + Numbers.format(rest) + " other messages/s x " + Numbers.format(EVENT_KB) + " KB" : "")
                + " = " + Numbers.format(kbPerSecond(events, deviceMessages)) + " KB/s";
    }

    /** "300 readings x 16 bytes (stated: ...; assumption as-reading-size)". */
    private String readingsText() {
        return Numbers.format(t.stated.readingsPerDeviceMessage()) + " readings (stated: " + t.stated.readingsPerMessageEvidence().orElse("") + ") x "
                + Numbers.format(t.stated.readingBytesOrAssumed()) + " bytes" + t.stated.readingBytes().map(b -> " (stated: " + b.evidence() + ")")
                .orElse(" (assumption as-reading-size)");
    }

    /** The capabilities among {@code rest} whose archetype keeps its state from messages each client sends on an interval. */
    private Map<Capability, HeartbeatRates.Rate> heartbeats(List<Capability> rest) {
        Map<Capability, HeartbeatRates.Rate> out = new LinkedHashMap<>();
        java.util.Set<String> onConnection = realtimeCapabilities();
        for (Capability c : rest) {
            if (c.is(ResourceFlow.INGEST) || !onConnection.contains(c.name())) {
                continue;
            }
            t.placements.stream().filter(p -> p.recognised().capabilities().contains(c.name())).findFirst()
                    .flatMap(p -> HeartbeatRates.standard().of(p.archetype().id())).ifPresent(r -> out.put(c, r));
        }
        return out;
    }

    /**
     * Each capability's peak load. A capability whose load the request states takes it as given: its share of the peak
     * or its own peak rate, split by its own reads per write or the system's. The others share what is left: device
     * ingestion takes the remaining writes and the other capabilities the remaining reads; otherwise each takes its
     * weight of the reads and of the writes from what it does ({@link LoadProfiles}), positions or readings sent on an
     * interval going to the capability that receives them; an equal part of both only when a capability states its own
     * reads per write and nothing else. Reads are those the CDN misses: the CDN
     * answers the hit ratio of a capability's reads only when its content is public (assumption as-content-kind).
     */
    private void partLoads() {
        double statedReads = 0;
        double statedWrites = 0;
        List<Capability> rest = new ArrayList<>();
        for (Capability c : t.capabilities) {
            CapabilityLoad l = w.capabilityLoad(c.name()).orElse(null);
            if (l == null || l.share() == null && l.peakRequestsPerSecond() == null) {
                rest.add(c);
                continue;
            }
            double requests = l.share() != null ? l.share() * w.peakRps() : l.peakRequestsPerSecond();
            double ratio = l.readWriteRatio() != null ? l.readWriteRatio() : w.readWriteRatio();
            double writes = requests / (ratio + 1);
            statedReads += requests - writes;
            statedWrites += writes;
            loads.put(c, new PartLoad(requests - writes, writes));
        }
        double restReads = Math.max(0, w.peakReads() - statedReads);
        double restWrites = Math.max(0, w.peakWrites() - statedWrites);
        List<Capability> ingest = rest.stream().filter(c -> c.is(ResourceFlow.INGEST)).toList();
        List<Capability> others = rest.stream().filter(c -> !c.is(ResourceFlow.INGEST)).toList();
        // Ingestion takes the writes, yet the other capabilities still write (accounts, trips, payments): their writes come out
        // of the reads left, at the stated counts of what they do (trips, orders) at the usual day's peak over its average.
        // The devices' stream is ingestion's; writes the workload holds beyond it are people's, shared by the other capabilities
        double streamed = ingest.isEmpty() || others.isEmpty() || w.streamWrites() <= 0 ? restWrites : Math.min(restWrites, w.streamWrites());
        double peopleWrites = Numbers.round(restWrites - streamed, 2);
        double userWrites = peopleWrites;
        // Stated counts of what people do (trips, orders) give their writes better than a ratio: they come out of people's
        // requests left (their reads and any writes the workload gave them), at the usual day's peak over its average
        List<StatedFact> counted = ingest.isEmpty() || others.isEmpty() ? List.of()
                : t.stated.actionVolumes(others.stream().map(Capability::name).toList());
        double peopleRequests = Numbers.round(restReads + peopleWrites, 2);
        if (!counted.isEmpty() && peopleRequests > 0) {
            double aMonth = counted.stream().mapToDouble(StatedFact::value).sum();
            double shape = dayShape();
            userWrites = Numbers.round(Math.min(peopleRequests / 2, aMonth / Workload.SECONDS_PER_MONTH * shape), 2);
            notes.add("[as-user-writes] " + ingestionName() + " takes the writes at peak; the other capabilities write " + Numbers.format(userWrites)
                    + " writes/s of their own at peak, out of the " + Numbers.format(peopleRequests) + (peopleWrites > 0 ? " requests/s left to people: " : " reads/s left: ")
                    + String.join(" + ", counted.stream().map(v -> Numbers.format(v.value()) + " a month (stated: " + v.evidence() + ")").toList())
                    + " / " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s x " + Numbers.format(shape) + " (peak over average)");
            restReads = Numbers.round(peopleRequests - userWrites, 2);
        }
        // What each capability does weighs its part (load-profiles.yaml); a capability with only its own reads per write
        // stated keeps an equal part of the requests, split by that ratio, as before
        boolean ownRatios = rest.stream().anyMatch(c -> w.capabilityLoad(c.name()).map(CapabilityLoad::readWriteRatio).isPresent());
        List<Capability> weighed = ingest.isEmpty() ? (ownRatios ? List.of() : rest) : others;
        Map<Capability, LoadProfiles.Match> profiles = new LinkedHashMap<>(LoadProfiles.standard().weigh(t, weighed));
        // A capability whose stated reports are counted apart weighs only its own records among the writes left, not the reports again
        if (ingest.isEmpty() && w.streamWrites() > 0 && profiles.values().stream().anyMatch(m -> m.weight().receivesReports())) {
            profiles.replaceAll((c, m) -> m.weight().receivesReports() ? new LoadProfiles.Match(m.weight().besideReports(), m.source()) : m);
        }
        // A capability whose clients send on an interval over the connection they hold (heartbeats) writes at that rate,
        // not at a share of the stated writes: it takes no part of them, and the others share them
        Map<Capability, HeartbeatRates.Rate> beating = heartbeats(rest);
        profiles.replaceAll((c, m) -> beating.containsKey(c) ? new LoadProfiles.Match(new LoadProfiles.Weight(m.weight().reads(), 0,
                m.weight().basis() + "; its writes are its clients' messages on an interval, counted apart (assumption " + HeartbeatRates.ASSUMPTION + ")",
                m.weight().receivesReports(), m.weight().followsWrites()), m.source()) : m);
        // One capability takes what is left whatever its weight: the weights only say how several share it
        boolean profiled = profiles.size() > 1 && profiles.values().stream().anyMatch(m -> !m.byDefault());
        // Whole files downloaded are read by the capabilities that serve them, one read a download: the count the egress and
        // the stitchers are priced on (one source), not a weight's share of every read; the other reads are shared by weight
        FileServing files = profiled ? fileServing(profiles.keySet(), restReads) : FileServing.NONE;
        double weighedReads = restReads - files.perSecond();
        double readWeights = profiles.entrySet().stream().filter(e -> !files.servers().contains(e.getKey())).mapToDouble(e -> e.getValue().weight().reads()).sum();
        double writeWeights = profiles.values().stream().mapToDouble(m -> m.weight().writes()).sum();
        // Positions or readings the request says devices or people send on an interval land on the capability that receives
        // them, when no ingestion capability takes them; only the writes left are shared by weight
        List<Capability> receivers = profiles.entrySet().stream().filter(e -> e.getValue().weight().receivesReports()).map(Map.Entry::getKey).toList();
        double reported = ingest.isEmpty() && !receivers.isEmpty() ? Math.min(w.streamWrites(), restWrites) : 0;
        double weighedWrites = ingest.isEmpty() ? restWrites - reported : userWrites;
        for (Capability c : rest) {
            Double ownRatio = w.capabilityLoad(c.name()).map(CapabilityLoad::readWriteRatio).orElse(null);
            LoadProfiles.Match m = profiles.get(c);
            PartLoad load = c.is(ResourceFlow.INGEST) && !ingest.isEmpty() ? new PartLoad(0, (restWrites - peopleWrites) / ingest.size())
                    : m != null ? new PartLoad(files.servers().contains(c) ? files.perSecond() / files.servers().size()
                            : readWeights > 0 ? weighedReads * m.weight().reads() / readWeights : 0,
                            (writeWeights > 0 ? weighedWrites * m.weight().writes() / writeWeights : 0)
                                    + (receivers.contains(c) ? reported / receivers.size() : 0))
                    : ownRatio == null ? new PartLoad(restReads / rest.size(), restWrites / rest.size())
                    : new PartLoad((restReads + restWrites) / rest.size() * ownRatio / (ownRatio + 1),
                            (restReads + restWrites) / rest.size() / (ownRatio + 1));
            loads.put(c, load);
        }
        if (!beating.isEmpty()) {
            Connections held = connections();
            List<String> texts = new ArrayList<>();
            beating.forEach((c, rate) -> {
                double writes = Numbers.round(held.count() / rate.everySeconds(), 2);
                loads.put(c, new PartLoad(loads.get(c).reads(), writes));
                heartbeatWrites.put(c, writes);
                texts.add(c.name() + ": " + Numbers.format(held.count()) + " connections at peak " + held.basis() + " / "
                        + Numbers.format(rate.everySeconds()) + " s between two messages of one client = " + Numbers.format(writes)
                        + " writes/s at peak (" + rate.basis() + ")");
            });
            assume(HeartbeatRates.ASSUMPTION, "A capability whose clients send on an interval over the connection they hold writes at that rate, "
                    + "counted apart from the stated peak's writes (which the other capabilities share): " + String.join("; ", texts));
        }
        // The request's own volumes set the part that writes them; the rest of the pool stays shared by weight
        java.util.Set<Capability> apart = new java.util.HashSet<>(beating.keySet());
        apart.addAll(receivers);
        rest.stream().filter(c -> c.is(ResourceFlow.INGEST) && !ingest.isEmpty()).forEach(apart::add);
        boundVolumes(rest.stream().filter(c -> !apart.contains(c)).toList());
        if (reported > 0) {
            holdReports(receivers, reported);
        }
        String profiledNote = profiled ? profiledText(rest, ingest, profiles, files, weighedReads, restWrites - peopleWrites, weighedWrites, readWeights, writeWeights)
                + (reported > 0 ? "; " + names(receivers) + (receivers.size() == 1 ? " receives" : " share") + " the " + Numbers.format(Numbers.round(reported, 2))
                        + " writes/s the request says are sent on an interval (" + t.stated.writeRateEvidence().orElse("") + "), on top of "
                        + (receivers.size() == 1 ? "its" : "their") + " part of the " + Numbers.format(Numbers.round(weighedWrites, 2))
                        + " writes/s left, which are shared by weight" : "") : null;
        // The figures in capabilities order, whichever were stated.
        Map<Capability, PartLoad> ordered = new LinkedHashMap<>();
        t.capabilities.forEach(c -> ordered.put(c, loads.get(c)));
        loads.clear();
        java.util.Set<String> realtime = realtimeCapabilities();
        boolean anonymous = a.facts().has(Fact.ANONYMOUS_READERS) && a.facts().flag(Fact.ANONYMOUS_READERS);
        double originReads = 0;
        for (Map.Entry<Capability, PartLoad> e : ordered.entrySet()) {
            Capability c = e.getKey();
            ContentKind kind = ContentKind.of(c.name(), c.resource().flow(), realtime.contains(c.name()), anonymous);
            kinds.put(c, kind);
            allReads.put(c, e.getValue().reads());
            double hit = kind == ContentKind.PUBLIC ? edgeHit : 0;
            loads.put(c, new PartLoad(e.getValue().reads() * (1 - hit), e.getValue().writes()));
            originReads += e.getValue().reads() * (1 - hit);
        }
        if (rest.size() < t.capabilities.size()) {
            notes.add("[given-part-load] The request states the load of " + t.capabilities.stream().filter(c -> !rest.contains(c))
                    .map(c -> c.name() + " (" + given(c) + ")").reduce((x, y) -> x + ", " + y).orElse("")
                    + "; the other capabilities share the " + Numbers.format(Math.max(0, w.peakReads() - statedReads)) + " reads/s and "
                    + Numbers.format(restWrites) + " writes/s left of " + Numbers.format(w.peakReads()) + " and "
                    + Numbers.format(w.peakWrites()));
        }
        if (!rest.isEmpty() && profiled) {
            notes.add("[as-part-load] " + profiledNote);
        } else if (!rest.isEmpty()) {
            notes.add("[as-part-load] " + (ingest.isEmpty()
                    ? (rest.size() == t.capabilities.size() ? "The request gives no load per capability: each of the " + rest.size()
                            + " capabilities takes an equal share (1/" + rest.size() + ") of reads and writes"
                            : rest.size() == 1 ? "The one capability with no stated load (" + names(rest) + ") takes the reads and writes left"
                            : "Each of the " + rest.size() + " capabilities with no stated load (" + names(rest) + ") takes an equal share (1/"
                            + rest.size() + ") of the reads and writes left")
                    : ingestionName() + " (" + names(ingest) + ") takes all " + Numbers.format(Numbers.round(restWrites - peopleWrites, 2)) + " writes/s"
                            + (rest.size() == t.capabilities.size() ? "" : " left") + (peopleWrites > 0 ? "; the other capabilities share equally the reads and people's " + Numbers.format(userWrites)
                            + " writes/s beside the devices' stream" : "; the other capabilities share the reads equally")));
        }
        if (cdn) {
            List<Capability> open = kinds.entrySet().stream().filter(e -> e.getValue() == ContentKind.PUBLIC).map(Map.Entry::getKey).toList();
            List<Capability> closed = kinds.entrySet().stream().filter(e -> e.getValue() == ContentKind.PERSONAL).map(Map.Entry::getKey).toList();
            double publicReads = open.stream().mapToDouble(allReads::get).sum();
            notes.add("[as-content-kind] " + (open.isEmpty() ? "No capability serves public content"
                    : "Public content, the same for every reader, cached at the edge: " + names(open)) + (closed.isEmpty() ? ""
                    : "; authenticated, personalised, realtime or device traffic, which the CDN passes to the origin uncached: " + names(closed))
                    + (anonymous ? " (the request's audience reads without an account)" : ""));
            notes.add("[as-edge-hit-ratio] The CDN answers " + pct(edgeHit) + " of the reads of public content (pages, assets, media and public "
                    + "GET responses); the origin serves " + Numbers.format(Numbers.round(originReads, 2)) + " of " + Numbers.format(w.peakReads())
                    + " reads/s at peak");
            figures.add(new Figure("origin-reads", "Reads reaching the origin at peak", Numbers.round(originReads, 2), "reads/s",
                    Numbers.format(Numbers.round(w.peakReads() - publicReads, 2)) + " reads/s of authenticated or personalised content + "
                            + Numbers.format(Numbers.round(publicReads, 2)) + " reads/s of public content x (1 - " + Numbers.format(edgeHit)
                            + " CDN hit ratio, assumption as-edge-hit-ratio) (assumption as-content-kind)"));
        }
        if (t.hasCache()) {
            notes.add("[as-cache-hit-ratio] The distributed cache answers " + pct(CACHE_HIT_RATIO) + " of the reads that reach the stores");
        }
        if (!ingest.isEmpty()) {
            notes.add("[as-ingest-per-instance] One ingestion instance accepts " + Numbers.format(INGEST_PER_INSTANCE)
                    + " device messages/s (small messages, batched); device messages are counted in metrics, not logged one by one");
        }
        boolean pinnedRegions = regions > 1 && a.pinsDataToHomeRegion();
        notes.add("[as-recovery-mode] " + (pinnedRegions ? "Personal data is pinned to each person's home region: each of the " + regions
                + " regions runs its own database for the people homed there and holds no copy of another region's data; a database "
                + "fails over to its standby in its own region, and losing a whole region leaves its residents' data unavailable "
                + "until the region recovers or its backups are restored into another region of the same jurisdiction. Each region serves the "
                + "people homed there, taken as an even split of the traffic (the request does not say how its people spread)" : "") + (pinnedRegions ? "" : switch (mode) {
            case SINGLE -> "One region";
            case ACTIVE_ACTIVE -> regions + " regions active-active (" + (w.rtoMinutes() <= RegionMode.ACTIVE_ACTIVE_RTO_MINUTES
                    ? "recovery time " + w.rtoMinutes() + " min <= " + RegionMode.ACTIVE_ACTIVE_RTO_MINUTES
                    : "availability " + Numbers.format(w.availabilityPercent()) + "% >= " + Numbers.format(RegionMode.ACTIVE_ACTIVE_PERCENT))
                    + ": no time to promote a standby): traffic is split evenly, each region sized for its share and scaling out when another fails";
            case WARM_STANDBY -> "Warm standby (recovery time " + w.rtoMinutes() + " min): the first region serves all traffic; each of the "
                    + (regions - 1) + " other regions runs a minimal copy and a replica of the data, scaling out on failover";
            case PILOT_LIGHT -> "Pilot light (recovery time " + w.rtoMinutes() + " min): the other regions hold replicated data and backups only; "
                    + "compute starts there on failover";
        }));
        if (t.legacy) {
            notes.add("The system being replaced keeps running until the migration ends; its cost is not in this estimate "
                    + "(the request does not state it) and comes on top until it is switched off");
        }
        t.stated.monthlyGrowth().ifPresentOrElse(g -> notes.add("[given-load-growth] Use grows " + pct(g.value()) + " a month, compounded (stated: "
                + g.evidence() + "): month m runs at (1 + " + Numbers.format(g.value()) + ")^(m - 1) x month 1's load and data growth, so "
                + "the run rate and the three-year TCO price each month's design at that month's load; data already stored stays, until "
                + "retention deletes as much as arrives"),
                () -> notes.add("[as-load-growth] Traffic stays at the stated peak over time (the request states no traffic growth); stored data grows "
                + "as stated until retention deletes as much as arrives"));
    }

    /**
     * The reports the receivers share, kept in memory where the archetype that designs them keeps a live index the design
     * has (report-sinks.yaml): they stay the receivers' requests, and leave their database's writes.
     */
    private void holdReports(List<Capability> receivers, double reported) {
        for (Capability c : receivers) {
            // The same test the facts use (ReportSinks.keptBy), and the live index must be drawn in this design
            java.util.Optional<dev.architect.offline.internal.archetype.ReportSinks.Sink> sink = t.designersOf(c).stream()
                    .map(p -> dev.architect.offline.internal.archetype.ReportSinks.standard().keptBy(p.recognised()))
                    .flatMap(java.util.Optional::stream).filter(x -> t.parts.stream().anyMatch(part -> part.id().equals(x.component()))).findFirst();
            if (sink.isPresent()) {
                heldReports.put(c, reported / receivers.size());
                reportSink = sink;
            }
        }
        if (!heldReports.isEmpty()) {
            notes.add("[reports-in-memory] The " + Numbers.format(Numbers.round(heldReports.values().stream().mapToDouble(Double::doubleValue).sum(), 2))
                    + " reports/s sent on an interval (" + t.stated.writeRateEvidence().orElse("") + ") go to the "
                    + reportSink.get().component() + " and are not database writes: " + reportSink.get().basis());
        }
    }

    /** The reports a capability receives that a live index keeps, writes/s at peak (0 for none). */
    private double held(Capability c) {
        return heldReports.getOrDefault(c, 0.0);
    }

    /**
     * Whole files downloaded at peak and the capabilities that serve them.
     *
     * @param servers the capabilities designed to serve the files (archetypes.yaml {@code filesServedBy}), empty for none
     * @param perSecond file downloads a second at peak, one read each, shared by the servers
     * @param basis where the count comes from
     */
    private record FileServing(List<Capability> servers, double perSecond, String basis) {
        static final FileServing NONE = new FileServing(List.of(), 0, "");
    }

    /**
     * The file downloads at peak ({@link #fileDownloads()}: stated, or assumption as-file-downloads) and the capabilities
     * among {@code weighed} that serve them, when some other capability is left to take the other reads; else none.
     */
    private FileServing fileServing(java.util.Collection<Capability> weighed, double reads) {
        String serving = dev.architect.offline.internal.archetype.Archetypes.standard().filesServedBy();
        List<Capability> servers = weighed.stream().filter(c -> c.designedByArchetype()
                && t.designersOf(c).stream().findFirst().filter(p -> p.archetype().id().equals(serving)).isPresent()).toList();
        if (servers.isEmpty() || servers.size() == weighed.size()) {
            return FileServing.NONE;
        }
        return fileDownloads().map(d -> {
            double peak = Numbers.round(Math.min(reads, d.perSecond() * peakToAverage), 2);
            return peak <= 0 ? FileServing.NONE : new FileServing(servers, peak, Numbers.format(Numbers.round(d.perSecond(), 2))
                    + " on average x " + Numbers.format(peakToAverage) + ", from " + Numbers.format(Numbers.round(d.perMonth(), 0))
                    + " downloads a month, the file downloads the egress is priced on");
        }).orElse(FileServing.NONE);
    }

    /**
     * The split by what each capability does, written out: "The request gives no load per capability, so each takes the
     * weight what it does gives it (load-profiles.yaml): ordering 1 of reads, 1 of writes (Catalog, cart and orders ...:
     * browsing ...); ... reads/s x its weight / 5.02 and writes/s x its weight / 9.02".
     */
    private String profiledText(List<Capability> rest, List<Capability> ingest, Map<Capability, LoadProfiles.Match> profiles, FileServing files,
                                double reads, double ingested, double writes, double readWeights, double writeWeights) {
        String opening = !ingest.isEmpty()
                ? ingestionName() + " (" + names(ingest) + ") takes all " + Numbers.format(Numbers.round(ingested, 2)) + " "
                        + (t.makers.machinesReport() ? "device" : "event") + " writes/s"
                        + (rest.size() == t.capabilities.size() ? "" : " left") + "; the other capabilities share the rest"
                        + (writes > 0 && ingested > 0 && writes < ingested ? ", people's " + Numbers.format(Numbers.round(writes, 2)) + " writes/s among them" : "")
                : rest.size() == t.capabilities.size() ? "The request gives no load per capability"
                : "The " + rest.size() + " capabilities with no stated load (" + names(rest) + ") share what the stated ones leave";
        List<String> parts = new ArrayList<>();
        profiles.forEach((c, m) -> {
            PartLoad l = loads.get(c);
            String weights = files.servers().contains(c) ? (files.servers().size() == 1 ? "the " : "its share of the ")
                    + Numbers.format(files.perSecond()) + " file downloads/s at peak (" + files.basis() + "), one read each, and "
                    + Numbers.format(m.weight().writes()) + " of writes" : m.weight().text();
            parts.add(c.name() + ": " + weights + " (" + m.source().map(x -> x + ": ").orElse("") + m.weight().basis() + ") = "
                    + Numbers.format(Numbers.round(l.reads(), 2)) + " reads/s and " + Numbers.format(Numbers.round(l.writes(), 2)) + " writes/s");
        });
        return opening + ", so each takes a weight of the reads and of the writes from what it does (load-profiles.yaml): "
                + Numbers.format(Numbers.round(reads, 2)) + " reads/s" + (files.servers().isEmpty() ? "" : " (the "
                + Numbers.format(Numbers.round(reads + files.perSecond(), 2)) + " less the " + Numbers.format(files.perSecond())
                + " file downloads/s " + Names.list(files.servers().stream().map(Capability::name).toList()) + (files.servers().size() == 1 ? " serves" : " serve") + ")")
                + " x its read weight / " + Numbers.format(Numbers.round(readWeights, 4))
                + " and " + Numbers.format(Numbers.round(writes, 2)) + " writes/s x its write weight / " + Numbers.format(Numbers.round(writeWeights, 4))
                + "; " + String.join("; ", parts);
    }

    private double load(Unit u) {
        return u.capabilities().stream().mapToDouble(c -> loads.get(c).total()).sum();
    }

    /** Instances in every region for a load served from the first region (or split, active-active). */
    private record Placement(int perRegion, int total, String text) {
    }

    private Placement place(double load, double perInstance, int minimum) {
        return place(load, perInstance, minimum, "");
    }

    /** As {@link #place(double, double, int)}, saying why the minimum is what it is ({@code minimumBasis}, may be empty). */
    private Placement place(double load, double perInstance, int minimum, String minimumBasis) {
        double share = mode == RecoveryMode.ACTIVE_ACTIVE ? load / regions : load;
        int n = CapacityCalculator.instancesFor(share, perInstance, minimum);
        return standby(n, Math.min(minimum, 2), Numbers.format(share) + " requests/s at peak"
                + (mode == RecoveryMode.ACTIVE_ACTIVE ? " in each region" : "") + " ("
                + Numbers.format(perInstance) + " requests/s per 2-vCPU instance x " + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100)
                + "% target utilisation, at least " + minimum + (minimumBasis.isEmpty() ? "" : ": " + minimumBasis) + ")");
    }

    /**
     * The fewest always-on instances of an application unit, and why: one in each zone the availability decision spans
     * (at least a pair); in a single zone, on a platform that replaces and rolls its instances over by itself (prices.yaml
     * {@code oneInstanceUpToPercent}), one while the availability target is within what one instance holds.
     */
    private Minimum minimumInstances(String kind) {
        int decided = (int) a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2);
        int zones = Math.max(2, decided);
        java.util.Optional<Double> oneUpTo = prices.oneInstanceUpToPercent(kind);
        // A design spread over zones keeps an instance in each, so losing a zone is not an outage while one starts elsewhere
        if (oneUpTo.isPresent() && decided < 2 && w.availabilityPercent() <= oneUpTo.get()) {
            return new Minimum(1, "the platform replaces a failed instance itself, so in the single zone the availability decision "
                    + "chose one always-on instance holds the " + Numbers.format(w.availabilityPercent()) + "% target (up to "
                    + Numbers.format(oneUpTo.get()) + "%)");
        }
        return new Minimum(zones, decided >= 2 ? (w.cloud() == dev.architect.request.Cloud.ON_PREMISES
                ? "one on each of " + zones + " hosts in separate racks the availability decision spans"
                : "one in each of " + zones + " zones the availability decision spans")
                : oneUpTo.isPresent() ? "a pair, as the " + Numbers.format(w.availabilityPercent()) + "% target is above the "
                        + Numbers.format(oneUpTo.get()) + "% one instance holds"
                : "a pair for redundancy");
    }

    /** The fewest instances of a unit and why. */
    private record Minimum(int count, String basis) {
    }

    /**
     * Instances of a unit that also holds the realtime connections: enough for its requests and for the connections held
     * at once (each instance holds the price table's connectionsPerInstance, assumption as-connections-per-instance), whichever needs more.
     */
    private Placement withConnections(Placement forRequests, double load, double perInstance, int minimum) {
        Connections held = connections();
        ConnectionSizing forConnections = forConnections(held.count(), "connections held at once " + held.basis(), minimum);
        if (forConnections.perRegion() <= forRequests.perRegion()) {
            return forRequests;
        }
        double requests = mode == RecoveryMode.ACTIVE_ACTIVE ? load / regions : load;
        return standby(forConnections.perRegion(), Math.min(minimum, 2), "max(" + forRequests.perRegion() + " for " + Numbers.format(requests)
                + " requests/s at peak (" + Numbers.format(perInstance) + " per instance), " + forConnections.formula() + " = "
                + forConnections.perRegion() + ") (assumption as-connections-per-instance)");
    }

    /** Instances a region needs for the connections it holds at once, and the formula that gives them. */
    private record ConnectionSizing(int perRegion, String formula) {
    }

    /**
     * Instances for connections held at once: each instance holds the price table's connectionsPerInstance (assumption
     * as-connections-per-instance); active-active regions split the connections.
     */
    private ConnectionSizing forConnections(double connections, String what, int minimum) {
        assume("as-connections-per-instance", "One 2-vCPU / 8-GiB gateway instance holds " + Numbers.format(connectionsPerInstance)
                + " mostly idle connections with heartbeats");
        double share = mode == RecoveryMode.ACTIVE_ACTIVE ? connections / regions : connections;
        int n = CapacityCalculator.instancesFor(share, connectionsPerInstance, minimum);
        return new ConnectionSizing(n, "ceil(" + Numbers.format(share) + " " + what + (mode == RecoveryMode.ACTIVE_ACTIVE ? " in each region" : "")
                + " / (" + Numbers.format(connectionsPerInstance) + " per instance x " + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100)
                + "% target utilisation))");
    }

    /** A fixed count in the serving region, repeated or scaled down in the others as the recovery mode says. */
    private Placement standby(int n, int standbyMinimum, String why) {
        int standbyCount = Math.min(n, Math.max(1, standbyMinimum));
        return switch (mode) {
            case SINGLE -> new Placement(n, n, n + " for " + why);
            case ACTIVE_ACTIVE -> new Placement(n, n * regions, n + " in each of " + regions + " regions for " + why);
            case WARM_STANDBY -> new Placement(n, n + standbyCount * (regions - 1), n + " in the first region for " + why + ", "
                    + standbyCount + " in each of " + (regions - 1) + " standby " + (regions == 2 ? "region" : "regions"));
            case PILOT_LIGHT -> new Placement(n, n, n + " in the first region for " + why + "; none in the pilot-light regions");
        };
    }

    /**
     * Instances of a part no caller waits on (helper-instances.yaml): one where the availability target allows a restart's
     * delay, a pair across zones otherwise. Neither a queue-fed part nor one that picks up its own work has a message rate
     * of its own in the request, so each is priced at its minimum and scales out on its backlog. The count goes into the
     * capacity plan ({@code instances-<id>}) as it is priced.
     */
    private Placement helper(HelperInstances.Feed feed, String id, String name) {
        HelperInstances rules = HelperInstances.standard();
        HelperInstances.Count least = rules.minimum(w.availabilityPercent(), w.cloud(), (int) a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2));
        // The broker's rate is what all its consumers drain together, an upper bound on any one of them: sizing one helper on
        // it priced 108 always-on dispatchers for a robot fleet's telemetry. The floor is priced; the part scales out on its
        // queue's depth, and a flow's own rate, where the request gives one, would size it.
        HelperInstances.Count n = feed == HelperInstances.Feed.QUEUE
                ? new HelperInstances.Count(least.count(), "its minimum, scaled out on its queue's depth: the broker's "
                        + Numbers.format(Numbers.round(brokerRate(), 2)) + " messages/s at peak are what all its consumers drain together, not"
                        + " this part's own load, which the request does not give; at least " + least.basis())
                : new HelperInstances.Count(least.count(), "its minimum, no message rate being known for the work it picks up: " + least.basis());
        Placement p = standby(n.count(), 1, n.basis());
        // The capacity plan shows the count the cost prices, with its formula
        figures.add(new Figure("instances-" + id, name + " instances", p.total(), "instances", CapacityCalculator.COMPUTED + p.text()));
        return p;
    }

    /** A fixed count (a pair for redundancy, say); a warm standby region runs one. */
    private Placement fixed(int n, String what) {
        return standby(n, 1, what);
    }

    private void compute() {
        if (t.style == Shapes.Style.FUNCTIONS) {
            double millions = originRequestsMillions(true);
            add(ResourceNeed.flat("functions", "Function invocations", null, "serverless.invocations", millions,
                    Numbers.format(millions) + " million invocations a month: every request the CDN does not answer, "
                            + (regions > 1 ? "split across regions, not repeated" : "once")));
            gatewayRequests();
            appInstancesBasis.add("none: serverless functions are billed per invocation (line 'functions')");
            return;
        }
        String kind = instanceKind();
        Minimum least = minimumInstances(kind);
        int minimum = least.count();
        java.util.Set<String> holdingConnections = unitsHoldingConnections();
        for (Unit u : t.units) {
            double load = load(u);
            double ingestLoad = u.capabilities().stream().filter(c -> c.is(ResourceFlow.INGEST)).mapToDouble(c -> loads.get(c).total()).sum();
            boolean ingestOnly = ingestLoad > 0 && ingestLoad == load;
            boolean mixed = ingestLoad > 0 && !ingestOnly;
            // What machines send on their interval runs at its peak all day; people's requests follow their day (DailyLoadShape)
            double machineLoad = u.capabilities().stream().filter(this::machineMade)
                    .mapToDouble(c -> c.is(ResourceFlow.INGEST) ? loads.get(c).total() : loads.get(c).writes()).sum();
            // A unit that takes device messages beside requests (an archetype's capability placed with ingestion) needs the
            // instances of both: per instance, the capacity weighted by load, so n = ceil(sum of each load / its capacity).
            double perInstance = ingestOnly ? INGEST_PER_INSTANCE : mixed
                    ? load / (ingestLoad / INGEST_PER_INSTANCE + (load - ingestLoad) / CapacityCalculator.PER_INSTANCE_RPS)
                    : CapacityCalculator.PER_INSTANCE_RPS;
            Placement p = place(load, perInstance, minimum, least.basis());
            if (holdingConnections.contains(u.id())) {
                p = withConnections(p, load, perInstance, minimum);
            }
            // A unit holding connections is sized for the connections held at peak, not its requests: billed at that count
            Billed billed = t.stated.burstHours().isPresent() ? new Billed(burst(p, minimum), burstText(p, minimum))
                    : holdingConnections.contains(u.id()) ? new Billed(p.total(), "")
                    : machineLoad > 0 ? autoscaled(p, kind, load, machineLoad / constantLoad() + (load - machineLoad) / peakToAverage,
                    machines(t.makers) + "' messages " + Numbers.format(machineLoad) + ", constant day and night (assumption "
                    + DailyLoadShape.CONSTANT_LOAD + ")" + (load > machineLoad ? " + requests " + Numbers.format(Numbers.round(load - machineLoad, 2))
                    + " / " + Numbers.format(peakToAverage) : ""), perInstance, minimum, "messages and requests")
                    : autoscaled(p, kind, load, perInstance, minimum, "requests");
            add(ResourceNeed.flat(u.id() + "-compute", u.name() + " instances", u.id(), kind, billed.months(),
                    p.total() + " instances: " + p.text() + billed.text() + (mixed ? "; " + Numbers.format(ingestLoad) + " device messages/s at "
                            + Numbers.format(INGEST_PER_INSTANCE) + " and " + Numbers.format(load - ingestLoad) + " requests/s at "
                            + Numbers.format(CapacityCalculator.PER_INSTANCE_RPS) + " per instance, weighted by load" : "")
                            + (ingestOnly || mixed ? " (assumption as-ingest-per-instance)" : " (" + provenance(u.capabilities()) + ")")));
            figures.add(new Figure("load-" + u.id(), "Peak load of " + u.name(), Numbers.round(load, 2), "requests/s",
                    names(u.capabilities()) + ": " + u.capabilities().stream().map(c -> Numbers.format(loads.get(c).total())).reduce((x, y) -> x + " + " + y).orElse("0")
                            + " requests/s (" + provenance(u.capabilities()) + ")"));
            appInstances += p.total();
            appInstanceMonths += billed.months();
            appInstancesBasis.add(u.id() + ": " + p.text());
        }
        if (t.gateway) {
            gatewayRequests();
        }
        if (t.worker) {
            Placement p = helper(HelperInstances.Feed.QUEUE, WORKER, "Background worker");
            add(ResourceNeed.flat("worker-compute", "Background worker instances", WORKER, kind, p.total(), p.total() + " workers: " + p.text()));
        }
        if (t.streamProcessor && sizedOnBytes()) {
            // Consumers move bytes: a message of several readings weighs as many 1-KB events as its KB
            double kbEvents = kbPerSecond(w.peakWrites()) / EVENT_KB;
            double share = mode == RecoveryMode.ACTIVE_ACTIVE ? kbEvents / regions : kbEvents;
            double perInstance = CapacityCalculator.PER_INSTANCE_RPS * 5;
            int n = CapacityCalculator.instancesFor(share, perInstance, 2);
            Placement p = standby(n, 2, "max(2, ceil(" + Numbers.format(share) + " KB/s" + (mode == RecoveryMode.ACTIVE_ACTIVE ? " in each region" : "")
                    + " / (" + Numbers.format(perInstance * EVENT_KB) + " KB/s per 2-vCPU consumer x " + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100)
                    + "% target utilisation))): " + kbText(w.peakWrites(), w.streamWrites()));
            add(ResourceNeed.flat("stream-processor-compute", "Stream processor instances", STREAM_PROCESSOR, platformInstanceKind(), p.total(),
                    p.total() + " consumers: " + p.text() + "; batched writes handle about 5x the per-instance request rate, "
                            + Numbers.format(perInstance) + " 1-KB events a second"));
        } else if (t.streamProcessor) {
            Placement p = place(w.peakWrites(), CapacityCalculator.PER_INSTANCE_RPS * 5, 2);
            add(ResourceNeed.flat("stream-processor-compute", "Stream processor instances", STREAM_PROCESSOR, platformInstanceKind(), p.total(),
                    p.total() + " consumers: " + p.text() + "; batched writes handle about 5x the per-instance request rate"));
        }
        if (!t.managedIdentity()) {
            Placement p = fixed(2, "Keycloak");
            add(ResourceNeed.flat("identity-compute", "Identity server instances", IDENTITY, platformInstanceKind(), p.total(), p.total() + " instances: " + p.text()));
            if (w.cloud() != dev.architect.request.Cloud.ON_PREMISES) {
                // On a cloud the identity server keeps its realms, users and sessions in a small managed PostgreSQL of its own
                add(ResourceNeed.flat("identity-database", "Identity server database", IDENTITY, "database.instance.small", 1,
                        "1 small managed PostgreSQL instance holding Keycloak's realms, users and sessions, apart from the system's stores"));
            }
        }
        if (t.cardVault) {
            Placement p = fixed(2, "the card vault in its segmented network");
            add(ResourceNeed.flat("card-vault-compute", "Card vault instances", CARD_VAULT, platformInstanceKind(), p.total(), p.total() + " instances: " + p.text()));
        }
        if (t.waitingRoom) {
            // The queue holds the crowd, not the core's load: a pair answers joins and polls (each a small read of the sorted
            // set), and one cache node holds the queue and the spent tokens; the admission rate is the write path's, quoted.
            String admits = a.facts().has(Fact.ADMISSION_RATE) ? "; admits " + Numbers.format(a.facts().number(Fact.ADMISSION_RATE))
                    + " people a second (" + a.facts().source(Fact.ADMISSION_RATE).orElse("") + ")" : "";
            Placement p = fixed(2, "the waiting room's join, poll and admit endpoints, in two zones");
            add(ResourceNeed.flat("waiting-room-compute", "Waiting room instances", WAITING_ROOM, platformInstanceKind(), p.total(),
                    p.total() + " instances: " + p.text() + admits));
            add(ResourceNeed.flat("waiting-room-queue", "Waiting room queue store", WAITING_ROOM, "cache.node", 1,
                    "1 cache node: the queue as a sorted set by join time and the spent admission tokens until they expire"));
        }
    }

    /**
     * Instance-months of a part whose traffic the request says comes in a daily window ("between 8 and 9 every morning"):
     * scheduled scaling runs the peak count for the window's hours and the floor the rest of the month, so the burst is
     * billed for its hours, not as always-on. Without a stated window, the peak count all month.
     */
    private double burst(Placement p, int minimum) {
        java.util.Optional<dev.architect.internal.facts.StatedFact> window = t.stated.burstHours();
        int floor = burstFloor(minimum);
        if (window.isEmpty() || p.total() <= floor) {
            return p.total();
        }
        double share = Math.min(1, window.get().value() / HOURS_PER_MONTH);
        return Numbers.round(floor + (p.total() - floor) * share, 2);
    }

    /**
     * Instances a part keeps outside a stated burst: on a managed container platform one a serving region (the platform
     * spreads and replaces instances across zones itself, and scales out for the burst); on instances the zones' minimum.
     */
    private int burstFloor(int minimum) {
        return t.deployment == Shapes.Deployment.PAAS ? standby(1, 1, "").total() : standby(minimum, Math.min(minimum, 2), "").total();
    }

    private String burstText(Placement p, int minimum) {
        java.util.Optional<dev.architect.internal.facts.StatedFact> window = t.stated.burstHours();
        int floor = burstFloor(minimum);
        if (window.isEmpty() || p.total() <= floor) {
            return "";
        }
        return "; scheduled scaling for the stated burst (" + window.get().evidence() + "): " + floor + " all month + " + (p.total() - floor)
                + " more for " + Numbers.format(window.get().value()) + " of " + Numbers.format(HOURS_PER_MONTH) + " hours = " + Numbers.format(burst(p, minimum))
                + " instance-months";
    }

    /** Instance-months billed for a placement, and the arithmetic to add to its line (empty where it is the count). */
    private record Billed(double months, String text) {
    }

    /**
     * Instance-months of a placement on compute billed for the instances that run each hour (autoscaled-compute.yaml): the
     * peak count for the day's peak hours and the count the average load (peak / the request's peak-to-average) needs for
     * the others, never below the availability minimum; the peak count all month on virtual machines and Kubernetes nodes.
     */
    private Billed autoscaled(Placement p, String kind, double load, double perInstance, int minimum, String what) {
        return autoscaled(p, kind, load, load / peakToAverage, "peak / " + Numbers.format(peakToAverage), perInstance, minimum, what);
    }

    /**
     * As {@link #autoscaled(Placement, String, double, double, int, String)}, with the average load given ({@code averageLoad},
     * before any split across regions) and how it follows from the peak: devices' messages arrive at their interval day and
     * night, so their average is their peak.
     */
    private Billed autoscaled(Placement p, String kind, double load, double averageLoad, String averageText, double perInstance, int minimum, String what) {
        AutoscaledCompute scaling = AutoscaledCompute.standard();
        DailyLoadShape.Shape day = DailyLoadShape.standard().peopleCurve(t.makers, w.audience());
        if (!scaling.scales(kind) || load <= 0) {
            return new Billed(p.total(), "");
        }
        double average = Numbers.round(mode == RecoveryMode.ACTIVE_ACTIVE ? averageLoad / regions : averageLoad, 2);
        int each = CapacityCalculator.instancesFor(average, perInstance, minimum);
        int off = standby(each, Math.min(minimum, 2), "").total();
        if (off >= p.total()) {
            return new Billed(p.total(), "");
        }
        double peakHours = day.peakHoursAMonth(HOURS_PER_MONTH);
        double otherHours = Numbers.round(HOURS_PER_MONTH - peakHours, 2);
        double months = Numbers.round((p.total() * peakHours + off * otherHours) / HOURS_PER_MONTH, 2);
        String source = day.source();
        if (source.startsWith("assumption ")) {
            assume(source.substring("assumption ".length()), "On a platform that adds and removes instances with the load, the peak count runs for "
                    + day.hoursText() + " (" + Numbers.format(peakHours) + " of " + Numbers.format(HOURS_PER_MONTH) + " hours a month): " + day.basis());
        }
        return new Billed(months, "; billed as the platform scales: " + p.total() + " for the " + Numbers.format(peakHours) + " peak hours ("
                + source + ") + " + off + " for the other " + Numbers.format(otherHours) + " hours, the count "
                + Numbers.format(average) + " " + what + " a second on average" + (mode == RecoveryMode.ACTIVE_ACTIVE ? " in each region" : "")
                + " (" + averageText + ") needs at " + Numbers.format(perInstance) + " per instance x "
                + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100) + "%, at least " + minimum + ": (" + p.total() + " x "
                + Numbers.format(peakHours) + " + " + off + " x " + Numbers.format(otherHours) + ") / " + Numbers.format(HOURS_PER_MONTH) + " = "
                + Numbers.format(months) + " instance-months");
    }

    /** Requests the origin serves a month, in millions: reads the CDN misses plus writes, ingestion included or not. */
    private double originRequestsMillions(boolean withIngest) {
        double peak = t.capabilities.stream().filter(c -> withIngest || !c.is(ResourceFlow.INGEST)).mapToDouble(c -> loads.get(c).total()).sum();
        return Numbers.round(peak / peakToAverage * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
    }

    private void gatewayRequests() {
        // Traffic on a realtime connection goes through the realtime gateway (priced there), not the HTTP API gateway
        java.util.Set<String> realtime = realtimeCapabilities();
        // Reports a live index keeps are posted over HTTP through the gateway, whichever capability receives them, unless
        // the reporting clients hold a WebSocket: then they travel over it and are priced on the realtime gateway
        boolean overSocket = reportsOverSocket();
        double onSocket = overSocket ? Numbers.round(t.capabilities.stream().filter(c -> realtime.contains(c.name())).mapToDouble(this::held).sum(), 2) : 0;
        double posted = overSocket ? 0 : Numbers.round(t.capabilities.stream().filter(c -> realtime.contains(c.name())).mapToDouble(this::held).sum(), 2);
        double peak = t.capabilities.stream().filter(c -> !c.is(ResourceFlow.INGEST) && !realtime.contains(c.name()))
                .mapToDouble(c -> loads.get(c).total()).sum() + posted;
        double millions = Numbers.round(peak / peakToAverage * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
        gatewayPeak = priced("api-gateway.requests") ? Numbers.round(peak, 2) : 0;
        add(ResourceNeed.flat("api-gateway-requests", "API gateway requests", GATEWAY, "api-gateway.requests", millions,
                Numbers.format(millions) + " million requests a month" + (realtime.isEmpty() ? "" : " (capabilities on the realtime connection, "
                        + String.join(", ", new java.util.TreeSet<>(realtime)) + ", excluded: their traffic is priced on the realtime gateway"
                        + (posted > 0 ? ", except the " + Numbers.format(posted) + " reports/s at peak they receive, which are posted through this gateway" : "")
                        + (onSocket > 0 ? ", the " + Numbers.format(onSocket) + " reports/s at peak they receive included: the reporting clients send them over "
                                + "the WebSocket they hold, not as HTTP requests" : "")
                        + ")")
                        + ": the average of the origin's peak load / "
                        + Numbers.format(peakToAverage) + " x " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s"
                        + (ingests() ? "; device messages take the ingestion path, not the HTTP gateway" : "")
                        + (regions > 1 ? "; counted once, whichever region serves them" : "")));
    }

    private void data() {
        CatalogueEntry store = a.chosen(DecisionTopic.DATASTORE);
        boolean pinned = a.pinsDataToHomeRegion();
        double overhead = 1 + CapacityCalculator.INDEX_OVERHEAD;
        int retentionMonths = w.retentionYears() * 12;
        long dataCapabilities = t.capabilities.stream().filter(c -> !c.is(ResourceFlow.SEARCH)).count();
        // Data grows with what is written: each store holds the share of the stated volume its capabilities write; writes
        // an archetype keeps in memory only (presence heartbeats: no tables of its own) add nothing to stored data
        java.util.Set<String> memoryOnly = memoryOnlyCapabilities();
        java.util.function.Predicate<Capability> durable = c -> !c.is(ResourceFlow.SEARCH) && !memoryOnly.contains(c.name());
        double dataWrites = t.capabilities.stream().filter(durable).mapToDouble(c -> loads.get(c).writes() - held(c)).sum();
        List<String> shares = new ArrayList<>();
        java.util.Set<String> sharing = sharedStores(store);
        double writtenMonthly = 0;
        SharedDatabaseInstance shared = null;
        boolean sharedMultiRegion = false;
        for (var entry : t.stores.entrySet()) {
            String id = entry.getKey();
            List<Capability> owners = entry.getValue();
            if (id.equals(SEARCH_INDEX)) {
                // A hosted engine the request names (an integration in the chosen product's place) is billed by its vendor,
                // not as engine nodes of a product the decision did not choose.
                java.util.Optional<Topology.External> hosted = a.find(DecisionTopic.SEARCH_ENGINE).map(c -> c.chosen().technologyOn(w.cloud()))
                        .flatMap(engine -> t.externals.stream().filter(e -> engine.startsWith(e.name())).findFirst());
                if (hosted.isPresent()) {
                    notes.add("[named-search-engine] The search index is " + hosted.get().name() + ", the hosted engine the request names: "
                            + "billed by its vendor per search request and record, so no engine nodes are priced here");
                    continue;
                }
                Placement p = fixed(2, "the search index");
                add(ResourceNeed.flat("search-index-nodes", "Search index nodes", id, "search.node", p.total(), p.total() + " nodes: " + p.text()));
                continue;
            }
            // Records beside a telemetry store are sized by their own load on the relational reference store, not as nodes of
            // the telemetry's product: the telemetry's write rate is not theirs
            boolean reference = t.holdsReferenceData(id);
            // The rows the design's own processes write into the store (trail segments, batch records) count beside the capabilities' writes
            FlowWrites flows = flowWrites(id);
            double writes = owners.stream().mapToDouble(c -> loads.get(c).writes() - held(c)).sum() + flows.perSecond();
            double reads = owners.stream().mapToDouble(c -> loads.get(c).reads()).sum() * (t.hasCache() ? 1 - CACHE_HIT_RATIO : 1);
            // Time-series or wide-column data is the bulk; elsewhere each store holds the share its capabilities write.
            double ownedWrites = owners.stream().filter(durable).mapToDouble(c -> loads.get(c).writes() - held(c)).sum();
            double share = t.stores.containsKey(TELEMETRY_STORE) ? (id.equals(TELEMETRY_STORE) ? 1 : 0)
                    : dataWrites > 0 ? ownedWrites / dataWrites : dataCapabilities > 0 ? owners.size() / (double) dataCapabilities
                    : 1.0 / (t.stores.size() - (t.stores.containsKey(SEARCH_INDEX) ? 1 : 0)); // only search: the stores hold what it indexes
            if (!reference && !t.stores.containsKey(TELEMETRY_STORE) && share < 1) {
                shares.add(id + " " + pct(share) + " (" + names(owners) + ": " + Numbers.format(ownedWrites) + " of "
                        + Numbers.format(dataWrites) + " writes/s)");
            }
            // With an object store, files live there; the database keeps the records that describe them (assumption as-object-data)
            double records = reference || id.equals(TELEMETRY_STORE) ? 1 : 1 - objectShare();
            double initial = (reference ? Math.min(w.initialGb(), 50) : w.initialGb() * share * records) + flows.heldGb();
            double growth = (reference ? 0 : w.growthGbPerMonth() * share * records) + flows.gbPerMonth();
            storeGrowth.put(id, growth);
            writtenMonthly += growth + flows.writtenGbPerMonth() - flows.gbPerMonth();
            StoreBilling billing = reference ? StoreBilling.INSTANCES : prices.storeBilling(w.cloud(), store.id());
            if (billing.model() == BillingModel.INSTANCES && !reference && store.sizing().containsKey("nodesPerWrites")) {
                billing = new StoreBilling(BillingModel.NODES, java.util.Optional.empty(), java.util.Optional.empty());
            }
            if (!id.equals(TELEMETRY_STORE)) {
                recordsInitial += initial;
                recordsGrowth += growth;
            }
            boolean managed = billing.product().isPresent();
            enginePrice(store, billing, reference);
            // Managed products bill the logical size; compression applies to the stores that run on nodes of their own.
            double compression = reference || managed ? 1 : store.size("compression", 1);
            String loadText = Numbers.format(writes) + " writes/s and " + Numbers.format(reads) + " reads/s at peak"
                    + (t.hasCache() ? " after the cache (assumption as-cache-hit-ratio)" : "") + " (" + provenance(owners) + ")";
            List<DataClass> classes = dataClasses(id, initial, growth, retentionMonths);
            if (!reference) {
                storeLoads.put(id, new StoreLoad(id, Numbers.round(writes, 2), Numbers.round(reads, 2), flows.perSecond(),
                        flowHeld(flows, FIVE_YEARS_MONTHS + 1, retentionMonths), flows.text()));
            }
            if (flows.perSecond() > 0) {
                flowData.add(flows);
            }
            if (billing.model() == BillingModel.PER_GB_WRITTEN) {
                timeSeries(id, billing, growth, classes, loadText);
                replication(id, growth);
                continue;
            }
            // A store whose history the design already tiers (raw hot, rollups, archive) is not tiered again by the budget option
            boolean tiered = !reference && growth > 0 && variant.tiered().contains(id) && retentionMonths > HOT_MONTHS && classes.size() == 1;
            double copies;
            String copiesText;
            ManagedSql sqlBilling = null;
            String multiRegionStorage = null;
            // Device messages of several readings are written in batches: a node takes bytes, so each message weighs as many
            // 1-KB writes as its KB (the store's ingested GB a day)
            double deviceWrites = owners.stream().anyMatch(c -> c.is(ResourceFlow.INGEST)) && !reference && sizedOnBytes() ? w.streamWrites() : 0;
            switch (billing.model()) {
                case NODES -> {
                    double min = billing.minNodes().map(Integer::doubleValue).orElse(store.size("minNodes", 3));
                    double perNode = billing.writesPerNode().orElse(store.size("nodesPerWrites", 10000));
                    double sizedWrites = deviceWrites > 0 ? kbPerSecond(writes, deviceWrites) / EVENT_KB : writes;
                    String sizedText = deviceWrites > 0 ? Numbers.format(sizedWrites) + " 1-KB writes/s" : Numbers.format(writes) + " writes/s";
                    String bytesText = deviceWrites > 0 ? " (" + kbText(writes, deviceWrites) + " = " + Numbers.format(Numbers.round(sizedWrites * EVENT_KB
                            * 86_400 / 1_000_000, 2)) + " GB ingested a day, written in batches of 1-KB units)" : "";
                    int perRegion = (int) Math.max(min, Math.ceil(sizedWrites / perNode));
                    String nodeKind = managed ? billing.kind("node") : "database.node";
                    // An analytics store that answers from each node's SSD cache needs nodes for the hot window as well as
                    // for the ingestion rate: the cheapest node size that holds it (product-facts.yaml nodeCaches)
                    java.util.Optional<CacheSizing> cached = managed ? cacheSizing(billing.product().get(), classes, growth, initial, store, perRegion)
                            : java.util.Optional.empty();
                    int forWrites = perRegion;
                    if (cached.isPresent()) {
                        perRegion = cached.get().nodes();
                        nodeKind = cached.get().kind();
                        bytesText = bytesText + cached.get().text();
                    }
                    // A node serves a bounded amount of stored data (node-storage.yaml): each cluster has the nodes month 1's data
                    // needs, and steps up as its data grows (nodeStorageSteps); a shared instance is sized on its writes alone
                    java.util.Optional<NodeStorage.PerNode> perNodeGb = managed && !sharing.contains(id)
                            ? NodeStorage.standard().of(billing.product().get()) : java.util.Optional.empty();
                    double clusterShare = pinned && !reference && regions > 1 ? regions : 1;
                    java.util.function.IntToDoubleFunction clusterGb = m -> dataAt(classes, m) * overhead / clusterShare;
                    int forData = perNodeGb.map(n -> NodeStorage.nodesFor(clusterGb.applyAsDouble(1), n.gbPerNode())).orElse(0);
                    if (forData > perRegion) {
                        bytesText = bytesText + ", raised to " + forData + " a cluster for its " + Numbers.format(Numbers.round(clusterGb.applyAsDouble(1), 2))
                                + " GB in month 1 at " + Numbers.format(perNodeGb.get().gbPerNode()) + " GB a node (" + perNodeGb.get().product() + ")";
                        perRegion = forData;
                    }
                    if (!reference && StoreReads.standard().stores().containsKey(store.id())) {
                        readsServed(id, reads, StoreReads.standard().nodes(store, store.technologyOn(w.cloud()), perRegion, "nodes as priced: max("
                                + Numbers.format(min) + ", ceil(" + sizedText + " / " + Numbers.format(perNode) + " a node))" + (perRegion > forWrites
                                ? ", more to hold the hot window in the nodes' cache" : "") + (regions > 1 ? " in the region that serves them" : "")));
                    }
                    // Several services' stores on a product whose instance holds several databases are databases of one
                    // instance, sized together after the loop (shared); each keeps its own storage and backups below
                    boolean inShared = sharing.contains(id);
                    if (inShared) {
                        if (shared == null) {
                            shared = new SharedDatabaseInstance(ProductFacts.standard().sharedInstance(billing.product().orElseThrow()).orElseThrow(),
                                    nodeKind, min, perNode);
                        }
                        shared.add(id, sizedWrites, sizedText.replace(" writes/s", "") + " (" + id + ")", loadText);
                    }
                    // A product whose instance spans regions in one multi-region configuration (Spanner) bills its nodes once, at
                    // the multi-region rate, with the replicas in every region in that rate; its storage likewise
                    if (managed && regions > 1 && !(pinned && !reference) && priced(nodeKind + ".multi-region")) {
                        sharedMultiRegion = true;
                        if (!inShared) add(ResourceNeed.flat(id + "-nodes", "Database nodes (multi-region configuration)", id, nodeKind + ".multi-region", perRegion,
                                perRegion + " nodes: max(" + Numbers.format(min) + ", ceil(" + sizedText + " / "
                                        + Numbers.format(perNode) + " per node))" + bytesText + " in one instance whose multi-region configuration spans the "
                                        + regions + " regions, billed once at the multi-region node rate (its replicas in each region are in that rate); "
                                        + loadText));
                        if (perNodeGb.isPresent() && !inShared) {
                            nodeStorageSteps(id, nodeKind + ".multi-region", perRegion, 0, 0, perNodeGb.get(), clusterGb);
                        }
                        multiRegionStorage = billing.kind("storage") + ".multi-region";
                        copies = 1;
                        copiesText = "one billed copy (the multi-region configuration's replicas in every region are in its storage rate)";
                        break;
                    }
                    // A standby region's cluster holds the replicated data too: its nodes carry it
                    int others = mode == RecoveryMode.ACTIVE_ACTIVE ? perRegion : (int) Math.max(min, forData);
                    int total = perRegion + (regions - 1) * others;
                    if (!inShared) add(ResourceNeed.flat(id + "-nodes", "Database nodes", id, nodeKind, total,
                            total + " nodes: max(" + Numbers.format(min) + ", ceil(" + sizedText + " / "
                                    + Numbers.format(perNode) + " per node)) = " + forWrites + bytesText + (regions > 1 ? " in the first region, "
                                    + others + " in each other region" : "") + "; " + loadText));
                    if (perNodeGb.isPresent() && !inShared) {
                        nodeStorageSteps(id, nodeKind, perRegion, others, regions - 1, perNodeGb.get(), clusterGb);
                    }
                    // Pinned to home regions, each region's nodes hold its residents' share: the data's replicas are counted once
                    int holding = pinned && !reference ? 1 : regions;
                    String regionsText = pinned && !reference && regions > 1 ? " (the " + regions + " regions split the data by each person's home region)"
                            : " x " + regions + (regions == 1 ? " region" : " regions");
                    copies = managed ? holding : store.size("copies", 3) * holding;
                    copiesText = managed ? "one billed copy a region (replication within it is in the price)" + regionsText
                            : Numbers.format(store.size("copies", 3)) + " replicas" + regionsText;
                }
                case PER_REQUEST -> {
                    // Writes of device readings are constant (average = peak); users' writes follow the day
                    // machines' writes run at their peak all day, people's follow their day: a store holding both is billed for each
                    double machineWrites = Math.min(writes, owners.stream().filter(this::machineMade).mapToDouble(c -> loads.get(c).writes() - held(c)).sum());
                    double writeRatio = machineWrites <= 0 ? (owners.stream().anyMatch(c -> c.is(ResourceFlow.INGEST)) ? devicePeakToAverage() : peakToAverage)
                            : machineWrites >= writes ? constantLoad()
                            : Numbers.round(writes / (machineWrites / constantLoad() + (writes - machineWrites) / peakToAverage), 2);
                    String blend = machineWrites > 0 && machineWrites < writes ? " (the " + machines(t.makers) + "' " + Numbers.format(Numbers.round(machineWrites, 2))
                            + " writes/s constant, assumption " + DailyLoadShape.CONSTANT_LOAD + ", and the other " + Numbers.format(Numbers.round(writes - machineWrites, 2))
                            + " / " + Numbers.format(peakToAverage) + ": " + Numbers.format(writes) + " / " + Numbers.format(writeRatio) + " on average)" : "";
                    // Data pinned to each person's home region lives in one region: each write is billed there only
                    int replicas = pinned ? 1 : regions;
                    double writeMillions = writes / writeRatio * Workload.SECONDS_PER_MONTH / 1_000_000 * replicas;
                    double readMillions = reads / peakToAverage * Workload.SECONDS_PER_MONTH / 1_000_000;
                    add(ResourceNeed.flat(id + "-writes", "Store writes", id, billing.kind("writes"), writeMillions,
                            perMonthText(writes, "writes", writeRatio) + blend + (replicas > 1 ? " x " + regions
                                    + " regions (each region's replica is billed for the write)" : pinned && regions > 1 ? ", each billed once in its "
                                    + "home region (the data is pinned to each person's home region, not replicated across the " + regions + " regions)" : "")
                            + "; billed per request, no nodes; " + loadText));
                    add(ResourceNeed.flat(id + "-reads", "Store reads", id, billing.kind("reads"), readMillions,
                            Numbers.format(reads) + " reads/s at peak / " + Numbers.format(peakToAverage) + " x "
                                    + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000"));
                    copies = replicas;
                    copiesText = pinned && regions > 1 ? "one logical copy in all, each person's data in their home region only (replication within a region is in the price)"
                            : "one logical copy (replication within a region is in the price) x " + regions + (regions == 1 ? " region" : " regions");
                }
                default -> {
                    // A single zone has nowhere to keep a standby (the availability decision restores from backups instead).
                    boolean oneZone = a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2) < 2;
                    int primary = reference || reads <= REPLICA_READS ? (oneZone ? 1 : 2) : (int) Math.max(2, store.size("instances", 2));
                    // Pinned to home regions, each region runs its own primary (and standby) for the people homed there:
                    // no region holds a copy of another's data, so there is no cross-region replica to add
                    boolean split = pinned && regions > 1 && !reference;
                    int total = split ? primary * regions : primary + (regions - 1);
                    boolean small = reads + writes <= SMALL_DATABASE_OPERATIONS;
                    boolean cluster = billing.model() == BillingModel.CLUSTER;
                    // A cluster (Aurora) is chosen for reads past what one instance serves, so its instances have one size
                    String instanceKind = cluster ? billing.kind("instance") : engineKind(store, small ? "database.instance.small" : "database.instance", reference);
                    // A tiered store keeps only its hot months in the database
                    HotTier filling = HotTier.of(initial, growth, HOT_MONTHS);
                    List<DataClass> held = tiered ? List.of(new DataClass("", "", filling.first(), filling.growth(), filling.fillMonths(), "")) : classes;
                    ManagedSql sql = cluster ? null : managedSql(id, store, reference, !oneZone, small, held, overhead / compression);
                    if (sql != null && sql.hyperscale()) {
                        // Hyperscale bills each compute replica (its high-availability replicas included) at the same rate
                        instanceKind = sql.product() + ".hyperscale.instance" + (small ? ".small" : "");
                    } else if (sql != null) {
                        // General Purpose keeps its standby in the price: one compute set a region, zone redundancy a surcharge on it;
                        // it steps up to a larger size in the month its data needs one (sizeSteps)
                        instanceKind = sql.sizeKind();
                        int billed = primary - (oneZone ? 0 : 1);
                        total = split ? billed * regions : billed + (regions - 1);
                        add(ResourceNeed.flat(id + "-instances", "Database (compute)", id, instanceKind, total,
                                total + (small ? " small" : "") + (total == 1 ? " database (" : " databases (") + (small ? "at most " : "over ")
                                        + Numbers.format(SMALL_DATABASE_OPERATIONS) + " operations/s): " + billed + (billed == 1 ? " compute set" : " compute sets (primary and read replicas: reads above "
                                        + Numbers.format(REPLICA_READS) + "/s)") + (oneZone ? " in one zone" : ", zone-redundant: the standby replica and the storage's "
                                        + "copies across zones are in the price, not billed as instances") + (split ? " in each of the " + regions
                                        + " regions, each region's own database holding the records of the people homed there (no cross-region copy)"
                                        : regions > 1 ? " + one geo-replica in each of "
                                        + (regions - 1) + " other " + (regions == 2 ? "region" : "regions") + " (a database of its own, billed as one)" : "")
                                        + "; " + loadText));
                        if (!oneZone) {
                            add(ResourceNeed.flat(id + "-zone-redundancy", "Zone redundancy (surcharge)", id, sql.zoneRedundancyKind(), split ? regions : 1, split ? regions + " x the zone-redundancy surcharge, on each "
                                    + "region's primary" : "1 x the zone-redundancy surcharge on the primary's vCores, billed once (the "
                                    + "geo-replicas are not zone-redundant)"));
                        }
                        sizeStepLines(id, sql, total, oneZone ? 0 : split ? regions : 1);
                    }
                    if (sql == null || sql.hyperscale()) {
                    add(ResourceNeed.flat(id + "-instances", "Database instances", id, instanceKind, total,
                            total + (small && !cluster ? " small" : "") + (total == 1 ? " instance (" : " instances (") + (small ? "at most " : "over ") + Numbers.format(SMALL_DATABASE_OPERATIONS)
                                    + " operations/s" + (small && cluster ? ", one size for a cluster" : "") + "): " + primary + (primary == 1 ? " (the primary alone: one zone, restored from backups)" : primary == 2 ? " (primary and " + (sql != null ? "a high-availability replica in another zone, billed as Hyperscale bills each replica)" : "standby)") : " (primary, standby and read replicas: reads above "
                                    + Numbers.format(REPLICA_READS) + "/s)") + (split ? " in each of the " + regions + " regions, each region's own "
                                    + "instances holding the records of the people homed there (data pinned to each person's home region: no "
                                    + "cross-region copy of the database)"
                                    : regions > 1 ? (reference ? " + one read copy of the reference data (no personal data) in each of "
                                    : " + one cross-region replica in each of ") + (regions - 1) + " other " + (regions == 2 ? "region" : "regions") : "")
                                    + "; " + loadText));
                    }
                    if (sql != null) {
                        // The database's storage is billed once per database: the copies its high availability keeps are in the price;
                        // regions that split the data by each person's home region store it once across them
                        copies = sql.hyperscale() ? (split ? 1 : regions) : split ? total / regions : total;
                        copiesText = (sql.hyperscale() ? (split ? "one billed copy of the used data, split between the " + regions
                                + " regions by each person's home region" : "one billed copy of the used data a region (Hyperscale's page servers and replicas share it) x "
                                + regions + (regions == 1 ? " region" : " regions")) : (split ? (total / regions) + " database" + (total / regions == 1 ? "" : "s")
                                + " a region, the regions splitting the data by each person's home region" : total + (total == 1 ? " database" : " databases"))
                                + " (its copies across zones are in the price)");
                    } else if (cluster) {
                        // The instances share one cluster volume per region: its storage is billed once, its zone copies are in the price
                        copies = split ? 1 : regions;
                        copiesText = split ? "one cluster volume in each of the " + regions + " regions holding its residents' share, so the data is "
                                + "billed once across them (its copies across three zones are in the price)"
                                : "one cluster volume a region (billed once whatever the instances; its copies across three zones are in the price) x "
                                + regions + (regions == 1 ? " region" : " regions");
                        clusterIo(id, billing, reads, writes, split ? 1 : regions);
                    } else if (split) {
                        // The regions split the data between them: each person's records are stored once, on their region's instances
                        copies = primary;
                        copiesText = primary + " copies (one per instance of a region; the " + regions + " regions split the data by each "
                                + "person's home region, so it is stored once across them)";
                    } else {
                        copies = total;
                        copiesText = total + " copies (one per instance)";
                    }
                    writeCapacity(id, instanceKind, writes);
                    sqlBilling = sql;
                    // The instances that serve reads as priced: the primary, and its read replicas; a standby serves none
                    int reading = primary <= 2 ? 1 : primary - 1;
                    String option = reference || !StoreReads.standard().stores().containsKey(store.id()) ? RELATIONAL_READS : store.id();
                    if (StoreReads.standard().stores().containsKey(option)) {
                        String product = (reference ? dev.architect.offline.internal.catalog.Catalogue.standard().section("datastore").option(RELATIONAL_READS)
                                : store).technologyOn(w.cloud());
                        // a product named with its high-availability layout ("(zone-redundant)") priced as one instance has none
                        product = (primary == 1 ? product.replaceFirst(" \\([^()]*\\)$", "") : product) + " (" + id + ")";
                        readsServed(id, reads, StoreReads.standard().instances(option, product, reading, small && !cluster, primary == 1
                                ? "no standby: restored from backups" : "its standby serves no reads"));
                    }
                }
            }
            double factor = overhead * copies / compression;
            String factorText = " x " + Numbers.format(overhead) + " (indexes) x " + copiesText
                    + (compression == 1 ? "" : " / " + Numbers.format(compression) + " (compression)");
            String storageKind = sqlBilling != null ? sqlBilling.storageKind() : multiRegionStorage != null && priced(multiRegionStorage) ? multiRegionStorage
                    : managed ? billing.kind("storage") : engineKind(store, "database.storage", reference);
            HotTier hotTier = HotTier.of(initial, growth, HOT_MONTHS);
            if (tiered) {
                // The hot tier holds the last months of data: it fills from month 1's data to its full size as the data
                // arrives, then stays full; what passes it goes to object storage from the month it is full
                addStorage(new ResourceNeed(id + "-storage", "Database storage (hot tier)", id, storageKind, hotTier.first() * factor,
                        hotTier.growth() * factor, hotTier.fillMonths(), "The last " + HOT_MONTHS + " months of data: " + Numbers.format(growth)
                                + " GB/month x " + HOT_MONTHS + factorText + hotTier.text(factor) + " (assumption as-tiering)"));
                addStorage(new ResourceNeed(id + "-cold-storage", "Older data in object storage", id, "object.storage.infrequent",
                        Math.max(0, initial + growth - hotTier.first()), growth, Math.max(0, retentionMonths - HOT_MONTHS), hotTier.fillMonths(),
                        Numbers.format(initial) + " GB + " + Numbers.format(growth) + " GB/month past the hot tier"
                                + (hotTier.fillMonths() == 0 ? "" : ", from month " + (hotTier.fillMonths() + 2) + " when the hot tier is full")
                                + ", kept until the " + w.retentionYears() + "-year retention deletes it (object storage keeps its own copies)"));
                if (notes.stream().noneMatch(n -> n.startsWith("[as-tiering]"))) {
                    notes.add("[as-tiering] Data older than " + HOT_MONTHS + " months in " + Names.list(t.stores.keySet().stream()
                            .filter(variant.tiered()::contains).toList()) + " moves to infrequent-access object storage (queried through a slower "
                            + "path); the other stores keep all their data");
                }
            } else {
                for (DataClass d : classes) {
                    addStorage(new ResourceNeed(id + d.suffix() + "-storage", "Database storage" + d.name(), id, storageKind, d.initial() * factor,
                            d.growth() * factor, d.months(), "(" + d.text() + ")" + factorText));
                }
            }
            // The data one copy holds against its product's maximum: tiered, the hot tier only, which can still pass it when a
            // few months of growth are that large.
            List<DataClass> kept = tiered ? List.of(new DataClass("", " (hot tier)", hotTier.first(), hotTier.growth(), hotTier.fillMonths(),
                    "the last " + HOT_MONTHS + " months")) : classes;
            if (billing.model() == BillingModel.INSTANCES) {
                // General Purpose's maximum depends on its vCores: the priced size's own (1,024 GB at 2 and 4 vCores).
                limit(id, sqlBilling == null ? storageKind : sqlBilling.hyperscale() ? sqlBilling.limitKind() : sqlBilling.sizeLimitKind(),
                        kept, overhead / compression);
            } else if (prices.limit(w.cloud(), storageKind).isPresent()) {
                // A serverless store billed per use still holds at most its product's maximum per cluster (Aurora DSQL's 10 TiB)
                limit(id, storageKind, kept, overhead / compression);
            }
            double backupFactor = overhead / compression;
            // Backups hold a copy of each class the store keeps, each at its own size in each month: the hot tier's as it
            // fills, else every class (raw readings in their hot window, rollups, records) growing for its own period
            List<DataClass> backedUp = tiered ? List.of(new DataClass("", "", hotTier.first(), hotTier.growth(), hotTier.fillMonths(), "")) : classes;
            String backupText = "One full copy of the " + (tiered ? "hot " : "") + "data in snapshots x " + Numbers.format(overhead) + " (indexes)"
                    + (compression == 1 ? "" : " / " + Numbers.format(compression) + " (compression)");
            if (sqlBilling != null && !sqlBilling.hyperscale()) {
                // Azure SQL's point-in-time backups are free up to the database's size; only what passes it is billed
                double billedCopies = Math.max(0, BACKUP_COPIES - INCLUDED_BACKUP_COPIES);
                String kind = sqlBilling.backupKind();
                String name = "Backups (point-in-time, " + (sqlBilling.zoneRedundant() ? "zone-redundant" : "locally redundant") + ")";
                backedUp.forEach(d -> add(new ResourceNeed(id + d.suffix() + "-backups", name + d.name(), id, kind,
                        d.initial() * backupFactor * billedCopies, d.growth() * backupFactor * billedCopies, d.months(), backupText + of(d, backedUp)
                        + " x (" + Numbers.format(BACKUP_COPIES) + " copy - " + Numbers.format(INCLUDED_BACKUP_COPIES)
                        + " copy included: backup storage up to the database's size is in its price); retention beyond that is in object storage")));
            } else if (sqlBilling != null) {
                // Hyperscale backups are storage snapshots: the data itself is billed as storage, so only the pages changed
                // and the log written within the retention are billed (learn.microsoft.com hyperscale-automated-backups-overview)
                double changedGb = growth * backupFactor * SQL_BACKUP_RETENTION_DAYS / DAYS_PER_MONTH;
                assume("as-hyperscale-backups", "A Hyperscale database's backups are storage snapshots and its log: the pages changed and the log "
                        + "written within the " + SQL_BACKUP_RETENTION_DAYS + "-day retention are about the data written in those days; a store "
                        + "that rewrites its rows often bills more");
                add(ResourceNeed.flat(id + "-backups", "Backups (snapshots and log, " + (sqlBilling.zoneRedundant() ? "zone-redundant" : "locally redundant")
                        + ")", id, sqlBilling.backupKind(), changedGb, Numbers.format(growth) + " GB/month written x " + Numbers.format(overhead)
                        + " (indexes) x " + SQL_BACKUP_RETENTION_DAYS + " days of point-in-time retention / " + Numbers.format(DAYS_PER_MONTH)
                        + " days: Hyperscale bills the changed pages and the log kept for the retention, not the data again (assumption "
                        + "as-hyperscale-backups: what is changed is about what is written)"));
            } else if (ownBackup(billing).filter(k -> prices.price(w.cloud(), k).orElseThrow().monthlyUsd() == 0).isPresent()) {
                // A product that keeps its data durable in its own storage and bills no backups (Data Explorer) has no backup line
                String kind = ownBackup(billing).orElseThrow();
                notes.add("[backups-" + id + "] No backup line for " + id + ". " + prices.price(w.cloud(), kind).orElseThrow().description()
                        + " (" + prices.price(w.cloud(), kind).orElseThrow().source() + ")");
            } else {
                String kind = ownBackup(billing).orElse("backup.storage");
                backedUp.forEach(d -> add(new ResourceNeed(id + d.suffix() + "-backups", "Backups" + d.name(), id, kind, d.initial() * backupFactor,
                        d.growth() * backupFactor, d.months(), backupText + of(d, backedUp) + "; retention beyond that is in object storage")));
            }
            if (ownBackup(billing).filter(k -> prices.price(w.cloud(), k).orElseThrow().monthlyUsd() == 0).isEmpty()) {
                String kind = sqlBilling != null ? sqlBilling.backupKind() : ownBackup(billing).orElse("backup.storage");
                backedUp.forEach(d -> backupCopy(id + d.suffix(), id, kind, d.initial() * backupFactor, d.growth() * backupFactor, d.months(),
                        backupText + of(d, backedUp)));
            }
            // Data pinned to home regions is not copied to another region (reference data, holding no personal data, still is)
            if (!pinned || reference) {
                replication(id, growth, pinned ? " (reference data: no personal data)" : "");
            }
        }
        if (shared != null) {
            sharedNodes(shared, sharedMultiRegion, store);
        }
        // The ceiling the caching decision holds the option without a cache to, read from the store that takes the most reads
        // as it is priced: the plan states it, so the ADR quotes the plan; a store billed per use states none
        readCapacity.stream().max(java.util.Comparator.comparingDouble(ReadsServed::reads))
                .ifPresent(r -> figures.add(new Figure("store-reads", "Reads the database that takes the reads serves as sized",
                        Numbers.round(r.capacity().readsPerSecond(), 2), "reads/s", r.id() + " takes " + Numbers.format(Numbers.round(r.reads(), 2))
                                + " reads/s at peak: " + r.capacity().basis())));
        growthAgainstStores(writtenMonthly);
        if (!shares.isEmpty()) {
            notes.add("[as-data-by-writes] Stored data grows with what is written: each store holds the share of the stated volume that its "
                    + "capabilities write (assumption as-part-load)" + (memoryOnly.isEmpty() ? "" : "; capabilities whose state lives in memory only store none ("
                    + String.join(", ", memoryOnly) + ")") + ": " + String.join(", ", shares));
        }
        long relationalStores = t.stores.keySet().stream().filter(id -> !id.equals(SEARCH_INDEX)).count();
        if (relationalStores > 1 && t.style == Shapes.Style.SERVICES && shared == null) {
            notes.add("Each service has its own database; small services could share a cluster with a schema each to save cost");
        }
        if (t.hasCache()) {
            Placement p = fixed((int) a.chosen(DecisionTopic.CACHING).size("nodes", 2), "the cache (primary and replica)");
            add(ResourceNeed.flat("cache-nodes", "Cache nodes", CACHE, "cache.node", p.total(), p.total() + " nodes: " + p.text()));
        }
        double brokerRate = brokerRate();
        if (t.messaging == Shapes.Messaging.QUEUE && priced("queue.throughput")) {
            double average = brokerRate / peakToAverage;
            double gb = Numbers.round(average * EVENT_KB * (1 + QUEUE_SUBSCRIPTIONS) * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
            assume("as-queue-subscriptions", "Each queued message is " + Numbers.format(EVENT_KB) + " KB (the billed minimum) and is delivered to "
                    + QUEUE_SUBSCRIPTIONS + " subscription");
            add(ResourceNeed.flat("queue-throughput", "Queue throughput", BROKER, "queue.throughput", gb,
                    "Average " + Numbers.format(average) + " events/s x " + Numbers.format(EVENT_KB) + " KB x (1 publish + " + QUEUE_SUBSCRIPTIONS
                            + " delivery) x " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000; billed by volume, not per request "
                            + "(assumption as-queue-subscriptions)"));
        } else if (t.messaging == Shapes.Messaging.QUEUE) {
            double millions = brokerRate / peakToAverage * 3 * Workload.SECONDS_PER_MONTH / 1_000_000;
            String operations = "Average " + Numbers.format(brokerRate / peakToAverage) + " events/s x 3 requests each (send, receive, delete) x "
                    + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000";
            if (!dedicatedQueue(millions, operations)) {
                add(ResourceNeed.flat("queue-messages", "Queue requests", BROKER, "queue.messages", millions, operations));
            }
        } else if (t.messaging == Shapes.Messaging.STREAM) {
            CatalogueEntry stream = a.chosen(DecisionTopic.MESSAGING);
            double min = stream.size("minNodes", 3);
            double perNode = stream.size("eventsPerNode", 20000);
            double share = mode == RecoveryMode.ACTIVE_ACTIVE ? brokerRate / regions : brokerRate;
            if (priced("stream.throughput-unit")) {
                throughputUnits(share);
                return;
            }
            int brokers = (int) Math.max(min, Math.ceil(share / perNode));
            Placement p = standby(brokers, (int) min, "max(" + Numbers.format(min) + ", ceil(" + Numbers.format(share)
                    + " events/s / " + Numbers.format(perNode) + " per broker))");
            // An archetype's stream on the same product (device ingestion) is a topic on these brokers, not a second cluster.
            String product = stream.technologyOn(w.cloud());
            List<String> topics = t.carriedByBroker.stream().filter(x -> x.technology().equals(product)).map(Topology.Part::id).toList();
            add(ResourceNeed.flat("stream-brokers", "Streaming brokers", BROKER, "stream.node", p.total(), p.total() + " brokers: " + p.text()
                    + (topics.isEmpty() ? "" : "; they also carry " + String.join(", ", topics) + " as topics (one streaming product)")));
            // The bytes the brokers keep for replay, at the cloud's broker storage price; topics carried for an archetype's
            // stream price their own retention (ingestStream), and so does a device stream that rides these brokers as a
            // topic (its technology names the product): the brokers' line is added only when neither does
            boolean ridden = t.parts.stream().anyMatch(x -> x.technology().contains(product) && billing(x)
                    .filter(b -> b == PartBilling.INGEST_STREAM || b == PartBilling.MQTT_INGEST || b == PartBilling.MQTT_CLUSTER).isPresent());
            if (topics.isEmpty() && !ridden && priced("stream.storage")) {
                streamRetention(brokerRate);
            }
        }
    }

    /**
     * The design's own stream's retained bytes on its brokers: average events a second x the event size x the retention
     * in hours x the replicas, at the cloud's broker storage price (prices.yaml stream.storage). One region's copy.
     */
    private void streamRetention(double peakEvents) {
        assume("as-stream-retention", "Streams keep events " + STREAM_RETENTION_DAYS + " day on the brokers for replay, "
                + STREAM_REPLICAS + " replicas each");
        double average = peakEvents / peakToAverage;
        double hours = STREAM_RETENTION_DAYS * 24.0;
        double kept = Numbers.round(average * EVENT_KB * hours * 3600 / 1_000_000 * STREAM_REPLICAS, 2);
        add(ResourceNeed.flat("stream-retention", "Streaming brokers' retained events", BROKER, "stream.storage", kept,
                "Average " + Numbers.format(Numbers.round(average, 2)) + " events/s (" + Numbers.format(peakEvents) + " at peak / "
                        + Numbers.format(peakToAverage) + ") x " + Numbers.format(EVENT_KB) + " KB x " + Numbers.format(hours) + " hours x 3,600 s / 1,000,000 x "
                        + STREAM_REPLICAS + " replicas = " + Numbers.format(kept) + " GB kept (assumption as-stream-retention)"
                        + (regions > 1 && mode != RecoveryMode.ACTIVE_ACTIVE ? "; the standby region's copy is not counted" : "")));
    }

    /** The nodes a cache-sized analytics store needs, the size chosen and why. */
    private record CacheSizing(int nodes, String kind, String text) {
    }

    /**
     * Nodes for the hot cache of an analytics store that answers queries from each node's local SSD (Data Explorer): the
     * hot window's data (the tiering decision's hot window, {@value #DEFAULT_HOT_MONTHS} month where nothing sets it;
     * assumption as-hot-cache) with its indexes, over the store's compression, over each node size's cache; the cheapest
     * size whose count also covers the ingestion nodes. Empty for a product sized on its write rate only.
     */
    private java.util.Optional<CacheSizing> cacheSizing(String product, List<DataClass> classes, double growth, double initial, CatalogueEntry store,
                                                        int ingestNodes) {
        List<ProductFacts.NodeCache> sizes = ProductFacts.standard().nodeCaches(product).stream().filter(c -> priced(c.kind())).toList();
        if (sizes.isEmpty()) {
            return java.util.Optional.empty();
        }
        double hotMonths = a.find(DecisionTopic.DATA_TIERING).map(ch -> ch.chosen().size("hotMonths", DEFAULT_HOT_MONTHS)).orElse(DEFAULT_HOT_MONTHS);
        int window = (int) Math.max(1, Math.round(hotMonths));
        double hot = classes.stream().filter(d -> d.name().equals(HOT_WINDOW_CLASS)).mapToDouble(d -> d.initial() + d.growth() * d.months()).findFirst()
                .orElse(growth > 0 ? growth * window : initial); // the last months the window keeps; older data is outside it
        double overhead = 1 + CapacityCalculator.INDEX_OVERHEAD;
        double compression = store.size("compression", 1);
        double cache = hot * overhead / compression;
        ProductFacts.NodeCache best = null;
        int bestNodes = 0;
        double bestCost = Double.MAX_VALUE;
        List<String> others = new ArrayList<>();
        for (ProductFacts.NodeCache size : sizes) {
            int n = (int) Math.max(ingestNodes, Math.ceil(cache / size.cacheGb()));
            double cost = n * prices.price(w.cloud(), size.kind()).orElseThrow().monthlyUsd();
            if (cost < bestCost) {
                if (best != null) {
                    others.add(bestNodes + " " + best.vm() + " nodes");
                }
                best = size;
                bestNodes = n;
                bestCost = cost;
            } else {
                others.add(n + " " + size.vm() + " nodes");
            }
        }
        assume("as-hot-cache", "Queries read the last " + window + (window == 1 ? " month" : " months") + " of data from the nodes' SSD cache "
                + "(the hot window: the request states none, so it is the tiering decision's); older data is read from storage, more slowly");
        String text = "; the hot cache needs " + Numbers.format(Numbers.round(cache, 2)) + " GB (" + Numbers.format(Numbers.round(hot, 2)) + " GB in the "
                + window + "-month hot window (assumption as-hot-cache) x " + Numbers.format(overhead) + " (indexes) / " + Numbers.format(compression)
                + " (compression)): max(" + ingestNodes + " for the writes, ceil(" + Numbers.format(Numbers.round(cache, 2)) + " GB / "
                + Numbers.format(best.cacheGb()) + " GB of SSD cache a node)) = " + bestNodes + " " + best.vm() + " nodes (" + best.source() + ", checked "
                + best.checked() + "), the cheapest size that holds it" + (others.isEmpty() ? "" : " (" + String.join(", ", others) + " would cost more)");
        return java.util.Optional.of(new CacheSizing(bestNodes, best.kind(), text));
    }

    /**
     * The stores that are databases of one shared instance: on a node-priced managed product one instance of which holds
     * several databases (product-facts.yaml sharedInstances), at least two of them and no more than it holds. Reference
     * data beside a telemetry store (priced as instances) and a store a regulated capability owns (its own compliance
     * scope) keep instances of their own; data pinned to each person's home region is split by region, not shared.
     */
    private java.util.Set<String> sharedStores(CatalogueEntry store) {
        StoreBilling billing = prices.storeBilling(w.cloud(), store.id());
        if (billing.model() != BillingModel.NODES || billing.product().isEmpty() || a.pinsDataToHomeRegion()) {
            return java.util.Set.of();
        }
        java.util.Optional<ProductFacts.SharedInstance> fact = ProductFacts.standard().sharedInstance(billing.product().get());
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        List<String> apart = new ArrayList<>();
        t.stores.forEach((id, owners) -> {
            if (!id.equals(SEARCH_INDEX) && !t.holdsReferenceData(id)) {
                List<Capability> regulated = owners.stream().filter(Capability::regulated).toList();
                if (regulated.isEmpty()) {
                    ids.add(id);
                } else {
                    apart.add(id + " (" + names(regulated) + ", a requirement of " + w.compliance().stream().map(r -> r.label())
                            .collect(java.util.stream.Collectors.joining(", ")) + ")");
                }
            }
        });
        boolean sharing = fact.isPresent() && ids.size() >= 2 && ids.size() <= fact.get().databases();
        if (sharing && !apart.isEmpty()) {
            notes.add("[dedicated-instance] " + String.join(", ", apart) + (apart.size() == 1 ? " keeps an instance" : " keep instances")
                    + " of " + (apart.size() == 1 ? "its" : "their") + " own, apart from the one the other services share: "
                    + "regulated data stays in a compliance scope of its own, with its own access, keys and audit");
        }
        return sharing ? ids : java.util.Set.of();
    }

    /** The nodes of the shared instance: one line for them all, a capacity figure and the note that says why. */
    private void sharedNodes(SharedDatabaseInstance shared, boolean multiRegion, CatalogueEntry store) {
        int perRegion = shared.nodes();
        String product = store.technologyOn(w.cloud());
        if (multiRegion) {
            add(shared.line(shared.nodeKind() + ".multi-region", perRegion, "Database nodes (one multi-region instance, a database per service)",
                    ", its multi-region configuration spanning the " + regions + " regions, billed once at the multi-region node rate (its replicas in "
                            + "each region are in that rate)"));
        } else {
            int others = mode == RecoveryMode.ACTIVE_ACTIVE ? perRegion : (int) shared.minNodes();
            int total = perRegion + (regions - 1) * others;
            add(shared.line(shared.nodeKind(), total, "Database nodes (one instance, a database per service)", regions > 1 ? " = " + perRegion
                    + " in the first region, " + others + " in each other region" : ""));
            perRegion = total;
        }
        figures.add(new Figure("shared-database-nodes", "Nodes of the one database instance the services share", perRegion, "nodes",
                shared.ids().size() + " databases (" + String.join(", ", shared.ids()) + ") in one " + product + " instance sized for "
                        + Numbers.format(Numbers.round(shared.writes(), 2)) + " writes/s at peak (see the cost note shared-instance)"));
        notes.add(shared.note(perRegion, product));
    }

    /**
     * A kind's price as the cost lines bill it: in the deployment's first region, scaled by that region's ratio to the base
     * list where the table has one, so a note that quotes a price quotes the one priced.
     */
    private java.util.Optional<dev.architect.figures.Price> pricedInRegion(String kind) {
        String region = w.regions().isEmpty() ? null : w.regions().get(0);
        return prices.price(w.cloud(), kind).map(base -> prices.regional(w.cloud(), kind, region).map(base::in).orElse(base));
    }

    /**
     * A queue service with a dedicated tier billed per unit (Service Bus Premium) is priced on it when that costs less than
     * its operations on the per-operation tier (Standard, by its volume bands): {@value #MESSAGES_PER_MESSAGING_UNIT}
     * messages a second at peak per unit, at least one (assumption as-messaging-unit), in each serving region.
     *
     * @return whether the queue was priced on the dedicated tier
     */
    private boolean dedicatedQueue(double millions, String operations) {
        // The note compares the prices the lines are billed at: the deployment's region's, not the base list's
        java.util.Optional<dev.architect.figures.Price> unit = pricedInRegion("queue.messaging-unit");
        java.util.Optional<dev.architect.figures.Price> perOperation = pricedInRegion("queue.messages");
        if (unit.isEmpty() || perOperation.isEmpty()) {
            return false;
        }
        double standard = perOperation.get().billed(Numbers.round(millions, 2));
        double brokerRate = brokerRate();
        int units = (int) Math.max(1, Math.ceil(brokerRate * 3 / MESSAGES_PER_MESSAGING_UNIT));
        Placement p = standby(units, 1, "max(1, ceil(" + Numbers.format(brokerRate) + " events/s at peak x 3 requests / "
                + Numbers.format(MESSAGES_PER_MESSAGING_UNIT) + " per unit)) messaging units (assumption as-messaging-unit)");
        double dedicated = p.total() * unit.get().monthlyUsd();
        assume("as-messaging-unit", "One messaging unit of the queue's dedicated tier carries about " + Numbers.format(MESSAGES_PER_MESSAGING_UNIT)
                + " small messages a second (the vendor states no fixed figure: load-test it)");
        String compared = operations + " = " + Numbers.format(Numbers.round(millions, 2)) + " million operations a month: " + Numbers.usd(Numbers.round(standard, 2))
                + " on the per-operation tier by its volume bands, against " + Numbers.usd(Numbers.round(dedicated, 2)) + " for " + p.total()
                + " dedicated messaging " + (p.total() == 1 ? "unit" : "units");
        if (dedicated >= standard) {
            boolean zones = a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2) >= 2;
            notes.add("[queue-tier] " + compared + ": the per-operation tier is priced" + (zones ? "; it has no availability-zone support "
                    + "(only the dedicated tier has, on the vendor's pricing page), so if the queue must survive the loss of a zone the "
                    + "dedicated tier's figure applies" : ""));
            return false;
        }
        add(ResourceNeed.flat("queue-messaging-units", "Queue messaging units (dedicated tier)", BROKER, "queue.messaging-unit", p.total(),
                p.total() + " units: " + p.text() + "; operations included"));
        notes.add("[queue-tier] " + compared + ": the dedicated tier is priced");
        return true;
    }

    /**
     * The backup price of a managed product billed as itself (prices.yaml {@code <product>.backup}: Spanner's and Bigtable's
     * own backup storage, or $0 where the product keeps its data in its own storage and bills no backup), when the price
     * table has one on this cloud; empty for instances, priced at the database's backup storage.
     */
    private java.util.Optional<String> ownBackup(dev.architect.figures.StoreBilling billing) {
        return billing.product().map(product -> product + ".backup").filter(this::priced);
    }

    /** Small messages a second one messaging unit of a queue's dedicated tier carries (assumption as-messaging-unit). */
    static final double MESSAGES_PER_MESSAGING_UNIT = 1000;

    /**
     * A stream billed by capacity and events (Event Hubs): throughput units of 1 MB/s or 1,000 events/s in, sized for the
     * peak, plus each event received; no brokers.
     */
    private void throughputUnits(double eventsPerSecond) {
        double mbPerSecond = kbPerSecond(eventsPerSecond) / 1000;
        int units = (int) Math.max(1, Math.ceil(Math.max(eventsPerSecond / EVENTS_PER_THROUGHPUT_UNIT, mbPerSecond)));
        double ratio = devicePeakToAverage();
        double events = millionsAMonth(brokerRate(), ratio);
        double standardUsd = units * prices.price(w.cloud(), "stream.throughput-unit").orElseThrow().monthlyUsd()
                + prices.price(w.cloud(), "stream.events").map(e -> e.billed(events)).orElse(0.0);
        if (premiumStream("stream", BROKER, eventsPerSecond, mbPerSecond, units, standardUsd, "stream-throughput-units")) {
            return;
        }
        Placement p = standby(units, 1, "max(1, ceil(max(" + Numbers.format(eventsPerSecond) + " events/s / " + Numbers.format(EVENTS_PER_THROUGHPUT_UNIT)
                + ", " + Numbers.format(mbPerSecond) + " MB/s / 1 MB/s))) throughput units"
                + (sizedOnBytes() ? " (" + kbText(eventsPerSecond, w.streamWrites()) + ")" : ""));
        add(ResourceNeed.flat("stream-throughput-units", "Stream throughput units", BROKER, "stream.throughput-unit", p.total(),
                p.total() + " throughput units: " + p.text() + namespaces(units) + "; billed by capacity, not brokers"));
        add(ResourceNeed.flat("stream-events", "Stream ingress events", BROKER, "stream.events", events,
                perMonthText(brokerRate(), "events", ratio)));
    }

    /**
     * The standard tier's namespaces a stream of this many throughput units is split over (prices.yaml {@code serviceLimits}:
     * at most 40 a namespace on Event Hubs), as text for its line; empty when one namespace holds it.
     */
    private String namespaces(int units) {
        return prices.serviceLimit(w.cloud(), "stream.throughput-unit").filter(limit -> units > limit.max())
                .map(limit -> ", split by key over " + (int) Math.ceil(units / limit.max()) + " namespaces of at most " + Numbers.format(limit.max())
                        + " (" + limit.product() + ")").orElse("");
    }

    /**
     * Events a second the broker carries at peak: the design's writes at peak, or the largest message rate the request
     * states when that is more (devices' reports, "40,000 price changes per second"): a broker sized on peak / (reads per
     * write + 1) would carry a fraction of the messages the request says it must. Live updates the request states per
     * thing ("odds for 2,000 live events change several times a second") are carried besides: each change is an event the
     * stream takes to the connections that follow it. A rate above the writes shows in the capacity plan as given, with its
     * phrase.
     */
    private double brokerRate() {
        java.util.Optional<dev.architect.internal.facts.StatedFacts.MessageRate> stated = t.stated.largestMessageRate()
                .filter(r -> r.perSecond() > w.peakWrites());
        java.util.Optional<dev.architect.internal.facts.LiveUpdates> live = liveUpdates();
        if (stated.isEmpty() && live.isEmpty()) {
            return w.peakWrites();
        }
        double base = stated.map(dev.architect.internal.facts.StatedFacts.MessageRate::perSecond).orElse(w.peakWrites());
        double rate = Numbers.round(base + live.map(dev.architect.internal.facts.LiveUpdates::perSecond).orElse(0.0), 2);
        if (figures.stream().noneMatch(f -> f.id().equals("broker-messages"))) {
            String basis = stated.map(r -> r.basis() + "; the largest rate stated, above the " + Numbers.format(w.peakWrites()) + " writes/s at peak")
                    .orElse(Numbers.format(w.peakWrites()) + " writes/s at peak");
            figures.add(new Figure("broker-messages", "Messages a second the broker carries at peak", rate, "messages/s",
                    live.map(u -> (stated.isPresent() ? basis : "Computed: " + basis) + " + the live updates stated, Given: " + u.evidence()).orElse(basis)));
        }
        return rate;
    }

    /**
     * The live updates the request states per thing, when it does; a count of changes said in a word ("several times a
     * second") is read under its assumption.
     */
    private java.util.Optional<dev.architect.internal.facts.LiveUpdates> liveUpdates() {
        java.util.Optional<dev.architect.internal.facts.LiveUpdates> live = t.stated.liveUpdates();
        live.filter(dev.architect.internal.facts.LiveUpdates::timesAssumed).ifPresent(u -> assume(dev.architect.internal.facts.LiveUpdates.ASSUMPTION,
                "A thing said to change \"several\", \"a few\" or \"many\" times an interval changes about "
                        + Numbers.format(dev.architect.internal.facts.LiveUpdates.SEVERAL) + " times in it: " + u.evidence()));
        return live;
    }

    /**
     * A stream past the standard tier's most throughput units per namespace (Event Hubs: 40) is priced on the cheapest
     * tier that carries it: the standard tier split by key over several namespaces, the premium tier in processing units
     * up to its own limit, or dedicated capacity units (both include ingress events). Each tier's cost rises with the
     * load, so the cheapest of them does too: more load never prices a cheaper stream.
     *
     * @param standardUsd the standard tier's monthly cost at this load (units and events, or GB), at list prices
     * @param standardLine the line the standard tier is priced as
     * @return whether the limit was passed and the stream priced on a larger tier
     */
    private boolean premiumStream(String prefix, String containerId, double eventsPerSecond, double mbPerSecond, int standardUnits,
                                  double standardUsd, String standardLine) {
        ServiceLimit standard = prices.serviceLimit(w.cloud(), "stream.throughput-unit").orElse(null);
        if (standard == null || standardUnits <= standard.max()) {
            return false;
        }
        assume("as-premium-stream", "One premium processing unit takes in " + Numbers.format(EVENTS_PER_STREAM_PROCESSING_UNIT)
                + " 1-KB events a second (5 MB/s) and one dedicated capacity unit " + Numbers.format(EVENTS_PER_STREAM_CAPACITY_UNIT)
                + " (100 MB/s); the vendor sells processing units in powers of two");
        // Units take in bytes: 5 MB/s a processing unit, 100 MB/s a capacity unit (1-KB events: 5,000 and 100,000 a second)
        double mbPerProcessingUnit = EVENTS_PER_STREAM_PROCESSING_UNIT * EVENT_KB / 1000;
        double mbPerCapacityUnit = EVENTS_PER_STREAM_CAPACITY_UNIT * EVENT_KB / 1000;
        boolean bytes = sizedOnBytes();
        String load = bytes ? Numbers.format(eventsPerSecond) + " events/s of " + Numbers.format(Numbers.round(mbPerSecond, 2)) + " MB/s ("
                + kbText(eventsPerSecond, w.streamWrites()) + ")" : Numbers.format(eventsPerSecond) + " events/s";
        String past = load + " need " + standardUnits + " throughput units, past the "
                + Numbers.format(standard.max()) + " " + standard.unit() + " of " + standard.product() + " (" + standard.source() + ", " + standard.date() + ")";
        ServiceLimit premium = prices.serviceLimit(w.cloud(), "stream.processing-unit").orElse(null);
        int units = 1;
        while (units < mbPerSecond / mbPerProcessingUnit) {
            units *= 2;
        }
        int capacityUnits = (int) Math.max(1, Math.ceil(mbPerSecond / mbPerCapacityUnit));
        boolean premiumFits = priced("stream.processing-unit") && (premium == null || units <= premium.max());
        double premiumUsd = premiumFits ? units * prices.price(w.cloud(), "stream.processing-unit").orElseThrow().monthlyUsd() : Double.MAX_VALUE;
        double dedicatedUsd = priced("stream.capacity-unit") ? capacityUnits * prices.price(w.cloud(), "stream.capacity-unit").orElseThrow().monthlyUsd()
                : Double.MAX_VALUE;
        int namespaces = (int) Math.ceil(standardUnits / standard.max());
        String compared = Numbers.usd(Numbers.round(standardUsd, 2)) + " a month on the standard tier split by key over " + namespaces + " namespaces"
                + (premiumFits ? ", " + Numbers.usd(Numbers.round(premiumUsd, 2)) + " for " + units + " processing units of the premium tier" : "")
                + (dedicatedUsd < Double.MAX_VALUE ? ", " + Numbers.usd(Numbers.round(dedicatedUsd, 2)) + " for " + capacityUnits + " dedicated capacity "
                + (capacityUnits == 1 ? "unit" : "units") : "") + " (list prices in the base region; assumption as-premium-stream)";
        if (standardUsd <= Math.min(premiumUsd, dedicatedUsd)) {
            passed(LimitKind.SERVICE_LIMIT, containerId, past + ": the stream is split by key (the device or account id) over " + namespaces
                    + " namespaces, each consumer reading all of them; " + compared + ", so the standard tier is priced as line '" + standardLine + "'");
            return false;
        }
        String line;
        if (premiumUsd <= dedicatedUsd) {
            Placement p = standby(units, 1, (bytes ? "ceil(" + Numbers.format(Numbers.round(mbPerSecond, 2)) + " MB/s / " + Numbers.format(mbPerProcessingUnit)
                    + " MB/s per unit)" : "ceil(" + Numbers.format(eventsPerSecond) + " events/s / " + Numbers.format(EVENTS_PER_STREAM_PROCESSING_UNIT)
                    + " per unit)") + " rounded up to a power of two = " + units + " processing units (assumption as-premium-stream)");
            line = prefix + "-processing-units";
            add(ResourceNeed.flat(line, "Stream processing units (premium tier)", containerId, "stream.processing-unit", p.total(),
                    p.total() + " processing units: " + p.text() + "; " + past + "; " + compared + "; ingress events are included"));
        } else {
            int capacity = capacityUnits;
            Placement p = standby(capacity, 1, (bytes ? "ceil(" + Numbers.format(Numbers.round(mbPerSecond, 2)) + " MB/s / " + Numbers.format(mbPerCapacityUnit)
                    + " MB/s per unit)" : "ceil(" + Numbers.format(eventsPerSecond) + " events/s / " + Numbers.format(EVENTS_PER_STREAM_CAPACITY_UNIT)
                    + " per unit)") + " capacity units (assumption as-premium-stream)");
            line = prefix + "-capacity-units";
            add(ResourceNeed.flat(line, "Stream capacity units (dedicated cluster)", containerId, "stream.capacity-unit", p.total(),
                    p.total() + " capacity units: " + p.text() + "; " + past + (premium == null ? "" : " and " + units + " processing units past the "
                            + Numbers.format(premium.max()) + " " + premium.unit() + " of " + premium.product()) + "; " + compared + "; ingress events are included"));
        }
        passed(LimitKind.SERVICE_LIMIT, containerId, past + ": " + standard.beyond() + "; priced as line '" + line + "'");
        return true;
    }

    /**
     * A figure past a managed service's documented limit (prices.yaml {@code serviceLimits}): a capacity figure and a
     * note the risk register reads, with what the vendor offers beyond it.
     */
    private void serviceLimit(String id, String kind, double value, String valueText) {
        prices.serviceLimit(w.cloud(), kind).filter(limit -> value > limit.max()).ifPresent(limit -> {
            String text = valueText + " = " + Numbers.format(Numbers.round(value, 2)) + " " + limit.unit() + ", past the " + Numbers.format(limit.max())
                    + " of " + limit.product() + " (" + limit.source() + ", " + limit.date() + ")";
            figures.add(new Figure("service-limit-" + id, "Load on " + id + " past its service's limit", Numbers.round(value, 2), limit.unit(),
                    text + "; " + limit.beyond()));
            passed(LimitKind.SERVICE_LIMIT, id, text + ": " + limit.beyond());
        });
    }

    /**
     * One relational writer's capacity against the store's writes at peak (prices.yaml {@code writeCapacity}): a capacity
     * figure always, and past it a note the risk register reads: partition the store by key or move it to a store that
     * scales writes (the datastore decision rules single-writer options out above the same figure).
     */
    private void writeCapacity(String id, String instanceKind, double writes) {
        prices.writeCapacity(instanceKind).ifPresent(capacity -> {
            // A store priced at the small size is resized in place past its bound: the full size's capacity is the option's
            // ceiling the datastore decision quotes, so both figures are said, each for its size.
            String fullSize = instanceKind.endsWith(".small") ? prices.writeCapacity(instanceKind.substring(0, instanceKind.length() - ".small".length()))
                    .filter(full -> full > capacity).map(full -> "; the store moves to the 4-vCPU size past the small size's bound, where one writer sustains "
                            + Numbers.format(full) + " writes/s, the ceiling the datastore decision quotes").orElse("") : "";
            String text = Numbers.format(writes) + " writes/s at peak on one writer that sustains " + Numbers.format(capacity) + " writes/s ("
                    + prices.writeCapacityBasis() + ")" + fullSize;
            figures.add(new Figure("write-headroom-" + id, "Share of " + id + "'s write capacity used at peak", Numbers.round(writes / capacity * 100, 1), "%",
                    text));
            if (writes > capacity) {
                passed(LimitKind.WRITE_CAPACITY, id, text + ": one writer cannot take this load; partition " + id
                        + " by key across writers (shards) or move it to a store that scales writes (distributed SQL, wide-column)");
            }
        });
    }

    /**
     * The kind a relational store is priced with: its engine's own (prices.yaml {@code enginePrices}, e.g. SQL Server's
     * licence-included instances) where this cloud prices it, else the generic kind.
     */
    private String engineKind(CatalogueEntry store, String genericKind, boolean reference) {
        if (reference) {
            return genericKind;
        }
        return prices.engineProduct(store.engine()).map(product -> product + genericKind.substring(GENERIC_DATABASE_PREFIX.length()))
                .filter(this::priced).orElse(genericKind);
    }

    /** The prefix of the generic database kinds an engine's own kinds replace ({@code database.instance} to {@code sqlserver.instance}). */
    private static final String GENERIC_DATABASE_PREFIX = "database";

    /**
     * A chosen engine the price table has no instance prices for is priced at the generic database kinds' engine; the
     * estimate says so rather than passing one engine's price off as another's.
     */
    private void enginePrice(CatalogueEntry store, StoreBilling billing, boolean reference) {
        String engine = store.engine();
        String priced = prices.genericDatabaseEngine().orElse(null);
        if (reference || billing.model() != BillingModel.INSTANCES || billing.product().isPresent() || engine == null || priced == null
                || engine.equalsIgnoreCase(priced) || !engineKind(store, "database.instance", false).equals("database.instance")) {
            return;
        }
        assume("as-engine-price", "The chosen engine is " + engine + ", but the price table has no " + engine + " instance prices: its "
                + "instances and storage are priced at the " + priced + " list prices of the same size, a floor (a licence-included engine "
                + "such as SQL Server costs more); replace them with the engine's own figures");
    }

    /** Days of point-in-time backups Azure SQL Database keeps by default (resource-limits-vcore-single-databases: 7 days). */
    static final int SQL_BACKUP_RETENTION_DAYS = 7;

    /** Days in the month the backup windows are a share of. */
    static final double DAYS_PER_MONTH = 30;

    /** Days in a calendar month, as a stated month was turned into days ("archived after 6 months" is 182.5 days). */
    static final double DAYS_PER_CALENDAR_MONTH = 365 / 12.0;

    /** A stated move to the cool (infrequent-access) class, not to the archive. */
    private static final java.util.regex.Pattern COOL_CLASS = java.util.regex.Pattern.compile("\\b(?:cool|infrequent)\\b");

    /** Backup copies of the data a relational store keeps (one full copy in snapshots). */
    static final double BACKUP_COPIES = 1;

    /**
     * Backup copies a General Purpose Azure SQL database gets in its price ("Included backup storage: 1X DB size",
     * learn.microsoft.com resource-limits-vcore-single-databases).
     */
    static final double INCLUDED_BACKUP_COPIES = 1;

    /**
     * A relational database billed as its vendor bills it, where the price table has the engine's zone-redundancy
     * surcharge on this cloud (Azure SQL Database): high availability in the vCore price, its own storage and backup
     * prices (zone-redundant when the availability decision spans zones), and Hyperscale past the largest size
     * General Purpose holds.
     */
    private record ManagedSql(String product, boolean zoneRedundant, boolean hyperscale, String sizeKind, List<SizeStep> steps) {
        /** The zone-redundancy surcharge of the General Purpose size the load asks for. */
        String zoneRedundancyKind() {
            return product + ".zone-redundancy" + sizeKind.substring((product + ".instance").length());
        }

        /** The size whose maximum the data is checked against: the largest it steps up to, else the load's own. */
        String sizeLimitKind() {
            return steps.isEmpty() ? sizeKind : steps.get(steps.size() - 1).kind();
        }

        String storageKind() {
            return product + (hyperscale ? ".hyperscale.storage" : ".storage" + (zoneRedundant ? ".zrs" : ""));
        }

        String limitKind() {
            return product + (hyperscale ? ".hyperscale.storage" : ".storage");
        }


        String backupKind() {
            return product + ".backup" + (zoneRedundant ? ".zrs" : "");
        }
    }

    /** The vendor's own billing of a relational store (see {@link ManagedSql}), or null when it is priced as instances. */
    private ManagedSql managedSql(String id, CatalogueEntry store, boolean reference, boolean zoneRedundant, boolean small, List<DataClass> classes,
                                  double perCopyFactor) {
        String product = reference ? null : prices.engineProduct(store.engine()).orElse(null);
        if (product == null || !priced(product + ".zone-redundancy" + (small ? ".small" : ""))) {
            return null;
        }
        double mostGb = 0;
        for (int month = 1; month <= LIMIT_HORIZON_MONTHS; month++) {
            int m = month;
            mostGb = Math.max(mostGb, classes.stream().mapToDouble(d -> d.initial() + d.growth() * Math.min(m - 1, d.months())).sum() * perCopyFactor);
        }
        double gb = mostGb;
        java.util.Optional<dev.architect.figures.ProductLimit> limit = prices.limit(w.cloud(), product + ".storage");
        boolean pastLimit = limit.isPresent() && gb > limit.get().maxGb();
        boolean hyperscale = (keptTiers == null ? pastLimit : keptTiers.contains(id)) && priced(product + ".hyperscale.instance" + (small ? ".small" : ""));
        if (hyperscale && pastLimit) {
            String text = "The store holds up to " + Numbers.format(Numbers.round(gb, 2)) + " GB within " + LIMIT_HORIZON_MONTHS
                    + " months (the data and its indexes, x " + Numbers.format(perCopyFactor) + "), past the " + Numbers.format(limit.get().maxGb())
                    + " GB maximum of " + limit.get().product() + " (" + limit.get().source() + ", " + limit.get().date() + "): it is priced as "
                    + "Hyperscale from month 1 (compute per replica, storage per GB used), or the data must be split across databases by key";
            notes.add("[as-sql-hyperscale-" + id + "] " + text);
            tiers.add(new PricedTier(id, "Hyperscale", text));
            figures.add(new Figure("sql-size-" + id, "Largest data on one database of the store", Numbers.round(gb, 2), "GB", text));
        }
        String sizeKind = product + ".instance" + (small ? ".small" : "");
        List<SizeStep> steps = hyperscale ? List.of() : sizeSteps(classes, perCopyFactor, sizeKind);
        return new ManagedSql(product, zoneRedundant, hyperscale, sizeKind, hyperscale ? List.of() : steps);
    }


    /**
     * A step up of a General Purpose database to a larger size: from the month its data passes what the size before holds.
     *
     * @param kind the size's limit kind ({@code sqlserver.instance.8})
     * @param limit what that size holds
     * @param month the first month at that size
     * @param addedVCores vCores over the size the load asks for
     */
    private record SizeStep(String kind, dev.architect.figures.ProductLimit limit, int month, int addedVCores) {
    }

    /**
     * The sizes a General Purpose database steps up to as its data grows past what each holds: the larger sizes are the
     * limit kinds {@code <size kind>.<vCores>} of the price table, each taken in the month the data first needs it.
     */
    private List<SizeStep> sizeSteps(List<DataClass> classes, double perCopyFactor, String sizeKind) {
        java.util.Optional<dev.architect.figures.ProductLimit> own = prices.limit(w.cloud(), sizeKind);
        if (own.isEmpty()) {
            return List.of();
        }
        String family = sizeKind.endsWith(".small") ? sizeKind.substring(0, sizeKind.length() - ".small".length()) : sizeKind;
        int ownVCores = sizeKind.endsWith(".small") ? SMALL_SQL_VCORES : SQL_VCORES;
        List<String> larger = prices.limitKinds().stream().filter(k -> k.matches(java.util.regex.Pattern.quote(family) + "\\.\\d+"))
                .filter(k -> prices.limit(w.cloud(), k).isPresent())
                .sorted(java.util.Comparator.comparingDouble(k -> prices.limit(w.cloud(), k).orElseThrow().maxGb())).toList();
        List<SizeStep> steps = new ArrayList<>();
        double held = own.get().maxGb();
        for (int month = 1; month <= LIMIT_HORIZON_MONTHS; month++) {
            double gb = dataAt(classes, month) * perCopyFactor;
            if (gb <= held) {
                continue;
            }
            java.util.Optional<String> size = larger.stream().filter(k -> prices.limit(w.cloud(), k).orElseThrow().maxGb() >= gb).findFirst();
            if (size.isEmpty()) {
                break;  // past the largest size: the product limit's risk says so
            }
            dev.architect.figures.ProductLimit limit = prices.limit(w.cloud(), size.get()).orElseThrow();
            int vCores = Integer.parseInt(size.get().substring(family.length() + 1));
            steps.add(new SizeStep(size.get(), limit, month, vCores - ownVCores));
            held = limit.maxGb();
        }
        return steps;
    }

    /**
     * The vCores each step up adds from its month, on every billed database (a geo-replica has its primary's size), and
     * their zone-redundancy surcharge where the primary is zone-redundant.
     */
    private void sizeStepLines(String id, ManagedSql sql, int databases, int zoneRedundant) {
        int before = 0;
        for (SizeStep step : sql.steps()) {
            int added = step.addedVCores() - before;
            String when = step.month() == 1 ? "from month 1" : "from month " + step.month();
            String why = "the data passes what " + (before == 0 ? "the size its load needs" : "the size before") + " holds in month " + step.month()
                    + ": " + step.limit().product() + " (" + step.limit().source() + ", " + step.limit().date() + ")";
            // Quantity 0 until the step's month, then the vCores added (growth of that many, once, after month - 2 months)
            add(new ResourceNeed(id + "-vcores-" + step.addedVCores(), "Database vCores added " + when, id, sql.product() + ".vcore",
                    step.month() == 1 ? added * databases : 0, step.month() == 1 ? 0 : added * databases, 1, Math.max(0, step.month() - 2),
                    added + " vCores x " + databases + (databases == 1 ? " database " : " databases ") + when + ": " + why));
            if (zoneRedundant > 0) {
                add(new ResourceNeed(id + "-zone-redundancy-vcores-" + step.addedVCores(), "Zone redundancy on the added vCores " + when, id,
                        sql.product() + ".zone-redundancy.vcore", step.month() == 1 ? added * zoneRedundant : 0, step.month() == 1 ? 0 : added * zoneRedundant,
                        1, Math.max(0, step.month() - 2), added + " vCores x " + zoneRedundant + " zone-redundant " + (zoneRedundant == 1 ? "primary " : "primaries ")
                                + when));
            }
            notes.add("[as-sql-size-" + id + "-" + step.addedVCores() + "] " + id + " steps up " + when + " by " + added + " vCores: " + why);
            before = step.addedVCores();
        }
    }

    /**
     * The nodes each cluster of a node-priced store adds as its data grows past what its nodes serve (node-storage.yaml):
     * a line per step, billed from its month (quantity 0 before it, then the nodes added: growth of that many, once, after
     * month - 2 months), so the run rate's later months price the nodes their data needs.
     *
     * @param first the first region's cluster's nodes in month 1
     * @param others the nodes of each other region's cluster in month 1
     * @param otherClusters how many other clusters hold the data (0 for one cluster or one multi-region configuration)
     */
    private void nodeStorageSteps(String id, String kind, int first, int others, int otherClusters, NodeStorage.PerNode per,
                                  java.util.function.IntToDoubleFunction clusterGb) {
        int firstNow = first;
        int othersNow = otherClusters > 0 ? others : first;
        for (NodeStorage.Step step : NodeStorage.steps(Math.min(firstNow, othersNow), per.gbPerNode(), clusterGb, NodeStorage.HORIZON_MONTHS)) {
            int addFirst = Math.max(0, step.nodes() - firstNow);
            int addOther = otherClusters > 0 ? Math.max(0, step.nodes() - othersNow) : 0;
            int added = addFirst + otherClusters * addOther;
            firstNow = Math.max(firstNow, step.nodes());
            othersNow = Math.max(othersNow, step.nodes());
            if (added == 0) {
                continue;
            }
            String text = added + (added == 1 ? " node" : " nodes") + " from month " + step.month() + ": each cluster holds " + Numbers.format(Numbers.round(step.gb(), 2))
                    + " GB by month " + step.untilMonth() + " (the data and its indexes), ceil(" + Numbers.format(Numbers.round(step.gb(), 2)) + " / "
                    + Numbers.format(per.gbPerNode()) + " GB a node) = " + step.nodes() + " nodes a cluster"
                    + (otherClusters > 0 ? " (" + addFirst + " in the first region + " + otherClusters + " x " + addOther + " in the other regions)" : "")
                    + ": " + per.product() + " (" + per.source() + ", checked " + per.checked() + ")";
            add(new ResourceNeed(id + "-nodes-for-data-" + step.month(), "Database nodes added for the data from month " + step.month(), id, kind,
                    0, added, 1, step.month() - 2, text));
            notes.add("[as-node-storage-" + id + "-" + step.month() + "] " + id + " adds " + text);
        }
    }

    /** vCores of the General Purpose sizes the load asks for (prices.yaml sqlserver.instance and .small). */
    static final int SQL_VCORES = 4;
    static final int SMALL_SQL_VCORES = 2;

    /** Logical GB a store's data classes hold in a month, before copies. */
    private static double dataAt(List<DataClass> classes, int month) {
        return classes.stream().mapToDouble(d -> d.initial() + d.growth() * Math.min(month - 1, d.months())).sum();
    }

    /** Logical GB of a process's writes a store holds in {@code month}: the level its own retention keeps, and what it never purges. */
    private static double flowHeld(FlowWrites f, int month, int retentionMonths) {
        return Numbers.round(f.heldGb() + f.gbPerMonth() * Math.min(month - 1, retentionMonths), 2);
    }

    /** Months of the five years the datastore decision weighs the data held over. */
    static final int FIVE_YEARS_MONTHS = 60;

    /** Months the product limits are checked over. */
    static final int LIMIT_HORIZON_MONTHS = 60;

    /**
     * A store whose data on one instance passes its product's documented maximum within the horizon: a capacity figure
     * (the month it is reached) and a note the risk register reads.
     */
    private void limit(String id, String storageKind, List<DataClass> classes, double perCopyFactor) {
        prices.limit(w.cloud(), storageKind).ifPresent(limit -> {
            for (int month = 1; month <= LIMIT_HORIZON_MONTHS; month++) {
                int m = month;
                double gb = classes.stream().mapToDouble(d -> d.initial() + d.growth() * Math.min(m - 1, d.months())).sum() * perCopyFactor;
                if (gb > limit.maxGb()) {
                    String text = "One instance of " + id + " holds " + Numbers.format(Numbers.round(gb, 2)) + " GB in month " + month
                            + " (the data and its indexes, x " + Numbers.format(perCopyFactor) + "), past the " + Numbers.format(limit.maxGb())
                            + " GB maximum of " + limit.product() + " (" + limit.source() + ", " + limit.date() + ")";
                    // A default quota the vendor raises past what the store holds at the horizon is raised, not a reason to
                    // choose another product: the figure says to raise it, not to shard
                    double atHorizon = classes.stream().mapToDouble(d -> d.initial() + d.growth() * Math.min(LIMIT_HORIZON_MONTHS - 1, d.months())).sum()
                            * perCopyFactor;
                    figures.add(new Figure("limit-" + id, "Month " + id + " passes its product's storage maximum", month, "month",
                            text + (limit.raisableTo(atHorizon) ? "; request the quota increase (to at most " + Numbers.format(limit.raisableToGb())
                                    + " GB; " + Numbers.format(Numbers.round(atHorizon, 2)) + " GB by month " + LIMIT_HORIZON_MONTHS + ") before then"
                                    : "; shard, archive old data or choose a store without this limit before then")));
                    passed(new LimitNote(LimitKind.PRODUCT_LIMIT, id, text, limit.raisableTo(atHorizon)));
                    return;
                }
            }
        });
    }

    /** Containers billed as object storage (file and asset stores). */
    private long objectStores() {
        return t.parts.stream().map(x -> billing(x).orElse(null))
                .filter(b -> b == PartBilling.OBJECT_STORAGE || b == PartBilling.OBJECT_STORAGE_LIFECYCLE).count();
    }

    /**
     * The files of an object store: one billed copy (the service keeps its own). Under lifecycle rules files move by age:
     * the standard class for the newest {@value #FILE_HOT_MONTHS} months, the cool class until
     * {@value #FILE_COLD_AFTER_MONTHS} months, then the cold class until the retention deletes them; they never sit on
     * replicated database disk.
     */
    private void objectStorage(Topology.Part part, boolean lifecycle, int retentionMonths) {
        String id = part.id();
        long stores = objectStores();
        double files = objectShare();
        double initial = Numbers.round(w.initialGb() * files / stores, 2);
        java.util.Optional<dev.architect.internal.facts.MediaUploads> media = t.stated.mediaUploads();
        // Media the request counts and sizes grow the store by their own bytes, not by a share of the stated data growth
        double growth = Numbers.round(media.map(dev.architect.internal.facts.MediaUploads::gbPerMonth).orElse(w.growthGbPerMonth() * files) / stores, 2);
        String perStore = stores > 1 ? " / " + stores + " object stores" : "";
        String volume = media.map(m -> "(" + Numbers.format(w.initialGb()) + " GB x " + Numbers.format(files) + " files stored before launch, "
                        + "assumption as-object-data; new files: " + m.evidence() + ", stated" + perStore + ")")
                .orElse("(" + Numbers.format(w.initialGb()) + " GB + " + Numbers.format(w.growthGbPerMonth()) + " GB/month) x "
                        + Numbers.format(files) + " files" + perStore + " (assumption as-object-data)");
        if (!lifecycle || growth <= 0 || retentionMonths <= FILE_HOT_MONTHS && t.stated.archiveAfterDays().isEmpty()) {
            addStorage(new ResourceNeed(id + "-storage", part.name() + " storage", id, "object.storage", initial, growth, retentionMonths,
                    volume + ", one billed copy (object storage keeps its own copies), kept for the " + w.retentionYears() + "-year retention"));
            return;
        }
        // A move the request states ("recordings move to archive after 90 days") sets the lifecycle; otherwise the assumption's
        java.util.Optional<dev.architect.internal.facts.StatedFact> stated = t.stated.archiveAfterDays();
        int hotMonths = stated.map(f -> (int) Math.max(1, Math.ceil(f.value() / DAYS_PER_CALENDAR_MONTH - 1e-9))).orElse(FILE_HOT_MONTHS);
        hotMonths = Math.min(hotMonths, retentionMonths);
        // Old files the request says are rarely read, and may wait hours for a restore, go to the archive class once past their
        // hot months, when they are kept at least its minimum duration there (archive-retrieval.yaml)
        ArchiveRetrieval retrieval = ArchiveRetrieval.standard();
        boolean archive = stated.isPresent() && t.slowRestore.isPresent() && priced("object.storage.archive")
                && (retentionMonths - hotMonths) * DAYS_PER_CALENDAR_MONTH >= retrieval.minimumDays(w.cloud());
        boolean toArchive = archive || stated.map(f -> !COOL_CLASS.matcher(f.phrase().toLowerCase(java.util.Locale.ROOT)).find()).orElse(false);
        boolean cold = (archive || priced("object.storage.cold")) && retentionMonths > (toArchive ? hotMonths : FILE_COLD_AFTER_MONTHS);
        int coldAfter = toArchive ? hotMonths : Math.max(hotMonths, FILE_COLD_AFTER_MONTHS);
        int coolUntil = cold ? coldAfter : retentionMonths;
        String basis = stated.map(f -> "as stated: " + f.evidence() + ", " + Numbers.format(f.value()) + " days / (365 / 12) days a month, "
                + "rounded up to whole months").orElse("assumption as-file-lifecycle");
        if (stated.isEmpty()) {
            assume("as-file-lifecycle", "Files are read mostly while new: lifecycle rules keep each file in the standard object storage class for "
                    + FILE_HOT_MONTHS + " months, in the cool (infrequent-access) class until it is " + FILE_COLD_AFTER_MONTHS + " months old, then in "
                    + "the cold class (still read in milliseconds) until the retention deletes it; files stored before launch start in the cool class; "
                    + "the per-GB retrieval fees of the cooler classes are not priced, because old files are rarely read");
        } else {
            notes.add("[given-file-lifecycle] Lifecycle rules move each file of " + part.name() + " out of the standard class after " + hotMonths
                    + " months (" + basis + ") into the " + (archive ? "archive class" : toArchive ? "cold (archive) class" : "cool (infrequent-access) class")
                    + " until the " + w.retentionYears() + "-year retention deletes it" + (toArchive || !cold ? "" : ", and into the cold class at " + coldAfter + " months")
                    + "; files stored before launch start in the cooler class; " + (archive ? "a read of an archived file waits for its restore (hours), as the "
                    + "request allows: \"" + t.slowRestore.get() + "\"; the class bills at least " + retrieval.minimumDays(w.cloud()) + " days of each file "
                    + "and a fee per GB restored (assumption as-archive-restores)" : "retrieval fees are not priced"));
        }
        String rule = stated.isPresent() ? "lifecycle as stated, see [given-file-lifecycle]" : "assumption as-file-lifecycle";
        addStorage(new ResourceNeed(id + "-storage", part.name() + " storage (standard class, newest files)", id, "object.storage", 0, growth,
                hotMonths, Numbers.format(growth) + " GB/month of new files " + volume + " for their first " + hotMonths
                        + " months: 0 GB at launch, " + Numbers.format(Numbers.round(growth * hotMonths, 2)) + " GB from month "
                        + (hotMonths + 1) + " on, one billed copy (" + rule + ")"));
        if (coolUntil > hotMonths) {
            addStorage(new ResourceNeed(id + "-cool-storage", part.name() + " storage (cool class)", id, "object.storage.infrequent", initial, growth,
                    coolUntil - hotMonths, hotMonths, Numbers.format(initial) + " GB stored before launch + " + Numbers.format(growth)
                            + " GB/month of files " + hotMonths + " to " + coolUntil + " months old, growing from month " + (hotMonths + 2)
                            + " for " + (coolUntil - hotMonths) + " months (" + rule + ")"));
        }
        if (cold) {
            boolean initialHere = coolUntil <= hotMonths;
            String kind = archive ? "object.storage.archive" : "object.storage.cold";
            addStorage(new ResourceNeed(id + "-cold-storage", part.name() + " storage (" + (archive ? "archive" : "cold") + " class)", id, kind,
                    initialHere ? initial : 0, growth, retentionMonths - coldAfter, coldAfter, (initialHere ? Numbers.format(initial) + " GB stored before launch + " : "")
                            + Numbers.format(growth) + " GB/month of files older than " + coldAfter + " months, growing from month " + (coldAfter + 2)
                            + " until the " + w.retentionYears() + "-year retention deletes as much as arrives (" + rule + ")"));
            if (archive && priced("object.storage.archive-retrieval")) {
                assume("as-archive-restores", "A few archived files are restored to be read each month: " + pct(retrieval.restoredShare())
                        + " of the archived GB a month, billed per GB restored");
                double archived = initialHere ? initial : 0;
                add(new ResourceNeed(id + "-archive-restores", part.name() + " archive restores", id, "object.storage.archive-retrieval",
                        archived * retrieval.restoredShare(), growth * retrieval.restoredShare(), retentionMonths - coldAfter, coldAfter,
                        "(" + Numbers.format(archived) + " GB archived + " + Numbers.format(growth) + " GB/month, growing from month " + (coldAfter + 2)
                                + ") x " + pct(retrieval.restoredShare()) + " restored a month (assumption as-archive-restores)"));
            }
        }
    }

    /**
     * Storage I/O of a cluster volume billed per request (Aurora Standard): every write, and the reads that miss the
     * buffer cache ({@value #CLUSTER_READ_MISS} of them); each region's volume is billed for the writes it applies.
     */
    private void clusterIo(String id, StoreBilling billing, double reads, double writes, int regions) {
        if (!priced(billing.kind("io"))) {
            return;
        }
        assume("as-cluster-io", "On a cluster volume billed per I/O, each write costs one billed I/O and " + pct(CLUSTER_READ_MISS)
                + " of reads miss the buffer cache and cost one");
        double perSecond = writes * regions + reads * CLUSTER_READ_MISS;
        add(ResourceNeed.flat(id + "-io", "Cluster storage I/O", id, billing.kind("io"), millionsAMonth(perSecond),
                "(" + Numbers.format(writes) + " writes/s" + (regions > 1 ? " x " + regions + " regions" : "") + " + " + Numbers.format(reads)
                        + " reads/s x " + Numbers.format(CLUSTER_READ_MISS) + " cache misses) = " + Numbers.format(perSecond) + " I/O/s at peak / "
                        + Numbers.format(peakToAverage) + " x " + Numbers.format(Workload.SECONDS_PER_MONTH)
                        + " s / 1,000,000 (assumption as-cluster-io)"));
    }

    /**
     * Instances that stitch each download as it streams out, sized by the bytes at peak: downloads a second x the files'
     * size / what one instance streams ({@value #STITCH_MB_PER_SECOND_PER_INSTANCE} MB/s, assumption as-stitch-throughput);
     * with no file downloads known, a pair for redundancy.
     */
    private void stitcher(Topology.Part part) {
        java.util.Optional<FileDownloads> files = fileDownloads();
        Placement p;
        if (files.isEmpty()) {
            p = fixed(2, "redundancy (no file size stated, so the bytes it streams are not known)");
        } else {
            assume("as-stitch-throughput", "One 2-vCPU instance streams about " + Numbers.format(STITCH_MB_PER_SECOND_PER_INSTANCE)
                    + " MB/s (0.8 Gbit/s, the sustained network baseline of such an instance) while it stitches; stitching is network-bound, "
                    + "so the stitchers are sized by the bytes they stream, not by requests");
            FileDownloads d = files.get();
            double peak = d.perSecond() * peakToAverage;
            double mbPerSecond = peak * d.sizeMb();
            int n = Math.max(2, (int) Math.ceil(mbPerSecond / (STITCH_MB_PER_SECOND_PER_INSTANCE * CapacityCalculator.TARGET_UTILISATION) - 1e-9));
            p = standby(n, 2, Numbers.format(Numbers.round(peak, 2)) + " downloads/s at peak (" + Numbers.format(Numbers.round(d.perSecond(), 2))
                    + " on average x " + Numbers.format(peakToAverage) + ") x " + Numbers.format(d.sizeMb()) + " MB = "
                    + Numbers.format(Numbers.round(mbPerSecond, 2)) + " MB/s / (" + Numbers.format(STITCH_MB_PER_SECOND_PER_INSTANCE)
                    + " MB/s per instance x " + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100)
                    + "% target utilisation, assumption as-stitch-throughput), at least 2");
        }
        add(ResourceNeed.flat(part.id() + "-instances", part.name() + " instances", part.id(), instanceKind(), p.total(), p.total() + " instances: " + p.text()));
    }

    /**
     * Functions at the edge run before the cache on every request the CDN serves (a paywall meter on every article view):
     * one invocation per cacheable read and file download at peak, hits and misses alike, over the month. Without a CDN
     * in front they run on every read of the capabilities they serve.
     */
    private void edgeFunctionInvocations(Topology.Part part) {
        double perSecond;
        String basis;
        if (cdn) {
            double fileReads = fileReadsAtPeak();
            double cacheable = cacheableReadShare();
            perSecond = Numbers.round(fileReads + cacheableReads(fileReads), 2);
            basis = (fileReads > 0 ? Numbers.format(Numbers.round(fileReads, 2)) + " file downloads/s + " : "") + "("
                    + Numbers.format(w.peakReads()) + " reads/s" + (fileReads > 0 ? " - the downloads" : "") + ") x " + pct(cacheable)
                    + " of public content (assumption as-content-kind): every request the CDN serves runs it";
        } else {
            OwnWrites own = ownWrites(part);
            perSecond = own.requests();
            basis = own.requestsBasis() + ": it runs on every request it serves";
        }
        String kind = cdnKind("edge.invocations");
        if (cdn && t.incumbentCdn.isPresent() && kind.equals("edge.invocations") && part.technology().equals(t.incumbentCdn.get().name())) {
            // The part is built on the edge of the CDN the request already runs (named-vendors.yaml put its name in the cloud
            // edge product's place), which bills its edge compute on the request's own contract: the cloud's edge functions'
            // price would price another CDN. A meter in the cloud's functions behind that CDN is still priced as those.
            assume("edge-on-" + Names.slug(t.incumbentCdn.get().name()), "Not priced: " + Names.lowerFirst(part.name()) + " invocations at "
                    + t.incumbentCdn.get().name() + "'s edge, " + perMonthText(perSecond, "requests") + " (" + basis + "); "
                    + t.incumbentCdn.get().name() + " bills its edge compute on the request's own contract, and the price table has no rate for it");
            return;
        }
        add(ResourceNeed.flat(part.id() + "-invocations", part.name() + " invocations", part.id(), kind, millionsAMonth(perSecond),
                perMonthText(perSecond, "requests") + ", one invocation each (" + basis + ")"));
    }

    /**
     * Event functions run once per uploaded file, not per request: the uploads follow from the files' stated growth
     * (GB a month / the average file size); without files they run at most once per write.
     */
    private void functionInvocations(Topology.Part part) {
        String id = part.id();
        double writesMillions = millionsAMonth(w.peakWrites());
        double filesGb = w.growthGbPerMonth() * objectShare();
        if (filesGb <= 0) {
            assume("as-upload-per-write", "At most one file is uploaded per write of the capabilities that keep files, so event functions run "
                    + "at most once per such write");
            OwnWrites own = ownWrites(part);
            add(ResourceNeed.flat(id + "-invocations", part.name() + " invocations", id, "serverless.invocations", millionsAMonth(own.perSecond()),
                    perMonthText(own.perSecond(), "writes") + " (" + own.basis() + "; assumption as-upload-per-write)"));
            return;
        }
        java.util.Optional<dev.architect.internal.facts.MediaUploads> media = t.stated.mediaUploads();
        if (media.isPresent() && objectStores() > 0) {
            // Files the request counts: one invocation each
            double millions = Math.min(writesMillions, media.get().count().perMonth() / 1_000_000);
            if (onBatch(part, millions * 1_000_000, media.get().size().value(), media.get().size().evidence())) {
                return;
            }
            add(ResourceNeed.flat(id + "-invocations", part.name() + " invocations", id, "serverless.invocations", millions,
                    media.get().count().evidence() + " files stored, stated, one invocation each / 1,000,000"
                            + (millions < media.get().count().perMonth() / 1_000_000 ? "; capped at one per write: " + perMonthText(w.peakWrites(), "writes") : "")));
            fileCompute(part, millions * 1_000_000, media.get().size().value(), media.get().size().evidence());
            return;
        }
        java.util.Optional<dev.architect.internal.facts.StatedFact> statedSize = t.stated.fileMb();
        // Bulk content the request names (video footage, recordings) sizes its files as it sizes the object data; otherwise an
        // upload is a document or an image
        java.util.Optional<dev.architect.offline.internal.catalog.BulkContent.Named> bulk = statedSize.isPresent() ? java.util.Optional.empty() : t.bulkContent;
        double fileMb = statedSize.map(dev.architect.internal.facts.StatedFact::value)
                .orElseGet(() -> bulk.map(b -> b.content().itemMb()).orElse(AVERAGE_FILE_MB));
        if (statedSize.isEmpty() && bulk.isEmpty()) {
            assume("as-file-size", "An uploaded file averages " + Numbers.format(AVERAGE_FILE_MB) + " MB (the request states no size for its files), so the files' "
                    + "stated growth gives the uploads a month; each upload runs the event function once");
        }
        String sizeText = statedSize.map(z -> " MB a file (stated: " + z.evidence() + ")")
                .orElseGet(() -> bulk.map(b -> " MB a file (the request's " + b.content().what() + ", '" + b.phrase() + "': " + b.content().basis()
                        + "; assumption as-object-data)").orElse(" MB a file (assumption as-file-size)"));
        double uploads = Math.round(filesGb * 1000 / fileMb);
        double millions = Math.min(writesMillions, uploads / 1_000_000);
        if (statedSize.isPresent() && onBatch(part, uploads, fileMb, statedSize.get().evidence() + "; " + Numbers.format(Numbers.round(filesGb, 2))
                + " GB of files a month (" + Numbers.format(w.growthGbPerMonth()) + " GB/month x " + Numbers.format(objectShare())
                + ", assumption as-object-data) x 1,000 / " + Numbers.format(fileMb) + " MB = " + Numbers.format(uploads) + " files a month")) {
            return;
        }
        add(ResourceNeed.flat(id + "-invocations", part.name() + " invocations", id, "serverless.invocations", millions,
                Numbers.format(Numbers.round(filesGb, 2)) + " GB of files a month (" + Numbers.format(w.growthGbPerMonth()) + " GB/month x "
                        + Numbers.format(objectShare()) + ", assumption as-object-data) x 1,000 / " + Numbers.format(fileMb)
                        + sizeText + " = " + Numbers.format(uploads) + " uploads a month, one invocation each / 1,000,000"
                        + (millions < uploads / 1_000_000 ? "; capped at one per write: " + perMonthText(w.peakWrites(), "writes") : "")));
        statedSize.ifPresent(z -> fileCompute(part, millions * 1_000_000, z.value(), z.evidence()));
    }

    /**
     * The compute an event function spends on files whose size the request states: an invocation's price covers 100 ms, a
     * thumbnail's work, while scanning and transcoding a file takes time in proportion to its bytes (an hour of audio is
     * minutes of compute), billed per GB-second of the function's memory.
     */
    private void fileCompute(Topology.Part part, double files, double fileMb, String sizeEvidence) {
        if (files <= 0 || !priced("serverless.compute")) {
            return;
        }
        double mbPerSecond = processingRate(part);
        double seconds = Numbers.round(fileMb / mbPerSecond, 2);
        double thousands = Numbers.round(files * seconds * FILE_FUNCTION_GB / 1000, 2);
        add(ResourceNeed.flat(part.id() + "-compute", part.name() + " compute", part.id(), "serverless.compute", thousands,
                Numbers.format(files) + " files a month x " + Numbers.format(seconds) + " seconds a file (" + Numbers.format(fileMb) + " MB (stated: "
                        + sizeEvidence + ") / " + Numbers.format(mbPerSecond) + " MB a second, assumption as-file-processing-rate) x "
                        + Numbers.format(FILE_FUNCTION_GB) + " GB / 1,000 = " + Numbers.format(thousands) + " thousand GB-seconds"));
    }

    /**
     * MB of a file the processor gets through a second on one vCPU (an event function given {@value #FILE_FUNCTION_GB} GB
     * of memory has about one): the slowest tool its technology names (file-processing.yaml), said in as-file-processing-rate.
     */
    private double processingRate(Topology.Part part) {
        dev.architect.offline.internal.catalog.FileProcessing.Pace pace = dev.architect.offline.internal.catalog.FileProcessing.standard().pace(part.technology());
        String tool = pace.pace().name();
        assume("as-file-processing-rate", "A processor that works through a whole file (scan, decode, re-encode) gets through about "
                + Numbers.format(pace.pace().mbPerVcpuSecond()) + " MB of the file a second on one vCPU (an event function given " + Numbers.format(FILE_FUNCTION_GB)
                + " GB of memory has about one), the pace of " + tool + (pace.tool().isPresent() ? ", the slowest tool it runs" : ", the slowest tool known, "
                + "since its technology names none") + " (file-processing.yaml): " + pace.pace().basis());
        return pace.pace().mbPerVcpuSecond();
    }

    /**
     * Files a function cannot finish within the cloud's limit on one invocation (a 1.5-TB measurement set scanned at 20 MB
     * a second takes about 21 hours) run as batch jobs on spot capacity, one vCPU a file for as long as the file takes;
     * priced per vCPU-hour, with no function invocation. False when a function holds the files.
     */
    private boolean onBatch(Topology.Part part, double files, double fileMb, String evidence) {
        java.util.Optional<dev.architect.offline.internal.catalog.FileProcessing.Batch> batch = dev.architect.offline.internal.catalog.FileProcessing
                .standard().batchFor(w.cloud(), part.technology(), fileMb);
        if (batch.isEmpty() || files <= 0 || !priced("batch.spot-vcpu-hours")) {
            return false;
        }
        double mbPerSecond = processingRate(part);
        double seconds = Numbers.round(fileMb / mbPerSecond, 2);
        double hours = Numbers.round(files * seconds / 3600, 2);
        notes.add("[file-batch] One file takes " + Numbers.format(seconds) + " seconds of one vCPU (" + Numbers.format(fileMb) + " MB / "
                + Numbers.format(mbPerSecond) + " MB a second, assumption as-file-processing-rate), past the " + batch.get().functionLimitSeconds()
                + " seconds a function may run on one event, so " + Names.lowerFirst(part.name()) + " runs each file as a job on "
                + batch.get().technology() + "; spot capacity suits it: a job taken back runs again whole, the original stays in the store and "
                + "the result is written once at the end");
        add(ResourceNeed.flat(part.id() + "-batch", part.name() + " batch jobs", part.id(), "batch.spot-vcpu-hours", hours,
                Numbers.format(Numbers.round(files, 2)) + " files a month (" + evidence + ") x " + Numbers.format(seconds) + " vCPU-seconds a file / 3,600, "
                        + "on spot capacity (see [file-batch])"));
        return true;
    }

    /**
     * Share of the stated data that is files in object storage: none without an object store. Where the request states
     * the files' size, the records that describe them are one {@value #RECORD_KB_PER_FILE}-KB row a file, so a store of
     * 60-MB files is almost all files; the database never holds their bytes.
     */
    private double objectShare() {
        if (objectStores() == 0) {
            return 0;
        }
        java.util.Optional<dev.architect.internal.facts.StatedFact> size = t.stated.fileMb();
        if (size.isEmpty() && t.bulkContent.isPresent()) {
            // Bulk content the request names (medical imaging studies) sizes its items: the database keeps a row of each
            var bulk = t.bulkContent.get();
            double perFile = RECORD_KB_PER_FILE / (bulk.content().itemMb() * 1000);
            double records = Math.min(1 - OBJECT_SHARE, Math.max(MIN_RECORD_SHARE, perFile));
            assume("as-object-data", "Stored data is split by class: the request's " + bulk.content().what() + " ('" + bulk.phrase()
                    + "') are files of about " + Numbers.format(bulk.content().itemMb()) + " MB each (" + bulk.content().basis() + "), so they are "
                    + pct(1 - records) + " of the stated volume and live in object storage only, never in the database, its backups or the "
                    + "warehouse; the database keeps the records that describe them, one row of about " + Numbers.format(RECORD_KB_PER_FILE)
                    + " KB with its indexes a file, with accounts and counts at least " + pct(MIN_RECORD_SHARE) + ": " + pct(records)
                    + ", on its SSD with its copies");
            return Numbers.round(1 - records, 4);
        }
        if (size.isEmpty()) {
            assume("as-object-data", "Stored data is split by class: files (photos, documents, video, attachments) are " + pct(OBJECT_SHARE)
                    + " of the stated volume and are priced as object storage; the database keeps the records that describe them, "
                    + pct(1 - OBJECT_SHARE) + ", on its SSD with its copies");
            return OBJECT_SHARE;
        }
        double perFile = RECORD_KB_PER_FILE / (size.get().value() * 1000);
        // The least share covers the records beside each file, which follow the count of files, not their bytes
        double floor = Math.min(MIN_RECORD_SHARE, RECORD_FLOOR_MB_PER_FILE / size.get().value());
        double records = Math.min(1 - OBJECT_SHARE, Math.max(floor, perFile));
        String least = floor < MIN_RECORD_SHARE
                ? "with accounts, counts and audit rows at most " + Numbers.format(RECORD_FLOOR_MB_PER_FILE) + " MB a file (what " + pct(MIN_RECORD_SHARE)
                        + " of a 1-GB file is: records follow the count of files, not their bytes; " + Numbers.format(RECORD_FLOOR_MB_PER_FILE) + " MB / "
                        + Numbers.format(size.get().value()) + " MB = " + Numbers.shown(floor * 100) + "% of the volume)"
                : "with accounts and counts at least " + pct(MIN_RECORD_SHARE);
        assume("as-object-data", "Stored data is split by class: the files (" + size.get().evidence() + ") are " + pct(1 - records)
                + " of the stated volume and live in object storage only, never in the database, its backups or the warehouse; the "
                + "database keeps the records that describe them (key, size, SHA-256 checksum, content type, owner), one row of about "
                + Numbers.format(RECORD_KB_PER_FILE) + " KB with its indexes a file (" + Numbers.format(RECORD_KB_PER_FILE) + " KB / "
                + Numbers.format(size.get().value()) + " MB = " + (floor < MIN_RECORD_SHARE ? Numbers.shown(perFile * 100) : Numbers.format(Numbers.round(perFile * 100, 3)))
                + "% of the bytes), " + least + " and at most " + pct(1 - OBJECT_SHARE) + ": " + (floor < MIN_RECORD_SHARE ? Numbers.shown(records * 100) + "%" : pct(records))
                + ", on its SSD with its copies");
        // Shares under the floor of a 1-GB file keep six decimals: a thousandth of a percent of petabytes is still gigabytes
        return Numbers.round(1 - records, floor < MIN_RECORD_SHARE ? 6 : 4);
    }

    /** The store that holds time-series history an archive tiers (raw hot, rollups kept, raw past the window archived). */
    private java.util.Optional<String> tieredHistoryStore() {
        return t.parts.stream().filter(x -> billing(x).orElse(null) == PartBilling.ARCHIVE).findFirst()
                .flatMap(part -> t.placements.stream().filter(p -> p.archetype().components().stream().anyMatch(c -> c.id().equals(part.id()))).findFirst())
                .map(Topology.Placement::historyStoreId);
    }

    /**
     * The classes of data a store keeps. A store whose history is tiered keeps raw readings for the hot window and
     * rollups for the whole retention; raw data past the window goes to the archive. Any other store keeps everything
     * for the retention period.
     */
    private List<DataClass> dataClasses(String id, double initial, double growth, int retentionMonths) {
        if (growth <= 0 || !tieredHistoryStore().filter(id::equals).isPresent()) {
            java.util.Optional<List<DataClass>> perClass = statedClasses(id, initial, growth, retentionMonths);
            if (perClass.isPresent()) {
                return perClass.get();
            }
            return List.of(new DataClass("", "", initial, growth, retentionMonths, Numbers.format(initial) + " GB + " + Numbers.format(growth)
                    + " GB/month until the " + w.retentionYears() + "-year retention deletes as much as arrives"));
        }
        double hotMonths = a.find(DecisionTopic.DATA_TIERING).map(ch -> ch.chosen().size("hotMonths", DEFAULT_HOT_MONTHS)).orElse(DEFAULT_HOT_MONTHS);
        int window = (int) Math.max(1, Math.round(hotMonths));
        double full = growth * window;
        double hot0 = Math.min(initial, full);
        archiveInitial = initial - hot0;
        archiveGrowth = growth;
        // Retention the request states per class: rollups keep theirs, raw readings theirs (else the workload's retention).
        java.util.Optional<dev.architect.internal.facts.Retention> rollupRetention = t.stated.aggregateRetention();
        java.util.Optional<dev.architect.internal.facts.Retention> rawRetention = t.stated.rawRetention()
                .filter(r -> r.kind() == dev.architect.internal.facts.Retention.Kind.RAW && r.wholeMonths() < retentionMonths);
        int rawMonths = rawRetention.map(dev.architect.internal.facts.Retention::wholeMonths).orElse(retentionMonths);
        // A stated raw retention ends the archive's hold that many months after arrival, of which the hot window took the first.
        archiveMonths = rawRetention.isPresent() ? Math.max(1, rawMonths - window) : retentionMonths;
        rawRetentionText = rawRetention.map(r -> Numbers.format(r.years()) + "-year retention (stated: " + r.field() + " \"" + r.phrase() + "\")")
                .orElse(w.retentionYears() + "-year retention");
        int rollupMonths = rollupRetention.map(r -> r.wholeYears() * 12).orElse(retentionMonths);
        String rollupKept = rollupRetention.map(r -> "kept " + r.wholeYears() + " years as stated (" + r.field() + " \"" + r.phrase() + "\")")
                .orElse("kept for the " + w.retentionYears() + "-year retention");
        Rollup r = rollup();
        assume("as-data-classes", "Raw readings stay " + window + (window == 1 ? " month" : " months") + " in the hot store (the tiering option's "
                + "hot window); " + r.described() + ", are " + rollupKept + "; raw readings past the window are archived until their " + rawRetentionText + " ends");
        return List.of(
                new DataClass("", " (raw, hot window)", hot0, (full - hot0) / window, window, Numbers.format(hot0) + " GB of raw readings at "
                        + "launch, reaching " + Numbers.format(growth) + " GB/month x " + window + " = " + Numbers.format(full) + " GB in month "
                        + (window + 1) + ", then as much ages out to the archive as arrives (assumption as-data-classes)"),
                rollupClass(initial, growth, rollupMonths, r));
    }

    /**
     * How much smaller the rollups are than the raw readings, and why: with a stated bucket and the devices' stated
     * interval, the readings a bucket holds over the readings' size of a row (a plain average one, a rollup row of count,
     * min, max and average two); else {@value #ROLLUP_RATIO}.
     */
    private record Rollup(double ratio, boolean averages, double bucketMinutes, String interval, double readingsPerRow) {
        String described() {
            return Numbers.format(bucketMinutes) + "-minute " + (averages ? "averages" : "rollups") + ", 1/" + Numbers.format(ratio) + " of the raw volume"
                    + interval + " (" + (averages ? "one average, a reading's size," : "one row of count, min, max and average, twice a reading's size,")
                    + " per about " + Numbers.format(readingsPerRow) + " readings)";
        }
    }

    private Rollup rollup() {
        java.util.Optional<dev.architect.internal.facts.Retention> rollupRetention = t.stated.aggregateRetention();
        // The bucket the request states sets how many readings a rollup row replaces; the default is the 5-minute one.
        java.util.Optional<Double> bucket = rollupRetention.flatMap(dev.architect.internal.facts.Retention::intervalMinutes);
        double bucketMinutes = bucket.orElse(DEFAULT_ROLLUP_MINUTES);
        java.util.Optional<Double> readingSeconds = t.stated.deviceRate().map(dev.architect.internal.facts.DeviceRate::intervalSeconds);
        // A plain average keeps one value where a reading was; a rollup row keeps count, min, max and average
        boolean averages = rollupRetention.filter(dev.architect.internal.facts.Retention::averagesOnly).isPresent();
        double rowReadings = averages ? 1 : ROLLUP_ROW_READINGS;
        double ratio = bucket.isEmpty() ? ROLLUP_RATIO
                : Numbers.round(Math.max(1, bucketMinutes * 60 / readingSeconds.orElse(DEFAULT_ROLLUP_MINUTES * 60 / (ROLLUP_RATIO * ROLLUP_ROW_READINGS))
                        / rowReadings), 2);
        String interval = bucket.isPresent() && readingSeconds.isPresent() ? ": " + Numbers.format(bucketMinutes * 60) + " s a bucket / "
                + Numbers.format(readingSeconds.get()) + " s between readings (stated: " + t.stated.deviceRate().map(d -> d.field() + " \"" + d.phrase() + "\"")
                .orElseThrow() + ")" + (averages ? "" : " / " + Numbers.format(rowReadings) + " readings' size a row") : "";
        return new Rollup(ratio, averages, bucketMinutes, interval, Numbers.round(ratio * rowReadings, 2));
    }

    private DataClass rollupClass(double initial, double growth, int months, Rollup r) {
        return new DataClass("-rollup", r.averages() ? " (averages)" : " (rollups)", Numbers.round(initial / r.ratio(), 2), Numbers.round(growth / r.ratio(), 2),
                months, "(" + Numbers.format(initial) + " GB + " + Numbers.format(growth) + " GB/month) / " + Numbers.format(r.ratio())
                        + (r.averages() ? " as averages" : " as rollups") + ", kept until their " + Numbers.format(months / 12.0)
                        + "-year retention (assumption as-data-classes)");
    }

    /**
     * Retention the request states per class for a store that keeps all its history itself (no archive tiers it): raw
     * readings for their own period, the rollups (their share of the raw volume, {@link #rollup()}) for theirs. Only the
     * store that holds the readings (the time-series store where there is one), and only when both periods are stated
     * and differ.
     */
    private java.util.Optional<List<DataClass>> statedClasses(String id, double initial, double growth, int retentionMonths) {
        java.util.Optional<dev.architect.internal.facts.Retention> raw = t.stated.rawRetention()
                .filter(r -> r.kind() == dev.architect.internal.facts.Retention.Kind.RAW);
        java.util.Optional<dev.architect.internal.facts.Retention> rollups = t.stated.aggregateRetention();
        boolean holdsReadings = t.stores.containsKey(TELEMETRY_STORE) ? id.equals(TELEMETRY_STORE) : ingests();
        if (growth <= 0 || !holdsReadings || raw.isEmpty() || rollups.isEmpty() || raw.get().wholeMonths() == rollups.get().wholeYears() * 12) {
            return java.util.Optional.empty();
        }
        int rawMonths = raw.get().wholeMonths();
        int rollupMonths = rollups.get().wholeYears() * 12;
        Rollup r = rollup();
        assume("as-data-classes", "Raw readings are kept " + Numbers.format(raw.get().years()) + " years as stated (" + raw.get().field() + " \""
                + raw.get().phrase() + "\"); " + r.described() + ", are kept " + Numbers.format(rollups.get().years()) + " years as stated ("
                + rollups.get().field() + " \"" + rollups.get().phrase() + "\"); each class is stored and priced for its own period");
        return java.util.Optional.of(List.of(
                new DataClass("", RAW_CLASS, initial, growth, rawMonths, Numbers.format(initial) + " GB + " + Numbers.format(growth)
                        + " GB/month of raw readings until their " + Numbers.format(raw.get().years()) + "-year retention deletes as much as arrives "
                        + "(assumption as-data-classes)"),
                rollupClass(initial, growth, rollupMonths, r)));
    }

    /** The archetype component a part stands for, from the recognised archetypes that add it. */
    private java.util.Optional<dev.architect.offline.internal.archetype.Archetype.Component> component(Topology.Part part) {
        return t.placements.stream().flatMap(p -> p.archetype().components().stream()).filter(c -> c.id().equals(part.id())).findFirst();
    }

    /** The unit serving the archetype that adds a part. */
    private java.util.Optional<Unit> servingUnit(Topology.Part part) {
        return t.placements.stream().filter(p -> p.archetype().components().stream().anyMatch(c -> c.id().equals(part.id())))
                .findFirst().map(p -> t.unit(p.unitId()));
    }

    private java.util.Optional<String> shape(Topology.Part part) {
        return component(part).map(c -> c.decidedBy()).filter(java.util.Objects::nonNull).flatMap(a::find).map(ch -> ch.shape());
    }

    /** Whether the transport decision chose the cloud's managed WebSocket service for this part (decided-variants.yaml's shape). */
    private boolean managedWebSocket(Topology.Part part) {
        return shape(part).filter(MANAGED_WEBSOCKET::equals).isPresent();
    }

    private static final String MANAGED_WEBSOCKET = "websocket";

    private java.util.Optional<PartBilling> billing(Topology.Part part) {
        return prices.partBilling(part.id(), shape(part).orElse(null)).flatMap(PartBilling::of);
    }

    private boolean priced(String kind) {
        return prices.price(w.cloud(), kind).isPresent();
    }

    /** States an assumption once, with its id, so lines can refer to it. */
    /**
     * Defines the assumptions the average every monthly volume is priced at rests on, where its basis names them: the usual
     * day's curve (daily-load-shapes.yaml), the assumed ratio of a curve with no off-peak share, a named day taken yearly.
     */
    private void averageSources() {
        DailyLoadShape.Shape day = DailyLoadShape.standard().peopleCurve(t.makers, w.audience());
        String curveId = day.source().startsWith("assumption ") ? day.source().substring("assumption ".length()) : null;
        if (curveId != null && w.averageBasis().contains("assumption " + curveId)) {
            assume(curveId, "The usual day's curve of who makes the load: " + day.basis());
        }
        if (w.averageBasis().contains("assumption " + DailyLoadShape.ASSUMED_RATIO)) {
            assume(DailyLoadShape.ASSUMED_RATIO, "The usual day's peak stands " + Numbers.format(DailyLoadShape.ASSUMED_PEAK_TO_AVERAGE)
                    + " times its average where the curve states no share of the peak outside its peak hours");
        }
        if (w.averageBasis().contains("assumption " + dev.architect.offline.internal.catalog.LoadCalendar.NAMED_DAY_YEARLY)) {
            assume(dev.architect.offline.internal.catalog.LoadCalendar.NAMED_DAY_YEARLY, "A day the request names for its load without saying "
                    + "when it recurs (a results day, an opening day) comes once a year, the cycle such days usually keep");
        }
    }

    private void assume(String id, String text) {
        if (notes.stream().noneMatch(n -> n.startsWith("[" + id + "]"))) {
            notes.add("[" + id + "] " + text);
        }
    }

    /** The kind a scheduled job is billed by: hours it runs on the application platform. */
    private String jobKind() {
        return switch (t.deployment) {
            case PAAS -> "paas.job-hours";
            case CONTAINERS -> "containers.job-hours";
            default -> "compute.job-hours";
        };
    }

    /** What the application's services are billed by: the platform the deployment decision chose (Fargate tasks, not EC2 hours). */
    private String instanceKind() {
        return t.deployment == Shapes.Deployment.PAAS ? "paas.instance" : platformInstanceKind();
    }

    /**
     * What a long-running part deployed beside the services is billed by (a consumer, an identity server, a gateway): a task of
     * the container orchestrator the deployment decision chose, or a general-purpose instance.
     */
    private String platformInstanceKind() {
        return t.deployment == Shapes.Deployment.CONTAINERS ? "containers.instance" : "compute.instance";
    }

    private double millionsAMonth(double peakPerSecond) {
        return millionsAMonth(peakPerSecond, peakToAverage);
    }

    private static double millionsAMonth(double peakPerSecond, double peakToAverage) {
        return Numbers.round(peakPerSecond / peakToAverage * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
    }

    private String perMonthText(double peakPerSecond, String what) {
        return perMonthText(peakPerSecond, what, peakToAverage);
    }

    /**
     * Peak over average of the ingested stream: machines that report on an interval send day and night alike, so their
     * monthly average is the peak (assumption as-constant-load); a stream no machine sends is made by people's use and
     * follows their day like their requests ({@link Workload#PEAK_TO_AVERAGE}, assumption as-people-events).
     */
    private double devicePeakToAverage() {
        if (!ingests()) {
            return peakToAverage;
        }
        if (!t.makers.machinesReport()) {
            assume(DailyLoadShape.PEOPLE_EVENTS, "No machine in the request reports on an interval: the ingested events come from what "
                    + t.makers.people() + " and the people like them do, so they follow the people's day: events a month are the peak / "
                    + Numbers.format(peakToAverage) + ", as for their requests");
            return peakToAverage;
        }
        return constantLoad();
    }

    /** Machines' traffic runs at its peak all month: the assumption, naming the machines and where the request says they report. */
    private double constantLoad() {
        assume(DailyLoadShape.CONSTANT_LOAD, dev.architect.offline.internal.catalog.Words.capitalise(machines(t.makers)) + " report at a fixed interval around the clock ("
                + t.makers.machineEvidence() + "), so their messages a month are the peak rate x the seconds in a month (average = peak), not peak / "
                + Numbers.format(peakToAverage) + " as for people's traffic");
        return 1;
    }

    /** The machines' noun for the text ("meters"), or "devices" when several are named. */
    private static String machines(DailyLoadShape.Makers makers) {
        return makers.machineNouns().size() == 1 ? Names.plural(makers.machineNouns().iterator().next()) : "devices";
    }

    /** What the ingestion is called: the machines' when machines report on an interval, else the events people's use makes. */
    private String ingestionName() {
        return t.makers.machinesReport() ? "Device ingestion" : "Event ingestion";
    }

    /** Whether a capability's writes are machines' data, arriving on their interval day and night (DailyLoadShape). */
    private boolean machineMade(Capability c) {
        return DailyLoadShape.standard().machineMade(t.makers, c.name(), c.is(ResourceFlow.INGEST));
    }

    private static String perMonthText(double peakPerSecond, String what, double peakToAverage) {
        if (peakToAverage == 1) {
            return Numbers.format(peakPerSecond) + " " + what + "/s, constant (assumption as-constant-load) x " + Numbers.format(Workload.SECONDS_PER_MONTH)
                    + " s / 1,000,000";
        }
        return Numbers.format(peakPerSecond) + " " + what + "/s at peak / " + Numbers.format(peakToAverage) + " x "
                + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000";
    }

    /** Every container an archetype adds, priced by the billing model its chosen product has (prices.yaml partBilling). */
    private void parts() {
        int retentionMonths = w.retentionYears() * 12;
        for (Topology.Part part : t.parts) {
            PartBilling billing = billing(part).orElse(null);
            String id = part.id();
            if (billing == null) {
                notes.add("[part-" + id + "] Not priced: " + part.name() + " (" + part.technology() + ") has no billing model in the price table");
                notPriced.add(part.name());
                continue;
            }
            int first = needs.size();
            price(part, billing, retentionMonths);
            if (component(part).map(c -> c.temporary()).orElse(false)) {
                temporary(part, first);
            }
        }
    }

    /**
     * A temporary part's lines billed only until the month the roadmap's decommission ends: the loader and the
     * reconciliation of a migration stop once the rollback window has closed and the old system is switched off.
     */
    private void temporary(Topology.Part part, int first) {
        java.util.OptionalInt week = decommissionEnd();
        if (week.isEmpty()) {
            return;
        }
        int month = (int) Math.ceil(week.getAsInt() * 12 / 52.0);
        String why = "billed in months 1 to " + month + " only: the roadmap's decommission ends in week " + week.getAsInt()
                + " (week " + week.getAsInt() + " x 12 / 52 = " + Numbers.format(Numbers.round(week.getAsInt() * 12 / 52.0, 2))
                + ", rounded up to month " + month + "), after which " + part.name().toLowerCase(java.util.Locale.ROOT)
                + " is switched off (months counted from the start of the roadmap)";
        for (int i = first; i < needs.size(); i++) {
            needs.set(i, needs.get(i).until(month, why));
        }
        notes.add("[part-" + part.id() + "-temporary] " + part.name() + " is " + why);
    }

    /**
     * The week the roadmap's decommission ends, planned once for every temporary part. The figures know no calendar date
     * (the model path shares them), so the plan is the one without dated goals; a launch date can move it a little.
     */
    private java.util.OptionalInt decommissionEnd() {
        if (decommissionEnd == null) {
            decommissionEnd = RoadmapBuilder.endWeek(RoadmapBuilder.build(w, t, List.of(), List.of()).phases(), "phase-decommission");
        }
        return decommissionEnd;
    }

    /** The lines of one part, by the billing model its chosen product has. */
    private void price(Topology.Part part, PartBilling billing, int retentionMonths) {
        String id = part.id();
        switch (billing) {
            case INSTANCES -> {
                if (fleet(part)) {
                    return;
                }
                // A process that carries a load (part-loads.yaml) is sized from it; redundancy is the floor
                java.util.Optional<PartLoads.PartLoad> carried = PartLoads.standard().of(id).filter(l -> l.carries() != null);
                double perSecond = carried.map(l -> carriedPerSecond(l.carries())).orElse(0.0);
                Placement p = perSecond > 0 ? byLoad(part.name(), carried.get(), perSecond, carriedWhat(carried.get().carries()))
                        : HelperInstances.feed(id) == HelperInstances.Feed.CALLED ? fixed(2, "redundancy: a caller waits on it")
                        : helper(HelperInstances.feed(id), id, part.name());
                // Reports arrive at their interval day and night: the count that takes them runs all month
                Billed billed = perSecond > 0 && carried.get().carries() != PartLoads.Carries.REPORTS
                        ? autoscaled(p, instanceKind(), perSecond, carried.get().perInstance(), byLoadMinimum(),
                        carriedWhat(carried.get().carries())) : new Billed(p.total(), "");
                add(ResourceNeed.flat(id + "-instances", part.name() + " instances", id, instanceKind(), billed.months(),
                        p.total() + " instances: " + p.text() + billed.text()));
            }
            case SCHEDULED_JOB -> {
                if (batchJob(part)) {
                    return;
                }
                // A missed run is picked up by the next, so a job needs no standby: one instance per region, billed
                // only for the seconds it runs.
                assume("as-job-duty", "A scheduled job runs about 6 seconds a minute (or its equivalent, minutes an hour): "
                        + pct(JOB_DUTY) + " of one instance, billed only while it runs");
                double hours = Numbers.round(JOB_DUTY * HOURS_PER_MONTH * regions, 2);
                add(ResourceNeed.flat(id + "-runs", part.name() + " runs", id, jobKind(), hours,
                        pct(JOB_DUTY) + " of " + Numbers.format(HOURS_PER_MONTH) + " hours (assumption as-job-duty)"
                                + (regions > 1 ? " x " + regions + " regions" : "") + " = " + Numbers.format(hours) + " hours of one instance"));
            }
            case STITCHED_DOWNLOADS -> stitcher(part);
            case MOBILE_PUSH -> mobilePush(part);
            case ROUTING_NODES -> RoutingCost.engine(this, part);
            case FUNCTIONS -> functionInvocations(part);
            case EDGE_FUNCTIONS -> edgeFunctionInvocations(part);
            case CACHE_NODES -> {
                Placement p = fixed(2, part.name().toLowerCase(java.util.Locale.ROOT) + " (primary and replica)");
                add(ResourceNeed.flat(id + "-nodes", part.name() + " nodes", id, "cache.node", p.total(), p.total() + " nodes: " + p.text()));
            }
            case OBJECT_STORAGE -> objectStorage(part, false, retentionMonths);
            case OBJECT_STORAGE_LIFECYCLE -> objectStorage(part, true, retentionMonths);
            case CDN -> {
                // Priced by edge(): transfer, requests and origin fill carry this container's id.
            }
            case INGEST_STREAM -> ingestStream(part);
            case MQTT_INGEST -> {
                mqtt(part);
                ingestStream(part);
            }
            case MQTT_CLUSTER -> {
                mqttCluster(part);
                ingestStream(part);
            }
            // A broker that carries commands and acknowledgements, with no stream behind it (the device gateway).
            case MQTT_BROKER -> commandGateway(part);
            case MQTT_BROKER_CLUSTER -> mqttCluster(part);
            case STREAM_PROCESSING -> {
                // A message of several readings weighs as many 1-KB events as its KB: the unit evaluates bytes
                boolean bytes = sizedOnBytes();
                double events = bytes ? kbPerSecond(w.peakWrites()) / EVENT_KB : w.peakWrites();
                double share = mode == RecoveryMode.ACTIVE_ACTIVE ? events / regions : events;
                int units = CapacityCalculator.instancesFor(share, EVENTS_PER_PROCESSING_UNIT, 2);
                Placement p = standby(units, 2, "max(2, ceil(" + Numbers.format(share) + (bytes ? " KB/s / (" + Numbers.format(EVENTS_PER_PROCESSING_UNIT * EVENT_KB)
                        + " KB/s" : " events/s / (" + Numbers.format(EVENTS_PER_PROCESSING_UNIT)) + " per unit x "
                        + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100) + "% target utilisation)))"
                        + (bytes ? ": " + kbText(w.peakWrites(), w.streamWrites()) : "") + " (assumption as-stream-processing-rate)");
                assume("as-stream-processing-rate", "One stream-processing unit (about 1 vCPU) evaluates " + Numbers.format(EVENTS_PER_PROCESSING_UNIT)
                        + " 1-KB events a second (" + Numbers.format(EVENTS_PER_PROCESSING_UNIT * EVENT_KB / 1000) + " MB/s) with keyed windows");
                add(ResourceNeed.flat(id + "-units", part.name() + " processing units", id, "stream-processing.unit", p.total(),
                        p.total() + " units: " + p.text()));
            }
            case ARCHIVE -> archive(part, retentionMonths);
            case WAREHOUSE -> warehouse(part, retentionMonths);
            case CHANGE_DATA_CAPTURE -> changeDataCapture(part);
            case REALTIME_CONNECTIONS -> realtime(part);
            case CONNECTION_TABLE -> connectionTable(part);
            case WORKFLOW_STEPS -> workflowSteps(part);
            case IN_PLACE -> notes.add("[part-" + id + "] " + part.name() + " (" + part.technology() + ") runs inside another container "
                    + "of the design; priced in that container's lines");
            case ON_HARDWARE -> notes.add("[part-" + id + "] " + part.name() + " (" + part.technology() + ") is equipment the "
                    + "organisation buys and installs, a purchase rather than a monthly cloud bill, so no line here prices it; its "
                    + "data and uploads are priced with the containers it talks to");
            case CONNECTIONS_IN_PLACE -> notes.add("[part-" + id + "] " + part.name() + " (" + part.technology() + ") runs inside "
                    + servingUnit(part).map(Unit::name).orElse("the application") + ": the connections it holds size that container's instances");
        }
    }

    /**
     * Push notifications to phones whose app is in the background, per monthly active user (mobile-push.yaml), at the
     * cloud's push service; a namespace charge where the cloud bills one. Where the service charges nothing per message
     * (Firebase Cloud Messaging, APNs), the line says so at $0.
     */
    private void mobilePush(Topology.Part part) {
        MobilePush m = MobilePush.standard();
        assume(MobilePush.ASSUMPTION, "Push notifications to apps in the background: " + m.basis());
        double millions = Numbers.round(w.monthlyActiveUsers() * m.perUserMonth() / 1_000_000, 2);
        add(ResourceNeed.flat(part.id() + "-notifications", part.name() + " notifications", part.id(), MobilePush.NOTIFICATIONS, millions,
                Numbers.format(w.monthlyActiveUsers()) + " monthly active users x " + Numbers.format(m.perUserMonth())
                        + " notifications a month (assumption " + MobilePush.ASSUMPTION + ") / 1,000,000"));
        if (prices.price(w.cloud(), MobilePush.HUB).isPresent()) {
            add(ResourceNeed.flat(part.id() + "-namespace", part.name() + " namespace", part.id(), MobilePush.HUB, 1,
                    "1 namespace on the production tier (it holds the devices' push registrations)"));
        }
    }

    /**
     * A workflow engine bills per step it runs: each write of the cases it runs moves a case one step (a command, a
     * callback, a timer), so the month's writes of the capabilities its mechanism designs are its transitions, not the
     * writes of ingestion or of other capabilities it never sees.
     */
    private void workflowSteps(Topology.Part part) {
        assume("as-step-per-write", "Each write of a case moves it one workflow step (a command, a callback or a timer), so the engine runs one "
                + "billed step per write of the capabilities it runs");
        OwnWrites own = ownWrites(part);
        add(ResourceNeed.flat(part.id() + "-steps", part.name() + " steps", part.id(), "workflow.steps", millionsAMonth(own.perSecond()),
                perMonthText(own.perSecond(), "writes") + " (" + own.basis() + "; assumption as-step-per-write)"));
    }

    /**
     * A batch job whose hours follow the data it reads (batch-jobs.yaml): GB written a month to the store it reads x its
     * window / GB an instance processes an hour = hours a run, x runs a month; in the first region, where the data is.
     * False when the job is not one, or its store holds no growing data (it is then billed by its duty).
     */
    private boolean batchJob(Topology.Part part) {
        java.util.Optional<BatchJobs.Job> job = BatchJobs.standard().job(part.id());
        if (job.isEmpty()) {
            return false;
        }
        BatchJobs.Job j = job.get();
        java.util.Optional<String> store = t.placements.stream()
                .filter(p -> p.archetype().components().stream().anyMatch(c -> c.id().equals(part.id())))
                .map(p -> j.reads() == BatchJobs.Reads.HISTORY ? p.historyStoreId() : p.storeId()).filter(java.util.Objects::nonNull).findFirst();
        double growth = store.map(id -> storeGrowth.getOrDefault(id, 0.0)).orElse(0.0);
        if (growth <= 0) {
            return false;
        }
        double months = j.windowDays() / DAYS_PER_CALENDAR_MONTH;
        double perRun = Numbers.round(growth * months, 2);
        double hoursPerRun = Numbers.round(perRun / j.gbPerInstanceHour(), 2);
        double hours = Numbers.round(hoursPerRun * j.runsPerMonth(), 2);
        assume(BatchJobs.ASSUMPTION, part.name() + ": " + j.throughputBasis() + "; " + j.runsBasis());
        add(ResourceNeed.flat(part.id() + "-runs", part.name() + " runs", part.id(), jobKind(), hours,
                Numbers.format(growth) + " GB written a month to " + store.get() + " x " + Numbers.format(j.windowDays()) + " days read a run / "
                        + Numbers.format(DAYS_PER_CALENDAR_MONTH) + " = " + Numbers.format(perRun) + " GB a run / " + Numbers.format(j.gbPerInstanceHour())
                        + " GB an instance-hour (assumption " + BatchJobs.ASSUMPTION + ") = " + Numbers.format(hoursPerRun) + " hours a run x "
                        + Numbers.format(j.runsPerMonth()) + " runs a month = " + Numbers.format(hours) + " instance-hours, in the first region where the data is"));
        return true;
    }

    /** Peak writes of the capabilities one part serves, with where they come from. */
    private record OwnWrites(double perSecond, String basis, double requests, String requestsBasis) {
    }

    /**
     * The writes at peak of the capabilities the mechanism adding a part designs, as the load split gives them
     * (assumption as-part-load); when the mechanism names none of the request's capabilities, one record-keeping
     * capability's share.
     */
    private OwnWrites ownWrites(Topology.Part part) {
        List<String> names = t.placements.stream().filter(p -> p.archetype().components().stream().anyMatch(c -> c.id().equals(part.id())))
                .findFirst().map(p -> p.recognised().capabilities()).orElse(List.of());
        List<Capability> own = loads.keySet().stream().filter(c -> names.contains(c.name())).toList();
        if (!own.isEmpty()) {
            double writes = Numbers.round(own.stream().mapToDouble(c -> loads.get(c).writes()).sum(), 2);
            double requests = Numbers.round(own.stream().mapToDouble(c -> loads.get(c).reads() + loads.get(c).writes()).sum(), 2);
            return new OwnWrites(writes, "the writes of " + names(own) + ", their share of the load (assumption as-part-load)",
                    requests, "the reads and writes of " + names(own) + " before any cache, their share of the load (assumption as-part-load)");
        }
        List<Capability> records = loads.keySet().stream().filter(c -> !c.is(ResourceFlow.INGEST)).toList();
        double writes = records.isEmpty() ? 0 : Numbers.round(records.stream().mapToDouble(c -> loads.get(c).writes()).sum() / records.size(), 2);
        double requests = records.isEmpty() ? 0
                : Numbers.round(records.stream().mapToDouble(c -> loads.get(c).reads() + loads.get(c).writes()).sum() / records.size(), 2);
        String none = ", none being named for " + part.name().toLowerCase(java.util.Locale.ROOT) + " (assumption as-part-load)";
        return new OwnWrites(writes, "one record-keeping capability's share of the writes" + none, requests,
                "one record-keeping capability's share of the reads and writes" + none);
    }

    /** A stream of events: per GB on a managed stream, or retention on the streaming brokers it shares as a topic. */
    private void ingestStream(Topology.Part part) {
        double events = w.peakWrites();
        double ratio = devicePeakToAverage();
        double kb = kbPerSecond(events);
        double gb = Numbers.round(kb / ratio * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
        String gbText = (sizedOnBytes() ? kbText(events, w.streamWrites()) + (ratio == 1 ? ", constant (assumption as-constant-load)" : " at peak / " + Numbers.format(ratio))
                : Numbers.format(events) + " events/s" + (ratio == 1 ? ", constant (assumption as-constant-load)" : " at peak / " + Numbers.format(ratio)) + " x "
                + Numbers.format(EVENT_KB) + " KB") + " x " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000 = " + Numbers.format(gb) + " GB a month";
        // The part rides the design's stream when its technology names it ("AWS IoT Core (MQTT) into Amazon MSK" after an
        // MQTT broker into the chosen stream): it is a topic there, not a second managed stream the ADRs did not choose.
        boolean onBrokers = t.messaging == Shapes.Messaging.STREAM && part.technology().contains(a.chosen(DecisionTopic.MESSAGING).technologyOn(w.cloud()));
        if (onBrokers || !priced("stream.ingest")) {
            assume("as-stream-retention", "Streams keep events " + STREAM_RETENTION_DAYS + " day on the brokers for replay, "
                    + STREAM_REPLICAS + " replicas each");
            double kept = Numbers.round(gb / 30 * STREAM_RETENTION_DAYS * STREAM_REPLICAS, 2);
            if (!onBrokers) {
                CatalogueEntry stream = a.chosen(DecisionTopic.MESSAGING);
                double min = stream.size("minNodes", 3);
                double perNode = stream.size("eventsPerNode", 20000);
                int brokers = (int) Math.max(min, Math.ceil(events / perNode));
                Placement p = standby(brokers, (int) min, "max(" + Numbers.format(min) + ", ceil(" + Numbers.format(events) + " events/s / "
                        + Numbers.format(perNode) + " per broker))");
                add(ResourceNeed.flat(part.id() + "-brokers", part.name() + " brokers", part.id(), "stream.node", p.total(), p.total() + " brokers: " + p.text()));
            }
            add(ResourceNeed.flat(part.id() + "-retention", part.name() + " retention", part.id(), "stream.storage", kept,
                    gbText + " / 30 days x " + STREAM_RETENTION_DAYS + " day x " + STREAM_REPLICAS + " replicas (assumption as-stream-retention)"
                            + (onBrokers ? "; a topic on the design's stream (line " + (priced("stream.throughput-unit") ? "stream-throughput-units" : "stream-brokers")
                            + "), not a cluster of its own" : "")));
        } else {
            int units = (int) Math.max(1, Math.ceil(kb / 1000));
            double standardUsd = prices.price(w.cloud(), "stream.ingest").orElseThrow().billed(gb);
            if (priced("stream.throughput-unit") && premiumStream(part.id(), part.id(), events, kb / 1000, units, standardUsd, part.id() + "-throughput")) {
                return;
            }
            add(ResourceNeed.flat(part.id() + "-throughput", part.name() + " throughput", part.id(), "stream.ingest", gb,
                    gbText + ", billed per GB through the managed stream" + (priced("stream.throughput-unit") ? namespaces(units) : "")));
            serviceLimit(part.id(), "stream.ingest", kb / 1000, sizedOnBytes() ? kbText(events, w.streamWrites()) + " / 1,000"
                    : Numbers.format(events) + " events/s x " + Numbers.format(EVENT_KB) + " KB / 1,000");
        }
    }

    /** Devices connected: as the request states them ("150,000 sensors"), else its monthly active users. */
    private double devices() {
        return t.stated.deviceRate().map(dev.architect.internal.facts.DeviceRate::devices).orElse((double) w.monthlyActiveUsers());
    }

    private String devicesText() {
        return t.stated.deviceRate().map(d -> "devices (stated: " + d.field() + " \"" + d.phrase() + "\")").orElse("devices (monthly active users)");
    }

    /** Device messages through a managed MQTT broker, or broker instances sized by device connections. */
    private void mqtt(Topology.Part part) {
        mqtt(part, "MQTT broker messages");
    }

    private void mqtt(Topology.Part part, String label) {
        mqtt(part, label, w.peakWrites(), "device messages", "", devicePeakToAverage());
    }

    /**
     * A gateway that carries only commands and their acknowledgements: the devices' reports reach the design by its own
     * ingestion path, so billing it for every write at peak priced traffic it never carries. Its messages are the
     * commands the request counts for the capabilities the command mechanism designs, else the devices at the
     * archetype's commands a device a day (command-rates.yaml, an assumption), never a share of the request's writes (a
     * command, then its acknowledgement: two each).
     */
    private void commandGateway(Topology.Part part) {
        java.util.Optional<Topology.Placement> placed = t.placements.stream().filter(p -> p.archetype().components().stream().anyMatch(c -> c.id().equals(part.id())))
                .findFirst();
        List<String> names = placed.map(p -> p.recognised().capabilities()).orElse(List.of());
        List<dev.architect.internal.facts.StatedFact> counted = names.isEmpty() ? List.of() : t.stated.actionVolumes(names);
        java.util.Optional<CommandRates.Rate> rate = placed.flatMap(p -> CommandRates.standard().of(p.archetype().id()));
        double commands;
        String basis;
        if (!counted.isEmpty()) {
            double aMonth = counted.stream().mapToDouble(dev.architect.internal.facts.StatedFact::value).sum();
            commands = Numbers.round(aMonth / Workload.SECONDS_PER_MONTH * peakToAverage, 2);
            basis = String.join(" + ", counted.stream().map(v -> Numbers.format(v.value()) + " a month (stated: " + v.phrase() + ")").toList())
                    + " / " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s x " + Numbers.format(peakToAverage) + " at peak";
        } else if (rate.isPresent()) {
            double devices = devices();
            commands = Numbers.round(devices * rate.get().perDevicePerDay() / 86_400 * peakToAverage, 2);
            basis = Numbers.format(devices) + " " + devicesText() + " x " + Numbers.format(rate.get().perDevicePerDay()) + " commands a device a day / 86,400 s x "
                    + Numbers.format(peakToAverage) + " at peak (assumption " + CommandRates.ASSUMPTION + ")";
            assume(CommandRates.ASSUMPTION, "The request counts no commands to its devices, so each device is sent "
                    + Numbers.format(rate.get().perDevicePerDay()) + " commands a day: " + rate.get().basis());
        } else {
            OwnWrites own = ownWrites(part);
            commands = own.perSecond();
            basis = own.basis();
        }
        double messages = Numbers.round(commands * 2, 2);
        mqtt(part, "Device gateway messages", messages, "messages", "2 messages a command (the command and its acknowledgement) x "
                + Numbers.format(commands) + " commands/s at peak (" + basis + ") = ", peakToAverage);
    }

    private void mqtt(Topology.Part part, String label, double messages, String what, String derivation, double ratio) {
        if (priced("iot.messages")) {
            double millions = millionsAMonth(messages, ratio);
            add(ResourceNeed.flat(part.id() + "-mqtt-messages", label, part.id(), "iot.messages", millions,
                    derivation + perMonthText(messages, what, ratio)));
        } else if (priced("iot.unit")) {
            double perDay = messages / ratio * 86_400;
            int units = (int) Math.max(1, Math.ceil(perDay / 300_000_000));
            add(ResourceNeed.flat(part.id() + "-mqtt-units", "Device hub units", part.id(), "iot.unit", units,
                    derivation + "ceil(" + Numbers.format(messages) + " messages/s at peak / " + Numbers.format(ratio)
                            + " x 86,400 s = " + Numbers.format(perDay) + " messages a day / 300,000,000 per unit)"));
        } else {
            connectionInstances(part, "mqtt", devices(), devicesText() + " connected at once");
        }
    }

    /**
     * Broker instances the team runs: enough for the devices connected at once and for the messages at peak, whichever
     * needs more ({@value #MESSAGES_PER_BROKER} messages a second per instance, assumption as-broker-throughput).
     */
    private void mqttCluster(Topology.Part part) {
        assume("as-broker-throughput", "One 2-vCPU / 8-GiB MQTT broker instance carries " + Numbers.format(MESSAGES_PER_BROKER)
                + " small messages a second (QoS 1) and " + Numbers.format(connectionsPerInstance) + " device connections");
        double share = mode == RecoveryMode.ACTIVE_ACTIVE ? regions : 1;
        double messages = w.peakWrites() / share;
        double devices = devices() / share;
        int forMessages = CapacityCalculator.instancesFor(messages, MESSAGES_PER_BROKER, 2);
        int forDevices = CapacityCalculator.instancesFor(devices, connectionsPerInstance, 2);
        int n = Math.max(forMessages, forDevices);
        Placement p = standby(n, 2, "max(" + forMessages + " for " + Numbers.format(messages) + " messages/s at peak / ("
                + Numbers.format(MESSAGES_PER_BROKER) + " per instance x " + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100)
                + "% target utilisation), " + forDevices + " for " + Numbers.format(devices) + " " + devicesText() + " / "
                + Numbers.format(connectionsPerInstance) + " connections per instance) (assumption as-broker-throughput)");
        add(ResourceNeed.flat(part.id() + "-mqtt-compute", "MQTT broker instances", part.id(), "compute.instance", p.total(),
                p.total() + " instances: " + p.text()));
    }

    /** Raw records past the hot window as compressed columnar files, and the serverless queries that read them. */
    private void archive(Topology.Part part, int retentionMonths) {
        assume("as-archive", "Archived records are compressed " + Numbers.format(ARCHIVE_COMPRESSION) + "x as columnar files (Parquet); "
                + "ad-hoc queries scan " + Numbers.format(ARCHIVE_QUERY_TB) + " TB of them a month (partitioned by day)");
        double initial = Numbers.round(archiveInitial / ARCHIVE_COMPRESSION, 2);
        double growth = Numbers.round(archiveGrowth / ARCHIVE_COMPRESSION, 2);
        int kept = archiveMonths > 0 ? archiveMonths : retentionMonths;
        addStorage(new ResourceNeed(part.id() + "-storage", part.name() + " storage", part.id(), "object.storage.infrequent", initial, growth, kept,
                "(" + Numbers.format(archiveInitial) + " GB of raw history past the hot window + " + Numbers.format(archiveGrowth)
                        + " GB/month, assumption as-data-classes) / " + Numbers.format(ARCHIVE_COMPRESSION) + " (columnar compression, assumption "
                        + "as-archive), kept until the " + (rawRetentionText != null ? rawRetentionText : w.retentionYears() + "-year retention")
                        + " deletes it"));
        if (priced("query.scanned")) {
            add(ResourceNeed.flat(part.id() + "-queries", part.name() + " queries", part.id(), "query.scanned", ARCHIVE_QUERY_TB,
                    Numbers.format(ARCHIVE_QUERY_TB) + " TB scanned a month (assumption as-archive), billed per TB scanned, no cluster"));
        } else {
            Placement p = helper(HelperInstances.Feed.PICKS_UP, part.id(), part.name() + " query engine");
            add(ResourceNeed.flat(part.id() + "-query-compute", part.name() + " query engine instances", part.id(), "compute.instance", p.total(),
                    p.total() + " instances: " + p.text()));
        }
    }

    /** An analytical warehouse fed by change data capture: compute by the product's billing model, plus its storage. */
    private void warehouse(Topology.Part part, int retentionMonths) {
        String id = part.id();
        if (priced("warehouse.rpu-hours")) {
            double hours = WAREHOUSE_BASE_RPU * REPORT_HOURS_PER_DAY * 30;
            assume("as-report-hours", "Reports run about " + Numbers.format(REPORT_HOURS_PER_DAY) + " hours a day on the warehouse's base capacity");
            add(ResourceNeed.flat(id + "-compute", part.name() + " compute", id, "warehouse.rpu-hours", hours,
                    Numbers.format(WAREHOUSE_BASE_RPU) + " RPUs (base capacity) x " + Numbers.format(REPORT_HOURS_PER_DAY) + " hours a day x 30 days"
                            + " (assumption as-report-hours); billed only while queries run"));
        } else if (priced("warehouse.capacity")) {
            add(ResourceNeed.flat(id + "-compute", part.name() + " capacity", id, "warehouse.capacity", 1,
                    "The smallest capacity, always on; reports and loads share it"));
        } else if (priced("query.scanned")) {
            assume("as-report-scans", "The day's reports scan " + Numbers.format(REPORT_SCAN_SHARE * 100) + "% of the date-partitioned warehouse, once a day");
            double factor = REPORT_SCAN_SHARE * 30 / 1000;
            add(new ResourceNeed(id + "-queries", part.name() + " queries", id, "query.scanned", Numbers.round(recordsInitial * factor, 4),
                    Numbers.round(recordsGrowth * factor, 4), retentionMonths, "(" + Numbers.format(recordsInitial) + " GB + "
                            + Numbers.format(recordsGrowth) + " GB/month) x " + Numbers.format(REPORT_SCAN_SHARE) + " x 30 days / 1,000"
                            + " TB scanned a month (assumption as-report-scans), billed per TB scanned"));
        } else {
            Placement p = fixed(2, "the warehouse (replicated pair)");
            add(ResourceNeed.flat(id + "-nodes", part.name() + " nodes", id, "database.node", p.total(), p.total() + " nodes: " + p.text()));
        }
        addStorage(new ResourceNeed(id + "-storage", part.name() + " storage", id, "warehouse.storage", recordsInitial, recordsGrowth, retentionMonths,
                Numbers.format(recordsInitial) + " GB + " + Numbers.format(recordsGrowth) + " GB/month of relational records (outside any time-series store), one logical copy "
                        + "(columnar compression not counted), kept as long as the records"));
    }

    /** Change data capture from the primary store: a replication instance, or per GB of changes. */
    private void changeDataCapture(Topology.Part part) {
        String id = part.id();
        if (priced("cdc.instance")) {
            add(ResourceNeed.flat(id + "-instance", part.name() + " replication instance", id, "cdc.instance", 1,
                    "One replication instance running continuously; a failed one is replaced and resumes from its checkpoint"));
        } else if (priced("cdc.changed-gb")) {
            assume("as-cdc-volume", "The changes captured a month are about the relational records written a month");
            add(ResourceNeed.flat(id + "-changes", part.name() + " change data", id, "cdc.changed-gb", recordsGrowth,
                    Numbers.format(recordsGrowth) + " GB of changes a month (assumption as-cdc-volume)"));
        } else {
            Placement p = helper(HelperInstances.Feed.PICKS_UP, id, part.name());
            add(ResourceNeed.flat(id + "-compute", part.name() + " instances", id, "compute.instance", p.total(), p.total() + " instances: " + p.text()));
        }
    }

    /**
     * Realtime connections by the path chosen: a managed WebSocket service billed per connection-minute and message or
     * by units of connections, else gateway instances sized by the connections each holds.
     */
    /** Connections held at the busiest moment: as the request states them, else a share of monthly users, with where it came from. */
    private record Connections(double count, String basis) {
    }

    private Connections connections() {
        // Connections the request states are sized as stated; only a request silent on them gets the assumption.
        java.util.Optional<dev.architect.internal.facts.StatedFact> statedConnections = t.stated.concurrentConnections();
        double connections = statedConnections.map(dev.architect.internal.facts.StatedFact::value)
                .orElseGet(() -> Numbers.round(w.monthlyActiveUsers() * CONCURRENT_SHARE, 0));
        if (statedConnections.isEmpty()) {
            assume("as-concurrent-connections", "A third of monthly users are connected at the busiest moment: " + Numbers.format(connections)
                    + " concurrent connections at peak");
        }
        // The capacity plan shows the figure the realtime sizing and its cost read, with where it came from.
        if (figures.stream().noneMatch(f -> f.id().equals("concurrent-connections"))) {
            figures.add(new Figure("concurrent-connections", "Connections held at the busiest moment", connections, "connections",
                    statedConnections.map(c -> GIVEN + c.evidence()).orElse(CapacityCalculator.ASSUMED + "as-concurrent-connections): "
                            + Numbers.format(w.monthlyActiveUsers()) + " monthly users / " + Numbers.format(Numbers.round(1 / CONCURRENT_SHARE, 2)) + ", rounded")));
        }
        return new Connections(connections, statedConnections.map(c -> "(stated: " + c.evidence() + ")").orElse("(assumption as-concurrent-connections)"));
    }

    /** How a figure the request states starts its basis in the capacity plan: kept as given, not recomputed. */
    private static final String GIVEN = CapacityCalculator.GIVEN;

    /** Units that hold realtime connections themselves (long polling on the application): sized for those connections too. */
    private java.util.Set<String> unitsHoldingConnections() {
        java.util.Set<String> units = new java.util.HashSet<>();
        for (Topology.Part part : t.parts) {
            if (billing(part).orElse(null) == PartBilling.CONNECTIONS_IN_PLACE) {
                units.add(servingUnit(part).map(Unit::id).orElse(t.units.get(0).id()));
            }
        }
        return units;
    }

    private void realtime(Topology.Part part) {
        Connections held = connections();
        double connections = held.count();
        String basis = held.basis();
        boolean managed = managedWebSocket(part) && !variant.selfRunRealtime();
        String id = part.id();
        if (managed && priced("realtime.connection-minutes") && priced("realtime.messages")) {
            double average = connections / peakToAverage;
            double minutes = Numbers.round(average * MINUTES_PER_MONTH / 1_000_000, 2);
            add(ResourceNeed.flat(id + "-connection-minutes", "Realtime connection minutes", id, "realtime.connection-minutes", minutes,
                    Numbers.format(connections) + " connections at peak " + basis + " / " + Numbers.format(peakToAverage)
                            + " on average x " + Numbers.format(MINUTES_PER_MONTH) + " minutes / 1,000,000"));
            RealtimeMessages traffic = realtimeMessages(part);
            add(ResourceNeed.flat(id + "-messages", "Realtime messages", id, "realtime.messages", millionsAMonth(traffic.billed()),
                    perMonthText(traffic.billed(), "messages") + ": " + realtimeRequestsText(part, traffic) + "; " + traffic.formula()));
            realtimeMessagesFigure(traffic);
            if (traffic.reports() > 0) {
                double watchers = reportSink.map(dev.architect.offline.internal.archetype.ReportSinks.Sink::watchersPerReport).orElse(0.0);
                notes.add("[" + dev.architect.offline.internal.archetype.ReportSinks.WATCHERS + "] Each report is pushed to "
                        + Numbers.format(watchers) + (watchers == 1 ? " client" : " clients") + " watching its sender: "
                        + reportSink.get().watchersBasis());
            }
            reconnectTime(id, connections, basis);
        } else if (managed && priced("realtime.unit")) {
            int units = (int) Math.ceil(connections / 1000);
            add(ResourceNeed.flat(id + "-units", "Realtime service units", id, "realtime.unit", units,
                    "ceil(" + Numbers.format(connections) + " connections at peak " + basis + " / 1,000 per unit); "
                            + "each unit includes 1 million messages a day"));
        } else {
            connectionInstances(part, "connections", connections, "connections at peak " + basis);
            return;
        }
        // The managed path's price beside the self-run one, so a reader can weigh operations against cost
        int selfRun = CapacityCalculator.instancesFor(mode == RecoveryMode.ACTIVE_ACTIVE ? connections / regions : connections, connectionsPerInstance, 2);
        prices.price(w.cloud(), "compute.instance").ifPresent(instance -> notes.add("[realtime-path] Self-run WebSocket gateways instead of "
                + part.technology() + " would need about " + selfRun + " instances per serving region (" + Numbers.format(connectionsPerInstance)
                + " connections each at " + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100) + "%) at " + Numbers.usd(instance.monthlyUsd())
                + " each, plus their operation (draining on deploys, connection-aware autoscaling)"));
    }

    /**
     * The pushes of the capabilities on the realtime connection: each write (reports apart) goes to the clients watching
     * what it changes (push-fanout.yaml, by the archetype that designs it), each report a live index keeps to its sender's
     * watchers (report-sinks.yaml); with the arithmetic per capability and the recipients used, for the assumption.
     */
    private record Fanout(double updatePushes, double reportPushes, String terms) {
    }

    /** The pushes of {@link Fanout}: one computation, read by the realtime messages and by the pushed egress. */
    private Fanout fanout() {
        java.util.Set<String> carried = realtimeCapabilities();
        PushFanout fanout = PushFanout.standard();
        double watchers = reportSink.map(dev.architect.offline.internal.archetype.ReportSinks.Sink::watchersPerReport).orElse(0.0);
        double updatePushes = 0;
        double reportPushes = 0;
        List<String> terms = new ArrayList<>();
        java.util.Map<String, PushFanout.Recipients> used = new java.util.LinkedHashMap<>();
        for (Capability c : t.capabilities) {
            if (c.is(ResourceFlow.INGEST) || !carried.contains(c.name())) {
                continue;
            }
            String archetype = t.placements.stream().filter(p -> p.recognised().capabilities().contains(c.name())).findFirst()
                    .map(p -> p.archetype().id()).orElse("");
            PushFanout.Recipients r = fanout.recipients(archetype);
            // Heartbeats are taken by the presence store; a change is published only when a status changes (the flow)
            double updates = beats(c) > 0 ? 0 : Math.max(0, loads.get(c).writes() - held(c));
            double reports = held(c);
            if (updates + reports <= 0) {
                continue;
            }
            updatePushes += updates * r.recipients();
            reportPushes += reports * watchers;
            used.putIfAbsent(archetype.isEmpty() ? "default" : archetype, r);
            terms.add(c.name() + " " + Numbers.format(Numbers.round(updates, 2)) + " writes/s x " + Numbers.format(r.recipients())
                    + (reports > 0 ? " + " + Numbers.format(Numbers.round(reports, 2)) + " reports/s x " + Numbers.format(watchers)
                    + " (assumption " + dev.architect.offline.internal.archetype.ReportSinks.WATCHERS + ")" : ""));
        }
        if (carried.isEmpty()) {
            return connectionPushes().orElse(new Fanout(0, 0, ""));
        }
        if (!used.isEmpty()) {
            assume(PushFanout.ASSUMPTION, "Each update sent over a realtime connection is pushed to the clients watching what it changes: "
                    + String.join("; ", used.values().stream().map(r -> Numbers.format(r.recipients()) + " (" + r.basis() + ")").distinct().toList())
                    + "; " + fanout.messageKbBasis());
        }
        return new Fanout(Numbers.round(updatePushes, 2), Numbers.round(reportPushes, 2), terms.isEmpty() ? "" : "(" + String.join(" + ", terms) + ")");
    }

    /**
     * The pushes of an archetype that holds connections for live updates but carries none of the request's capabilities
     * on them (recognised from the request's sentences): no capability's writes count its updates, so each connection
     * held at peak receives the updates a second push-fanout.yaml states for the archetype ({@code connectionRates}).
     * Empty when no such archetype designs a realtime part here.
     */
    private java.util.Optional<Fanout> connectionPushes() {
        PushFanout fanout = PushFanout.standard();
        for (Topology.Placement p : t.placements) {
            java.util.Optional<PushFanout.ConnectionRate> rate = fanout.connectionRate(p.archetype().id());
            if (rate.isEmpty() || p.archetype().components().stream().noneMatch(this::realtimeComponent)) {
                continue;
            }
            Connections held = connections();
            // A connection follows one of the things whose changes the request states, and receives that thing's changes;
            // else it receives the rate of the kind of live content it follows, recognised from what is said to be pushed
            java.util.Optional<dev.architect.internal.facts.LiveUpdates> live = liveUpdates();
            java.util.Optional<LiveContentRecognition.Found> kind = live.isPresent() ? java.util.Optional.empty()
                    : LiveContentRecognition.of(t, p, fanout);
            double each = live.map(dev.architect.internal.facts.LiveUpdates::perThingPerSecond)
                    .orElse(kind.map(k -> k.kind().perSecond()).orElse(rate.get().updatesPerSecond()));
            String eachText = live.map(dev.architect.internal.facts.LiveUpdates::eachText)
                    .orElse(kind.map(k -> "1 / " + Numbers.format(k.kind().everySeconds()) + " s").orElse(Numbers.format(each) + " updates/s"));
            if (live.isPresent()) {
                assume(PushFanout.ASSUMPTION, "Each client connected for live updates follows one of the things the request states"
                        + " changing and receives its changes; " + fanout.messageKbBasis());
            } else if (kind.isPresent()) {
                LiveContentRecognition.Found k = kind.get();
                assume(PushFanout.ASSUMPTION, "Each client connected for live updates receives " + k.kind().rateText() + " (live content: "
                        + k.kind().kind().label() + ", " + k.kind().basis() + "), because " + k.evidence()
                        + (k.others().isEmpty() ? "" : "; the busiest of the kinds found, beside " + String.join(" and ", k.others().stream().map(LiveContent::label).toList()))
                        + "; a rate the request states per thing would win; " + fanout.messageKbBasis());
            } else {
                assume(PushFanout.ASSUMPTION, "Each client connected for live updates receives " + Numbers.format(each)
                        + (each == 1 ? " update" : " updates") + " a second: " + rate.get().basis() + "; " + fanout.messageKbBasis());
            }
            double pushes = Numbers.round(held.count() * each, 2);
            return java.util.Optional.of(new Fanout(pushes, 0, "(" + Numbers.format(held.count())
                    + " connections at peak " + held.basis() + " x " + eachText + " each"
                    + live.map(u -> ", each following one of the things the request states changing (" + u.evidence() + ")")
                    .orElse(kind.map(k -> ", live content: " + k.kind().kind().label() + " (assumption " + PushFanout.ASSUMPTION + ")").orElse(""))
                    + ")"));
        }
        return java.util.Optional.empty();
    }

    /**
     * The messages of the managed realtime part {@code part} a second at peak, each way ({@link RealtimeMessages}): every
     * request of the capabilities on the connection and its reply; the reports a live index keeps, sent over the socket the
     * reporting clients hold; the updates and reports pushed to the clients watching them ({@link #fanout()}); and the
     * keep-alives clients with nothing else to send must send within the service's idle timeout, where it bills them
     * (realtime-services.yaml). One computation for every line that reads it: the messages line, the pusher, the
     * connection table's lookups, the pushed egress and the capacity plan: computed once per plan and part, and read
     * from there by each.
     */
    private RealtimeMessages realtimeMessages(Topology.Part part) {
        RealtimeMessages known = realtimeMessages.get(part.id());
        if (known == null) {
            known = countRealtimeMessages(part);
            realtimeMessages.put(part.id(), known);
        }
        return known;
    }

    /** The realtime part's messages each way, counted (see {@link #realtimeMessages(Topology.Part)}). */
    private RealtimeMessages countRealtimeMessages(Topology.Part part) {
        // The capabilities on the realtime connection, which the API gateway leaves out, send their traffic here
        java.util.Set<String> onConnection = realtimeCapabilities();
        List<Capability> carried = t.capabilities.stream().filter(c -> !c.is(ResourceFlow.INGEST) && onConnection.contains(c.name())).toList();
        // Only what the capabilities on the connection send goes over it: with none carried, the pages and API calls of
        // the realtime part stay HTTP requests to the application and the CDN, and the socket carries pushes alone
        double load = carried.stream().mapToDouble(c -> loads.get(c).total()).sum();
        double reports = Numbers.round(carried.stream().mapToDouble(this::held).sum(), 2);
        double heartbeats = Numbers.round(carried.stream().mapToDouble(this::beats).sum(), 2);
        double requests = Numbers.round(load - reports - heartbeats, 2);
        Fanout fanout = fanout();
        java.util.Optional<RealtimeServices.Service> service = RealtimeServices.standard().on(w.cloud());
        boolean inbound = service.map(RealtimeServices.Service::inboundBilled).orElse(true);
        double keepAlives = 0;
        String keepAliveText = "";
        if (service.isPresent() && service.get().keepAliveBilled()) {
            RealtimeServices.Service svc = service.get();
            Connections held = connections();
            double everyMinutes = svc.idleTimeoutMinutes() - 1;
            // Clients that send a report more often than the idle timeout keep their connection alive with the reports
            double reporting = reports > 0 ? t.stated.deviceRate().filter(d -> d.intervalSeconds() < everyMinutes * 60)
                    .map(dev.architect.internal.facts.DeviceRate::devices).orElse(0.0) : 0;
            double idle = Math.max(0, held.count() - reporting);
            keepAlives = Numbers.round(idle / (everyMinutes * 60), 2);
            assume("as-keep-alive", "A client with nothing else to send sends a small keep-alive message every " + Numbers.format(everyMinutes)
                    + " minutes, within the " + Numbers.format(svc.idleTimeoutMinutes()) + "-minute idle timeout of " + svc.product() + "; the gateway "
                    + "takes it on a route of its own with no handler run and no reply, and bills it as a message (" + svc.basis() + "; " + svc.cited() + ")"
                    + (reporting > 0 ? "; the " + Numbers.format(reporting) + " clients that send a report every " + Numbers.format(t.stated.deviceRate().get().intervalSeconds())
                    + " s need none" : ""));
            keepAliveText = Numbers.format(idle) + " connections with nothing else to send / " + Numbers.format(everyMinutes * 60)
                    + " s between keep-alives, assumption as-keep-alive";
        }
        return new RealtimeMessages(requests, heartbeats, reports, keepAlives, fanout.updatePushes(), fanout.reportPushes(), inbound, fanout.terms(), keepAliveText);
    }

    /**
     * The design's peak in one region against the default quotas of the managed services it uses (service-quotas.yaml):
     * the API gateway's requests with the managed WebSocket's messages both ways (the quota counts callbacks too), and a
     * managed WebSocket service's units per resource. A peak past a default is named in the capacity plan and carried to
     * the risk register and the operations plan, with the increase to request.
     */
    private void defaultQuotas() {
        ServiceQuotas quotas = ServiceQuotas.standard();
        String region = w.regions().isEmpty() ? "" : w.regions().get(0);
        int serving = mode == RecoveryMode.ACTIVE_ACTIVE ? regions : 1;
        java.util.Optional<Topology.Part> managed = t.parts.stream().filter(x -> billing(x).orElse(null) == PartBilling.REALTIME_CONNECTIONS)
                .filter(x -> managedWebSocket(x) && !variant.selfRunRealtime()).findFirst();
        quotas.on(ServiceQuotas.Measure.GATEWAY_REQUESTS, w.cloud()).ifPresent(q -> {
            RealtimeMessages m = managed.filter(x -> priced("realtime.messages")).map(this::realtimeMessages).orElse(RealtimeMessages.NONE);
            double socket = Numbers.round(m.clientToService() + m.serviceToClient(), 2);
            double peak = Numbers.round((gatewayPeak + socket) / serving, 2);
            double max = q.maxIn(region);
            if (!(peak > max)) {
                return;
            }
            double ask = Math.ceil(peak * 1.25 / 1000) * 1000;
            String text = (gatewayPeak > 0 ? Numbers.format(gatewayPeak) + " HTTP requests/s through the API gateway" : "")
                    + (gatewayPeak > 0 && socket > 0 ? " + " : "")
                    + (socket > 0 ? Numbers.format(socket) + " WebSocket messages/s both ways (" + Numbers.format(m.clientToService()) + " from clients + "
                            + Numbers.format(m.serviceToClient()) + " posts to connections, the realtime messages figure)" : "")
                    + (serving > 1 ? " / " + serving + " active regions" : "") + " = " + Numbers.format(peak) + " requests/s at peak in "
                    + (region.isEmpty() ? "the region" : region) + ", against the default " + Numbers.format(max) + " " + q.unit() + " of " + q.product()
                    + " (" + q.cited() + "): " + Numbers.format(Numbers.round(peak / max, 2)) + " times the default, so requests past it are "
                    + "throttled (429) at the busiest hour";
            // the increase to ask for is the plan's figure too, so the risk and the runbook that quote it quote the plan
            String asked = "at least " + Numbers.format(ask) + " requests/s (the peak with a quarter's headroom, rounded up to the thousand)";
            figures.add(new Figure("quota-gateway-requests", "Peak requests against the API gateway's default account quota", peak, "requests/s",
                    text + "; the increase to ask for: " + asked));
            passed(LimitKind.DEFAULT_QUOTA, managed.filter(x -> socket > 0).map(Topology.Part::id).orElse(GATEWAY), text + "; " + q.increase()
                    + ", for " + asked);
        });
        quotas.on(ServiceQuotas.Measure.REALTIME_UNITS, w.cloud()).filter(q -> managed.isPresent() && priced("realtime.unit")).ifPresent(q -> {
            double connections = connections().count();
            int units = (int) Math.ceil(connections / q.perUnit());
            int resources = (int) Math.ceil(units / q.max());
            String text = "ceil(" + Numbers.format(connections) + " connections at peak / " + Numbers.format(q.perUnit()) + " per unit) = " + units
                    + " units, against at most " + Numbers.format(q.max()) + " " + q.unit() + " of " + q.product() + " (" + q.cited() + ")"
                    + (resources > 1 ? ": " + resources + " resources of " + Numbers.format(Math.ceil(units / (double) resources)) + " units at most" : "");
            figures.add(new Figure("realtime-units", "Managed WebSocket units at peak", units, "units", text));
            if (units > q.max()) {
                passed(LimitKind.DEFAULT_QUOTA, managed.get().id(), text + "; " + q.increase());
            }
        });
    }

    /** The capacity plan's figure of the realtime messages a second at peak, both ways, with the arithmetic the cost reads. */
    private void realtimeMessagesFigure(RealtimeMessages m) {
        figures.removeIf(f -> f.id().equals("realtime-messages"));
        figures.add(new Figure("realtime-messages", "Realtime messages a second at peak, both ways", Numbers.round(m.clientToService() + m.serviceToClient(), 2),
                "messages/s", m.formula()));
    }

    /** The words that say where the realtime requests come from, for the messages line. */
    private String realtimeRequestsText(Topology.Part part, RealtimeMessages m) {
        java.util.Set<String> onConnection = realtimeCapabilities();
        List<Capability> carried = t.capabilities.stream().filter(c -> !c.is(ResourceFlow.INGEST) && onConnection.contains(c.name())).toList();
        String reportText = m.reports() <= 0 ? "" : "; the " + Numbers.format(m.reports()) + " reports/s the " + reportSink.get().component()
                + " keeps arrive over the socket the reporting clients already hold (" + (m.inboundBilled() ? "billed as messages" : "messages into the service are not billed")
                + ", and handed to the receiving service, whose instances count them in their load)";
        return (carried.isEmpty() ? "no request goes over the connection: no capability is carried on it, so the pages and API calls stay HTTP "
                + "requests to the application and the CDN, and the socket carries the pushes"
                : "every request of the capabilities on the connection (" + names(carried) + ", assumption as-part-load) goes over it and is answered") + reportText;
    }

    /**
     * Rows a second at peak and logical GB a month that the design's own processes write into one store (part-loads.yaml
     * {@code writes}), with the arithmetic; none when no process of the design writes it.
     */
    private record FlowWrites(double perSecond, double gbPerMonth, double heldGb, double writtenGbPerMonth, String text) {
        static final FlowWrites NONE = new FlowWrites(0, 0, 0, 0, "");
    }

    /** The rows the design's processes write into {@code storeId} ({@link FlowWrites}), each from the devices that send to it. */
    private FlowWrites flowWrites(String storeId) {
        java.util.Optional<dev.architect.internal.facts.DeviceRate> rate = t.stated.deviceRate();
        if (rate.isEmpty()) {
            return FlowWrites.NONE;
        }
        double perSecond = 0;
        double gb = 0;
        double held = 0;
        double written = 0;
        List<String> texts = new ArrayList<>();
        for (Topology.Part part : t.parts) {
            java.util.Optional<PartLoads.Writes> writes = PartLoads.standard().of(part.id()).map(PartLoads.PartLoad::writes);
            // Rows of positions or readings a process writes at the devices' rate go where the design keeps time-stamped data
            // at scale, when it has such a store: the records beside it (one relational writer) would carry them otherwise
            java.util.Optional<String> placed = t.placements.stream().filter(p -> p.archetype().components().stream().anyMatch(c -> c.id().equals(part.id())))
                    .findFirst().map(p -> p.storeId()).map(id -> t.stores.containsKey(TELEMETRY_STORE) && t.holdsReferenceData(id) ? TELEMETRY_STORE : id);
            boolean intoStore = placed.filter(storeId::equals).isPresent();
            if (writes.isEmpty() || !intoStore) {
                continue;
            }
            PartLoads.Writes wr = writes.get();
            // Personal data is kept as long as its own retention says, then purged: a level the store holds, not growth
            java.util.Optional<dev.architect.offline.internal.catalog.PersonalDataRetention.Applied> personal = java.util.Optional.ofNullable(wr.personalData())
                    .map(k -> dev.architect.offline.internal.catalog.PersonalDataRetention.standard().applied(k, t.stated, w.retentionYears()));
            personal.filter(x -> !x.stated()).ifPresent(x -> assume(x.assumption(), x.basis()));
            Double keptDays = personal.map(dev.architect.offline.internal.catalog.PersonalDataRetention.Applied::days)
                    .filter(d -> d < w.retentionYears() * 365.0).orElse(wr.keptDays());
            double devices = rate.get().devices();
            double rows = Numbers.round(devices / wr.everySeconds() * wr.rows(), 2);
            double monthGb = Numbers.round(devices / wr.everySeconds() / devicePeakToAverage() * Workload.SECONDS_PER_MONTH * wr.bytesEach() / 1e9, 2);
            perSecond += rows;
            written += monthGb;
            // Rows purged after a few days are a level the store holds (the days' worth), not growth
            double keptGb = keptDays == null ? 0 : Numbers.round(monthGb * keptDays / (Workload.SECONDS_PER_MONTH / 86_400), 2);
            gb += keptDays == null ? monthGb : 0;
            held += keptGb;
            texts.add(part.name() + ": " + Numbers.format(devices) + " sending devices (" + rate.get().field() + " \"" + rate.get().phrase() + "\""
                    + (rate.get().countAssumed() ? ", assumption " + dev.architect.internal.facts.DeviceRate.REPORTING_SHARE : "") + ") / "
                    + Numbers.format(wr.everySeconds()) + " s x " + Numbers.format(wr.rows()) + (wr.rows() == 1 ? " row" : " rows") + " = "
                    + Numbers.format(rows) + " writes/s at peak, and " + Numbers.format(wr.bytesEach()) + " bytes a write x "
                    + Numbers.format(devices) + " / " + Numbers.format(wr.everySeconds()) + " s" + (devicePeakToAverage() == 1 ? "" : " / " + Numbers.format(devicePeakToAverage()))
                    + " on average x " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s = " + Numbers.format(monthGb) + " GB a month"
                    + (keptDays == null ? "" : ", kept " + personal.map(x -> x.text()).orElse(Numbers.format(keptDays) + " days") + ": "
                            + Numbers.format(monthGb) + " GB x " + Numbers.format(keptDays) + " / " + Numbers.format(Workload.SECONDS_PER_MONTH / 86_400)
                            + " days a month = " + Numbers.format(keptGb) + " GB held")
                    + " (" + wr.basis() + ")");
        }
        if (texts.isEmpty()) {
            return FlowWrites.NONE;
        }
        FlowWrites f = new FlowWrites(Numbers.round(perSecond, 2), Numbers.round(gb, 2), Numbers.round(held, 2), Numbers.round(written, 2),
                String.join("; ", texts));
        notes.add("[flow-writes-" + storeId + "] " + storeId + " also takes the rows the design's own processes write into it, on top of its "
                + "capabilities' writes and their share of the stated growth: " + f.text());
        return f;
    }

    /** What a process of part-loads.yaml carries a second at peak. */
    private double carriedPerSecond(PartLoads.Carries carries) {
        return switch (carries) {
            case REPORTS -> Numbers.round(heldReports.values().stream().mapToDouble(Double::doubleValue).sum(), 2);
            case PUSHES -> t.parts.stream().filter(x -> billing(x).orElse(null) == PartBilling.REALTIME_CONNECTIONS).findFirst()
                    .map(x -> realtimeMessages(x).serviceToClient()).orElse(0.0);
        };
    }

    /** The words for what a process carries, in the sizing text. */
    private static String carriedWhat(PartLoads.Carries carries) {
        return switch (carries) {
            case REPORTS -> "reports";
            case PUSHES -> "messages posted to connections";
        };
    }

    /** Whether the reports a live index keeps travel over a WebSocket the reporting clients hold (the transport chose one), not as HTTP requests. */
    private boolean reportsOverSocket() {
        return t.parts.stream().filter(x -> billing(x).orElse(null) == PartBilling.REALTIME_CONNECTIONS)
                .anyMatch(this::managedWebSocket);
    }

    /**
     * The connection table of a managed WebSocket service, in a store of its own, and the handlers that keep it: a row is
     * put when a connection opens and deleted when the service reports it gone (its disconnect event), so each session
     * costs two writes and two handler runs; the pusher reads the table once for each message it posts and is sized by
     * those messages (part-loads.yaml).
     */
    private void connectionTable(Topology.Part part) {
        Connections held = connections();
        java.util.Optional<Topology.Part> gateway = t.parts.stream().filter(x -> billing(x).orElse(null) == PartBilling.REALTIME_CONNECTIONS).findFirst();
        String owner = gateway.map(Topology.Part::id).orElse(part.id());
        java.util.Optional<RealtimeServices.Service> service = RealtimeServices.standard().on(w.cloud());
        double sessionMinutes = service.map(RealtimeServices.Service::maxConnectionMinutes).filter(m -> m > 0).orElse(DEFAULT_SESSION_MINUTES);
        String product = service.map(RealtimeServices.Service::product).orElse(part.technology());
        assume("as-session-length", "A realtime session lasts " + Numbers.format(sessionMinutes) + " minutes"
                + (service.map(RealtimeServices.Service::maxConnectionMinutes).filter(m -> m > 0).isPresent()
                        ? ", the longest " + product + " keeps a connection open before the client must reconnect (" + service.get().cited() + ")"
                        : " (the request states none)")
                + "; clients that reconnect sooner (a phone moving between networks) add a put and a delete each time. The row is put on connect and deleted "
                + "on the service's disconnect event or when a post finds the connection gone (410)"
                + (service.filter(RealtimeServices.Service::disconnectEvent).isPresent() ? ", so no row is refreshed on an interval: the expiry on each row "
                        + "is only a backstop for a lost disconnect event" : ""));
        double average = held.count() / peakToAverage;
        double writes = Numbers.round(average * MINUTES_PER_MONTH / sessionMinutes * 2 / 1_000_000, 2);
        String writesText = Numbers.format(held.count()) + " connections at peak " + held.basis() + " / " + Numbers.format(peakToAverage)
                + " on average x " + Numbers.format(MINUTES_PER_MONTH) + " minutes / " + Numbers.format(sessionMinutes)
                + " minutes a session (assumption as-session-length) x 2 (the put on connect and the delete on disconnect) / 1,000,000";
        add(ResourceNeed.flat(part.id() + "-writes", part.name() + " writes", part.id(), "keyvalue.writes", writes, writesText));
        RealtimeMessages traffic = gateway.filter(this::managedWebSocket).map(this::realtimeMessages).orElse(RealtimeMessages.NONE);
        double lookups = millionsAMonth(traffic.serviceToClient());
        if (lookups > 0) {
            add(ResourceNeed.flat(part.id() + "-reads", part.name() + " reads", part.id(), "keyvalue.reads", lookups,
                    "one lookup of the recipients' connections for each message the pusher posts (the service-to-client messages of the "
                            + "realtime messages line: replies and pushes): " + perMonthText(traffic.serviceToClient(), "messages")));
        }
        notes.add("[part-" + part.id() + "] " + part.name() + " (" + part.technology() + ") holds one small row per connection ("
                + Numbers.format(held.count()) + " at peak), well under a GB: its storage is not priced");
        add(ResourceNeed.flat(owner + "-handler-invocations", "Connection handler invocations", owner, "serverless.invocations", writes,
                "one invocation per connection table write (the connect and disconnect handlers): " + writesText));
        Placement p = byLoad("Pusher", PartLoads.standard().pusher(), traffic.serviceToClient(), "messages posted to connections");
        // Reports pushed to their watchers arrive at their interval day and night; the replies and other pushes follow the day
        double reportPushes = traffic.reportPushes();
        Billed billed = autoscaled(p, instanceKind(), traffic.serviceToClient(), reportPushes + (traffic.serviceToClient() - reportPushes) / peakToAverage,
                reportPushes > 0 ? "reports pushed " + Numbers.format(reportPushes) + ", at their interval all day, + the other "
                        + Numbers.format(Numbers.round(traffic.serviceToClient() - reportPushes, 2)) + " / " + Numbers.format(peakToAverage)
                        : "peak / " + Numbers.format(peakToAverage), PartLoads.standard().pusher().perInstance(), byLoadMinimum(), "messages posted to connections");
        add(ResourceNeed.flat(part.id() + "-pusher-instances", "Pusher instances", owner, instanceKind(), billed.months(),
                p.total() + " instances: " + p.text() + billed.text()));
    }

    /**
     * A part sized by the clients on it at once (concurrency-fleets.yaml), priced at the count the capacity plan shows;
     * false when the file does not list it or the decision it depends on chose otherwise.
     */
    private boolean fleet(Topology.Part part) {
        java.util.Optional<ConcurrencyFleets.Fleet> listed = ConcurrencyFleets.standard().of(part.id()).filter(f -> f.onlyWhen() == null
                || a.find(f.onlyWhen().topic()).map(c -> f.onlyWhen().shapes().contains(c.shape())).orElse(false));
        if (listed.isEmpty()) {
            return false;
        }
        ConcurrencyFleets.Fleet f = listed.get();
        // A scenario or a later month plans a scaled workload: the stated concurrency scales with it
        double scale = a.workload().peakRps() > 0 ? Numbers.round(w.peakRps() / a.workload().peakRps(), 4) : 1;
        String scaled = scale == 1 ? "" : " x " + Numbers.format(scale) + " (the load of this plan over the request's)";
        java.util.Optional<ConcurrencyFleets.Count> stated = f.heldBy() == ConcurrencyFleets.Holders.DEVICES
                ? t.concurrencySaid.devices().or(() -> t.stated.deviceRate().map(d -> new ConcurrencyFleets.Count(d.devices(),
                        "given: " + d.field() + " \"" + d.phrase() + "\"")))
                : t.stated.concurrentConnections().map(c -> new ConcurrencyFleets.Count(c.value(), "given: " + c.evidence()));
        ConcurrencyFleets.Count held = stated.map(c -> new ConcurrencyFleets.Count(Numbers.round(c.value() * scale, 0), c.provenance() + scaled))
                .orElseGet(() -> {
                    assume(f.unstated().assumption(), f.unstated().basis());
                    return new ConcurrencyFleets.Count(Numbers.round(w.monthlyActiveUsers() * f.unstated().shareOfMonthlyUsers(), 0), "assumed: "
                            + f.unstated().assumption() + ", " + Numbers.format(w.monthlyActiveUsers()) + " monthly users x " + Numbers.format(f.unstated().shareOfMonthlyUsers()));
                });
        java.util.Optional<ConcurrencyFleets.Count> group = java.util.Optional.ofNullable(t.concurrencySaid.groups().get(part.id()));
        group.filter(g -> g.provenance().startsWith("assumed")).ifPresent(g -> assume(f.group().assumption(), f.group().basis()));
        if (f.estimated()) {
            assume(f.source(), "One " + f.machine() + " instance of the " + part.name().toLowerCase(java.util.Locale.ROOT) + " holds "
                    + Numbers.format(f.perInstance()) + " " + f.serves().word() + ": " + f.basis() + "; a load test before launch confirms it");
        }
        // Game and media servers take UDP on host ports: their own node pool, whatever platform the services run on
        String kind = f.platform() == ConcurrencyFleets.Platform.NODES ? "compute.instance" : instanceKind();
        ConcurrencyFleets.Sized sized = ConcurrencyFleets.size(f, held, group, new ConcurrencyFleets.Frame(mode, regions, byLoadMinimum(),
                peakToAverage, DailyLoadShape.standard().peopleCurve(t.makers, w.audience()), AutoscaledCompute.standard().scales(kind)));
        add(ResourceNeed.flat(part.id() + "-fleet", part.name() + " instances", part.id(), kind, sized.months(), sized.text()));
        figures.add(new Figure("fleet-" + part.id(), part.name() + " instances at peak", sized.total(), "instances", CapacityCalculator.COMPUTED + sized.text()));
        fleets.add(new FleetSized(part.id(), part.name(), f, sized));
        return true;
    }

    /**
     * Whether a decision made an external ours to run (a self-hosted SFU in place of a video vendor) and a
     * concurrency-sized fleet prices its servers: then it is no vendor to pay, and the cost says where it is priced.
     */
    private boolean runByFleet(Topology.External e) {
        for (FleetSized f : fleets) {
            DecisionTopic topic = f.fleet().onlyWhen() == null ? null : f.fleet().onlyWhen().topic();
            if (topic != null && t.placements.stream().anyMatch(p -> p.archetype().externals().stream()
                    .anyMatch(x -> x.decidedBy() == topic && e.id().equals(p.externals().get(x.id()))))) {
                notes.add("[vendor-" + e.id() + "] " + e.name() + " runs on the team's own instances: priced on the "
                        + f.name().toLowerCase(java.util.Locale.ROOT) + " line, sized by its concurrency, not as a vendor");
                return true;
            }
        }
        return false;
    }

    /** A concurrency-sized part as priced, for the question its estimated capacity leaves open. */
    record FleetSized(String partId, String name, ConcurrencyFleets.Fleet fleet, ConcurrencyFleets.Sized sized) {
    }

    private final List<FleetSized> fleets = new ArrayList<>();

    /** The concurrency-sized parts this plan priced. */
    List<FleetSized> fleets() {
        return List.copyOf(fleets);
    }

    /** The fewest instances of a process sized by its load: a pair, or one in each zone the availability decision spans. */
    private int byLoadMinimum() {
        return Math.max(2, (int) a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2));
    }

    /**
     * Instances of a process sized from the load it carries (part-loads.yaml): at least a pair (one in each zone where the
     * availability decision spans more), more when the load needs them at the target utilisation.
     */
    private Placement byLoad(String name, PartLoads.PartLoad l, double perSecond, String what) {
        String tag = "as-throughput-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        assume(tag, "One instance of the " + name.toLowerCase(java.util.Locale.ROOT) + " handles " + Numbers.format(l.perInstance()) + " "
                + what + " a second: " + l.basis());
        int minimum = byLoadMinimum();
        double share = mode == RecoveryMode.ACTIVE_ACTIVE ? perSecond / regions : perSecond;
        int n = CapacityCalculator.instancesFor(share, l.perInstance(), minimum);
        return standby(n, 2, "max(" + minimum + ", ceil(" + Numbers.format(share) + " " + what + " a second at peak"
                + (mode == RecoveryMode.ACTIVE_ACTIVE ? " in each region" : "") + " / (" + Numbers.format(l.perInstance()) + " per instance x "
                + Numbers.format(CapacityCalculator.TARGET_UTILISATION * 100) + "% target utilisation))) (assumption " + tag + ")");
    }

    /**
     * How long every client takes to connect again at the service's new-connection quota once a deploy or failover drops
     * them all: a capacity figure, and past {@value #RECONNECT_SECONDS} s a note the risk register reads.
     */
    private void reconnectTime(String id, double connections, String basis) {
        prices.serviceLimit(w.cloud(), "realtime.connection-minutes").ifPresent(limit -> {
            double seconds = Numbers.round(connections / limit.max(), 0);
            String text = Numbers.format(connections) + " connections at peak " + basis + " / " + Numbers.format(limit.max())
                    + " " + limit.unit() + " of " + limit.product() + " (" + limit.source() + ", " + limit.date() + ") = "
                    + Numbers.format(seconds) + " s for every client to connect again after a deploy or failover drops them";
            figures.add(new Figure("reconnect-time-" + id, "Time for every realtime client to reconnect at the new-connection quota", seconds, "s", text));
            if (seconds > RECONNECT_SECONDS) {
                passed(LimitKind.SERVICE_LIMIT, id, text + ", past the " + Numbers.format(RECONNECT_SECONDS) + " s clients expect: " + limit.beyond());
            }
        });
    }

    /** Gateway instances sized by the connections each holds. */
    private void connectionInstances(Topology.Part part, String suffix, double connections, String what) {
        ConnectionSizing sizing = forConnections(connections, what, 2);
        Placement p = standby(sizing.perRegion(), 2, "max(2, " + sizing.formula() + ") (assumption as-connections-per-instance)");
        add(ResourceNeed.flat(part.id() + "-" + suffix + "-compute", part.name() + " instances", part.id(), platformInstanceKind(), p.total(),
                p.total() + " instances: " + p.text()));
    }

    /**
     * A serverless time-series store billed per GB written (batched writes), a memory tier holding the last
     * {@value #MEMORY_STORE_DAYS} day of data and a magnetic tier for the rest until retention deletes it.
     */
    private void timeSeries(String id, StoreBilling billing, double growth, List<DataClass> classes, String loadText) {
        add(ResourceNeed.flat(id + "-writes", "Data written", id, billing.kind("writes"), growth * regions,
                Numbers.format(growth) + " GB written a month (data growth)" + (regions > 1 ? " x " + regions + " regions" : "")
                        + ", writes batched so each 1-KB unit is full; billed per GB written, no nodes; " + loadText));
        double memory = growth / 30 * MEMORY_STORE_DAYS * regions;
        addStorage(ResourceNeed.flat(id + "-memory-store", "Recent data in the memory tier", id, billing.kind("memory-store"), memory,
                Numbers.format(growth) + " GB/month / 30 days x " + MEMORY_STORE_DAYS + " day" + (regions > 1 ? " x " + regions + " regions" : "")));
        for (DataClass d : classes) {
            addStorage(new ResourceNeed(id + d.suffix() + "-magnetic-store", "Older data in the magnetic tier" + d.name(), id, billing.kind("magnetic-store"),
                    d.initial() * regions, d.growth() * regions, d.months(), d.text() + (regions > 1 ? ", x " + regions + " regions" : "")
                            + " (replication within the region is in the price)"));
        }
        notPriced.add("queries on " + id);
        notes.add("Queries on " + id + " are billed by compute time and are not priced: dashboards' query load is not known; "
                + "measure it in a load test");
    }

    /**
     * The backups' copy in a second region ({@link BackupCopy}): the copy's storage at the cloud's backup storage price
     * and, when a single-region design copies its backups out, the new backup data crossing regions each month.
     */
    private void backupCopy(String lineId, String id, String kind, double initialGb, double growthGb, int retentionMonths, String backupText) {
        java.util.Optional<BackupCopy> copy = BackupCopy.of(t.stated, w.regions(), regions, a.pinsDataToHomeRegion());
        if (copy.isEmpty() || !priced(kind) || initialGb + growthGb <= 0) {
            return;
        }
        String note = "[backup-copy] Backups are copied to " + copy.get().region() + " because " + copy.get().because();
        if (!notes.contains(note)) { // one note for every store whose backups are copied
            notes.add(note);
        }
        add(new ResourceNeed(lineId + "-backup-copy", "Backup copy in " + copy.get().region(), id, kind, initialGb, growthGb, retentionMonths,
                backupText + ", one more copy kept in " + copy.get().region() + " (see [backup-copy])"));
        if (copy.get().transferred() && growthGb > 0 && priced("network.interregion")) {
            add(ResourceNeed.flat(lineId + "-backup-copy-transfer", "Backup copy transfer to " + copy.get().region(), id, "network.interregion", growthGb,
                    Numbers.format(growthGb) + " GB of new backup data a month (the month's growth x its indexes) copied across regions; "
                            + "the first full copy of " + Numbers.format(Numbers.round(initialGb, 2)) + " GB crosses once, before launch, and is not "
                            + "a monthly cost"));
        }
    }

    /** Which class a store's backup line copies, when the store keeps several ("of the rollups: 26 GB + 2.6 GB/month ..."). */
    private static String of(DataClass d, List<DataClass> all) {
        return all.size() == 1 ? "" : ", of the" + d.name().replace("(", "").replace(")", "") + " data (" + d.text() + ")";
    }

    /** Replication of the data written to a store to every other region. */
    private void replication(String id, double growth) {
        replication(id, growth, "");
    }

    private void replication(String id, double growth, String what) {
        if (regions > 1 && growth > 0) {
            double gb = growth * (regions - 1);
            add(ResourceNeed.flat(id + "-replication", "Cross-region replication", id, "network.interregion", gb,
                    Numbers.format(growth) + " GB written a month" + what + " x " + (regions - 1) + " other " + (regions == 2 ? "region" : "regions")));
        }
    }

    /**
     * The price kind of a CDN line: the CDN the request already runs at its own prices ({@code cdn.egress.fastly}) where the
     * price table has them, else the cloud's CDN.
     */
    private String cdnKind(String kind) {
        return t.incumbentCdn.map(i -> kind + "." + i.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                .filter(k -> prices.price(w.cloud(), k).isPresent()).orElse(kind);
    }

    /**
     * The network path from the organisation's sites, where the design decided one: a connection per site at the chosen
     * shape's per-site price, and the hub they end on where the cloud bills it (site-networks.yaml names the kinds).
     */
    private void siteNetwork() {
        a.find(DecisionTopic.SITE_NETWORK).ifPresent(choice -> {
            String shape = choice.chosen().shape();
            dev.architect.offline.internal.catalog.SiteNetworks table = dev.architect.offline.internal.catalog.SiteNetworks.standard();
            double sites = a.facts().number(Fact.SITES);
            String stated = a.facts().source(Fact.SITES).orElse("the request");
            table.perSiteKind(shape).ifPresent(kind -> add(ResourceNeed.flat("site-connections", "Site connections (" + dev.architect.offline.internal.catalog.Phrases.inSentence(choice.chosen().name()) + ")",
                    null, kind, sites, Numbers.format(sites) + " sites, one connection each, all month (" + stated + ")")));
            table.hubKind(shape).filter(kind -> prices.price(w.cloud(), kind).filter(pr -> pr.monthlyUsd() > 0).isPresent())
                    .ifPresent(kind -> add(ResourceNeed.flat("site-hub", "Hub the site connections end on", null, kind, 1,
                            "1 hub in the primary region for all " + Numbers.format(sites) + " sites")));
        });
    }

    private void edge() {
        double egress = egressGbPerMonth();
        if (!cdn) {
            add(ResourceNeed.flat("egress", "Internet transfer to users", null, "network.egress", egress,
                    Numbers.format(egress) + " GB a month (capacity estimate 'egress')"));
            return;
        }
        // The CDN serves every cacheable read to users, hits and misses alike: the reads of public content that are not on a
        // realtime connection or device ingestion. Its misses are fetched from the origin (origin fill) and leave the CDN to
        // the user as CDN transfer, so they are not billed a second time as the origin's internet egress. Writes,
        // authenticated API calls and realtime messages go to the origin's API host directly. Files downloaded all pass the
        // CDN at their size; the other reads are API responses.
        double cacheable = cacheableReadShare();
        java.util.Optional<FileDownloads> files = fileDownloads();
        double fileReads = fileReadsAtPeak();
        double edgeReads = cacheableReads(fileReads);
        double filesGb = fileDownloadsGb();
        double apiGb = Numbers.round(edgeReads / peakToAverage * CapacityCalculator.RESPONSE_KB * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
        double cdnGb = Math.min(egress, Numbers.round(filesGb + apiGb, 2));
        String readsText = (fileReads > 0 ? "(" + Numbers.format(w.peakReads()) + " reads/s - " + Numbers.format(Numbers.round(fileReads, 2))
                + " file downloads/s)" : Numbers.format(w.peakReads()) + " reads/s") + " x " + pct(cacheable)
                + " of public content (assumption as-content-kind) = " + Numbers.format(Numbers.round(edgeReads, 2))
                + " cacheable reads/s at peak served by the CDN, hits and misses";
        boolean little = edgeReads + fileReads < MIN_CDN_REQUEST_SHARE * w.peakRps();
        if (cdnGb <= 0) {
            // Nothing the CDN would carry: no line of 0 GB at CDN rates; the origin serves the whole egress.
            notes.add("[cdn-egress] No CDN transfer line: " + readsText + " and no file downloads, so the CDN chosen carries nothing billable");
            add(ResourceNeed.flat("egress", "Internet transfer to users", null, "network.egress", egress,
                    Numbers.format(egress) + " GB a month (capacity estimate 'egress'): " + readsText + ", so the origin serves it all"));
            return;
        }
        assume("as-cdn-traffic", "The CDN carries cacheable reads only (public pages, assets, media): writes, authenticated API calls and "
                + "realtime or WebSocket traffic go to the origin directly and are not billed as CDN requests; when cacheable reads are under "
                + pct(MIN_CDN_REQUEST_SHARE) + " of the requests at peak the CDN serves static assets only and no CDN request line is priced");
        add(ResourceNeed.flat("cdn-egress", "CDN transfer to users", edgeCdnPart, cdnKind("cdn.egress"), cdnGb,
                (filesGb > 0 ? Numbers.format(filesGb) + " GB of file downloads a month (" + files.get().basis() + ") + " : "")
                        + readsText + " / " + Numbers.format(peakToAverage) + " x " + Numbers.format(CapacityCalculator.RESPONSE_KB) + " KB x "
                        + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000 = " + Numbers.format(cdnGb)
                        + " GB a month at CDN rates (assumption as-cdn-traffic)"));
        if (little) {
            notes.add("[cdn-requests] No CDN request line: " + readsText + " is under " + pct(MIN_CDN_REQUEST_SHARE) + " of "
                    + Numbers.format(w.peakRps()) + " requests/s, little cacheable content (assumption as-cdn-traffic)");
        } else {
            double requests = millionsAMonth(edgeReads + fileReads);
            add(ResourceNeed.flat("cdn-requests", "CDN requests", edgeCdnPart, cdnKind("cdn.requests"), requests,
                    (fileReads > 0 ? "(" : "") + readsText + (fileReads > 0 ? " + " + Numbers.format(Numbers.round(fileReads, 2))
                            + " file downloads/s at peak, one request each)" : "") + " / " + Numbers.format(peakToAverage) + " x "
                            + Numbers.format(Workload.SECONDS_PER_MONTH) + " s / 1,000,000: only cacheable reads pass the CDN (assumption as-cdn-traffic)"));
        }
        // Files the download path rewrites (ads stitched in) differ for each download: none is served whole from the cache
        boolean stitched = filesGb > 0 && t.parts.stream().anyMatch(x -> billing(x).orElse(null) == PartBilling.STITCHED_DOWNLOADS);
        double apiShareOfCdn = cdnGb - Math.min(cdnGb, filesGb);
        double fill = Numbers.round(apiShareOfCdn * (1 - edgeHit) + Math.min(cdnGb, filesGb) * (stitched ? 1 : 1 - edgeHit), 2);
        if (stitched) {
            assume("as-stitched-hit-ratio", "A download with ads stitched in is made for its listener, so the CDN caches none of it as a whole "
                    + "file: its hit ratio for stitched downloads is 0% and every one is streamed from the stitcher (which reads the audio itself "
                    + "through the origin shield, where it is cached); feeds and API reads keep the " + pct(edgeHit) + " hit ratio");
        }
        add(ResourceNeed.flat("origin-fill", "Origin transfer to the CDN", edgeCdnPart, cdnKind("cdn.origin-fill"), fill,
                stitched ? Numbers.format(Math.min(cdnGb, filesGb)) + " GB of stitched downloads, all from the stitcher (assumption as-stitched-hit-ratio) + "
                        + pct(1 - edgeHit) + " of " + Numbers.format(Numbers.round(apiShareOfCdn, 2)) + " GB of other reads refetched as cached objects expire "
                        + "(assumption as-edge-hit-ratio)"
                        : pct(1 - edgeHit) + " of " + Numbers.format(cdnGb) + " GB is refetched from the origin as cached objects expire (assumption "
                        + "as-edge-hit-ratio): the misses, billed once here and served on as CDN transfer"));
        double origin = Numbers.round(egress - cdnGb, 2);
        if (origin > 0) {
            add(ResourceNeed.flat("egress", "Internet transfer to users from the origin", null, "network.egress", origin,
                    Numbers.format(egress) + " GB a month (capacity estimate 'egress') - " + Numbers.format(cdnGb)
                            + " GB served by the CDN (its misses included): API responses and realtime traffic served by the origin directly"));
        }
    }

    /** Whole files downloaded a second at peak, each one read through the CDN. */
    private double fileReadsAtPeak() {
        return fileDownloads().map(f -> f.perSecond() * peakToAverage).orElse(0.0);
    }

    /** Cacheable reads at peak other than the file downloads: the CDN serves them all, hits and misses. */
    private double cacheableReads(double fileReads) {
        return Math.max(0, w.peakReads() - fileReads) * cacheableReadShare();
    }

    /**
     * Share of reads a CDN can cache: those of capabilities serving public content (assumption as-content-kind), from each
     * capability's reads before the CDN. Realtime, device, payment and personalised reads go to the origin.
     */
    private double cacheableReadShare() {
        double all = 0;
        double cacheable = 0;
        for (Capability c : t.capabilities) {
            double reads = allReads.get(c);
            all += reads;
            if (kinds.get(c) == ContentKind.PUBLIC) {
                cacheable += reads;
            }
        }
        return all <= 0 ? 0 : cacheable / all;
    }

    /** Names of the capabilities an archetype with no tables of its own designs: their state lives in memory (presence), not in a store. */
    private java.util.Set<String> memoryOnlyCapabilities() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        t.placements.stream().filter(p -> p.archetype().entities().isEmpty()).forEach(p -> names.addAll(p.recognised().capabilities()));
        // A capability another archetype keeps in tables stores its data there
        t.placements.stream().filter(p -> !p.archetype().entities().isEmpty()).forEach(p -> names.removeAll(p.recognised().capabilities()));
        return names;
    }

    /** Names of the capabilities carried over a realtime connection: those of an archetype with one, or that requires one. */
    private java.util.Set<String> realtimeCapabilities() {
        java.util.Set<String> realtime = new java.util.HashSet<>();
        for (Topology.Placement p : t.placements) {
            boolean connected = p.archetype().components().stream().anyMatch(this::realtimeComponent)
                    || p.archetype().requires().stream().anyMatch(r -> t.placements.stream().anyMatch(q -> q.archetype().id().equals(r)
                            && q.archetype().components().stream().anyMatch(this::realtimeComponent)));
            if (connected) {
                realtime.addAll(p.recognised().capabilities());
            }
        }
        return realtime;
    }

    private boolean realtimeComponent(dev.architect.offline.internal.archetype.Archetype.Component c) {
        return t.parts.stream().filter(x -> x.id().equals(c.id())).anyMatch(x -> billing(x).orElse(null) == PartBilling.REALTIME_CONNECTIONS);
    }

    private void platform() {
        int serving = mode == RecoveryMode.PILOT_LIGHT ? 1 : regions;
        String perRegion = serving > 1 ? " in each of " + serving + " regions" : "";
        if (t.deployment == Shapes.Deployment.KUBERNETES) {
            add(ResourceNeed.flat("kubernetes-clusters", "Kubernetes control planes", null, "kubernetes.cluster", serving,
                    "One production cluster" + perRegion));
        }
        if (t.style != Shapes.Style.FUNCTIONS && t.deployment != Shapes.Deployment.PAAS) {
            add(ResourceNeed.flat("load-balancers", "Load balancers", null, "load-balancer", serving, "One load balancer" + perRegion));
        }
        add(ResourceNeed.flat("waf", "Web application firewall", null, "waf.policy", cdn ? 1 : serving,
                cdn ? "One policy at the CDN edge" : "One policy" + perRegion));
        double logs = logsGbPerMonth();
        if (a.shape(DecisionTopic.OBSERVABILITY).equals("oss")) {
            add(ResourceNeed.flat("monitoring-compute", "Monitoring stack instances", null, "compute.instance", MONITORING_INSTANCES * serving,
                    MONITORING_INSTANCES + " instances" + perRegion + " for the chosen self-hosted stack (Prometheus, Loki and Tempo, Grafana)"));
            double kept = logs * LOG_RETENTION_DAYS / 30.0;
            add(ResourceNeed.flat("log-storage", "Log storage", null, "object.storage", kept,
                    Numbers.format(logs) + " GB of logs a month kept " + LOG_RETENTION_DAYS + " days in object storage (Loki)"));
        } else {
            add(ResourceNeed.flat("logs", "Log ingestion", null, "logs.ingestion", logs, "Capacity estimate 'logs' into the cloud's monitoring service"));
        }
        if (t.managedIdentity() && !t.federatedIdentity()) {
            // Each user who signs in during the month is billed, past the vendor's free tier. Only the actors who sign in
            // count: one that only polls feeds or downloads public files holds no account. Where the design caches public
            // pages at the edge and the request says its audience reads without an account, only a share of it signs in.
            // A share the request states (load.signedInShare) wins over either assumption. Users who sign in over SAML or
            // OIDC federation are billed at the vendor's federation price where the price table has one.
            boolean publicPages = (t.hasCdn() || edgeCdnPart != null) && a.facts().has(Fact.ANONYMOUS_READERS) && a.facts().flag(Fact.ANONYMOUS_READERS);
            dev.architect.offline.internal.rules.SignIn.Population who = t.signIn.population(w, publicPages, SIGNED_IN_SHARE_OF_PUBLIC_AUDIENCE);
            who.assumptions().forEach(x -> assume(x.id(), x.text()));
            boolean federatedApart = who.federatedUsers() > 0 && priced(dev.architect.offline.internal.rules.SignIn.FEDERATED_KIND);
            double users = federatedApart ? who.users() : who.total();
            String billing = t.signIn.billing().isEmpty() ? "" : "; " + t.signIn.billing();
            String federatedText = federatedApart ? " - " + Numbers.format(who.federatedUsers()) + " who sign in over SAML or OIDC federation (priced apart)" : "";
            if (users > 0 || !federatedApart) {
                add(ResourceNeed.flat("identity-users", "Identity provider monthly active users", null, "identity.users", users / 1000.0,
                        who.basis() + federatedText + " / 1,000, priced per thousand by the vendor's tiers, the free tier first" + billing));
            }
            if (federatedApart) {
                add(ResourceNeed.flat("identity-federated-users", "Identity provider federated monthly users", null,
                        dev.architect.offline.internal.rules.SignIn.FEDERATED_KIND, who.federatedUsers() / 1000.0,
                        Numbers.format(who.federatedUsers()) + " monthly users who sign in over SAML or OIDC federation (" + t.signIn.billing()
                                + ") / 1,000, priced per thousand by the vendor's federation tiers"));
            }
            if (!t.signIn.smsCodes().isEmpty()) {
                // Codes sent by SMS are billed per message beside the per-user price; how many sign-ins a month is not known
                String reference = prices.price(w.cloud(), "vendor.sms-segment").map(p -> "; reference price $"
                        + java.math.BigDecimal.valueOf(p.monthlyUsd()).stripTrailingZeros().toPlainString() + " per SMS segment (" + p.description() + ", " + p.source() + ")").orElse("");
                notPriced.add("SMS one-time passwords at sign-in");
                notes.add("[identity-sms] Not priced: SMS one-time passwords at sign-in (the request's words \"" + t.signIn.smsCodes()
                        + "\"), because the number of sign-ins a month is not in the request; each code sent is one SMS segment, billed "
                        + "beside the identity provider's per-user price" + reference);
            }
        }
        vendors();
        sentWithoutIntegration();
        if (!a.compliance().isEmpty()) {
            int keys = t.stores.size();
            add(ResourceNeed.flat("kms-keys", "Customer-managed encryption keys", null, "kms.key", keys * regions,
                    "One key per data store" + (regions > 1 ? " in each of " + regions + " regions" : "")));
        }
    }

    /**
     * Transfer to users a month: the responses ({@link #responsesGbPerMonth()}) and the updates pushed over realtime
     * connections ({@link #pushedEgress()}), which leave the cloud as internet egress on a managed or a self-run gateway.
     */
    private double egressGbPerMonth() {
        double responses = responsesGbPerMonth();
        java.util.Optional<PushedEgress> pushed = pushedEgress();
        if (pushed.isEmpty()) {
            return responses;
        }
        Sizing.Figure before = figures.stream().filter(f -> f.id().equals("egress")).reduce((x, y) -> y).orElse(s.egressGbPerMonth());
        figures.removeIf(f -> f.id().equals("egress"));
        double gb = Numbers.round(responses + pushed.get().gbPerMonth(), 2);
        String responsesBasis = before.basis().startsWith(CapacityCalculator.COMPUTED) ? before.basis().substring(CapacityCalculator.COMPUTED.length())
                : before.basis();
        figures.add(new Figure("egress", "Network egress to users", gb, "GB/month", Numbers.format(responses) + " GB of responses: "
                + responsesBasis + "; + " + Numbers.format(pushed.get().gbPerMonth()) + " GB of pushed updates: " + pushed.get().basis()));
        return gb;
    }

    /** GB a month of updates pushed to clients over realtime connections, and the arithmetic. */
    private record PushedEgress(double gbPerMonth, String basis) {
    }

    /**
     * Updates pushed to clients over realtime connections a month: each write of a capability carried on the connection
     * goes to the clients watching what it changes (push-fanout.yaml, by the archetype that designs it), each report a
     * live index keeps to its sender's watchers (report-sinks.yaml), at the average of the peak over the month, x the
     * size of one pushed message. Empty when the design holds no realtime connections.
     */
    private java.util.Optional<PushedEgress> pushedEgress() {
        Fanout f = fanout();
        double pushes = Numbers.round(f.updatePushes() + f.reportPushes(), 2);
        if (pushes <= 0) {
            return java.util.Optional.empty();
        }
        PushFanout fanout = PushFanout.standard();
        double average = pushes / peakToAverage;
        double gb = Numbers.round(average * fanout.messageKb() * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
        return java.util.Optional.of(new PushedEgress(gb, f.terms() + " = " + Numbers.format(pushes)
                + " pushes/s at peak (the realtime messages' pushes; the replies are in the responses) / " + Numbers.format(peakToAverage)
                + " on average x " + Numbers.format(fanout.messageKb()) + " KB x "
                + Numbers.format(Workload.SECONDS_PER_MONTH) + " s a month / 1,000,000 KB per GB (assumption " + PushFanout.ASSUMPTION + ")"));
    }

    /**
     * Responses to users a month: responses to reads and to the writes of users; device messages are acknowledged with
     * a few bytes and are not counted. Files downloaded are transferred at their size, apart from the API reads.
     */
    private double responsesGbPerMonth() {
        java.util.Optional<FileDownloads> files = fileDownloads();
        if (files.isEmpty()) {
            t.stated.fileMb().ifPresent(size -> assume("as-file-downloads", "The request states the files' size (" + size.evidence() + ") but not how "
                    + "many are downloaded a month: the transfer counts each read at " + Numbers.format(CapacityCalculator.RESPONSE_KB) + " KB, "
                    + "which is low if users fetch the files themselves; a stated count (\"N downloads a month\") prices them at their size"));
        }
        if (!ingests() && files.isEmpty()) {
            return s.egressGbPerMonth().value();
        }
        double reads = w.peakReads() / peakToAverage;
        double userWrites = (ingests() ? t.capabilities.stream().filter(c -> !c.is(ResourceFlow.INGEST)).mapToDouble(c -> loads.get(c).writes()).sum()
                : w.peakWrites()) / peakToAverage;
        // Files downloaded are transferred at their size; the other reads at a response's size
        double fileReads = files.map(FileDownloads::perSecond).orElse(0.0);
        double otherReads = Math.max(0, reads - fileReads);
        double fileGb = files.map(FileDownloads::gbPerMonth).orElse(0.0);
        double gb = Numbers.round(fileGb + (otherReads * CapacityCalculator.RESPONSE_KB + userWrites * CapacityCalculator.WRITE_RESPONSE_KB)
                * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
        String filesText = files.map(d -> d.basis() + " of files + (" + Numbers.format(reads) + " reads/s - "
                + Numbers.format(Numbers.round(fileReads, 2)) + " file downloads/s = ").orElse("(");
        figures.add(new Figure("egress", "Network egress to users", gb, "GB/month", filesText + Numbers.format(Numbers.round(otherReads, 2)) + " reads/s x "
                + Numbers.format(CapacityCalculator.RESPONSE_KB) + " KB + " + Numbers.format(userWrites) + (ingests() ? " user writes/s x " : " writes/s x ")
                + Numbers.format(CapacityCalculator.WRITE_RESPONSE_KB) + " KB) on average x " + Numbers.format(Workload.SECONDS_PER_MONTH)
                + " s a month / 1,000,000 KB per GB" + (ingests() ? "; device messages are acknowledged with a few bytes and not counted" : "")));
        files.ifPresent(d -> figures.add(new Figure("file-downloads", "File downloads a month", Numbers.round(d.perMonth(), 0), "downloads/month",
                d.countBasis())));
        return gb;
    }

    /**
     * Whole files downloaded: how many on average a second and a month, their size, the GB a month, and where each
     * figure comes from (the arithmetic, the stated phrases and the assumptions).
     */
    private record FileDownloads(double perSecond, double sizeMb, double gbPerMonth, String countBasis, String basis) {
        double perMonth() {
            return perSecond * Workload.SECONDS_PER_MONTH;
        }
    }

    /**
     * The files the design serves: the downloads the request counts with their size; else, where it states the files'
     * size and the design serves them from object storage ({@link #servesFiles()}), a share of the reads ({@value #FILE_DOWNLOAD_SHARE}, assumption
     * as-file-downloads), each a whole file; else none.
     */
    private java.util.Optional<FileDownloads> fileDownloads() {
        java.util.Optional<dev.architect.internal.facts.Downloads> stated = t.stated.downloads();
        if (stated.isPresent()) {
            dev.architect.internal.facts.Downloads d = stated.get();
            return java.util.Optional.of(new FileDownloads(d.perMonth() / Workload.SECONDS_PER_MONTH, d.sizeMb(), d.gbPerMonth(),
                    "Given: " + Numbers.format(d.perMonth()) + " downloads a month (" + d.count().evidence() + ")", d.evidence() + " (stated)"));
        }
        java.util.Optional<dev.architect.internal.facts.StatedFact> size = t.stated.fileMb();
        if (size.isEmpty() || objectStores() == 0 || !servesFiles()) {
            return java.util.Optional.empty();
        }
        assume("as-file-downloads", "The request states the files' size (" + size.get().evidence() + ") but not how many are downloaded: "
                + pct(FILE_DOWNLOAD_SHARE) + " of reads download a whole file (the byte-range requests of one download count once); the other "
                + "reads are API calls, pages and feed polls of " + Numbers.format(CapacityCalculator.RESPONSE_KB) + " KB; a stated count "
                + "(\"N downloads a month\") replaces this");
        double reads = w.peakReads() / peakToAverage;
        double perSecond = reads * FILE_DOWNLOAD_SHARE;
        double perMonth = Numbers.round(perSecond * Workload.SECONDS_PER_MONTH, 0);
        double gb = Numbers.round(perMonth * size.get().value() / 1000, 2);
        String count = Numbers.format(reads) + " reads/s on average x " + pct(FILE_DOWNLOAD_SHARE) + " that download a whole file (assumption "
                + "as-file-downloads) x " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s = " + Numbers.format(perMonth) + " downloads a month";
        return java.util.Optional.of(new FileDownloads(perSecond, size.get().value(), gb, count, count + " x " + Numbers.format(size.get().value())
                + " MB (stated: " + size.get().evidence() + ") / 1,000 = " + Numbers.format(gb) + " GB a month"));
    }

    /**
     * Whether the design serves its files to many people from public addresses (the archetype archetypes.yaml names in
     * {@code filesServedBy}), rather than keeping them for their owners.
     */
    private boolean servesFiles() {
        String serving = dev.architect.offline.internal.archetype.Archetypes.standard().filesServedBy();
        return serving != null && t.placements.stream().anyMatch(p -> p.archetype().id().equals(serving));
    }

    /** GB of file downloads a month, which a CDN carries in full when the design has one. */
    private double fileDownloadsGb() {
        return fileDownloads().map(FileDownloads::gbPerMonth).orElse(0.0);
    }

    /** Integrations that carry the product (payments, SMS, email, video): listed as not priced, with why and a reference price. */
    /**
     * The words that made an integration this kind of vendor, for the note: its kind is what the request says it does
     * ("SAP FI-CA (accounting, from its purpose's words "receivables")"), not what its product name suggests. Empty when its
     * own name says the kind, or when the design added it for a purpose of its own.
     */
    private static String kindEvidence(Topology.External e, dev.architect.figures.VendorPrice v) {
        if (!e.named() || v.matches(e.name()) || e.purpose() == null) {
            return ""; // a part an archetype adds for its own purpose ("Alert channel (to be chosen)") has no request words to show
        }
        dev.architect.offline.internal.catalog.Words purpose = dev.architect.offline.internal.catalog.Words.of(e.purpose());
        return v.match().stream().filter(purpose::contains).findFirst().map(word -> ", from its purpose's words \"" + word + "\"").orElse("");
    }

    private void vendors() {
        for (Topology.External e : t.externals) {
            if (runByFleet(e)) {
                continue;
            }
            java.util.Optional<dev.architect.figures.VendorPrice> byPurpose = prices.vendors().stream()
                    .filter(v -> v.matches(e.name() + " " + e.purpose())).findFirst();
            // A part a decision chose is what its name says ("The house bank's SPEI API" is bank connectivity, whatever it pays)
            java.util.Optional<dev.architect.figures.VendorPrice> byName = e.named() || byPurpose.filter(v -> v.matches(e.name())).isPresent()
                    ? java.util.Optional.empty() : prices.vendors().stream().filter(v -> v.matches(e.name())).findFirst();
            byName.or(() -> byPurpose).ifPresent(v -> alsoCarries(e, v));
            byName.or(() -> byPurpose).ifPresent(v -> {
                // A vendor the request names that the row does not price (Braze for email, priced at Amazon SES) is never priced
                // as another product: it is listed as not priced, whatever use is stated
                // The same for a vendor a decision chose (Adyen for Platforms payouts): its name holds the row's words, and names another product
                if ((e.named() || v.matches(e.name())) && prices.namesAnotherProduct(v, e.name())) {
                    notPriced.add(e.name() + " (" + v.category() + ")");
                    notes.add("[vendor-" + e.id() + "] Not priced: " + e.name() + " (" + v.category() + kindEvidence(e, v) + "), because the vendor table has no price "
                            + "row for " + e.name() + " and the " + v.category() + " row's price is another product's (" + v.product() + ": "
                            + v.price() + ", " + v.source() + ", " + prices.vendorsDate() + "); price it from " + e.name() + "'s own contract or pricing page");
                    return;
                }
                // A count of its use the request states prices it, at the vendor's own price and with the phrase as evidence
                java.util.Optional<dev.architect.internal.facts.StatedFact> used = prices.vendorUsage(v.category()).flatMap(u -> statedUse(u, e)
                        .or(() -> CarriedCounts.carried(e.purpose(), u, t.stated.volumes())));
                if (used.isPresent()) {
                    dev.architect.figures.VendorUsage usage = prices.vendorUsage(v.category()).orElseThrow();
                    if (usage.byDestination()) {
                        VendorCountries.price(this, e, v, usage, used.get(), t.peopleCountries);
                        return;
                    }
                    double units = used.get().value() / usage.countPerUnit();
                    add(ResourceNeed.flat("vendor-" + e.id(), e.name() + " (" + v.category() + ")", null, usage.kind(), Numbers.round(units, 2),
                            used.get().phrase() + (usage.countPerUnit() == 1 ? "" : " / " + Numbers.format(usage.countPerUnit()))
                                    + ", at the vendor's price (" + v.source() + ", " + prices.vendorsDate() + ")"));
                    return;
                }
                // A vendor that analyses samples of a stream (webcam frames) is used in proportion to the people's sessions
                if (sampledUse(e, v)) {
                    return;
                }
                // The calls a routing engine of our own leaves to the vendor (the assigned trip's route) are priced; with none left it is not called
                if (RoutingCost.vendorAfterEngine(this, e, v)) {
                    return;
                }
                if (messagesFromFlows(e, v)) {
                    return;
                }
                notPriced.add(e.name() + " (" + v.category() + ")");
                java.util.Optional<LocalRate> local = localRate(v);
                notes.add("[vendor-" + e.id() + "] Not priced: " + e.name() + " (" + v.category() + kindEvidence(e, v) + "), because " + v.why() + "; reference price "
                        + v.price() + " (" + v.product() + ", " + v.source() + ", " + prices.vendorsDate() + ")"
                        + local.map(r -> "; that is the rate for " + r.quotedFor() + ": " + r.country() + "'s is " + r.words() + ", which the estimate uses")
                                .orElseGet(() -> otherCountries(v)));
                // Central when the integration's own name is the vendor or its service (Twilio, Mux, an SMS gateway); a channel an
                // archetype adds for a purpose of its own (a notification provider to be chosen) does not carry the product
                if (v.central() && v.matches(e.name())) {
                    double users = w.monthlyActiveUsers();
                    java.util.Optional<UnpricedVendor> byJobs = byJobs(e, v, users);
                    if (byJobs.isPresent()) {
                        unpriced.add(byJobs.get());
                        return;
                    }
                    // billed by destination: the estimate per user at the rate of the country the people are in, where the table has it
                    double ratio = local.map(LocalRate::ratio).orElse(1.0);
                    unpriced.add(new UnpricedVendor(e.name(), v.category(), v.estimate().map(x -> Numbers.round(x.low() * users * ratio, 2)),
                            v.estimate().map(x -> Numbers.round(x.high() * users * ratio, 2)), v.estimate().map(x -> Numbers.format(users)
                                    + " monthly active users x (" + x.basis() + ")" + local.map(r -> ", at " + r.country() + "'s rate, "
                                    + r.words() + ", instead of " + r.quotedFor() + "'s").orElse(""))
                                    .orElse("the vendor table gives no estimate")));
                }
            });
        }
    }

    /**
     * Messages the system sends itself that the request counts ("about 1,500 e-mails a month") while no integration names
     * their provider: a category whose use is such a message (prices.yaml vendorUsage {@code sentByTheSystem}) and that no
     * line prices yet is priced at its first row's price, and a note says no provider is named. Counts only a phrase that
     * names the category's own unit; a thing the purpose of an integration carries is read with that integration.
     */
    private void sentWithoutIntegration() {
        for (dev.architect.figures.VendorPrice row : prices.vendors()) {
            java.util.Optional<dev.architect.figures.VendorUsage> usage = prices.vendorUsage(row.category()).filter(dev.architect.figures.VendorUsage::sentByTheSystem);
            if (usage.isEmpty() || prices.vendors().indexOf(row) != prices.vendors().stream().map(dev.architect.figures.VendorPrice::category).toList().indexOf(row.category())) {
                continue; // the category's first row only
            }
            java.util.Set<String> kinds = new java.util.HashSet<>(usage.get().byCountry().values());
            kinds.add(usage.get().kind());
            if (usage.get().elsewhere() != null) {
                kinds.add(usage.get().elsewhere());
            }
            if (needs.stream().anyMatch(n -> kinds.contains(n.resourceKind()))
                    || t.externals.stream().anyMatch(e -> prices.vendors().stream().anyMatch(v -> v.category().equals(row.category()) && v.matches(e.nameAndPurpose())))) {
                continue; // priced with its integration, or an integration that is this vendor says why not
            }
            java.util.Optional<StatedFact> used = t.stated.volumes().stream().filter(c -> usage.get().named(c.phrase())).findFirst()
                    .map(c -> new StatedFact(c.perMonth(), c.evidence() + " as stated", c.field()));
            if (used.isEmpty()) {
                continue;
            }
            String slug = Names.slug(row.category());
            Topology.External sender = new Topology.External("sent-" + slug, "Messages the system sends", null, null, true, false, false);
            notes.add("[vendor-sent-" + slug + "] The request counts " + row.category() + " the system sends (" + used.get().phrase()
                    + ") and no integration names their provider: priced at " + row.product() + "'s price; choose the provider to price its own");
            if (usage.get().byDestination()) {
                VendorCountries.price(this, sender, row, usage.get(), used.get(), t.peopleCountries);
                continue;
            }
            add(ResourceNeed.flat("vendor-sent-" + slug, "Messages the system sends (" + row.category() + ")", null, usage.get().kind(),
                    Numbers.round(used.get().value() / usage.get().countPerUnit(), 2), used.get().phrase()
                            + (usage.get().countPerUnit() == 1 ? "" : " / " + Numbers.format(usage.get().countPerUnit()))
                            + ", at " + row.product() + "'s price (" + row.source() + ", " + prices.vendorsDate() + ")"));
        }
    }

    /**
     * An integration that carries two vendors' units ("E-mail and SMS gateway" beside "7 million e-mails and 2.5 million text
     * messages"): the row it is priced as is one category; each other category whose row its name names on whole words,
     * and whose use the request states by that category's own words, is priced too, as its own line. A category only its
     * purpose names ("receipts by e-mail") is not added: the integration's name is what says it is that vendor.
     */
    private void alsoCarries(Topology.External e, dev.architect.figures.VendorPrice first) {
        java.util.Set<String> done = new java.util.HashSet<>(List.of(first.category()));
        for (dev.architect.figures.VendorPrice other : prices.vendors()) {
            if (done.contains(other.category()) || !other.matches(e.name()) || prices.namesAnotherProduct(other, e.name())) {
                continue;
            }
            java.util.Optional<dev.architect.figures.VendorUsage> usage = prices.vendorUsage(other.category());
            java.util.Optional<StatedFact> used = usage.flatMap(u -> statedUse(u, e));
            if (usage.isEmpty() || used.isEmpty()) {
                continue;
            }
            done.add(other.category());
            Topology.External as = new Topology.External(e.id() + "-" + Names.slug(other.category()), e.name(), e.description(), e.purpose(),
                    e.async(), e.payments(), e.named());
            if (usage.get().byDestination()) {
                VendorCountries.price(this, as, other, usage.get(), used.get(), t.peopleCountries);
                continue;
            }
            add(ResourceNeed.flat("vendor-" + as.id(), e.name() + " (" + other.category() + ")", null, usage.get().kind(),
                    Numbers.round(used.get().value() / usage.get().countPerUnit(), 2), used.get().phrase()
                            + (usage.get().countPerUnit() == 1 ? "" : " / " + Numbers.format(usage.get().countPerUnit()))
                            + ", at the vendor's price (" + other.source() + ", " + prices.vendorsDate() + ")"));
        }
    }

    /**
     * Prices the text messages the design's flows carry through a messaging vendor whose row prices messages one by one
     * (prices.yaml {@code messages}) and quotes a country the system serves: each step of a flow to the vendor is one
     * message sent, each step from it one received, and the flow runs once for each item of work it serves (sms-flows.yaml
     * {@code per}) that the request counts ("40,000 refills a month"), else at an assumed rate per monthly active user
     * stated under the flow's own assumption, with its low and high and an open question (the rate can decide the budget
     * verdict). False, and nothing priced, when the row has no such prices, the system serves another country, or no flow
     * that carries its messages is counted.
     */
    private boolean messagesFromFlows(Topology.External e, dev.architect.figures.VendorPrice v) {
        java.util.Optional<PriceTable.MessageKinds> kinds = prices.messageKinds(v);
        java.util.Optional<String> country = prices.priceCountry(v);
        if (kinds.isEmpty() || country.isEmpty() || t.countries.stream().noneMatch(c -> c.code().equals(country.get()))) {
            return false;
        }
        double users = w.monthlyActiveUsers();
        double sent = 0;
        double received = 0;
        List<String> sentTerms = new ArrayList<>();
        List<String> receivedTerms = new ArrayList<>();
        List<String> uncounted = new ArrayList<>();
        List<AssumedTexts> assumed = new ArrayList<>();
        for (Topology.Placement p : t.placements) {
            for (dev.architect.offline.internal.archetype.Archetype.Flow f : t.presentFlows(p)) {
                int out = 0;
                int in = 0;
                for (dev.architect.offline.internal.archetype.Archetype.Step step : f.parsed()) {
                    if (step.kind() == dev.architect.dossier.MessageKind.REPLY) {
                        continue; // the provider's answer to an API call ("Accepted"), not a text message
                    }
                    out += isExternal(step.to(), p, e) ? 1 : 0;
                    in += isExternal(step.from(), p, e) ? 1 : 0;
                }
                if (out + in == 0) {
                    continue;
                }
                java.util.Optional<SmsFlows.Runs> runs = SmsFlows.standard().runs(f.id());
                if (runs.isEmpty()) {
                    uncounted.add("'" + f.title() + "'");
                    continue;
                }
                SmsFlows.Runs r = runs.get();
                java.util.Optional<dev.architect.internal.facts.StatedCount> items = t.stated.volumes().stream()
                        .filter(c -> r.per().stream().anyMatch(item -> SmsFlows.counts(c, item))).findFirst();
                double runsAMonth;
                String runsText;
                if (items.isPresent()) {
                    // the request counts the items this flow serves: it runs once for each
                    runsAMonth = items.get().perMonth();
                    runsText = Numbers.format(runsAMonth) + " '" + f.title() + "' a month, one for each of the " + items.get().evidence();
                } else {
                    String id = SmsFlows.assumption(f.id());
                    double rate = r.at(textLevel);
                    runsAMonth = users * rate;
                    runsText = Numbers.format(users) + " monthly active users x " + Numbers.format(rate) + " '" + f.title()
                            + "' a month (assumption " + id + ")";
                    assumed.add(new AssumedTexts(f, r, id, out, in));
                }
                if (out > 0) {
                    sent += runsAMonth * out;
                    sentTerms.add(runsText + " x " + out + (out == 1 ? " message" : " messages") + " sent");
                }
                if (in > 0) {
                    received += runsAMonth * in;
                    receivedTerms.add(runsText + " x " + in + (in == 1 ? " message" : " messages") + " received");
                }
            }
        }
        if (sent + received <= 0) {
            return false;
        }
        // Each assumed rate with what it moves: at its low and high the messages a month, priced at the row's prices
        double sentPrice = prices.price(w.cloud(), kinds.get().sent()).map(dev.architect.figures.Price::monthlyUsd).orElse(0.0);
        double receivedPrice = prices.price(w.cloud(), kinds.get().received()).map(dev.architect.figures.Price::monthlyUsd).orElse(0.0);
        for (AssumedTexts a : assumed) {
            double perRun = a.sent() * sentPrice + a.received() * receivedPrice;
            String range = Numbers.format(a.runs().low()) + " to " + Numbers.format(a.runs().high()) + " a monthly user would be "
                    + Numbers.usd(Numbers.round(users * a.runs().low() * perRun, 2)) + " to "
                    + Numbers.usd(Numbers.round(users * a.runs().high() * perRun, 2)) + " a month of its texts";
            assume(a.id(), "'" + a.flow().title() + "' runs " + (a.runs().perUserMonth() == 1 ? "once" : Numbers.format(a.runs().perUserMonth()) + " times") + " a month for each monthly active user: "
                    + a.runs().basis() + "; the request counts no " + SmsFlows.items(a.runs())
                    + " a month, so this is assumed (open question " + SmsFlows.question(a.flow().id()) + "); each message is one segment; "
                    + range);
            textRates.add(new TextRate(a.flow().id(), a.flow().title(), a.id(), a.runs(), users * perRun));
        }
        String source = ", at the vendor's price for " + country.get() + " numbers (" + v.source() + ")";
        if (sent > 0) {
            add(ResourceNeed.flat("vendor-" + e.id() + "-sent", e.name() + " (" + v.category() + " sent)", null, kinds.get().sent(),
                    Numbers.round(sent, 0), String.join(" + ", sentTerms) + source));
        }
        if (received > 0) {
            add(ResourceNeed.flat("vendor-" + e.id() + "-received", e.name() + " (" + v.category() + " received)", null, kinds.get().received(),
                    Numbers.round(received, 0), String.join(" + ", receivedTerms) + source));
        }
        if (!uncounted.isEmpty()) {
            notes.add("[vendor-" + e.id() + "-uncounted] " + e.name() + " also carries the messages of " + Names.list(uncounted)
                    + ", which are not counted: how often they run is not in the request nor in the flows' assumptions");
        }
        return true;
    }

    /** A flow whose runs a month are assumed per monthly user, with the messages one user's run brings. */
    private record AssumedTexts(dev.architect.offline.internal.archetype.Archetype.Flow flow, SmsFlows.Runs runs, String id, int sent, int received) {
    }

    /**
     * A rate of text messages the cost assumes: the flow, its assumption, its rates per monthly user (with low, high and
     * the question that settles them) and what one run per monthly user a month costs in texts.
     *
     * @param flowId     the archetype flow
     * @param title      the flow's title
     * @param assumption the assumption's id
     * @param runs       the flow's rates and the question that settles them
     * @param perRate    US dollars a month per run per monthly user a month
     */
    record TextRate(String flowId, String title, String assumption, SmsFlows.Runs runs, double perRate) {

        /** The month's cost of its messages at {@code perUserMonth} runs per monthly user. */
        double at(double perUserMonth) {
            return Numbers.round(perRate * perUserMonth, 2);
        }
    }

    private final List<TextRate> textRates = new ArrayList<>();
    /** Where the assumed rates of text messages stand: base, or low or high for a cost scenario. */
    private dev.architect.dossier.ScenarioName textLevel = dev.architect.dossier.ScenarioName.BASE;

    /** The rates of text messages the cost assumes (none when the request counts what the flows serve). */
    List<TextRate> textRates() {
        return List.copyOf(textRates);
    }

    /** Whether a flow's participant is the placed archetype's external that is this integration ({@code external:role}). */
    private static boolean isExternal(String participant, Topology.Placement p, Topology.External e) {
        return participant.startsWith("external:") && e.id().equals(p.externals().get(participant.substring("external:".length())));
    }

    /**
     * The rate of the one country the people are in, for a vendor that bills by destination and whose table has that
     * country's row: its price in words, and its ratio to the rate the vendor row quotes.
     *
     * @param country   the country the people are in
     * @param quotedFor the country the vendor row's rate is for
     * @param words     the country's rate in words ("$0.0463 per SMS segment")
     * @param ratio     the country's rate over the quoted one
     */
    record LocalRate(String country, String quotedFor, String words, double ratio) {
    }

    /** The people's country's rate of a vendor billed by destination, where the people are in one country the table prices. */
    private java.util.Optional<LocalRate> localRate(dev.architect.figures.VendorPrice v) {
        java.util.Optional<dev.architect.figures.VendorUsage> usage = prices.vendorUsage(v.category()).filter(dev.architect.figures.VendorUsage::byDestination);
        java.util.Optional<String> quotedCode = prices.priceCountry(v);
        if (usage.isEmpty() || quotedCode.isEmpty() || t.peopleCountries.size() != 1 || t.peopleCountries.get(0).code().equals(quotedCode.get())) {
            return java.util.Optional.empty();
        }
        var country = t.peopleCountries.get(0);
        String kind = usage.get().byCountry().get(country.code());
        java.util.Optional<dev.architect.figures.Price> local = kind == null ? java.util.Optional.empty() : prices.price(w.cloud(), kind);
        java.util.Optional<dev.architect.figures.Price> quoted = prices.price(w.cloud(), usage.get().kind());
        if (local.isEmpty() || quoted.isEmpty() || quoted.get().monthlyUsd() <= 0) {
            return java.util.Optional.empty();
        }
        // the country rows are one product's (Twilio's): another product of the category (Azure Communication Services) has its own rates
        String kindProduct = quoted.get().description().contains(":") ? quoted.get().description().substring(0, quoted.get().description().indexOf(':'))
                : quoted.get().description();
        if (!v.product().contains(kindProduct.strip())) {
            return java.util.Optional.empty();
        }
        String quotedFor = dev.architect.offline.internal.catalog.Geography.standard().nameOf(quotedCode.get());
        return java.util.Optional.of(new LocalRate(country.name(), quotedFor, "$" + Numbers.shown(local.get().monthlyUsd()) + " per " + local.get().unit(),
                local.get().monthlyUsd() / quoted.get().monthlyUsd()));
    }

    /**
     * Where a vendor prices by the country a message goes to and the system serves none of the row's country, the caveat
     * naming the countries it does serve: the reference is another country's rate. Empty otherwise.
     */
    private String otherCountries(dev.architect.figures.VendorPrice v) {
        java.util.Optional<String> quoted = prices.priceCountry(v);
        if (quoted.isEmpty() || t.countries.isEmpty() || t.countries.stream().anyMatch(c -> c.code().equals(quoted.get()))) {
            return "";
        }
        String reference = dev.architect.offline.internal.catalog.Geography.standard().nameOf(quoted.get());
        return "; that is the rate for " + reference + ": " + Names.list(t.countries.stream()
                .map(dev.architect.offline.internal.catalog.Geography.Country::name).toList())
                + (t.countries.size() == 1 ? " is billed at its own rate" : " are billed at their own per-country rates") + ", which the vendor table does not hold";
    }

    /**
     * A usage-priced vendor the design's own mechanism calls (a dispatcher ranking couriers by road ETA), estimated from
     * the jobs that call it: monthly users x jobs a user starts x calls a job makes x the vendor's price a call
     * (product-facts.yaml vendorUses), not from a flat use per user. Empty when the design has no such mechanism.
     */
    private java.util.Optional<UnpricedVendor> byJobs(Topology.External e, dev.architect.figures.VendorPrice v, double users) {
        java.util.Optional<ProductFacts.VendorUse> use = ProductFacts.standard().vendorUse(v.category())
                .filter(u -> t.placements.stream().anyMatch(p -> p.archetype().id().equals(u.archetype())))
                .filter(u -> prices.price(w.cloud(), u.kind()).isPresent());
        if (use.isEmpty()) {
            return java.util.Optional.empty();
        }
        ProductFacts.VendorUse u = use.get();
        dev.architect.figures.Price price = prices.price(w.cloud(), u.kind()).orElseThrow();
        double perCall = price.monthlyUsd() / u.perCalls();
        String mechanism = u.caller();
        assume("as-vendor-jobs-" + v.category(), e.name() + " is called by the " + mechanism + " for each job: " + u.basis() + "; "
                + Numbers.format(u.jobsPerUserMonth().low()) + " to " + Numbers.format(u.jobsPerUserMonth().high()) + " jobs per monthly user a month, "
                + Numbers.format(u.callsPerJob().low()) + " to " + Numbers.format(u.callsPerJob().high()) + " billed calls a job (the request states neither)");
        // At the vendor's volume tiers: each end of the range is billed band by band
        double lowCalls = users * u.jobsPerUserMonth().low() * u.callsPerJob().low();
        double highCalls = users * u.jobsPerUserMonth().high() * u.callsPerJob().high();
        RoutingCost.quota(this, e, u.archetype(), highCalls);
        String tiers = price.tiers().size() > 1 ? " at the vendor's volume tiers (" + RoutingCost.tierText(price, u.perCalls()) + ")"
                : " x $" + Numbers.format(perCall * u.perCalls()) + " per " + Numbers.format(u.perCalls());
        // An end of the range above the vendor's published table has no list price: it is left out, not extrapolated
        String above = price.publishes(highCalls / u.perCalls()) ? "" : "; " + (price.publishes(lowCalls / u.perCalls()) ? "the high end is " : "both ends are ")
                + price.aboveTable() + ", so not priced";
        return java.util.Optional.of(new UnpricedVendor(e.name(), v.category(),
                java.util.Optional.of(lowCalls / u.perCalls()).filter(price::publishes).map(x -> Numbers.round(price.billed(x), 2)),
                java.util.Optional.of(highCalls / u.perCalls()).filter(price::publishes).map(x -> Numbers.round(price.billed(x), 2)),
                Numbers.format(users) + " monthly active users x " + Numbers.format(u.jobsPerUserMonth().low()) + " to "
                        + Numbers.format(u.jobsPerUserMonth().high()) + " jobs a user a month x " + Numbers.format(u.callsPerJob().low())
                        + " to " + Numbers.format(u.callsPerJob().high()) + " requests a job = " + Numbers.format(lowCalls) + " to "
                        + Numbers.format(highCalls) + " requests a month" + tiers + above + " (assumption as-vendor-jobs-" + v.category() + ")"));
    }

    /**
     * The use of a vendor a month the request states: a count that names it ("2 million SMS a month", "40,000 SMS a week"
     * x 52 / 12), else so many per item times the items' stated count ("each load sends 3 SMS" x "40,000 loads a week").
     * The fact's phrase carries the arithmetic.
     */
    private java.util.Optional<dev.architect.internal.facts.StatedFact> statedUse(dev.architect.figures.VendorUsage usage, Topology.External e) {
        java.util.Optional<dev.architect.internal.facts.StatedFact> counted = t.stated.volumes().stream().filter(f -> usage.named(f.phrase()))
                .findFirst().map(c -> new dev.architect.internal.facts.StatedFact(c.perMonth(), c.evidence() + " as stated", c.field()));
        if (counted.isPresent()) {
            return counted;
        }
        for (dev.architect.internal.facts.StatedRate rate : t.stated.ratesPerItem()) {
            // a rate an integration's purpose states ("2 SMS reminders per discharge") is that integration's use, no other's
            boolean another = rate.field().startsWith("integrations[") && (e.purpose() == null || !e.purpose().contains(rate.phrase()));
            if (usage.named(rate.thing()) && !another) {
                java.util.Optional<dev.architect.internal.facts.StatedCount> items = t.stated.volumes().stream().filter(c -> c.counts(rate.item())).findFirst();
                if (items.isPresent()) {
                    return java.util.Optional.of(rate.times(items.get()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Prices a vendor whose integration analyses samples of a stream ("face and gaze analysis of webcam frames") when the
     * request states no count of its use: the samples a month follow from the monthly active users x the hours of
     * sessions each a month x the samples an hour (prices.yaml {@code sampled}), stated as assumption
     * {@code as-sampled-<integration>}. False, and nothing priced, when the vendor's use has no such rule or the
     * integration's words name no stream.
     */
    private boolean sampledUse(Topology.External e, dev.architect.figures.VendorPrice v) {
        java.util.Optional<dev.architect.figures.VendorUsage> usage = prices.vendorUsage(v.category());
        if (usage.isEmpty() || usage.get().sampled() == null
                || !dev.architect.offline.internal.catalog.Words.of(e.name() + " " + e.purpose()).containsAny(usage.get().sampled().words())) {
            return false;
        }
        dev.architect.figures.VendorUsage.Sampled sampled = usage.get().sampled();
        double users = w.monthlyActiveUsers();
        double samples = sampled.perMonth(users);
        String id = "as-sampled-" + e.id();
        assume(id, e.name() + " (" + v.category() + ") analyses samples of a stream (\"" + e.purpose() + "\") and the request states no count a month: "
                + sampled.basis() + ", so " + Numbers.format(users) + " monthly active users x " + Numbers.format(sampled.hoursPerUser()) + " hours x "
                + Numbers.format(sampled.perHour()) + " = " + Numbers.format(samples) + " a month (state the number analysed a month to price the real one)");
        add(ResourceNeed.flat("vendor-" + e.id(), e.name() + " (" + v.category() + ")", null, usage.get().kind(),
                Numbers.round(samples / usage.get().countPerUnit(), 2), Numbers.format(samples) + " analysed a month (assumption " + id + ")"
                        + (usage.get().countPerUnit() == 1 ? "" : " / " + Numbers.format(usage.get().countPerUnit()))
                        + ", at the vendor's price (" + v.source() + ", " + prices.vendorsDate() + ")"));
        return true;
    }

    /**
     * A vendor central to the product that is not priced, with its estimated monthly range where the vendor table allows.
     *
     * @param low  US dollars a month at light use, when estimated
     * @param high US dollars a month at heavy use, when estimated
     */
    record UnpricedVendor(String name, String category, java.util.Optional<Double> low, java.util.Optional<Double> high, String basis) {
    }

    /**
     * A database's hot tier, which keeps the last {@code months} months of data: month 1 holds the data then (the initial
     * volume and a month's growth, at most the full tier), and it grows by {@code growth} a month for {@code fillMonths}
     * months until it holds {@code months} months of growth, the size its basis states, then stays full. The growth is
     * spread evenly over whole months so the run rate reaches that size exactly.
     *
     * @param first      GB in month 1
     * @param growth     GB added a month while it fills
     * @param fillMonths months it grows after month 1
     * @param full       GB it holds once full (months x the monthly growth)
     */
    record HotTier(double first, double growth, int fillMonths, double full) {

        static HotTier of(double initial, double monthlyGrowth, int months) {
            double full = monthlyGrowth * months;
            double first = Math.min(initial + monthlyGrowth, full);
            int fill = monthlyGrowth <= 0 || first >= full ? 0 : (int) Math.ceil((full - first) / monthlyGrowth - 1e-9);
            return new HotTier(first, fill == 0 ? 0 : (full - first) / fill, fill, full);
        }

        /** The basis's words for the fill, each GB times the store's factor (indexes, copies). */
        String text(double factor) {
            return fillMonths == 0 ? "" : "; month 1 holds " + Numbers.format(Numbers.round(first * factor, 2)) + " GB, growing "
                    + Numbers.format(Numbers.round(growth * factor, 2)) + " GB a month to the full " + Numbers.format(Numbers.round(full * factor, 2))
                    + " GB from month " + (fillMonths + 1);
        }
    }

    /** What the cost lists as not priced, in the order listed: the budget's headroom or gap excludes them. */
    List<String> notPriced() {
        return List.copyOf(notPriced);
    }

    /** Vendors central to the product that the estimate leaves out (video, SMS), for the budget verdict. */
    List<UnpricedVendor> unpricedCentralVendors() {
        return List.copyOf(unpriced);
    }

    /** Logs kept a month: requests the origin serves (device messages excluded) x 1 KB x the sampled share. */
    private double logsGbPerMonth() {
        double peak = t.capabilities.stream().filter(c -> !c.is(ResourceFlow.INGEST)).mapToDouble(c -> loads.get(c).total()).sum();
        double average = peak / peakToAverage;
        double gb = Numbers.round(average * Workload.SECONDS_PER_MONTH * CapacityCalculator.LOG_KB_PER_REQUEST
                * CapacityCalculator.LOG_SAMPLING / 1_000_000, 2);
        figures.add(new Figure("logs", "Log volume kept", gb, "GB/month", Numbers.format(average) + " origin requests/s on average"
                + (ingests() ? " (device messages excluded, assumption as-ingest-per-instance)" : "") + " x "
                + Numbers.format(Workload.SECONDS_PER_MONTH) + " s x " + Numbers.format(CapacityCalculator.LOG_KB_PER_REQUEST) + " KB x "
                + Numbers.format(CapacityCalculator.LOG_SAMPLING * 100) + "% sampled / 1,000,000"));
        return gb;
    }

    /** The usual day's peak over its average: the stated spike factor, else the curve of who makes the load. */
    private double dayShape() {
        return t.stated.spikeFactor().map(StatedFact::value).orElse(DailyLoadShape.standard().peopleCurve(t.makers, w.audience()).peakToAverage());
    }

    /** The capabilities whose load a stated volume sets (StatedPartRates), by name. */
    private final Map<String, StatedPartRates.Bound> volumeBound = new LinkedHashMap<>();

    /**
     * Sets the writes (or reads, for a volume of look-ups) of each capability a stated volume binds to, out of the pool the
     * shared capabilities hold: a bound capability takes its stated rate, the unbound ones share what is left at the shares
     * their weights gave them, so the total stays the stated peak. Volumes above the pool share it in their proportions
     * (the load fields' peak holds them), and the unbound ones then take none.
     */
    private void boundVolumes(List<Capability> shared) {
        StatedPartRates rates = StatedPartRates.of(t.description(), t.goals, t.stated, t.capabilities.stream().map(Capability::name).toList(),
                t.actors.stream().map(Topology.Actor::name).toList(), dayShape());
        List<Capability> bound = shared.stream().filter(c -> rates.bound().containsKey(c.name())).toList();
        List<String> texts = new ArrayList<>();
        for (boolean reads : new boolean[] {false, true}) {
            List<Capability> set = bound.stream().filter(c -> rates.bound().get(c.name()).reads() == reads).toList();
            if (set.isEmpty()) {
                continue;
            }
            double pool = shared.stream().mapToDouble(c -> reads ? loads.get(c).reads() : loads.get(c).writes()).sum();
            if (pool <= 0) {
                continue; // nothing of this kind is left to these capabilities (an ingestion path takes it): no share to set
            }
            double stated = set.stream().mapToDouble(c -> rates.bound().get(c.name()).perSecond()).sum();
            List<Capability> unbound = shared.stream().filter(c -> !set.contains(c)).toList();
            double weighed = unbound.stream().mapToDouble(c -> reads ? loads.get(c).reads() : loads.get(c).writes()).sum();
            // stated rates above the pool are held by it; with nobody else to take the remainder, the bound keep all of it
            double scale = stated > pool || weighed <= 0 ? pool / stated : 1;
            double left = Math.max(0, pool - stated * scale);
            String kind = reads ? "reads/s" : "writes/s";
            for (Capability c : shared) {
                PartLoad l = loads.get(c);
                double own = reads ? l.reads() : l.writes();
                double now = set.contains(c) ? rates.bound().get(c.name()).perSecond() * scale : weighed > 0 ? left * own / weighed : 0;
                now = Numbers.round(now, 4);
                loads.put(c, reads ? new PartLoad(now, l.writes()) : new PartLoad(l.reads(), now));
            }
            for (Capability c : set) {
                StatedPartRates.Bound b = rates.bound().get(c.name());
                volumeBound.put(c.name(), b);
                texts.add(c.name() + ": " + b.arithmetic() + (scale != 1 ? " x " + Numbers.format(Numbers.round(scale, 4)) + " = "
                        + Numbers.shown(b.perSecond() * scale) + " " + kind + " at peak" + (stated > pool
                        ? " (the stated volumes, " + Numbers.format(Numbers.round(stated, 2)) + " " + kind + ", are more than the "
                        + Numbers.format(Numbers.round(pool, 2)) + " the load fields leave these capabilities: the stated peak holds them)"
                        : " (no other capability takes the rest)") : " " + kind + " at peak"));
            }
            if (!unbound.isEmpty() && scale == 1 && left > 0) {
                texts.add(names(unbound) + " share the " + Numbers.format(Numbers.round(left, 2)) + " " + kind + " left of "
                        + Numbers.format(Numbers.round(pool, 2)) + " at their weights' shares (assumption as-part-load)");
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        notes.add("[" + StatedPartRates.NOTE + "] The request's own volumes set the load of the capability that writes what they count "
                + "(its name holds the counted noun, not as a view of it; a count of things checked, looked up or verified sets its reads: "
                + "count-directions.yaml): " + String.join("; ", texts));
    }

    /** Where the parts' loads come from, together: the assumption unless the request states every capability's load. */
    private String partLoadBasis() {
        boolean allStated = t.capabilities.stream().allMatch(c -> w.capabilityLoad(c.name())
                .filter(l -> l.share() != null || l.peakRequestsPerSecond() != null).isPresent());
        return allStated ? "given per capability" : "assumption as-part-load";
    }

    /** Where a capability's load comes from: the request's fields (e.g. {@code capabilities[1].share}) or the assumption. */
    private String given(Capability c) {
        int i = w.capabilities().indexOf(c.name());
        CapabilityLoad l = w.capabilityLoad(c.name()).orElse(null);
        if (l == null || i < 0) {
            return "assumption as-part-load";
        }
        List<String> fields = new ArrayList<>();
        if (l.share() != null) {
            fields.add("capabilities[" + i + "].share");
        }
        if (l.peakRequestsPerSecond() != null) {
            fields.add("capabilities[" + i + "].peakRequestsPerSecond");
        }
        if (l.readWriteRatio() != null) {
            fields.add("capabilities[" + i + "].readWriteRatio");
        }
        boolean volume = l.share() != null || l.peakRequestsPerSecond() != null;
        return "given (" + String.join(", ", fields) + ")" + (volume ? "" : "; assumption as-part-load");
    }

    /** A part's load provenance: the assumption when none of its capabilities is stated, else each stated one's fields. */
    private String provenance(List<Capability> owned) {
        List<String> stated = owned.stream().filter(c -> w.capabilityLoad(c.name()).isPresent() || volumeBound.containsKey(c.name()))
                .map(c -> volumeBound.containsKey(c.name()) && w.capabilityLoad(c.name()).isEmpty()
                        ? "stated (" + volumeBound.get(c.name()).quote() + ")" : given(c)).toList();
        if (stated.isEmpty()) {
            return "assumption as-part-load";
        }
        boolean allStated = stated.size() == owned.size() && stated.stream().noneMatch(x -> x.contains("as-part-load"));
        return String.join("; ", stated) + (allStated ? "" : "; assumption as-part-load");
    }

    private static String names(List<Capability> caps) {
        return String.join(", ", caps.stream().map(Capability::name).toList());
    }

    private static String pct(double share) {
        return Numbers.format(Numbers.round(share * 100, 1)) + "%";
    }

    /**
     * In the cheapest baseline (a small budget's option), an always-on instance at its product's smallest size, the count
     * unchanged, when the whole system's peak is one those sizes carry (lean-baseline.yaml); any other line as it is.
     */
    private ResourceNeed leaner(ResourceNeed need) {
        LeanBaseline lean = LeanBaseline.standard();
        if (!variant.lean() || !lean.carries(w.peakRps())) {
            return need;
        }
        return lean.smaller(need.resourceKind()).filter(s -> priced(s.to())).map(s -> new ResourceNeed(need.id(), need.name(), need.containerId(),
                s.to(), need.quantity(), need.monthlyGrowth(), need.growthMonths(), need.growthDelay(), need.assumption() + "; at the smallest size "
                + "in the cheapest baseline: the system's " + Numbers.format(w.peakRps()) + " requests/s at peak are under the "
                + Numbers.format(lean.maxPeak()) + " it carries (lean-baseline.yaml)", need.lastMonth())).orElse(need);
    }

    /** A line of stored data: priced, and counted in the capacity plan's storage figures. */
    private void addStorage(ResourceNeed need) {
        add(need);
        storage.add(need);
    }

    /** The capacity plan's storage figures as the sum of the priced storage lines, so the plan and the cost agree. */
    private void storageFigures() {
        if (storage.isEmpty()) {
            return;
        }
        String lines = String.join(", ", storage.stream().map(ResourceNeed::id).toList());
        notes.add("[as-storage-copies] Stored data is given twice: logical GB are the data as the request states it, one copy; physical GB "
                + "are what the storage lines bill: each line's copies (replicas, regions, index overhead), compression and data classes");
        for (int years : new int[] {1, 3, 5}) {
            int month = 12 * years + 1;
            double gb = Numbers.round(storage.stream().mapToDouble(n -> n.quantityAt(month)).sum(), 2);
            figures.add(new Figure("storage-" + years + "y", "Stored data after " + years + (years == 1 ? " year" : " years") + " (physical)", gb, "GB",
                    "Sum of the priced storage lines (" + lines + ") after " + (month - 1) + " months of growth, each with the copies, "
                            + "compression and retention its line states (assumption as-storage-copies)"));
            java.util.Optional<dev.architect.internal.facts.Retention> raw = t.stated.rawRetention()
                    .filter(r -> r.kind() == dev.architect.internal.facts.Retention.Kind.RAW && r.wholeMonths() < w.retentionYears() * 12);
            java.util.Optional<dev.architect.internal.facts.Retention> rollups = t.stated.aggregateRetention();
            if (raw.isPresent() && rollups.isPresent() && w.growthGbPerMonth() > 0 && notes.stream().anyMatch(n -> n.startsWith("[as-data-classes]"))) {
                // Each class is kept for its own stated period: raw readings for theirs, the rollups (a share of the raw volume) for theirs
                Rollup r = rollup();
                int rawMonths = raw.get().wholeMonths();
                int rollupMonths = rollups.get().wholeYears() * 12;
                double rawGb = w.initialGb() + w.growthGbPerMonth() * Math.min(month - 1, rawMonths);
                double rollupGb = (w.initialGb() + w.growthGbPerMonth() * Math.min(month - 1, rollupMonths)) / r.ratio();
                double logical = Numbers.round(rawGb + rollupGb, 2);
                figures.add(new Figure("data-" + years + "y", "Data kept after " + years + (years == 1 ? " year" : " years") + " (logical)", logical, "GB",
                        Numbers.format(w.initialGb()) + " GB + " + Numbers.format(w.growthGbPerMonth()) + " GB/month x min(" + (month - 1) + ", "
                                + rawMonths + " months of raw retention) + (" + Numbers.format(w.initialGb()) + " GB + " + Numbers.format(w.growthGbPerMonth())
                                + " GB/month x min(" + (month - 1) + ", " + rollupMonths + " months of their retention)) / " + Numbers.format(r.ratio())
                                + " as " + (r.averages() ? "averages" : "rollups") + ", one copy (assumptions as-data-classes, as-storage-copies)"));
                continue;
            }
            // What the design's own processes keep (trail segments) is held beside the records, for its own retention
            double processes = Numbers.round(flowData.stream().mapToDouble(f -> flowHeld(f, month, w.retentionYears() * 12)).sum(), 2);
            double logical = Numbers.round(w.rawStorageGb(years) + processes, 2);
            figures.add(new Figure("data-" + years + "y", "Data kept after " + years + (years == 1 ? " year" : " years") + " (logical)", logical, "GB",
                    Numbers.format(w.initialGb()) + " GB + " + Numbers.format(w.growthGbPerMonth()) + " GB/month x min(" + (month - 1) + ", "
                            + (w.retentionYears() * 12) + " months of retention)" + (processes > 0 ? " + " + Numbers.format(processes)
                            + " GB the design's own processes keep, each for its own retention (the flow-writes notes)" : "")
                            + ", one copy (assumption as-storage-copies)"));
        }
        // Media the description counts and sizes are in the object store's lines, beside the data fields' figures above
        if (objectStores() > 0) {
            t.stated.mediaUploads().ifPresent(m -> figures.add(new Figure("media-growth", "Media stored a month (stated)", m.gbPerMonth(), "GB/month",
                    m.evidence() + "; in the object store's lines, not in the logical figures of data.growthGbPerMonth")));
        }
        double firstYear = storage.stream().mapToDouble(n -> n.quantityAt(13) - n.quantityAt(1)).sum() / 12;
        figures.add(new Figure("storage-growth", "Stored data growth (physical)", Numbers.round(firstYear, 2), "GB/month",
                "Growth of the priced storage lines (" + lines + ") over the first year / 12 months"));
    }

    // What RoutingCost reads and adds: it prices a routing engine of our own and the vendor calls the engine leaves.
    Topology topology() {
        return t;
    }

    Workload workload() {
        return w;
    }

    PriceTable priceTable() {
        return prices;
    }

    double peakRatio() {
        return peakToAverage;
    }

    int regionCount() {
        return regions;
    }

    void assumption(String id, String text) {
        assume(id, text);
    }

    void note(String text) {
        notes.add(text);
    }

    void need(ResourceNeed need) {
        add(need);
    }

    void figure(Figure figure) {
        figures.add(figure);
    }

    /**
     * Adds a need to the estimate when its kind has a list price on the cloud; a use above the end of a vendor's
     * published table is not priced (never extrapolated at the last tier's price) and counts among the unpriced items.
     */
    private void add(ResourceNeed need) {
        need = leaner(need);
        java.util.Optional<dev.architect.figures.Price> price = prices.price(w.cloud(), need.resourceKind());
        if (price.isPresent() && !price.get().publishes(need.quantity())) {
            notPriced.add(need.name());
            notes.add("[" + need.id() + "] " + need.name() + " is not priced: " + Numbers.format(need.quantity()) + " " + price.get().unit()
                    + " a month is " + price.get().aboveTable() + " (" + need.assumption() + ")");
        } else if (price.isPresent()) {
            needs.add(need);
        } else {
            notes.add(need.name() + " (" + need.resourceKind() + ") has no list price on " + w.cloud().displayName()
                    + "; add your own figure");
        }
    }
}
