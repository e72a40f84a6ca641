package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.OperationsPlan;
import dev.architect.dossier.Roadmap;
import dev.architect.event.Stage;
import dev.architect.figures.CostCalculator;
import dev.architect.internal.Invariants;
import dev.architect.internal.schema.ReplySchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * plan: operations, roadmap, migration (for a redesign), and the resources the design needs. The model proposes
 * what to buy and how much; the SDK prices every item from its price table, so no price comes from the model.
 */
final class PlanStage extends StageSpec<PlanStage.Reply> {

    static final int MONTHS_IN_TCO = 36;

    record Reply(OperationsPlan operations, Roadmap roadmap, List<CostProposal> costItems,
                 @ReplySchemas.Optional MigrationPlan migration) {
        Reply {
            Invariants.required("reply", "operations", operations);
            Invariants.required("reply", "roadmap", roadmap);
            costItems = Invariants.list("reply", "costItems", costItems);
        }
    }

    /** A resource the design needs, in a price-list kind and a monthly quantity; the SDK adds the price. */
    record CostProposal(String id, String name, @ReplySchemas.Optional String containerId, String resourceKind,
                        double quantity, String assumption) {
        CostProposal {
            String where = Invariants.quoted("cost item", Invariants.id("cost item", id));
            Invariants.text(where, "name", name);
            Invariants.text(where, "resourceKind", resourceKind);
            Invariants.nonNegative(where, "quantity", quantity);
            Invariants.text(where, "assumption", assumption);
        }
    }

    PlanStage() {
        super(Stage.PLAN, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return StageInput.sections(in.requestSection(), in.factsSection(), in.requirementsSection(), in.designSection());
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        List<String> problems = new ArrayList<>();
        if (in.request().isRedesign() && reply.migration() == null) {
            problems.add("migration is missing; the request describes an existing system, so a migration plan is owed");
        } else if (!in.request().isRedesign() && reply.migration() != null) {
            problems.add("migration must be null; the request describes no existing system");
        }
        for (CostProposal p : reply.costItems()) {
            if (in.grounding().price(in.request(), p.resourceKind()).isEmpty()) {
                problems.add("cost item '" + p.id() + "': resourceKind '" + p.resourceKind()
                        + "' is not in the price list; use one of " + in.facts().resourceKinds());
            }
        }
        return problems;
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        CostEstimate cost = reply.costItems().isEmpty() ? in.facts().cost() : price(reply.costItems(), in);
        return DossierDraft.edit(base, d -> {
            d.operations = reply.operations();
            d.roadmap = reply.roadmap();
            d.migration = reply.migration();
            d.cost = cost;
        });
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "operations", "roadmap", "cost", "migration");
    }

    /** Line items at the SDK's unit prices; totals and the three-year TCO computed here. */
    private static CostEstimate price(List<CostProposal> proposals, StageInput in) {
        List<CostLineItem> items = new ArrayList<>();
        String priceDate = null;
        for (CostProposal p : proposals) {
            Optional<Grounding.UnitPrice> unit = in.grounding().price(in.request(), p.resourceKind());
            if (unit.isEmpty()) {
                continue; // reported by check(); apply() only runs on replies without problems or for probing
            }
            Grounding.UnitPrice price = unit.get();
            priceDate = price.priceDate();
            items.add(new CostLineItem(p.id(), p.name(), p.containerId(), p.quantity(), price.unit(), price.amount(),
                    cents(p.quantity() * price.amount()), p.assumption()));
        }
        double monthly = cents(items.stream().mapToDouble(CostLineItem::monthly).sum());
        // Storage growth over the three years is a figure the SDK computed from the request (data growth, retention);
        // it carries over to the model's design rather than being dropped or invented.
        CostEstimate baseline = in.facts().cost();
        double growth = cents(Math.max(0, baseline.threeYearTco() - baseline.monthlyTotal() * MONTHS_IN_TCO));
        List<String> assumptions = new ArrayList<>(baseline.assumptions().stream().filter(a -> !a.startsWith("Three-year TCO")).toList());
        assumptions.add("Quantities proposed by the architect; unit prices from the SDK's price table");
        assumptions.add("Three-year TCO is " + MONTHS_IN_TCO + " months at the monthly total"
                + (growth > 0 ? " plus " + growth + " " + baseline.currency() + " of data growth computed by the SDK from the request" : ""));
        // The run rate, scenarios and budget fit follow the SDK's figures for the same request (dev.architect.figures).
        return CostCalculator.withOutlookOf(new CostEstimate(baseline.currency(), items, monthly, cents(monthly * MONTHS_IN_TCO + growth),
                priceDate, assumptions), baseline, Optional.ofNullable(in.request().budget()).map(b -> b.monthlyUsd()));
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
