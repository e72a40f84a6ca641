package dev.architect.offline;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.OpenQuestion;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.RegimeEvidence;
import dev.architect.offline.internal.rules.FactSheet;
import dev.architect.request.Audience;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The questions the offline architect asks before designing, when the request is silent on something that would
 * change a decision: where personal data may live, how widely users are spread, how far traffic spikes, whether money
 * must be strongly consistent, how long records are kept. At most {@link ClarifyingQuestion#MAX_QUESTIONS}, each with
 * options and a recommended answer. The recommended answer is what the offline architect assumes when nobody answers,
 * so an unanswered question changes nothing but is listed among the dossier's open questions.
 */
public final class OfflineQuestions {

    private static final List<String> MONEY_WORDS = List.of("payment", "payments", "ledger", "ledgers", "wallet", "wallets", "transfer",
            "transfers", "payout", "payouts", "billing", "invoice", "invoices", "balance", "balances", "settlement", "payroll");
    private static final List<String> EUROPE_WORDS = List.of("eu", "europe", "european", "gdpr");

    /** A question with what each answer does to the request. */
    private record Asked(ClarifyingQuestion question, BiFunction<ConsultationRequest, String, ConsultationRequest> answer) {
    }

    private OfflineQuestions() {
    }

    /**
     * The questions for a request, most important first; empty when it leaves nothing open that changes the design.
     *
     * @param request the request
     * @return the questions
     */
    public static List<ClarifyingQuestion> ask(ConsultationRequest request) {
        return asked(request).stream().map(Asked::question).toList();
    }

    /**
     * The request with the answers applied; unanswered questions keep the request as it is (the recommended assumption).
     *
     * @param request the request
     * @param answers the chosen answer per question id
     * @return the request with the answers applied
     */
    public static ConsultationRequest apply(ConsultationRequest request, Map<String, String> answers) {
        ConsultationRequest out = request;
        for (Asked a : asked(request)) {
            String answer = answers.get(a.question().id());
            if (answer != null) {
                out = a.answer().apply(out, answer);
            }
        }
        return out;
    }

    /** The questions left unanswered, as the dossier's open questions with the recommended answer assumed. */
    static List<OpenQuestion> open(ConsultationRequest request) {
        return asked(request).stream().map(a -> new OpenQuestion(a.question().id(), a.question().question(),
                a.question().whyItMatters() + ". Assumed until answered: " + a.question().recommended(),
                a.question().options(), a.question().recommended())).toList();
    }

    private static List<Asked> asked(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        Workload w = Workload.of(request);
        String text = words(request);
        List<Asked> out = new ArrayList<>(regimes(request));
        boolean regionsGiven = w.isGiven("deployment.regions");
        boolean gdpr = w.compliance().contains(ComplianceRegime.GDPR);
        if (!regionsGiven && (gdpr || EUROPE_WORDS.stream().anyMatch(word -> hasWord(text, word)))) {
            String eu = "Personal data stays in the EU";
            String split = "EU users' data in the EU; everyone else served from " + Workload.defaultRegion(w.cloud());
            out.add(new Asked(new ClarifyingQuestion("oq-residency", "Must all personal data stay in the EU?",
                    (gdpr ? "GDPR applies" : "The request mentions Europe") + "; the answer decides the regions, and whether EU users' "
                            + "records must be pinned to a European region while others live elsewhere", List.of(eu, split), eu),
                    (r, answer) -> answer.equals(eu)
                            ? r.toBuilder().deployment(new Deployment(w.cloud(), List.of(Workload.europeanRegion(w.cloud()))))
                                    .constraints("Personal data must stay in the EU").build()
                            : r.toBuilder().deployment(new Deployment(w.cloud(), List.of(Workload.europeanRegion(w.cloud()),
                                    Workload.defaultRegion(w.cloud())))).constraints("EU users' personal data stays in the EU").build()));
        }
        if (!w.isGiven("load.audience") && FactSheet.audienceEvidence(request, w).isEmpty()) {
            String local = "Users in one country or region";
            String global = "Users on several continents";
            out.add(new Asked(new ClarifyingQuestion("oq-audience", "Where are the users?",
                    "Users on several continents need a CDN and edge caching for latency; users in one region do not",
                    List.of(local, global), local),
                    (r, answer) -> withLoad(r, l -> new Load(l.peakRequestsPerSecond(), l.readWriteRatio(), l.monthlyActiveUsers(),
                            answer.equals(global) ? Audience.GLOBAL : Audience.REGIONAL))));
        }
        if (!w.isGiven("load.peakRequestsPerSecond")) {
            double average = w.averageRps();
            String normal = "About 3x the average (an ordinary busy hour)";
            String sale = "About 10x (sales, launches, news)";
            String drop = "About 30x (ticket drops, flash sales)";
            out.add(new Asked(new ClarifyingQuestion("oq-spike", "How far above the average can traffic spike?",
                    "The peak sizes instances, the database and the broker; " + Numbers.format(w.peakRps())
                            + " requests/s is assumed from " + Numbers.format(average) + " on average", List.of(normal, sale, drop), normal),
                    (r, answer) -> withLoad(r, l -> new Load(Numbers.round(average * (answer.equals(drop) ? 30 : answer.equals(sale) ? 10 : 3), 2),
                            l.readWriteRatio(), l.monthlyActiveUsers(), l.audience()))));
        }
        if (MONEY_WORDS.stream().anyMatch(word -> hasWord(text, word))) {
            String strong = "Strongly consistent: every movement in a double-entry ledger, exactly once";
            String eventual = "Eventually consistent: reconciled daily";
            out.add(new Asked(new ClarifyingQuestion("oq-money-consistency", "Must money movements be strongly consistent?",
                    "Strong consistency keeps balances in one transactional store with idempotent writes; eventual consistency "
                            + "allows queues between the steps and a daily reconciliation", List.of(strong, eventual), strong),
                    (r, answer) -> r.toBuilder().constraints(answer.equals(strong)
                            ? "Money movements are strongly consistent: a double-entry ledger, each movement exactly once"
                            : "Money movements may be eventually consistent and are reconciled daily").build()));
        }
        if (!w.isGiven("data.retentionYears")) {
            List<String> options = List.of("1 year", "5 years", "7 years (financial records)", "10 years (health records)");
            out.add(new Asked(new ClarifyingQuestion("oq-retention", "How long must records be kept?",
                    "Retention multiplies the stored data, the backups and their cost; financial and health records often must be "
                            + "kept 7 to 10 years", options, "5 years"),
                    (r, answer) -> {
                        int years = Integer.parseInt(answer.substring(0, answer.indexOf(' ')));
                        DataVolume d = r.data();
                        return r.toBuilder().data(new DataVolume(d == null ? null : d.initialVolumeGb(),
                                d == null ? null : d.growthGbPerMonth(), years)).build();
                    }));
        }
        return out.subList(0, Math.min(ClarifyingQuestion.MAX_QUESTIONS, out.size()));
    }

    /**
     * Whether each regime the request's facts suggest applies (pupils aged 8 to 14 on US regions suggest COPPA): the
     * recommended answer is that it does, which is what the design carries until someone answers; an answer of no
     * records that the regime does not apply, so nothing suggests it again.
     */
    private static List<Asked> regimes(ConsultationRequest request) {
        List<Asked> out = new ArrayList<>();
        for (RegimeEvidence.Suggestion s : RegimeEvidence.standard().suggested(request)) {
            ComplianceRegime regime = s.regime();
            String yes = "Yes: " + request.system() + " is designed for " + regime.label();
            String no = "No: " + request.system() + " is not subject to " + regime.label();
            out.add(new Asked(new ClarifyingQuestion(s.questionId(), "Does " + regime.label() + " apply to " + request.system() + "?",
                    s.because() + ", though its compliance field does not list " + regime.label() + "; if it applies, "
                            + regime.label() + " asks for " + s.obliges(), List.of(yes, no), yes),
                    (r, answer) -> answer.equals(no) ? r.toBuilder().constraints("Not subject to " + regime.label()).build()
                            : r.toBuilder().compliance(regime).build()));
        }
        return out;
    }

    private static ConsultationRequest withLoad(ConsultationRequest r, java.util.function.UnaryOperator<Load> change) {
        Load l = r.load() == null ? new Load(null, null, null, null) : r.load();
        return r.toBuilder().load(change.apply(l)).build();
    }

    private static String words(ConsultationRequest r) {
        List<String> parts = new ArrayList<>(List.of(r.system(), r.description()));
        parts.addAll(r.goals());
        parts.addAll(r.capabilities());
        parts.addAll(r.constraints());
        r.integrations().forEach(i -> parts.add(i.nameAndPurpose()));
        return " " + String.join(" ", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    }

    private static boolean hasWord(String text, String word) {
        return text.contains(" " + word + " ");
    }
}
