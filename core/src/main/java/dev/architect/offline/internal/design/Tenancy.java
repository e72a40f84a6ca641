package dev.architect.offline.internal.design;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Cardinality;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.ValueType;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Multi-tenancy of a B2B product, from tenancy.yaml: each tenant-owned table carries {@code tenant_id} (a foreign key
 * where the tenant table shares its owner), indexes lead with it, uniqueness holds per tenant, the database isolates
 * tenants by a mechanism its product has ({@code TENANT_ISOLATED}, a row policy, where it has one; see {@link TenantStores}),
 * and every API operation is scoped by the tenant in its path.
 */
final class Tenancy {

    static final String COLUMN = "tenant_id";

    record Rules(List<String> phrases, List<String> tenantResources, List<String> systemTables) {
    }

    private static final class Holder {
        static final Rules RULES = load();
    }

    /** Reads, once per JVM, the files a multi-tenant design reads (the tenancy rules, how each store keeps tenants apart). */
    static void readFiles() {
        java.util.Objects.requireNonNull(Holder.RULES, "tenancy rules");
        TenantStores.tables("");
    }

    private static Rules load() {
        return dev.architect.offline.internal.catalog.DataFiles.shipped("/dev/architect/offline/tenancy.yaml", Rules.class, "tenancy rules");
    }

    private final String table;
    private final String owner;
    private final String collectionPath;
    private final String idParameter;
    private final boolean ownTable;

    private Tenancy(String table, String owner, String collectionPath, String idParameter, boolean ownTable) {
        this.table = table;
        this.owner = owner;
        this.collectionPath = collectionPath;
        this.idParameter = idParameter;
        this.ownTable = ownTable;
    }

    /** The tenancy of a request that describes a multi-tenant B2B product, or empty. */
    static Optional<Tenancy> of(ConsultationRequest request, Topology t) {
        Rules rules = Holder.RULES;
        boolean named = Stream.concat(Stream.concat(Stream.of(request.description()), request.goals().stream()), request.capabilities().stream())
                .filter(text -> text != null).anyMatch(text -> Words.of(text).firstMatch(rules.phrases()).isPresent());
        if (!named) {
            return Optional.empty();
        }
        Optional<Topology.Capability> tenant = t.capabilities.stream()
                .filter(c -> rules.tenantResources().contains(c.resource().singular())).findFirst();
        return Optional.of(tenant.map(c -> new Tenancy(c.resource().table(), c.writerId(), "/" + c.resource().plural(),
                        c.resource().idParameter(), false))
                .orElseGet(() -> new Tenancy("tenant", t.units.get(0).id(), "/tenants", "tenantId", true)));
    }

    /**
     * The data model with the tenant table (when no capability is the tenant) and every tenant-owned table keyed by tenant,
     * isolated by the mechanism the database holding it has (tenant-stores.yaml {@code tables}).
     */
    DataModel scope(DataModel model, C4Model c4) {
        List<Entity> out = new ArrayList<>();
        if (ownTable && model.entities().stream().noneMatch(e -> e.name().equals(table))) {
            out.add(new Entity(table, owner, "A customer organisation using the product; every tenant-owned row points to one",
                    List.of(EntityField.of("id", DataType.UUID), EntityField.of("name", DataType.TEXT),
                            EntityField.of("created_at", DataType.TIMESTAMP)), List.of("id"), List.of()));
        }
        for (Entity e : model.entities()) {
            out.add(e.name().equals(table) || Holder.RULES.systemTables().contains(e.name()) ? e : scope(e, isolation(e.ownerContainerId(), c4)));
        }
        return new DataModel(out);
    }

