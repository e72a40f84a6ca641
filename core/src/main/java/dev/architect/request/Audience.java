package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.architect.request.meta.Vocabulary;

/** How widely the users are spread; a global audience argues for a CDN and edge caching. */
public enum Audience implements Vocabulary {
    LOCAL("local", "city", "single-site"),
    REGIONAL("regional", "national", "country", "continental"),
    GLOBAL("global", "worldwide", "international");

    private final Spellings spellings;

    Audience(String label, String... aliases) {
        this.spellings = new Spellings(label, aliases);
    }

    @Override
    public Spellings spellings() {
        return spellings;
    }

    @JsonCreator
    public static Audience of(String text) {
        return Vocabulary.parse(Audience.class, text, "load.audience");
    }
}
