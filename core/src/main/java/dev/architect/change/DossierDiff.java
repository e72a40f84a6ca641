package dev.architect.change;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionStatus;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changed between two dossiers of the same system: decisions made and superseded, containers and relationships,
 * API operations (breaking changes called out), the data model as migration steps, the run cost at months 1 and 36,
 * risks and the roadmap. Immutable; {@link #between} is deterministic, so the same pair always gives the same diff.
 *
 * @param decisions decisions made, superseded or retired
 * @param containers containers added, removed or changed
 * @param relationships C4 relationships added, removed or changed
 * @param apis API operations added, removed or changed
 * @param data data-model changes, as migration steps
 * @param cost the run cost at months 1 and 36, before and after
 * @param risks risks added, removed or changed
 * @param roadmap roadmap phases added, removed or changed
 */
public record DossierDiff(List<DecisionChange> decisions, List<ElementChange> containers, List<ElementChange> relationships,
                          List<ApiChange> apis, List<DataChange> data, CostChange cost, List<ElementChange> risks,
                          List<ElementChange> roadmap) {

    /**
     * Copies the lists, so the value stays immutable.
     *
     * @param decisions decisions made, superseded or retired
     * @param containers containers added, removed or changed
     * @param relationships C4 relationships added, removed or changed
     * @param apis API operations added, removed or changed
     * @param data data-model changes, as migration steps
     * @param cost the run cost at months 1 and 36, before and after
     * @param risks risks added, removed or changed
     * @param roadmap roadmap phases added, removed or changed
     */
    public DossierDiff {
        decisions = List.copyOf(decisions);
        containers = List.copyOf(containers);
        relationships = List.copyOf(relationships);
        apis = List.copyOf(apis);
        data = List.copyOf(data);
        Objects.requireNonNull(cost, "cost");
        risks = List.copyOf(risks);
        roadmap = List.copyOf(roadmap);
    }

    /**
     * Whether nothing a reader of the older dossier would notice has changed.
     *
     * @return true when no decision, element, API, data, risk or roadmap change was found and the cost moved by less than a cent
     */
    public boolean isEmpty() {
        return decisions.isEmpty() && containers.isEmpty() && relationships.isEmpty() && apis.isEmpty() && data.isEmpty()
                && cost.isUnchanged() && risks.isEmpty() && roadmap.isEmpty();
    }

    /**
     * Whether any API change can break an existing client.
     *
     * @return true when any API change is marked breaking
     */
    public boolean hasBreakingApiChange() {
        return apis.stream().anyMatch(ApiChange::breaking);
    }

    /**
     * The difference from {@code before} to {@code after}.
     *
     * @param before the older dossier
     * @param after the newer dossier
     * @return the changes, element by element
     */
    public static DossierDiff between(Consultation before, Consultation after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new DossierDiff(decisions(before, after),
                elements(before.c4().containers(), after.c4().containers(), Container::id, Container::name, DossierDiff::containerDetails),
                elements(before.c4().relationships(), after.c4().relationships(), r -> r.sourceId() + " to " + r.destinationId(),
                        Relationship::description, DossierDiff::relationshipDetails),
                apis(before, after), data(before, after),
                new CostChange(before.cost().monthlyTotal(), after.cost().monthlyTotal(), month36(before.cost()), month36(after.cost())),
                elements(before.risks(), after.risks(), Risk::id, Risk::title, DossierDiff::riskDetails),
                elements(before.roadmap().phases(), after.roadmap().phases(), RoadmapPhase::id, RoadmapPhase::name,
                        DossierDiff::phaseDetails));
    }

    /** The monthly total at month 36 from the run rate; a dossier without one (older, or a model's) has only month 1. */
    static double month36(CostEstimate cost) {
        return cost.monthlyTotalAt(36).orElse(cost.monthlyTotal());
    }

    private static List<DecisionChange> decisions(Consultation before, Consultation after) {
        boolean linked = after.decisions().stream().anyMatch(d -> d.supersedes() != null || d.supersededBy() != null);
        return linked ? linkedDecisions(before, after) : decisionsBySubject(before, after);
    }

    /** A re-consultation: its decisions say what they supersede, so the links are the changes. */
    private static List<DecisionChange> linkedDecisions(Consultation before, Consultation after) {
        Map<String, Decision> old = index(before.decisions(), Decision::id);
        List<DecisionChange> changes = new ArrayList<>();
        for (Decision d : after.decisions()) {
            Decision previous = old.get(d.id());
            Decision replaced = d.supersedes() == null ? null : old.get(d.supersedes());
            if (previous == null && replaced != null) {
                changes.add(new DecisionChange(DecisionChange.Kind.SUPERSEDED, d.id(), d.title(), replaced.id(),
                        replaced.chosenOption(), d.chosenOption()));
            } else if (previous == null) {
                changes.add(new DecisionChange(DecisionChange.Kind.NEW, d.id(), d.title(), null, null, d.chosenOption()));
            } else if (previous.isInForce() && d.status() == DecisionStatus.DEPRECATED) {
                changes.add(new DecisionChange(DecisionChange.Kind.RETIRED, d.id(), d.title(), null, null, d.chosenOption()));
            }
        }
        return changes;
    }

    /** Two independent dossiers: decisions match by subject, and one whose choice or drivers moved counts as superseded. */
    private static List<DecisionChange> decisionsBySubject(Consultation before, Consultation after) {
        Map<String, Decision> old = index(before.decisions().stream().filter(Decision::isInForce).toList(), Decision::subject);
        Map<String, Decision> now = index(after.decisions().stream().filter(Decision::isInForce).toList(), Decision::subject);
        List<DecisionChange> changes = new ArrayList<>();
        now.forEach((subject, d) -> {
            Decision o = old.get(subject);
            if (o == null) {
                changes.add(new DecisionChange(DecisionChange.Kind.NEW, d.id(), d.title(), null, null, d.chosenOption()));
            } else if (!o.chosenOption().equals(d.chosenOption()) || !o.drivers().equals(d.drivers())) {
                changes.add(new DecisionChange(DecisionChange.Kind.SUPERSEDED, d.id(), d.title(), o.id(), o.chosenOption(),
                        d.chosenOption()));
            }
        });
        old.forEach((subject, o) -> {
            if (!now.containsKey(subject)) {
                changes.add(new DecisionChange(DecisionChange.Kind.RETIRED, o.id(), o.title(), null, null, o.chosenOption()));
            }
        });
        return changes;
    }

    private static <T> List<ElementChange> elements(List<T> before, List<T> after, Function<T, String> id, Function<T, String> name,
                                                    BiFunction<T, T, List<String>> details) {
        Map<String, T> old = index(before, id);
        Map<String, T> now = index(after, id);
        List<ElementChange> changes = new ArrayList<>();
        now.forEach((key, element) -> {
            T previous = old.get(key);
            if (previous == null) {
                changes.add(new ElementChange(key, name.apply(element), ChangeKind.ADDED, List.of()));
            } else if (!previous.equals(element)) {
                List<String> what = details.apply(previous, element);
                if (!what.isEmpty()) {
                    changes.add(new ElementChange(key, name.apply(element), ChangeKind.CHANGED, what));
                }
            }
        });
        old.forEach((key, element) -> {
            if (!now.containsKey(key)) {
                changes.add(new ElementChange(key, name.apply(element), ChangeKind.REMOVED, List.of()));
            }
        });
        return changes;
    }

    private static <T> Map<String, T> index(List<T> elements, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(e -> map.putIfAbsent(id.apply(e), e));
        return map;
    }

    private static void compare(List<String> out, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(what + " changed from " + before + " to " + after);
        }
    }

    private static List<String> containerDetails(Container a, Container b) {
        List<String> out = new ArrayList<>();
        compare(out, "name", a.name(), b.name());
        compare(out, "kind", a.kind(), b.kind());
        compare(out, "technology", a.technology(), b.technology());
        compare(out, "description", a.description(), b.description());
        return out;
    }

    private static List<String> relationshipDetails(Relationship a, Relationship b) {
        List<String> out = new ArrayList<>();
        compare(out, "description", a.description(), b.description());
        compare(out, "technology", a.technology(), b.technology());
        compare(out, "interaction", a.interaction(), b.interaction());
        return out;
    }

    private static List<String> riskDetails(Risk a, Risk b) {
        List<String> out = new ArrayList<>();
        compare(out, "title", a.title(), b.title());
        compare(out, "score", a.likelihood() * a.impact(), b.likelihood() * b.impact());
        compare(out, "mitigation", a.mitigation(), b.mitigation());
        compare(out, "status", a.status(), b.status());
        return out;
    }

    private static List<String> phaseDetails(RoadmapPhase a, RoadmapPhase b) {
        List<String> out = new ArrayList<>();
        compare(out, "name", a.name(), b.name());
        compare(out, "weeks", a.durationWeeks(), b.durationWeeks());
        compare(out, "goal", a.goal(), b.goal());
        compare(out, "deliverables", a.deliverables(), b.deliverables());
        return out;
    }

    // ---- APIs

    private static List<ApiChange> apis(Consultation before, Consultation after) {
        Map<String, ApiSpec> old = index(before.apis(), ApiSpec::id);
        List<ApiChange> changes = new ArrayList<>();
        for (ApiSpec spec : after.apis()) {
            ApiSpec previous = old.get(spec.id());
            List<ApiOperation> previousOps = previous == null ? List.of() : previous.operations();
            Map<String, ApiOperation> oldOps = index(previousOps, DossierDiff::operationKey);
            Map<String, ApiOperation> newOps = index(spec.operations(), DossierDiff::operationKey);
            newOps.forEach((key, op) -> {
                ApiOperation was = oldOps.get(key);
                if (was == null) {
                    changes.add(new ApiChange(spec.id(), op.operationId(), op.method().name(), op.path(), ChangeKind.ADDED, false,
                            List.of("new operation")));
                } else {
                    List<String> breaking = new ArrayList<>();
                    List<String> compatible = new ArrayList<>();
                    operationChanges(previous, was, spec, op, breaking, compatible);
                    if (!breaking.isEmpty() || !compatible.isEmpty()) {
                        List<String> reasons = new ArrayList<>(breaking);
                        reasons.addAll(compatible);
                        changes.add(new ApiChange(spec.id(), op.operationId(), op.method().name(), op.path(), ChangeKind.CHANGED,
                                !breaking.isEmpty(), reasons));
                    }
                }
            });
            oldOps.forEach((key, op) -> {
                if (!newOps.containsKey(key)) {
                    changes.add(new ApiChange(spec.id(), op.operationId(), op.method().name(), op.path(), ChangeKind.REMOVED, true,
                            List.of("operation removed: clients that call it fail")));
                }
            });
        }
        Map<String, ApiSpec> now = index(after.apis(), ApiSpec::id);
        old.forEach((id, spec) -> {
            if (!now.containsKey(id)) {
                spec.operations().forEach(op -> changes.add(new ApiChange(id, op.operationId(), op.method().name(), op.path(),
                        ChangeKind.REMOVED, true, List.of("API removed: clients that call it fail"))));
            }
        });
        return changes;
    }

    /** An operation is the same operation when its method and path are (its operationId may be renamed). */
    private static String operationKey(ApiOperation op) {
        return op.method() + " " + op.path().replaceAll("\\{[^}]*}", "{}");
    }

    private static void operationChanges(ApiSpec oldSpec, ApiOperation was, ApiSpec newSpec, ApiOperation now,
                                         List<String> breaking, List<String> compatible) {
        Map<String, ApiParameter> oldParams = index(was.parameters(), p -> p.in() + ":" + p.name());
        Map<String, ApiParameter> newParams = index(now.parameters(), p -> p.in() + ":" + p.name());
        newParams.forEach((key, p) -> {
            ApiParameter o = oldParams.get(key);
            if (o == null) {
                (p.required() ? breaking : compatible).add((p.required() ? "required" : "optional") + " parameter '" + p.name() + "' added");
            } else {
                if (p.required() && !o.required()) {
                    breaking.add("parameter '" + p.name() + "' is now required");
                }
                if (p.type() != o.type()) {
                    breaking.add("parameter '" + p.name() + "' type " + o.type() + " -> " + p.type());
                }
            }
        });
        oldParams.forEach((key, o) -> {
            if (!newParams.containsKey(key)) {
                (o.required() ? compatible : breaking).add("parameter '" + o.name() + "' removed"
                        + (o.required() ? "" : ": clients that send it may be rejected"));
            }
        });
        // Request body: what clients send. New required properties break them; removed ones may be rejected.
        schemaChanges("request", schema(oldSpec, was.requestSchema()), schema(newSpec, now.requestSchema()), true, breaking, compatible);
        if (was.requestSchema() == null && now.requestSchema() != null) {
            breaking.add("a request body is now expected");
        }
        // Responses: what clients read. A removed status or property breaks readers; additions do not.
        Map<Integer, ApiResponse> oldResponses = index(was.responses(), r -> String.valueOf(r.status())).entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(Integer.valueOf(e.getKey()), e.getValue()), Map::putAll);
        Map<Integer, ApiResponse> newResponses = new LinkedHashMap<>();
        now.responses().forEach(r -> newResponses.putIfAbsent(r.status(), r));
        oldResponses.forEach((status, r) -> {
            ApiResponse n = newResponses.get(status);
            if (n == null) {
                if (status < 400) {
                    breaking.add("response " + status + " removed");
                }
            } else {
                if (n.array() != r.array()) {
                    breaking.add("response " + status + " changed between a list and a single item");
                }
                schemaChanges("response " + status, schema(oldSpec, r.schema()), schema(newSpec, n.schema()), false, breaking, compatible);
            }
        });
        newResponses.keySet().stream().filter(s -> !oldResponses.containsKey(s))
                .forEach(s -> compatible.add("response " + s + " added"));
    }

    private static Optional<SchemaDefinition> schema(ApiSpec spec, String name) {
        return name == null ? Optional.empty() : spec.schemas().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static void schemaChanges(String where, Optional<SchemaDefinition> before, Optional<SchemaDefinition> after, boolean input,
                                      List<String> breaking, List<String> compatible) {
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        Map<String, SchemaProperty> old = index(before.get().properties(), SchemaProperty::name);
        Map<String, SchemaProperty> now = index(after.get().properties(), SchemaProperty::name);
        now.forEach((name, p) -> {
            SchemaProperty o = old.get(name);
            if (o == null) {
                if (input && p.required()) {
                    breaking.add(where + ": required property '" + name + "' added");
                } else {
                    compatible.add(where + ": property '" + name + "' added");
                }
            } else {
                if (p.type() != o.type() || !Objects.equals(p.ref(), o.ref()) || p.itemType() != o.itemType()) {
                    breaking.add(where + ": property '" + name + "' type changed");
                }
                if (input && p.required() && !o.required()) {
                    breaking.add(where + ": property '" + name + "' is now required");
                }
                if (!input && o.required() && !p.required()) {
                    breaking.add(where + ": property '" + name + "' may now be absent");
                }
                if (!input && p.nullable() && !o.nullable()) {
                    breaking.add(where + ": property '" + name + "' may now be null");
                }
            }
        });
        old.forEach((name, o) -> {
            if (!now.containsKey(name)) {
                (input ? compatible : breaking).add(where + ": property '" + name + "' removed");
            }
        });
    }

    // ---- data model

    private static List<DataChange> data(Consultation before, Consultation after) {
        Map<String, Entity> old = index(before.dataModel().entities(), Entity::name);
        Map<String, Entity> now = index(after.dataModel().entities(), Entity::name);
        List<DataChange> changes = new ArrayList<>();
        now.forEach((name, e) -> {
            Entity o = old.get(name);
            if (o == null) {
                changes.add(new DataChange(DataChange.Kind.TABLE_ADDED, name, null, e.ownerContainerId()));
                return;
            }
            if (!o.ownerContainerId().equals(e.ownerContainerId())) {
                changes.add(new DataChange(DataChange.Kind.TABLE_MOVED, name, null, o.ownerContainerId() + " -> " + e.ownerContainerId()));
            }
            Map<String, EntityField> oldFields = index(o.fields(), EntityField::name);
            Map<String, EntityField> newFields = index(e.fields(), EntityField::name);
            newFields.forEach((field, f) -> {
                EntityField was = oldFields.get(field);
                if (was == null) {
                    changes.add(new DataChange(DataChange.Kind.COLUMN_ADDED, name, field, f.type().name()));
                    return;
                }
                if (was.type() != f.type()) {
                    changes.add(new DataChange(DataChange.Kind.COLUMN_TYPE_CHANGED, name, field, was.type() + " -> " + f.type()));
                }
                if (was.nullable() && !f.nullable()) {
                    changes.add(new DataChange(DataChange.Kind.COLUMN_NOW_REQUIRED, name, field, null));
                } else if (!was.nullable() && f.nullable()) {
                    changes.add(new DataChange(DataChange.Kind.COLUMN_NOW_OPTIONAL, name, field, null));
                }
                if (!was.unique() && f.unique()) {
                    changes.add(new DataChange(DataChange.Kind.COLUMN_NOW_UNIQUE, name, field, null));
                }
            });
            oldFields.keySet().stream().filter(f -> !newFields.containsKey(f))
                    .forEach(f -> changes.add(new DataChange(DataChange.Kind.COLUMN_REMOVED, name, f, null)));
            Map<String, EntityRelation> oldRelations = index(o.relations(), r -> r.field() + "->" + r.targetEntity());
            Map<String, EntityRelation> newRelations = index(e.relations(), r -> r.field() + "->" + r.targetEntity());
            newRelations.forEach((key, r) -> {
                if (!oldRelations.containsKey(key)) {
                    changes.add(new DataChange(DataChange.Kind.FOREIGN_KEY_ADDED, name, r.field(), r.targetEntity()));
                }
            });
            oldRelations.forEach((key, r) -> {
                if (!newRelations.containsKey(key)) {
                    changes.add(new DataChange(DataChange.Kind.FOREIGN_KEY_REMOVED, name, r.field(), r.targetEntity()));
                }
            });
        });
        old.keySet().stream().filter(n -> !now.containsKey(n))
                .forEach(n -> changes.add(new DataChange(DataChange.Kind.TABLE_REMOVED, n, null, old.get(n).ownerContainerId())));
        return changes;
    }
}
