package dev.architect.change;

import java.util.List;
import java.util.Objects;

/**
 * One element (container, relationship, risk, roadmap phase...) added, removed or changed, with what changed in words
 * a reader of the old architecture understands.
 *
 * @param id      the element's id (for a relationship, {@code source -> destination})
 * @param name    its name as the newer dossier gives it (the older one's when removed)
 * @param kind    added, removed or changed
 * @param details what changed, one line each ({@code technology: PostgreSQL -> Amazon Aurora}); empty for added/removed
 */
public record ElementChange(String id, String name, ChangeKind kind, List<String> details) {

    /**
     * Rejects a missing required component and copies the lists, so the value stays immutable.
     *
     * @param id      the element's id (for a relationship, {@code source -> destination})
     * @param name    its name as the newer dossier gives it (the older one's when removed)
     * @param kind    added, removed or changed
     * @param details what changed, one line each ({@code technology: PostgreSQL -> Amazon Aurora}); empty for added/removed
     */
    public ElementChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        details = List.copyOf(details);
    }
}
