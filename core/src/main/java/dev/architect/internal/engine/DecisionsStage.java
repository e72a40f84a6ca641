package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import dev.architect.internal.lifecycle.Reconsultation;
import dev.architect.internal.lifecycle.RequestDriver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** decisions: every outlined decision written in full as an ADR with two or three real options. */
final class DecisionsStage extends StageSpec<DecisionsStage.Reply> {

    record Reply(List<Decision> decisions) {
        Reply {
            decisions = Invariants.list("reply", "decisions", decisions);
        }
    }

    DecisionsStage() {
        super(Stage.DECISIONS, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<StageInput.Section> ownContext(StageInput in) {
        return List.of(in.techStackSection());
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        List<String> outlined = in.design().decisions().stream().map(DesignStage.DecisionOutline::id).toList();
        List<String> written = reply.decisions().stream().map(Decision::id).toList();
        List<String> problems = new ArrayList<>();
        outlined.stream().filter(id -> !written.contains(id))
                .forEach(id -> problems.add("decision '" + id + "' was outlined by the design but is missing"));
        written.stream().filter(id -> !outlined.contains(id))
                .forEach(id -> problems.add("decision '" + id + "' was not outlined by the design; write exactly " + outlined));
        changedPins(reply, in).forEach((d, pinned) -> problems.add("decision '" + d.id() + "' (" + d.subject() + ") is pinned: "
                + "none of its drivers (" + drivers(pinned) + ") changed since the previous dossier, so keep its chosen option '"
                + pinned.chosenOption() + "' (previous " + pinned.id() + "); it chose '" + d.chosenOption() + "'"));
        return problems;
    }

    /** The pinned decisions restored from the previous dossier, each saying what the model had chosen instead. */
    @Override
    Optional<Restored<Reply>> restore(Reply reply, StageInput in) {
        Map<Decision, Decision> changed = changedPins(reply, in);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        changed.forEach((d, pinned) -> warnings.add("decision " + pinned.id() + " (" + d.subject() + ") restored from the previous "
                + "dossier: the model changed its choice to '" + d.chosenOption() + "' although none of its drivers ("
                + drivers(pinned) + ") changed"));
        return Optional.of(new Restored<>(new Reply(reply.decisions().stream()
                .map(d -> changed.containsKey(d) ? asOutlined(changed.get(d), d.id(), in) : d).toList()), warnings));
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        // A pinned decision is the previous one, text and date included; the lineage gives it back its previous id.
        return DossierDraft.edit(base, d -> d.decisions = reply.decisions().stream().map(written -> in.previous() == null
                ? written : in.previous().pinnedFor(written).map(p -> asOutlined(p, written.id(), in)).orElse(written)).toList());
    }

    /** Replies' decisions on a pinned subject whose choice differs from the pinned one, with the pinned one. */
    private static Map<Decision, Decision> changedPins(Reply reply, StageInput in) {
        Map<Decision, Decision> changed = new LinkedHashMap<>();
        if (in.previous() != null) {
            for (Decision d : reply.decisions()) {
                in.previous().pinnedFor(d).filter(p -> !p.chosenOption().strip().equalsIgnoreCase(d.chosenOption().strip()))
                        .ifPresent(p -> changed.put(d, p));
            }
        }
        return changed;
    }

    /**
     * The previous decision under the id the design outlined, naming only elements the new design has, so it
     * validates in this dossier until the lineage puts the previous decision back whole.
     */
    private static Decision asOutlined(Decision previous, String id, StageInput in) {
        Set<String> elements = new HashSet<>();
        in.base().c4().people().forEach(p -> elements.add(p.id()));
        in.base().c4().systems().forEach(x -> elements.add(x.id()));
        in.base().c4().containers().forEach(c -> elements.add(c.id()));
        return new Decision(id, previous.title(), previous.topic(), previous.status(), previous.context(), previous.drivers(),
                previous.options(), previous.chosenOption(), previous.rationale(), previous.consequences(),
                previous.relatedElements().stream().filter(elements::contains).toList(), previous.date(), null, null);
    }

    private static String drivers(Decision pinned) {
        return Reconsultation.driversOf(pinned.topic()).stream().map(RequestDriver::field).collect(Collectors.joining(", "));
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "decisions");
    }
}
