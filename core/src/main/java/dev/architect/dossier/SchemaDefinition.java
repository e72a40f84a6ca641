package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A named request or response body shape; becomes an entry of OpenAPI {@code components.schemas}.
 *
 * @param name the schema name, unique within the spec
 * @param description what the body is; may be null
 * @param properties its properties, unique by name
 */
public record SchemaDefinition(String name, String description, List<SchemaProperty> properties) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the schema name, unique within the spec
     * @param description what the body is; may be null
     * @param properties its properties, unique by name
     */
    public SchemaDefinition {
        Invariants.name("schema", "name", name, ApiSpec.SCHEMA_NAME);
        String where = "schema '" + name + "'";
        properties = Invariants.nonEmptyList(where, "properties", properties);
        Invariants.unique(where, "property", properties.stream().map(SchemaProperty::name).toList());
    }
}
