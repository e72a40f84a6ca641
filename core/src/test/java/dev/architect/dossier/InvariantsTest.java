package dev.architect.dossier;

import static dev.architect.dossier.ValueType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.exceptions.InvalidDossierException;
import dev.architect.testing.SampleDossiers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per record invariant: break it, and the message must name the element and the rule. */
class InvariantsTest {

    private static final Consultation S = SampleDossiers.shopFast();
    private static final DecisionOption A = S.decisions().get(0).options().get(0);
    private static final DecisionOption B = S.decisions().get(0).options().get(1);
    private static final List<ApiResponse> OK = List.of(ApiResponse.of(200, "ok", null));
    private static final ApiOperation GET_X = op("getX", HttpMethod.GET, "/x", List.of());

    private static Arguments breaks(String message, ThrowingCallable construction) {
        return Arguments.of(message, construction);
    }

    private static ApiOperation op(String id, HttpMethod method, String path, List<ApiParameter> params) {
        return new ApiOperation(id, method, path, "summary", null, List.of(), params, null, OK, false);
    }

    private static Decision decision(List<DecisionOption> options, String chosen) {
        return new Decision("adr-9", "Title", DecisionTopic.CACHING, DecisionStatus.PROPOSED, "context", List.of(),
                options, chosen, "why", List.of(), List.of());
    }

    private static ApiSpec api(List<ApiOperation> ops, List<SchemaDefinition> schemas) {
        return new ApiSpec("api-1", "API", "1.0.0", "app", null, "/api", ApiAuth.NONE, ops, schemas);
    }

    private static Entity entity(List<EntityField> fields, List<String> pk, List<EntityRelation> relations) {
        return new Entity("order_line", "app", null, fields, pk, relations);
    }

    private static RoadmapPhase phase(String id, String... dependsOn) {
        return new RoadmapPhase(id, "Phase", "Goal", 4, List.of(), List.of("done"), Arrays.asList(dependsOn));
    }

