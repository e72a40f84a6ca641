package dev.architect.offline.internal.catalog;

import java.util.List;
import java.util.Optional;

/**
 * How a business capability turns into an API resource and a table: the words that recognise it, the resource's
 * singular and plural names, its fields ("name:TYPE"), and what kind of flow it is (a {@link ResourceFlow}, bound when
 * the catalogue is read). {@code notWithin} holds the longer phrases in which a word names something else: the subject
 * decides what is tracked ("status tracking" of an application is its state, not a stream of readings). A word with a
 * sense of its own elsewhere ("events" of a concert promoter, "tickets" to a show) claims only in context: a word of
 * {@code needContext} names this resource only where the capability or the request says one of {@code context}.
 */
public record ResourceShape(List<String> match, String singular, String plural, ResourceFlow flow, List<String> fields,
                            List<String> notWithin, List<String> needContext, List<String> context) {

    public ResourceShape {
        match = List.copyOf(match == null ? List.of() : match);
        fields = List.copyOf(fields == null ? List.of() : fields);
        notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
        needContext = List.copyOf(needContext == null ? List.of() : needContext);
        context = List.copyOf(context == null ? List.of() : context);
        if (!match.containsAll(needContext)) {
            throw new IllegalStateException("resource shape " + match + ": needContext " + needContext + " must be among its match words");
        }
        if (!needContext.isEmpty() && context.isEmpty()) {
            throw new IllegalStateException("resource shape " + match + ": needContext is given but no context words would ever confirm it");
        }
        if (singular == null || plural == null || flow == null) {
            throw new IllegalStateException("resource shape " + match + " needs singular, plural and flow");
        }
        if (flow == ResourceFlow.OPEN) {
            throw new IllegalStateException("resource shape " + match + ": flow 'open' is for capabilities the catalogue does not describe");
        }
    }

    /**
     * Whether this resource names the capability: a match word outside {@code notWithin}, and a word that needs context
     * only where the capability or the request ({@code request}; null where only the name is known) gives it by another
     * word than itself (a second, independent piece of evidence).
     */
    public boolean claims(Words capability, Words request) {
        Optional<String> hit = capability.firstMatch(match, notWithin);
        // the word is no context for itself: "radiograph reading" needs a meter, a sensor or a measurement besides "reading"
        List<String> independent = hit.isEmpty() ? context
                : context.stream().filter(c -> !Words.of(c).contains(hit.get()) && !Words.of(hit.get()).contains(c)).toList();
        if (hit.isEmpty() || !needContext.contains(hit.get()) || capability.containsAny(independent)
                || request == null || request.containsAny(independent)) {
            return hit.isPresent();
        }
        return capability.firstMatch(match.stream().filter(m -> !needContext.contains(m)).toList(), notWithin).isPresent();
    }
}
