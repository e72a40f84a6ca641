package dev.architect.offline.internal.catalog;

import java.util.List;

/**
 * A language and framework the team may already know, recognised by the words in {@code team.expertise}, and the
 * tool that keeps module boundaries in that language.
 */
public record Language(List<String> match, String language, String framework, List<String> alternatives,
                       String architectureTests) {

    public Language {
        match = List.copyOf(match == null ? List.of() : match);
        alternatives = List.copyOf(alternatives == null ? List.of() : alternatives);
        if (architectureTests == null || architectureTests.isBlank()) {
            throw new IllegalStateException("catalogue language " + language + " needs architectureTests");
        }
    }
}
