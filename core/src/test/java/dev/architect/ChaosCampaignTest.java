package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.event.Stage;
import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.ProviderException;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.exceptions.RateLimitedException;
import dev.architect.exceptions.StageFailedException;
import dev.architect.testing.ChaosCampaign;
import dev.architect.testing.ChaosChatModel.Fault;
import dev.architect.testing.ChaosChatModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault injection: consultations against a model that misbehaves on a fixed share of calls. The normal build runs
 * 30 consultations at 20%; the full campaign is
 * {@code mvn -B -q -pl core test -Dtest=ChaosCampaignTest -Dchaos.consultations=200} (also {@code -Dchaos.rate},
 * {@code -Dchaos.seed}); the figures land in {@code core/target/surefire-reports/dev.architect.ChaosCampaignTest-output.txt}.
 */
class ChaosCampaignTest {

    private static final int CONSULTATIONS = Integer.getInteger("chaos.consultations", 30);
    private static final double RATE = Double.parseDouble(System.getProperty("chaos.rate", "0.2"));
    private static final long SEED = Long.getLong("chaos.seed", 20261);

    @Test
    void underTwentyPercentFaultsEveryDossierIsValidAndEveryFailureIsTypedWithItsRawReplies() {
        ChaosCampaign.Report report = ChaosCampaign.run(CONSULTATIONS, RATE, SEED);
        System.out.println(report.describe());

        assertThat(report.invalidDossiers()).as("dossiers failing DossierValidator or naming another system").isEmpty();
        assertThat(report.untypedFailures()).as("failures that are not an ArchitectException").isEmpty();
        assertThat(report.unprovenRawReplies()).as("stage failures without the model's raw replies").isEmpty();
        assertThat(report.injected()).as("every kind of fault was exercised").allSatisfy((fault, n) -> assertThat(n).isPositive());
        assertThat(report.repairs()).isPositive();
        assertThat(report.providerRetries()).isPositive();
        assertThat(report.succeeded()).as("repairs and retries carry most consultations through")
                .isGreaterThan(report.consultations() / 2);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"MALFORMED_JSON", "TRUNCATED_JSON", "WRONG_TYPE", "MISSING_FIELD", "BROKEN_REFERENCE"})
    void aModelThatAlwaysAnswersThisWayFailsTheStageWithEveryRawReply(Fault fault) {
        ChaosChatModel model = ChaosChatModel.builder().seed(7).faultRate(1).faults(fault).build();

        assertThatThrownBy(() -> Architect.builder().chatModel(model).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(StageFailedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Stage.ANALYZE);
                    assertThat(e.rawReplies()).hasSize(3).allMatch(model::sent); // the first answer and two repairs
                    assertThat(e.problems()).isNotEmpty();
                });
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"RATE_LIMITED", "SERVER_ERROR", "TIMEOUT"})
    void aProviderThatAlwaysFailsThisWayIsRetriedWithinTheBoundThenReportedAsRetriable(Fault fault) {
        ChaosChatModel model = ChaosChatModel.builder().seed(7).faultRate(1).faults(fault).build();
        Architect architect = Architect.builder().chatModel(model).maxRetries(2)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(2)).build();

        assertThatThrownBy(() -> architect.consult(Requests.shopFast()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.isRetriable()).isTrue())
                .isInstanceOf(fault == Fault.RATE_LIMITED ? RateLimitedException.class : ProviderUnavailableException.class);
        assertThat(model.calls()).isEqualTo(3);
    }
}
