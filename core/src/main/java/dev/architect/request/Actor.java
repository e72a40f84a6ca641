package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Required;

/** Someone (or something) that uses the system. */
public record Actor(
        @Required @Doc("Role name, e.g. Shopper") String name,
        @Doc("What this actor does with the system") String description) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param name Role name, e.g. Shopper
     * @param description What this actor does with the system
     */
    public Actor {
        RequestConstraints.enforce(Actor.class, name, description);
    }

    /**
     * An actor with a name and no description.
     *
     * @param name the role name, e.g. Shopper
     * @return the actor
     */
    public static Actor of(String name) {
        return new Actor(name, null);
    }
}
