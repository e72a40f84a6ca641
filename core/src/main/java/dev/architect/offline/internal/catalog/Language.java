package dev.architect.offline.internal.catalog;

import java.util.List;

/**
 * A language and framework the team may already know, recognised by the words in {@code team.expertise}, and the
 * tools that keep module boundaries, run database migrations and analyse the code for security flaws in that language.
 */
public record Language(List<String> match, String language, String framework, List<String> alternatives,
                       String architectureTests, String migrations, String staticAnalysis) {

    public Language {
        match = List.copyOf(match == null ? List.of() : match);
        alternatives = List.copyOf(alternatives == null ? List.of() : alternatives);
        if (architectureTests == null || architectureTests.isBlank()) {
            throw new IllegalStateException("catalogue language " + language + " needs architectureTests");
        }
        if (migrations == null || migrations.isBlank()) {
            throw new IllegalStateException("catalogue language " + language + " needs migrations (its database migration tool)");
        }
        if (staticAnalysis == null || staticAnalysis.isBlank()) {
            throw new IllegalStateException("catalogue language " + language + " needs staticAnalysis (the security analysers run on every pull request)");
        }
    }
}
