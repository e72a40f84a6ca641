package dev.architect.offline.internal.design;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many clients each update pushed over a realtime connection reaches, by the archetype whose capability sends it,
 * and the size of one pushed message, from {@code push-fanout.yaml}: the pushes leave the cloud as internet egress.
 */
final class PushFanout {

    static final String RESOURCE = "/dev/architect/offline/push-fanout.yaml";
    /** The assumption the recipients and the message size are stated under. */
    static final String ASSUMPTION = "as-push-fanout";

    /** One archetype's recipients per update, and why. */
    record Recipients(double recipients, String basis) {
    }

    /**
     * The updates one connected client receives a second, for an archetype that holds connections for live updates but
     * carries none of the request's capabilities on them (push-fanout.yaml {@code connectionRates}), and why.
     */
    record ConnectionRate(Double updatesPerSecond, String basis) {
    }

    /** The file's shape. */
    record File(Double messageKb, String messageKbBasis, Double defaultRecipients, String defaultBasis, Map<String, Recipients> archetypes,
                Map<String, ConnectionRate> connectionRates) {
    }

    private final double messageKb;
    private final String messageKbBasis;
    private final Recipients fallback;
    private final Map<String, Recipients> byArchetype;
    private final Map<String, ConnectionRate> connectionRates;

    private PushFanout(double messageKb, String messageKbBasis, Recipients fallback, Map<String, Recipients> byArchetype,
                       Map<String, ConnectionRate> connectionRates) {
        this.connectionRates = connectionRates;
        this.messageKb = messageKb;
        this.messageKbBasis = messageKbBasis;
        this.fallback = fallback;
        this.byArchetype = byArchetype;
    }

    private static final class Holder {
        static final PushFanout STANDARD = read(PushFanout.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    static PushFanout standard() {
        return Holder.STANDARD;
    }

    /** KB of one pushed message. */
    double messageKb() {
        return messageKb;
    }

    /** Why a pushed message is that size. */
    String messageKbBasis() {
        return messageKbBasis;
    }

    /** The clients each update of an archetype's capabilities is pushed to, the default where the file names none. */
    Recipients recipients(String archetypeId) {
        return byArchetype.getOrDefault(archetypeId, fallback);
    }

    /** The updates a second each client connected for an archetype's live updates receives, where the file states them. */
    java.util.Optional<ConnectionRate> connectionRate(String archetypeId) {
        return java.util.Optional.ofNullable(connectionRates.get(archetypeId));
    }

    /** Reads the file; a missing or non-positive size or count, or a blank basis, fails naming the entry. */
    static PushFanout read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "push fan-out");
        double kb = positive(file.messageKb(), where + ": messageKb");
        Recipients fallback = new Recipients(positive(file.defaultRecipients(), where + ": defaultRecipients"), text(file.defaultBasis(), where + ": defaultBasis"));
        Map<String, Recipients> by = new LinkedHashMap<>();
        (file.archetypes() == null ? Map.<String, Recipients>of() : file.archetypes()).forEach((id, r) -> {
            if (r == null) {
                throw new IllegalStateException(where + ": archetypes." + id + " is empty");
            }
            by.put(id, new Recipients(positive(r.recipients(), where + ": archetypes." + id + ".recipients"), text(r.basis(), where + ": archetypes." + id + ".basis")));
        });
        Map<String, ConnectionRate> rates = new LinkedHashMap<>();
        (file.connectionRates() == null ? Map.<String, ConnectionRate>of() : file.connectionRates()).forEach((id, r) -> {
            if (r == null) {
                throw new IllegalStateException(where + ": connectionRates." + id + " is empty");
            }
            rates.put(id, new ConnectionRate(positive(r.updatesPerSecond(), where + ": connectionRates." + id + ".updatesPerSecond"),
                    text(r.basis(), where + ": connectionRates." + id + ".basis")));
        });
        return new PushFanout(kb, text(file.messageKbBasis(), where + ": messageKbBasis"), fallback, by, rates);
    }

    private static double positive(Double value, String where) {
        if (value == null || !(value > 0) || Double.isInfinite(value)) {
            throw new IllegalStateException(where + " must be a positive number");
        }
        return value;
    }

    private static String text(String value, String where) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + " is blank");
        }
        return value.strip();
    }
}
