package dev.architect.offline.internal.catalog;

import dev.architect.internal.Numbers;
import dev.architect.request.Actor;
import dev.architect.request.Audience;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How each part's load runs over the day, by who makes it ({@code daily-load-shapes.yaml}): machines that report on an
 * interval send day and night alike (their average is their peak), people follow a daily curve whose peak hours depend on
 * who they are (the organisation's own staff on a business day, consumers in their evenings, an audience spread across
 * time zones), and a window the request states wins. The one place the cost asks which shape a part's traffic has.
 */
public final class DailyLoadShape {

    /** The usual day's peak over its average for a curve whose file entry states no off-peak share. */
    public static final double ASSUMED_PEAK_TO_AVERAGE = 3;
    /** The assumption that ratio is stated under. */
    public static final String ASSUMED_RATIO = "as-peak-to-average";
    /** Hours of a week. */
    private static final double HOURS_A_WEEK = 168;
    /** Where the curves are read from. */
    public static final String RESOURCE = "/dev/architect/offline/daily-load-shapes.yaml";
    /** The assumption machines' traffic is flat under. */
    public static final String CONSTANT_LOAD = "as-constant-load";
    /** The assumption an ingested stream no machine sends follows its people's day under. */
    public static final String PEOPLE_EVENTS = "as-people-events";

    /** The daily curves people's traffic can follow. */
    public enum Curve {
        /** People outside the organisation, in their own time, in one set of time zones. */
        CONSUMER_DAY("consumerDay"),
        /** The organisation's own roles on a working day. */
        BUSINESS_HOURS("businessHours"),
        /** An audience spread across continents: the evenings fall at different hours. */
        ACROSS_TIME_ZONES("acrossTimeZones"),
        /** The request says the traffic runs all day. */
        AROUND_THE_CLOCK("aroundTheClock"),
        /**
         * The request says its operation runs or is staffed all day ("we run 24/7") without naming the load: people use it
         * every hour, the busiest shift near the peak.
         */
        SHIFTS_ALL_DAY("shiftsAllDay");

        private final String key;

