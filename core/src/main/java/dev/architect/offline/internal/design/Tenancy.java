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
    private static TenantStores.Table isolation(String owner, C4Model c4) {
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
        List<EntityField> fields = new ArrayList<>();
        List<EntityIndex> indexes = new ArrayList<>();
        for (EntityField f : e.fields()) {
            if (f.unique()) {
                // A customer's email or SKU is unique within its tenant, not across tenants.
                fields.add(new EntityField(f.name(), f.type(), f.nullable(), false, f.description(), f.columnDefault()));
                indexes.add(new EntityIndex(List.of(COLUMN, f.name()), true, "Unique within a tenant"));
            } else {
                fields.add(f);
            }
        }
        if (fields.stream().noneMatch(f -> f.name().equals(COLUMN))) {
            fields.add(Math.min(1, fields.size()), new EntityField(COLUMN, DataType.UUID, false, false,
                    sameOwner ? "The tenant that owns the row" : "Id of the tenant owned by " + owner + "; no foreign key across services"));
        }
        for (EntityIndex i : e.indexes()) {
            indexes.add(i.fields().get(0).equals(COLUMN) ? i : new EntityIndex(
                    Stream.concat(Stream.of(COLUMN), i.fields().stream()).toList(), i.unique(), i.reason()));
        }
        // Lists are read per tenant, newest first; a foreign key's own index (the DDL adds one) already covers tenant_id alone.
        if (indexes.stream().noneMatch(i -> i.fields().get(0).equals(COLUMN))) {
            if (fields.stream().anyMatch(f -> f.name().equals("created_at"))) {
                indexes.add(new EntityIndex(List.of(COLUMN, "created_at"), false, "Every list is scoped to one tenant, newest first"));
            } else if (!sameOwner) {
                indexes.add(new EntityIndex(List.of(COLUMN), false, "Every query is scoped to one tenant"));
            }
        }
        List<EntityRelation> relations = new ArrayList<>(e.relations());
        if (sameOwner && relations.stream().noneMatch(r -> r.field().equals(COLUMN))) {
            relations.add(new EntityRelation(COLUMN, table, Cardinality.MANY_TO_ONE));
        }
        List<EntityConstraint> constraints = new ArrayList<>(e.constraints());
        // a product without a row policy gets none: its container says how its keys and a guard keep tenants apart
        if (isolation.rowSecurity() && constraints.stream().noneMatch(c -> c.kind() == ConstraintKind.TENANT_ISOLATED)) {
            constraints.add(new EntityConstraint(ConstraintKind.TENANT_ISOLATED, List.of(COLUMN), isolation.how()));
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
