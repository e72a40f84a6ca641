package dev.architect.offline.internal.rules;

import dev.architect.offline.internal.catalog.Fact;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Geography;
import dev.architect.offline.internal.catalog.Section;
import java.util.List;

/**
 * A decision an archetype raises (realtime transport, ledger design, booking consistency...), ranked from its catalogue
 * section like every other decision; its ADR concerns the containers the archetype adds.
 */
public final class ArchetypeRule implements DecisionRule {

    private final DecisionTopic topic;
    private final String section;
    private final List<String> elements;
    private final DecisionRule replaces;
    /** Where the request's payees are, for the section that pays them (its rails, and how its options read there). */
    private final java.util.Optional<Geography.Payees> payees;
    /** A sentence the archetype adds to this decision's consequences for this request, if any. */
    private final java.util.Optional<String> consequence;

    public ArchetypeRule(DecisionTopic topic, String section, List<String> elements) {
        this(topic, section, elements, null, java.util.Optional.empty());
    }

    /**
     * A decision on a general topic the archetype decides in place of {@code replaces}, concerning the same elements;
     * {@code payees} says where the request's payees are, which the payout section's options and rails follow.
     */
    public ArchetypeRule(DecisionTopic topic, String section, List<String> elements, DecisionRule replaces,
                         java.util.Optional<Geography.Payees> payees) {
        this(topic, section, elements, replaces, payees, null);
    }

    /**
     * As above, with a consequence the archetype states for this request (where a command's fast loop runs); a blank or
     * null one adds nothing.
     */
    ArchetypeRule(DecisionTopic topic, String section, List<String> elements, DecisionRule replaces,
                  java.util.Optional<Geography.Payees> payees, String consequence) {
        this.consequence = java.util.Optional.ofNullable(consequence).filter(t -> !t.isBlank());
        this.topic = topic;
        this.section = section;
        this.elements = List.copyOf(elements);
        this.replaces = replaces;
        this.payees = Geography.standard().payoutSection().equals(section) ? payees : java.util.Optional.empty();
    }

    @Override
    public DecisionTopic topic() {
        return topic;
    }

    @Override
    public List<Choice> decide(Facts facts, Catalogue catalogue) {
        return decide(facts, catalogue, java.util.Optional.empty(), List.of());
    }

    /**
     * The choice when the messaging decision already chose a log (Kafka, Event Hubs): a stream this decision needs
     * (device ingestion) is that log, so its options name the log's product instead of a second streaming product.
     */
    public List<Choice> decide(Facts facts, Catalogue catalogue, java.util.Optional<CatalogueEntry> sharedLog,
                               List<dev.architect.request.Integration> integrations) {
        Section catalogued = sharedLog.map(log -> catalogue.section(section).streamingOn(log)).orElse(catalogue.section(section));
        // Payees in one area are paid over its rails: the channel options read as that area's (Bacs files, not EBICS, in the UK).
        Section own = payees.flatMap(Geography.Payees::area).map(area -> catalogued.worded(area.channels())).orElse(catalogued);
        // A vendor the request names for this job ("Algolia: restaurant search") stands in for the catalogue's product.
        Section options = dev.architect.offline.internal.catalog.NamedVendors.standard().apply(section, own, integrations);
        Choice ranked = Choice.rank(this, options, facts, List.of(), null);
        // The option a named integration calls for ("EBICS: account statements") is what the request asked for.
        var vendors = dev.architect.offline.internal.catalog.NamedVendors.standard();
        Choice chosen = vendors.chosenBy(section, integrations).map(id -> ranked.preferring(id, vendors.named(section, integrations)
                .map(i -> i.name() + (i.purpose() == null ? "" : " for " + i.purpose())).orElseThrow())).orElse(ranked);
        // Payees where no rail of the catalogue reaches, or spread over several areas, are paid through the option their
        // area prefers (a payouts provider), unless the request named the integration that pays them.
        if (chosen.namedBy() == null && payees.isPresent()) {
            Geography.Payees p = payees.get();
            java.util.Optional<String> prefers = java.util.Optional.ofNullable(p.area().orElseGet(Geography.standard()::elsewhere).prefers());
            if (prefers.isPresent()) {
                chosen = chosen.preferring(prefers.get(), payeesReason(p));
            }
        }
        return List.of(chosen);
    }

