package dev.architect.offline.internal.catalog;

import dev.architect.internal.Numbers;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load's calendar beyond the usual day ({@code load-calendar-words.yaml}): the windows a request states in its own
 * sentences and goals, each with its length and how often it recurs ("results day", "the last three days of each month",
 * "two weeks in January", "every Monday 8-10"). The usual day's curve is {@link DailyLoadShape}'s; a window is a stretch
 * the load stands above it, in the months it falls in.
 */
public final class LoadCalendar {

    /** Where the words are read from. */
    public static final String RESOURCE = "/dev/architect/offline/load-calendar-words.yaml";
    /** The assumption a day the request names without saying when it recurs ("results day") is taken once a year under. */
    public static final String NAMED_DAY_YEARLY = "as-named-day-yearly";
    /** Times a year above which a window is the usual day's curve, not a window: a daily one. */
    private static final double WEEKLY = 52;
    /** A time range of the day: "8-10", "06:00-08:00", "between 06:00 and 08:00". */
    private static final Pattern RANGE = Pattern.compile("\\b([01]?\\d|2[0-4])(?::([0-5]\\d))?\\s*(?:-|\u2013|to|and)\\s*([01]?\\d|2[0-4])(?::([0-5]\\d))?\\b");

    /**
     * A window the request states.
     *
     * @param evidence   the sentence that states it
     * @param hours      how long one occurrence lasts, in hours
     * @param perYear    how many times a year it recurs
     * @param length     its length as the sentence gives it ("1 hour", "3 days")
     * @param recurrence how often, and from which words ("once a year, \"in january\"")
     */
    public record Window(String evidence, double hours, double perYear, String length, String recurrence) {

        /** Whether it recurs in every month (monthly or weekly): the usual month then carries it. */
        public boolean everyMonth() {
            return perYear >= 12;
        }

        /**
         * For the text: its length, recurrence and the sentence.
         *
         * @return e.g. "1 hour once a year (stated: \"...\")"
         */
        public String describe() {
            return length + ", " + recurrence + " (stated: \"" + evidence + "\")";
        }
    }

    /** The file's shape. */
    record File(List<String> loadWords, Map<String, Double> recurrences, List<String> months, List<String> weekdays,
                List<String> eachWords, List<String> ordinaryDays, Map<String, Double> lengths, Map<String, Double> counts,
                List<String> comparisonWords) {
    }

    private final File words;

    private LoadCalendar(File words) {
        this.words = words;
    }

    private static final class Holder {
        static final LoadCalendar STANDARD = new LoadCalendar(check(DataFiles.shipped(RESOURCE, File.class, "load calendar words"), RESOURCE));
    }

    /**
     * The shipped words.
     *
     * @return the calendar reader
     */
    public static LoadCalendar standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a copy of the file; a bad entry fails naming it.
     *
     * @param in    the file
     * @param where its name, for errors
     * @return the calendar reader
     */
    public static LoadCalendar read(InputStream in, String where) {
        return new LoadCalendar(check(DataFiles.read(in, where, File.class, "load calendar words"), where));
    }

    /**
     * The windows the request's description and goals state, shortest first (the shortest holds the stated peak).
     *
     * @param request the request
     * @return its windows; empty when it states none
     */
    public List<Window> windows(ConsultationRequest request) {
        List<Window> found = new ArrayList<>();
        for (String sentence : DailyLoadShape.sentences(request)) {
            window(sentence.strip()).ifPresent(found::add);
        }
        found.sort(Comparator.comparingDouble(Window::hours));
        return List.copyOf(found);
    }

