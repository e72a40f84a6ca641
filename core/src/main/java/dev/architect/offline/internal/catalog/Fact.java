package dev.architect.offline.internal.catalog;

import dev.architect.internal.Numbers;
import java.util.Arrays;
import java.util.Optional;

/**
 * The figures and traits of a request that catalogue conditions may test, by the camelCase key the catalogue uses.
 * Each knows how to show itself in an ADR's drivers ("peak writes 200,000/s"), so the inputs of a rule are visible.
 */
public enum Fact {
    TEAM_SIZE("teamSize", "team size", ""),
    CAPABILITIES("capabilities", "business capabilities", ""),
    PEAK_RPS("peakRequestsPerSecond", "peak requests", "/s"),
    PEAK_READS("peakReadsPerSecond", "peak reads", "/s"),
    PEAK_WRITES("peakWritesPerSecond", "peak writes", "/s"),
    /**
     * Position updates a second at peak: the reports on an interval a live index keeps (report-sinks.yaml) when the
     * request states them, else every write, as the peak writes were before those reports left the database's writes.
     */
    POSITION_WRITES("positionWritesPerSecond", "position updates at peak", "/s"),
    READ_WRITE_RATIO("readWriteRatio", "reads per write", ""),
    EVENTS_PER_SECOND("eventsPerSecond", "events published at peak", "/s"),
    ASYNC_FLOWS("asyncFlows", "asynchronous flows", ""),
    P99_MS("p99Ms", "p99 latency target", " ms"),
    AVAILABILITY("availabilityPercent", "availability target", "%"),
    RPO_MINUTES("rpoMinutes", "RPO", " min"),
    RTO_MINUTES("rtoMinutes", "RTO", " min"),
    STORAGE_5Y_GB("storage5yGb", "data held after 5 years", " GB"),
    REGIONS("regions", "regions requested", ""),
    /** Regions in more than one data-protection area (the EU, the UK, the rest), or outside the EU and the UK. */
    REGIONS_OUTSIDE_EU("regionsOutsideEu", "regions beyond one data-protection area", ""),
    REGIONS_IN_UK("regionsInUk", "regions in the United Kingdom", ""),
    /** Regions in Switzerland, under the Swiss FADP: residency there is Swiss, not the EU's. */
    REGIONS_IN_SWITZERLAND("regionsInSwitzerland", "regions in Switzerland", ""),
    /** Regions in Brazil, under the LGPD: personal data kept there needs no safeguard for leaving the country. */
    REGIONS_IN_BRAZIL("regionsInBrazil", "regions in Brazil", ""),
    /** The request asks for data to stay in a jurisdiction (a constraint or a sentence), not only for GDPR. */
    RESIDENCY_STATED("residencyStated", "data residency required", ""),
    APP_INSTANCES("appInstances", "application instances at peak", ""),
    SERVICE_COUNT("serviceCount", "deployable services", ""),
    AUDIENCE_GLOBAL("audienceGlobal", "global audience", ""),
    TIME_SERIES("timeSeries", "time-stamped telemetry data", ""),
    LOAD_DIVERGENT("loadDivergent", "capabilities with divergent load", ""),
    PUBLIC_API("publicApi", "API offered to third parties", ""),
    /** The request names the protocol its devices speak (MQTT, CoAP, AMQP): a fact about the devices, not a choice. */
    DEVICE_PROTOCOL("deviceProtocol", "broker protocol the devices speak (MQTT, CoAP, AMQP, LwM2M) named in the request", ""),
    /**
     * The devices hold a WebSocket they open themselves (OCPP-J chargers): the design's device gateway is a service holding
     * those sockets, so readings and commands travel on them, not through an MQTT broker or an HTTP ingestion API.
     */
    DEVICE_WEBSOCKET("deviceWebsocket", "devices holding a WebSocket", ""),
    /** The request says people edit while offline (or their devices lose connectivity), so their edits merge on reconnect. */
    OFFLINE_EDITS("offlineEdits", "edits made offline", ""),
    /** The request's shared documents are text people write together (notes, docs, a wiki), not objects on a canvas. */
    TEXT_DOCUMENTS("textDocuments", "text written together", ""),
    /** An integration the request names as where its users' identities live: the design federates with it. */
    IDENTITY_SOURCE("identitySource", "existing identity source integrated", ""),
    /**
     * What the cloud's managed identity provider would cost a month for the users who sign in, by its price tiers, as a
     * percentage of the budget (0 without a budget or a public cloud): per-user pricing can outgrow the whole design.
     */
    IDENTITY_BUDGET_SHARE("identityBudgetShare", "managed sign-in price as a share of the budget", "%"),
    /**
     * The issuers whose tokens the API accepts when the organisations' own Google or Microsoft accounts are accepted
     * directly: the identity sources the design draws, and the customer pool when some actors keep accounts of their own.
     */
    ISSUERS("issuers", "token issuers", ""),
    /** The request asks for sign-in with a consumer account (Sign in with Apple or Google); set only when it does. */
    SOCIAL_SIGN_IN("socialSignIn", "social sign-in asked for", ""),
    /** The request lets people use it as guests before or without an account; set only when it does. */
    GUEST_ACCESS("guestAccess", "guest use without an account", ""),
    /** Most of the audience reads without an account: only a share of the monthly users signs in. */
    ANONYMOUS_READERS("anonymousReaders", "audience reading without an account", ""),
    /**
     * Everyone who signs in has an account at the named identity source: only staff sign in, or the source's purpose names
     * the outside users too ("student and staff single sign-on"). Where it does not, customers need identities of their own.
     */
    SOURCE_COVERS_USERS("sourceCoversUsers", "everyone who signs in has an account at the named source", ""),
    /**
     * The organisation's people sign in with the accounts it holds for them at Google or Microsoft (a school's Google
     * Workspace, a company's Microsoft 365): the application accepts those providers' tokens directly.
     */
    ORGANISATION_ACCOUNTS("organisationAccounts", "the organisation's people sign in with its Google or Microsoft accounts", ""),
    /**
     * Those who federate over SAML or OIDC are the customers' people, each customer organisation with a directory of its
     * own ("Enterprise customers sign in with SAML"), not the staff of the system's owner.
     */
    CUSTOMER_DIRECTORIES("customerDirectories", "the customers' own directories federated", ""),
    /** Only the organisation's own staff sign in: their workforce directory is the identity source. */
    WORKFORCE("workforce", "users are the organisation's staff", ""),
    PAYMENT_PROVIDER("paymentProvider", "payment provider integrated", ""),
    MONEY_MOVEMENT("moneyMovement", "moves money", ""),
    /** An integration that pays people out (Stripe Connect, Adyen for Platforms, Wise): payouts can go through it. */
    PAYOUT_PROVIDER("payoutProvider", "payouts provider integrated", ""),
    CLOUD_MANAGED("cloudManaged", "public cloud", ""),
    CLOUD("cloud", "cloud", ""),
    STYLE("style", "architecture style", ""),
    REDESIGN("redesign", "replaces a running system", ""),
    EXPERTISE("expertise", "team expertise", ""),
    STORE_ENGINE("storeEngine", "primary database engine", ""),
    /**
     * Whether the cloud's edge runtime forwards along the ingestion path the ingestion decision chose (edge-forwarding.yaml):
     * set once that decision is made, so a site's gateway keeps and replays its readings along the design's one path in.
     */
    EDGE_RUNTIME_FORWARDS("edgeRuntimeForwards", "where the edge runtime forwards", ""),
    /**
     * The reads a second the chosen database serves as the datastore decision sized it (store-reads.yaml: its reading
     * nodes or instances times what one serves): the ceiling below which every read may go to it, no cache needed.
     */
    STORE_READ_CAPACITY("storeReadsPerSecond", "read capacity of the chosen database as sized", "/s"),
    MONEY_CONSISTENCY("moneyConsistency", "consistency of money movements", ""),
    /** The design's monthly cost before the budget weighed, divided by the budget; present only when over 1. */
    COST_PRESSURE("costPressure", "design cost over budget", "x"),
    /**
     * Options the design first chose whose product could not carry a store's load as the cost priced it (one writer's
     * capacity, the product's most data an instance holds): their ids, ", "-separated; the decision is made again without
     * them, and the source says why.
     */
    RULED_OUT("ruledOut", "options that cannot carry the load as priced", ""),
    // Figures the request states in its own words (description or goals); set only when it does.
    CONCURRENT_CONNECTIONS("concurrentConnections", "concurrent connections at peak", ""),
    SPIKE_FACTOR("spikeFactor", "traffic spike over the usual load", "x"),
    DATA_RETENTION("dataRetention", "retention per class of data", ""),
    MONTHLY_USERS("monthlyUsers", "monthly users", ""),
    /**
     * Writes at peak of the records money moves through (payments, ledger, wallet): their share of the writes the
     * capabilities that keep records make, never the telemetry's or the events' rate beside them.
     */
    MONEY_WRITES("moneyWritesPerSecond", "peak writes of the money movements", "/s"),
    /**
     * Payouts one payout run carries (a day's or a week's batch): the stated payouts over the runs a month the request
     * names, else the assumed money movements over a daily run (money-volumes.yaml).
     */
    PAYOUTS_PER_RUN("payoutsPerRun", "payouts in one payout run", ""),
    /**
     * The asynchronous flows of the mechanism whose decision is being made (the case workflow's kinds of case, its timers
     * and the integrations its cases call), set only while that mechanism's own decisions are made: how cases run weighs
     * the cases' flows, never the ingestion workers or other mechanisms' consumers beside them.
     */
    OWN_FLOWS("ownFlows", "asynchronous flows of the mechanism", ""),
    /**
     * Routing elements a month a dispatch mechanism would have a maps vendor bill (monthly users x jobs a user x billed calls
     * a job, each at its low figure: product-facts.yaml vendorUses): set only when the request has such a mechanism.
     */
    ROUTING_ELEMENTS("routingElementsPerMonth", "billed routing elements a month", ""),
    /** What the maps vendor would bill a month for those elements at its volume tiers (US dollars); set with them. */
    ROUTING_VENDOR_USD("routingVendorUsd", "the maps vendor's bill a month", ""),
    /** What a routing engine of our own sized for the same jobs costs a month in instances (US dollars); set with them. */
    ROUTING_ENGINE_USD("routingEngineUsd", "a routing engine's instances a month", ""),
    /** The organisation's own physical sites the request counts, where staff or devices connect (site-networks.yaml); set only when it does. */
    SITES("sites", "count of sites", ""),
    /** Systems on the sites' own premises (tills, a local server, machine controllers) are reached from the cloud; set with the sites. */
    SITE_SYSTEMS("siteSystems", "systems at the sites reached from the cloud", ""),
    /** The request says the sites' traffic must stay off the public internet; set with the sites. */
    SITE_TRAFFIC_PRIVATE("sitePrivate", "site traffic kept off the public internet", ""),
    /** The stated peak over the base rate the description states ("about 40 requests per second the rest of the year"); set only with a surge (surge-absorption.yaml). */
    SURGE_FACTOR("surgeFactor", "peak over the stated base load", "x"),
    /** People the request says arrive or wait at once ("40,000 people sit in the queue"); set only when it counts them in a surge. */
    SURGE_CROWD("surgeCrowd", "people arriving or waiting at once", ""),
    /** The surge comes as a crowd at once (a count of people the request says queue, wait or arrive together); set with a surge. */
    SURGE_AT_ONCE("surgeAtOnce", "a crowd that arrives at once", ""),
    /** A mechanism of the design guards a finite count two takers contend for in the surge (places, stock, a bid); set with a surge. */
    SURGE_CONTENDED("surgeContended", "a scarce resource contended in the surge", ""),
    /** People a waiting room admits a second: the write path's sized writes over the writes one admitted person makes; set with a surge. */
    ADMISSION_RATE("admissionRate", "people admitted a second", "/s"),
    // Facts of the design, set once the decisions are made; only general-risks-and-alerts.yaml tests them.
    /** How travel times are computed for dispatch (the ROUTING decision's shape: vendor, hybrid or self-hosted). */
    ROUTING("routing", "travel times computed by", ""),
    STORE("store", "primary store", ""),
    STANDBY("standby", "standby of the primary store", ""),
    READ_REPLICAS("readReplicas", "read replicas", ""),
    SINGLE_PRIMARY("singlePrimary", "single write primary", ""),
    REDUNDANCY("redundancy", "redundancy", ""),
    MESSAGING("messaging", "messaging", ""),
    CACHING("caching", "caching", ""),
    COMPLIANCE("compliance", "compliance regimes apply", ""),
    /** A chosen compliance approach keeps each person's data in their home region: no cross-region copy of it. */
    HOME_REGION_PINNING("homeRegionPinning", "personal data pinned to each person's home region", ""),
    /** How the regions run: one-region, home-regions, active-active, warm-standby or pilot-light. */
    REGION_MODE("regionMode", "how the regions run", ""),
    ASYNC_INTEGRATIONS("asyncIntegrations", "asynchronous integrations", ""),
    MIGRATION("migration", "migration from a running system", ""),
    /** A mechanism of the design pays money out to payees (an archetype whose money goes out): payout alerts belong to it. */
    PAYS_OUT("paysOut", "money paid out to payees", ""),
    /** A payout to the request's payees can miss a cut-off: the rail of one of their countries has one (an instant rail has none). */
    PAYOUT_CUTOFF("payoutCutoff", "a payout rail with a cut-off", ""),
    /** The request asks in words for old and new to run side by side before the switch ("parallel run"). */
    PARALLEL_RUN_ASKED("parallelRunAsked", "a parallel run asked for", "");

