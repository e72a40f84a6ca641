package dev.architect.testing;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.event.ConsultationEvent.StageRetried;
import dev.architect.event.ConsultationEvent;
import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.StageFailedException;
import dev.architect.request.Budget;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.testing.ChaosChatModel.Fault;
import dev.architect.validation.DossierValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs consultations one after another on one {@link Architect} over a {@link ChaosChatModel} and tallies what came
 * back: dossiers (each checked with {@link DossierValidator} and against its own request), typed failures by kind,
 * anything else, and the retries and repairs the SDK made. Backoff is a millisecond or two, so 200 consultations
 * take seconds.
 */
public final class ChaosCampaign {

    /** What a campaign saw. Every list of problems is empty when the SDK behaved. */
    public record Report(int consultations, double faultRate, long seed, int succeeded, Map<String, Integer> failures,
                         long modelCalls, long providerRetries, long repairs, Map<Fault, Integer> injected,
                         List<String> invalidDossiers, List<String> untypedFailures, List<String> unprovenRawReplies,
                         long millis) {

        public int failed() {
            return consultations - succeeded;
        }

        /** The figures, one per line. */
        public String describe() {
            return String.format(Locale.ROOT, """
                    chaos campaign: %d consultations, fault rate %.0f%%, seed %d, %d ms
                    succeeded                    : %d (%.1f%%)
                    failed                       : %d %s
                    model calls                  : %d (%.1f per consultation)
                    provider retries             : %d (%.2f per consultation)
                    repairs of bad replies       : %d (%.2f per consultation)
                    faults injected              : %s
                    dossiers failing validation  : %d
                    failures not typed           : %d
                    stage failures without proof : %d""",
                    consultations, faultRate * 100, seed, millis, succeeded, 100.0 * succeeded / consultations,
                    failed(), failures, modelCalls, modelCalls / (double) consultations, providerRetries,
                    providerRetries / (double) consultations, repairs, repairs / (double) consultations, injected,
                    invalidDossiers.size(), untypedFailures.size(), unprovenRawReplies.size());
        }
    }

    private ChaosCampaign() {
    }

    public static Report run(int consultations, double faultRate, long seed) {
        ChaosChatModel model = ChaosChatModel.builder().seed(seed).faultRate(faultRate).build();
        AtomicLong providerRetries = new AtomicLong();
        AtomicLong repairs = new AtomicLong();
        Architect architect = Architect.builder().chatModel(model)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
                .listener(event -> countRetry(event, providerRetries, repairs))
                .build();
        Map<String, Integer> failures = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        List<String> unproven = new ArrayList<>();
        int succeeded = 0;
        long start = System.nanoTime();
        for (int i = 0; i < consultations; i++) {
            ConsultationRequest request = request("Chaos" + i);
            try {
                Consultation dossier = architect.consult(request);
                succeeded++;
                var report = DossierValidator.validate(dossier);
                if (report.hasErrors() || !dossier.system().equals(request.system())) {
                    invalid.add(request.system() + ": " + report.describe());
                }
            } catch (ArchitectException e) {
                failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                if (e instanceof StageFailedException stage && !provenRawReplies(stage, model)) {
                    unproven.add(request.system() + ": " + stage.stage() + " raw replies " + stage.rawReplies().size());
                }
            } catch (RuntimeException e) {
                untyped.add(request.system() + ": " + e);
            }
        }
        return new Report(consultations, faultRate, seed, succeeded, failures, model.calls(), providerRetries.get(),
                repairs.get(), model.injected(), invalid, untyped, unproven, (System.nanoTime() - start) / 1_000_000);
    }

    /** Every reply the model gave the failed stage is in the exception, verbatim: one per answer it was allowed. */
    private static boolean provenRawReplies(StageFailedException e, ChaosChatModel model) {
        return !e.rawReplies().isEmpty() && e.rawReplies().stream().allMatch(model::sent);
    }

    private static void countRetry(ConsultationEvent event, AtomicLong providerRetries, AtomicLong repairs) {
        if (event instanceof StageRetried retried) {
            (retried.reason() == StageRetried.Reason.PROVIDER_FAULT ? providerRetries : repairs).incrementAndGet();
        }
    }

    private static ConsultationRequest request(String system) {
        return ConsultationRequest.builder(system, "Ticketing platform for concerts and festivals with timed sales")
                .capabilities("events", "seat maps", "checkout", "refunds")
                .load(new Load(1500.0, 30.0, 900_000L, null))
                .compliance(ComplianceRegime.PCI_DSS)
                .budget(new Budget(12000.0))
                .build();
    }
}
