package dev.architect.offline.internal.rules;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A rule that makes exactly one decision from one catalogue section, relating it to containers of given kinds. */
abstract class SectionRule implements DecisionRule {

    private final String section;
    private final Set<ContainerKind> related;

    SectionRule(String section, ContainerKind first, ContainerKind... more) {
        this.section = section;
        this.related = EnumSet.of(first, more);
    }

    /** Facts shown as drivers even when no option's condition names them. */
    List<Fact> extraDrivers() {
        return List.of();
    }

    @Override
    public List<Choice> decide(Facts facts, Catalogue catalogue) {
        return List.of(Choice.rank(this, catalogue.section(section), facts, extraDrivers(), null));
    }

    /** Ids of external systems the decision also concerns, when the model has them (the CDN, the identity provider). */
    List<String> relatedSystems() {
        return List.of();
    }

    @Override
    public List<String> relatedElements(Choice choice, C4Model c4) {
        List<String> ids = new java.util.ArrayList<>(c4.containers().stream().filter(c -> related.contains(c.kind())).map(Container::id).toList());
        relatedSystems().stream().filter(id -> c4.element(id).isPresent()).forEach(ids::add);
        return ids;
    }
}
