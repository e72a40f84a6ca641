package dev.architect.offline.internal.archetype;

import java.util.List;

/**
 * The phrases that say which way money moves ({@code moneyDirections} in archetypes.yaml): "customers pay" or "pay by
 * card" bring money in, "payouts" or "payment batch" send it out; {@code notWithin} as for an archetype.
 */
public record MoneyCue(MoneyDirection direction, List<String> phrases, List<String> notWithin) {

    public MoneyCue {
        if (direction == null) {
            throw new IllegalStateException("a money direction needs a direction (INCOMING or OUTGOING)");
        }
        phrases = List.copyOf(phrases == null ? List.of() : phrases);
        notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
        if (phrases.isEmpty()) {
            throw new IllegalStateException("money direction " + direction + ": phrases are missing");
        }
    }
}