    /**
     * How the database an owner's tables live in keeps tenants apart. Of the databases it uses (else the design's), the
     * tables live in the first whose product the tables entries name, else in a relational one (no stores entry speaks
     * of it), else in the first; the entry for any other product when the design has no database.
     */
    static TenantStores.Table isolation(String owner, C4Model c4) {
        Map<String, Container> byId = c4.containers().stream().collect(Collectors.toMap(Container::id, k -> k, (a, b) -> a));
        List<Container> used = c4.relationships().stream().filter(r -> r.sourceId().equals(owner)).map(r -> byId.get(r.destinationId()))
                .filter(k -> k != null && k.kind() == ContainerKind.DATABASE).toList();
        List<Container> candidates = used.isEmpty() ? c4.containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE).toList() : used;
        return candidates.stream().filter(k -> !TenantStores.tables(k.technology()).products().isEmpty()).findFirst()
                .or(() -> candidates.stream().filter(k -> TenantStores.how(k).isEmpty()).findFirst())
                .or(() -> candidates.stream().findFirst()).map(TenantStores::tables).orElseGet(() -> TenantStores.tables(""));
    }

    private Entity scope(Entity e, TenantStores.Table isolation) {
        boolean sameOwner = e.ownerContainerId().equals(owner);
        return keyed(e, COLUMN, "tenant", sameOwner ? "The tenant that owns the row" : "Id of the tenant owned by " + owner + "; no foreign key across services",
                sameOwner ? table : null, isolation.rowSecurity() ? isolation.how() : null);
    }

    /**
     * The entity keyed by a scope (a tenant, or the council, matter or branch an access rule scopes records to): the scope's
     * column second, every unique field unique within the scope, every index led by it, a list index (scope, created_at), a
     * foreign key to the scope's table when one is given, and where a row policy is wanted (its reason given) a
     * {@code TENANT_ISOLATED} constraint on the column, unless the table already has one.
     *
     * @param e the entity
     * @param column the scope's column ("tenant_id", "council_id")
     * @param scope the scope's noun, for the reasons ("tenant", "council")
     * @param description the column's description
     * @param target the table the column refers to, or null for none (another service's, or none in the model)
     * @param policy the reason of the row policy, or null where the store has none
     * @return the keyed entity
     */
    static Entity keyed(Entity e, String column, String scope, String description, String target, String policy) {
        List<EntityField> fields = new ArrayList<>();
        List<EntityIndex> indexes = new ArrayList<>();
        for (EntityField f : e.fields()) {
            if (f.unique()) {
                // A customer's email or SKU is unique within its tenant, not across tenants.
                fields.add(new EntityField(f.name(), f.type(), f.nullable(), false, f.description(), f.columnDefault()));
                indexes.add(new EntityIndex(List.of(column, f.name()), true, "Unique within a " + scope));
            } else {
                fields.add(f);
            }
        }
        if (fields.stream().noneMatch(f -> f.name().equals(column))) {
            fields.add(Math.min(1, fields.size()), new EntityField(column, DataType.UUID, false, false, description));
        }
        for (EntityIndex i : e.indexes()) {
            indexes.add(i.fields().get(0).equals(column) ? i : new EntityIndex(
                    Stream.concat(Stream.of(column), i.fields().stream().filter(f -> !f.equals(column))).toList(), i.unique(), i.reason()));
        }
        // Lists are read per scope, newest first; a foreign key's own index (the DDL adds one) already covers the column alone.
        if (indexes.stream().noneMatch(i -> i.fields().get(0).equals(column))) {
            if (fields.stream().anyMatch(f -> f.name().equals("created_at"))) {
                indexes.add(new EntityIndex(List.of(column, "created_at"), false, "Every list is scoped to one " + scope + ", newest first"));
            } else if (target == null) {
                indexes.add(new EntityIndex(List.of(column), false, "Every query is scoped to one " + scope));
            }
        }
        List<EntityRelation> relations = new ArrayList<>(e.relations());
        if (target != null && relations.stream().noneMatch(r -> r.field().equals(column))) {
            relations.add(new EntityRelation(column, target, Cardinality.MANY_TO_ONE));
        }
        List<EntityConstraint> constraints = new ArrayList<>(e.constraints());
        // a product without a row policy gets none: its container says how its keys and a guard keep tenants apart
        if (policy != null && constraints.stream().noneMatch(c -> c.kind() == ConstraintKind.TENANT_ISOLATED)) {
            constraints.add(new EntityConstraint(ConstraintKind.TENANT_ISOLATED, List.of(column), policy));
        }
        return new Entity(e.name(), e.ownerContainerId(), e.description(), fields, e.primaryKey(), relations, indexes, constraints);
    }

    /** A path scoped by the tenant, unless it is the tenant collection's own. */
    String scopePath(String path) {
        if (path.equals(collectionPath) || path.startsWith(collectionPath + "/")) {
            return path;
        }
        String prefix = collectionPath + "/{" + idParameter + "}";
        return path.equals("/") ? prefix : prefix + path;
    }

    /** The APIs with every operation outside the tenant collection scoped by the tenant in its path. */
    List<ApiSpec> scope(List<ApiSpec> apis) {
        List<ApiSpec> out = new ArrayList<>();
        for (ApiSpec s : apis) {
            List<ApiOperation> ops = new ArrayList<>();
            for (ApiOperation o : s.operations()) {
                if (o.path().equals(collectionPath) || o.path().startsWith(collectionPath + "/")) {
                    ops.add(o);
                    continue;
                }
                List<ApiParameter> params = new ArrayList<>();
                params.add(new ApiParameter(idParameter, ParameterLocation.PATH, ValueType.UUID, true,
                        "The tenant the call acts for; must match the tenant of the caller's token", null, null));
                params.addAll(o.parameters());
                ops.add(new ApiOperation(o.operationId(), o.method(), scopePath(o.path()), o.summary(),
                        o.description(), o.tags(), params, o.requestSchema(), o.responses(), o.idempotent()));
            }
            out.add(new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(), s.basePath(), s.auth(), ops, s.schemas()));
        }
        return out;
    }
}
