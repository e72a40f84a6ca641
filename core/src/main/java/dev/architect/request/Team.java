package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;
import java.util.List;

/** The people who will build and run the system; their size and skills shape every decision. */
public record Team(
        @Range(min = 1) @Doc("Engineers building and running the system") Integer size,
        @Doc("Technologies the team already knows well") List<String> expertise) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param size Engineers building and running the system
     * @param expertise Technologies the team already knows well
     */
    public Team {
        RequestConstraints.enforce(Team.class, size, expertise);
        expertise = RequestConstraints.copy(expertise);
    }
}
