package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.SequenceDiagram;
import java.util.ArrayList;
import java.util.List;

/**
 * Every diagram of a dossier as PlantUML source: the C4 system context, containers and component views, one
 * sequence diagram per flow and the entity-relationship diagram. {@link SvgRenderer} turns them into SVG.
 */
public final class PlantUmlRenderer {

    /**
     * Every diagram of a dossier: C4 context, containers and components, one per sequence, and the data model.
     *
     * @param consultation the dossier
     * @return the diagram sources, in a stable order
     */
    public List<PlantUmlDiagram> render(Consultation consultation) {
        List<PlantUmlDiagram> diagrams = new ArrayList<>(new C4Diagrams(consultation.system(), consultation.c4()).render());
        SequenceDiagrams sequences = new SequenceDiagrams(consultation.c4());
        for (SequenceDiagram flow : consultation.sequences()) {
            diagrams.add(sequences.render(flow));
        }
        if (!consultation.dataModel().entities().isEmpty()) {
            diagrams.add(new EntityRelationshipDiagram().render(consultation.system(), consultation.dataModel()));
        }
        return List.copyOf(diagrams);
    }
}
