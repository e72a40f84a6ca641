package dev.architect.offline.internal.archetype;

import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deadline a request states for a command to a device ("stops a machine within 300 ms"), set against what the
 * design's cloud path can promise ({@code command-deadline.yaml}): a deadline below the sum of the path's hops is met
 * at the edge, with the cloud path kept for supervision, audit and commands that can wait; and a command never expires
 * later than its deadline. The result fills the text tokens of the device-commands archetype.
 */
final class CommandDeadline {

    static final String RESOURCE = "/dev/architect/offline/command-deadline.yaml";

    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.,])(\\d{1,6})\\s*-?\\s*(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?)\\b");
    /** A duration right after one of these words is a period ("every 200 ms"), not a deadline. */
    private static final Pattern PERIOD = Pattern.compile("\\b(every|each|per)\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    /** One hop of the cloud path and the milliseconds it can promise. */
    record Hop(String name, Integer ms) {
    }

    /** What the design draws when the edge decides: the controller on the device or site and its local loop. */
    record Edge(List<Archetype.Component> components, List<Archetype.Flow> flows) {
    }

    /** The file's shape. */
    record File(String archetype, List<String> cues, List<Hop> hops, Integer defaultExpirySeconds, String basis, Edge edge) {
    }

    /** A stated deadline: its phrase ("300 ms"), the sentence quoted and the milliseconds. */
    record Stated(String phrase, String sentence, long ms) {
    }

    private final File file;

    private CommandDeadline(File file) {
        this.file = file;
    }

    private static final class Holder {
        static final CommandDeadline STANDARD = checked(dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, File.class, "command deadline"), RESOURCE);
    }

    static CommandDeadline standard() {
        return Holder.STANDARD;
    }

    /** Reads the file; an unknown key, a missing figure or a hop without a positive budget fails naming the entry. */
    static CommandDeadline read(InputStream in, String where) {
        return checked(dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "command deadline"), where);
    }

    /** The file as read, checked entry by entry; {@code where} names it in the errors. */
    private static CommandDeadline checked(File f, String where) {
        if (f.archetype() == null || f.archetype().isBlank()) {
            throw new IllegalStateException(where + ": archetype is missing");
        }
        if (f.cues() == null || f.cues().isEmpty()) {
            throw new IllegalStateException(where + ": cues are missing");
        }
        if (f.hops() == null || f.hops().isEmpty()) {
            throw new IllegalStateException(where + ": hops are missing");
        }
        for (Hop h : f.hops()) {
            if (h.name() == null || h.name().isBlank()) {
                throw new IllegalStateException(where + ": a hop has no name");
            }
            if (h.ms() == null || h.ms() <= 0) {
                throw new IllegalStateException(where + ": hop '" + h.name() + "' must have a positive ms");
            }
        }
        if (f.defaultExpirySeconds() == null || f.defaultExpirySeconds() <= 0) {
            throw new IllegalStateException(where + ": defaultExpirySeconds must be a positive whole number");
        }
        if (f.basis() == null || f.basis().isBlank()) {
            throw new IllegalStateException(where + ": basis is missing");
        }
        if (f.edge() == null || f.edge().components() == null || f.edge().components().isEmpty()) {
            throw new IllegalStateException(where + ": edge needs components, the controller that decides at the edge");
        }
        if (f.edge().flows() == null || f.edge().flows().isEmpty()) {
            throw new IllegalStateException(where + ": edge needs flows, the local loop within the deadline");
        }
        f.edge().components().forEach(c -> c.check(where + " edge"));
        for (Archetype.Flow fl : f.edge().flows()) {
            if (fl.id() == null || fl.id().isBlank() || fl.steps().isEmpty()) {
                throw new IllegalStateException(where + ": edge flow '" + fl.id() + "' needs an id and steps");
            }
            fl.parsed();
        }
        return new CommandDeadline(f);
    }

    /** The id of the archetype whose commands are timed. */
    String archetype() {
        return file.archetype();
    }

    /** What the cloud path can promise: the sum of its hops' budgets, in milliseconds. */
    long cloudPathMs() {
        return file.hops().stream().mapToLong(Hop::ms).sum();
    }

    /** The first deadline stated in a sentence that names an action on a device; empty when none is stated. */
    Optional<Stated> stated(ConsultationRequest request) {
        List<String> sentences = new ArrayList<>();
        if (request.description() != null) {
            sentences.addAll(List.of(SENTENCE_END.split(request.description().strip())));
        }
        sentences.addAll(request.goals());
        for (String sentence : sentences) {
            if (Words.of(sentence).firstMatch(file.cues()).isEmpty()) {
                continue;
            }
            String lower = sentence.toLowerCase(Locale.ROOT);
            Matcher m = DURATION.matcher(lower);
            while (m.find()) {
                if (PERIOD.matcher(lower.substring(0, m.start())).find()) {
                    continue;
                }
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2);
                boolean millis = unit.startsWith("ms") || unit.startsWith("milli");
                boolean minutes = unit.startsWith("min");
                long ms = millis ? n : minutes ? n * 60_000 : n * 1_000;
                return Optional.of(new Stated(n + (millis ? " ms" : minutes ? " min" : " s"), sentence.strip(), ms));
            }
        }
        return Optional.empty();
    }

    /**
     * The text tokens of the device-commands archetype: {@code commandExpiry} (the default expiry, or the stated deadline
     * when shorter), {@code edgeCommands} (the requirement's clause when the deadline is below the cloud path's) and
     * {@code edgeRisk} (the risk's clause naming the deadline and the path's hops); both clauses are empty otherwise.
     */
    Map<String, String> tokens(ConsultationRequest request) {
        Optional<Stated> stated = stated(request);
        long defaultMs = file.defaultExpirySeconds() * 1_000L;
        Optional<Stated> edge = edge(request);
        // A deadline the edge meets is not the cloud path's: the commands that still go through the cloud can wait.
        String expiry = stated.filter(s -> s.ms() < defaultMs && edge.isEmpty()).map(Stated::phrase).orElse(file.defaultExpirySeconds() + " s");
        String path = file.hops().stream().map(h -> h.name() + " " + h.ms() + " ms").collect(Collectors.joining(", "));
        String requirement = edge.map(s -> "; a command whose stated deadline is below what the cloud path can promise (\"" + s.sentence() + "\": "
                + s.phrase() + " against about " + Numbers.format(cloudPathMs()) + " ms) is decided and carried out at the edge, on the device or a site controller reading the site's own sensors, and the cloud path keeps supervision, audit and the commands that can wait").orElse("");
        String risk = edge.map(s -> ". The stated deadline of " + s.phrase() + " cannot be met through the cloud path (" + path + ": about "
                + Numbers.format(cloudPathMs()) + " ms at the 99th percentile), so a command sent that way acts too late: the edge decides it and the cloud only records it").orElse("");
        String decision = edge.map(s -> "The fast loop runs at the edge: \"" + s.sentence() + "\" allows " + s.phrase() + ", while the cloud path promises about "
                + Numbers.format(cloudPathMs()) + " ms (" + path + "), so the edge controller on the device or site reads the sensor and drives the actuator itself, "
                + "and this service carries only the commands that can wait (they expire after " + file.defaultExpirySeconds() + " s) and the edge's reports for supervision and audit").orElse("");
        Map<String, String> out = new java.util.HashMap<>(Map.of("commandExpiry", expiry, "edgeCommands", requirement, "edgeRisk", risk, "edgeDecision", decision,
                "cloudPath", Numbers.format(cloudPathMs())));
        edge.ifPresent(s -> {
            out.put("edgeDeadline", s.phrase());
            out.put("edgeSentence", s.sentence());
        });
        return Map.copyOf(out);
    }

    /** The stated deadline when it is below what the cloud path can promise, so the edge decides the command. */
    Optional<Stated> edge(ConsultationRequest request) {
        return stated(request).filter(s -> s.ms() < cloudPathMs());
    }

    /**
     * The archetype as the request designs it: with the edge's controller and local loop added when the stated deadline
     * is below the cloud path's, else unchanged.
     */
    Archetype atEdge(Archetype archetype, ConsultationRequest request) {
        if (!archetype.id().equals(file.archetype()) || edge(request).isEmpty()) {
            return archetype;
        }
        return archetype.withVariant(null, file.edge().components(), List.of(), file.edge().flows(), List.of(), List.of(), null, List.of());
    }
}
