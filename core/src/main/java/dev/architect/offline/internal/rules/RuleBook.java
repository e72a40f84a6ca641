package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Workload;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the decision rules in order; each sees the facts plus what the rules before it chose (deployment needs the
 * style, for instance). The order is the order of the ADRs in the dossier.
 */
public final class RuleBook {

    private RuleBook() {
    }

    /**
     * Reads, once per JVM, the data files the rules read besides the catalogue (sign-in words, store read capacities, surge thresholds),
     * so that a first design pass does not read them between a consultation's model calls.
     */
    public static void readRuleFiles() {
        java.util.Objects.requireNonNull(SignIn.Vocabulary.STANDARD, "sign-in words");
        StoreReads.standard();
        MoneyVolumes.standard();
        SurgeAbsorption.standard();
    }

    public static Architecture decide(ConsultationRequest request, Workload workload, Catalogue catalogue) {
        return decide(request, workload, catalogue, List.of());
    }

    /** The decisions, with those the recognised archetypes raise after the general ones (one per topic). */
    public static Architecture decide(ConsultationRequest request, Workload workload, Catalogue catalogue,
                                      List<Recognised> archetypes) {
        return decide(request, workload, catalogue, archetypes, 0, Set.of());
    }

    /**
     * The decisions when the design first decided costs {@code designedMonthlyUsd} a month: above the request's budget,
     * the cost of each option weighs in the score (see {@link Scored}) of the decisions on {@code budgetTopics}; at or
     * below it, or with no budget, nothing changes.
     */
    public static Architecture decide(ConsultationRequest request, Workload workload, Catalogue catalogue,
                                      List<Recognised> archetypes, double designedMonthlyUsd, Set<DecisionTopic> budgetTopics) {
        return decide(request, StatedFacts.read(request), workload, catalogue, archetypes, designedMonthlyUsd, budgetTopics);
    }

    /** The same, with the figures the request states in words read once by the caller and passed on. */
    public static Architecture decide(ConsultationRequest request, StatedFacts stated, Workload workload, Catalogue catalogue,
                                      List<Recognised> archetypes, double designedMonthlyUsd, Set<DecisionTopic> budgetTopics) {
        return decide(request, stated, workload, catalogue, archetypes, designedMonthlyUsd, budgetTopics, Facts.empty());
    }

    /**
     * The same, with {@code priced} set over the request's facts: the stores' load as the cost priced it (the writes and
     * data the design's own processes add) and the options whose product could not carry it, so the decisions reason on
     * the figures the cost prices.
     */
    public static Architecture decide(ConsultationRequest request, StatedFacts stated, Workload workload, Catalogue catalogue,
                                      List<Recognised> archetypes, double designedMonthlyUsd, Set<DecisionTopic> budgetTopics, Facts priced) {
        Facts facts = FactSheet.of(request, stated, workload, catalogue, AsyncWork.of(request, workload, catalogue, archetypes)).withAll(priced);
        Facts pressed = facts;
        if (workload.budgetUsd().isPresent() && workload.budgetUsd().get() > 0 && designedMonthlyUsd > workload.budgetUsd().get()) {
            double budget = workload.budgetUsd().get();
            pressed = facts.with(Fact.COST_PRESSURE, designedMonthlyUsd / budget, false, "budget.monthlyUsd " + Numbers.usd(budget)
                    + " against " + Numbers.usd(designedMonthlyUsd) + " a month for the design before the budget weighed");
        }
        double pressure = pressed.has(Fact.COST_PRESSURE) ? pressed.number(Fact.COST_PRESSURE) : 0;
        String pressureSource = pressed.source(Fact.COST_PRESSURE).orElse("");
        List<DecisionRule> rules = new ArrayList<>(List.of(
                new ArchitectureStyleRule(),
                new DatastoreRule(),
                new CachingRule(),
                new MessagingRule(),
                new ApiStyleRule(),
                new IdentityRule(),
                new DeploymentRule(),
                new AvailabilityRule(),
                new ObservabilityRule(),
                new ComplianceRule(workload.compliance()),
                new MigrationRule(),
                new SiteNetworkRule(),
                new SurgeAbsorptionRule()));
        java.util.Optional<dev.architect.offline.internal.catalog.Geography.Payees> payees = dev.architect.offline.internal.catalog.Geography.standard().payees(request);
        Set<DecisionTopic> raised = EnumSet.noneOf(DecisionTopic.class);
        java.util.Map<DecisionRule, Recognised> owners = new java.util.IdentityHashMap<>();
        for (Recognised r : archetypes) {
            for (Archetype.Decision d : r.archetype().decisions()) {
                if (raised.add(d.topic())) {
                    List<String> elements = archetypes.stream().flatMap(x -> x.archetype().components().stream())
                            .filter(c -> c.decidedBy() == d.topic() || c.absentWhen() != null && c.absentWhen().topic() == d.topic())
                            .map(Archetype.Component::id).toList();
                    if (elements.isEmpty()) { // the decision shapes the services the archetype adds, if any
                        elements = r.archetype().components().stream().filter(c -> c.kind() == ContainerKind.SERVICE)
                                .map(Archetype.Component::id).toList();
                    }
                    // An archetype that knows a general topic better (identity for a sign-in product) decides it in its place.
                    java.util.Optional<DecisionRule> general = rules.stream().filter(x -> x.topic() == d.topic()).findFirst();
                    ArchetypeRule own = new ArchetypeRule(d.topic(), d.section(), elements, general.orElse(null), payees,
                            d.consequence());
                    owners.put(own, r);
                    if (general.isPresent()) {
                        rules.set(rules.indexOf(general.get()), own);
                    } else {
                        rules.add(own);
                    }
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (DecisionRule rule : rules) {
            Facts seen = facts; // the budget weighs only in the decisions it was let into
            if (pressure > 0 && budgetTopics.contains(rule.topic())) {
                facts = facts.with(Fact.COST_PRESSURE, pressure, false, pressureSource);
            }
            // A mechanism's own decisions weigh its own flows (the cases', not the ingestion workers' beside them).
            Facts decided = facts;
            if (owners.containsKey(rule)) {
                AsyncWork.Own own = AsyncWork.own(request, owners.get(rule), archetypes, workload.capabilities());
                decided = facts.with(Fact.OWN_FLOWS, own.flows(), false, own.source());
            }
            // An archetype's stream runs on the log the messaging decision chose, if it chose one.
            List<Choice> made = rule instanceof ArchetypeRule archetypeRule
                    ? archetypeRule.decide(decided, catalogue, choices.stream().filter(c -> c.rule().topic() == DecisionTopic.MESSAGING)
                            .map(Choice::chosen).filter(e -> Shapes.of(Shapes.Messaging.class, e.shape()) == Shapes.Messaging.STREAM).findFirst(),
                            request.integrations())
                    : rule instanceof SectionRule sectionRule ? sectionRule.decide(facts, catalogue, request.integrations())
                    : rule.decide(facts, catalogue);
            choices.addAll(made);
            facts = rule.afterwards(seen, made);
        }
        // Residency in several countries, each with a region of the cloud, keeps each country's data in its own region.
        boolean countriesPinned = dev.architect.offline.internal.catalog.Geography.standard().residency(request, workload.cloud())
                .filter(r -> r.regions().size() > 1).isPresent();
        return new Architecture(workload, facts, choices, countriesPinned);
    }
}
