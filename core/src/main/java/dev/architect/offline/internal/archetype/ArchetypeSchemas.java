package dev.architect.offline.internal.archetype;

import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.SchemaProperty;

/** Turns an archetype's compact property notation into the dossier's API schema properties and query parameters. */
public final class ArchetypeSchemas {

    private ArchetypeSchemas() {
    }

    public static SchemaProperty property(Archetype a, String schema, String spec) {
        return Property.parse("archetype '" + a.id() + "' schema '" + schema + "'", spec).toSchema();
    }

    /** A query parameter, {@code name:TYPE} with {@code !} when required. */
    public static ApiParameter query(Archetype a, String operation, String spec) {
        Property p = Property.parse("archetype '" + a.id() + "' operation '" + operation + "'", spec);
        return new ApiParameter(p.name(), ParameterLocation.QUERY, p.type(), p.required(), null);
    }

    /** A request header, {@code name:TYPE} with {@code !} when required ({@code If-Match:STRING!}). */
    public static ApiParameter header(Archetype a, String operation, String spec) {
        Property p = Property.parse("archetype '" + a.id() + "' operation '" + operation + "'", spec);
        return new ApiParameter(p.name(), ParameterLocation.HEADER, p.type(), p.required(), null);
    }
}
