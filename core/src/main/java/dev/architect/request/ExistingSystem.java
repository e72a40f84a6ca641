package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Required;
import java.util.List;

/** The system being replaced or reworked; its presence makes the dossier owe a migration plan. */
public record ExistingSystem(
        @Required @Doc("What runs today and what hurts about it") String description,
        @Doc("Technologies in use today") List<String> technologies,
        @Doc("The current API as an OpenAPI document: a file path or the document inline") String openApi) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param description What runs today and what hurts about it
     * @param technologies Technologies in use today
     * @param openApi The current API as an OpenAPI document: a file path or the document inline
     */
    public ExistingSystem {
        RequestConstraints.enforce(ExistingSystem.class, description, technologies, openApi);
        technologies = RequestConstraints.copy(technologies);
    }
}
