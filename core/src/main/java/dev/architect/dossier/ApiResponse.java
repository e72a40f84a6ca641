package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A response of an API operation. {@code schema} names a {@link SchemaDefinition} of the same spec, or is null for
 * an empty body; {@code array} when the body is a list of that schema.
 *
 * @param status the HTTP status code, 100 to 599
 * @param description what the response means
 * @param schema the name of a schema of the same spec, or null for an empty body
 * @param array whether the body is a list of that schema
 */
public record ApiResponse(int status, String description, String schema, boolean array) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param status the HTTP status code, 100 to 599
     * @param description what the response means
     * @param schema the name of a schema of the same spec, or null for an empty body
     * @param array whether the body is a list of that schema
     */
    public ApiResponse {
        String where = "response " + status;
        Invariants.range(where, "status", status, 100, 599);
        Invariants.text(where, "description", description);
        Invariants.check(!array || schema != null, where, "an array response needs a schema");
    }

    /**
     * A response with a single (not array) body of the named schema, or no body when {@code schema} is null.
     *
     * @param status the HTTP status code, 100 to 599
     * @param description what the response means
     * @param schema the name of a schema of the same spec, or null for an empty body
     * @return the response
     */
    public static ApiResponse of(int status, String description, String schema) {
        return new ApiResponse(status, description, schema, false);
    }
}
