package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Requests written for this test in domains the shapes were not written from (a mobile network operator, a vaccine cold
 * chain): a usage rating, a bill run, a CDR exchange, a count comparison, a logger QC and a stock sync are each designed
 * with the tables, invariants, operations and flows of their mechanism, and every flow that works with another system
 * calls that system, the one the request names or an assumed one named as such, before it records the call's outcome.
 */
class RecurringMechanismDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "recurring-mechanism-requests");

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @Test
    void aMobileOperatorsRatingBillRunCdrExchangeAndCountComparisonAreDesignedAsTheirMechanisms() {
        Consultation c = consult("telcoflex");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-usage-rating")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as a tariff of versioned price rules applied to measured usage"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-monthly-bill-run")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as a batch run over a population for a period"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-interconnect-cdr-exchange")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as an exchange of records with a partner in numbered batches"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-sim-count-comparison")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as a comparison of values from two or more sources"));
        ArchetypeDossiersTest.assertDesigns(c,
                List.of("usage_rating_tariff", "usage_rating_component", "usage_rating_assignment", "usage_rating", "monthly_bill_run",
                        "monthly_bill_run_chunk", "monthly_bill_run_item", "interconnect_cdr_exchange_batch", "interconnect_cdr_exchange_acknowledgement",
                        "sim_count_comparison_observation", "sim_count_comparison"),
                List.of("usage_rating:APPEND_ONLY", "usage_rating_assignment:NO_OVERLAP", "usage_rating_tariff:DIFFERENT", "monthly_bill_run:DIFFERENT",
                        "monthly_bill_run_chunk:ONE_OF", "interconnect_cdr_exchange_batch:POSITIVE", "sim_count_comparison:ONE_OF"),
                List.of("rateUsageRating", "approveUsageRatingTariff", "startMonthlyBillRun", "resumeMonthlyBillRun", "decideMonthlyBillRun",
                        "releaseMonthlyBillRun", "getMonthlyBillRunReport", "receiveInterconnectCdrExchangeAcknowledgement", "resendInterconnectCdrExchange",
                        "resolveSimCountComparison"),
                List.of("seq-usage-ratings-rate", "seq-monthly-bill-runs-run", "seq-monthly-bill-runs-release", "seq-interconnect-cdr-exchanges-send",
                        "seq-interconnect-cdr-exchanges-receive", "seq-sim-count-comparisons-check"));
        // A bill run never bills a member twice for a period, whichever run makes the item.
        assertThat(c.dataModel().entities()).filteredOn(e -> e.name().equals("monthly_bill_run_item")).singleElement()
                .satisfies(e -> assertThat(e.indexes()).anySatisfy(i -> {
                    assertThat(i.unique()).isTrue();
                    assertThat(i.fields()).containsExactly("scope", "period_start", "subject_type", "subject_id");
                }));
        // The exchange sends to the operator the request names in the capability's sentence.
        assertCallsBeforeRecording(c, "seq-interconnect-cdr-exchanges-send", "Host network operator", "SENT");
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void aSyncWhoseOtherSystemTheRequestDoesNotNameCallsAnAssumedOneBeforeSettingSent() {
        Consultation c = consult("labfridge");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-logger-qc")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as a validation, estimation and editing of arriving readings"));
        ArchetypeDossiersTest.assertDesigns(c, List.of("logger_qc_rule", "logger_qc", "logger_qc_flag", "stock_level_sync_outbox"),
                List.of("logger_qc:APPEND_ONLY", "logger_qc_flag:ORDERED"), List.of("editLoggerQc", "estimateLoggerQc", "reviewLoggerQcFlag"),
                List.of("seq-logger-qcs-validate", "seq-stock-level-syncs-sync"));
        // Neither the gateway network nor the sign-in service is the national stock system: an assumed system, named as one.
        assertCallsBeforeRecording(c, "seq-stock-level-syncs-sync", "Other system for stock level sync (not named in the request)", "SENT");
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void everyFlowOfAnActionShapeThatSetsSentCallsAnExternalSystemFirst() {
        int checked = 0;
        for (String request : List.of("telcoflex", "labfridge")) {
            Consultation c = consult(request);
            Set<String> external = c.c4().systems().stream().filter(SoftwareSystem::external).map(SoftwareSystem::id).collect(Collectors.toSet());
            for (SequenceDiagram s : c.sequences()) {
                int sent = indexOf(s.steps(), st -> st.message().contains("set SENT") || st.message().startsWith("Set SENT") || st.message().contains("batch SENT"));
                if (sent < 0) {
                    continue;
                }
                int call = indexOf(s.steps(), st -> external.contains(st.to()));
                assertThat(call).as(request + " " + s.id() + ": a step to an external system before the one setting SENT").isBetween(0, sent - 1);
                checked++;
            }
        }
        // a flow's wording changed so no step reads as setting SENT would leave nothing checked
        assertThat(checked).as("flows that set SENT").isGreaterThanOrEqualTo(2);
    }

    private static void assertCallsBeforeRecording(Consultation c, String flow, String system, String recorded) {
        String id = c.c4().systems().stream().filter(x -> x.name().equals(system)).findFirst().map(SoftwareSystem::id)
                .orElseThrow(() -> new AssertionError("no system named " + system));
        SequenceDiagram s = c.sequences().stream().filter(x -> x.id().equals(flow)).findFirst().orElseThrow();
        assertThat(s.participants()).as(flow + " participants").contains(id);
        int call = indexOf(s.steps(), st -> st.to().equals(id));
        int reply = indexOf(s.steps(), st -> st.from().equals(id));
        int record = indexOf(s.steps(), st -> st.message().contains(recorded));
        assertThat(call).as("call to " + system).isNotNegative();
        assertThat(reply).as("reply of " + system).isGreaterThan(call);
        assertThat(record).as("recorded after the reply").isGreaterThan(reply);
    }

    private static int indexOf(List<SequenceStep> steps, java.util.function.Predicate<SequenceStep> p) {
        for (int i = 0; i < steps.size(); i++) {
            if (p.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
