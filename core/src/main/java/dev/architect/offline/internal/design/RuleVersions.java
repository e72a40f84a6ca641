package dev.architect.offline.internal.design;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Cardinality;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.HttpMethod;
import dev.architect.offline.internal.design.RuleInvariants.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a rule that a record is never changed once written ({@link RuleInvariants.Kind#IMMUTABLE}: "once signed, a
 * contract is never altered", "published results are never overwritten") lands: what was written lives in a version table
 * whose rows the database refuses to UPDATE or DELETE (a trigger), one row per (record, version); the record's PUT, PATCH
 * and DELETE are gone and a correction is {@code POST .../{id}/versions} naming the version it corrects; a stated
 * retention ("kept 10 years") is each version's {@code retain_until}.
 */
final class RuleVersions {

    /** The record with its latest version number, its version table, and what keeps the rule: a statement and a transaction step. */
    record Versioned(Entity record, Entity table, String keeper, String step) {
    }

    private RuleVersions() {
    }

    /**
     * The version table of a record that is never changed, and the record with its latest version number. Where the model
     * has the table already (a draft shape's saved versions), it is kept and made append-only, with its unique (record,
     * version) and the retention.
     *
     * @param e the record the rule binds to
     * @param r the rule, with the years a version is kept (0: none stated)
     * @param reason the client's sentence, quoted, the constraints' reason
     * @param existing the model's table of that name, or null
     */
    static Versioned versions(Entity e, Rule r, String reason, Entity existing) {
        String table = e.name() + "_version";
        String ref = e.name() + "_id";
        String noun = e.name().replace('_', ' ');
        Entity versions = existing != null ? existing : new Entity(table, e.ownerContainerId(), "Every version of a " + noun + ", append-only: " + reason,
                List.of(EntityField.of("id", DataType.UUID),
                        new EntityField(ref, DataType.UUID, false, false, "The " + noun + " this is a version of"),
                        new EntityField("version", DataType.INTEGER, false, false, "1 for what was first written, one more for each correction"),
                        new EntityField("content", DataType.JSON, false, false, "The " + noun + " as written at this version, never changed"),
                        new EntityField("content_sha256", DataType.TEXT, false, false, "The hash of the content, to prove years later it is the same"),
                        new EntityField("supersedes_id", DataType.UUID, true, false, "The version this one corrects; none for the first"),
                        new EntityField("reason", DataType.TEXT, true, false, "Why the correction was made"),
                        EntityField.of("created_by", DataType.UUID), EntityField.of("created_at", DataType.TIMESTAMP)),
                List.of("id"), List.of(new EntityRelation(ref, e.name(), Cardinality.MANY_TO_ONE),
                        new EntityRelation("supersedes_id", table, Cardinality.MANY_TO_ONE)),
                // no unique index on supersedes_id: SQL Server's would admit one first version (one NULL) per table; the
                // unique (record, version) already refuses two corrections racing for the same next version
                List.of(),
                List.of(new EntityConstraint(ConstraintKind.POSITIVE, List.of("version"), "versions count from 1")));
        if (versions.field(ref).isPresent() && versions.field("version").isPresent()) {
            versions = RuleLandings.withIndex(versions, new EntityIndex(List.of(ref, "version"), true, "one row per version of a " + noun));
        }
        if (r.years() > 0) {
            versions = RuleLandings.withField(versions, new EntityField("retain_until", DataType.DATE, false, false, "Written plus " + r.years()
                    + " years: kept until then, " + reason));
        }
        if (versions.constraints().stream().noneMatch(c -> c.kind() == ConstraintKind.APPEND_ONLY)) {
            List<EntityConstraint> constraints = new ArrayList<>(versions.constraints());
            constraints.add(new EntityConstraint(ConstraintKind.APPEND_ONLY, List.of(), List.of(), reason));
            versions = new Entity(versions.name(), versions.ownerContainerId(), versions.description(), versions.fields(), versions.primaryKey(),
                    versions.relations(), versions.indexes(), constraints);
        }
        Entity record = RuleLandings.withField(e, new EntityField("current_version", DataType.INTEGER, false, false,
                "The latest version in " + table + "; what was written is read from there, never from this row"));
        String kept = r.years() > 0 ? "; each version carries retain_until, " + r.years() + " years after it was written" : "";
        List<String> columns = versions.fields().stream().map(EntityField::name).filter(n -> !n.equals("id") && !n.equals(ref) && !n.equals("version"))
                .toList();
        return new Versioned(record, versions, "each version of a " + noun + " is a row of " + table + " (unique " + ref + ", version) that a trigger"
                + " refuses to UPDATE or DELETE, the " + noun + "'s PUT, PATCH and DELETE do not exist, and a correction is POST .../versions naming"
                + " the version it corrects, refused with 409 when that is no longer the latest" + kept,
                "insert into " + table + " (" + ref + ", version, " + String.join(", ", columns) + ") values (:id, :latest + 1, ...): the unique ("
                        + ref + ", version) refuses a second correction of the same version, and the table refuses UPDATE and DELETE");
    }

    /**
     * The spec without the record's PUT, PATCH and DELETE, with {@code POST {item}/versions} for a correction, which
     * answers the refusal when the version it corrects is no longer the latest; a spec that does not serve the record is
     * returned as it is.
     *
     * @param s the API specification
     * @param entity the record's table
     * @param status the status a stale correction gets
     * @param refusal the refusal's description, quoting the rule
     */
    static ApiSpec versioned(ApiSpec s, String entity, int status, String refusal) {
        Set<String> named = RuleLandings.segments(entity);
        List<ApiOperation> kept = new ArrayList<>();
        ApiOperation change = null;
        ApiOperation item = null;
        ApiOperation create = null;
        for (ApiOperation o : s.operations()) {
            String[] parts = o.path().split("/");
            // the record's segment, after any scope ("/tenants/{tenantId}/leases/{leaseId}")
            int at = 1;
            while (at < parts.length && !named.contains(parts[at])) {
                at++;
            }
            boolean mine = at < parts.length;
            boolean onItem = mine && parts.length == at + 2 && parts[at + 1].startsWith("{");
            if (onItem && (o.method() == HttpMethod.PUT || o.method() == HttpMethod.PATCH || o.method() == HttpMethod.DELETE)) {
                if (change == null && o.method() != HttpMethod.DELETE) {
                    change = o;
                }
                continue;
            }
            if (onItem && o.method() == HttpMethod.GET && item == null) {
                item = o;
            }
            if (mine && parts.length == at + 1 && o.method() == HttpMethod.POST && create == null) {
                create = o;
            }
            kept.add(o);
        }
        String body = change != null && change.requestSchema() != null ? change.requestSchema() : create == null ? null : create.requestSchema();
        // a correction carries the record's body: where the spec has none to send (a placeholder), only the changes go
        if (item == null || body == null) {
            return kept.size() == s.operations().size() ? s : new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(),
                    s.basePath(), s.auth(), kept, s.schemas());
        }
        ApiOperation from = change != null ? change : item;
        boolean problem = s.schemas().stream().anyMatch(d -> d.name().equals("Problem"));
        List<ApiResponse> responses = new ArrayList<>();
        for (ApiResponse x : from.responses()) {
            if (x.status() == 200) {
                responses.add(new ApiResponse(201, "The new version; the earlier ones still read as they were", x.schema(), x.array()));
            } else if (x.status() != status && x.status() != 201) {
                responses.add(x);
            }
        }
        responses.add(ApiResponse.of(status, refusal + "; the version it corrects is no longer the latest", problem ? "Problem" : null));
        responses.sort(Comparator.comparingInt(ApiResponse::status));
        Set<String> ids = new HashSet<>();
        kept.forEach(o -> ids.add(o.operationId()));
        String id = "add" + Names.pascal(entity) + "Version";
        for (int n = 2; !ids.add(id); n++) {
            id = "add" + Names.pascal(entity) + "Version" + n;
        }
        kept.add(kept.indexOf(item) + 1, new ApiOperation(id, HttpMethod.POST, item.path() + "/versions", "Correct a " + entity.replace('_', ' ')
                + " with a new version", "Never changes a stored version: the correction is a new version linked to the one it corrects",
                item.tags(), item.parameters().stream().filter(p -> p.in() == dev.architect.dossier.ParameterLocation.PATH).toList(), body,
                responses, false));
        return new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(), s.basePath(), s.auth(), kept, s.schemas());
    }
}
