package dev.architect.offline.internal.design;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.OpenQuestion;
import dev.architect.internal.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions the cost's assumed rates of text messages leave open (sms-flows.yaml): the request counts none of the
 * items a flow serves, so the rate per monthly user is assumed, and the answer moves a line the product pays by the
 * message. Each says what the texts cost at the assumed rate, its low and its high, and, where there is a budget,
 * whether the verdict at month 36 holds across that range.
 */
final class TextRateQuestions {

    private TextRateQuestions() {
    }

    static List<OpenQuestion> of(List<CostPlanner.TextRate> rates, CostEstimate cost) {
        List<OpenQuestion> out = new ArrayList<>();
        double month36 = cost.monthlyTotalAt(36).orElse(cost.monthlyTotal());
        double peak = Math.max(cost.monthlyTotal(), month36);
        for (CostPlanner.TextRate r : rates) {
            SmsFlows.Runs runs = r.runs();
            double base = r.at(runs.perUserMonth());
            double high = r.at(runs.high());
            double low = r.at(runs.low());
            String verdict = "";
            if (cost.budget().monthlyUsd() != null && cost.budget().monthlyUsd() > 0) {
                double budget = cost.budget().monthlyUsd();
                double atHigh = Numbers.round(peak - base + high, 2);
                double atLow = Numbers.round(peak - base + low, 2);
                boolean within = peak <= budget;
                if (within && atHigh > budget) {
                    verdict = ". The budget verdict rests on it: at the high the costlier of months 1 and 36 is " + Numbers.usd(atHigh)
                            + ", " + Numbers.usd(Numbers.round(atHigh - budget, 2)) + " over the " + Numbers.usd(budget) + " budget";
                } else if (!within && atLow <= budget) {
                    verdict = ". The budget verdict rests on it: at the low the costlier of months 1 and 36 is " + Numbers.usd(atLow)
                            + ", within the " + Numbers.usd(budget) + " budget";
                } else {
                    verdict = ". The budget verdict holds across that range (" + Numbers.usd(atLow) + " to " + Numbers.usd(atHigh)
                            + " at the costlier of months 1 and 36, against " + Numbers.usd(budget) + ")";
                }
            }
            String assumed = rate(runs.perUserMonth());
            out.add(new OpenQuestion(SmsFlows.question(r.flowId()), runs.question(),
                    "The cost assumes '" + r.title() + "' runs " + assumed + " (" + r.assumption() + "): " + Numbers.usd(base)
                            + " a month of text messages, " + Numbers.usd(low) + " at " + rate(runs.low()) + " and " + Numbers.usd(high)
                            + " at " + rate(runs.high()) + verdict + ". A count of the " + SmsFlows.items(runs)
                            + " a month in the request prices one run for each",
                    List.of(rate(runs.low()), assumed, rate(runs.high())), assumed));
        }
        return out;
    }

    private static String rate(double perUserMonth) {
        return Numbers.format(perUserMonth) + (perUserMonth == 1 ? " time" : " times") + " a month per monthly user";
    }
}
