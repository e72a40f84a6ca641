package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.architect.request.meta.Vocabulary;

/** How widely the users are spread; a global audience argues for a CDN and edge caching. */
public enum Audience implements Vocabulary {
    /** Users in one city or site. */
    LOCAL("local", "city", "single-site"),
    /** Users in one country or continent. */
    REGIONAL("regional", "national", "country", "continental"),
    /** Users worldwide. */
    GLOBAL("global", "worldwide", "international");

    private final Spellings spellings;

    Audience(String label, String... aliases) {
        this.spellings = new Spellings(label, aliases);
    }

    @Override
    public Spellings spellings() {
        return spellings;
    }

    /**
     * Parses any accepted spelling; the error lists the accepted names.
     *
     * @param text a label or alias, in any case
     * @return the audience
     */
    @JsonCreator
    public static Audience of(String text) {
        return Vocabulary.parse(Audience.class, text, "load.audience");
    }
}
