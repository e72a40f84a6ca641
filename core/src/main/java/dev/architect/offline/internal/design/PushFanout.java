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

    /**
     * One kind of live content: the seconds between two updates a connected client receives, why, and what recognises it
     * (the archetypes and capability shapes whose capabilities push it, the words of a sentence that say it is pushed and
     * the longer phrases in which such a word means something else).
     */
    record Kind(LiveContent kind, Double everySeconds, String basis, java.util.List<String> archetypes, java.util.List<String> shapes,
                java.util.List<String> words, java.util.List<String> notWithin) {

        /** Updates a second one connected client receives. */
        double perSecond() {
            return 1 / everySeconds;
        }

        /** The rate as written out: "1 update every 30 s". */
        String rateText() {
            return "1 update every " + dev.architect.internal.Numbers.format(everySeconds) + " s";
        }
    }

    /** The file's shape. */
    record File(Double messageKb, String messageKbBasis, Double defaultRecipients, String defaultBasis, Map<String, Recipients> archetypes,
                Map<String, ConnectionRate> connectionRates, java.util.List<Kind> liveContent) {
    }

    private final double messageKb;
    private final String messageKbBasis;
    private final Recipients fallback;
    private final Map<String, Recipients> byArchetype;
    private final Map<String, ConnectionRate> connectionRates;
    private final java.util.List<Kind> liveContent;

    private PushFanout(double messageKb, String messageKbBasis, Recipients fallback, Map<String, Recipients> byArchetype,
                       Map<String, ConnectionRate> connectionRates, java.util.List<Kind> liveContent) {
        this.connectionRates = connectionRates;
        this.liveContent = liveContent;
        this.messageKb = messageKb;
        this.messageKbBasis = messageKbBasis;
        this.fallback = fallback;
        this.byArchetype = byArchetype;
    }

    private static final class Holder {
        static final PushFanout STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "push fan-out", PushFanout::read);
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

    /** The kinds of live content, in the file's order, each with its rate and what recognises it. */
    java.util.List<Kind> liveContent() {
        return liveContent;
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
        java.util.List<Kind> kinds = new java.util.ArrayList<>();
        java.util.Set<LiveContent> seen = java.util.EnumSet.noneOf(LiveContent.class);
        java.util.List<Kind> listed = file.liveContent() == null ? java.util.List.of() : file.liveContent();
        for (int i = 0; i < listed.size(); i++) {
            Kind k = listed.get(i);
            String at = where + ": liveContent[" + i + "]";
            if (k == null || k.kind() == null) {
                throw new IllegalStateException(at + " names no kind of live content");
            }
            at = where + ": liveContent " + k.kind();
            if (!seen.add(k.kind())) {
                throw new IllegalStateException(at + " is listed twice");
            }
            for (String id : list(k.archetypes())) {
                if (dev.architect.offline.internal.archetype.Archetypes.standard().byId(id).isEmpty()) {
                    throw new IllegalStateException(at + ".archetypes names no archetype: " + id);
                }
            }
            for (String id : list(k.shapes())) {
                if (dev.architect.offline.internal.archetype.CapabilityShapes.standard().shapes().stream().noneMatch(s -> s.id().equals(id))) {
                    throw new IllegalStateException(at + ".shapes names no capability shape: " + id);
                }
            }
            if (list(k.words()).isEmpty() || list(k.words()).stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalStateException(at + ".words must list words, none blank");
            }
            kinds.add(new Kind(k.kind(), positive(k.everySeconds(), at + ".everySeconds"), text(k.basis(), at + ".basis"), list(k.archetypes()),
                    list(k.shapes()), list(k.words()), list(k.notWithin())));
        }
        if (kinds.size() != LiveContent.values().length) {
            throw new IllegalStateException(where + ": liveContent must list every kind of live content " + java.util.Arrays.toString(LiveContent.values()));
        }
        return new PushFanout(kb, text(file.messageKbBasis(), where + ": messageKbBasis"), fallback, by, rates, java.util.List.copyOf(kinds));
    }

    private static java.util.List<String> list(java.util.List<String> values) {
        return values == null ? java.util.List.of() : java.util.List.copyOf(values);
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
