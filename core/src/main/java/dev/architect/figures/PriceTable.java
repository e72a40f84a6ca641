package dev.architect.figures;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * List prices per resource kind and cloud, read from {@code dev/architect/offline/prices.yaml}: on-demand prices in
 * US dollars as of {@link #priceDate()}. Resource kinds are stable names such as {@code compute.instance},
 * {@code database.storage} or {@code cdn.egress}; not every kind exists on every cloud (there is no on-premises CDN).
 *
 * <p>Immutable and thread-safe. The LLM path prices the line items a model proposes with the same table, so both
 * paths quote the same figures.
 */
public final class PriceTable {

    /** The class-path resource of the price table shipped with the SDK. */
    public static final String RESOURCE = "/dev/architect/offline/prices.yaml";

    private final String priceDate;
    private final Map<Cloud, Map<String, Price>> prices;
    /** Per cloud and kind, the price where the serving region stands on a continent whose product differs (prices.yaml {@code continents}). */
    private final Map<Cloud, Map<String, Map<String, Price>>> continentPrices;
    private final Map<String, Map<Cloud, StoreBilling>> storeBilling;
    private final Map<Cloud, Commitment> commitments;
    private final String vendorsDate;
    private final List<VendorPrice> vendors;
    private final Map<String, Map<String, String>> partBilling;
    private final Map<Cloud, Regions> regions;
    private final java.util.Set<String> globalKinds;
    private final String regionalDate;
    private final Map<String, Map<Cloud, ProductLimit>> limits;
    private final Capacities capacities;
    /** Units of the kinds that run all month and take a one-year commitment's discount (prices.yaml {@code commitmentUnits}). */
    private final java.util.Set<String> commitmentUnits;
    /** Always-on kinds the commitment product does not cover (prices.yaml {@code commitment: none} on the kind). */
    private final java.util.Set<String> withoutCommitment;
    /** A kind's own commitment product per cloud, where it is not the cloud's (prices.yaml {@code commitment} on the kind). */
    private final Map<String, Map<Cloud, Commitment>> kindCommitments;
    /** How each vendor category is priced from a stated count of its use (prices.yaml {@code vendorUsage}). */
    private final Map<String, VendorUsage> vendorUsage;
    /** The kinds vendors bill per use: the SDK prices them from the use a request states, so a model is not offered them. */
    private final java.util.Set<String> perUseKinds;
    /** Per vendor category, the products its words recognise whose price the row is not (prices.yaml {@code otherProducts}). */
    private final Map<String, List<String>> otherProducts;
    /** Per vendor product, the kinds one message sent and one received are priced by (prices.yaml {@code messages}). */
    private final Map<String, MessageKinds> messageKinds;
    /** Per vendor category, the country whose rate the row quotes when the vendor prices by country (prices.yaml {@code country}). */
    private final Map<String, String> priceCountries;

    /** Writes a second one relational writer of each priced size sustains, and the services' hard limits. */
    private record Capacities(Map<String, Double> writesPerSecond, String writeCapacityBasis, Map<String, Map<Cloud, ServiceLimit>> serviceLimits,
                              String genericDatabaseEngine, Map<String, String> engineProducts, double connectionsPerInstance,
                              Map<String, Double> oneInstanceUpToPercent) {
    }

    /**
     * A cloud's base region, the page its ratios come from, each listed region's ratio of the general-purpose instance,
     * and how each kind's price on the cloud follows the region ({@code regional} on a price row).
     */
    private record Regions(String base, String source, Map<String, Double> ratios, Map<String, RegionalBasis> rows) {
    }

    /**
     * How one price row follows the region: priced the same everywhere ({@code regional: global}), scaled by the
     * general-purpose instance's ratio ({@code regional: vm}, the default of a kind not listed as global), or by the
     * product's own table of regions ({@code regional: <name of a regionalTables entry>}).
     *
     * @param global whether the row has one price in every region
     * @param table  the product's own regional table, or null where the VM ratio (or no ratio) applies
     */
    private record RegionalBasis(boolean global, OwnRegions table, boolean standIn) {
        static final RegionalBasis GLOBAL = new RegionalBasis(true, null, false);
        static final RegionalBasis VM = new RegionalBasis(false, null, false);
        /** The VM ratio standing in for a product that prices each region itself, in a table the price table has not read. */
        static final RegionalBasis VM_STAND_IN = new RegionalBasis(false, null, true);
    }

    /**
     * A product's own regional price table (prices.yaml {@code regionalTables}): the ratio of each listed region's price
     * to the base region's, read from the product's pricing page.
     */
    private record OwnRegions(String name, String source, String checked, Map<String, Double> ratios) {
    }

    private PriceTable(String priceDate, Map<Cloud, Map<String, Price>> prices, Map<String, Map<Cloud, StoreBilling>> storeBilling,
                       Map<Cloud, Commitment> commitments, String vendorsDate, List<VendorPrice> vendors,
                       Map<String, Map<String, String>> partBilling, Map<Cloud, Regions> regions, java.util.Set<String> globalKinds,
                       String regionalDate, Map<String, Map<Cloud, ProductLimit>> limits, Capacities capacities,
                       java.util.Set<String> commitmentUnits, Map<String, VendorUsage> vendorUsage, java.util.Set<String> withoutCommitment,
                       Map<String, List<String>> otherProducts, Map<Cloud, Map<String, Map<String, Price>>> continentPrices,
                       Map<String, Map<Cloud, Commitment>> kindCommitments, Map<String, String> priceCountries,
                       Map<String, MessageKinds> messageKinds) {
        this.messageKinds = messageKinds;
        this.priceCountries = priceCountries;
        this.kindCommitments = kindCommitments;
        this.continentPrices = continentPrices;
        this.otherProducts = otherProducts;
        this.commitmentUnits = commitmentUnits;
        this.withoutCommitment = withoutCommitment;
        this.vendorUsage = vendorUsage;
        this.perUseKinds = vendorUsage.values().stream().map(VendorUsage::kind).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.limits = limits;
        this.capacities = capacities;
        this.regions = regions;
        this.globalKinds = globalKinds;
        this.regionalDate = regionalDate;
        this.priceDate = priceDate;
        this.prices = prices;
        this.storeBilling = storeBilling;
        this.commitments = commitments;
        this.vendorsDate = vendorsDate;
        this.vendors = vendors;
        this.partBilling = partBilling;
    }

    /**
     * How a region's prices compare with the cloud's base price list (prices.yaml {@code regionalPrices}).
     *
     * @param cloud the cloud
     * @param region the region, e.g. {@code westeurope}
     * @return the ratio, or empty when the cloud has no regional table (on premises); an unlisted region has ratio 1
     */
    public Optional<RegionalPrice> regional(Cloud cloud, String region) {
        Regions r = regions.get(cloud);
        if (r == null || region == null) {
            return Optional.empty();
        }
        Double ratio = r.ratios().get(region.toLowerCase(Locale.ROOT));
        return Optional.of(new RegionalPrice(region, r.base(), ratio == null ? 1 : ratio, ratio != null, r.source(), regionalDate));
    }

    /**
     * The documented maximum one instance of a kind's product holds on a cloud (prices.yaml {@code productLimits}).
     *
     * @param cloud the cloud
     * @param resourceKind the kind, e.g. {@code database.storage}
     * @return the limit, or empty when the table states none
     */
    public Optional<ProductLimit> limit(Cloud cloud, String resourceKind) {
        return Optional.ofNullable(limits.getOrDefault(resourceKind, Map.of()).get(cloud));
    }

    /**
     * The kinds the table states a product limit for (prices.yaml {@code productLimits}), a General Purpose database's
     * larger sizes among them.
     *
     * @return the kinds, sorted
     */
    public List<String> limitKinds() {
        return List.copyOf(new java.util.TreeSet<>(limits.keySet()));
    }

    /**
     * The writes a second one relational writer of a priced size sustains (prices.yaml {@code writeCapacity}).
     *
     * @param instanceKind the kind of the writer's instance, e.g. {@code database.instance}
     * @return the writes a second, or empty when the table states none for that size
     */
    public Optional<Double> writeCapacity(String instanceKind) {
        return Optional.ofNullable(capacities.writesPerSecond().get(instanceKind));
    }

    /**
     * How the write capacities were arrived at (prices.yaml {@code writeCapacityBasis}).
     *
     * @return the basis, for a reader of the capacity plan
     */
    public String writeCapacityBasis() {
        return capacities.writeCapacityBasis();
    }

    /**
     * The database engine the generic database kinds are priced for (prices.yaml {@code genericDatabaseEngine}).
     *
     * @return the engine, e.g. {@code PostgreSQL}, or empty when the table does not say
     */
    public Optional<String> genericDatabaseEngine() {
        return Optional.of(capacities.genericDatabaseEngine()).filter(e -> !e.isBlank());
    }

    /**
     * Mostly idle connections (WebSocket, SSE, long polls, MQTT, with heartbeats) one 2-vCPU / 8-GiB instance holds
     * (prices.yaml {@code connectionsPerInstance}): gateways, brokers the team runs and an application that holds long
     * polls are sized by it.
     *
     * @return connections per instance
     */
    public double connectionsPerInstance() {
        return capacities.connectionsPerInstance();
    }

    /**
     * Whether an integration's name names a product the vendor row of its category does not price: its name holds none
     * of the row's words (the row was found by its purpose alone: "Braze: marketing emails"), or names one of the
     * products the row recognises but is not the price of (prices.yaml {@code otherProducts}: SendGrid beside Amazon
     * SES). Such a vendor is never priced at the row's rate, which is another product's.
     *
     * @param vendor a vendor row of this table
     * @param name   the integration's name as the request gives it
     * @return true when the row's price is not the named product's
     */
    public boolean namesAnotherProduct(VendorPrice vendor, String name) {
        // The row's own product, as its product text opens ("Amazon Rekognition Image (...)"), is the price's product
        String own = vendor.product().split("\\(")[0];
        if (new VendorPrice(vendor.category(), List.of(name.toLowerCase(Locale.ROOT).trim()), vendor.product(), vendor.price(), vendor.source(),
                vendor.why()).matches(own)) {
            return false;
        }
        if (!vendor.matches(name)) {
            return true;
        }
        List<String> others = otherProducts.getOrDefault(vendor.category(), List.of());
        return !others.isEmpty() && new VendorPrice(vendor.category(), others, vendor.product(), vendor.price(), vendor.source(), vendor.why()).matches(name);
    }

    /**
     * The priced kinds of one message a messaging vendor sends and one it receives (prices.yaml {@code messages}).
     *
     * @param sent     the kind one message sent is priced by
     * @param received the kind one message received is priced by
     */
    public record MessageKinds(String sent, String received) {
    }

    /**
     * The kinds a vendor row prices each message sent and received by, when it prices messages one by one.
     *
     * @param vendor a vendor row of this table
     * @return the kinds, or empty when the row has none
     */
    public Optional<MessageKinds> messageKinds(VendorPrice vendor) {
        return Optional.ofNullable(messageKinds.get(vendor.product()));
    }

    /**
     * The country whose rate a vendor row quotes, when the vendor prices by the country a message or call goes to
     * (prices.yaml {@code country}: Twilio's SMS to United States numbers).
     *
     * @param vendor a vendor row of this table
     * @return the ISO 3166 code of that country, or empty when the row's price is the same everywhere
     */
    public Optional<String> priceCountry(VendorPrice vendor) {
        return Optional.ofNullable(priceCountries.get(vendor.category()));
    }

    /**
     * The highest availability target one always-on instance of a kind holds (prices.yaml {@code oneInstanceUpToPercent}):
     * a platform that spreads its instances across zones, replaces a failed one and rolls deploys over by itself needs no
     * second instance for redundancy up to that target.
     *
     * @param kind the resource kind, e.g. {@code paas.instance}
     * @return the target, or empty when the kind needs an instance in each zone whatever the target
     */
    public Optional<Double> oneInstanceUpToPercent(String kind) {
        return Optional.ofNullable(capacities.oneInstanceUpToPercent().get(kind));
    }

    /**
     * The product prefix a relational engine is priced with as itself (prices.yaml {@code enginePrices}): its kinds are
     * {@code <product>.instance}, {@code <product>.instance.small} and {@code <product>.storage}.
     *
     * @param engine the engine a datastore option names, e.g. {@code SQL Server}
     * @return the product prefix, e.g. {@code sqlserver}, or empty when the engine is priced at the generic kinds
     */
    public Optional<String> engineProduct(String engine) {
        return engine == null ? Optional.empty() : Optional.ofNullable(capacities.engineProducts().get(engine.toLowerCase(Locale.ROOT)));
    }

    /**
     * A managed service's hard limit on a priced kind (prices.yaml {@code serviceLimits}).
     *
     * @param cloud the cloud
     * @param resourceKind the kind, e.g. {@code stream.throughput-unit}
     * @return the limit, or empty when the table states none
     */
    public Optional<ServiceLimit> serviceLimit(Cloud cloud, String resourceKind) {
        return Optional.ofNullable(capacities.serviceLimits().getOrDefault(resourceKind, Map.of()).get(cloud));
    }

    /**
     * Whether a kind's price depends on the region (global services such as the CDN and identity do not).
     *
     * @param resourceKind the kind, e.g. {@code compute.instance}
     * @return true when the regional multiplier applies to it
     */
    public boolean regionallyPriced(String resourceKind) {
        return !globalKinds.contains(resourceKind);
    }

    /**
     * The ratio a kind's price on a cloud takes in a region, by the row's own regional basis (prices.yaml {@code regional}):
     * none for a price the same in every region, the product's own table where the row names one (the general-purpose
     * instance's ratio for a region that table does not list), else the general-purpose instance's ratio
     * ({@link #regional(Cloud, String)}).
     *
     * @param cloud        the cloud
     * @param resourceKind the kind, e.g. {@code paas.instance}
     * @param region       the region priced, e.g. {@code europe-west1}
     * @return the ratio and where it was read, or empty when the price is not scaled by region
     */
    public Optional<RegionalPrice> regional(Cloud cloud, String resourceKind, String region) {
        Regions r = regions.get(cloud);
        if (r == null || region == null) {
            return Optional.empty();
        }
        RegionalBasis basis = r.rows().getOrDefault(resourceKind, globalKinds.contains(resourceKind) ? RegionalBasis.GLOBAL : RegionalBasis.VM);
        if (basis.global()) {
            return Optional.empty();
        }
        if (basis.table() == null) {
            return basis.standIn() ? regional(cloud, region).map(p -> new RegionalPrice(p.region(), p.base(), p.multiplier(), p.listed(),
                    "the general-purpose instance's ratio, standing in for this product's own regional price list, which the table has not read: "
                            + p.source(), p.date())) : regional(cloud, region);
        }
        Double ratio = basis.table().ratios().get(region.toLowerCase(Locale.ROOT));
        if (ratio == null) {
            // A region the product's own table does not list: the general-purpose instance's ratio is the nearest stand-in
            return regional(cloud, region);
        }
        return Optional.of(new RegionalPrice(region, r.base(), ratio, true, basis.table().name() + " from " + basis.table().source(),
                basis.table().checked()));
    }

    /** The key of a part's billing when its component has no decision (one model whatever is chosen). */
    private static final String ANY_SHAPE = "";

    /**
     * How a container an archetype adds is billed ({@code partBilling} in the table), by the shape its decision chose.
     *
     * @param component the archetype component id, e.g. {@code alert-evaluator}
     * @param shape the shape its decision chose, e.g. {@code websocket}; ignored when the component has one model
     * @return the billing model's name, e.g. {@code stream-processing}, or empty when the table does not say
     */
    public Optional<String> partBilling(String component, String shape) {
        Map<String, String> byShape = partBilling.getOrDefault(component, Map.of());
        return Optional.ofNullable(byShape.getOrDefault(ANY_SHAPE, shape == null ? null : byShape.get(shape)));
    }

    /**
     * Reference prices of third-party services (payments, SMS, email, video), dated {@link #vendorsDate()}.
     *
     * @return the vendor prices, in table order
     */
    public List<VendorPrice> vendors() {
        return vendors;
    }

    /**
     * The date the vendor reference prices were taken, ISO format.
     *
     * @return the date, e.g. {@code 2025-06-01}
     */
    public String vendorsDate() {
        return vendorsDate;
    }

    private static final class Holder {
        static final PriceTable STANDARD = load(RESOURCE);
    }

    /**
     * The price table shipped with the SDK.
     *
     * @return the shared, immutable standard table
     */
    public static PriceTable standard() {
        return Holder.STANDARD;
    }

    /**
     * The date the list prices were taken, ISO format, e.g. {@code 2025-06-01}.
     *
     * @return the date
     */
    public String priceDate() {
        return priceDate;
    }

    /**
     * The resource kinds priced on a cloud, sorted by name: the kinds a design (or a model) prices by, without the
     * engines' own kinds ({@code enginePrices}), which the SDK uses in place of the generic database kinds, and without
     * the kinds vendors bill per use ({@code vendorUsage}), which the SDK prices from the use a request states.
     *
     * @param cloud the cloud
     * @return the resource kinds; empty when the cloud has no prices
     */
    public List<String> resourceKinds(Cloud cloud) {
        java.util.Collection<String> engines = capacities.engineProducts().values();
        return prices.getOrDefault(cloud, Map.of()).keySet().stream()
                .filter(kind -> engines.stream().noneMatch(product -> kind.startsWith(product + ".")) && !perUseKinds.contains(kind)
                        && !incumbentKind(kind)).toList();
    }

    /**
     * Whether a kind prices a product the request already runs in place of a global kind ({@code cdn.egress.fastly} for
     * {@code cdn.egress}): the SDK uses it when the request names that product, and it is not one to offer a model.
     */
    private boolean incumbentKind(String kind) {
        int dot = kind.lastIndexOf('.');
        return dot > 0 && globalKinds.contains(kind) && globalKinds.contains(kind.substring(0, dot));
    }

    /**
     * The price of a resource kind on a cloud.
     *
     * @param cloud the cloud
     * @param resourceKind the resource kind, e.g. {@code compute.instance}
     * @return the price, or empty when the table does not price that kind on that cloud
     */
    public Optional<Price> price(Cloud cloud, String resourceKind) {
        return Optional.ofNullable(prices.getOrDefault(cloud, Map.of()).get(resourceKind));
    }

    /**
     * The price of a resource kind on a cloud where the serving region stands on a continent: the continent's own
     * product where the table has one (a Spanner multi-region configuration within Europe, egress from Europe), else
     * the kind's price.
     *
     * @param cloud the cloud
     * @param resourceKind the resource kind, e.g. {@code spanner.node.multi-region}
     * @param continent the continent the deployment's regions stand on (a continent of geography.yaml), or null when unknown
     * @return the price, or empty when the table does not price that kind on that cloud
     */
    public Optional<Price> price(Cloud cloud, String resourceKind, String continent) {
        Price own = continent == null ? null : continentPrices.getOrDefault(cloud, Map.of()).getOrDefault(resourceKind, Map.of()).get(continent);
        return own != null ? Optional.of(own) : price(cloud, resourceKind);
    }

    /**
     * The continents the table prices some kind of its own on, on any cloud (to check them against the geography).
     *
     * @return the continent names, sorted
     */
    public java.util.SortedSet<String> pricedContinents() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        continentPrices.values().forEach(byKind -> byKind.values().forEach(byContinent -> out.addAll(byContinent.keySet())));
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * How the product a datastore option names on a cloud is billed; provisioned instances unless the table says
     * otherwise.
     *
     * @param cloud the cloud
     * @param storeOption a datastore option id of the catalogue, e.g. {@code time-series}
     * @return how the product is billed
     */
    public StoreBilling storeBilling(Cloud cloud, String storeOption) {
        return storeBilling.getOrDefault(storeOption, Map.of()).getOrDefault(cloud, StoreBilling.INSTANCES);
    }

    /**
     * The datastore options whose billing the table states, sorted.
     *
     * @return the datastore option ids
     */
    public List<String> billedStoreOptions() {
        return List.copyOf(storeBilling.keySet());
    }

    /**
     * The one-year commitment discount on always-on resources of a cloud, if it offers one.
     *
     * @param cloud the cloud
     * @return the commitment, or empty when the table has none for that cloud
     */
    public Optional<Commitment> commitment(Cloud cloud) {
        return Optional.ofNullable(commitments.get(cloud));
    }

    /**
     * How a vendor category is priced from a stated count of its use (prices.yaml {@code vendorUsage}).
     *
     * @param category the vendor table's category, e.g. {@code SMS}
     * @return the priced unit of use, or empty when the category is only listed as not priced
     */
    public Optional<VendorUsage> vendorUsage(String category) {
        return Optional.ofNullable(vendorUsage.get(category));
    }

    /**
     * Whether a price is for something that runs all month (an instance, node or broker) and so takes a one-year
     * commitment's discount: its unit is one of prices.yaml {@code commitmentUnits}.
     *
     * @param price a price of this table
     * @return true for always-on kinds
     */
    public boolean alwaysOn(Price price) {
        return commitmentUnits.contains(price.unit());
    }

    /**
     * Whether a kind's price takes the cloud's one-year commitment discount: it runs all month ({@link #alwaysOn}) and
     * the commitment product covers it. A kind marked {@code commitment: none} in prices.yaml (a consumption-billed
     * container platform, which the cloud's reservations do not cover) is always on and still billed on demand.
     *
     * @param kind  the resource kind, e.g. {@code paas.instance}
     * @param price its price on the cloud
     * @return true when the discount applies
     */
    public boolean takesCommitment(String kind, Price price) {
        return alwaysOn(price) && !withoutCommitment.contains(kind);
    }

    /**
     * The commitment product of a kind on a cloud when it is the product's own, not the cloud's (prices.yaml
     * {@code commitment} on the kind): committed use discounts are sold per product, so Spanner or Memorystore take
     * their own rate, not the Compute Engine rate, and a product sold with no commitment (Amazon MSK) has discount 0.
     *
     * @param cloud the cloud
     * @param kind  the resource kind, e.g. {@code spanner.node}
     * @return the kind's own commitment, or empty when it takes the cloud's ({@link #commitment(Cloud)})
     */
    public Optional<Commitment> commitment(Cloud cloud, String kind) {
        return Optional.ofNullable(kindCommitments.getOrDefault(kind, Map.of()).get(cloud));
    }

    /**
     * The share a one-year commitment takes off a kind's price: its own product's discount where the table gives one,
     * else the cloud's; 0 when the kind does not take a commitment ({@link #takesCommitment}) or none is bought.
     *
     * @param cloud         the cloud
     * @param kind          the resource kind
     * @param price         its price on the cloud
     * @param cloudDiscount the cloud's commitment discount bought, 0 for on-demand prices
     * @return the discount on this kind, between 0 and 1
     */
    public double commitmentDiscount(Cloud cloud, String kind, Price price, double cloudDiscount) {
        if (cloudDiscount <= 0 || !takesCommitment(kind, price)) {
            return 0;
        }
        return commitment(cloud, kind).map(Commitment::discount).orElse(cloudDiscount);
    }

    static PriceTable load(String resource) {
        return dev.architect.offline.internal.catalog.DataFiles.shipped(resource, "price table", (in, file) -> {
            JsonNode root = dev.architect.offline.internal.catalog.DataFiles.tree(in);
            String date = root.path("priceDate").asText("");
            if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table " + resource + ": priceDate must be YYYY-MM-DD but was '" + date + "'");
            }
            Map<Cloud, Map<String, Price>> byCloud = new EnumMap<>(Cloud.class);
            Map<Cloud, Map<String, Map<String, Price>>> byContinent = new EnumMap<>(Cloud.class);
            for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
                String unit = required(kind.getValue(), "unit", kind.getKey());
                String description = required(kind.getValue(), "description", kind.getKey());
                for (Map.Entry<String, JsonNode> entry : kind.getValue().path("prices").properties()) {
                    Cloud cloud = Cloud.of(entry.getKey());
                    byCloud.computeIfAbsent(cloud, c -> new TreeMap<>())
                            .put(kind.getKey(), price(entry.getValue(), unit, description, kind.getKey() + " on " + entry.getKey()));
                    for (Map.Entry<String, JsonNode> variant : entry.getValue().path("continents").properties()) {
                        byContinent.computeIfAbsent(cloud, c -> new TreeMap<>()).computeIfAbsent(kind.getKey(), k -> new TreeMap<>())
                                .put(variant.getKey(), price(variant.getValue(), unit, description,
                                        kind.getKey() + " on " + entry.getKey() + " in " + variant.getKey()));
                    }
                }
            }
            Map<Cloud, Map<String, Price>> frozen = new EnumMap<>(Cloud.class);
            byCloud.forEach((cloud, kinds) -> frozen.put(cloud, Collections.unmodifiableMap(kinds)));
            Map<String, Map<Cloud, StoreBilling>> billing = new TreeMap<>();
            for (Map.Entry<String, JsonNode> option : root.path("storeBilling").properties()) {
                Map<Cloud, StoreBilling> byCloudModel = new EnumMap<>(Cloud.class);
                for (Map.Entry<String, JsonNode> entry : option.getValue().properties()) {
                    String where = "storeBilling of " + option.getKey() + " on " + entry.getKey();
                    String model = required(entry.getValue(), "model", where).toUpperCase(Locale.ROOT).replace('-', '_');
                    BillingModel parsed = java.util.Arrays.stream(BillingModel.values()).filter(m -> m.name().equals(model)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("price table: " + where + " has unknown model '" + model
                                    + "'; known: " + java.util.Arrays.toString(BillingModel.values())));
                    String product = entry.getValue().path("product").asText("");
                    JsonNode perNode = entry.getValue().path("writesPerNode");
                    JsonNode minNodes = entry.getValue().path("minNodes");
                    byCloudModel.put(Cloud.of(entry.getKey()), new StoreBilling(parsed, product.isBlank() ? Optional.empty() : Optional.of(product),
                            perNode.isNumber() ? Optional.of(perNode.asDouble()) : Optional.empty(),
                            minNodes.isInt() ? Optional.of(minNodes.asInt()) : Optional.empty()));
                }
                billing.put(option.getKey(), Collections.unmodifiableMap(byCloudModel));
            }
            Map<Cloud, Commitment> commitments = new EnumMap<>(Cloud.class);
            for (Map.Entry<String, JsonNode> entry : root.path("commitments").properties()) {
                commitments.put(Cloud.of(entry.getKey()), new Commitment(entry.getValue().path("discount").asDouble(),
                        required(entry.getValue(), "product", "commitment on " + entry.getKey()),
                        required(entry.getValue(), "source", "commitment on " + entry.getKey())));
            }
            List<VendorPrice> vendors = new ArrayList<>();
            Map<String, List<String>> otherProducts = new TreeMap<>();
            Map<String, String> priceCountries = new TreeMap<>();
            for (JsonNode vendor : root.path("vendors")) {
                String category = required(vendor, "category", "vendor");
                List<String> others = new ArrayList<>();
                vendor.path("otherProducts").forEach(m -> others.add(m.asText().toLowerCase(Locale.ROOT)));
                otherProducts.put(category, List.copyOf(others));
                if (vendor.hasNonNull("country")) {
                    priceCountries.put(category, vendor.path("country").asText().toUpperCase(Locale.ROOT));
                }
                List<String> match = new ArrayList<>();
                vendor.path("match").forEach(m -> match.add(m.asText().toLowerCase(Locale.ROOT)));
                if (match.isEmpty()) {
                    throw new IllegalStateException("price table: vendor " + category + " has no match words");
                }
                JsonNode perUser = vendor.path("estimatePerUser");
                Optional<VendorPrice.PerUser> estimate = perUser.isMissingNode() ? Optional.empty()
                        : Optional.of(new VendorPrice.PerUser(perUser.path("low").asDouble(-1), perUser.path("high").asDouble(-1),
                                required(perUser, "basis", "vendor " + category + " estimatePerUser")));
                vendors.add(new VendorPrice(category, match, required(vendor, "product", "vendor " + category),
                        required(vendor, "price", "vendor " + category), required(vendor, "source", "vendor " + category),
                        required(vendor, "why", "vendor " + category), vendor.path("central").asBoolean(false), estimate));
            }
            String vendorsDate = root.path("vendorsDate").asText("");
            if (!vendors.isEmpty() && !vendorsDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table " + resource + ": vendorsDate must be YYYY-MM-DD but was '" + vendorsDate + "'");
            }
            Map<String, Map<String, String>> parts = new TreeMap<>();
            for (Map.Entry<String, JsonNode> part : root.path("partBilling").properties()) {
                Map<String, String> byShape = new TreeMap<>();
                if (part.getValue().isTextual()) {
                    byShape.put(ANY_SHAPE, part.getValue().asText());
                } else {
                    part.getValue().properties().forEach(e -> byShape.put(e.getKey(), e.getValue().asText()));
                }
                if (byShape.isEmpty() || byShape.containsValue("")) {
                    throw new IllegalStateException("price table: partBilling of " + part.getKey() + " names no billing model");
                }
                parts.put(part.getKey(), Collections.unmodifiableMap(byShape));
            }
            Map<Cloud, Regions> regions = new EnumMap<>(Cloud.class);
            java.util.Set<String> global = new java.util.TreeSet<>();
            JsonNode regional = root.path("regionalPrices");
            regional.path("global").forEach(k -> global.add(k.asText()));
            for (Map.Entry<String, JsonNode> entry : regional.properties()) {
                if (entry.getKey().equals("global")) {
                    continue;
                }
                String where = "regionalPrices of " + entry.getKey();
                Map<String, Double> ratios = new TreeMap<>();
                for (Map.Entry<String, JsonNode> ratio : entry.getValue().path("regions").properties()) {
                    if (!ratio.getValue().isNumber() || ratio.getValue().asDouble() <= 0) {
                        throw new IllegalStateException("price table: " + where + ": region " + ratio.getKey() + " needs a positive ratio");
                    }
                    ratios.put(ratio.getKey().toLowerCase(Locale.ROOT), ratio.getValue().asDouble());
                }
                regions.put(Cloud.of(entry.getKey()), new Regions(required(entry.getValue(), "base", where), required(entry.getValue(), "source", where),
                        Collections.unmodifiableMap(ratios), regionalRows(root, Cloud.of(entry.getKey()), global, ownRegions(root))));
            }
            String regionalDate = root.path("regionalPricesDate").asText("");
            if (!regions.isEmpty() && !regionalDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table " + resource + ": regionalPricesDate must be YYYY-MM-DD but was '" + regionalDate + "'");
            }
            Map<String, Map<Cloud, ProductLimit>> limits = new TreeMap<>();
            String limitsDate = root.path("productLimitsDate").asText("");
            for (Map.Entry<String, JsonNode> kind : root.path("productLimits").properties()) {
                Map<Cloud, ProductLimit> limitByCloud = new EnumMap<>(Cloud.class);
                for (Map.Entry<String, JsonNode> entry : kind.getValue().properties()) {
                    String where = "productLimits of " + kind.getKey() + " on " + entry.getKey();
                    if (!entry.getValue().path("maxGb").isNumber()) {
                        throw new IllegalStateException("price table: " + where + " has no numeric maxGb");
                    }
                    JsonNode raisable = entry.getValue().path("raisableToGb");
                    if (!raisable.isMissingNode() && !raisable.isNumber()) {
                        throw new IllegalStateException("price table: " + where + " has a raisableToGb that is not a number");
                    }
                    limitByCloud.put(Cloud.of(entry.getKey()), new ProductLimit(entry.getValue().path("maxGb").asDouble(),
                            required(entry.getValue(), "product", where), required(entry.getValue(), "source", where), limitsDate,
                            raisable.isNumber() ? raisable.asDouble() : 0));
                }
                limits.put(kind.getKey(), Collections.unmodifiableMap(limitByCloud));
            }
            if (!limits.isEmpty() && !limitsDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table " + resource + ": productLimitsDate must be YYYY-MM-DD but was '" + limitsDate + "'");
            }
            Map<String, Double> writeCapacity = new TreeMap<>();
            for (Map.Entry<String, JsonNode> kind : root.path("writeCapacity").properties()) {
                if (!kind.getValue().path("writesPerSecond").isNumber() || kind.getValue().path("writesPerSecond").asDouble() <= 0) {
                    throw new IllegalStateException("price table: writeCapacity of " + kind.getKey() + " needs a positive writesPerSecond");
                }
                writeCapacity.put(kind.getKey(), kind.getValue().path("writesPerSecond").asDouble());
            }
            String writeBasis = root.path("writeCapacityBasis").asText("");
            if (!writeCapacity.isEmpty() && writeBasis.isBlank()) {
                throw new IllegalStateException("price table " + resource + ": writeCapacity needs a writeCapacityBasis");
            }
            Map<String, Map<Cloud, ServiceLimit>> serviceLimits = new TreeMap<>();
            String serviceLimitsDate = root.path("serviceLimitsDate").asText("");
            for (Map.Entry<String, JsonNode> kind : root.path("serviceLimits").properties()) {
                Map<Cloud, ServiceLimit> byCloudLimit = new EnumMap<>(Cloud.class);
                for (Map.Entry<String, JsonNode> entry : kind.getValue().properties()) {
                    String where = "serviceLimits of " + kind.getKey() + " on " + entry.getKey();
                    if (!entry.getValue().path("max").isNumber()) {
                        throw new IllegalStateException("price table: " + where + " has no numeric max");
                    }
                    byCloudLimit.put(Cloud.of(entry.getKey()), new ServiceLimit(entry.getValue().path("max").asDouble(),
                            required(entry.getValue(), "unit", where), required(entry.getValue(), "product", where),
                            required(entry.getValue(), "beyond", where), required(entry.getValue(), "source", where), serviceLimitsDate));
                }
                serviceLimits.put(kind.getKey(), Collections.unmodifiableMap(byCloudLimit));
            }
            if (!serviceLimits.isEmpty() && !serviceLimitsDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table " + resource + ": serviceLimitsDate must be YYYY-MM-DD but was '" + serviceLimitsDate + "'");
            }
            return new PriceTable(date, Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(billing),
                    Collections.unmodifiableMap(commitments), vendorsDate, List.copyOf(vendors), Collections.unmodifiableMap(parts),
                    Collections.unmodifiableMap(regions), Collections.unmodifiableSet(global), regionalDate, Collections.unmodifiableMap(limits),
                    new Capacities(Collections.unmodifiableMap(writeCapacity), writeBasis, Collections.unmodifiableMap(serviceLimits),
                            root.path("genericDatabaseEngine").asText(""), engineProducts(root), connectionsPerInstance(root),
                            oneInstanceUpToPercent(root)),
                    commitmentUnits(root, frozen), vendorUsage(root, frozen, vendors), withoutCommitment(root),
                    Collections.unmodifiableMap(otherProducts), Collections.unmodifiableMap(byContinent), kindCommitments(root),
                    Collections.unmodifiableMap(priceCountries), messageKinds(root, frozen));
        });
    }

    /** The products' own regional tables (prices.yaml {@code regionalTables}), each checked: a source, a date, positive ratios. */
    private static Map<String, Map.Entry<Cloud, OwnRegions>> ownRegions(JsonNode root) {
        Map<String, Map.Entry<Cloud, OwnRegions>> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> table : root.path("regionalTables").properties()) {
            String where = "regionalTables of " + table.getKey();
            Cloud cloud = Cloud.of(required(table.getValue(), "cloud", where));
            String checked = required(table.getValue(), "checked", where);
            if (!checked.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table: " + where + ": checked must be YYYY-MM-DD but was '" + checked + "'");
            }
            Map<String, Double> ratios = new TreeMap<>();
            for (Map.Entry<String, JsonNode> ratio : table.getValue().path("regions").properties()) {
                if (!ratio.getValue().isNumber() || ratio.getValue().asDouble() <= 0) {
                    throw new IllegalStateException("price table: " + where + ": region " + ratio.getKey() + " needs a positive ratio");
                }
                ratios.put(ratio.getKey().toLowerCase(Locale.ROOT), ratio.getValue().asDouble());
            }
            if (ratios.isEmpty()) {
                throw new IllegalStateException("price table: " + where + " lists no regions");
            }
            out.put(table.getKey(), Map.entry(cloud, new OwnRegions(table.getKey(), required(table.getValue(), "source", where), checked,
                    Collections.unmodifiableMap(ratios))));
        }
        return out;
    }

    /**
     * Each kind's regional basis on a cloud where its price row states one ({@code regional: global | vm | <table>}); a
     * row naming no basis takes the kind's (global when listed in {@code regionalPrices.global}, else the VM ratio). A
     * basis that is none of these, a table of another cloud, or {@code vm} on a kind listed as global fails naming the row.
     */
    private static Map<String, RegionalBasis> regionalRows(JsonNode root, Cloud cloud, java.util.Set<String> global,
                                                           Map<String, Map.Entry<Cloud, OwnRegions>> tables) {
        Map<String, RegionalBasis> rows = new TreeMap<>();
        for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
            JsonNode row = kind.getValue().path("prices").path(cloud.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!row.has("regional")) {
                continue;
            }
            String where = kind.getKey() + " on " + cloud.name().toLowerCase(Locale.ROOT);
            String value = row.path("regional").asText("");
            RegionalBasis basis;
            if (value.equals("global")) {
                basis = RegionalBasis.GLOBAL;
            } else if (value.equals("vm")) {
                if (global.contains(kind.getKey())) {
                    throw new IllegalStateException("price table: " + where + " says regional: vm, but the kind is listed as global in regionalPrices");
                }
                basis = RegionalBasis.VM;
            } else if (value.equals("vm-stand-in")) {
                if (global.contains(kind.getKey())) {
                    throw new IllegalStateException("price table: " + where + " says regional: vm-stand-in, but the kind is listed as global in regionalPrices");
                }
                basis = RegionalBasis.VM_STAND_IN;
            } else {
                Map.Entry<Cloud, OwnRegions> table = tables.get(value);
                if (table == null || table.getKey() != cloud) {
                    throw new IllegalStateException("price table: " + where + " has regional '" + value + "'; it must be global, vm, vm-stand-in or a "
                            + "regionalTables entry of the same cloud: " + tables.keySet());
                }
                basis = new RegionalBasis(false, table.getValue(), false);
            }
            rows.put(kind.getKey(), basis);
        }
        return Collections.unmodifiableMap(rows);
    }

    /** One price row (a kind's price on a cloud, or its variant on a continent); the error names the row. */
    private static Price price(JsonNode row, String unit, String description, String where) {
        JsonNode usd = row.path("usd");
        if (!usd.isNumber()) {
            throw new IllegalStateException("price table: " + where + " has no usd amount");
        }
        String product = required(row, "product", where);
        String source = required(row, "source", where);
        String checked = row.path("checked").asText("");
        if (!checked.isEmpty() && !checked.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalStateException("price table: " + where + ": checked must be YYYY-MM-DD but was '" + checked + "'");
        }
        List<Price.Tier> tiers = new ArrayList<>();
        for (JsonNode tier : row.path("tiers")) {
            tiers.add(new Price.Tier(tier.hasNonNull("upTo") ? tier.path("upTo").asDouble() : null, tier.path("usd").asDouble()));
        }
        if (!tiers.isEmpty() && tiers.get(0).usd() != usd.asDouble()) {
            throw new IllegalStateException("price table: " + where + ": usd must be the first tier's price");
        }
        return new Price(unit, usd.asDouble(), product + ": " + description, source, tiers);
    }

    /** Each vendor row's kinds of one message sent and received, by product; both must be priced on every public cloud. */
    private static Map<String, MessageKinds> messageKinds(JsonNode root, Map<Cloud, Map<String, Price>> prices) {
        Map<String, MessageKinds> out = new TreeMap<>();
        for (JsonNode vendor : root.path("vendors")) {
            JsonNode messages = vendor.path("messages");
            if (messages.isMissingNode()) {
                continue;
            }
            String product = vendor.path("product").asText();
            MessageKinds kinds = new MessageKinds(messages.path("sent").asText(""), messages.path("received").asText(""));
            for (String kind : List.of(kinds.sent(), kinds.received())) {
                for (Cloud cloud : Cloud.values()) {
                    if (cloud != Cloud.ON_PREMISES && !prices.getOrDefault(cloud, Map.of()).containsKey(kind)) {
                        throw new IllegalStateException("price table: the messages of vendor " + product + " name kind '" + kind
                                + "', which is not priced on " + cloud.displayName());
                    }
                }
            }
            out.put(product, kinds);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Each vendor category's priced unit of use: the category must be in the vendor table and the kind priced on every public cloud. */
    private static Map<String, VendorUsage> vendorUsage(JsonNode root, Map<Cloud, Map<String, Price>> prices, List<VendorPrice> vendors) {
        Map<String, VendorUsage> usage = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("vendorUsage").properties()) {
            String where = "vendorUsage of " + entry.getKey();
            if (vendors.stream().noneMatch(v -> v.category().equals(entry.getKey()))) {
                throw new IllegalStateException("price table: " + where + " names no vendor category of the vendor table");
            }
            String kind = required(entry.getValue(), "kind", where);
            for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
                if (!prices.getOrDefault(cloud, Map.of()).containsKey(kind)) {
                    throw new IllegalStateException("price table: " + where + " kind " + kind + " has no price on " + cloud);
                }
            }
            List<String> words = new ArrayList<>();
            entry.getValue().path("words").forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
            JsonNode sampled = entry.getValue().path("sampled");
            VendorUsage.Sampled sampling = null;
            if (!sampled.isMissingNode()) {
                List<String> streamWords = new ArrayList<>();
                sampled.path("words").forEach(w -> streamWords.add(w.asText().toLowerCase(Locale.ROOT)));
                if (streamWords.isEmpty() || !sampled.path("hoursPerUser").isNumber() || !sampled.path("perHour").isNumber()) {
                    throw new IllegalStateException("price table: " + where + ": sampled needs words and numeric hoursPerUser and perHour");
                }
                sampling = new VendorUsage.Sampled(streamWords, sampled.path("hoursPerUser").asDouble(), sampled.path("perHour").asDouble(),
                        required(sampled, "basis", where + " sampled"));
            }
            Map<String, String> byCountry = new TreeMap<>();
            entry.getValue().path("byCountry").properties().forEach(c -> byCountry.put(c.getKey().toUpperCase(Locale.ROOT), c.getValue().asText("")));
            String elsewhere = entry.getValue().hasNonNull("elsewhere") ? entry.getValue().path("elsewhere").asText() : null;
            List<String> countryKinds = new ArrayList<>(byCountry.values());
            if (elsewhere != null) {
                countryKinds.add(elsewhere);
            }
            for (String countryKind : countryKinds) {
                for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
                    if (!prices.getOrDefault(cloud, Map.of()).containsKey(countryKind)) {
                        throw new IllegalStateException("price table: " + where + " country kind '" + countryKind + "' has no price on " + cloud);
                    }
                }
            }
            try {
                usage.put(entry.getKey(), new VendorUsage(kind, words, entry.getValue().path("countPerUnit").asDouble(1), sampling, byCountry, elsewhere,
                        entry.getValue().path("sentByTheSystem").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("price table: " + where + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(usage);
    }

    /** Each kind's own commitment per cloud ({@code commitment: {gcp: {discount, product, source}}}). */
    private static Map<String, Map<Cloud, Commitment>> kindCommitments(JsonNode root) {
        Map<String, Map<Cloud, Commitment>> out = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
            JsonNode commitment = kind.getValue().path("commitment");
            if (!commitment.isObject()) {
                continue;
            }
            Map<Cloud, Commitment> byCloud = new EnumMap<>(Cloud.class);
            for (Map.Entry<String, JsonNode> entry : commitment.properties()) {
                String where = "commitment of " + kind.getKey() + " on " + entry.getKey();
                if (!entry.getValue().path("discount").isNumber()) {
                    throw new IllegalStateException("price table: " + where + " needs a numeric discount");
                }
                byCloud.put(Cloud.of(entry.getKey()), new Commitment(entry.getValue().path("discount").asDouble(),
                        required(entry.getValue(), "product", where), required(entry.getValue(), "source", where)));
            }
            out.put(kind.getKey(), Collections.unmodifiableMap(byCloud));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The kinds marked {@code commitment: none}; a map of clouds gives the kind's own commitment instead
     * ({@link #kindCommitments}); any other value of {@code commitment} is refused, naming the kind.
     */
    private static java.util.Set<String> withoutCommitment(JsonNode root) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
            JsonNode commitment = kind.getValue().path("commitment");
            if (commitment.isMissingNode() || commitment.isObject()) {
                continue;
            }
            if (!commitment.asText().equals("none")) {
                throw new IllegalStateException("price table: " + kind.getKey() + " commitment must be 'none', a map of clouds to their own commitment, or left out, not '" + commitment.asText() + "'");
            }
            kinds.add(kind.getKey());
        }
        return Collections.unmodifiableSet(kinds);
    }

    /** The always-on units, each the unit of at least one priced kind (a misspelt unit would silently drop the discount). */
    private static java.util.Set<String> commitmentUnits(JsonNode root, Map<Cloud, Map<String, Price>> prices) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        prices.values().forEach(kinds -> kinds.values().forEach(p -> known.add(p.unit())));
        java.util.Set<String> units = new java.util.TreeSet<>();
        for (JsonNode unit : root.path("commitmentUnits")) {
            if (!known.contains(unit.asText())) {
                throw new IllegalStateException("price table: commitmentUnits names '" + unit.asText() + "', the unit of no priced kind; known: " + known);
            }
            units.add(unit.asText());
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("price table: commitmentUnits must list the units of always-on kinds");
        }
        return Collections.unmodifiableSet(units);
    }

    /** Each kind's {@code oneInstanceUpToPercent}, a percentage above 0 and below 100 where given. */
    private static Map<String, Double> oneInstanceUpToPercent(JsonNode root) {
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
            JsonNode upTo = kind.getValue().path("oneInstanceUpToPercent");
            if (upTo.isMissingNode()) {
                continue;
            }
            if (!upTo.isNumber() || upTo.asDouble() <= 0 || upTo.asDouble() >= 100) {
                throw new IllegalStateException("price table: " + kind.getKey() + " oneInstanceUpToPercent must be a percentage above 0 and below 100");
            }
            out.put(kind.getKey(), upTo.asDouble());
        }
        return Collections.unmodifiableMap(out);
    }

    private static double connectionsPerInstance(JsonNode root) {
        JsonNode connections = root.path("connectionsPerInstance").path("connections");
        if (!connections.isNumber() || connections.asDouble() <= 0 || root.path("connectionsPerInstance").path("basis").asText("").isBlank()) {
            throw new IllegalStateException("price table: connectionsPerInstance needs a positive connections and its basis");
        }
        return connections.asDouble();
    }

    private static Map<String, String> engineProducts(JsonNode root) {
        Map<String, String> products = new TreeMap<>();
        for (Map.Entry<String, JsonNode> engine : root.path("enginePrices").properties()) {
            if (engine.getValue().asText("").isBlank()) {
                throw new IllegalStateException("price table: enginePrices of " + engine.getKey() + " names no product");
            }
            products.put(engine.getKey().toLowerCase(Locale.ROOT), engine.getValue().asText());
        }
        return Collections.unmodifiableMap(products);
    }

    private static String required(JsonNode node, String field, String where) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalStateException("price table: " + where + " has no " + field);
        }
        return value;
    }

    @Override
    public String toString() {
        List<String> clouds = new ArrayList<>();
        prices.forEach((c, k) -> clouds.add(c.label() + ": " + k.size() + " kinds"));
        return "PriceTable[" + priceDate + ", " + String.join(", ", clouds) + "]";
    }
}
