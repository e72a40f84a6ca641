package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The due time a request states for its items ("a request not answered within 20 minutes escalates", "decided within
 * 5 working days"): a duration in a sentence of the description or a goal that also holds one of the archetype's due
 * cues (answered, decided, escalates). It becomes the items' due time instead of a default SLA.
 */
final class DueTime {

    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.,])(\\d{1,4})\\s*-?\\s*(working days?|business days?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\b");
    /** A duration right after one of these words is a period ("every 4 seconds"), not a time anything is due in. */
    private static final Pattern PERIOD = Pattern.compile("\\b(every|each|per)\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    private DueTime() {
    }

    /**
     * A stated due time: the evidence (its phrase "20 minutes", the sentence it was read from) and the time in seconds,
     * read from the number and unit matched; empty seconds for days and weeks, which are calendar time, not a window
     * anything waits on at a screen.
     */
    record Stated(Evidence evidence, java.util.OptionalLong seconds) {
    }

    /** The first stated due time; empty when none is stated. */
    static Optional<Stated> stated(ConsultationRequest request, List<String> cues) {
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> sentences = new ArrayList<>();
        if (request.description() != null) {
            for (String s : SENTENCE_END.split(request.description().strip())) {
                sentences.add(new Evidence(RequestField.DESCRIPTION, "", s));
            }
        }
        request.goals().forEach(g -> sentences.add(new Evidence(RequestField.GOAL, "", g)));
        for (Evidence sentence : sentences) {
            if (Words.of(sentence.text()).firstMatch(cues).isEmpty()) {
                continue;
            }
            String lower = sentence.text().toLowerCase(Locale.ROOT);
            Matcher m = DURATION.matcher(lower);
            while (m.find()) {
                if (PERIOD.matcher(lower.substring(0, m.start())).find()) {
                    continue;
                }
                String word = unit(m.group(2));
                String due = m.group(1) + " " + (m.group(1).equals("1") ? word : word + "s");
                return Optional.of(new Stated(new Evidence(sentence.field(), due, sentence.text().strip(), "the stated due time"),
                        seconds(Long.parseLong(m.group(1)), word)));
            }
        }
        return Optional.empty();
    }

    /** {@code n} of a unit in seconds ("20 seconds" is 20, "2 minutes" 120); empty for days and weeks. */
    private static java.util.OptionalLong seconds(long n, String unit) {
        return switch (unit) {
            case "second" -> java.util.OptionalLong.of(n);
            case "minute" -> java.util.OptionalLong.of(n * 60);
            case "hour" -> java.util.OptionalLong.of(n * 3600);
            default -> java.util.OptionalLong.empty();
        };
    }

    /** The unit spelled out, singular ("hour", "minute", "working day"). */
    private static String unit(String unit) {
        return unit.startsWith("sec") ? "second" : unit.startsWith("min") ? "minute" : unit.startsWith("h") ? "hour" : unit.startsWith("working") ? "working day"
                : unit.startsWith("business") ? "business day" : unit.startsWith("week") ? "week" : "day";
    }
}
