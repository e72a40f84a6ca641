package dev.architect.offline.internal.design;

import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostOption;
import dev.architect.dossier.CostScenario;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.ScenarioName;
import dev.architect.figures.CapacityCalculator;
import dev.architect.figures.CostCalculator;
import dev.architect.figures.PriceTable;
import dev.architect.figures.ResourceNeed;
import dev.architect.figures.Sizing;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.design.CostPlanner.Variant;
import dev.architect.offline.internal.rules.Architecture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cost of a design beyond its first month: scenarios of lower and higher load, the fit to the budget, and when it
 * does not fit, cheaper variants of the same design (a one-year commitment, tiered storage, a CDN, fewer regions),
 * each priced the same way as the design itself.
 */
final class CostOutlook {

    /** Load and data-growth multipliers of the low and high scenarios. */
    static final double LOW = 0.5;
    static final double HIGH = 2;

    private final Topology t;
    private final Architecture a;
    private final PriceTable prices;
    private final CostCalculator calculator;

    CostOutlook(Topology t, Architecture a, PriceTable prices) {
        this.t = t;
        this.a = a;
        this.prices = prices;
        this.calculator = CostCalculator.with(prices);
    }

    /** Sizes a workload for the datastore and availability the rules chose. */
    static Sizing size(Workload workload, Architecture architecture) {
        var store = architecture.chosen(DecisionTopic.DATASTORE);
        var availability = architecture.chosen(DecisionTopic.AVAILABILITY);
        return CapacityCalculator.size(workload, (int) store.size("copies", 2), (int) Math.max(2, availability.size("zones", 2)),
                store.size("compression", 1));
    }

    private List<ResourceNeed> needs(Workload w, Variant variant) {
        return CostPlanner.plan(t, a, w, size(w, a), prices, variant).needs();
    }

    CostEstimate complete(CostEstimate base, Workload w) {
        List<CostScenario> scenarios = List.of(
                scenario(ScenarioName.LOW, w, LOW),
                new CostScenario(ScenarioName.BASE, base.monthlyTotal(), "The request's load and data growth as stated (month 1)"),
                scenario(ScenarioName.HIGH, w, HIGH));
        double month1 = base.monthlyTotal();
        double month36 = base.monthlyTotalAt(36).orElse(month1);
        BudgetFit fit = BudgetFit.of(w.budgetUsd(), month1, month36);
        List<CostOption> options = fit.status() == BudgetStatus.OVER ? options(w, fit.monthlyUsd(), Math.max(month1, month36)) : List.of();
        return base.withOutlook(scenarios, fit, options);
    }

    private CostScenario scenario(ScenarioName name, Workload w, double factor) {
        double total = calculator.total(w.cloud(), needs(w.scaled(factor, factor), Variant.AS_DESIGNED), 1, 0);
        return new CostScenario(name, total, "Load (requests, reads, writes, users) x " + Numbers.format(factor)
                + " and data growth x " + Numbers.format(factor) + ", same design, month 1");
    }

    /** A priced option with the variant of the design behind it, so options can be combined. */
    private record Candidate(CostOption option, Variant variant, boolean committed) {
    }

    private List<CostOption> options(Workload w, double budget, double designedPeak) {
        List<Candidate> candidates = new ArrayList<>();
        double discount = prices.commitment(w.cloud()).map(c -> c.discount()).orElse(0.0);
        if (discount > 0) {
            String product = prices.commitment(w.cloud()).orElseThrow().product();
            candidates.add(candidate("One-year commitment on always-on resources", w, Variant.AS_DESIGNED, true, discount, budget,
                    List.of("Buy " + product + " for instances, database nodes, cache and brokers (" + Numbers.format(discount * 100)
                            + "% off on-demand)"), "The freedom to shrink or change instance families for a year", true));
        }
        if (w.growthGbPerMonth() > 0 && w.retentionYears() * 12 > CostPlanner.HOT_MONTHS) {
            candidates.add(candidate("Tier data older than " + CostPlanner.HOT_MONTHS + " months to object storage", w,
                    new Variant(true, false, false), false, 0, budget,
                    List.of("Move data older than " + CostPlanner.HOT_MONTHS + " months from the database to infrequent-access object storage"),
                    "Fast queries over old data: they run through a slower path (seconds, not milliseconds)", true));
        }
        if (!t.hasCdn() && w.readWriteRatio() >= 3) {
            candidates.add(candidate("Put a CDN in front of the origin", w, new Variant(false, false, true), false, 0, budget,
                    List.of("Serve pages, assets and public GET responses from a CDN; the origin sees the misses"),
                    "Simplicity: cache keys, TTLs and purging need design; personalised responses still reach the origin", true));
        }
        int regions = CostPlanner.plan(t, a, w, size(w, a), prices, Variant.AS_DESIGNED).regions();
        if (regions > 1) {
            boolean required = w.availabilityPercent() >= 99.95 || w.isGiven("deployment.regions") && w.regions().size() > 1;
            candidates.add(candidate("One region instead of " + regions, w, new Variant(false, true, false), false, 0, budget,
                    List.of("Run in one region across zones; keep backups in a second region"),
                    "Surviving the loss of a whole region" + (required ? " (the request requires it)" : ""), !required));
        }
        // Only changes that make the design cheaper (at the costlier of months 1 and 36) are options at all.
        candidates.removeIf(c -> Math.max(c.option().monthlyTotal(), c.option().month36Total()) >= designedPeak);
        List<Candidate> keeping = candidates.stream().filter(c -> c.option().keepsHardRequirements()).toList();
        if (keeping.size() > 1) {
            Variant all = new Variant(keeping.stream().anyMatch(c -> c.variant().tiered()), keeping.stream().anyMatch(c -> c.variant().oneRegion()),
                    keeping.stream().anyMatch(c -> c.variant().cdn()));
            boolean committed = keeping.stream().anyMatch(Candidate::committed);
            candidates.add(candidate("All of the changes that keep every hard requirement", w, all, committed, committed ? discount : 0, budget,
                    keeping.stream().flatMap(c -> c.option().changes().stream()).toList(),
                    String.join("; ", keeping.stream().map(c -> c.option().givesUp()).toList()), true));
        }
        return candidates.stream().map(Candidate::option).sorted(Comparator.comparing((CostOption o) -> !o.fitsBudget())
                .thenComparing(o -> !o.keepsHardRequirements()).thenComparingDouble(CostOption::monthlyTotal)).toList();
    }

    private Candidate candidate(String title, Workload w, Variant variant, boolean committed, double discount, double budget,
                                List<String> changes, String givesUp, boolean keeps) {
        return new Candidate(option(title, w, needs(w, variant), discount, budget, changes, givesUp, keeps), variant, committed);
    }

    private CostOption option(String title, Workload w, List<ResourceNeed> needs, double discount, double budget,
                              List<String> changes, String givesUp, boolean keeps) {
        double month1 = calculator.total(w.cloud(), needs, 1, discount);
        double month36 = calculator.total(w.cloud(), needs, 36, discount);
        return new CostOption(title, month1, month36, changes, givesUp, Math.max(month1, month36) <= budget, keeps);
    }
}
