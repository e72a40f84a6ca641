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
    /** The assumption a window with a length but no date ("the first morning of the sale") is taken once a year under. */
    public static final String UNDATED_YEARLY = "as-undated-window-yearly";
    /** The assumption a length in days or weeks with no count ("the last days of April") is given its count under. */
    public static final String UNSTATED_LENGTH = "as-window-unstated-length";
    /** The assumption the months a stated season leaves out stand at its base. */
    public static final String SEASON_OTHER_MONTHS = "as-season-other-months-at-base";
    /** The assumption that a season compared with no month ("four times a usual month") is compared with the months it leaves out. */
    public static final String SEASON_BASE = "as-season-base-other-months";
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
     * @param month      the calendar month it falls in, 1 for January; 0 when the sentence dates it in no month
     */
    public record Window(String evidence, double hours, double perYear, String length, String recurrence, int month) {

        /**
         * A window in no named month.
         *
         * @param evidence   the sentence that states it
         * @param hours      how long one occurrence lasts, in hours
         * @param perYear    how many times a year it recurs
         * @param length     its length as the sentence gives it
         * @param recurrence how often, and from which words
         */
        public Window(String evidence, double hours, double perYear, String length, String recurrence) {
            this(evidence, hours, perYear, length, recurrence, 0);
        }

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
                List<String> comparisonWords, List<String> baselineWords, List<String> outsideWords, List<String> periodWords,
                Map<String, Double> multipliers, List<String> frequencyWords, List<String> baseWords, List<String> ordinals,
                Double unstatedCount, List<String> notLoad) {
    }

    private final File words;

    /** Each month's capitalised name, January first. */
    private final List<Pattern> monthNames;

    private LoadCalendar(File words) {
        this.words = words;
        this.monthNames = words.months().stream().map(m -> Pattern.compile("\\b" + Words.capitalise(m) + "\\b")).toList();
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
        List<String> capabilityWords = capabilityWords(request);
        for (String sentence : DailyLoadShape.sentences(request)) {
            // a sentence that states a season ("in April and May traffic is four times higher") spreads the load over its
            // months (season): its month is no window on top of them, but a shorter stretch it names still is ("the opening
            // weekend of the sale in November jumps to 1,800 requests per second")
            Optional<Season> season = season(sentence, capabilityWords);
            boolean seasonal = season.isPresent();
            // a second window of the same sentence with no count of its own ("Load doubles in December and on event days")
            // is not dated by the season's month: the month is the season's, and the other window's days and dates are unstated
            window(sentence.strip()).filter(w -> !seasonal || w.hours() < words.lengths().get("month"))
                    .filter(w -> !(seasonal && season.get().high().contains(w.month()) && w.length().contains(UNSTATED_LENGTH)))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparingDouble(Window::hours));
        return List.copyOf(found);
    }

    /** The window one sentence states, when it names the load, a length and a recurrence (or a day of its own). */
    Optional<Window> window(String sentence) {
        // "the maintenance window is every Sunday 02:00-04:00": a window for work on the system, not load arriving
        if (Words.of(sentence).firstMatch(words.loadWords(), words.notLoad()).isEmpty()) {
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
        List<Integer> datedMonths = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            // a day of the month beside the month's name dates it too: "30 April", "April 30"
            boolean dated = words.eachWords().contains(tokens.get(i - 1)) || words.months().contains(t)
                    && (dayOfMonth(tokens.get(i - 1)) || i + 1 < tokens.size() && dayOfMonth(tokens.get(i + 1)));
            if (dated && words.months().contains(t) && !compared(tokens, i)) {
                datedMonths.add(i);
            }
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
        int lengthAt = -1;
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
            // "the last days", "the final weeks": a plural with no count has the assumed count, never one
            boolean unstated = !unit.equals(t) && !before.matches("\\d+") && (!words.counts().containsKey(before) || words.ordinals().contains(before));
            if (unit.equals(t) && unit.equals("day") && count == 1 && !before.isEmpty() && !words.counts().containsKey(before) && !before.matches("\\d+")
                    && !words.ordinaryDays().contains(before) && !words.weekdays().contains(before)) {
                namedDay = true;
            }
            if (unstated) {
                count = words.unstatedCount();
            }
            double h = count * words.lengths().get(unit);
            if (h < hours) {
                hours = h;
                lengthAt = i;
                length = Numbers.format(count) + " " + (count == 1 ? unit : unit + "s")
                        + (unstated ? " (\"" + before + " " + t + "\" gives no count: assumption " + UNSTATED_LENGTH + ")" : "");
            }
        }
        if (datedMonths.size() > 1 && lengthAt >= 0 && recurrence != null && recurrence.startsWith("\"") && perYear == 1) {
            // several dated months: the window falls in the one nearest its length ("1 March ... the last five days before 30 April")
            int at = lengthAt;
            int nearest = datedMonths.stream().min(Comparator.comparingInt(m -> Math.abs(m - at))).orElseThrow();
            month = tokens.get(nearest);
            recurrence = "\"" + tokens.get(nearest - 1) + " " + month + "\"";
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
        } else if (recurrence == null && lengthAt > 0 && undated(tokens, lengthAt)) {
            perYear = 1;
            recurrence = "no date given (\"" + String.join(" ", tokens.subList(lengthAt - 1, Math.min(tokens.size(), lengthAt + 4)))
                    + "\"), taken once a year (assumption " + UNDATED_YEARLY + ")";
        } else if (recurrence != null) {
            recurrence = Numbers.format(perYear) + (perYear == 1 ? " time" : " times") + " a year, " + recurrence;
        }
        if (recurrence == null || perYear > WEEKLY) {
            return Optional.empty();
        }
        int monthNumber = month == null || perYear != 1 ? 0 : words.months().indexOf(month) + 1;
        return Optional.of(new Window(sentence, hours, perYear, length, recurrence, monthNumber));
    }

    /** "30" before or after a month's name: a day of the month. */
    private static boolean dayOfMonth(String token) {
        return token.matches("\\d{1,2}") && Integer.parseInt(token) >= 1 && Integer.parseInt(token) <= 31;
    }

    /**
     * Whether a length stands in a window of something the sentence names but does not date: an ordinal before it and
     * "of" or "before" the thing after it ("the first morning of the sale", "the final week before the deadline"). A
     * sentence that says "every" or "each" recurs in a way the file does not know: no window is taken.
     */
    private boolean undated(List<String> tokens, int lengthAt) {
        boolean ordinal = words.ordinals().contains(tokens.get(lengthAt - 1));
        boolean ofSomething = lengthAt + 2 < tokens.size() && (tokens.get(lengthAt + 1).equals("of") || tokens.get(lengthAt + 1).equals("before"))
                && tokens.get(lengthAt + 2).equals("the");
        boolean recurs = tokens.stream().anyMatch(t -> t.equals("every") || t.equals("each"));
        return ordinal && ofSomething && !recurs;
    }

    /**
     * A usual rate the request states ("almost the whole year is quiet: about 40 requests per second", "on a normal day
     * about 25 requests per second"): the average of a usual month, in place of the peak over a peak-to-average ratio.
     *
     * @param requestsPerSecond the rate, a second
     * @param evidence          where and how it is stated: the field and the rate's phrase
     * @param qualifier         the words that make it the usual rate ("whole year", "normal day", "outside the ... weeks")
     */
    public record Baseline(double requestsPerSecond, String evidence, String qualifier) {

        /**
         * For the text.
         *
         * @return e.g. "description \"about 40 requests per second\" (\"whole year\")"
         */
        public String describe() {
            return evidence + " (\"" + qualifier + "\")";
        }
    }

    /**
     * The usual rate the request states: the smallest request rate of the first sentence that states one with words of
     * the usual load ({@code baselineWords}: "most of the year", "on a normal day", "on average") or outside a period
     * ("outside the registration weeks"). A sentence that states a rate with no such words says nothing of the usual load:
     * it may be the peak. Whether the rate stands below the peak is the workload's to check.
     *
     * @param request the request
     * @return the usual rate, or empty when none is stated
     */
    public Optional<Baseline> baseline(ConsultationRequest request) {
        for (Map.Entry<String, String> fs : DailyLoadShape.fieldSentences(request)) {
            Optional<String> qualifier = baselineQualifier(fs.getValue());
            if (qualifier.isEmpty()) {
                continue;
            }
            Optional<dev.architect.internal.facts.StatedFact> rate = dev.architect.internal.facts.StatedFacts.requestRates(fs.getKey(), fs.getValue())
                    .stream().filter(r -> r.value() > 0).min(Comparator.comparingDouble(dev.architect.internal.facts.StatedFact::value));
            if (rate.isPresent()) {
                return Optional.of(new Baseline(rate.get().value(), rate.get().evidence(), qualifier.get()));
            }
        }
        return Optional.empty();
    }

    /** The words of a sentence that make its rate the usual one, or empty. */
    Optional<String> baselineQualifier(String sentence) {
        Words w = Words.of(sentence);
        Optional<String> word = w.firstMatch(words.baselineWords());
        if (word.isPresent()) {
            return word;
        }
        // "outside the registration weeks", "outside the season": outside a period named within four words
        List<String> tokens = Words.split(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (!words.outsideWords().contains(tokens.get(i))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 6); j++) {
                String t = tokens.get(j);
                String single = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
                if (words.periodWords().contains(t) || words.periodWords().contains(single)) {
                    return Optional.of(String.join(" ", tokens.subList(i, j + 1)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A season the request states: months that carry a multiple of the load of others ("July and August carry five times
     * the passenger traffic of November").
     *
     * @param high      the months that carry the multiple, 1 for January
     * @param factor    the multiple
     * @param base      the months it is compared with, 1 for January; empty when the sentence names none ("four times the
     *                  orders of a usual month"): the months it leaves out are then the base (assumption {@link #SEASON_BASE})
     * @param evidence  the field and the sentence that state it
     */
    public record Season(List<Integer> high, double factor, List<Integer> base, String evidence) {

        /**
         * Each calendar month's load over the base months', January first: the high months at the factor, the base months
         * and the months the sentence leaves out at 1 (assumption {@link #SEASON_OTHER_MONTHS}).
         *
         * @return twelve factors
         */
        public List<Double> monthFactors() {
            List<Double> out = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                out.add(high.contains(m) ? factor : 1.0);
            }
            return List.copyOf(out);
        }
    }

    /**
     * The first season the description or goals state: a sentence that names the load (a load word, or a word of a
     * capability's name after the multiple: "four times the orders" of an order capability), a multiple ("five times",
     * "3x", "twice") that is not a frequency ("twice a year"), and at least one month's name, capitalised, before the
     * comparison. A multiple with no month ("five times faster than the old system") is no season.
     *
     * @param request the request
     * @return the season, or empty
     */
    public Optional<Season> season(ConsultationRequest request) {
        List<String> capabilityWords = capabilityWords(request);
        for (Map.Entry<String, String> fs : DailyLoadShape.fieldSentences(request)) {
            Optional<Season> found = season(fs.getValue(), capabilityWords);
            if (found.isPresent()) {
                Season x = found.get();
                return Optional.of(new Season(x.high(), x.factor(), x.base(), fs.getKey() + " \"" + fs.getValue().strip() + "\""));
            }
        }
        return Optional.empty();
    }

    /** The words of the request's capability names, which a season's counted noun may name ("orders" of "order placement"). */
    private static List<String> capabilityWords(ConsultationRequest request) {
        return request.capabilities() == null ? List.of()
                : request.capabilities().stream().flatMap(c -> Words.split(c).stream()).filter(w -> w.length() > 2).toList();
    }

    /** Words between the months of a compared list: "of October and November", "than in March", "compared with June". */
    private static final Set<String> BASE_LIST = Set.of("and", "or", "in", "the", "with", "to");

    /** The season one sentence states; its evidence is the sentence. */
    Optional<Season> season(String sentence, List<String> capabilityWords) {
        List<String> tokens = Words.split(sentence);
        int at = -1;
        double factor = 0;
        for (int i = 0; i < tokens.size() && at < 0; i++) {
            String t = tokens.get(i);
            double f = 0;
            int end = i;
            if (t.matches("\\d+x")) {
                f = Double.parseDouble(t.substring(0, t.length() - 1));
            } else if (words.multipliers().containsKey(t)) {
                f = words.multipliers().get(t);
            } else if (i + 1 < tokens.size() && (tokens.get(i + 1).equals("times") || tokens.get(i + 1).equals("x"))) {
                f = t.matches("\\d+") ? Double.parseDouble(t) : Numbers.ofWord(t).orElse(0);
                end = i + 1;
            }
            boolean frequency = end + 1 < tokens.size() && words.frequencyWords().contains(tokens.get(end + 1));
            if (f > 1 && !frequency) {
                at = end;
                factor = f;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        int baseAt = tokens.size();
        for (int i = at + 1; i < tokens.size(); i++) {
            if (words.baseWords().contains(tokens.get(i))) {
                baseAt = i;
                break;
            }
        }
        // the base is the list of months right after the comparison ("of October and November", "than in March"); a month
        // named after that list ("... and the opening weekend in November") is neither the base nor the season
        int baseEnd = baseAt;
        while (baseEnd + 1 < tokens.size() && (words.months().contains(tokens.get(baseEnd + 1)) || BASE_LIST.contains(tokens.get(baseEnd + 1)))) {
            baseEnd++;
        }
        List<Integer> high = new ArrayList<>();
        List<Integer> base = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            // a month is its capitalised name: "may" the verb and "march" the verb are no months
            Matcher named = monthNames.get(m).matcher(sentence);
            while (named.find()) {
                int index = Words.split(sentence.substring(0, named.start())).size();
                if (index < baseAt) {
                    high.add(m + 1);
                } else if (index <= baseEnd) {
                    base.add(m + 1);
                }
            }
        }
        // the counted noun: the word before the comparison ("the orders of"), or the one after the multiple ("four times the orders")
        List<String> counted = new ArrayList<>();
        if (baseAt < tokens.size() && baseAt - 1 > at) {
            counted.add(tokens.get(baseAt - 1));
        }
        int after = at + 1 < tokens.size() && tokens.get(at + 1).equals("the") ? at + 2 : at + 1;
        if (after < tokens.size()) {
            counted.add(tokens.get(after));
        }
        boolean load = Words.of(sentence).containsAny(words.loadWords())
                || counted.stream().anyMatch(t -> capabilityWords.stream().anyMatch(c -> Words.sameWord(t, c)));
        if (high.isEmpty() || !load) {
            return Optional.empty();
        }
        base.removeAll(high);
        return Optional.of(new Season(high.stream().distinct().sorted().toList(), factor, base.stream().distinct().sorted().toList(), sentence.strip()));
    }

    /** Whether a comparison comes before the word ("five times the traffic of November"): what follows it is the baseline. */
    private boolean compared(List<String> tokens, int at) {
        // the month is what the comparison is made with: right after its word ("of November", "than March") or one word on
        // ("than in March", "compared with October"); a month later in the sentence ("the sale in November") is a date
        boolean comparison = tokens.subList(0, at).stream().anyMatch(words.comparisonWords()::contains);
        String before = at > 0 ? tokens.get(at - 1) : "";
        String twoBefore = at > 1 ? tokens.get(at - 2) : "";
        return comparison && (words.baseWords().contains(before) || words.comparisonWords().contains(before)
                || words.baseWords().contains(twoBefore) || words.comparisonWords().contains(twoBefore));
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
        if (file.months() == null || file.months().size() != 12) {
            throw new IllegalStateException(where + ": months must list the twelve months, January first");
        }
        if (file.unstatedCount() == null || !(file.unstatedCount() >= 1) || file.unstatedCount() > 31) {
            throw new IllegalStateException(where + ": unstatedCount must be from 1 to 31");
        }
        Map<String, Double> multipliers = positive(where, "multipliers", file.multipliers(), 100);
        return new File(Words.phrases(where, "loadWords", file.loadWords()), recurrences, Words.phrases(where, "months", file.months()),
                Words.phrases(where, "weekdays", file.weekdays()), Words.phrases(where, "eachWords", file.eachWords()),
                Words.phrases(where, "ordinaryDays", file.ordinaryDays()), lengths, counts, Words.phrases(where, "comparisonWords", file.comparisonWords()),
                Words.phrases(where, "baselineWords", file.baselineWords()), Words.phrases(where, "outsideWords", file.outsideWords()),
                Words.phrases(where, "periodWords", file.periodWords()), multipliers, Words.phrases(where, "frequencyWords", file.frequencyWords()),
                Words.phrases(where, "baseWords", file.baseWords()), Words.phrases(where, "ordinals", file.ordinals()), file.unstatedCount(),
                Words.phrases(where, "notLoad", file.notLoad()));
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
