package dev.architect.testing;

import static dev.architect.dossier.ValueType.*;

import dev.architect.dossier.*;
import java.util.List;

/**
 * Hand-written dossiers for tests across modules (shipped in core's test-jar). {@link #shopFast()} is a small but
 * complete, realistic dossier of an online store: every part populated, every reference valid.
 */
public final class SampleDossiers {

    private SampleDossiers() {
    }

    public static Consultation shopFast() {
        Requirements requirements = new Requirements(
                List.of(new FunctionalRequirement("fr-catalog", "Browse the catalog",
                                "Shoppers search and browse products with prices and stock.", Priority.MUST),
                        new FunctionalRequirement("fr-checkout", "Check out",
                                "Shoppers pay by card and receive an order confirmation by email.", Priority.MUST)),
                List.of(new QualityAttribute("qa-latency", QualityAttributeType.PERFORMANCE,
                                "A shopper opens a product page during the Black Friday peak", "p99 latency", 300, "ms"),
                        new QualityAttribute("qa-availability", QualityAttributeType.AVAILABILITY,
                                "The store takes orders around the clock", "monthly availability", 99.95, "%")),
                List.of("Data must stay in the EU"),
                List.of(new Assumption("as-payload", "load.averagePayloadKb", "An average response is 20 KB", "20 KB")),
                List.of(new OpenQuestion("oq-marketplace", "Will third-party sellers list products?",
                        "A marketplace changes the catalog ownership model", List.of("No", "Within a year"), "No")));
        Decision style = new Decision("adr-0001", "Modular monolith for the first release",
                DecisionTopic.ARCHITECTURE_STYLE, DecisionStatus.ACCEPTED,
                "A team of 8 must launch in six months; five capabilities share one data model.",
                List.of("team size 8", "5 capabilities", "launch in 6 months"),
                List.of(new DecisionOption("Modular monolith", "One deployable with enforced module boundaries",
                                List.of("One pipeline and one database to run"), List.of("Scales as one unit"),
                                "About $2,000/month of compute", Complexity.LOW),
                        new DecisionOption("Microservices", "A service per capability",
                                List.of("Independent scaling and deploys"), List.of("Distributed transactions and more operations work"),
                                "About $6,000/month and two more engineers", Complexity.HIGH)),
                "Modular monolith", "The team is small and the capabilities share data; modules keep a later split cheap.",
                List.of(Consequence.good("Fast delivery with one deployable"), Consequence.bad("Catalog and checkout scale together")),
                List.of("store-app"));
        Decision datastore = new Decision("adr-0002", "PostgreSQL with a read replica",
                DecisionTopic.DATASTORE, DecisionStatus.ACCEPTED,
                "20 reads per write at 2,000 requests/s; 200 GB growing 50 GB a month.",
                List.of("95.24 writes/s", "200 GB + 50 GB/month", "team knows PostgreSQL"),
                List.of(new DecisionOption("PostgreSQL with read replicas", "Managed PostgreSQL, one replica",
                                List.of("Team expertise", "ACID orders"), List.of("Vertical write ceiling"), "$1,400/month", Complexity.LOW),
                        new DecisionOption("DynamoDB", "Key-value tables", List.of("Elastic throughput"),
                                List.of("Ad-hoc queries are hard"), "$1,100/month at this load", Complexity.MEDIUM)),
                "PostgreSQL with read replicas", "The write rate is far below one primary's ceiling and the team knows it.",
                List.of(Consequence.good("Transactions for orders")), List.of("store-db"));
        C4Model c4 = new C4Model(
                List.of(new Person("shopper", "Shopper", "Buys products", true),
                        new Person("merchandiser", "Merchandiser", "Curates the catalog", false)),
                List.of(new SoftwareSystem("shopfast", "ShopFast", "Online store", false),
                        new SoftwareSystem("stripe", "Stripe", "Card payments", true),
                        new SoftwareSystem("sendgrid", "SendGrid", "Transactional email", true)),
                List.of(new Container("web", "Storefront", "shopfast", ContainerKind.WEB_APP, "React", "Shop pages"),
                        new Container("store-app", "Store API", "shopfast", ContainerKind.SERVICE, "Java 17, Spring Boot", "Catalog, cart, orders"),
                        new Container("store-db", "Store database", "shopfast", ContainerKind.DATABASE, "PostgreSQL 16", "Products and orders"),
                        new Container("cache", "Cache", "shopfast", ContainerKind.CACHE, "Redis 7", "Product pages and sessions")),
                List.of(new Component("catalog", "Catalog module", "store-app", "Spring", "Products and prices"),
                        new Component("orders", "Orders module", "store-app", "Spring", "Carts, orders, payments")),
                List.of(new Relationship("shopper", "web", "Browses and buys", "HTTPS", Interaction.SYNC),
                        new Relationship("merchandiser", "web", "Edits products", "HTTPS", Interaction.SYNC),
                        new Relationship("web", "store-app", "Calls", "JSON/HTTPS", Interaction.SYNC),
                        new Relationship("catalog", "store-db", "Reads and writes products", "JDBC", Interaction.SYNC),
                        new Relationship("orders", "store-db", "Reads and writes orders", "JDBC", Interaction.SYNC),
                        new Relationship("catalog", "cache", "Caches product pages", "RESP", Interaction.SYNC),
                        new Relationship("orders", "stripe", "Charges cards", "HTTPS", Interaction.SYNC),
                        new Relationship("orders", "sendgrid", "Sends confirmations", "HTTPS", Interaction.ASYNC)));
        SequenceDiagram checkout = new SequenceDiagram("seq-checkout", "Checkout", "A shopper pays for a cart",
                List.of("shopper", "web", "store-app", "stripe", "store-db"),
                List.of(new SequenceStep("shopper", "web", "Place order", MessageKind.SYNC),
                        new SequenceStep("web", "store-app", "POST /orders", MessageKind.SYNC),
                        new SequenceStep("store-app", "stripe", "Create payment intent", MessageKind.SYNC),
                        new SequenceStep("stripe", "store-app", "Payment confirmed", MessageKind.REPLY),
                        new SequenceStep("store-app", "store-db", "Insert order", MessageKind.SYNC),
                        new SequenceStep("store-app", "web", "201 Created", MessageKind.REPLY)));
        ApiSpec api = new ApiSpec("store-api", "Store API", "1.0.0", "store-app", "Catalog and orders", "/api/v1",
                ApiAuth.BEARER_JWT,
                List.of(new ApiOperation("listProducts", HttpMethod.GET, "/products", "List products", null, List.of("catalog"),
                                List.of(new ApiParameter("q", ParameterLocation.QUERY, STRING, false, "Search text")),
                                null, List.of(new ApiResponse(200, "Products", "Product", true)), true),
                        new ApiOperation("getProduct", HttpMethod.GET, "/products/{productId}", "Get a product", null, List.of("catalog"),
                                List.of(new ApiParameter("productId", ParameterLocation.PATH, UUID, true, null)), null,
                                List.of(ApiResponse.of(200, "The product", "Product"), ApiResponse.of(404, "No such product", "Problem")), true),
                        new ApiOperation("createOrder", HttpMethod.POST, "/orders", "Place an order", "Charges the card", List.of("orders"),
                                List.of(new ApiParameter("Idempotency-Key", ParameterLocation.HEADER, STRING, true, "Retries are safe")),
                                "OrderRequest",
                                List.of(ApiResponse.of(201, "Order placed", "Order"), ApiResponse.of(422, "Invalid order", "Problem")), true)),
                List.of(new SchemaDefinition("Product", "A product for sale", List.of(
                                SchemaProperty.of("id", UUID, true), SchemaProperty.of("name", STRING, true),
                                SchemaProperty.of("priceCents", INTEGER, true),
                                new SchemaProperty("description", STRING, null, null, false, true, "Long text"))),
                        new SchemaDefinition("OrderLine", null, List.of(SchemaProperty.of("productId", UUID, true),
                                SchemaProperty.of("quantity", INTEGER, true))),
                        new SchemaDefinition("OrderRequest", null, List.of(
                                new SchemaProperty("lines", ARRAY, OBJECT, "OrderLine", true, false, null),
                                SchemaProperty.of("paymentToken", STRING, true))),
                        new SchemaDefinition("Order", null, List.of(SchemaProperty.of("id", UUID, true),
                                SchemaProperty.of("status", STRING, true), SchemaProperty.of("createdAt", DATE_TIME, true))),
                        new SchemaDefinition("Problem", "RFC 9457 problem details", List.of(SchemaProperty.of("title", STRING, true),
                                SchemaProperty.of("status", INTEGER, true), SchemaProperty.of("detail", STRING, false)))));
        DataModel data = new DataModel(List.of(
                new Entity("product", "store-app", "A product for sale", List.of(EntityField.of("id", DataType.UUID),
                        new EntityField("sku", DataType.TEXT, false, true, "Stock keeping unit"), EntityField.of("name", DataType.TEXT),
                        EntityField.of("price", DataType.DECIMAL)), List.of("id"), List.of()),
                new Entity("customer_order", "store-app", "A placed order", List.of(EntityField.of("id", DataType.UUID),
                        EntityField.of("status", DataType.TEXT), EntityField.of("created_at", DataType.TIMESTAMP)), List.of("id"), List.of()),
                new Entity("order_line", "store-app", null, List.of(EntityField.of("order_id", DataType.UUID),
                        EntityField.of("product_id", DataType.UUID), EntityField.of("quantity", DataType.INTEGER)),
                        List.of("order_id", "product_id"),
                        List.of(new EntityRelation("order_id", "customer_order", Cardinality.MANY_TO_ONE),
                                new EntityRelation("product_id", "product", Cardinality.MANY_TO_ONE)))));
        List<TechChoice> stack = List.of(
                new TechChoice(TechCategory.LANGUAGE, "Java 17 with Spring Boot", List.of("Kotlin", "Go"), "The team's strongest skill", "adr-0001"),
                new TechChoice(TechCategory.DATABASE, "Amazon RDS for PostgreSQL", List.of("Aurora", "DynamoDB"), "Managed, familiar", "adr-0002"),
                new TechChoice(TechCategory.CACHE, "Amazon ElastiCache for Redis", List.of("Memcached"), "Product pages at 20:1 reads", null));
        List<Risk> risks = List.of(
                new Risk("risk-peak", "Black Friday peak exceeds capacity", "Traffic may triple for a day", 3, 5,
                        "Load test at 3x peak; pre-scale the day before", "Platform lead", RiskStatus.OPEN, List.of("adr-0001"), List.of("store-app")),
                new Risk("risk-pci", "Card data enters our scope", "A form change could post card numbers to our API", 2, 5,
                        "Use Stripe Elements so card data never reaches our servers", "Security lead", RiskStatus.MITIGATING, List.of(), List.of("web")),
                new Risk("risk-skills", "Redis is new to the team", null, 2, 2, "Managed service and a runbook", "Team lead",
                        RiskStatus.ACCEPTED, List.of(), List.of("cache")));
        OperationsPlan ops = new OperationsPlan(
                List.of(new ServiceLevelObjective("slo-availability", "Store API availability", "share of non-5xx responses",
                                99.95, "30 days", "store-app"),
                        new ServiceLevelObjective("slo-latency", "Store API latency", "share of requests under 300 ms", 99, "30 days", "store-app")),
                List.of("RED metrics per endpoint", "Structured JSON logs with trace ids", "OpenTelemetry traces"),
                List.of(new Alert("availability-burn", "Error budget burns 14x faster than allowed for 1 hour", AlertSeverity.PAGE,
                        "Roll back the last deploy; follow the incident runbook", "slo-availability")),
                new BackupAndRecovery("Point-in-time recovery with cross-region snapshot copies", 5, 30, "Continuous WAL archiving, daily snapshots",
                        "35 days", "Quarterly restore drill"),
                List.of("Trunk-based development; every merge builds, tests and deploys to staging"),
                List.of("Terraform modules per environment"),
                List.of("Dependency scanning on every build", "Container image scanning"));
        CapacityPlan capacity = new CapacityPlan(List.of(
                new Estimate("peak-rps", "Peak requests", 2000, "requests/s", "Given in the request"),
                new Estimate("peak-writes", "Peak writes", 95.24, "writes/s", "2000 / (20 + 1)"),
                new Estimate("storage-1y", "Storage after one year", 1920, "GB", "(200 + 12 x 50) GB x 2.4 for replica and indexes")));
        CostEstimate cost = new CostEstimate("USD", List.of(
                new CostLineItem("compute", "Application instances", "store-app", 6, "instance-months", 70.08, 420.48, "6 instances at peak"),
                new CostLineItem("database", "PostgreSQL primary and replica", "store-db", 2, "instance-months", 700, 1400, "db.r6g.xlarge")),
                1820.48, 65537.28, "2026-10-01", List.of("List prices, no discounts"));
        Roadmap roadmap = new Roadmap(List.of(
                new RoadmapPhase("phase-1", "Foundation", "Catalog and checkout in production", 12,
                        List.of("Storefront", "Store API"), List.of("First real order taken"), List.of()),
                new RoadmapPhase("phase-2", "Scale", "Ready for Black Friday", 8, List.of("Cache", "Load tests"),
                        List.of("3x peak load test passes"), List.of("phase-1"))));
        Metadata metadata = new Metadata("offline", "rules", "1", 0, 0, 0, List.of(new StageMetrics("design", 1, 0, 0, 0)), List.of());
        return new Consultation("ShopFast", "An online store built as a modular monolith on PostgreSQL, ready for Black Friday.",
                requirements, List.of(style, datastore), c4, List.of(checkout), List.of(api), data, stack, risks, ops, capacity,
                cost, roadmap, null, metadata);
    }

    /** The same store redesigned from a legacy system, so the migration plan is populated too. */
    public static Consultation shopFastMigration() {
        Consultation c = shopFast();
        MigrationPlan migration = new MigrationPlan(MigrationStrategy.STRANGLER_FIG,
                "Route one capability at a time from the legacy store to the new API behind the storefront.",
                List.of(new MigrationStep("m-1", "Proxy in front", "Put a routing proxy in front of the legacy store", List.of("All traffic flows through the proxy")),
                        new MigrationStep("m-2", "Move the catalog", "Serve the catalog from the new API", List.of("Catalog error rate below 0.1%"))),
                "Change data capture from the legacy database until cut-over", List.of("Route traffic back to the legacy store"));
        return new Consultation(c.system(), c.summary(), c.requirements(), c.decisions(), c.c4(), c.sequences(), c.apis(),
                c.dataModel(), c.techStack(), c.risks(), c.operations(), c.capacity(), c.cost(), c.roadmap(), migration, c.metadata());
    }
}
