package dev.architect.offline.internal.archetype;

import dev.architect.internal.Numbers;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long the dispatcher waits for each candidate to answer an offer, and how many candidates it offers a job to in
 * turn, so the whole assignment fits the window the request states ({@code offer-window.yaml}). The request's window is
 * its stated due time for dispatch ("assigned within 20 seconds"), read with the archetype's due cues; where it states
 * none, the file's default pacing applies. The figures fill the text tokens of the dispatch archetype.
 */
final class OfferWindow {

    static final String RESOURCE = "/dev/architect/offline/offer-window.yaml";

    /** The file's shape. */
    record File(String archetype, Integer setupSeconds, Integer minOfferSeconds, Integer maxOfferSeconds, Integer offersInWindow, Integer defaultOffers, String basis) {
    }

    /** The pacing for one request: each offer's timeout, how many are made in turn and the window they fit. */
    record Pacing(long offerSeconds, long offers, long windowSeconds, boolean stated) {
    }

    private final File file;

    private OfferWindow(File file) {
        this.file = file;
    }

    private static final class Holder {
        static final OfferWindow STANDARD = checked(dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, File.class, "offer window"), RESOURCE);
    }

    static OfferWindow standard() {
        return Holder.STANDARD;
    }

    /** Reads the file; an unknown key, a missing or non-positive figure or an inverted range fails naming the entry. */
    static OfferWindow read(InputStream in, String where) {
        return checked(dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "offer window"), where);
    }

    /** The file as read, checked entry by entry; {@code where} names it in the errors. */
    private static OfferWindow checked(File f, String where) {
        positive(f.setupSeconds(), where + ": setupSeconds");
        positive(f.minOfferSeconds(), where + ": minOfferSeconds");
        positive(f.maxOfferSeconds(), where + ": maxOfferSeconds");
        positive(f.offersInWindow(), where + ": offersInWindow");
        positive(f.defaultOffers(), where + ": defaultOffers");
        if (f.minOfferSeconds() > f.maxOfferSeconds()) {
            throw new IllegalStateException(where + ": minOfferSeconds " + f.minOfferSeconds() + " is above maxOfferSeconds " + f.maxOfferSeconds());
        }
        if (f.archetype() == null || f.archetype().isBlank()) {
            throw new IllegalStateException(where + ": archetype is missing");
        }
        if (f.basis() == null || f.basis().isBlank()) {
            throw new IllegalStateException(where + ": basis is missing");
        }
        return new OfferWindow(f);
    }

    /** The id of the archetype whose offers are paced, and whose due cues read the request's window. */
    String archetype() {
        return file.archetype();
    }

    private static void positive(Integer value, String where) {
        if (value == null || value <= 0) {
            throw new IllegalStateException(where + " must be a positive whole number");
        }
    }

    /**
     * The pacing a stated window in seconds sets: the timeout shrinks (not below the shortest a person needs) until the
     * wanted number of offers fits after the set-up time; a window too short for that takes as many as fit, at least one.
     */
    Pacing pacing(Optional<Long> windowSeconds) {
        if (windowSeconds.isEmpty()) {
            long offer = file.maxOfferSeconds();
            return new Pacing(offer, file.defaultOffers(), file.setupSeconds() + offer * file.defaultOffers(), false);
        }
        long window = windowSeconds.get();
        long available = Math.max(0, window - file.setupSeconds());
        long offer = Math.max(file.minOfferSeconds(), Math.min(file.maxOfferSeconds(), available / file.offersInWindow()));
        long offers = Math.max(1, available / offer);
        if (offers == 1 && available < offer) {
            offer = Math.max(1, available); // one offer, given what the window leaves
        }
        return new Pacing(offer, offers, window, true);
    }

    /**
     * The text tokens of the dispatch archetype for a request: {@code offerSeconds} (each offer's timeout),
     * {@code offerCount} (how many candidates in turn) and {@code assignWindow} (the window and how it is spent).
     */
    Map<String, String> tokens(ConsultationRequest request, List<String> cues) {
        Optional<Long> window = DueTime.stated(request, cues).map(DueTime.Stated::seconds)
                .flatMap(s -> s.isPresent() ? Optional.of(s.getAsLong()) : Optional.empty());
        Pacing p = pacing(window);
        String spent = file.setupSeconds() + " s to find, rank and reach the first candidate, then " + p.offers() + (p.offers() == 1 ? " offer" : " offers")
                + " of " + p.offerSeconds() + " s";
        String windowText = p.stated() ? "the stated " + Numbers.format(p.windowSeconds()) + " seconds (" + spent + ")"
                : Numbers.format(file.setupSeconds() + p.offerSeconds() * p.offers()) + " seconds (" + spent + "; the request states no assignment window)";
        return Map.of("offerSeconds", Long.toString(p.offerSeconds()), "offerCount", Long.toString(p.offers()), "assignWindow", windowText);
    }
}
