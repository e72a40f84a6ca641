package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.OpenQuestion;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.AvailabilityRule;
import java.util.List;
import java.util.Optional;

/**
 * The question a single-writer store leaves open when the request asks for an RPO of 0 over several regions: one region
 * writes and its synchronous standby holds the RPO of 0 inside it, but the copy in the other regions is asynchronous, so
 * losing that region can lose the last seconds of writes. Whether that is acceptable is the owner's call (committing in
 * every region takes another store), so the dossier asks rather than deciding it silently.
 */
final class RpoAcrossRegionsQuestion {

    private RpoAcrossRegionsQuestion() {
    }

    static Optional<OpenQuestion> of(Architecture a) {
        if (!AvailabilityRule.rpoTradedAcrossRegions(a)) {
            return Optional.empty();
        }
        String availability = a.find(DecisionTopic.AVAILABILITY).map(c -> " (" + a.decisionId(c) + ")").orElse("");
        String datastore = a.find(DecisionTopic.DATASTORE).map(c -> " (" + a.decisionId(c) + ")").orElse("");
        String keep = "Yes: a region loss may lose the last seconds of writes; the RPO of 0 holds within the writing region";
        return Optional.of(new OpenQuestion("oq-rpo-across-regions",
                "May losing a whole region lose the last seconds of committed writes?",
                "The primary store" + datastore + " has one writer: its synchronous standby in another zone loses no committed write, "
                        + "but the copy in the other regions is asynchronous, so one region takes the writes and the others stand by"
                        + availability + ". Until answered the design keeps that single writer, the cheaper layout; a no takes a store "
                        + "that commits each write in several regions",
                List.of(keep, "No: move the data to a store that commits each write in several regions (distributed SQL), paying the "
                        + "inter-region round trip on every write and a team that can run it"),
                keep));
    }
}