    static Stream<Arguments> brokenInvariants() {
        C4Model c4 = S.c4();
        List<Arguments> cases = new ArrayList<>(List.of(
                // identifiers and lists
                breaks("functional requirement: id is missing", () -> new FunctionalRequirement(null, "t", "d", Priority.MUST)),
                breaks("functional requirement 'has space': id must match", () -> new FunctionalRequirement("has space", "t", "d", Priority.MUST)),
                breaks("functional requirement 'fr-1': priority is missing", () -> new FunctionalRequirement("fr-1", "t", "d", null)),
                breaks("requirements: duplicate requirement id 'x'", () -> new Requirements(
                        List.of(new FunctionalRequirement("x", "t", null, Priority.MUST)), List.of(), List.of(),
                        List.of(new Assumption("x", "topic", "statement", null)), List.of())),
                breaks("requirements: constraints[1] is empty", () -> new Requirements(null, null, Arrays.asList("a", null), null, null)),
                breaks("quality attribute 'qa': target must be a finite number but was NaN",
                        () -> new QualityAttribute("qa", QualityAttributeType.PERFORMANCE, "s", "p99", Double.NaN, "ms")),
                breaks("quality attribute 'qa': metric is missing",
                        () -> new QualityAttribute("qa", QualityAttributeType.PERFORMANCE, "s", " ", 1, "ms")),
                breaks("assumption 'as-1': statement is missing", () -> new Assumption("as-1", "load", null, "5")),
                breaks("open question 'q': recommended option 'Maybe' is not among its options [Yes, No]",
                        () -> new OpenQuestion("q", "Why?", null, List.of("Yes", "No"), "Maybe")),
                // decisions
                breaks("decision 'adr-9': needs at least two options but has 1", () -> decision(List.of(A), A.name())),
                breaks("decision 'adr-9': chosen option 'Redis' is not among its options [Modular monolith, Microservices]",
                        () -> decision(List.of(A, B), "Redis")),
                breaks("decision 'adr-9': duplicate option 'Modular monolith'", () -> decision(List.of(A, A), A.name())),
                breaks("decision 'adr-9': status is missing", () -> new Decision("adr-9", "T", DecisionTopic.OTHER, null, "c",
                        null, List.of(A, B), A.name(), "r", null, null)),
                breaks("decision 'adr-9': rationale is missing", () -> new Decision("adr-9", "T", DecisionTopic.OTHER,
                        DecisionStatus.ACCEPTED, "c", null, List.of(A, B), A.name(), "", null, null)),
                breaks("option 'Redis': pros must not be empty", () -> new DecisionOption("Redis", null, List.of(), List.of("c"), "$", Complexity.LOW)),
                breaks("option 'Redis': cons must not be empty", () -> new DecisionOption("Redis", null, List.of("p"), null, "$", Complexity.LOW)),
                breaks("option 'Redis': cost is missing", () -> new DecisionOption("Redis", null, List.of("p"), List.of("c"), null, Complexity.LOW)),
                breaks("option 'Redis': complexity is missing", () -> new DecisionOption("Redis", null, List.of("p"), List.of("c"), "$", null)),
                breaks("consequence: text is missing", () -> new Consequence(ConsequenceKind.GOOD, null)),
                // C4
                breaks("person 'p': name is missing", () -> new Person("p", null, null, false)),
                breaks("container 'c': kind is missing", () -> new Container("c", "C", "sys", null, "Java", null)),
                breaks("container 'c': technology is missing", () -> new Container("c", "C", "sys", ContainerKind.SERVICE, null, null)),
                breaks("component 'k': containerId is missing", () -> new Component("k", "K", null, null, null)),
                breaks("relationship a -> a: an element cannot have a relationship with itself",
                        () -> new Relationship("a", "a", "calls", null, Interaction.SYNC)),
                breaks("relationship a -> b: interaction is missing", () -> new Relationship("a", "b", "calls", null, null)),
                breaks("c4 model: duplicate element id 'shopfast'", () -> new C4Model(List.of(new Person("shopfast", "P", null, false)),
                        c4.systems(), c4.containers(), c4.components(), c4.relationships())),
                breaks("relationship store-app -> shopfast: one end contains the other", () -> new C4Model(c4.people(), c4.systems(),
                        c4.containers(), c4.components(), List.of(new Relationship("store-app", "shopfast", "is part of", null, Interaction.SYNC)))),
                breaks("relationship shopfast -> catalog: one end contains the other", () -> new C4Model(c4.people(), c4.systems(),
                        c4.containers(), c4.components(), List.of(new Relationship("shopfast", "catalog", "contains", null, Interaction.SYNC)))),
                // sequences
                breaks("sequence 'seq': step 1 goes to 'db', which is not a participant [web, app]", () -> new SequenceDiagram("seq", "T", null,
                        List.of("web", "app"), List.of(new SequenceStep("web", "db", "query", MessageKind.SYNC)))),
                breaks("sequence 'seq': duplicate participant 'web'", () -> new SequenceDiagram("seq", "T", null,
                        List.of("web", "web"), List.of(new SequenceStep("web", "web", "x", MessageKind.SYNC)))),
                breaks("sequence 'seq': steps must not be empty", () -> new SequenceDiagram("seq", "T", null, List.of("web"), List.of())),
                breaks("sequence step web -> app: message is missing", () -> new SequenceStep("web", "app", "", MessageKind.SYNC)),
                // APIs
                breaks("api 'api-1': duplicate operationId 'getX'", () -> api(List.of(GET_X, op("getX", HttpMethod.POST, "/x", List.of())), List.of())),
                breaks("api 'api-1': duplicate operation 'GET /x'", () -> api(List.of(GET_X, op("getY", HttpMethod.GET, "/x", List.of())), List.of())),
                breaks("api 'api-1' operation 'createX': request schema 'Thing' is not defined", () -> api(List.of(new ApiOperation("createX",
                        HttpMethod.POST, "/x", "s", null, null, null, "Thing", OK, false)), List.of())),
                breaks("api 'api-1' operation 'getX': response 200 schema 'Thing' is not defined", () -> api(List.of(new ApiOperation("getX",
                        HttpMethod.GET, "/x", "s", null, null, null, null, List.of(ApiResponse.of(200, "ok", "Thing")), true)), List.of())),
                breaks("api 'api-1' schema 'Order': property 'lines' refers to undefined schema 'Line'", () -> api(List.of(GET_X),
                        List.of(new SchemaDefinition("Order", null, List.of(new SchemaProperty("lines", ARRAY, OBJECT, "Line", true, false, null)))))),
                breaks("api 'api-1': duplicate schema 'A'", () -> api(List.of(GET_X), List.of(new SchemaDefinition("A", null,
                        List.of(SchemaProperty.of("a", STRING, true))), new SchemaDefinition("A", null, List.of(SchemaProperty.of("a", STRING, true)))))),
                breaks("api 'api-1': basePath 'api v1' must be empty or like /api/v1", () -> new ApiSpec("api-1", "API", "1", "app", null,
                        "api v1", ApiAuth.NONE, List.of(GET_X), List.of())),
                breaks("api 'api-1': operations must not be empty", () -> api(List.of(), List.of())),
                breaks("operation 'getOrder': path parameter {orderId} of /orders/{orderId} is not declared",
                        () -> op("getOrder", HttpMethod.GET, "/orders/{orderId}", List.of())),
                breaks("operation 'getOrder': path parameter 'id' does not occur in /orders", () -> op("getOrder", HttpMethod.GET, "/orders",
                        List.of(new ApiParameter("id", ParameterLocation.PATH, UUID, true, null)))),
                breaks("operation 'getOrder': path parameter 'id' must be required", () -> op("getOrder", HttpMethod.GET, "/orders/{id}",
                        List.of(new ApiParameter("id", ParameterLocation.PATH, UUID, false, null)))),
                breaks("operation 'getOrder': path 'orders' must match", () -> op("getOrder", HttpMethod.GET, "orders", List.of())),
                breaks("operation: operationId 'get order' must match", () -> op("get order", HttpMethod.GET, "/x", List.of())),
                breaks("operation 'getX': duplicate response status '200'", () -> new ApiOperation("getX", HttpMethod.GET, "/x", "s", null,
                        null, null, null, List.of(ApiResponse.of(200, "a", null), ApiResponse.of(200, "b", null)), true)),
                breaks("operation 'getX': responses must not be empty", () -> new ApiOperation("getX", HttpMethod.GET, "/x", "s", null,
                        null, null, null, List.of(), true)),
                breaks("parameter 'filter': a parameter must be a scalar, not OBJECT",
                        () -> new ApiParameter("filter", ParameterLocation.QUERY, OBJECT, false, null)),
                breaks("response 700: status must be 100-599 but was 700", () -> ApiResponse.of(700, "odd", null)),
                breaks("response 200: an array response needs a schema", () -> new ApiResponse(200, "list", null, true)),
                breaks("schema 'Empty': properties must not be empty", () -> new SchemaDefinition("Empty", null, List.of())),
                breaks("schema 'A': duplicate property 'a'", () -> new SchemaDefinition("A", null,
                        List.of(SchemaProperty.of("a", STRING, true), SchemaProperty.of("a", INTEGER, true)))),
                breaks("property 'customer': an object property must name its schema in ref", () -> SchemaProperty.of("customer", OBJECT, true)),
                breaks("property 'tags': itemType is missing", () -> SchemaProperty.of("tags", ARRAY, true)),
                breaks("property 'name': ref is only for object properties", () -> new SchemaProperty("name", STRING, null, "Name", true, false, null)),
                breaks("property 'name': itemType is only for ARRAY properties", () -> new SchemaProperty("name", STRING, STRING, null, true, false, null)),
                // data model
                breaks("data model: duplicate entity 'product'", () -> new DataModel(List.of(S.dataModel().entities().get(0), S.dataModel().entities().get(0)))),
                breaks("entity: name 'OrderLine' must match", () -> new Entity("OrderLine", "app", null, List.of(EntityField.of("id", DataType.UUID)), List.of("id"), null)),
                breaks("entity 'order_line': primary key field 'id' is not a field", () -> entity(List.of(EntityField.of("order_id", DataType.UUID)), List.of("id"), null)),
                breaks("entity 'order_line': primary key field 'id' must not be nullable", () -> entity(
                        List.of(new EntityField("id", DataType.UUID, true, false, null)), List.of("id"), null)),
                breaks("entity 'order_line': relation to 'product' uses unknown field 'product_id'", () -> entity(List.of(EntityField.of("id", DataType.UUID)),
                        List.of("id"), List.of(new EntityRelation("product_id", "product", Cardinality.MANY_TO_ONE)))),
                breaks("entity 'order_line': fields must not be empty", () -> entity(List.of(), List.of("id"), null)),
                breaks("entity 'order_line': duplicate field 'id'", () -> entity(List.of(EntityField.of("id", DataType.UUID),
                        EntityField.of("id", DataType.TEXT)), List.of("id"), null)),
                breaks("entity 'slot': NO_OVERLAP constraint's period 'starts' (TEXT) to 'ends' (TEXT) must be two times or two numbers", () ->
                        typed(ConstraintKind.NO_OVERLAP, List.of("room_id", "starts", "ends"))),
                breaks("entity 'slot': NO_OVERLAP constraint's period 'opens' (TIMESTAMP) to 'price' (DECIMAL) must be two times or two numbers", () ->
                        typed(ConstraintKind.NO_OVERLAP, List.of("room_id", "opens", "price"))),
                breaks("entity 'slot': NO_OVERLAP constraint's field 'starts' is TEXT, not a boolean", () ->
                        typed(ConstraintKind.NO_OVERLAP, List.of("room_id", "opens", "closes", "starts"))),
                breaks("entity 'slot': POSITIVE constraint's field 'starts' is TEXT, not a number", () ->
                        typed(ConstraintKind.POSITIVE, List.of("price", "starts"))),
                breaks("entity 'slot': ORDERED constraint compares 'opens' (TIMESTAMP) with 'price' (DECIMAL)", () ->
                        typed(ConstraintKind.ORDERED, List.of("opens", "price"))),
                breaks("entity 'slot': DIFFERENT constraint compares 'room_id' (UUID) with 'starts' (TEXT)", () ->
                        typed(ConstraintKind.DIFFERENT, List.of("room_id", "starts"))),
                breaks("entity 'slot': BALANCED constraint's field 'starts' is TEXT, not a number", () ->
                        typed(ConstraintKind.BALANCED, List.of("room_id", "starts"))),
                breaks("field: name 'Order-Id' must match", () -> EntityField.of("Order-Id", DataType.UUID)),
                breaks("relation from 'product_id': cardinality is missing", () -> new EntityRelation("product_id", "product", null)),
                // stack, risks, operations
                breaks("tech choice 'Redis': justification is missing", () -> new TechChoice(TechCategory.CACHE, "Redis", null, null, null)),
                breaks("risk 'r-1': likelihood must be 1-5 but was 7", () -> new Risk("r-1", "T", null, 7, 3, "m", "o", RiskStatus.OPEN, null, null)),
                breaks("risk 'r-1': impact must be 1-5 but was 0", () -> new Risk("r-1", "T", null, 3, 0, "m", "o", RiskStatus.OPEN, null, null)),
                breaks("risk 'r-1': owner is missing", () -> new Risk("r-1", "T", null, 3, 3, "m", null, RiskStatus.OPEN, null, null)),
                breaks("operations: backupAndRecovery is missing", () -> new OperationsPlan(null, null, null, null, null, null, null)),
                breaks("operations: duplicate slo 'slo-availability'", () -> new OperationsPlan(List.of(S.operations().slos().get(0),
                        S.operations().slos().get(0)), null, null, S.operations().backupAndRecovery(), null, null, null)),
                breaks("slo 'slo-1': objectivePercent must be in (0, 100] but was 100.5", () -> new ServiceLevelObjective("slo-1", "n", "i", 100.5, "30d", null)),
                breaks("alert 'burn': severity is missing", () -> new Alert("burn", "c", null, "a", null)),
                breaks("backup and recovery: rpoMinutes must be >= 0 but was -1", () -> new BackupAndRecovery("s", -1, 5, "daily", "30d", "yearly")),
                // capacity, cost, roadmap, migration, metadata, consultation
                breaks("capacity: duplicate estimate 'peak-rps'", () -> new CapacityPlan(List.of(S.capacity().estimates().get(0), S.capacity().estimates().get(0)))),
                breaks("estimate 'e': basis is missing", () -> new Estimate("e", "n", 5, "GB", null)),
                breaks("estimate 'e': value must be a finite number >= 0 but was -5.0", () -> new Estimate("e", "n", -5, "GB", "b")),
                breaks("line item 'db': monthly 100.0 is not quantity x unitPrice (60.0)", () -> new CostLineItem("db", "DB", null, 2, "month", 30, 100, "a")),
                breaks("cost: monthlyTotal 999.0 is not the sum of its line items (1820.48)", () -> new CostEstimate("USD", S.cost().items(), 999, 40000, "2026-10-01", null)),
                breaks("cost: currency 'dollars' must match", () -> new CostEstimate("dollars", List.of(), 0, 0, null, null)),
                breaks("roadmap phase 'p1': depends on 'p2', which is not an earlier phase", () -> new Roadmap(List.of(phase("p1", "p2"), phase("p2")))),
                breaks("roadmap: duplicate phase 'p1'", () -> new Roadmap(List.of(phase("p1"), phase("p1")))),
                breaks("roadmap phase 'p1': durationWeeks must be 1-520 but was 0", () -> new RoadmapPhase("p1", "n", "g", 0, null, List.of("x"), null)),
                breaks("roadmap phase 'p1': exitCriteria must not be empty", () -> new RoadmapPhase("p1", "n", "g", 2, null, List.of(), null)),
                breaks("migration: steps must not be empty", () -> new MigrationPlan(MigrationStrategy.STRANGLER_FIG, "s", List.of(), "cdc", null)),
                breaks("metadata: token counts and duration must be >= 0", () -> new Metadata("openai", "m", "1", -1, 0, 0, null, null)),
                breaks("consultation: c4 is missing", () -> new Consultation("S", "sum", S.requirements(), null, null, null, null,
                        S.dataModel(), null, null, S.operations(), S.capacity(), S.cost(), S.roadmap(), null, S.metadata())),
                breaks("consultation: duplicate decision 'adr-0001'", () -> new Consultation("S", "sum", S.requirements(),
                        List.of(S.decisions().get(0), S.decisions().get(0)), S.c4(), null, null, S.dataModel(), null, null,
                        S.operations(), S.capacity(), S.cost(), S.roadmap(), null, S.metadata()))));
        return cases.stream();
    }

