package dev.architect.testing;

import dev.architect.dossier.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Seeded random dossiers that satisfy every invariant and every {@link dev.architect.validation.DossierValidator}
 * reference rule, for round-trip, fuzz and benchmark use. Text mixes ASCII, accents, emoji, quotes and markup so
 * that writers and renderers meet awkward input. Same seed, same dossier.
 */
public final class RandomDossiers {

    private static final String[] WORDS = {"order", "catalog", "ledger", "Zürich", "naïve", "\"quoted\"", "it's", "<b>bold</b>",
            "50%", "a|b", "emoji 🚀", "back\\slash", "[link](x)", "tab\there", "日本語", "`code`", "#hash", "{brace}", "line\nbreak"};

    private final Random random;
    private final int scale;

    private RandomDossiers(Random random, int scale) {
        this.random = random;
        this.scale = scale;
    }

    /** A dossier of modest size (a few of each element). */
    public static Consultation generate(long seed) {
        return new RandomDossiers(new Random(seed), 1).dossier();
    }

    /**
     * A dossier about {@code scale} times the modest size; scale 12 gives roughly 50 containers, 300 relationships,
     * 40 ADRs, 200 API operations and 100 entities.
     */
    public static Consultation generate(long seed, int scale) {
        return new RandomDossiers(new Random(seed), Math.max(1, scale)).dossier();
    }