    /** The window one sentence states, when it names the load, a length and a recurrence (or a day of its own). */
    Optional<Window> window(String sentence) {
        if (!Words.of(sentence).containsAny(words.loadWords())) {
            return Optional.empty();
        }
        List<String> tokens = Words.split(sentence);
        Set<Integer> used = new LinkedHashSet<>();
        double perYear = 0;
        String recurrence = null;
        for (Map.Entry<String, Double> r : words.recurrences().entrySet()) {
            List<String> phrase = Words.split(r.getKey());
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                if (tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    for (int j = i; j < i + phrase.size(); j++) {
                        used.add(j);
                    }
                    if (recurrence == null || r.getValue() < perYear) {
                        perYear = r.getValue();
                        recurrence = "\"" + r.getKey() + "\"";
                    }
                }
            }
        }
        String month = null;
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean dated = words.eachWords().contains(tokens.get(i - 1));
            String day = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
            if (words.weekdays().contains(day) && (dated || !day.equals(t)
                    || i + 1 < tokens.size() && words.lengths().containsKey(tokens.get(i + 1)) && words.lengths().get(tokens.get(i + 1)) < 24)) {
                if (recurrence == null || WEEKLY < perYear) {
                    perYear = WEEKLY;
                    recurrence = "every " + day;
                }
            } else if (dated && words.months().contains(t) && month == null && !compared(tokens, i)) {
                month = t;
                used.add(i);
                if (recurrence == null || 1 < perYear) {
                    perYear = 1;
                    recurrence = "\"" + tokens.get(i - 1) + " " + t + "\"";
                }
            }
        }
        double hours = Double.MAX_VALUE;
        String length = null;
        boolean namedDay = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            String t = tokens.get(i);
            String unit = words.lengths().containsKey(t) ? t : t.endsWith("s") && words.lengths().containsKey(t.substring(0, t.length() - 1))
                    ? t.substring(0, t.length() - 1) : null;
            if (unit == null) {
                continue;
            }
            String before = i > 0 ? tokens.get(i - 1) : "";
            double count = before.matches("\\d+") ? Double.parseDouble(before) : words.counts().getOrDefault(before, 1.0);
            if (unit.equals("day") && count == 1 && !before.isEmpty() && !words.counts().containsKey(before) && !before.matches("\\d+")
                    && !words.ordinaryDays().contains(before) && !words.weekdays().contains(before)) {
                namedDay = true;
            }
            double h = count * words.lengths().get(unit);
            if (h < hours) {
                hours = h;
                length = Numbers.format(count) + " " + (count == 1 ? unit : unit + "s");
            }
        }
        Matcher range = RANGE.matcher(sentence.toLowerCase(Locale.ROOT));
        if (range.find() && (range.group(2) != null || range.group(4) != null || perYear == WEEKLY)) {
            double from = Integer.parseInt(range.group(1)) + (range.group(2) == null ? 0 : Integer.parseInt(range.group(2)) / 60.0);
            double to = Integer.parseInt(range.group(3)) + (range.group(4) == null ? 0 : Integer.parseInt(range.group(4)) / 60.0);
            if (to > from && to - from < hours) {
                hours = Numbers.round(to - from, 2);
                length = Numbers.format(hours) + (hours == 1 ? " hour" : " hours") + " (" + range.group().strip() + ")";
            }
        }
        if (length == null && month != null) {
            hours = words.lengths().get("month");
            length = "the month of " + month;
        }
        if (length == null) {
            return Optional.empty();
        }
        if (recurrence == null && namedDay) {
            perYear = 1;
            recurrence = "a day of its own, taken once a year (assumption " + NAMED_DAY_YEARLY + ")";
        } else if (recurrence != null) {
            recurrence = Numbers.format(perYear) + (perYear == 1 ? " time" : " times") + " a year, " + recurrence;
        }
        if (recurrence == null || perYear > WEEKLY) {
            return Optional.empty();
        }
        return Optional.of(new Window(sentence, hours, perYear, length, recurrence));
    }

    /** Whether a comparison comes before the word ("five times the traffic of November"): what follows it is the baseline. */
    private boolean compared(List<String> tokens, int at) {
        return tokens.subList(0, at).stream().anyMatch(words.comparisonWords()::contains);
    }

    private static File check(File file, String where) {
        if (file.loadWords() == null || file.loadWords().isEmpty()) {
            throw new IllegalStateException(where + ": loadWords must list at least one word");
        }
        Map<String, Double> recurrences = positive(where, "recurrences", file.recurrences(), 365);
        Map<String, Double> lengths = positive(where, "lengths", file.lengths(), 730);
        if (!lengths.containsKey("month") || !lengths.containsKey("day")) {
            throw new IllegalStateException(where + ": lengths must give 'day' and 'month'");
        }
        Map<String, Double> counts = positive(where, "counts", file.counts(), 100);
        return new File(Words.phrases(where, "loadWords", file.loadWords()), recurrences, Words.phrases(where, "months", file.months()),
                Words.phrases(where, "weekdays", file.weekdays()), Words.phrases(where, "eachWords", file.eachWords()),
                Words.phrases(where, "ordinaryDays", file.ordinaryDays()), lengths, counts, Words.phrases(where, "comparisonWords", file.comparisonWords()));
    }

    /** A map of phrases to a figure in (0, most]; each phrase whole words, each once. */
    private static Map<String, Double> positive(String where, String key, Map<String, Double> given, double most) {
        if (given == null || given.isEmpty()) {
            throw new IllegalStateException(where + ": " + key + " must give at least one entry");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : given.entrySet()) {
            String phrase = String.join(" ", Words.split(e.getKey()));
            if (phrase.isEmpty() || !phrase.equals(e.getKey().strip().toLowerCase(Locale.ROOT).replace('-', ' '))) {
                throw new IllegalStateException(where + ": " + key + "." + e.getKey() + " must be whole words");
            }
            if (e.getValue() == null || !(e.getValue() > 0) || e.getValue() > most) {
                throw new IllegalStateException(where + ": " + key + "." + e.getKey() + " must be more than 0 and at most " + Numbers.format(most));
            }
            if (out.put(phrase, e.getValue()) != null) {
                throw new IllegalStateException(where + ": " + key + " lists '" + e.getKey() + "' twice");
            }
        }
        return out;
    }
}
