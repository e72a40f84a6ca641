package dev.architect.deliverables.testing;

import static dev.architect.dossier.ValueType.*;

import dev.architect.dossier.*;
import dev.architect.testing.SampleDossiers;
import java.util.ArrayList;
import java.util.List;

/**
 * A consistent dossier of any size for scale tests: {@code services} service containers, each with its own
 * database, three components, an API and two entities, where every service's data refers to the previous
 * service's (foreign keys across schemas) and every service calls the next one.
 */
public final class LargeDossier {

    private LargeDossier() {
    }

    public static Consultation generate(int services) {
        Consultation base = SampleDossiers.shopFast();
        List<Container> containers = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        List<ApiSpec> apis = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        relationships.add(new Relationship("user", "svc-0", "Uses", "HTTPS", Interaction.SYNC));
        for (int i = 0; i < services; i++) {
            String svc = "svc-" + i;
            containers.add(new Container(svc, "Service " + i, "big", ContainerKind.SERVICE, "Java 17", "Capability " + i));
            containers.add(new Container("db-" + i, "Database " + i, "big", ContainerKind.DATABASE, "PostgreSQL 16", null));
            for (int k = 0; k < 3; k++) {
                components.add(new Component(svc + ".c" + k, "Module " + k + " of service " + i, svc, "Spring", null));
            }
            relationships.add(new Relationship(svc + ".c0", "db-" + i, "Reads and writes", "JDBC", Interaction.SYNC));
            relationships.add(new Relationship(svc + ".c1", svc + ".c2", "Delegates", null, Interaction.SYNC));
            if (i + 1 < services) {
                relationships.add(new Relationship(svc + ".c2", "svc-" + (i + 1) + ".c0", "Publishes events", "Kafka", Interaction.ASYNC));
            }
            apis.add(new ApiSpec("api-" + i, "Service " + i + " API", "1.0.0", svc, null, "/s" + i, ApiAuth.values()[i % ApiAuth.values().length],
                    List.of(new ApiOperation("list" + i, HttpMethod.GET, "/items", "List items", null, List.of("items"), List.of(),
                                    null, List.of(new ApiResponse(200, "Items", "Item", true)), true),
                            new ApiOperation("get" + i, HttpMethod.GET, "/items/{itemId}", "Get an item", null, List.of("items"),
                                    List.of(new ApiParameter("itemId", ParameterLocation.PATH, UUID, true, null)), null,
                                    List.of(ApiResponse.of(200, "The item", "Item"), ApiResponse.of(404, "Not found", null)), true)),
                    List.of(new SchemaDefinition("Item", null, List.of(SchemaProperty.of("id", UUID, true),
                            new SchemaProperty("note", STRING, null, null, false, true, null))))));
            List<EntityRelation> toPrevious = i == 0 ? List.of()
                    : List.of(new EntityRelation("parent_id", "item_" + (i - 1), Cardinality.MANY_TO_ONE));
            entities.add(new Entity("item_" + i, svc, null, List.of(EntityField.of("id", DataType.UUID),
                    new EntityField("parent_id", DataType.UUID, true, false, null)), List.of("id"), toPrevious));
            entities.add(new Entity("line_" + i, svc, null, List.of(EntityField.of("id", DataType.BIGINT),
                    EntityField.of("item_id", DataType.UUID)), List.of("id"),
                    List.of(new EntityRelation("item_id", "item_" + i, Cardinality.MANY_TO_ONE))));
        }
        C4Model c4 = new C4Model(List.of(new Person("user", "User", null, true)),
                List.of(new SoftwareSystem("big", "Big system", null, false)), containers, components, relationships);
        SequenceDiagram flow = new SequenceDiagram("flow", "Request through every service", null,
                containers.stream().filter(c -> c.kind() == ContainerKind.SERVICE).map(Container::id).toList(),
                containers.stream().filter(c -> c.kind() == ContainerKind.SERVICE).skip(1)
                        .map(c -> new SequenceStep("svc-0", c.id(), "Call " + c.name(), MessageKind.SYNC)).toList());
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            risks.add(new Risk("risk-" + i, "Risk " + i, null, i / 5 + 1, i % 5 + 1, "Mitigate", "Owner", RiskStatus.OPEN, List.of(), List.of()));
        }
        OperationsPlan ops = new OperationsPlan(List.of(), List.of("RED metrics"), List.of(), base.operations().backupAndRecovery(),
                List.of(), List.of(), List.of());
        CostEstimate cost = new CostEstimate("USD", List.of(), 0, 0, null, List.of());
        return new Consultation("Big system", "A large generated dossier", base.requirements(), List.of(), c4,
                services > 1 ? List.of(flow) : List.of(), apis, new DataModel(entities), List.of(), risks, ops,
                base.capacity(), cost, base.roadmap(), null, base.metadata());
    }
}
