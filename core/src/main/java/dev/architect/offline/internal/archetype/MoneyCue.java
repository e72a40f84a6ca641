package dev.architect.offline.internal.archetype;

import java.util.List;

/**
 * The phrases that say which way money moves ({@code moneyDirections} in archetypes.yaml): "customers pay" or "pay by
 * card" bring money in, "payouts" or "payment batch" send it out; {@code notWithin} as for an archetype. A phrase in
 * {@code needContext} says money only where the request also says one of {@code context}: a "withdrawal" from a medicine
 * cabinet moves no money, one from a wallet's balance does.
 */
public record MoneyCue(MoneyDirection direction, List<String> phrases, List<String> notWithin, List<String> needContext, List<String> context) {

    public MoneyCue {
        if (direction == null) {
            throw new IllegalStateException("a money direction needs a direction (INCOMING or OUTGOING)");
        }
        phrases = List.copyOf(phrases == null ? List.of() : phrases);
        notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
        needContext = List.copyOf(needContext == null ? List.of() : needContext);
        context = List.copyOf(context == null ? List.of() : context);
        if (phrases.isEmpty()) {
            throw new IllegalStateException("money direction " + direction + ": phrases are missing");
        }
        for (String p : needContext) {
            if (!phrases.contains(p)) {
                throw new IllegalStateException("money direction " + direction + ": needContext phrase '" + p + "' is not one of its phrases");
            }
        }
        if (!needContext.isEmpty() && context.isEmpty()) {
            throw new IllegalStateException("money direction " + direction + ": needContext is given but no context words would ever confirm it");
        }
    }

    /** The phrases that say this direction in a request whose text is {@code request}: those needing context only where it is given. */
    public List<String> phrasesIn(dev.architect.offline.internal.catalog.Words request) {
        return needContext.isEmpty() || request.containsAny(context) ? phrases
                : phrases.stream().filter(p -> !needContext.contains(p)).toList();
    }
}
