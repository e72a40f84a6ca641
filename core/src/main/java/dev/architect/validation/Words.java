package dev.architect.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Whole-word, case-insensitive phrase search in dossier prose: "vault" is found in "the vault only", not in "vaulted". */
final class Words {

    private Words() {
    }

    /**
     * The last text lower-cased on this thread, by identity: the rules test one long text (everything the dossier chose)
     * against dozens of names in a row, and lower-casing it for each was most of the validator's time.
     */
    private static final ThreadLocal<String[]> LAST_LOWERED = ThreadLocal.withInitial(() -> new String[4]);

    /** Two texts are kept (text, lowered, text, lowered), as rules alternate between an option's text and the chosen. */
    private static String lowered(String text) {
        String[] last = LAST_LOWERED.get();
        if (last[0] == text) {
            return last[1];
        }
        if (last[2] != text) {
            last[2] = text;
            last[3] = text.toLowerCase(Locale.ROOT);
        }
        // the one just used moves to the front
        String lowered = last[3];
        last[2] = last[0];
        last[3] = last[1];
        last[0] = text;
        last[1] = lowered;
        return lowered;
    }

    static boolean contains(String text, String phrase) {
        if (text == null || phrase == null || phrase.isBlank()) {
            return false;
        }
        String t = lowered(text);
        String p = phrase.toLowerCase(Locale.ROOT).trim();
        for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
            int end = at + p.length();
            if ((at == 0 || !isWordChar(t.charAt(at - 1)) || !isWordChar(p.charAt(0)))
                    && (end == t.length() || !isWordChar(t.charAt(end)) || !isWordChar(p.charAt(p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> firstIn(String text, Collection<String> phrases) {
        return phrases.stream().filter(p -> contains(text, p)).findFirst();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