        Curve(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /**
     * One curve as the file gives it.
     *
     * @param assumption      the id the curve is stated under; blank for the stated window's curve
     * @param peakHoursPerDay hours of a day near the peak
     * @param daysPerWeek     days of a week with that peak
     * @param basis           why, with its source
     * @param offPeakShare    the load outside the peak hours, as a share of the peak: the usual day's peak-to-average follows
     */
    record CurveEntry(String assumption, Double peakHoursPerDay, Double daysPerWeek, String basis, Double offPeakShare) {
    }

    /** The file's shape. */
    record File(Map<String, CurveEntry> curves, List<String> machineData, List<String> aroundTheClock, List<String> trafficWords,
                List<String> operatingWords, List<String> notOperationWords) {
    }

    /** "15-minute interval reads", "every 30 seconds", "once an hour", "5 times a second": an interval stated. */
    private static final Pattern INTERVAL = Pattern.compile("\\b(?:\\d+(?:\\.\\d+)?[- ](?:second|sec|minute|min|hour)\\b(?!s? (?:a|an|per|of)\\b)"
            + "|every\\s+(?:(?:\\d+(?:\\.\\d+)?|[a-z]+)\\s*)?(?:seconds?|secs?|minutes?|mins?|hours?|s)\\b|once\\s+(?:a|an|per|every)\\s+(?:second|minute|hour)\\b"
            + "|(?:\\d+|twice)\\s+(?:times\\s+)?(?:a|an|per)\\s+(?:second|minute)\\b)");

    private final Map<Curve, CurveEntry> curves;
    private final List<String> machineData;
    private final List<String> aroundTheClock;
    private final List<String> trafficWords;
    private final List<String> operatingWords;
    private final List<String> notOperationWords;

    private DailyLoadShape(Map<Curve, CurveEntry> curves, List<String> machineData, List<String> aroundTheClock, List<String> trafficWords,
                           List<String> operatingWords, List<String> notOperationWords) {
        this.curves = curves;
        this.machineData = machineData;
        this.aroundTheClock = aroundTheClock;
        this.trafficWords = trafficWords;
        this.operatingWords = operatingWords;
        this.notOperationWords = notOperationWords;
    }

    private static final class Holder {
        static final DailyLoadShape STANDARD = DataFiles.shipped(RESOURCE, "daily load shapes", DailyLoadShape::read);
    }

    public static DailyLoadShape standard() {
        return Holder.STANDARD;
    }

    /**
     * Who makes a request's traffic, read once per design: the machines it says report on an interval (by their nouns), the
     * people and who they are, and any all-day window it states.
     *
     * @param machineNouns  the machines' nouns (singular), each quoted with its evidence; empty when no machine reports
     * @param machineEvidence where the request says the machines report
     * @param staffOnly     every person among the actors is one of the organisation's own roles
     * @param people        what the people who use it are called (an actor's name), for the text
     * @param allDay        the request's sentence saying the traffic runs all day, when one does
     * @param operationOnly whether that sentence says the operation runs or is staffed all day without naming the load ("We
     *                      run 24/7"): people use it every hour, but its busiest shift still stands above the others
     */
    public record Makers(Set<String> machineNouns, String machineEvidence, boolean staffOnly, String people, Optional<String> allDay,
                         boolean operationOnly) {

        /** Whether machines report on an interval. */
        public boolean machinesReport() {
            return !machineNouns.isEmpty();
        }

    }

    /**
     * A curve decided for a request, with its figures and where they come from.
     *
     * @param curve           the curve
     * @param peakHoursPerDay hours of a day near the peak
     * @param daysPerWeek     days of a week with that peak
     * @param source          the assumption id or the request's sentence it rests on
     * @param basis           why, with its source
     * @param offPeakShare    the load outside the peak hours, as a share of the peak; below 0 when the curve states none
     */
    public record Shape(Curve curve, double peakHoursPerDay, double daysPerWeek, String source, String basis, double offPeakShare) {

        /** Hours of a week near the peak. */
        private double peakHoursAWeek() {
            return peakHoursPerDay * daysPerWeek;
        }

        /**
         * The usual day's peak over its average: the 168 hours of a week over its peak-equivalent hours, the peak hours at the
         * peak and the others at the off-peak share ({@code 168 / (4 x 7 + 0.2 x 140) = 3} for consumers' evenings).
         *
         * @return the ratio, to two decimals
         */
        public double peakToAverage() {
            return offPeakShare < 0 ? ASSUMED_PEAK_TO_AVERAGE
                    : Numbers.round(HOURS_A_WEEK / (peakHoursAWeek() + offPeakShare * (HOURS_A_WEEK - peakHoursAWeek())), 2);
        }

        /**
         * The arithmetic of {@link #peakToAverage()} for the text, with where the curve comes from.
         *
         * @return e.g. "168 h a week / (4 h x 7 days + 0.2 x 140 h) = 3 (assumption as-peak-hours)"
         */
        public String peakToAverageText() {
            if (offPeakShare < 0) {
                return Numbers.format(ASSUMED_PEAK_TO_AVERAGE) + " (assumption " + ASSUMED_RATIO + ": the " + curve.key()
                        + " curve, " + source + ", states no off-peak share)";
            }
            double other = Numbers.round(HOURS_A_WEEK - peakHoursAWeek(), 2);
            return Numbers.format(HOURS_A_WEEK) + " h a week / (" + Numbers.format(peakHoursPerDay) + " peak h x " + Numbers.format(daysPerWeek)
                    + " days" + (other > 0 ? " + " + Numbers.format(offPeakShare) + " of the peak x the other " + Numbers.format(other) + " h" : "")
                    + ") = " + Numbers.format(peakToAverage()) + " (" + curve.key() + " curve, " + source + ")";
        }

        /** Hours of a month near the peak: peak hours a day x the days of the week that have them / 7 x the month's hours / 24. */
        public double peakHoursAMonth(double hoursPerMonth) {
            return Numbers.round(peakHoursPerDay * daysPerWeek / 7 * hoursPerMonth / 24, 2);
        }

        /** How the peak hours are counted, for the text: "4 hours a day" or "8 hours a day on 5 days a week". */
        public String hoursText() {
            return Numbers.format(peakHoursPerDay) + " hours a day" + (daysPerWeek < 7 ? " on " + Numbers.format(daysPerWeek) + " days a week" : "");
        }
    }

    /**
     * Reads who makes the request's traffic.
     *
     * @param request the consultation request
     * @param stated  what the request states in words: a device count with its interval says machines report
     * @return its makers
     */
    public Makers makers(ConsultationRequest request, dev.architect.internal.facts.StatedFacts stated) {
        ActorRoles roles = ActorRoles.standard();
        Set<String> nouns = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        stated.deviceRate().ifPresent(d -> {
            nouns.add(d.noun() != null && roles.isReportingMachine(d.noun()) ? singular(d.noun(), roles.reporters()) : "device");
            evidence.add("\"" + d.phrase() + "\"");
        });
        List<Actor> actors = request.actors() == null ? List.of() : request.actors();
        for (Actor actor : actors) {
            Words name = Words.of(actor.name());
            Words all = Words.of(actor.name() + ". " + (actor.description() == null ? "" : actor.description()));
            if (roles.isStaff(name) || name.containsAny(roles.publicRoles())) {
                continue;
            }
            // A machine actor by name ("Charger", "Sensor"), or a system whose description says it sends machines' data
            Optional<String> noun = name.firstMatch(roles.reporters()).or(() -> roles.reporters().stream()
                    .filter(r -> machineData.stream().anyMatch(d -> all.contains(r + " " + d))).findFirst());
            noun.ifPresent(n -> {
                nouns.add(singular(n, roles.reporters()));
                evidence.add("actor " + actor.name());
            });
        }
        List<String> sentences = sentences(request);
        for (String sentence : sentences) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (!INTERVAL.matcher(lower).find()) {
                continue;
            }
            Words words = Words.of(sentence);
            roles.reporters().stream().filter(words::contains).findFirst().ifPresent(n -> {
                nouns.add(singular(n, roles.reporters()));
                evidence.add("\"" + sentence.strip() + "\"");
            });
        }
        WorkContext work = WorkContext.standard();
        // A program among the actors (a trading algorithm) makes no person's traffic
        List<Actor> people = actors.stream().filter(a -> !nouns.contains(singular(Words.of(a.name()).firstMatch(roles.reporters()).orElse(""), roles.reporters()))
                && !evidence.contains("actor " + a.name()) && !work.isSoftware(a)).toList();
        // A workforce: every person among the actors is one of the organisation's own roles, by its title or by how the request
        // describes its work ("traders at the desk", "dispatchers on shift"), none a member of the public
        boolean staffOnly = !people.isEmpty() && people.stream().allMatch(a -> roles.isStaff(Words.of(a.name())) || work.atWork(request, a).isPresent())
                && people.stream().noneMatch(a -> Words.of(a.name()).containsAny(roles.publicRoles()));
        String who = people.stream().filter(a -> Words.of(a.name()).containsAny(roles.publicRoles())).findFirst()
                .or(() -> people.stream().findFirst()).map(Actor::name).orElse("people");
        Optional<String> allDay = allDay(sentences);
        return new Makers(Set.copyOf(nouns), String.join("; ", evidence), staffOnly, who, allDay,
                allDay.isPresent() && !Words.of(allDay.get()).containsAny(trafficWords));
    }

