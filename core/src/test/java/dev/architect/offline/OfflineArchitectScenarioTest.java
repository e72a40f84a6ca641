package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.MigrationStrategy;
import dev.architect.dossier.ParameterLocation;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario table: each request must lead to the decisions a senior architect would make for it. */
class OfflineArchitectScenarioTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    static Stream<Arguments> scenarios() {
        return Stream.of(
                scenario("a team of 3 at 30 requests/s gets a modular monolith on one relational database and no broker", "small-team", c -> {
                    assertThat(chosen(c, DecisionTopic.ARCHITECTURE_STYLE)).isEqualTo("Modular monolith");
                    assertThat(c.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().drivers()).contains("team size 3 (from team.size)", "peak requests 30/s (from load.peakRequestsPerSecond)");
                    assertChosen(c, DecisionTopic.DATASTORE, "Amazon RDS for PostgreSQL 16 (Multi-AZ)", "One relational database");
                    assertThat(chosen(c, DecisionTopic.MESSAGING)).startsWith("No broker");
                    assertThat(kinds(c)).doesNotContain(ContainerKind.MESSAGE_BROKER);
                    assertThat(containers(c, ContainerKind.DATABASE)).hasSize(1);
                    List<Container> services = containers(c, ContainerKind.SERVICE);
                    assertThat(services).extracting(Container::id).containsExactly("app");
                    assertThat(c.c4().componentsOf("app")).extracting(Component::name)
                            .containsExactly("Appointments module", "Accounts module", "Notifications module");
                    assertThat(c.dataModel().entity("outbox_event")).as("the outbox stands in for a broker").isPresent();
                }),
                scenario("200,000 writes/s of telemetry gets log-based streaming and a partitioned time-series store", "iot-telemetry", c -> {
                    assertChosen(c, DecisionTopic.MESSAGING, "Amazon MSK (Apache Kafka)", "Log-based event streaming");
                    Decision store = c.decision(DecisionTopic.DATASTORE).orElseThrow();
                    // The time-series store keeps reference data in the relational product the stack and C4 model also draw.
                    assertThat(store.chosenOption()).isEqualTo("Amazon Timestream for InfluxDB, with reference data in Amazon RDS for PostgreSQL 16 (Multi-AZ)");
                    assertThat(store.chosen().summary()).startsWith("Time-series database partitioned by source and time: ");
                    assertThat(store.chosen().summary()).contains("partitioned");
                    assertThat(store.drivers()).contains("peak writes 200,000/s (from load.peakRequestsPerSecond and load.readWriteRatio)");
                    assertThat(kinds(c)).contains(ContainerKind.MESSAGE_BROKER, ContainerKind.WORKER);
                    assertThat(c.dataModel().entity("reading").orElseThrow().primaryKey()).containsExactly("source_id", "recorded_at", "metric");
                    assertThat(c.sequences()).extracting(s -> s.id()).contains("seq-telemetry-ingestion-ingest");
                }),
                scenario("PCI DSS gets tokenisation, CDE segmentation, audit logging and idempotent payment APIs", "pci-payments", c -> {
                    Decision pci = c.decisions().stream().filter(d -> d.title().startsWith("PCI-DSS")).findFirst().orElseThrow();
                    assertThat(pci.chosenOption()).isEqualTo("Hosted payment fields and provider tokenisation");
                    assertThat(texts(pci.consequences())).anyMatch(t -> t.contains("Tokenise card numbers"))
                            .anyMatch(t -> t.contains("Segment the card-data environment"))
                            .anyMatch(t -> t.contains("audit logging"))
                            .anyMatch(t -> t.contains("Idempotency-Key"));
                    ApiOperation pay = operation(c, "createPayment");
                    assertThat(pay.parameters()).anyMatch(p -> p.in() == ParameterLocation.HEADER && p.name().equals("Idempotency-Key") && p.required());
                    assertThat(pay.idempotent()).isTrue();
                    assertThat(c.dataModel().entity("audit_event")).isPresent();
                    assertThat(c.risks()).extracting(r -> r.id()).contains("risk-pci-scope");
                }),
                scenario("HIPAA gets encryption, audit trails, access control and a BAA with the cloud provider", "hipaa-health", c -> {
                    Decision hipaa = c.decision(DecisionTopic.COMPLIANCE).orElseThrow();
                    assertThat(hipaa.chosenOption()).isEqualTo("HIPAA-eligible managed services under a BAA");
                    assertThat(texts(hipaa.consequences())).anyMatch(t -> t.contains("business associate agreement (BAA) with the cloud provider"))
                            .anyMatch(t -> t.contains("Encrypt PHI at rest"))
                            .anyMatch(t -> t.contains("Audit trails"))
                            .anyMatch(t -> t.contains("Role-based access control"));
                    assertThat(c.operations().backupAndRecovery().retention()).as("the 10-year retention, above HIPAA's six").contains("kept 10 years");
                }),
                scenario("a 500:1 read-heavy global site with a 100 ms p99 gets a CDN and a cache", "global-content", c -> {
                    assertChosen(c, DecisionTopic.CACHING, "Cloud CDN and Memorystore for Valkey", "CDN at the edge plus a distributed cache");
                    assertThat(c.c4().element("cdn")).isPresent();
                    assertThat(kinds(c)).contains(ContainerKind.CACHE, ContainerKind.SEARCH_INDEX);
                    assertThat(c.decision(DecisionTopic.CACHING).orElseThrow().drivers()).contains("reads per write 500 (from load.readWriteRatio)", "global audience: yes (from load.audience)");
                    assertChosen(c, DecisionTopic.DATASTORE, "Cloud SQL for PostgreSQL with read replicas", "Relational database with read replicas");
                }),
                scenario("99.99% with a 15-minute RTO gets multi-zone with tested failover", "high-availability", c -> {
                    assertThat(chosen(c, DecisionTopic.AVAILABILITY)).isEqualTo("Multi-zone with automatic, tested failover");
                    assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().drivers()).contains("availability target 99.99% (from availability.targetPercent)", "RTO 15 min (from availability.rtoMinutes)");
                    assertThat(c.operations().backupAndRecovery().rtoMinutes()).isEqualTo(15);
                    assertThat(c.operations().backupAndRecovery().rpoMinutes()).isZero();
                    assertThat(c.operations().backupAndRecovery().drillCadence()).contains("failover").contains("15-minute RTO");
                    assertThat(c.operations().slos()).anyMatch(s -> s.objectivePercent() == 99.99);
                    assertThat(c.risks()).extracting(r -> r.id()).contains("risk-region-outage");
                }),
                scenario("an existing monolith gets an incremental strangler-fig migration", "legacy-migration", c -> {
                    assertThat(chosen(c, DecisionTopic.MIGRATION)).isEqualTo("Strangler fig");
                    assertThat(c.migration().strategy()).isEqualTo(MigrationStrategy.STRANGLER_FIG);
                    assertThat(c.migration().steps()).extracting(s -> s.name()).contains("Put the routing layer in front",
                            "Move shipments", "Retire the existing system");
                    assertThat(c.c4().element("legacy-system")).isPresent();
                    assertThat(c.roadmap().phases()).extracting(p -> p.id()).contains("phase-routing", "phase-decommission");
                }),
                scenario("40 engineers and 8 capabilities get a service per capability on Kubernetes", "saas-platform", c -> {
                    assertThat(chosen(c, DecisionTopic.ARCHITECTURE_STYLE)).isEqualTo("Microservices");
                    assertThat(containers(c, ContainerKind.SERVICE)).hasSize(8);
                    assertThat(c.apis()).hasSize(8);
                    assertThat(kinds(c)).contains(ContainerKind.API_GATEWAY);
                    assertChosen(c, DecisionTopic.DEPLOYMENT, "Amazon EKS", "Managed Kubernetes");
                    assertThat(c.dataModel().entities()).allMatch(e -> e.relations().isEmpty() || e.ownerContainerId().equals(
                            c.dataModel().entity(e.relations().get(0).targetEntity()).orElseThrow().ownerContainerId()));
                }),
                scenario("on premises gets a self-hosted identity server, virtual machines and no invented cloud prices", "on-premises", c -> {
                    assertChosen(c, DecisionTopic.SECURITY, "Keycloak 26", "Self-hosted identity server");
                    assertThat(c.c4().container("identity")).isPresent();
                    assertChosen(c, DecisionTopic.DEPLOYMENT, "Virtual machines with Ansible", "Virtual machines with configuration management");
                    // One data centre has hosts and racks, not zones: the single-zone layout worded for the building
                    assertThat(chosen(c, DecisionTopic.AVAILABILITY)).isEqualTo("One set of hosts with backups");
                    // Devices and maintenance records are not public content: the CDN carries nothing, so no CDN line is priced
                    // at all (it was a 0 GB line whose cdn.egress had no on-premises list price)
                    assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("cdn-"));
                    assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[cdn-egress] No CDN transfer line"));
                    assertThat(c.cost().items()).noneMatch(i -> i.unit().equals("thousand monthly active users"));
                }),
                scenario("a request with only a name and a description states every figure it assumes", "minimal", c -> {
                    assertThat(c.requirements().assumptions()).extracting(a -> a.topic()).contains("load.peakRequestsPerSecond",
                            "load.readWriteRatio", "availability.targetPercent", "team.size", "deployment.cloud", "capabilities");
                    assertThat(c.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().drivers()).contains("team size 5 (assumed: the request does not say team.size)");
                    assertThat(c.requirements().openQuestions()).extracting(q -> q.id()).contains("oq-peak", "oq-availability", "oq-budget");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void requestLeadsToTheExpectedDecisions(String scenario, String request, Consumer<Consultation> expectations) {
        expectations.accept(ARCHITECT.consult(Requests.load(request)));
    }

    private static Arguments scenario(String name, String request, Consumer<Consultation> expectations) {
        return Arguments.of(name, request, expectations);
    }

    /** The chosen option names the product on the request's cloud, and its text names the pattern it implements. */
    private static void assertChosen(Consultation c, DecisionTopic topic, String product, String pattern) {
        Decision d = c.decision(topic).orElseThrow(() -> new AssertionError("no " + topic + " decision"));
        assertThat(d.chosenOption()).isEqualTo(product);
        assertThat(d.chosen().summary()).startsWith(pattern + ": ");
    }

    private static String chosen(Consultation c, DecisionTopic topic) {
        return c.decision(topic).orElseThrow(() -> new AssertionError("no " + topic + " decision")).chosenOption();
    }

    private static List<ContainerKind> kinds(Consultation c) {
        return c.c4().containers().stream().map(Container::kind).toList();
    }

    private static List<Container> containers(Consultation c, ContainerKind kind) {
        return c.c4().containers().stream().filter(k -> k.kind() == kind).toList();
    }

    private static List<String> texts(List<Consequence> consequences) {
        return consequences.stream().map(Consequence::text).toList();
    }

    private static ApiOperation operation(Consultation c, String id) {
        return c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id));
    }
}
