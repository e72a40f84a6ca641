package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.OpenQuestion;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offline sessions: a sparse request gets the questions whose answers change the design, each answer changes the
 * dossier, and without a session the recommended answers are the assumptions and the questions stay open.
 */
class OfflineSessionTest {

    private static final Architect OFFLINE = Architect.builder().provider("offline").build();

    /** Only a name, a description and GDPR: where users are, how traffic spikes, residency and retention are all open. */
    private static ConsultationRequest sparse() {
        return ConsultationRequest.builder("Crafty", "A marketplace where makers sell handmade goods and take payments")
                .compliance(ComplianceRegime.GDPR).build();
    }

    @Test
    void aSparseRequestIsAskedAtMostFiveQuestionsEachWithOptionsAndARecommendedAnswer() {
        List<ClarifyingQuestion> questions = OFFLINE.startSession(sparse()).questions();

        assertThat(questions).extracting(ClarifyingQuestion::id)
                .containsExactly("oq-residency", "oq-audience", "oq-spike", "oq-money-consistency", "oq-retention");
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.options()).hasSizeBetween(2, 4).contains(q.recommended());
            assertThat(q.whyItMatters()).isNotBlank();
        });
    }

    @Test
    void aRequestThatStatesEverythingAsksNothing() {
        ConsultationRequest full = dev.architect.request.RequestReader.read(java.nio.file.Path.of("src", "test", "resources", "requests", "small-team.yaml"));

        assertThat(OFFLINE.startSession(full).questions()).isEmpty();
    }

    @Test
    void usersOnSeveralContinentsBringACdn() {
        Consultation regional = OFFLINE.startSession(sparse()).complete();
        Consultation global = OFFLINE.startSession(sparse()).answer("oq-audience", "Users on several continents").complete();

        // Options are named by product ("Amazon CloudFront and ..."); the pattern leads the chosen option's text.
        assertThat(regional.decision(DecisionTopic.CACHING).orElseThrow().chosen().summary()).doesNotContain("CDN");
        assertThat(global.decision(DecisionTopic.CACHING).orElseThrow().chosen().summary()).startsWith("CDN at the edge");
        assertThat(regional.c4().element("cdn")).isEmpty();
        assertThat(global.c4().element("cdn")).isPresent();
        assertThat(global.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-audience");
    }

    @Test
    void aThirtyFoldSpikeSizesForTenTimesTheAssumedPeak() {
        Consultation ordinary = OFFLINE.startSession(sparse()).complete();
        Consultation flash = OFFLINE.startSession(sparse()).answer("oq-spike", "About 30x (ticket drops, flash sales)").complete();

        double assumedPeak = ordinary.capacity().estimate("peak-rps").orElseThrow().value();
        assertThat(flash.capacity().estimate("peak-rps").orElseThrow().value()).isCloseTo(assumedPeak * 10, org.assertj.core.data.Offset.offset(0.5));
        assertThat(flash.cost().monthlyTotal()).isGreaterThan(ordinary.cost().monthlyTotal());
    }

    @Test
    void servingNonEuUsersFromASecondRegionPinsEuDataToEurope() {
        Consultation pinned = OFFLINE.startSession(sparse()).answer("oq-residency", "Personal data stays in the EU").complete();
        Consultation anywhere = OFFLINE.startSession(sparse())
                .answer("oq-residency", "EU users' data in the EU; everyone else served from us-east-1").complete();

        assertThat(pinned.requirements().constraints()).contains("Personal data must stay in the EU");
        assertThat(pinned.decision(DecisionTopic.COMPLIANCE).orElseThrow().chosenOption()).contains("EU data residency");
        assertThat(anywhere.decision(DecisionTopic.COMPLIANCE).orElseThrow().chosenOption()).contains("home region");
        assertThat(anywhere.requirements().constraints()).anySatisfy(c -> assertThat(c).contains("eu-west-1").contains("us-east-1"));
        assertThat(DossierValidator.validate(pinned).errors()).isEmpty();
        assertThat(DossierValidator.validate(anywhere).errors()).isEmpty();
    }

    @Test
    void tenYearsOfRetentionHoldMoreData() {
        Consultation five = OFFLINE.startSession(sparse()).complete();
        Consultation ten = OFFLINE.startSession(sparse()).answer("oq-retention", "10 years (health records)").complete();

        assertThat(ten.capacity().estimate("storage-5y").orElseThrow().value())
                .isGreaterThanOrEqualTo(five.capacity().estimate("storage-5y").orElseThrow().value());
        assertThat(ten.operations().backupAndRecovery().retention()).contains("10 years");
    }

    @Test
    void withoutASessionTheRecommendedAnswersAreAssumedAndTheQuestionsStayOpen() {
        Consultation unasked = OFFLINE.consult(sparse());
        Consultation unanswered = OFFLINE.startSession(sparse()).complete();

        assertThat(unasked).isEqualTo(unanswered);
        assertThat(unasked.requirements().openQuestions()).extracting(OpenQuestion::id)
                .contains("oq-residency", "oq-audience", "oq-money-consistency", "oq-retention");
        assertThat(unasked.requirements().openQuestions()).filteredOn(q -> q.id().equals("oq-residency")).singleElement()
                .satisfies(q -> assertThat(q.whyItMatters()).contains("Assumed until answered: Personal data stays in the EU"));
        assertThat(unasked.requirements().assumptions()).anySatisfy(a -> assertThat(a.topic()).isEqualTo("deployment.regions"));
    }
}
