package dev.architect.offline.internal.catalog;

import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.List;

/**
 * The proper names of a request's integrations ("OverDrive Marketplace", "GOV.UK Pay"): the words after a name's first
 * word are the product's own name, evidence of that integration only, never of an archetype or of which way money moves.
 * A name is proper while its words are written as names (a capital first letter, a capital inside, or a digit); the
 * words that follow in lower case describe the integration ("SIP2 library systems": "library systems" still counts).
 */
public final class ProperNames {

    private ProperNames() {
    }

    /** The proper part of each integration's name that has more than one word, as text to match whole-word. */
    public static List<String> of(List<Integration> integrations) {
        List<String> out = new ArrayList<>();
        for (Integration i : integrations) {
            properPart(i.name()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The leading run of words written as names, when it holds at least two words. */
    static java.util.Optional<String> properPart(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        List<String> run = new ArrayList<>();
        for (String token : name.strip().split("[^A-Za-z0-9]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!writtenAsName(token)) {
                break;
            }
            run.add(token);
        }
        return run.size() < 2 ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", run));
    }

    private static boolean writtenAsName(String token) {
        return Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0))
                || token.chars().skip(1).anyMatch(Character::isUpperCase) || token.chars().anyMatch(Character::isDigit);
    }
}
