package dev.architect.offline.internal.catalog;

import java.util.List;

/**
 * How a business capability turns into an API resource and a table: the words that recognise it, the resource's
 * singular and plural names, its fields ("name:TYPE"), and what kind of flow it is ({@code crud}, {@code payment},
 * {@code ingest}, {@code search}, {@code notify}).
 */
public record ResourceShape(List<String> match, String singular, String plural, String flow, List<String> fields) {

    public ResourceShape {
        match = List.copyOf(match == null ? List.of() : match);
        fields = List.copyOf(fields == null ? List.of() : fields);
        if (singular == null || plural == null || flow == null) {
            throw new IllegalStateException("resource shape " + match + " needs singular, plural and flow");
        }
    }
}
