package dev.architect.offline.internal.catalog;

import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names of a request ({@code proper-names.yaml}): products, vendors, systems and organisations it names
 * ("OverDrive Marketplace", "Sunquest LIS", "Joint Commission", "Banking partner API"). The words after a name's first word
 * are the name's own, evidence of that system only, never of an archetype, a capability's mechanism or which way money
 * moves. A name is an integration's leading run of words written as names (a capital first letter, a capital inside, or a
 * digit); a run of two or more such words in the request's sentences; or a word written as a name followed, within a few
 * words, by a product noun written in capitals (LIS, ERP, CRM, API). Words that follow a name in lower case describe the
 * integration ("SIP2 library systems": "library systems" still counts).
 *
 * @param productNouns nouns that, written in capitals after a name, say the words before them name one system
 * @param gap          how many words may stand between the name's first word and its product noun
 */
public record ProperNames(List<String> productNouns, int gap) {

    static final String RESOURCE = "/dev/architect/offline/proper-names.yaml";

    public ProperNames {
        productNouns = List.copyOf(productNouns == null ? List.of() : productNouns);
        if (productNouns.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": productNouns is missing or empty");
        }
        for (String n : productNouns) {
            if (Words.split(n).size() != 1 || !Words.split(n).get(0).equals(n)) {
                throw new IllegalStateException(RESOURCE + ": product noun '" + n + "' must be one lower-case word");
            }
        }
        if (gap < 0 || gap > 4) {
            throw new IllegalStateException(RESOURCE + ": gap must be from 0 to 4, but was " + gap);
        }
    }

    private static final class Holder {
        static final ProperNames STANDARD = DataFiles.shipped(RESOURCE, ProperNames.class, "proper names");
    }

    /** The shipped rules. */
    public static ProperNames standard() {
        return Holder.STANDARD;
    }

    /** The proper part of each integration's name that has more than one word, as text to match whole-word. */
    public static List<String> of(List<Integration> integrations) {
        List<String> out = new ArrayList<>();
        for (Integration i : integrations) {
            standard().inName(i.name()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * Every name of the request: its integrations' names, then the names written in its description, goals, actors,
     * constraints and integration purposes. Capabilities are not read for names: they name features, often in title case.
     *
     * @param request the request
     * @return the names, each once, as text to match whole-word
     */
    public static List<String> of(ConsultationRequest request) {
        Set<String> out = new LinkedHashSet<>(of(request.integrations()));
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        for (Actor a : request.actors()) {
            texts.add(a.description());
        }
        texts.addAll(request.constraints());
        for (Integration i : request.integrations()) {
            texts.add(i.purpose());
        }
        for (String t : texts) {
            out.addAll(standard().inText(t));
        }
        return List.copyOf(out);
    }

    /** The leading run of words written as names, when it holds at least two words, or up to a product noun after a name. */
    Optional<String> inName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : name.strip().split("[^A-Za-z0-9]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        int run = 0;
        while (run < tokens.size() && writtenAsName(tokens.get(run), true)) {
            run++;
        }
        int end = run;
        // "Banking partner API": the product noun makes the words before it one system's name
        if (!tokens.isEmpty() && writtenAsName(tokens.get(0), true)) {
            for (int k = 1; k < tokens.size() && k <= gap + 1; k++) {
                if (productNoun(tokens.get(k))) {
                    end = Math.max(end, k + 1);
                }
            }
        }
        return end < 2 ? Optional.empty() : Optional.of(String.join(" ", tokens.subList(0, end)));
    }

    /** A word, its separator from the next, as the request wrote them. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");

    /** The names written in one text: runs of words written as names, and a name up to its product noun. */
    List<String> inText(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> joinedToNext = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            if (lastEnd >= 0) {
                joinedToNext.set(joinedToNext.size() - 1, text.substring(lastEnd, m.start()).isBlank());
            }
            tokens.add(m.group());
            joinedToNext.add(false);
            lastEnd = m.end();
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!writtenAsName(tokens.get(i), false)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && joinedToNext.get(end - 1) && writtenAsName(tokens.get(end), false)) {
                end++;
            }
            for (int k = i + 1, reach = i + 1; k < tokens.size() && reach <= gap + 1 && joinedToNext.get(k - 1); k++, reach++) {
                if (productNoun(tokens.get(k))) {
                    end = Math.max(end, k + 1);
                }
            }
            if (end - i >= 2) {
                out.add(String.join(" ", tokens.subList(i, end)));
            }
            i = end;
        }
        return out;
    }

    /** A product noun as the request writes one: in capitals ("LIS", "APIs"). */
    private boolean productNoun(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        boolean capitals = token.chars().filter(Character::isLetter).filter(Character::isUpperCase).count() >= 2;
        return capitals && productNouns.contains(lower);
    }

    /**
     * A word written as a name: a capital first letter, a capital inside, or a digit beside letters; in an integration's
     * name a number alone counts too ("SIP2", "S/4HANA"), in a sentence it is a figure, not a name.
     */
    private static boolean writtenAsName(String token, boolean inName) {
        boolean letters = token.chars().anyMatch(Character::isLetter);
        boolean digits = token.chars().anyMatch(Character::isDigit);
        if (!letters) {
            return inName;
        }
        return Character.isUpperCase(token.charAt(0)) || token.chars().skip(1).anyMatch(Character::isUpperCase) || digits;
    }
}
