package dev.architect.offline.internal.rules;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Facts;
import java.util.List;

/**
 * A decision an archetype raises (realtime transport, ledger design, booking consistency...), ranked from its catalogue
 * section like every other decision; its ADR concerns the containers the archetype adds.
 */
public final class ArchetypeRule implements DecisionRule {

    private final DecisionTopic topic;
    private final String section;
    private final List<String> elements;

    public ArchetypeRule(DecisionTopic topic, String section, List<String> elements) {
        this.topic = topic;
        this.section = section;
        this.elements = List.copyOf(elements);
    }

    @Override
    public DecisionTopic topic() {
        return topic;
    }

    @Override
    public List<Choice> decide(Facts facts, Catalogue catalogue) {
        return List.of(Choice.rank(this, catalogue.section(section), facts, List.of(), null));
    }

    @Override
    public List<String> relatedElements(Choice choice, C4Model c4) {
        List<String> own = elements.stream().filter(id -> c4.element(id).isPresent()).toList();
        // A decision with no container of its own (the ledger's design) shapes the databases that hold its tables.
        return !own.isEmpty() ? own : c4.containers().stream().filter(c -> c.kind() == ContainerKind.DATABASE).map(Container::id).toList();
    }
}
