package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.OperationsPlan;
import dev.architect.dossier.Roadmap;
import dev.architect.event.Stage;
import dev.architect.figures.CostCalculator;
import dev.architect.internal.Invariants;
import dev.architect.internal.Numbers;
import dev.architect.internal.schema.ReplySchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * plan: operations, roadmap, migration (for a redesign), and the resources the design needs. The model proposes
 * what to buy and how much; the SDK prices every item from its price table, so no price comes from the model.
 */
final class PlanStage extends StageSpec<PlanStage.Reply> {

    static final int MONTHS_IN_TCO = 36;
    /** How far (as a share) the model's total may be from the SDK's before the SDK's replaces it: rounding only. */
    private static final double SIZING_TOLERANCE = 0.01;
    /** Containers that serve requests, whose instances the SDK's load figures size. */
    private static final Set<ContainerKind> SERVING_KINDS = Set.of(ContainerKind.SERVICE, ContainerKind.API_GATEWAY,
            ContainerKind.WEB_APP);

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
        return in.afterDesign();
    }

    @Override
    List<StageInput.Section> ownContext(StageInput in) {
        return List.of(in.pricingSection());
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        List<String> problems = new ArrayList<>(Completeness.operations(reply.operations(), reply.roadmap().phases().size()));
        // A described existing system owes a plan; one the request's words only name may have one.
        if (in.request().isRedesign() && reply.migration() == null) {
            problems.add("migration is missing; the request describes an existing system, so a migration plan is owed");
        } else if (reply.migration() != null && !in.grounding().migrationAllowed(in.request())) {
            problems.add("migration must be null; the request replaces no running system");
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
    List<String> warnings(Reply reply, StageInput in) {
        return sdkSized(reply.costItems(), in).warnings();
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        CostEstimate cost = reply.costItems().isEmpty() ? in.facts().cost() : price(sdkSized(reply.costItems(), in).proposals(), in);
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

    /** Cost proposals after the SDK sized what it can, and what it changed, in words for the metadata's warnings. */
    record Sized(List<CostProposal> proposals, List<String> warnings) {
    }

    /**
     * The model chooses what to buy; the SDK sizes it. For each resource kind the SDK computes (see
     * {@link Grounding.Facts#sized()}), the items of that kind share the SDK's quantity in the proportions the model
     * gave them, whole units for instances; an item whose quantity changes says so in a warning and in its assumption.
     */
    static Sized sdkSized(List<CostProposal> proposals, StageInput in) {
        List<CostProposal> out = new ArrayList<>(proposals);
        List<String> warnings = new ArrayList<>();
        Set<String> serving = in.design() == null ? Set.of() : in.design().containers().stream()
                .filter(c -> SERVING_KINDS.contains(c.kind())).map(Container::id).collect(Collectors.toSet());
        in.facts().sized().forEach((kind, sized) -> {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                CostProposal p = out.get(i);
                if (p.resourceKind().equals(kind) && (!sized.servingOnly() || serving.contains(p.containerId()))) {
                    items.add(i);
                }
            }
            double total = items.stream().mapToDouble(i -> out.get(i).quantity()).sum();
            if (items.isEmpty() || Math.abs(total - sized.quantity()) <= SIZING_TOLERANCE * Math.max(1, sized.quantity())) {
                return;
            }
            for (int i : items) {
                CostProposal p = out.get(i);
                double share = total > 0 ? p.quantity() / total : 1.0 / items.size();
                double quantity = sized.servingOnly() ? Math.ceil(sized.quantity() * share - 1e-9) : cents(sized.quantity() * share);
                if (quantity == p.quantity()) {
                    continue;
                }
                warnings.add("cost item '" + p.id() + "': the model's quantity " + Numbers.format(p.quantity()) + " of " + kind
                        + " was replaced by " + Numbers.format(quantity) + ", the SDK's sizing (capacity estimate '"
                        + sized.estimateId() + "')");
                out.set(i, new CostProposal(p.id(), p.name(), p.containerId(), kind, quantity, "Sized by the SDK: "
                        + Numbers.format(quantity) + (items.size() > 1 ? " of " + Numbers.format(sized.quantity()) : "")
                        + " from capacity estimate '" + sized.estimateId() + "'"));
            }
        });
        return new Sized(out, warnings);
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
