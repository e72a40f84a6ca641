package dev.architect.offline.internal.rules;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.NamedVendors;
import dev.architect.offline.internal.catalog.Section;
import dev.architect.request.Integration;
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

    /** The fact without which the decision does not arise (the sites counted, a surge stated); null when it always arises. */
    Fact raisedBy() {
        return null;
    }

    private boolean arises(Facts facts) {
        return raisedBy() == null || facts.has(raisedBy());
    }

    @Override
    public List<Choice> decide(Facts facts, Catalogue catalogue) {
        if (!arises(facts)) {
            return List.of();
        }
        return List.of(Choice.rank(this, catalogue.section(section).resolved(facts), facts, extraDrivers(), null));
    }

    /**
     * The choice where the request names a product it already runs for this section's job ("Fastly: our CDN"): the
     * options name it in the catalogue product's place, and the option it calls for is chosen when it can be built here.
     */
    List<Choice> decide(Facts facts, Catalogue catalogue, List<Integration> integrations) {
        if (!arises(facts)) {
            return List.of();
        }
        NamedVendors vendors = NamedVendors.standard();
        Section options = vendors.apply(section, catalogue.section(section).resolved(facts), integrations);
        Choice ranked = Choice.rank(this, options, facts, extraDrivers(), null);
        return List.of(vendors.chosenBy(section, integrations).map(id -> ranked.preferring(id, vendors.named(section, integrations)
                .map(i -> i.name() + (i.purpose() == null ? "" : " for " + i.purpose())).orElseThrow())).orElse(ranked));
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
