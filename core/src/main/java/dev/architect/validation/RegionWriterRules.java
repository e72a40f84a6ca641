package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import java.util.List;

/**
 * With an RPO of 0, the availability layout and the primary store must agree ({@link DossierValidator.Rule#REGIONS_FIT_STORE}):
 * every region taking writes needs a store that commits each write in several regions. A store with one writing primary
 * copies to the other regions asynchronously, so a lost region takes its last seconds of writes with it and the RPO of 0
 * that the active-active layout was chosen for is not kept. The words are read from {@code regions-fit-store.yaml}.
 */
final class RegionWriterRules {

    private static final String RESOURCE = "/dev/architect/validation/regions-fit-store.yaml";

    /** The file's layout: each list is required and non-empty. */
    record Vocabulary(List<String> everyRegionWrites, List<String> singleWriterStores, List<String> commitsAcrossRegions) {
        Vocabulary {
            everyRegionWrites = required("everyRegionWrites", everyRegionWrites);
            singleWriterStores = required("singleWriterStores", singleWriterStores);
            commitsAcrossRegions = required("commitsAcrossRegions", commitsAcrossRegions);
        }

        private static List<String> required(String key, List<String> words) {
            if (words == null || words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalStateException("region writers: '" + key + "' must list at least one word and no blank one");
            }
            return List.copyOf(words);
        }
    }

    private static final class Holder {
        static final Vocabulary STANDARD = ValidatorData.read(RESOURCE, Vocabulary.class, "region writers");
    }

    private RegionWriterRules() {
    }

    static Vocabulary vocabulary() {
        return Holder.STANDARD;
    }

    static void check(Consultation c, List<Violation> out) {
        if (c.operations() == null || c.operations().backupAndRecovery() == null || c.operations().backupAndRecovery().rpoMinutes() != 0) {
            return;
        }
        Vocabulary v = Holder.STANDARD;
        List<Decision> decisions = c.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision layout = decisions.get(i);
            if (!layout.isInForce() || layout.topic() != DecisionTopic.AVAILABILITY
                    || ProductRules.named(layout.chosenOption(), v.everyRegionWrites()).isEmpty()) {
                continue;
            }
            for (Decision store : decisions) {
                if (!store.isInForce() || store.topic() != DecisionTopic.DATASTORE) {
                    continue;
                }
                List<String> single = ProductRules.named(store.chosenOption(), v.singleWriterStores());
                if (!single.isEmpty() && ProductRules.named(store.chosenOption(), v.commitsAcrossRegions()).isEmpty()) {
                    out.add(new Violation(Severity.ERROR, "decisions[" + i + "].chosenOption", DossierValidator.Rule.REGIONS_FIT_STORE.id(),
                            "decision '" + layout.id() + "' has every region take writes ('" + layout.chosenOption() + "') with an RPO of 0, "
                                    + "but decision '" + store.id() + "' chose " + String.join(", ", single) + " ('" + store.chosenOption()
                                    + "'), one writing primary whose copy in other regions is asynchronous: a lost region loses its "
                                    + "last writes. Keep one writing region and state the RPO traded across regions, or choose a store "
                                    + "that commits in several regions"));
                }
            }
        }
    }
}
