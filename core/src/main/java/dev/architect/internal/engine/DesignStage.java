package dev.architect.internal.engine;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Complexity;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionStatus;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Person;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.dossier.TechChoice;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * design: the C4 context and containers, the tech stack, and an outline of the decisions. Everything the parallel
 * stages refer to (element ids, decision ids) is fixed here, so they can run at the same time and still agree.
 */
final class DesignStage extends StageSpec<DesignStage.Reply> {

    /**
     * As many as the offline architect writes for a large request (13 for an online store taking cards, with its
     * archetype decisions), with room.
     */
    static final int MAX_DECISIONS = 16;

    record Reply(String summary, List<Person> people, List<SoftwareSystem> systems, List<Container> containers,
                 List<Relationship> relationships, List<TechChoice> techStack, List<DecisionOutline> decisions) {
        Reply {
            people = Invariants.list("design", "people", people);
            systems = Invariants.list("design", "systems", systems);
            containers = Invariants.list("design", "containers", containers);
            relationships = Invariants.list("design", "relationships", relationships);
            techStack = Invariants.list("design", "techStack", techStack);
            decisions = Invariants.list("design", "decisions", decisions);
        }
    }

    /** A decision the design rests on, to be written in full by the decisions stage. */
    record DecisionOutline(String id, String title, DecisionTopic topic) {
        DecisionOutline {
            String where = Invariants.quoted("decision outline", Invariants.id("decision outline", id));
            Invariants.text(where, "title", title);
            Invariants.required(where, "topic", topic);
        }
    }

    DesignStage() {
        super(Stage.DESIGN, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.beforeDesign();
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        List<String> problems = new ArrayList<>(Completeness.design(reply.containers(), reply.techStack()));
        if (reply.summary() == null || reply.summary().isBlank()) {
            problems.add("summary is missing");
        }
        if (reply.systems().stream().allMatch(SoftwareSystem::external)) {
            problems.add("systems must include the system being designed, with external: false");
        }
        if (reply.containers().isEmpty()) {
            problems.add("containers is empty; decompose the designed system into its containers");
        }
        if (reply.decisions().isEmpty() || reply.decisions().size() > MAX_DECISIONS) {
            problems.add("decisions must outline 1-" + MAX_DECISIONS + " decisions but has " + reply.decisions().size());
        }
        Set<String> seen = new HashSet<>();
        reply.decisions().stream().map(DecisionOutline::id).filter(id -> !seen.add(id))
                .forEach(id -> problems.add("decisions: duplicate decision id '" + id + "'"));
        missingPins(reply, in).forEach(p -> problems.add("decision " + p.id() + " (" + p.subject() + ") is pinned: none of its "
                + "drivers changed since the previous dossier, so outline it again with topic " + p.topic()
                + (p.topic() == DecisionTopic.COMPLIANCE ? " and title '" + p.title() + "'" : "")));
        return problems;
    }

    /** The pinned decisions the design left out, outlined again under their previous ids. */
    @Override
    Optional<Restored<Reply>> restore(Reply reply, StageInput in) {
        List<Decision> missing = missingPins(reply, in);
        Set<String> used = new HashSet<>();
        reply.decisions().forEach(o -> used.add(o.id()));
        if (missing.isEmpty() || missing.stream().anyMatch(p -> used.contains(p.id()))) {
            return Optional.empty();
        }
        List<DecisionOutline> outline = new ArrayList<>(reply.decisions());
        missing.forEach(p -> outline.add(new DecisionOutline(p.id(), p.title(), p.topic())));
        return Optional.of(new Restored<>(new Reply(reply.summary(), reply.people(), reply.systems(), reply.containers(),
                reply.relationships(), reply.techStack(), outline), missing.stream().map(p -> "decision " + p.id() + " ("
                + p.subject() + ") restored to the design from the previous dossier: the model left it out although none of "
                + "its drivers changed").toList()));
    }

    private static List<Decision> missingPins(Reply reply, StageInput in) {
        if (in.previous() == null) {
            return List.of();
        }
        Set<String> outlined = new HashSet<>();
        reply.decisions().forEach(o -> outlined.add(placeholder(o).subject()));
        return in.previous().pinned().values().stream().filter(p -> !outlined.contains(p.subject())).toList();
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        C4Model c4 = new C4Model(reply.people(), reply.systems(), reply.containers(), List.of(), reply.relationships());
        return DossierDraft.edit(base, d -> {
            // Money in the summary is the model's guess; the SDK quotes its own figures once they are computed.
            String withoutMoney = SummaryFigures.withoutMoney(reply.summary());
            d.summary = withoutMoney.isEmpty() ? reply.summary() : withoutMoney;
            d.c4 = c4;
            d.techStack = reply.techStack();
            d.decisions = reply.decisions().stream().map(DesignStage::placeholder).toList();
        });
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "summary", "c4", "techStack");
    }

    /** Stands in for an outlined decision until the decisions stage writes it, so references to it resolve. */
    private static Decision placeholder(DecisionOutline o) {
        List<DecisionOption> options = List.of(
                new DecisionOption("pending", "to be written", List.of("-"), List.of("-"), "-", Complexity.LOW),
                new DecisionOption("alternative", "to be written", List.of("-"), List.of("-"), "-", Complexity.LOW));
        return new Decision(o.id(), o.title(), o.topic(), DecisionStatus.PROPOSED, "outlined by the design stage",
                List.of(), options, "pending", "written by the decisions stage", List.of(), List.of());
    }
}
