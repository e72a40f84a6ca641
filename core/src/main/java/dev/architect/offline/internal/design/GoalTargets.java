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
        return of(goals, null, dated);
    }

    /**
     * The measurable targets the goals and the description state ({@link StatedTargets}), and each goal's date as a time
     * to market in weeks from the consultation's date.
     *
     * @param description the request's description, whose sentences may state a bound of their own; null for none
     * @param dated the deadlines the request's dates set, read against the consultation's date
     */
    static List<QualityAttribute> of(List<String> goals, String description, List<RoadmapBuilder.Deadline> dated) {
        List<QualityAttribute> out = new ArrayList<>();
        java.util.Map<String, StatedTargets.Target> targets = identified(goals, description);
        for (int i = 0; i < goals.size(); i++) {
            String goal = goals.get(i).strip();
            String id = "qa-goal-" + (i + 1);
            boolean any = false;
            for (var e : targets.entrySet()) {
                if (e.getKey().equals(id) || e.getKey().startsWith(id + "-")) {
                    out.add(StatedTargets.attribute(e.getKey(), e.getValue()));
                    any = true;
                }
            }
            Optional<RoadmapBuilder.Deadline> deadline = dated.stream()
                    .filter(d -> d.source() == StatedDates.Source.GOAL && d.goal().equals(goal)).findFirst()
                    .or(() -> RoadmapBuilder.deadline(goal));
            if (deadline.isPresent()) {
                out.add(new QualityAttribute(any ? id + "-date" : id, QualityAttributeType.TIME_TO_MARKET, "The goal \"" + goal + "\" (from goals)",
                        "weeks from the start until it is live" + deadline.get().dated()
                                .map(d -> " (" + d.date() + ", counted from " + d.today() + ")").orElse(""), deadline.get().weeks(), "weeks"));
            }
        }
        targets.forEach((id, t) -> {
            if (id.startsWith("qa-stated-")) {
                out.add(StatedTargets.attribute(id, t));
            }
        });
        return out;
    }

    /**
     * The checks the roadmap's hardening runs, one per target the goals and the description state, each naming the
     * quality attribute it verifies.
     */
    static List<String> checks(List<String> goals, String description) {
        List<String> out = new ArrayList<>();
        identified(goals, description).forEach((id, t) -> out.add(StatedTargets.check(id, t)));
        return out;
    }

    /** Each target with its quality attribute's id: "qa-goal-2" (a second in the same goal "qa-goal-2-2"), "qa-stated-1". */
    private static java.util.Map<String, StatedTargets.Target> identified(List<String> goals, String description) {
        java.util.Map<String, StatedTargets.Target> out = new java.util.LinkedHashMap<>();
        List<StatedTargets.Target> all = StatedTargets.of(goals, description);
        int stated = 0;
        for (StatedTargets.Target t : all) {
            int goal = -1;
            for (int i = 0; i < goals.size(); i++) {
                if (t.evidence().equals("the goal '" + goals.get(i).strip() + "'")) {
                    goal = i;
                    break;
                }
            }
            if (goal < 0) {
                out.put("qa-stated-" + (++stated), t);
                continue;
            }
            String id = "qa-goal-" + (goal + 1);
            int k = 1;
            while (out.containsKey(k == 1 ? id : id + "-" + k)) {
                k++;
            }
            out.put(k == 1 ? id : id + "-" + k, t);
        }
        return out;
    }
}
