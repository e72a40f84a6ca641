package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.internal.Numbers;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary is finished after the figures: the design stage writes it before anything is priced, so any amount of
 * money in it is the model's guess. Sentences that state one are dropped and a sentence quoting the SDK's cost
 * estimate (and the budget, when the request gives one) is appended, so the summary and the cost section agree.
 */
final class SummaryFigures {

    /** "$5,220.84", "5220 USD", "EUR 300", "€1.2k", "12 dollars". */
    private static final Pattern MONEY = Pattern.compile(
            "[$€£]\\s?\\d|\\b(?:USD|EUR|GBP)\\s?\\d|\\d[\\d,.]*\\s?(?:k|K|m|M)?\\s?(?:USD|EUR|GBP|dollars?|euros?)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private SummaryFigures() {
    }

    static Consultation quote(Consultation dossier, ConsultationRequest request) {
        String kept = withoutMoney(dossier.summary());
        String summary = (kept.isEmpty() ? "" : kept + " ") + costSentence(dossier.cost(), request);
        return DossierDraft.edit(dossier, d -> d.summary = summary);
    }

    /**
     * The summary without the sentences that state an amount of money: the model's guesses, dropped as soon as the
     * design reply is read so no stage is held to figures the SDK has not computed yet.
     */
    static String withoutMoney(String summary) {
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(summary.strip())) {
            if (!sentence.isBlank() && !MONEY.matcher(sentence).find()) {
                kept.add(sentence.strip());
            }
        }
        return String.join(" ", kept);
    }

    static String costSentence(CostEstimate cost, ConsultationRequest request) {
        StringBuilder s = new StringBuilder("The SDK estimates the infrastructure at ").append(money(cost.monthlyTotal(), cost))
                .append(" a month at list prices (").append(money(cost.threeYearTco(), cost)).append(" over three years)");
        Double budget = request.budget() == null ? null : request.budget().monthlyUsd();
        if (budget != null) {
            double gap = cost.monthlyTotal() - budget;
            s.append(gap <= 0 ? ", within the monthly budget of " + Numbers.usd(budget)
                    : ", " + Numbers.usd(gap) + " over the monthly budget of " + Numbers.usd(budget));
        }
        return s.append('.').toString();
    }

    private static String money(double amount, CostEstimate cost) {
        return "USD".equals(cost.currency()) ? Numbers.usd(amount) : Numbers.format(amount) + " " + cost.currency();
    }
}