    /**
     * The sentence saying the traffic runs all day: an all-day phrase beside a word for the load, or beside a verb saying the
     * operation itself runs or is staffed all day ("We run 24/7 except Christmas Day", "the control room is staffed around
     * the clock"), so its people use the system at night too; never the phrase alone, never an operation of another party
     * the sentence names ("our payroll vendor runs a 24/7 support line"), and never a requirement that something be
     * available at any hour ("the emergency code break must work 24/7").
     */
    private Optional<String> allDay(List<String> sentences) {
        for (String sentence : sentences) {
            Words words = Words.of(sentence);
            if (!words.containsAny(aroundTheClock)) {
                continue;
            }
            if (words.containsAny(trafficWords) || words.containsAny(operatingWords) && !words.containsAny(notOperationWords)) {
                return Optional.of(sentence.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The sentences of a request's description and goals, where it says how its load runs over the day and the year.
     *
     * @param request the request
     * @return its sentences, description first
     */
    static List<String> sentences(ConsultationRequest request) {
        return fieldSentences(request).stream().map(Map.Entry::getValue).toList();
    }

    /**
     * The same sentences, each with the field it stands in ({@code description}, {@code goals[2]}), for a figure read from
     * one to name where it was stated.
     *
     * @param request the request
     * @return field and sentence pairs, description first
     */
    static List<Map.Entry<String, String>> fieldSentences(ConsultationRequest request) {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        texts.add(Map.entry("description", request.description() == null ? "" : request.description()));
        if (request.goals() != null) {
            for (int i = 0; i < request.goals().size(); i++) {
                texts.add(Map.entry("goals[" + i + "]", request.goals().get(i) == null ? "" : request.goals().get(i)));
            }
        }
        List<Map.Entry<String, String>> sentences = new ArrayList<>();
        for (Map.Entry<String, String> text : texts) {
            for (String sentence : text.getValue().split("(?<=[.;!?])\\s+")) {
                sentences.add(Map.entry(text.getKey(), sentence));
            }
        }
        return sentences;
    }

    /**
     * The curve people's traffic follows: a stated all-day window first, then an audience across continents, then a
     * workforce's business day, else the consumers' day.
     *
     * @param makers   who makes the traffic
     * @param audience how widely the users are spread
     * @return the curve with its figures and source
     */
    public Shape peopleCurve(Makers makers, Audience audience) {
        Curve curve = makers.allDay().isPresent() ? (makers.operationOnly() ? Curve.SHIFTS_ALL_DAY : Curve.AROUND_THE_CLOCK)
                : audience == Audience.GLOBAL ? Curve.ACROSS_TIME_ZONES : makers.staffOnly() ? Curve.BUSINESS_HOURS : Curve.CONSUMER_DAY;
        CurveEntry e = curves.get(curve);
        // Traffic stated to run all day is quoted as the source; an operation stated to run all day sets the curve, whose
        // shifts are assumed, so the sentence is quoted in the assumption's basis
        String source = curve == Curve.AROUND_THE_CLOCK ? "stated: \"" + makers.allDay().get() + "\"" : "assumption " + e.assumption();
        String basis = curve == Curve.SHIFTS_ALL_DAY ? e.basis() + " (stated: \"" + makers.allDay().get() + "\")" : e.basis();
        return new Shape(curve, e.peakHoursPerDay(), e.daysPerWeek(), source, basis, e.offPeakShare() == null ? -1 : e.offPeakShare());
    }

    /**
     * Whether a capability's writes are the machines' data: it ingests readings while machines report, or its name says it
     * holds a reporting machine's data ("meter data management", "charger status"); "vehicle booking" is people's.
     *
     * @param makers who makes the traffic
     * @param name   the capability's name
     * @param ingests whether the capability ingests readings
     * @return true when its writes arrive on the machines' interval
     */
    public boolean machineMade(Makers makers, String name, boolean ingests) {
        if (!makers.machinesReport()) {
            return false;
        }
        if (ingests) {
            return true;
        }
        Words words = Words.of(name);
        return makers.machineNouns().stream().anyMatch(n -> machineData.stream().anyMatch(d -> words.contains(n + " " + d)));
    }

    private static String singular(String noun, List<String> forms) {
        if (noun.endsWith("s") && forms.contains(noun.substring(0, noun.length() - 1))) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    /** Reads the file; a missing curve, hours outside (0, 24], days outside (0, 7], a blank basis or an empty list fail naming the entry. */
    public static DailyLoadShape read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "daily load shapes");
        Map<String, CurveEntry> given = file.curves() == null ? Map.of() : file.curves();
        Map<Curve, CurveEntry> byCurve = new EnumMap<>(Curve.class);
        for (String key : given.keySet()) {
            if (java.util.Arrays.stream(Curve.values()).noneMatch(c -> c.key().equals(key))) {
                throw new IllegalStateException(where + ": curves." + key + " is not a curve (one of consumerDay, businessHours, acrossTimeZones, aroundTheClock, shiftsAllDay)");
            }
        }
        for (Curve curve : Curve.values()) {
            String at = where + ": curves." + curve.key();
            CurveEntry e = given.get(curve.key());
            if (e == null) {
                throw new IllegalStateException(at + " is missing");
            }
            if (e.peakHoursPerDay() == null || !(e.peakHoursPerDay() > 0) || e.peakHoursPerDay() > 24) {
                throw new IllegalStateException(at + ".peakHoursPerDay must be more than 0 and at most 24");
            }
            if (e.daysPerWeek() == null || !(e.daysPerWeek() > 0) || e.daysPerWeek() > 7) {
                throw new IllegalStateException(at + ".daysPerWeek must be more than 0 and at most 7");
            }
            if (e.offPeakShare() != null && (!(e.offPeakShare() >= 0) || e.offPeakShare() > 1)) {
                throw new IllegalStateException(at + ".offPeakShare must be at least 0 and at most 1");
            }
            if (e.basis() == null || e.basis().isBlank()) {
                throw new IllegalStateException(at + ".basis must say why");
            }
            boolean stated = curve == Curve.AROUND_THE_CLOCK;
            if (!stated && (e.assumption() == null || !e.assumption().startsWith("as-"))) {
                throw new IllegalStateException(at + ".assumption must be an assumption id (as-...)");
            }
            if (stated && e.assumption() != null) {
                throw new IllegalStateException(at + ".assumption must be absent: a stated window quotes the request");
            }
            byCurve.put(curve, new CurveEntry(e.assumption(), e.peakHoursPerDay(), e.daysPerWeek(), e.basis().strip(), e.offPeakShare()));
        }
        return new DailyLoadShape(byCurve, words(where, "machineData", file.machineData()), words(where, "aroundTheClock", file.aroundTheClock()),
                words(where, "trafficWords", file.trafficWords()), words(where, "operatingWords", file.operatingWords()),
                words(where, "notOperationWords", file.notOperationWords()));
    }

    private static List<String> words(String where, String key, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(where + ": " + key + " must list at least one phrase");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String w : words) {
            if (w == null || w.isBlank()) {
                throw new IllegalStateException(where + ": " + key + " has a blank phrase");
            }
            if (!seen.add(w.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(where + ": " + key + " lists '" + w + "' twice");
            }
        }
        return List.copyOf(seen);
    }
}