    private int count(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private String text() {
        int n = count(1, 6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private String maybe(String s) {
        return random.nextInt(4) == 0 ? null : s;
    }

    private <T> List<T> list(int min, int max, IntFunction<T> element) {
        return IntStream.range(0, count(min, max)).mapToObj(element).toList();
    }

    /** Between {@code min} and {@code perScale} elements at scale 1; exactly {@code perScale x scale} when scaled up. */
    private <T> List<T> many(int min, int perScale, IntFunction<T> element) {
        return scale == 1 ? list(min, perScale, element) : IntStream.range(0, perScale * scale).mapToObj(element).toList();
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private double money(int max) {
        return random.nextInt(max * 100) / 100.0;
    }

    private Consultation dossier() {
        List<Person> people = many(1, 3, i -> new Person("person-" + i, text(), maybe(text()), random.nextBoolean()));
        List<SoftwareSystem> systems = new ArrayList<>();
        systems.add(new SoftwareSystem("system", text(), text(), false));
        systems.addAll(many(0, 3, i -> new SoftwareSystem("ext-" + i, text(), maybe(text()), true)));
        List<Container> containers = many(2, 5, i -> new Container("container-" + i, text(), "system",
                pick(ContainerKind.class), text(), maybe(text())));
        List<Component> components = many(0, 6, i -> new Component("component-" + i, text(),
                pick(containers).id(), maybe(text()), maybe(text())));
        List<String> elementIds = new ArrayList<>();
        people.forEach(p -> elementIds.add(p.id()));
        systems.forEach(s -> elementIds.add(s.id()));
        containers.forEach(c -> elementIds.add(c.id()));
        List<Relationship> relationships = new ArrayList<>();
        // Chain every container so none is unused, then add random edges between siblings or outside elements.
        for (int i = 0; i + 1 < containers.size(); i++) {
            relationships.add(new Relationship(containers.get(i).id(), containers.get(i + 1).id(), text(), maybe(text()), pick(Interaction.class)));
        }
        relationships.add(new Relationship(people.get(0).id(), containers.get(0).id(), text(), "HTTPS", Interaction.SYNC));
        int extra = scale == 1 ? count(0, 20) : 25 * scale;
        for (int i = 0; i < extra; i++) {
            String from = pick(elementIds);
            String to = pick(elementIds);
            if (!from.equals(to) && !from.equals("system") && !to.equals("system")) {
                relationships.add(new Relationship(from, to, text(), maybe(text()), pick(Interaction.class)));
            }
        }
        List<Decision> decisions = many(0, 4, i -> decision("adr-" + i, elementIds));
        List<String> decisionIds = decisions.stream().map(Decision::id).toList();
        List<SequenceDiagram> sequences = many(0, 2, i -> sequence("seq-" + i, elementIds));
        List<ApiSpec> apis = many(0, 2, i -> api(i, pick(containers).id()));
        DataModel dataModel = new DataModel(entities(containers));
        List<TechChoice> stack = many(0, 4, i -> new TechChoice(pick(TechCategory.class), text(), list(0, 2, j -> "Alternative " + i + "." + j), text(),
                decisionIds.isEmpty() || random.nextBoolean() ? null : pick(decisionIds)));
        List<Risk> risks = many(0, 4, i -> new Risk("risk-" + i, text(), maybe(text()), count(1, 5), count(1, 5), text(), text(),
                pick(RiskStatus.class), decisionIds.isEmpty() ? List.of() : List.of(pick(decisionIds)), List.of(pick(elementIds))));
        List<ServiceLevelObjective> slos = list(0, 3, i -> new ServiceLevelObjective("slo-" + i, text(), text(),
                90 + random.nextInt(1000) / 100.0, "30 days", random.nextBoolean() ? pick(containers).id() : null));
        List<Alert> alerts = list(0, 3, i -> new Alert("alert-" + i, text(), pick(AlertSeverity.class), text(),
                slos.isEmpty() ? null : pick(slos).id()));
        OperationsPlan ops = new OperationsPlan(slos, list(0, 3, i -> text()), alerts,
                new BackupAndRecovery(text(), count(0, 60), count(0, 600), text(), text(), text()),
                list(0, 2, i -> text()), list(0, 2, i -> text()), list(0, 2, i -> text()));
        CapacityPlan capacity = new CapacityPlan(list(0, 5, i -> new Estimate("est-" + i, text(), random.nextInt(1_000_000) / 10.0, "units", text())));
        List<CostLineItem> items = many(0, 5, i -> {
            double quantity = count(1, 20);
            double unitPrice = money(900);
            return new CostLineItem("item-" + i, text(), random.nextBoolean() ? pick(containers).id() : null, quantity, "month",
                    unitPrice, Math.round(quantity * unitPrice * 100) / 100.0, text());
        });
        double monthly = Math.round(items.stream().mapToDouble(CostLineItem::monthly).sum() * 100) / 100.0;
        CostEstimate cost = new CostEstimate("USD", items, monthly, Math.round(monthly * 36 * 100) / 100.0, "2026-10-01", list(0, 2, i -> text()));
        List<RoadmapPhase> phases = new ArrayList<>();
        int phaseCount = count(1, 4);
        for (int i = 0; i < phaseCount; i++) {
            phases.add(new RoadmapPhase("phase-" + i, text(), text(), count(1, 26), list(0, 3, j -> text()), list(1, 3, j -> text()),
                    i == 0 ? List.of() : List.of("phase-" + random.nextInt(i))));
        }
        MigrationPlan migration = random.nextBoolean() ? null : new MigrationPlan(pick(MigrationStrategy.class), text(),
                list(1, 4, i -> new MigrationStep("step-" + i, text(), text(), list(0, 2, j -> text()))), text(), list(0, 2, i -> text()));
        Requirements requirements = new Requirements(
                many(0, 4, i -> new FunctionalRequirement("fr-" + i, text(), maybe(text()), pick(Priority.class))),
                list(0, 4, i -> new QualityAttribute("qa-" + i, pick(QualityAttributeType.class), text(), text(), random.nextInt(10_000) / 4.0, "ms")),
                list(0, 3, i -> text()),
                list(0, 4, i -> new Assumption("as-" + i, "load.peakRequestsPerSecond", text(), maybe(text()))),
                list(0, 2, i -> new OpenQuestion("oq-" + i, text(), maybe(text()), List.of("Yes", "No"), random.nextBoolean() ? "Yes" : null)));
        Metadata metadata = new Metadata(pick(List.of("offline", "openai", "ollama")), maybe(text()), "1", random.nextInt(100_000),
                random.nextInt(50_000), random.nextInt(60_000), list(0, 4, i -> new StageMetrics("stage-" + i, count(1, 3),
                random.nextInt(9_000), random.nextInt(9_000), random.nextInt(9_000))), list(0, 2, i -> text()));
        return new Consultation(text(), text(), requirements, decisions,
                new C4Model(people, systems, containers, components, relationships), sequences, apis, dataModel, stack, risks,
                ops, capacity, cost, new Roadmap(phases), migration, metadata);
    }

    private Decision decision(String id, List<String> elementIds) {
        List<DecisionOption> options = list(2, 3, i -> new DecisionOption("Option " + i + " " + text(), maybe(text()),
                list(1, 3, j -> text()), list(1, 3, j -> text()), text(), pick(Complexity.class)));
        return new Decision(id, text(), pick(DecisionTopic.class), pick(DecisionStatus.class), text(), list(0, 3, i -> text()),
                options, pick(options).name(), text(), list(0, 3, i -> new Consequence(pick(ConsequenceKind.class), text())),
                list(0, 2, i -> pick(elementIds)).stream().distinct().toList());
    }

    private SequenceDiagram sequence(String id, List<String> elementIds) {
        List<String> participants = list(2, 5, i -> pick(elementIds)).stream().distinct().toList();
        return new SequenceDiagram(id, text(), maybe(text()), participants,
                list(1, 8, i -> new SequenceStep(pick(participants), pick(participants), text(), pick(MessageKind.class))));
    }

    private ApiSpec api(int index, String containerId) {
        List<SchemaDefinition> schemas = list(1, 4, i -> new SchemaDefinition("Schema" + index + "x" + i, maybe(text()),
                list(1, 5, j -> SchemaProperty.of("p" + j, pick(List.of(ValueType.STRING, ValueType.INTEGER, ValueType.UUID,
                        ValueType.DATE_TIME, ValueType.BOOLEAN)), random.nextBoolean()))));
        List<ApiOperation> operations = (scale == 1 ? list(1, 6, i -> i) : IntStream.range(0, 10).boxed().toList()).stream().map(i -> {
            boolean item = random.nextBoolean();
            String path = "/res" + i + (item ? "/{id}" : "");
            List<ApiParameter> params = item ? List.of(new ApiParameter("id", ParameterLocation.PATH, ValueType.UUID, true, maybe(text())))
                    : List.of(new ApiParameter("limit", ParameterLocation.QUERY, ValueType.INTEGER, false, maybe(text())));
            HttpMethod method = item ? pick(List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)) : pick(List.of(HttpMethod.GET, HttpMethod.POST));
            String body = method == HttpMethod.POST || method == HttpMethod.PUT ? pick(schemas).name() : null;
            return new ApiOperation("op" + index + "x" + i, method, path, text(), maybe(text()), List.of("t" + random.nextInt(3)), params,
                    body, List.of(new ApiResponse(200, text(), pick(schemas).name(), !item), ApiResponse.of(404, text(), null)), method != HttpMethod.POST);
        }).toList();
        return new ApiSpec("api-" + index, text(), "1." + index + ".0", containerId, maybe(text()), random.nextBoolean() ? "/api/v1" : null,
                pick(ApiAuth.class), operations, schemas);
    }

    private List<Entity> entities(List<Container> containers) {
        List<Entity> entities = new ArrayList<>();
        int n = scale == 1 ? count(0, 8) : 9 * scale;
        for (int i = 0; i < n; i++) {
            List<EntityField> fields = new ArrayList<>();
            fields.add(EntityField.of("id", DataType.UUID));
            int extra = count(0, 5);
            for (int j = 0; j < extra; j++) {
                fields.add(new EntityField("f" + j, pick(DataType.class), random.nextBoolean(), random.nextInt(5) == 0, maybe(text())));
            }
            List<EntityRelation> relations = new ArrayList<>();
            if (i > 0 && random.nextBoolean()) {
                Entity target = entities.get(random.nextInt(i));
                fields.add(EntityField.of("ref_id", DataType.UUID));
                relations.add(new EntityRelation("ref_id", target.name(), pick(Cardinality.class)));
            }
            // Owned by the container of the entity it refers to, so no shared-database warning arises.
            String owner = relations.isEmpty() ? pick(containers).id()
                    : entities.stream().filter(e -> e.name().equals(relations.get(0).targetEntity())).findFirst().orElseThrow().ownerContainerId();
            entities.add(new Entity("entity_" + i, owner, maybe(text()), fields, List.of("id"), relations));
        }
        return entities;
    }
}
