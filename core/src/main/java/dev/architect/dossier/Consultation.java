package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;
import java.util.Optional;

/**
 * The dossier a consultation produces: everything an architect hands over, as immutable values. Ids are unique
 * within each part; references between parts (an ADR naming a container, an API's owning container, a risk's
 * decision) are checked by {@link dev.architect.validation.DossierValidator}. {@code migration} is null unless the
 * request described an existing system. Write it with {@link DossierJson} or the deliverables module.
 *
 * @param system the name of the designed system
 * @param summary the design in a paragraph
 * @param requirements what the system must do, how well, and what was assumed
 * @param decisions the architecture decision records, unique by id
 * @param c4 the C4 model
 * @param sequences the critical flows, unique by id
 * @param apis the HTTP APIs, unique by id
 * @param dataModel the logical data model
 * @param techStack the technology chosen per area
 * @param risks the risk register, unique by id
 * @param operations how the system is run
 * @param capacity the capacity figures
 * @param cost the running cost
 * @param roadmap the delivery phases
 * @param migration how the existing system gives way, or null when the request describes none
 * @param metadata how the dossier was made
 */
public record Consultation(
        String system,
        String summary,
        Requirements requirements,
        List<Decision> decisions,
        C4Model c4,
        List<SequenceDiagram> sequences,
        List<ApiSpec> apis,
        DataModel dataModel,
        List<TechChoice> techStack,
        List<Risk> risks,
        OperationsPlan operations,
        CapacityPlan capacity,
        CostEstimate cost,
        Roadmap roadmap,
        MigrationPlan migration,
        Metadata metadata) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param system the name of the designed system
     * @param summary the design in a paragraph
     * @param requirements what the system must do, how well, and what was assumed
     * @param decisions the architecture decision records, unique by id
     * @param c4 the C4 model
     * @param sequences the critical flows, unique by id
     * @param apis the HTTP APIs, unique by id
     * @param dataModel the logical data model
     * @param techStack the technology chosen per area
     * @param risks the risk register, unique by id
     * @param operations how the system is run
     * @param capacity the capacity figures
     * @param cost the running cost
     * @param roadmap the delivery phases
     * @param migration how the existing system gives way, or null when the request describes none
     * @param metadata how the dossier was made
     */
    public Consultation {
        String where = "consultation";
        Invariants.text(where, "system", system);
        Invariants.text(where, "summary", summary);
        Invariants.required(where, "requirements", requirements);
        decisions = Invariants.list(where, "decisions", decisions);
        Invariants.unique(where, "decision", decisions.stream().map(Decision::id).toList());
        Invariants.required(where, "c4", c4);
        sequences = Invariants.list(where, "sequences", sequences);
        Invariants.unique(where, "sequence", sequences.stream().map(SequenceDiagram::id).toList());
        apis = Invariants.list(where, "apis", apis);
        Invariants.unique(where, "api", apis.stream().map(ApiSpec::id).toList());
        Invariants.required(where, "dataModel", dataModel);
        techStack = Invariants.list(where, "techStack", techStack);
        risks = Invariants.list(where, "risks", risks);
        Invariants.unique(where, "risk", risks.stream().map(Risk::id).toList());
        Invariants.required(where, "operations", operations);
        Invariants.required(where, "capacity", capacity);
        Invariants.required(where, "cost", cost);
        Invariants.required(where, "roadmap", roadmap);
        Invariants.required(where, "metadata", metadata);
    }

    /**
     * The decision (ADR) with an id.
     *
     * @param id the decision id
     * @return the decision, or empty when none has that id
     */
    public Optional<Decision> decision(String id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The first decision on a topic, e.g. the datastore decision.
     *
     * @param topic the decision topic
     * @return the decision, or empty when none is on that topic
     */
    public Optional<Decision> decision(DecisionTopic topic) {
        return decisions.stream().filter(d -> d.topic() == topic).findFirst();
    }

    /**
     * Risks from the highest score down; ties keep register order.
     *
     * @return the risks, highest score first
     */
    public List<Risk> risksByScore() {
        return risks.stream().sorted(java.util.Comparator.comparingInt(Risk::score).reversed()).toList();
    }

    /**
     * The same dossier with these decisions (for example dated, or carried forward from a previous dossier).
     *
     * @param newDecisions the decisions to carry
     * @return a copy with only the decisions replaced
     */
    public Consultation withDecisions(List<Decision> newDecisions) {
        return new Consultation(system, summary, requirements, newDecisions, c4, sequences, apis, dataModel, techStack,
                risks, operations, capacity, cost, roadmap, migration, metadata);
    }

    /**
     * The same dossier with other metadata.
     *
     * @param newMetadata the metadata to carry
     * @return a copy with only the metadata replaced
     */
    public Consultation withMetadata(Metadata newMetadata) {
        return new Consultation(system, summary, requirements, decisions, c4, sequences, apis, dataModel, techStack,
                risks, operations, capacity, cost, roadmap, migration, newMetadata);
    }
}
