package dev.architect.offline.internal.design;

import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the request allows old files to wait hours for a restore, from {@code archive-retrieval.yaml}: one sentence of
 * its description or goals names getting stored content back (restore, retrieve) and a wait of at least the file's
 * hours ("a restore taking a day is fine"), and neither denies it nor speaks of the system's own recovery. Only then
 * may a lifecycle rule move old files to the archive class; nothing is guessed otherwise.
 */
final class ArchiveRetrieval {

    static final String RESOURCE = "/dev/architect/offline/archive-retrieval.yaml";

    /** The file's shape. */
    record File(Double minHours, List<String> restoreWords, List<String> notAbout, List<String> denying, java.util.Map<String, Integer> minimumDays,
                Double restoredShare) {
    }

    /** "a day", "48 hours", "two days", "overnight". */
    private static final Pattern WAIT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven)\\s+(hours?|days?|weeks?)\\b|\\bovernight\\b");

    private final double minHours;
    private final java.util.Map<dev.architect.request.Cloud, Integer> minimumDays;
    private final double restoredShare;
    private final Pattern restore;
    private final Pattern notAbout;
    private final Pattern denying;

    private ArchiveRetrieval(double minHours, java.util.Map<dev.architect.request.Cloud, Integer> minimumDays, double restoredShare, Pattern restore,
                             Pattern notAbout, Pattern denying) {
        this.minHours = minHours;
        this.minimumDays = minimumDays;
        this.restoredShare = restoredShare;
        this.restore = restore;
        this.notAbout = notAbout;
        this.denying = denying;
    }

    private static final class Holder {
        static final ArchiveRetrieval STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "archive retrieval",
                ArchiveRetrieval::read);
    }

    static ArchiveRetrieval standard() {
        return Holder.STANDARD;
    }

    /**
     * The archive class's minimum storage duration on a cloud, in days.
     *
     * @param cloud the cloud
     * @return days an object is billed for at least
     */
    int minimumDays(dev.architect.request.Cloud cloud) {
        return minimumDays.get(cloud);
    }

    /** The share of the archived GB restored a month. */
    double restoredShare() {
        return restoredShare;
    }

    /**
     * The sentence that allows a restore of hours, as the request wrote it, or empty.
     *
     * @param request the request
     * @return the sentence
     */
    Optional<String> tolerated(ConsultationRequest request) {
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        if (request.goals() != null) {
            texts.addAll(request.goals());
        }
        for (String text : texts) {
            for (String sentence : dev.architect.offline.internal.archetype.CapabilityShapes.sentences(text)) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                if (restore.matcher(lower).find() && !notAbout.matcher(lower).find() && !denying.matcher(lower).find() && longestWaitHours(lower) >= minHours) {
                    return Optional.of(sentence);
                }
            }
        }
        return Optional.empty();
    }

    /** The longest wait a sentence states, in hours ("a day" is 24, "overnight" 12), or 0. */
    static double longestWaitHours(String lower) {
        Matcher m = WAIT.matcher(lower);
        double most = 0;
        while (m.find()) {
            if (m.group(1) == null) {
                most = Math.max(most, 12);
                continue;
            }
            double n = switch (m.group(1)) {
                case "a", "an", "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                case "seven" -> 7;
                default -> Double.parseDouble(m.group(1));
            };
            String unit = m.group(2);
            most = Math.max(most, n * (unit.startsWith("h") ? 1 : unit.startsWith("d") ? 24 : 24 * 7));
        }
        return most;
    }

    /** Reads the file; a missing list, an empty word or a wait that is not a positive number of hours fails naming the entry. */
    static ArchiveRetrieval read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "archive retrieval");
        if (file.minHours() == null || !(file.minHours() > 0)) {
            throw new IllegalStateException(where + ": minHours must be a positive number of hours");
        }
        if (file.restoredShare() == null || !(file.restoredShare() >= 0 && file.restoredShare() <= 1)) {
            throw new IllegalStateException(where + ": restoredShare must be a share between 0 and 1");
        }
        java.util.Map<dev.architect.request.Cloud, Integer> days = new java.util.EnumMap<>(dev.architect.request.Cloud.class);
        (file.minimumDays() == null ? java.util.Map.<String, Integer>of() : file.minimumDays()).forEach((name, d) -> {
            if (d == null || d < 0) {
                throw new IllegalStateException(where + ": minimumDays." + name + " must be a number of days, 0 or more");
            }
            days.put(dev.architect.request.Cloud.of(name), d);
        });
        for (dev.architect.request.Cloud cloud : dev.architect.request.Cloud.values()) {
            if (!days.containsKey(cloud)) {
                throw new IllegalStateException(where + ": minimumDays has no entry for " + cloud.displayName());
            }
        }
        return new ArchiveRetrieval(file.minHours(), days, file.restoredShare(), words(file.restoreWords(), where + ": restoreWords"), words(file.notAbout(), where + ": notAbout"),
                words(file.denying(), where + ": denying"));
    }

    private static Pattern words(List<String> words, String where) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(where + " must list at least one word");
        }
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            if (w == null || w.isBlank()) {
                throw new IllegalStateException(where + " has a blank word");
            }
            quoted.add(Pattern.quote(w.strip().toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile("(?<![\\w'])(?:" + String.join("|", quoted) + ")(?![\\w'])");
    }
}
