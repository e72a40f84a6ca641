package dev.architect.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Whole-word, case-insensitive phrase search in dossier prose: "vault" is found in "the vault only", not in "vaulted". */
final class Words {

    private Words() {
    }

    static boolean contains(String text, String phrase) {
        if (text == null || phrase == null || phrase.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
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
