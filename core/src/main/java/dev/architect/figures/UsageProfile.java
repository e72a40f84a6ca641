package dev.architect.figures;

import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How a monthly user uses the product, from {@code usage-profiles.yaml}: visits a month x requests a visit give the
 * requests a user makes in a month, when load is derived from a user count. A daily chat app and an occasional
 * leave-request tool differ by an order of magnitude, so no one rate serves every product.
 *
 * @param id the profile id
 * @param label what kind of use it is, in words
 * @param phrases the whole words that recognise it
 * @param visitsPerUserPerMonth times a monthly user comes back in a month
 * @param requestsPerVisit requests a visit makes to the system
 * @param basis why these figures
 */
record UsageProfile(String id, String label, List<String> phrases, double visitsPerUserPerMonth, double requestsPerVisit, String basis) {

    static final String RESOURCE = "/dev/architect/offline/usage-profiles.yaml";

    UsageProfile {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        String where = RESOURCE + ": profile '" + id + "'";
        if (id == null || id.isBlank() || label == null || label.isBlank() || basis == null || basis.isBlank()) {
            throw new IllegalStateException(where + " needs an id, a label and a basis");
        }
        if (!(visitsPerUserPerMonth > 0) || !(requestsPerVisit > 0)) {
            throw new IllegalStateException(where + " needs visitsPerUserPerMonth and requestsPerVisit above zero");
        }
    }

    /** Requests a monthly user makes in a month: visits x requests a visit. */
    double requestsPerUserAMonth() {
        return Numbers.round(visitsPerUserPerMonth * requestsPerVisit, 2);
    }

    /** The profiles and the one that stands when none is recognised, as the file holds them. */
    record Table(List<UsageProfile> profiles, UsageProfile fallback) {
        Table {
            if (profiles == null || profiles.isEmpty() || fallback == null) {
                throw new IllegalStateException(RESOURCE + " needs profiles and a default");
            }
            for (UsageProfile p : profiles) {
                if (p.phrases().isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": profile '" + p.id() + "' needs phrases");
                }
            }
            profiles = List.copyOf(profiles);
        }
    }

    /** A profile recognised in a request, with the words that recognised it (none for the default). */
    record Recognised(UsageProfile profile, List<String> evidence) {
        Recognised {
            evidence = List.copyOf(evidence);
        }
    }

    private record File(List<UsageProfile> profiles, @com.fasterxml.jackson.annotation.JsonProperty("default") UsageProfile fallback) {
    }

    private static final class Holder {
        static final Table TABLE = load();
    }

    static Table table() {
        return Holder.TABLE;
    }

    static Table load() {
        File file = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, File.class, "usage profiles");
        return new Table(file.profiles(), file.fallback());
    }

    /**
     * The profile whose phrases the request's description, goals and capabilities say most (distinct phrases; the first
     * in the file on a tie), or the default when none is said.
     *
     * @param request the request
     * @return the profile and its evidence
     */
    static Recognised of(ConsultationRequest request) {
        Table table = table();
        List<Words> texts = Stream.concat(Stream.concat(Stream.of(request.description()), request.goals().stream()),
                request.capabilities().stream()).filter(t -> t != null).map(Words::of).toList();
        Recognised best = new Recognised(table.fallback(), List.of());
        for (UsageProfile profile : table.profiles()) {
            Set<String> found = new LinkedHashSet<>();
            for (String phrase : profile.phrases()) {
                if (texts.stream().anyMatch(w -> w.contains(phrase))) {
                    found.add(phrase);
                }
            }
            if (found.size() > best.evidence().size()) {
                best = new Recognised(profile, new ArrayList<>(found));
            }
        }
        return best;
    }
}
