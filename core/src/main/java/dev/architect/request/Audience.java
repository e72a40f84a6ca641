package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.architect.internal.request.Vocabulary;
import java.util.List;

/** How widely the users are spread; a global audience argues for a CDN and edge caching. */
public enum Audience implements Vocabulary {
    LOCAL("local", "city", "single-site"),
    REGIONAL("regional", "national", "country", "continental"),
    GLOBAL("global", "worldwide", "international");

    private final String label;
    private final List<String> aliases;

    Audience(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @JsonCreator
    public static Audience of(String text) {
        return Vocabulary.parse(Audience.class, text, "load.audience");
    }
}
