package dev.architect.offline.internal.catalog;

import dev.architect.internal.Numbers;
import dev.architect.internal.facts.Retention;
import dev.architect.internal.facts.StatedFacts;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long each kind of personal data in the design's stores is kept, and why ({@code personal-data-retention.yaml}):
 * the request's own figure where it states one for that data ("GPS trails kept 30 days"), otherwise the kind's own
 * period (raw positions 90 days), or the request's retention where the law sets how long such records must be kept.
 * The cost, the purge that enforces it and the risk that names it all read the one period this gives.
 */
public final class PersonalDataRetention {

    public static final String RESOURCE = "/dev/architect/offline/personal-data-retention.yaml";

    /** Kinds of personal data a store of the design can hold. */
    public enum Kind {
        /** Positions and the trails made of them: where people live and work. */
        LOCATION,
        /** Recordings of people's voices or faces. */
        RECORDING,
        /** Health and medical records. */
        HEALTH
    }

    /**
     * One kind: the words that name it in a stated retention, its period in days (null: the request's retention applies),
     * what the data is, in a few words, and why that period.
     *
     * @param words    single lower-case words that name the data in a retention the request states
     * @param keptDays days it is kept, or null when the request's own retention applies
     * @param label    the data in a few words ("raw positions")
     * @param basis    why that period
     */
    public record Entry(List<String> words, Double keptDays, String label, String basis) {
    }

    /** The file's shape. */
    record File(Double assumedRetentionYears, Map<Kind, Entry> kinds) {
    }

    /**
     * The retention that applies to one kind in one request.
     *
     * @param kind       the kind of personal data
     * @param days       days it is kept
     * @param stated     whether the request states it
     * @param assumption the assumption's id when it is not stated
     * @param text       the period with where it comes from, for a sentence: "90 days (assumption as-retention-location)"
     * @param basis      the whole reason, for the assumption or the stated phrase
     */
    public record Applied(Kind kind, double days, boolean stated, String assumption, String text, String basis) {

        /** The period in words: "90 days", "2 years". */
        public String period() {
            return PersonalDataRetention.period(days);
        }
    }

    private final Map<Kind, Entry> kinds;
    /** The request's retention, in years, where it states none (a kind without keptDays keeps it). */
    private final int assumedRetentionYears;

    private PersonalDataRetention(Map<Kind, Entry> kinds, int assumedRetentionYears) {
        this.kinds = kinds;
        this.assumedRetentionYears = assumedRetentionYears;
    }

    private static final class Holder {
        static final PersonalDataRetention STANDARD = DataFiles.shipped(RESOURCE, "personal-data retention", PersonalDataRetention::read);
    }

    /** The periods shipped with the SDK, read once. */
    public static PersonalDataRetention standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads the file; an unknown kind or key, a kind missing, no words, a period not above 0, or a blank label or basis
     * fails naming the file and the kind.
     *
     * @param in    the file's content
     * @param where the file's name, for messages
     * @return the periods
     */
    public static PersonalDataRetention read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "personal-data retention");
        Double assumed = file.assumedRetentionYears();
        if (assumed == null || !(assumed >= 1 && assumed <= 100) || assumed != Math.rint(assumed)) {
            throw new IllegalStateException(where + ": assumedRetentionYears must be a whole number of years from 1 to 100");
        }
        Map<Kind, Entry> kinds = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            Entry e = file.kinds() == null ? null : file.kinds().get(k);
            String at = where + ": kinds." + k;
            if (e == null) {
                throw new IllegalStateException(at + " is missing: every kind of personal data needs its retention");
            }
            if (e.words() == null || e.words().isEmpty() || e.words().stream().anyMatch(w -> w == null || !w.matches("[a-z]+"))) {
                throw new IllegalStateException(at + ".words must list single lower-case words");
            }
            if (e.keptDays() != null && !(e.keptDays() > 0 && e.keptDays() < Double.POSITIVE_INFINITY)) {
                throw new IllegalStateException(at + ".keptDays must be above 0 when given");
            }
            if (e.label() == null || e.label().isBlank() || e.basis() == null || e.basis().isBlank()) {
                throw new IllegalStateException(at + " needs a label and a basis");
            }
            kinds.put(k, e);
        }
        return new PersonalDataRetention(kinds, assumed.intValue());
    }

    /** The assumption a kind's period is stated under when the request gives none. */
    public static String assumption(Kind kind) {
        return "as-retention-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The retention that applies to a kind in a request: the request's own for that data, else the kind's period, else
     * the request's retention.
     *
     * @param kind           the kind of personal data
     * @param stated         the figures the request states in words
     * @param retentionYears the request's retention, in years
     * @return the period with its source
     */
    public Applied applied(Kind kind, StatedFacts stated, int retentionYears) {
        Entry e = kinds.get(kind);
        Optional<Retention> own = stated.retention().stream()
                .filter(r -> java.util.Arrays.stream(r.dataClass().split("[\\s-]+")).anyMatch(e.words()::contains)).findFirst();
        if (own.isPresent()) {
            double days = Numbers.round(own.get().years() * 365, 0);
            return new Applied(kind, days, true, null, period(days) + " (" + own.get().field() + " \"" + own.get().phrase() + "\")",
                    e.label() + " are kept " + period(days) + ", as the request states (" + own.get().evidence() + ")");
        }
        String id = assumption(kind);
        double days = e.keptDays() != null ? e.keptDays() : retentionYears * 365.0;
        return new Applied(kind, days, false, id, period(days) + " (assumption " + id + ")",
                Words.capitalise(e.label()) + " are kept " + period(days) + ": " + e.basis() + "; the request states no retention for them");
    }

    /**
     * The text that stands for the period of personal location data in the design's prose ({@code ${trailRetention}} in
     * archetypes.yaml): "90 days (assumption as-retention-location)", or the request's own figure with its phrase.
     *
     * @param request the request
     * @return the period with its source
     */
    public String trailRetention(dev.architect.request.ConsultationRequest request) {
        int years = request.data() != null && request.data().retentionYears() != null ? request.data().retentionYears() : assumedRetentionYears;
        return applied(Kind.LOCATION, StatedFacts.read(request), years).text();
    }

    /** Days in words: whole years as years, whole months of 30 days as months, else days. */
    static String period(double days) {
        if (days >= 365 && days % 365 == 0) {
            return Numbers.format(days / 365) + (days == 365 ? " year" : " years");
        }
        return Numbers.format(days) + (days == 1 ? " day" : " days");
    }
}
