package dev.architect.offline.internal.rules;

import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, sharp surge far above the base load, read from the request's own figures ({@code surge-absorption.yaml}): the
 * stated peak over a base rate the description states in requests a second, or a crowd it says queues or waits at once
 * whose requests pass a minute of the peak; whether a mechanism the design recognised guards a finite count two takers
 * contend for (places, stock, a lot's bid); and the rate a waiting room admits people at, from the write path the design
 * is sized for. Nothing is read from a word alone: a rate with no base cue, a crowd with no cue that it comes at once, or a
 * mechanism guarding nothing leaves the decision out.
 */
public final class SurgeAbsorption {

    /** Where the words and bounds are read from. */
    public static final String RESOURCE = "/dev/architect/offline/surge-absorption.yaml";
    /** The catalogue section the decision draws on. */
    public static final String SECTION = "surgeAbsorption";
    /** The option that admits people through a waiting room. */
    public static final String WAITING_ROOM = "waiting-room";

    /** The file's layout. */
    record File(Double surgeFrom, List<String> rateUnits, List<String> baseCues, List<String> contendedBy, List<String> crowdNouns,
                List<String> crowdCues, List<String> queueCues, Double crowdMinutesOfPeak, Double sessionSeconds) {
    }

    /**
     * A surge the request states.
     *
     * @param factor         the peak over the stated base rate; empty when only a crowd states the surge
     * @param factorEvidence the sentence the base rate was read from, or empty
     * @param crowd          people the request says arrive or wait at once; empty when it counts none
     * @param crowdEvidence  the sentence the crowd was read from, or empty
     * @param contendedBy    the recognised mechanism that guards a finite count, by name; empty when none does
     */
    public record Surge(Optional<Double> factor, Optional<String> factorEvidence, Optional<Double> crowd, Optional<String> crowdEvidence,
                        Optional<String> contendedBy) {
    }

    /**
     * The rate a waiting room admits people at: the writes a second the write path is sized for at peak over the writes one
     * admitted person makes (the requests one action brings, {@link Workload#REQUESTS_PER_ACTION}, split by the request's
     * reads per write).
     *
     * @param perSecond    people admitted a second
     * @param formula      the arithmetic, for the text
     * @param drainSeconds how long the stated crowd takes to be admitted at that rate; 0 when no crowd is stated
     * @param liveTokens   admitted tokens alive at once (rate x session seconds)
     */
    public record Admission(double perSecond, String formula, double drainSeconds, double liveTokens) {
    }

    /** Words after a crowd within which the cue that it comes at once must stand. */
    private static final int CUE_REACH = 8;
    /** Where a clause ends: a crowd's cue is read only up to it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");

    private final File words;
    private final Pattern rate;
    private final Pattern crowd;

    private SurgeAbsorption(File words) {
        this.words = words;
        this.rate = Pattern.compile("\\b" + StatedFacts.NUMBER + "\\s+(?:" + alternatives(words.rateUnits()) + ")\\b");
        this.crowd = Pattern.compile("\\b" + StatedFacts.NUMBER + "\\s+(?:[a-z-]+\\s+)?(?:" + alternatives(words.crowdNouns()) + ")\\b");
    }

    private static final class Holder {
        static final SurgeAbsorption STANDARD = new SurgeAbsorption(check(DataFiles.shipped(RESOURCE, File.class, "surge absorption"), RESOURCE));
    }

    /**
     * The shipped words.
     *
     * @return the reader
     */
    public static SurgeAbsorption standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a copy of the file; a bad entry fails naming it.
     *
     * @param in    the file
     * @param where its name, for errors
     * @return the reader
     */
    public static SurgeAbsorption read(InputStream in, String where) {
        return new SurgeAbsorption(check(DataFiles.read(in, where, File.class, "surge absorption"), where));
    }

    /**
     * The surge the request states, if it states one.
     *
     * @param request    the request
     * @param workload   its figures (the peak)
     * @param recognised the mechanisms the design recognised
     * @return the surge; empty when the request states none
     */
    public Optional<Surge> read(ConsultationRequest request, Workload workload, List<Recognised> recognised) {
        double peak = workload.peakRps();
        Optional<Double> base = Optional.empty();
        Optional<String> baseEvidence = Optional.empty();
        Optional<Double> people = Optional.empty();
        Optional<String> peopleEvidence = Optional.empty();
        boolean queued = false;
        for (String sentence : CapabilityShapes.sentences(request.description())) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            Words w = Words.of(sentence);
            if (w.containsAny(words.baseCues())) {
                Matcher m = rate.matcher(lower);
                while (m.find()) {
                    double r = StatedFacts.number(m, 1);
                    if (r > 0 && r < peak && (base.isEmpty() || r < base.get())) {
                        base = Optional.of(r);
                        baseEvidence = Optional.of(sentence);
                    }
                }
            }
            Matcher m = crowd.matcher(lower);
            while (m.find()) {
                // The cue must follow the people it speaks of, in the words after them and in their own clause ("40,000 people
                // sit in the queue"): a queue named before them ("the message queue holds events of 50,000 users") or after a
                // comma ("320 members, plus a waiting list") speaks of something else
                String clause = CLAUSE_END.split(lower.substring(m.end()), 2)[0];
                Words after = Words.of(String.join(" ", java.util.Arrays.stream(clause.strip().split("\\s+"))
                        .limit(CUE_REACH).toList()));
                double n = StatedFacts.number(m, 1);
                if (after.containsAny(words.crowdCues()) && (people.isEmpty() || n > people.get())) {
                    people = Optional.of(n);
                    peopleEvidence = Optional.of(sentence);
                    queued = after.containsAny(words.queueCues());
                }
            }
        }
        Optional<Double> factor = base.map(b -> Numbers.round(peak / b, 1)).filter(f -> f >= words.surgeFrom());
        // A crowd that queues counts as a surge on its own only when its requests pass a minute of the sized peak
        boolean crowdSurge = queued && people.get() * Workload.REQUESTS_PER_ACTION > peak * 60 * words.crowdMinutesOfPeak();
        if (factor.isEmpty() && !crowdSurge) {
            return Optional.empty();
        }
        Optional<String> contended = recognised.stream().filter(r -> words.contendedBy().contains(r.archetype().id()))
                .map(r -> r.archetype().name()).findFirst();
        return Optional.of(new Surge(factor, factor.isPresent() ? baseEvidence : Optional.empty(), people, peopleEvidence, contended));
    }

    /**
     * The rate a waiting room admits people at, from the write path as sized.
     *
     * @param workload the figures (peak writes, reads per write)
     * @param crowd    the crowd the request states, if any
     * @return the admission rate and its arithmetic
     */
    public Admission admission(Workload workload, Optional<Double> crowd) {
        double writesEach = Workload.REQUESTS_PER_ACTION / (workload.readWriteRatio() + 1);
        double rate = workload.peakWrites() / writesEach;
        // a small write path admits less than one person a second: rounded to tenths it would read as none (and drain forever)
        double perSecond = Numbers.round(rate, rate < 1 ? 3 : 1);
        String formula = Numbers.format(workload.peakWrites()) + " writes/s the write path is sized for at peak / ("
                + Numbers.format(Workload.REQUESTS_PER_ACTION) + " requests one admitted person brings / (" + Numbers.format(workload.readWriteRatio())
                + " reads per write + 1) = " + Numbers.format(Numbers.round(writesEach, 2)) + " writes each) = " + Numbers.format(perSecond)
                + " people admitted a second (" + Numbers.format(Numbers.round(perSecond * 60, 0)) + " a minute)";
        Optional<Double> admitted = crowd.filter(n -> perSecond > 0);
        double drain = admitted.map(n -> Numbers.round(n / perSecond, 0)).orElse(0.0);
        double live = Numbers.round(perSecond * words.sessionSeconds(), 0);
        String drained = admitted.map(n -> "; the " + Numbers.format(n) + " people stated at once are admitted in " + Numbers.format(n) + " / "
                + Numbers.format(perSecond) + " = " + Numbers.format(drain) + " s").orElse("");
        return new Admission(perSecond, formula + drained, drain, live);
    }

    /** How long an admitted person stays on the write path, in seconds. */
    public double sessionSeconds() {
        return words.sessionSeconds();
    }

    private static String alternatives(List<String> phrases) {
        return String.join("|", phrases.stream().sorted((a, b) -> b.length() - a.length())
                .map(p -> String.join("\\W+", java.util.Arrays.stream(p.split(" ")).map(Pattern::quote).toList())).toList());
    }

    private static File check(File f, String where) {
        if (f.surgeFrom() == null || !(f.surgeFrom() > 3)) {
            throw new IllegalStateException(where + ": surgeFrom must be more than 3, the usual day's peak over its average");
        }
        if (f.crowdMinutesOfPeak() == null || !(f.crowdMinutesOfPeak() > 0)) {
            throw new IllegalStateException(where + ": crowdMinutesOfPeak must be more than 0");
        }
        if (f.sessionSeconds() == null || !(f.sessionSeconds() > 0) || f.sessionSeconds() > 3600) {
            throw new IllegalStateException(where + ": sessionSeconds must be more than 0 and at most 3,600");
        }
        if (f.contendedBy() == null || f.contendedBy().isEmpty()) {
            throw new IllegalStateException(where + ": contendedBy must name at least one archetype");
        }
        for (String id : f.contendedBy()) {
            if (Archetypes.standard().byId(id).isEmpty()) {
                throw new IllegalStateException(where + ": contendedBy names '" + id + "', which is no archetype of archetypes.yaml");
            }
        }
        return new File(f.surgeFrom(), Words.phrases(where, "rateUnits", f.rateUnits()), Words.phrases(where, "baseCues", f.baseCues()),
                List.copyOf(f.contendedBy()), Words.phrases(where, "crowdNouns", f.crowdNouns()),
                Words.phrases(where, "crowdCues", f.crowdCues()), Words.phrases(where, "queueCues", f.queueCues()), f.crowdMinutesOfPeak(), f.sessionSeconds());
    }
}