    /** A table of rooms' slots whose one constraint compares the named fields. */
    private static Entity typed(ConstraintKind kind, List<String> fields) {
        return new Entity("slot", "app", null, List.of(EntityField.of("room_id", DataType.UUID), EntityField.of("starts", DataType.TEXT),
                EntityField.of("ends", DataType.TEXT), EntityField.of("opens", DataType.TIMESTAMP), EntityField.of("closes", DataType.TIMESTAMP),
                EntityField.of("price", DataType.DECIMAL)), List.of("room_id"), List.of(), List.of(),
                List.of(new EntityConstraint(kind, fields, "test")));
    }

    @Test
    void aConstraintOverFieldsOfComparableTypesIsAccepted() {
        assertThat(typed(ConstraintKind.NO_OVERLAP, List.of("room_id", "opens", "closes")).constraints()).hasSize(1);
        assertThat(typed(ConstraintKind.ORDERED, List.of("opens", "closes")).constraints()).hasSize(1);
        assertThat(typed(ConstraintKind.DIFFERENT, List.of("starts", "ends")).constraints()).hasSize(1);
        assertThat(typed(ConstraintKind.NOT_NEGATIVE, List.of("price")).constraints()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInvariants")
    void aBrokenInvariantIsRefusedWithAMessageNamingTheElement(String message, ThrowingCallable construction) {
        assertThatThrownBy(construction).isInstanceOf(InvalidDossierException.class).hasMessageContaining(message);
    }

    @Test
    void aStatusConstraintNeedsItsStatesAQuorumItsParentStateAndCountAndOtherKindsNoValues() {
        assertThat(new EntityConstraint(ConstraintKind.ONE_OF, List.of("status"), List.of("OPEN", "CLOSED"), "states").values())
                .containsExactly("OPEN", "CLOSED");
        assertThat(new EntityConstraint(ConstraintKind.POSITIVE, List.of("amount"), "positive").values()).isEmpty();
        assertThatThrownBy(() -> new EntityConstraint(ConstraintKind.ONE_OF, List.of("status"), List.of(), "states"))
                .isInstanceOf(InvalidDossierException.class).hasMessageContaining("constraint ONE_OF").hasMessageContaining("0 values");
        assertThatThrownBy(() -> new EntityConstraint(ConstraintKind.QUORUM, List.of("case_id", "approver_id"), List.of("status", "APPROVED"), "two"))
                .isInstanceOf(InvalidDossierException.class).hasMessageContaining("constraint QUORUM").hasMessageContaining("2 values");
        assertThatThrownBy(() -> new EntityConstraint(ConstraintKind.DIFFERENT, List.of("approver_id", "maker_id"), List.of("x"), "four eyes"))
                .isInstanceOf(InvalidDossierException.class).hasMessageContaining("constraint DIFFERENT");
    }

    @Test
    void riskScoreAndBandFollowTheFiveByFiveGrid() {
        assertThat(new Risk("r", "t", null, 2, 2, "m", "o", RiskStatus.OPEN, null, null).band()).isEqualTo(RiskBand.LOW);
        assertThat(new Risk("r", "t", null, 1, 5, "m", "o", RiskStatus.OPEN, null, null).band()).isEqualTo(RiskBand.MEDIUM);
        assertThat(new Risk("r", "t", null, 3, 5, "m", "o", RiskStatus.OPEN, null, null).score()).isEqualTo(15);
        assertThat(new Risk("r", "t", null, 3, 5, "m", "o", RiskStatus.OPEN, null, null).band()).isEqualTo(RiskBand.HIGH);
        assertThat(new Risk("r", "t", null, 4, 4, "m", "o", RiskStatus.OPEN, null, null).band()).isEqualTo(RiskBand.CRITICAL);
        assertThat(RiskBand.of(4)).isEqualTo(RiskBand.LOW);
        assertThat(RiskBand.of(5)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(9)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(10)).isEqualTo(RiskBand.HIGH);
        assertThat(RiskBand.of(16)).isEqualTo(RiskBand.CRITICAL);
    }

    @Test
    void listsAreCopiedSoCallersCannotChangeARecordAfterwards() {
        List<String> drivers = new ArrayList<>(List.of("team size 3"));
        Decision d = new Decision("adr-1", "T", DecisionTopic.OTHER, DecisionStatus.ACCEPTED, "c", drivers,
                List.of(A, B), A.name(), "r", null, null);
        drivers.add("changed later");

        assertThat(d.drivers()).containsExactly("team size 3");
        assertThatThrownBy(() -> d.drivers().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.consequences()).isEmpty();
        assertThat(d.chosen()).isEqualTo(A);
    }
}
