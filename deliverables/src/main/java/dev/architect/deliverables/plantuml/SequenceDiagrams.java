package dev.architect.deliverables.plantuml;

import static dev.architect.deliverables.plantuml.PlantUmlText.quoted;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.internal.Identifiers;
import dev.architect.deliverables.internal.Slugs;
import dev.architect.dossier.C4Element;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.Person;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;

/** One sequence diagram per critical flow; participants are drawn by kind (actor, database, queue, participant). */
final class SequenceDiagrams {

    private final C4Model c4;

    SequenceDiagrams(C4Model c4) {
        this.c4 = c4;
    }

    PlantUmlDiagram render(SequenceDiagram flow) {
        PlantUmlSource src = new PlantUmlSource("diagrams/sequence-" + Slugs.ofId(flow.id()) + ".puml", flow.title());
        src.line("autonumber");
        for (String id : flow.participants()) {
            C4Element e = c4.element(id).orElseThrow(() -> new DeliverableException(
                    "sequence '" + flow.id() + "': participant '" + id + "' is not a C4 element"));
            src.line(shape(e) + " " + quoted(e.name()) + " as " + Identifiers.of(id));
        }
        for (SequenceStep step : flow.steps()) {
            String arrow = switch (step.kind()) {
                case SYNC -> " -> ";
                case ASYNC -> " ->> ";
                case REPLY -> " --> ";
            };
            src.line(Identifiers.of(step.from()) + arrow + Identifiers.of(step.to()) + " : " + PlantUmlText.label(step.message()));
        }
        return src.build();
    }

    private static String shape(C4Element e) {
        if (e instanceof Person) {
            return "actor";
        }
        if (e instanceof Container c) {
            switch (c.kind()) {
                case DATABASE:
                    return "database";
                case MESSAGE_BROKER:
                    return "queue";
                default:
                    break;
            }
        }
        return "participant";
    }
}
