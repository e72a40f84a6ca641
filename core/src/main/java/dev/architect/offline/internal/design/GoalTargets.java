package dev.architect.offline.internal.design;

import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.QualityAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request's goals that state a measurable target, as quality attributes whose scenario quotes the goal: a time
 * limit ("match a rider in under 10 s"), a rate ("5,000 orders per minute") or a deadline ("partner API live in 6
 * months", in weeks from the start, as the roadmap counts them). Goals without a number stay goals.
 */
final class GoalTargets {

    private static final Pattern TIME_LIMIT = Pattern.compile(
            "\\b(?:in under|in less than|under|within|below|in)\\s+(\\d+(?:\\.\\d+)?)\\s*(ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\\b");
    private static final Pattern RATE = Pattern.compile(
            "\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+([a-z][a-z -]*?)\\s+(?:per|a|an|each)\\s+(second|minute|hour|day)\\b");

    /** A time limit counted from something ("within 2 minutes of the reading"): group 1 the limit, group 2 that thing. */
    private static final Pattern COUNTED_FROM = Pattern.compile(
            "\\b(?:in under|in less than|under|within|below)\\s+(\\d+(?:\\.\\d+)?\\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?))"
                    + "\\s+(?:of|after|from)\\s+(?:the|a|an|each|its)?\\s*([a-z]+)\\b");

    private GoalTargets() {
    }

    /**
     * The goal that sets a deadline counted from one of a stream's messages ("anomaly alert within 2 minutes of the
     * reading", beside "2.7 million readings a second"), as "within 2 minutes (goal ...)": the word after the limit is
     * a word of the stream's phrase. Empty where no goal counts from the stream's messages.
     */
    static Optional<String> streamDeadline(List<String> goals, String streamPhrase) {
        dev.architect.offline.internal.catalog.Words stream = dev.architect.offline.internal.catalog.Words.of(streamPhrase);
        for (String goal : goals) {
            Matcher m = COUNTED_FROM.matcher(goal.strip().toLowerCase(Locale.ROOT));
            if (m.find() && stream.contains(m.group(2))) {
                return Optional.of("within " + m.group(1) + " (the goal \"" + goal.strip() + "\")");
            }
        }
        return Optional.empty();
    }

    /**
     * The goals' measurable targets; a goal with a calendar date is a time to market in weeks from the consultation's date.
     *
     * @param dated the deadlines the request's dates set, read against the consultation's date
     */
    static List<QualityAttribute> of(List<String> goals, List<RoadmapBuilder.Deadline> dated) {
        List<QualityAttribute> out = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            String goal = goals.get(i).strip();
            String lower = goal.toLowerCase(Locale.ROOT);
            String source = "The goal \"" + goal + "\" (from goals)";
            String id = "qa-goal-" + (i + 1);
            Matcher time = TIME_LIMIT.matcher(lower);
            Matcher rate = RATE.matcher(lower);
            Optional<RoadmapBuilder.Deadline> deadline = dated.stream()
                    .filter(d -> d.source() == StatedDates.Source.GOAL && d.goal().equals(goal)).findFirst()
                    .or(() -> RoadmapBuilder.deadline(goal));
            if (time.find()) {
                String unit = time.group(2).startsWith("ms") || time.group(2).startsWith("milli") ? "ms"
                        : time.group(2).startsWith("s") ? "s" : "minutes";
                out.add(new QualityAttribute(id, QualityAttributeType.PERFORMANCE, source,
                        "time to " + lower.substring(0, time.start()).strip(), Double.parseDouble(time.group(1)), unit));
            } else if (rate.find()) {
                out.add(new QualityAttribute(id, QualityAttributeType.SCALABILITY, source,
                        rate.group(2).strip() + " handled per " + rate.group(3), Double.parseDouble(rate.group(1).replace(",", "")),
                        rate.group(2).strip() + "/" + rate.group(3)));
            } else if (deadline.isPresent()) {
                out.add(new QualityAttribute(id, QualityAttributeType.TIME_TO_MARKET, source,
                        "weeks from the start until it is live" + deadline.get().dated()
                                .map(d -> " (" + d.date() + ", counted from " + d.today() + ")").orElse(""), deadline.get().weeks(), "weeks"));
            }
        }
        return out;
    }
}
