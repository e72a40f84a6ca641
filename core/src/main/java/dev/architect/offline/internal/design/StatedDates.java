package dev.architect.offline.internal.design;

import dev.architect.offline.internal.design.RoadmapBuilder.Deadline;
import dev.architect.request.ConsultationRequest;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates a request sets for going live: "live by 2027-04-15", "before the 2027 season starts in March", "for
 * the September term". The offline architect keeps no clock of its own: each date is read against the consultation's
 * date (the architect's clock) and becomes a deadline in whole weeks from it, so the same request and date give the
 * same plan. A month or a quarter counts from its first day unless "the end of" it is named, so a plan that meets the
 * reading is never late by the calendar; a month without a year is its next coming. A goal with a date is a deadline;
 * the description and the constraints are read only in sentences that speak of going live, and only for dates still
 * ahead (a past date there is history). A goal whose date has passed is reported, never planned against.
 */
final class StatedDates {

    private static final String YEAR = "(20\\d\\d)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    /** A month alone, with no day or year beside it: full names only, and not "may", which is mostly a verb. */
    private static final String MONTH_NAME = "(january|february|march|april|june|july|august|september|october|november|december)";
    private static final String END_OF = "(end\\s+of\\s+(?:the\\s+)?)?";

    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + END_OF + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern QUARTER = Pattern.compile("\\b" + END_OF + "q([1-4])\\s+" + YEAR + "\\b");
    /**
     * "before the 2027 season starts in March": a year after a word that makes it one ("the 2027 season", not "2050
     * seats"), then within a few words the month it names.
     */
    private static final Pattern YEAR_THEN_MONTH = Pattern.compile("\\b(?:the|in|by|of|for|before|until|from)\\s+" + YEAR + "\\b(?:\\s+[a-z-]+){0,4}?\\s+(?:in|by|from|on)\\s+"
            + "(?:early\\s+|late\\s+)?" + MONTH_NAME + "\\b(?!\\s*\\d)");
    /** "for the September term", "by March": a month with no year after a word that makes it a deadline. */
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(by|before|for|until|in|ahead\\s+of|in\\s+time\\s+for)\\s+(?:the\\s+)?"
            + END_OF + "(?:start\\s+of\\s+(?:the\\s+)?|beginning\\s+of\\s+(?:the\\s+)?)?(?:early\\s+|late\\s+)?" + MONTH_NAME
            + "\\b(?!\\s*,?\\s*\\d)");
    /**
     * A year alone after a word that makes it a deadline: "by the end of 2027", "before 2028", "in 2027" (the last only
     * where any preposition counts). A number of things ("by 2050 members") is not a year: the year must end the
     * clause or be followed by a word that cannot be what it counts.
     */
    private static final Pattern YEAR_ALONE = Pattern.compile("\\b(by|before|until|in)\\s+(?:the\\s+)?" + END_OF + "(?:the\\s+year\\s+)?" + YEAR
            + "(?=\\s*(?:$|[,.;:!?)]|(?:and|or|at|latest|when|while|so|but|as|if|with|to|the|for)\\b))");
    /** "by the end of the year": the end of the year of the date named before it in the same text, else of this one. */
    private static final Pattern END_OF_THE_YEAR = Pattern.compile("\\b(?:by|before|until)\\s+(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+year\\b");
    /** Words that make a sentence of the description or a constraint speak of going live. */
    private static final Pattern LAUNCH_WORDS = Pattern.compile("\\b(?:live|go-live|golive|launch\\w*|release[sd]?|ready|ship(?:s|ped|ping)?|deadline|"
            + "on-?sales?|opening|cut-?over|rollout|roll\\s+out|in\\s+time\\s+for|fixed|cannot\\s+move|must\\s+not\\s+slip)\\b");
    /** Where one sentence ends: a stop followed by a space ("1.5 million" is one number, not two sentences). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    private StatedDates() {
    }

    /**
     * The deadlines a request dates, and the goals whose dates have already passed.
     *
     * @param deadlines each dated deadline, goals first, then constraints, then the description; one per date
     * @param passed one sentence per goal whose date is on or before the consultation's date
     */
    record Read(List<Deadline> deadlines, List<String> passed) {
    }

    /** Where a date was stated: a goal is a deadline by itself, other text only where it speaks of going live. */
    enum Source {
        GOAL("the goal"),
        CONSTRAINT("the constraint"),
        DESCRIPTION("the description");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** "the goal 'live by 2027-04-15'". */
        String cite(String text) {
            return label + " '" + text + "'";
        }
    }

    static Read read(ConsultationRequest request, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (String goal : request.goals()) {
            // "in December" is a deadline only in a goal about going live ("live in December", not "handle the load in December")
            List<LocalDate> dates = dates(goal, today, LAUNCH_WORDS.matcher(goal.toLowerCase(Locale.ROOT)).find());
            List<LocalDate> ahead = dates.stream().filter(d -> d.isAfter(today)).toList();
            ahead.forEach(date -> add(deadlines, new Deadline(goal.strip(), weeks(today, date), Source.GOAL,
                    Optional.of(new Deadline.Dated(date, today)))));
            if (ahead.isEmpty() && !dates.isEmpty()) { // a goal that also names a past date ("launched in 2019") is about the later one
                passed.add("The goal '" + goal.strip() + "' names " + dates.get(dates.size() - 1) + ", on or before the date of this consultation ("
                        + today + "): the roadmap is not planned against it; check the date, or the clock the architect was given");
            }
        }
        for (String constraint : request.constraints()) {
            launchSentences(constraint, Source.CONSTRAINT, today, deadlines);
        }
        launchSentences(request.description(), Source.DESCRIPTION, today, deadlines);
        return new Read(List.copyOf(deadlines), List.copyOf(passed));
    }

    private static void launchSentences(String text, Source source, LocalDate today, List<Deadline> deadlines) {
        if (text == null) {
            return;
        }
        for (String part : SENTENCE_END.split(text)) {
            String sentence = part.strip();
            if (sentence.isEmpty() || !LAUNCH_WORDS.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            // a longer sentence may name a month for something else ("peaks in March, when the season launches")
            for (LocalDate date : dates(sentence, today, false)) {
                if (date.isAfter(today)) {
                    add(deadlines, new Deadline(sentence.replaceAll("[.;!?]$", ""), weeks(today, date), source,
                            Optional.of(new Deadline.Dated(date, today))));
                }
            }
        }
    }

    /** One deadline per date: the goal that states it wins over the description that repeats it. */
    private static void add(List<Deadline> deadlines, Deadline d) {
        if (deadlines.stream().noneMatch(x -> x.dated().map(Deadline.Dated::date).equals(d.dated().map(Deadline.Dated::date)))) {
            deadlines.add(d);
        }
    }

    /** Whole weeks from today to the date: a plan of that many weeks is live on time, one more is late. */
    static int weeks(LocalDate today, LocalDate date) {
        return (int) (ChronoUnit.DAYS.between(today, date) / 7);
    }

    /** A date the text names, found on its own (not inside a longer date), in the order written. */
    private record Found(int start, int end, LocalDate date) {
    }

    /**
     * The dates a text names, in the order written; a month without a year is its next coming after today.
     *
     * @param anyPreposition whether "in March" counts as well as "by March": in a short goal about going live it is a
     *                         deadline, elsewhere it may name a month for something else ("traffic peaks in March")
     */
    static List<LocalDate> dates(String text, LocalDate today, boolean anyPreposition) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        Matcher m = ISO.matcher(lower);
        while (m.find()) {
            valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .ifPresent(d -> add(found, new Found(m.start(), m.end(), d)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(lower);
        while (dmy.find()) {
            valid(Integer.parseInt(dmy.group(3)), month(dmy.group(2)).getValue(), Integer.parseInt(dmy.group(1)))
                    .ifPresent(d -> add(found, new Found(dmy.start(), dmy.end(), d)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(lower);
        while (mdy.find()) {
            valid(Integer.parseInt(mdy.group(3)), month(mdy.group(1)).getValue(), Integer.parseInt(mdy.group(2)))
                    .ifPresent(d -> add(found, new Found(mdy.start(), mdy.end(), d)));
        }
        Matcher my = MONTH_YEAR.matcher(lower);
        while (my.find()) {
            add(found, new Found(my.start(), my.end(), period(LocalDate.of(Integer.parseInt(my.group(3)), month(my.group(2)), 1), 1,
                    my.group(1) != null)));
        }
        Matcher q = QUARTER.matcher(lower);
        while (q.find()) {
            LocalDate first = LocalDate.of(Integer.parseInt(q.group(3)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
            add(found, new Found(q.start(), q.end(), period(first, 3, q.group(1) != null)));
        }
        Matcher ym = YEAR_THEN_MONTH.matcher(lower);
        while (ym.find()) {
            add(found, new Found(ym.start(), ym.end(), LocalDate.of(Integer.parseInt(ym.group(1)), month(ym.group(2)), 1)));
        }
        Matcher alone = MONTH_ALONE.matcher(lower);
        while (alone.find()) {
            if (anyPreposition || !alone.group(1).equals("in")) {
                add(found, new Found(alone.start(), alone.end(), nextMonth(month(alone.group(3)), alone.group(2) != null, today)));
            }
        }
        Matcher year = YEAR_ALONE.matcher(lower);
        while (year.find()) {
            if (anyPreposition || !year.group(1).equals("in")) {
                add(found, new Found(year.start(), year.end(), period(LocalDate.of(Integer.parseInt(year.group(3)), 1, 1), 12, year.group(2) != null)));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        Matcher endOfYear = END_OF_THE_YEAR.matcher(lower);
        while (endOfYear.find()) {
            int at = endOfYear.start();
            int base = found.stream().filter(f -> f.start() < at).map(f -> f.date().getYear()).reduce((a, b) -> b).orElse(today.getYear());
            LocalDate end = LocalDate.of(Math.max(base, today.getYear()), 12, 31);
            add(found, new Found(endOfYear.start(), endOfYear.end(), end.isAfter(today) ? end : end.plusYears(1)));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::date).toList();
    }

    /** A period of {@code months} from its first day: that day, or its last day when "the end of" it is named. */
    private static LocalDate period(LocalDate first, int months, boolean end) {
        return end ? first.plusMonths(months).minusDays(1) : first;
    }

    /** A month written without a year: its next coming after today ("the September term" in December is next year's). */
    static LocalDate nextMonth(Month month, boolean end, LocalDate today) {
        for (int year = today.getYear(); ; year++) {
            LocalDate candidate = period(LocalDate.of(year, month, 1), 1, end);
            if (candidate.isAfter(today)) {
                return candidate;
            }
        }
    }

    /** Keeps a date found inside a longer one out ("April 2027" within "15 April 2027"): the first pattern found wins. */
    private static void add(List<Found> found, Found f) {
        if (found.stream().noneMatch(x -> x.start() < f.end() && f.start() < x.end())) {
            found.add(f);
        }
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "2027-13-40" is no date
        }
    }

    private static Month month(String name) {
        String n = name.replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name); // the patterns admit month names only
    }
}
