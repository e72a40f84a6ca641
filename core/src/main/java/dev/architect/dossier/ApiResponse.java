package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A response of an API operation. {@code schema} names a {@link SchemaDefinition} of the same spec, or is null for
 * an empty body; {@code array} when the body is a list of that schema.
 */
public record ApiResponse(int status, String description, String schema, boolean array) {

    public ApiResponse {
        String where = "response " + status;
        Invariants.range(where, "status", status, 100, 599);
        Invariants.text(where, "description", description);
        Invariants.check(!array || schema != null, where, "an array response needs a schema");
    }

    public static ApiResponse of(int status, String description, String schema) {
        return new ApiResponse(status, description, schema, false);
    }
}
