package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.ConsequenceKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Two regions on two continents run as a warm standby serve every user from the first: with users worldwide and a
 * latency target, the availability ADR says what the far users trade (the p99 holds for them only on cached responses)
 * and what would give it back, and the requirements ask the budget holder whether that trade is acceptable.
 */
class FarUsersTradeOffTest {

    private static final String LESSONS = """
            system: Lingotrack
            description: Language lessons with short audio clips for learners anywhere in the world.
            goals: [lessons open under 250 ms anywhere]
            capabilities: [lessons, progress, subscriptions]
            load: {peakRequestsPerSecond: 1200, readWriteRatio: 20, monthlyActiveUsers: 900000, audience: global}
            latency: {p99Ms: 250}
            availability: {targetPercent: 99.95, rpoMinutes: 60, rtoMinutes: 60}
            team: {size: 6, expertise: [TypeScript, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-east-1, eu-west-1]}
            """;

    @Test
    void aWarmStandbyOnAnotherContinentStatesWhatFarUsersTradeAgainstTheLatencyTarget() {
        Consultation c = ValidDossiers.of(LESSONS);

        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().consequences())
                .anySatisfy(q -> assertThat(q.text()).contains("warm standby"))
                .filteredOn(q -> q.kind() == ConsequenceKind.BAD).extracting(Consequence::text)
                .anySatisfy(t -> assertThat(t).contains("users on other continents").contains("the 250 ms p99 holds for them only on cached responses")
                        .contains("active-active"));
    }

    @Test
    void theTradeIsAnOpenQuestionWithBothLayoutsAndTheStandbyAssumedUntilAnswered() {
        Consultation c = ValidDossiers.of(LESSONS);
        String adr = c.decision(DecisionTopic.AVAILABILITY).orElseThrow().id();

        assertThat(c.requirements().openQuestions()).filteredOn(q -> q.id().equals("oq-far-users-latency")).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("Must users on other continents get the 250 ms p99 on requests no edge cache answers?");
            assertThat(q.whyItMatters()).contains("Only us-east-1 serves while eu-west-1 waits as a standby (" + adr + ")")
                    .contains("holds for them only on cached responses");
            assertThat(q.options()).hasSize(2).anySatisfy(o -> assertThat(o).startsWith("Yes:").contains("active-active"))
                    .anySatisfy(o -> assertThat(o).startsWith("No:").endsWith("served from us-east-1"));
            assertThat(q.recommended()).as("the standby as designed, until answered").startsWith("No:");
        });
    }

    @Test
    void usersCloseToOneRegionTradeNothing() {
        Consultation c = ValidDossiers.of(LESSONS.replace("anywhere in the world", "in Ireland").replace(" anywhere", " in Ireland")
                .replace(", audience: global", ", audience: regional"));

        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().consequences()).noneMatch(q -> q.text().contains("other continents"));
        assertThat(c.requirements().openQuestions()).noneMatch(q -> q.id().equals("oq-far-users-latency"));
    }

    @Test
    void regionsThatAllServeLeaveNothingToAsk() {
        // 99.99% leaves no time to promote a standby: both regions serve, so far users reach the nearer one
        Consultation c = ValidDossiers.of(LESSONS.replace("targetPercent: 99.95", "targetPercent: 99.99"));

        assertThat(c.requirements().openQuestions()).noneMatch(q -> q.id().equals("oq-far-users-latency"));
    }
}
