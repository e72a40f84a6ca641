package dev.architect.offline.internal.design;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.RunRatePoint;
import dev.architect.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budget verdict over the whole run rate (months 1, 12, 36 and 60), not only months 1 and 36: a design within its
 * budget in month 36 whose data keeps growing can be over it by month 60, and the verdict says which months are over and
 * by how much.
 */
final class BudgetCurve {

    /** The tag of the note that names the months over the budget. */
    static final String OVER_MONTHS = "[budget-over-months]";

    private BudgetCurve() {
    }

    /**
     * A month of the run rate over the budget.
     *
     * @param month the month
     * @param total its monthly total
     * @param gap how much over the budget it is
     */
    record Over(int month, double total, double gap) {
    }

    /** The run rate's points, or month 1 alone when the estimate has none. */
    private static List<RunRatePoint> points(CostEstimate e) {
        return e.runRate().isEmpty() ? List.of(new RunRatePoint(1, e.monthlyTotal())) : e.runRate();
    }

    /** The costliest month of the run rate (the earliest of equal ones). */
    static RunRatePoint costliest(CostEstimate e) {
        RunRatePoint top = null;
        for (RunRatePoint p : points(e)) {
            if (top == null || p.monthlyTotal() > top.monthlyTotal() + 0.005) {
                top = p;
            }
        }
        return top;
    }

    /** The costliest total of the run rate after month 1 (month 1's own total when there is no later month). */
    static double laterPeak(CostEstimate e) {
        return points(e).stream().filter(p -> p.month() > 1).mapToDouble(RunRatePoint::monthlyTotal).max().orElse(e.monthlyTotal());
    }

    /** The costliest total of the run rate. */
    static double peak(CostEstimate e) {
        return costliest(e).monthlyTotal();
    }

    /** The months of the run rate over the budget, in month order. */
    static List<Over> over(CostEstimate e, double budget) {
        List<Over> out = new ArrayList<>();
        for (RunRatePoint p : points(e)) {
            double gap = Numbers.round(p.monthlyTotal() - budget, 2);
            if (gap > 0) {
                out.add(new Over(p.month(), p.monthlyTotal(), gap));
            }
        }
        return out;
    }

    /** "month 60 ($51,132.55, $6,132.55 over)" for each month over, joined. */
    static String months(List<Over> over) {
        return Names.list(over.stream().map(o -> "month " + o.month() + " (" + Numbers.usd(o.total()) + ", " + Numbers.usd(o.gap()) + " over)").toList());
    }

    /**
     * The note that names each run-rate month over the budget and by how much, and the months within it; empty when no
     * month is over or there is no budget.
     *
     * @param e the estimate with its run rate
     * @param budget the monthly budget, if the request states one
     * @return the note, tagged {@value #OVER_MONTHS}
     */
    static Optional<String> note(CostEstimate e, Optional<Double> budget) {
        if (budget.isEmpty() || !(budget.get() > 0)) {
            return Optional.empty();
        }
        List<Over> over = over(e, budget.get());
        if (over.isEmpty()) {
            return Optional.empty();
        }
        List<RunRatePoint> within = points(e).stream().filter(p -> over.stream().noneMatch(o -> o.month() == p.month())).toList();
        return Optional.of(OVER_MONTHS + " Against the " + Numbers.usd(budget.get()) + " budget the run rate is over in " + months(over)
                + (within.isEmpty() ? ", every month it is priced for" : "; within it in " + Names.list(within.stream()
                        .map(p -> "month " + p.month() + " (" + Numbers.usd(p.monthlyTotal()) + ")").toList())));
    }

    /** The estimate with the note on the months over the budget added to its assumptions, when there is one. */
    static CostEstimate noted(CostEstimate e, Optional<Double> budget) {
        Optional<String> note = note(e, budget);
        if (note.isEmpty() || e.assumptions().stream().anyMatch(a -> a.startsWith(OVER_MONTHS))) {
            return e;
        }
        List<String> notes = new ArrayList<>(e.assumptions());
        notes.add(note.get());
        return new CostEstimate(e.currency(), e.items(), e.monthlyTotal(), e.threeYearTco(), e.priceDate(), notes, e.runRate(),
                e.scenarios(), e.budget(), e.options(), e.drivers());
    }
}
