package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTTP API one container exposes, rendered as an OpenAPI 3.1 document. Operation ids, method-and-path pairs and
 * schema names are unique within the spec, and every schema an operation or property names is defined here.
 *
 * @param id the API id, unique within the dossier
 * @param title the API title
 * @param version the API version, e.g. {@code 1.0.0}
 * @param containerId the id of the container that exposes it
 * @param description what the API is for; may be null
 * @param basePath the path prefix of every operation, e.g. {@code /api/v1}; empty or null for none
 * @param auth how callers authenticate
 * @param operations the operations, at least one
 * @param schemas the request and response body schemas the operations name
 */
public record ApiSpec(
        String id,
        String title,
        String version,
        String containerId,
        String description,
        String basePath,
        ApiAuth auth,
        List<ApiOperation> operations,
        List<SchemaDefinition> schemas) {

    /** Schema names become OpenAPI component keys: {@code ^[a-zA-Z0-9._-]+$}. */
    public static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the API id, unique within the dossier
     * @param title the API title
     * @param version the API version, e.g. {@code 1.0.0}
     * @param containerId the id of the container that exposes it
     * @param description what the API is for; may be null
     * @param basePath the path prefix of every operation, e.g. {@code /api/v1}; empty or null for none
     * @param auth how callers authenticate
     * @param operations the operations, at least one
     * @param schemas the request and response body schemas the operations name
     */
    public ApiSpec {
        String where = Invariants.quoted("api", Invariants.id("api", id));
        Invariants.text(where, "title", title);
        Invariants.text(where, "version", version);
        Invariants.text(where, "containerId", containerId);
        Invariants.check(basePath == null || basePath.matches("(/[A-Za-z0-9._~-]+)*"), where,
                "basePath '" + basePath + "' must be empty or like /api/v1");
        Invariants.required(where, "auth", auth);
        operations = Invariants.nonEmptyList(where, "operations", operations);
        schemas = Invariants.list(where, "schemas", schemas);
        Invariants.unique(where, "operationId", operations.stream().map(ApiOperation::operationId).toList());
        Invariants.unique(where, "operation", operations.stream().map(o -> o.method() + " " + o.path()).toList());
        Invariants.unique(where, "schema", schemas.stream().map(SchemaDefinition::name).toList());
        Set<String> defined = new HashSet<>(schemas.stream().map(SchemaDefinition::name).toList());
        for (ApiOperation o : operations) {
            String op = where + " operation '" + o.operationId() + "'";
            Invariants.check(o.requestSchema() == null || defined.contains(o.requestSchema()), op,
                    "request schema '" + o.requestSchema() + "' is not defined; defined: " + defined);
            for (ApiResponse r : o.responses()) {
                Invariants.check(r.schema() == null || defined.contains(r.schema()), op,
                        "response " + r.status() + " schema '" + r.schema() + "' is not defined; defined: " + defined);
            }
        }
        for (SchemaDefinition s : schemas) {
            for (SchemaProperty p : s.properties()) {
                Invariants.check(p.ref() == null || defined.contains(p.ref()), where + " schema '" + s.name() + "'",
                        "property '" + p.name() + "' refers to undefined schema '" + p.ref() + "'");
            }
        }
    }

    /**
     * The schema of this spec with a name.
     *
     * @param name the schema name
     * @return the schema, or empty when the spec defines none by that name
     */
    public Optional<SchemaDefinition> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
