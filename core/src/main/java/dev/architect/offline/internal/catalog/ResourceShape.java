package dev.architect.offline.internal.catalog;

import java.util.List;

/**
 * How a business capability turns into an API resource and a table: the words that recognise it, the resource's
 * singular and plural names, its fields ("name:TYPE"), and what kind of flow it is (a {@link ResourceFlow}, bound when
 * the catalogue is read). {@code notWithin} holds the longer phrases in which a word names something else: the subject
 * decides what is tracked ("status tracking" of an application is its state, not a stream of readings).
 */
public record ResourceShape(List<String> match, String singular, String plural, ResourceFlow flow, List<String> fields,
                            List<String> notWithin) {

    public ResourceShape {
        match = List.copyOf(match == null ? List.of() : match);
        fields = List.copyOf(fields == null ? List.of() : fields);
        notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
        if (singular == null || plural == null || flow == null) {
            throw new IllegalStateException("resource shape " + match + " needs singular, plural and flow");
        }
        if (flow == ResourceFlow.OPEN) {
            throw new IllegalStateException("resource shape " + match + ": flow 'open' is for capabilities the catalogue does not describe");
        }
    }
}