    /**
     * Later decisions see what these chose: where a site's gateway forwards what it kept follows the ingestion path, and
     * the risks and alerts of the chosen way of routing apply.
     */
    @Override
    public Facts afterwards(Facts facts, List<Choice> choices) {
        if (topic == DecisionTopic.ROUTING && !choices.isEmpty()) {
            return facts.with(dev.architect.offline.internal.catalog.Fact.ROUTING, choices.get(0).shape(), false, "the routing decision");
        }
        if (topic != DecisionTopic.INGESTION || choices.isEmpty()) {
            return facts;
        }
        boolean forwards = dev.architect.offline.internal.catalog.EdgeForwarding.standard()
                .forwards(dev.architect.request.Cloud.of(facts.name(Fact.CLOUD)), choices.get(0).chosen().shape());
        return facts.with(Fact.EDGE_RUNTIME_FORWARDS, forwards, false, "the ingestion decision");
    }

    /**
     * Why the payees' places decide the payout channel, in the facts that decided it: payees spread over areas whose rails
     * differ (no one bank's API pays them all), or in a country whose rails the design does not know; the request's
     * words that place them are in the consequences.
     */
    static String payeesReason(Geography.Payees p) {
        if (p.areas().size() > 1) {
            List<String> rails = p.areas().stream().map(a -> String.join(" and ", a.rails().stream().map(Geography.Rail::rail).distinct().toList())).toList();
            return "payees in " + p.where() + ", paid over different rails (" + String.join("; ", rails) + ") that no one bank's API reaches"
                    + " and that a payouts provider pays through one integration";
        }
        if (p.area().isPresent() && !p.area().get().id().equals(Geography.standard().elsewhere().id())) {
            return "payees in " + p.where() + ", paid over " + String.join(" and ", p.area().get().rails().stream().map(Geography.Rail::rail).distinct().toList());
        }
        if (p.countries().isEmpty()) {
            // read after "the request names": the regions say where the system runs, not where its payees are
            return "payees but not their countries, and a payouts provider reaches them over its own local rails wherever they are";
        }
        return "payees in " + p.where() + ", where no rail the design knows reaches and a payouts provider pays over its own local rails";
    }

    @Override
    public List<dev.architect.dossier.Consequence> extraConsequences(Choice choice) {
        List<dev.architect.dossier.Consequence> out = new java.util.ArrayList<>();
        // The rail, how fast it settles and its cut-off and limits, for where this request's payees are.
        payees.ifPresent(p -> out.add(new dev.architect.dossier.Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL,
                "Payees are in " + p.where() + " (" + p.evidence() + "): " + String.join("; ", p.areas().stream()
                        .flatMap(a -> a.rails().stream()).map(Geography.Rail::sentence).distinct().toList()))));
        consequence.ifPresent(t -> out.add(new dev.architect.dossier.Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL, t)));
        return List.copyOf(out);
    }

    @Override
    public List<String> relatedElements(Choice choice, C4Model c4) {
        if (replaces != null) {
            return replaces.relatedElements(choice, c4);
        }
        List<String> own = elements.stream().filter(id -> c4.element(id).isPresent()).toList();
        if (own.isEmpty()) {
            // Its container may be drawn as another of the same product (the ingestion stream as topics on the broker).
            java.util.Collection<String> products = choice.chosen().technology().values();
            own = c4.containers().stream().filter(c -> !elements.isEmpty() && products.contains(c.technology())).map(Container::id).toList();
        }
        // A decision with no container of its own (the ledger's design) shapes the databases that hold its tables.
        return !own.isEmpty() ? own : c4.containers().stream().filter(c -> c.kind() == ContainerKind.DATABASE).map(Container::id).toList();
    }
}
