package dev.architect.offline.internal.design;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.OpenQuestion;
import dev.architect.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The question a concurrency-sized part leaves open when what one instance holds is an estimate
 * (concurrency-fleets.yaml): the fleet's line scales inversely with it, so a load test before launch decides the cost.
 * Each says what the fleet costs at the estimate, at half of it and at twice it, and whether the budget verdict holds.
 */
final class FleetCapacityQuestions {

    private FleetCapacityQuestions() {
    }

    static List<OpenQuestion> of(List<CostPlanner.FleetSized> fleets, CostEstimate cost) {
        List<OpenQuestion> out = new ArrayList<>();
        for (CostPlanner.FleetSized f : fleets) {
            ConcurrencyFleets.Fleet fleet = f.fleet();
            if (!fleet.estimated()) {
                continue;
            }
            double line = cost.items().stream().filter(i -> i.id().equals(f.partId() + "-fleet")).mapToDouble(CostLineItem::monthly).sum();
            if (line <= 0) {
                continue;
            }
            String unit = fleet.serves().word();
            String assumed = Numbers.format(fleet.perInstance()) + " " + unit + " an instance";
            String half = Numbers.format(fleet.perInstance() / 2) + " " + unit + " an instance";
            String twice = Numbers.format(fleet.perInstance() * 2) + " " + unit + " an instance";
            double share = cost.monthlyTotal() > 0 ? Numbers.round(line / cost.monthlyTotal() * 100, 1) : 0;
            String verdict = "";
            Double budget = cost.budget().monthlyUsd();
            if (budget != null && budget > 0) {
                // the fleet's line roughly doubles at half the capacity and halves at twice it (the minimum aside)
                double atHalf = Numbers.round(cost.monthlyTotal() + line, 2);
                double atTwice = Numbers.round(cost.monthlyTotal() - line / 2, 2);
                verdict = "; month 1 would be about " + Numbers.usd(atHalf) + " at half and " + Numbers.usd(atTwice) + " at twice, against the "
                        + Numbers.usd(budget) + " budget" + (atHalf > budget && cost.monthlyTotal() <= budget ? ", so the budget verdict rests on it"
                        : atTwice <= budget && cost.monthlyTotal() > budget ? ", so the budget verdict rests on it" : "");
            }
            out.add(new OpenQuestion("fleet-capacity-" + f.partId(),
                    "How many " + unit + " does one instance of the " + f.name().toLowerCase(Locale.ROOT) + " hold in a load test of the real build?",
                    "The cost sizes the " + f.name().toLowerCase(Locale.ROOT) + " at " + assumed + " (" + fleet.source() + ", an estimate): "
                            + Numbers.format(f.sized().total()) + " instances at peak, " + Numbers.usd(line) + " a month, " + Numbers.format(share)
                            + "% of month 1; the count moves inversely with what an instance holds" + verdict
                            + ". A load test before launch at the stated concurrency confirms it",
                    List.of(half, assumed, twice), assumed));
        }
        return out;
    }
}
