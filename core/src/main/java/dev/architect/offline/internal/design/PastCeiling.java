package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Fact;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a system meets first when it runs past the ceiling an option is built for, by fact, from {@code limits.yaml}:
 * "commits queue on the one primary at the busiest hour". An ADR says it in place of a ratio.
 */
final class PastCeiling {

    static final String RESOURCE = "/dev/architect/offline/limits.yaml";

    /** The file's shape: one map of fact key to text. */
    record File(Map<String, String> pastCeiling) {
    }

    private final Map<Fact, String> byFact;

    private PastCeiling(Map<Fact, String> byFact) {
        this.byFact = byFact;
    }

    private static final class Holder {
        static final PastCeiling STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "limits", PastCeiling::read);
    }

    static PastCeiling standard() {
        return Holder.STANDARD;
    }

    /** What shows first past a ceiling on this fact, if the file says. */
    static Optional<String> of(Fact fact) {
        return Optional.ofNullable(standard().byFact.get(fact));
    }

    /** Reads the file; a key that names no fact, or a blank text, fails naming the entry. */
    static PastCeiling read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "limits");
        Map<Fact, String> byFact = new EnumMap<>(Fact.class);
        (file.pastCeiling() == null ? Map.<String, String>of() : file.pastCeiling()).forEach((key, text) -> {
            Fact fact = Fact.byKey(key).orElseThrow(() -> new IllegalStateException(where + ": pastCeiling." + key + " names no fact"));
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(where + ": pastCeiling." + key + " is blank");
            }
            byFact.put(fact, text.strip());
        });
        return new PastCeiling(byFact);
    }
}