    private final String key;
    private final String label;
    private final String unit;

    Fact(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /**
     * For a target the request sets rather than a load it carries: whether a lower value asks more of the design
     * (latency, RPO, RTO) or a higher one does (availability). Empty for loads, sizes and traits.
     */
    public Optional<Boolean> stricterWhenLower() {
        return switch (this) {
            case P99_MS, RPO_MINUTES, RTO_MINUTES -> Optional.of(true);
            case AVAILABILITY -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The unit of a figure a second. */
    private static final String RATE = "/s";

    /** Whether this fact is a figure a second, which prose shows rounded ("24,988/s", "12.5/s"). */
    public boolean isRate() {
        return unit.equals(RATE);
    }

    public static Optional<Fact> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** How a value of this fact reads in a driver: "peak writes 200,000/s", "global audience: yes". */
    public String describe(Object value) {
        return label + (value instanceof Boolean ? ": " : " ") + format(value);
    }

    /** Just the value with its unit: "200,000/s", "yes", "microservices". */
    public String format(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Number n) {
            // a rate reads rounded ("peak reads 24,988/s", not 24,987.51); other figures as they are (99.95%)
            return (isRate() ? Numbers.shown(n.doubleValue()) : Numbers.format(n.doubleValue())) + unit;
        }
        return String.valueOf(value);
    }
}
