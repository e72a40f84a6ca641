package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Required;

/** Someone (or something) that uses the system. */
public record Actor(
        @Required @Doc("Role name, e.g. Shopper") String name,
        @Doc("What this actor does with the system") String description) {

    public Actor {
        RequestConstraints.enforce(Actor.class, name, description);
    }

    public static Actor of(String name) {
        return new Actor(name, null);
    }
}
