package dev.architect.validation;

import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskBand;
import dev.architect.internal.Numbers;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose against the figures and the design it speaks for: a part an in-force ADR chose (read replicas, a shared cache) is
 * priced in the cost and drawn in the C4 model; the budget risk says what the budget verdict says, at a severity
 * that follows the overshoot; a stated access or isolation rule of the request is kept or asked about, never dropped
 * without a word. The words are in {@code prose-against-figures.yaml}.
 */
final class ProseFigureRules {

    /** A part a chosen option can name, with the words that price and draw it. */
    record Part(String part, List<String> chosen, List<String> priced, List<String> loose, List<String> unless, List<ContainerKind> kinds,
                List<String> drawn, List<dev.architect.dossier.DecisionTopic> topics) {
        Part {
            topics = topics == null ? List.of() : List.copyOf(topics);
            if (part == null || part.isBlank() || chosen == null || chosen.isEmpty() || priced == null || priced.isEmpty()
                    || drawn == null || drawn.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": part '" + part + "' needs a name and at least one chosen, priced and drawn phrase");
            }
            loose = loose == null ? List.of() : List.copyOf(loose);
            unless = unless == null ? List.of() : List.copyOf(unless);
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }

        /** A line item that prices the part: it names it, or names it loosely with none of the words that make it another thing. */
        boolean prices(CostLineItem item) {
            String text = item.name() + ". " + item.assumption();
            return priced.stream().anyMatch(w -> Words.contains(text, w))
                    || loose.stream().anyMatch(w -> Words.contains(text, w)) && unless.stream().noneMatch(w -> Words.contains(text, w));
        }
    }

    /** How a risk and the summary speak of the budget. */
    record BudgetWords(List<String> names, List<String> over, List<String> within, List<String> summaryOver) {
        BudgetWords {
            for (List<String> words : java.util.Arrays.asList(names, over, within, summaryOver)) {
                if (words == null || words.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": budget needs names, over, within and summaryOver phrases");
                }
            }
        }
    }

    /** The file's content. */
    record ProseWords(List<Part> parts, List<String> negations, BudgetWords budget, AccessWords access) {
        ProseWords {
            if (parts == null || parts.isEmpty() || negations == null || negations.isEmpty() || budget == null || access == null) {
                throw new IllegalStateException(RESOURCE + ": parts, negations, budget and access are required");
            }
        }
    }

    /** A stated access rule: a clause with one of the markers and one of the seeing verbs. */
    record AccessWords(List<String> markers, List<String> seeing) {
        AccessWords {
            if (markers == null || markers.isEmpty() || seeing == null || seeing.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": access needs markers and seeing verbs");
            }
        }
    }

    static final String RESOURCE = "/dev/architect/validation/prose-against-figures.yaml";
    /** A sentence ends at a full stop, a question or exclamation mark followed by a space; a semicolon keeps its clauses together. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    /** A quoted passage of the dossier's prose. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{8,})\"");

    private static final class Holder {
        static final ProseWords WORDS = ValidatorData.read(RESOURCE, ProseWords.class, "prose-against-figures words");
    }

    private ProseFigureRules() {
    }

    /** Reads the data file now, so a broken copy fails at start-up. */
    static void load() {
        Holder.WORDS.parts();
    }

    static void check(Consultation c, ConsultationRequest request, List<Violation> out) {
        ProseWords words = Holder.WORDS;
        chosenParts(c, words, out);
        budget(c, words.budget(), out);
        if (request != null) {
            accessRules(c, request, words.access(), out);
        }
    }

    // --- a part the chosen option names is priced and drawn

    private static void chosenParts(Consultation c, ProseWords words, List<Violation> out) {
        if (c.cost().items().isEmpty()) {
            return; // nothing priced yet (a draft): the cost stage has not run
        }
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue;
            }
            for (Part p : words.parts()) {
                if (!p.topics().isEmpty() && !p.topics().contains(d.topic())) {
                    continue;
                }
                Optional<String> named = p.chosen().stream().filter(w -> affirmed(d.chosenOption(), w, words.negations())).findFirst();
                if (named.isEmpty()) {
                    continue;
                }
                boolean priced = c.cost().items().stream().anyMatch(p::prices);
                // a container of its kind or naming it, or an external system the design routes through (a CDN drawn at the edge)
                boolean drawn = c.c4().containers().stream().anyMatch(k -> p.kinds().contains(k.kind()) || p.drawn().stream()
                        .anyMatch(w -> Words.contains(k.name(), w) || Words.contains(k.technology(), w) || Words.contains(k.description(), w)))
                        || c.c4().systems().stream().anyMatch(x -> p.drawn().stream().anyMatch(w -> Words.contains(x.name(), w)
                        || Words.contains(x.description(), w)));
                String where = "decisions[" + i + "]";
                if (!priced) {
                    out.add(new Violation(Severity.WARNING, where, DossierValidator.Rule.CHOSEN_PART_UNBUILT.id(), d.id() + " chooses '"
                            + d.chosenOption() + "' ('" + named.get() + "': " + p.part() + ") but no cost item prices " + p.part() + " (cost items: "
                            + String.join(", ", c.cost().items().stream().map(CostLineItem::name).toList()) + ")"));
                }
                if (!drawn) {
                    out.add(new Violation(Severity.WARNING, where, DossierValidator.Rule.CHOSEN_PART_UNBUILT.id(), d.id() + " chooses '"
                            + d.chosenOption() + "' ('" + named.get() + "': " + p.part() + ") but no C4 container draws " + p.part()));
                }
            }
        }
    }

    /** The phrase is in the text, and no negation word stands just before it ("no shared cache" names no cache). */
    static boolean affirmed(String text, String phrase, List<String> negations) {
        if (!Words.contains(text, phrase)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])").matcher(lower);
        while (m.find()) {
            String before = lower.substring(0, m.start()).strip();
            String[] previous = before.split("\\s+");
            // the word before the phrase, or the one before an adjective ("no shared cache", "without a CDN")
            boolean negated = false;
            for (int back = 1; back <= Math.min(3, previous.length); back++) {
                if (negations.contains(previous[previous.length - back])) {
                    negated = true;
                }
            }
            if (!negated) {
                return true;
            }
        }
        return false;
    }

    // --- the budget risk says what the verdict says

    private static void budget(Consultation c, BudgetWords words, List<Violation> out) {
        BudgetFit fit = c.cost().budget();
        if (fit == null || fit.monthlyUsd() == null || c.cost().items().isEmpty()) {
            return;
        }
        List<Risk> risks = c.risks().stream().filter(r -> words.names().stream().anyMatch(w -> Words.contains(r.title(), w)
                || Words.contains(r.description(), w))).toList();
        double budget = fit.monthlyUsd();
        String verdict = "month 1 " + Numbers.usd(c.cost().monthlyTotal()) + c.cost().monthlyTotalAt(36).map(m -> ", month 36 " + Numbers.usd(m)).orElse("")
                + " against a budget of " + Numbers.usd(budget);
        if (fit.status() == BudgetStatus.OVER) {
            if (risks.isEmpty()) {
                out.add(new Violation(Severity.ERROR, "risks", DossierValidator.Rule.BUDGET_RISK_VERDICT.id(), "cost.budget is OVER by "
                        + Numbers.usd(fit.gapUsd()) + " (" + verdict + ") but no risk names the budget"));
                return;
            }
            Risk top = risks.stream().max(Comparator.comparingInt(Risk::score)).orElseThrow();
            boolean saysOver = risks.stream().anyMatch(r -> over(r, words));
            if (!saysOver) {
                out.add(new Violation(Severity.ERROR, path(c, top), DossierValidator.Rule.BUDGET_RISK_VERDICT.id(), top.id() + " ('" + top.title()
                        + "') does not say the run cost is over the budget, while cost.budget is OVER by " + Numbers.usd(fit.gapUsd()) + " (" + verdict + ")"));
            }
            // over by a few percent is a medium risk at least; more than that is high at least
            double overPercent = fit.gapUsd() / budget * 100;
            RiskBand least = overPercent <= 5 ? RiskBand.MEDIUM : RiskBand.HIGH;
            if (top.band().compareTo(least) < 0) {
                out.add(new Violation(Severity.ERROR, path(c, top), DossierValidator.Rule.BUDGET_RISK_VERDICT.id(), top.id() + " is rated "
                        + top.band().name().toLowerCase(Locale.ROOT) + " (score " + top.score() + ") while cost.budget is OVER by " + Numbers.usd(fit.gapUsd())
                        + " (" + Numbers.format(Numbers.round(overPercent, 1)) + "% of the budget): an overshoot " + (overPercent <= 5 ? "of up to 5% is"
                        : "of more than 5% is") + " at least " + least.name().toLowerCase(Locale.ROOT)));
            }
        } else if (fit.status() == BudgetStatus.WITHIN) {
            for (Risk r : risks) {
                if (over(r, words)) {
                    out.add(new Violation(Severity.ERROR, path(c, r), DossierValidator.Rule.BUDGET_RISK_VERDICT.id(), r.id() + " ('" + r.title()
                            + "') says the run cost is over the budget, while cost.budget is WITHIN (" + verdict + ")"));
                }
            }
            Optional<String> summaryOver = words.summaryOver().stream().filter(w -> Words.contains(c.summary(), w)).findFirst();
            summaryOver.ifPresent(w -> out.add(new Violation(Severity.ERROR, "summary", DossierValidator.Rule.BUDGET_RISK_VERDICT.id(),
                    "the summary says '" + w + "' while cost.budget is WITHIN (" + verdict + ")")));
        }
    }

    /** A risk that says the cost runs over the budget, and does not speak of headroom as if it fitted. */
    private static boolean over(Risk r, BudgetWords words) {
        String text = r.title() + ". " + r.description();
        return words.over().stream().anyMatch(w -> Words.contains(text, w)) && words.within().stream().noneMatch(w -> Words.contains(r.title(), w));
    }

    private static String path(Consultation c, Risk r) {
        return "risks[" + c.risks().indexOf(r) + "]";
    }

    // --- a stated access rule is kept or asked about

    private static void accessRules(Consultation c, ConsultationRequest request, AccessWords access, List<Violation> out) {
        for (Unanswered u : unanswered(c, request, access)) {
            out.add(new Violation(Severity.WARNING, "requirements", DossierValidator.Rule.ACCESS_RULE_UNANSWERED.id(), "the request states \""
                    + u.clause() + "\" ('" + u.marker() + "'), but no requirement keeps it and no open question or risk quotes it"));
        }
    }

    /** A clause of the request stating an access rule that the dossier does not quote, and the rule's words it was found by. */
    record Unanswered(String clause, String marker) {
    }

    /** The access rules the request's description states that no requirement, open question or risk of the dossier quotes. */
    static List<Unanswered> unanswered(Consultation c, ConsultationRequest request) {
        return unanswered(c, request, Holder.WORDS.access());
    }

    private static List<Unanswered> unanswered(Consultation c, ConsultationRequest request, AccessWords access) {
        List<String> quotes = new ArrayList<>();
        for (FunctionalRequirement f : c.requirements().functional()) {
            quotes.add(lower(normal(f.title())));
            quoted(f.description(), quotes);
        }
        for (OpenQuestion q : c.requirements().openQuestions()) {
            quoted(q.question(), quotes);
            quoted(q.whyItMatters(), quotes);
        }
        for (Risk r : c.risks()) {
            quoted(r.title(), quotes);
            quoted(r.description(), quotes);
        }
        List<Unanswered> out = new ArrayList<>();
        for (String sentence : SENTENCE.split(normal(request.description()))) {
            String original = sentence.replaceAll("[.!?]$", "");
            String s = lower(original);
            // the lowered text keeps the original's positions only where lowering keeps its length
            String shown = s.length() == original.length() ? original : s;
            // one finding per clause, however many of the rule's words it holds ("must never see" and "never see")
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (String marker : access.markers()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower(marker)) + "(?![\\p{L}\\p{N}])").matcher(s);
                while (m.find()) {
                    int at = m.start();
                    boolean answered = quotes.stream().anyMatch(q -> covers(s, q, at));
                    String clause = clause(shown, at);
                    boolean seeing = access.seeing().stream().anyMatch(w -> Words.contains(clause, w));
                    if (seeing && !answered && reported.add(clause)) {
                        out.add(new Unanswered(clause, marker));
                    }
                }
            }
        }
        return out;
    }

    /** The clause of a sentence (between semicolons) that holds the position. */
    private static String clause(String sentence, int at) {
        int start = sentence.lastIndexOf(';', at) + 1;
        int end = sentence.indexOf(';', at);
        return sentence.substring(start, end < 0 ? sentence.length() : end).strip();
    }

    /** A quoted passage of the sentence spans the rule's words. */
    private static boolean covers(String sentence, String quote, int at) {
        String q = quote.replaceAll("[.!?]$", "");
        if (q.length() < 8) {
            return false;
        }
        for (int from = sentence.indexOf(q); from >= 0; from = sentence.indexOf(q, from + 1)) {
            if (from <= at && at < from + q.length()) {
                return true;
            }
        }
        return false;
    }

    private static void quoted(String text, List<String> quotes) {
        if (text == null) {
            return;
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            quotes.add(lower(normal(m.group(1))));
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
