package dev.architect.offline.internal.design;

import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.QualityAttributeType;
import dev.architect.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurable targets a request states outside its figures, read from each goal and each sentence of the
 * description: a time bound on an action ("remote start within 5 seconds", "bill every customer within the first 3
 * working days of each month"), a rate ("10,000 orders an hour", goals only, since the description's rates are the
 * workload), a limit on a batch ("firmware pushed in waves of at most 500 chargers") and a count held at once ("350,000
 * concurrent players"). Each becomes a quality attribute that quotes its evidence and a check the roadmap's hardening
 * must pass. Words are read whole: "within the EU", "at most once" and "by the team" state no target, and a time bound
 * needs a unit of time after its number. Dates are deadlines ({@link StatedDates}), not read here.
 */
final class StatedTargets {

    /** What kind of bound a target is, which decides its quality attribute and how the roadmap checks it. */
    enum Kind {
        TIME, RATE, LIMIT, CONCURRENT
    }

    /**
     * One target.
     *
     * @param kind what kind of bound it is
     * @param action what is bounded, in the request's words ("remote start of a session")
     * @param value the bound, in {@code unit}
     * @param unit its unit: a unit of time, or what is counted
     * @param evidence where it is stated, quoted: "the goal '...'" or "the description: '...'"
     * @param scenario the quality attribute's scenario, the evidence as the requirements quote it
     */
    record Target(Kind kind, String action, double value, String unit, String evidence, String scenario) {

        /** The bound as written back: "5 s", "3 working days", "500 chargers". */
        String bound() {
            return Numbers.format(value) + " " + unit;
        }
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|thousand))?";
    private static final String SHORT_UNIT = "ms|milliseconds?|s|secs?|seconds?|minutes?|mins?";
    private static final String LONG_UNIT = "hours?|hrs?|(?:working|business|calendar)\\s+days?|days?";
    /** "within 5 seconds", "in under 2 minutes", "within the first 3 working days": "in" alone only before seconds or minutes. */
    private static final Pattern TIME = Pattern.compile("\\b(?:(?:in\\s+under|in\\s+less\\s+than|under|within|below|no\\s+later\\s+than|at\\s+most)"
            + "\\s+(?:the\\s+first\\s+)?" + NUMBER + "\\s*(" + SHORT_UNIT + "|" + LONG_UNIT + ")|in\\s+" + NUMBER + "\\s*(" + SHORT_UNIT + "))\\b");
    /** "5,000 orders per minute", "10,000 an hour": a count, what is counted (up to four words, or nothing), then the period. */
    private static final Pattern RATE = Pattern.compile("\\b" + NUMBER + "\\s+(?:([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3})\\s+)?(?:per|a|an|each|every)\\s+"
            + "(second|minute|hour|day|week|month)\\b");
    /** "waves of at most 500 chargers", "at most 20 seats per order": a limit, what it counts, and what it counts within. */
    private static final Pattern LIMIT = Pattern.compile("\\b(?:([a-z]+)\\s+of\\s+)?(?:at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than|never\\s+more\\s+than)\\s+"
            + NUMBER + "\\s+([a-z][a-z-]*)(?:\\s+(?:per|a|an|each|in\\s+(?:a|one|each))\\s+([a-z]+))?\\b");
    /** "350,000 concurrent players", "20,000 simultaneous viewers". */
    private static final Pattern CONCURRENT = Pattern.compile("\\b" + NUMBER + "\\s+(?:concurrent|simultaneous)\\s+([a-z][a-z-]*)\\b");
    /** Where one clause of a sentence ends, so an action is read from its own clause ("..., and push updates in waves"). */
    private static final Pattern CLAUSE = Pattern.compile("[,;:]\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z])");
    /** Words that end a time unit's action: "of each month", "of the driver pressing" belong to the bound, not the action. */
    private static final Pattern LEADING = Pattern.compile("^(?:and|but|so|while|we|our|they|it|must|should|shall|will|to|be|is|are|then|needs?\\s+to|want\\s+to)\\s+");
    /** Words that cannot be what a count of things held at once counts ("350,000 concurrent at the peak"). */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("at", "in", "on", "during", "by", "for", "the", "a", "an", "and",
            "or", "of", "to", "with", "from", "per", "each", "when", "while");

    private StatedTargets() {
    }

    /** The targets of one text, in the order written, each quoting {@code evidence}. */
    static List<Target> read(String text, String evidence, String scenario, boolean rates) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        List<int[]> taken = new ArrayList<>();
        List<Target> out = new ArrayList<>();
        Matcher time = TIME.matcher(lower);
        while (time.find()) {
            boolean in = time.group(1) == null;
            double n = number(in ? time.group(4) : time.group(1), in ? time.group(5) : time.group(2));
            String unit = timeUnit(in ? time.group(6) : time.group(3));
            out.add(new Target(Kind.TIME, action(lower, taken, time.start()), n, unit, evidence, scenario));
            taken.add(new int[] {time.start(), time.end()});
        }
        Matcher limit = LIMIT.matcher(lower);
        while (limit.find()) {
            // "kept at most 12 months" is how long something is kept, not how many are taken at once
            if (overlaps(taken, limit.start(), limit.end()) || limit.group(4).matches("(?:" + SHORT_UNIT + "|" + LONG_UNIT + "|weeks?|months?|years?)")) {
                continue;
            }
            String within = limit.group(5) != null ? limit.group(5) : limit.group(1) == null ? null : Names.singular(limit.group(1));
            out.add(new Target(Kind.LIMIT, action(lower, taken, limit.start()) + (within == null ? "" : " (per " + within + ")"),
                    number(limit.group(2), limit.group(3)), limit.group(4), evidence, scenario));
            taken.add(new int[] {limit.start(), limit.end()});
        }
        Matcher concurrent = CONCURRENT.matcher(lower);
        while (concurrent.find()) {
            if (!overlaps(taken, concurrent.start(), concurrent.end()) && !FUNCTION_WORDS.contains(concurrent.group(3))) {
                taken.add(new int[] {concurrent.start(), concurrent.end()});
                out.add(new Target(Kind.CONCURRENT, "concurrent " + concurrent.group(3), number(concurrent.group(1), concurrent.group(2)),
                        concurrent.group(3), evidence, scenario));
            }
        }
        Matcher rate = RATE.matcher(lower);
        while (rates && rate.find()) {
            boolean duration = rate.group(3) != null && rate.group(3).matches("(?:(?:working|business|calendar)\\s+)?(?:" + SHORT_UNIT + "|" + LONG_UNIT + ")");
            if (!overlaps(taken, rate.start(), rate.end()) && !duration) {
                String what = rate.group(3) == null ? action(lower, taken, rate.start()) : rate.group(3).strip();
                out.add(new Target(Kind.RATE, what, number(rate.group(1), rate.group(2)), what + "/" + rate.group(4), evidence, scenario));
            }
        }
        return out;
    }

    /**
     * Every target the goals and the description state; a description sentence that repeats a goal's bound adds nothing.
     */
    static List<Target> of(List<String> goals, String description) {
        List<Target> out = new ArrayList<>();
        goals.forEach(g -> out.addAll(read(g, "the goal '" + g.strip() + "'", "The goal \"" + g.strip() + "\" (from goals)", true)));
        if (description != null) {
            for (String sentence : SENTENCE_END.split(description)) {
                String s = sentence.strip().replaceAll("[.;!?]$", "");
                read(s, "the description: '" + s + "'", "The description says \"" + s + "\"", false).stream()
                        .filter(x -> out.stream().noneMatch(y -> y.kind() == x.kind() && y.value() == x.value() && y.unit().equals(x.unit())))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** The quality attribute that states a target, with its id. */
    static QualityAttribute attribute(String id, Target t) {
        String scenario = t.scenario();
        return switch (t.kind()) {
            case TIME -> new QualityAttribute(id, QualityAttributeType.PERFORMANCE, scenario, "time to " + t.action(), t.value(), t.unit());
            case RATE -> new QualityAttribute(id, QualityAttributeType.SCALABILITY, scenario, t.action() + " handled per "
                    + t.unit().substring(t.unit().lastIndexOf('/') + 1), t.value(), t.unit());
            case LIMIT -> new QualityAttribute(id, QualityAttributeType.RELIABILITY, scenario, "most " + t.unit() + " at once: " + t.action(),
                    t.value(), t.unit());
            case CONCURRENT -> new QualityAttribute(id, QualityAttributeType.SCALABILITY, scenario, t.action() + " held at once", t.value(), t.unit());
        };
    }

    /** The check in the roadmap's hardening that shows a target is met, naming the quality attribute it verifies. */
    static String check(String id, Target t) {
        return switch (t.kind()) {
            case TIME -> "A timed end-to-end test shows " + t.action() + " within " + t.bound() + " (" + id + ", " + t.evidence() + ")";
            case RATE -> "A load test sustains " + t.bound().replace("/hour", " an hour").replace("/", " a ") + " (" + id + ", " + t.evidence() + ")";
            case LIMIT -> "A rehearsal shows " + t.action() + " never takes more than " + t.bound() + " (" + id + ", " + t.evidence() + ")";
            case CONCURRENT -> "A load test holds " + t.bound().replace(t.unit(), t.action()) + " (" + id + ", " + t.evidence() + ")";
        };
    }

    /**
     * What a bound applies to: its own clause of the text up to the bound, after any bound read before it, without a
     * leading conjunction, subject or modal.
     */
    private static String action(String lower, List<int[]> taken, int end) {
        // a bound inside a parenthesis is its own ("(backups rotate within 35 days)"); one outside reads past it, to its own clause
        String text = insideParentheses(lower, end) ? lower : withoutParentheses(lower);
        int after = taken.stream().filter(x -> text == lower || !insideParentheses(lower, x[0])).mapToInt(x -> x[1]).filter(x -> x <= end).max().orElse(0);
        String before = text.substring(after, end).strip();
        Matcher m = CLAUSE.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        String action = before.substring(start).strip();
        Matcher lead = LEADING.matcher(action);
        while (lead.find()) {
            action = action.substring(lead.end());
            lead = LEADING.matcher(action);
        }
        action = action.replaceAll("\\s+(?:in|of)$", "").replaceAll("^[()\\s]+|[()\\s]+$", "").strip();
        return action.matches(".*[a-z].*") ? action : "it";
    }

    /** Whether a position of the text lies inside an open parenthesis. */
    private static boolean insideParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** The text with every parenthesised part blanked, its length and so every position kept. */
    private static String withoutParentheses(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : 0;
            out.append(depth > 0 ? ' ' : c);
            depth -= c == ')' && depth > 0 ? 1 : 0;
        }
        return out.toString();
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(x -> x[0] < end && start < x[1]);
    }

    private static double number(String digits, String scale) {
        double n = Double.parseDouble(digits.replace(",", ""));
        return scale == null ? n : n * (scale.equals("million") ? 1_000_000 : 1_000);
    }

    private static String timeUnit(String word) {
        String w = word.replaceAll("\\s+", " ");
        if (w.startsWith("ms") || w.startsWith("milli")) {
            return "ms";
        }
        if (w.equals("s") || w.startsWith("sec")) {
            return "s";
        }
        if (w.startsWith("min")) {
            return "minutes";
        }
        if (w.startsWith("h")) {
            return "hours";
        }
        return w.endsWith("s") ? w : w + "s"; // "3 working days", "1 days" read as days
    }
}
