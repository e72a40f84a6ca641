package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.FunctionalRequirement;

import dev.architect.testing.ValidDossiers;

import org.junit.jupiter.api.Test;

/**
 * A capability that a recognised archetype's mechanism designs is designed, not left as a placeholder: one the
 * archetype claims once present (application forms of an autosave, the parallel run of a migration); and a
 * parallel run the request asks for in words is the migration it gets. Requests written for this test: a council's
 * grant portal with autosaving application forms, a wholesaler leaving its legacy ERP with two month-ends run side by side.
 */
class DesignedCapabilitiesCloseTheirPlaceholderTest {

    private static Consultation consult(String yaml) {
        return ValidDossiers.of(yaml);
    }

    private static FunctionalRequirement fr(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + c.requirements().functional().stream().map(FunctionalRequirement::id).toList()));
    }

    @Test
    void aCapabilityTheRecognisedArchetypeClaimsIsDesignedByIt() throws Exception {
        Consultation c = consult("""
                system: GrantDesk
                description: >
                  A city council runs yearly community grants. Applicants fill a long form over several weeks and every
                  field autosaves as they type, so they can continue on another device. Officers score them and publish awards.
                capabilities: [application forms, scoring, award letters]
                load: {peakRequestsPerSecond: 30, monthlyActiveUsers: 8000}
                data: {initialVolumeGb: 10, growthGbPerMonth: 1, retentionYears: 7}
                deployment: {cloud: azure}
                """);
        assertThat(fr(c, "fr-application-forms").description()).doesNotStartWith("Not designed yet");
        assertThat(c.requirements().openQuestions()).noneMatch(q -> q.id().equals("oq-capability-application-forms"));
    }

    @Test
    void aParallelRunAskedForInWordsIsTheMigrationAndItsCapabilityIsDesigned() throws Exception {
        Consultation c = consult("""
                system: CrateLine
                description: >
                  A drinks wholesaler wants to replace our legacy ERP (an AS400 system) for orders, stock, pricing, invoicing,
                  credit control and deliveries. Finance insists we run both systems side by side for two month-ends before
                  the old one is switched off.
                capabilities: [orders, stock, pricing, invoicing, credit control, deliveries, parallel run]
                load: {peakRequestsPerSecond: 50, monthlyActiveUsers: 3000}
                data: {initialVolumeGb: 400, growthGbPerMonth: 4, retentionYears: 10}
                compliance: [SOX]
                deployment: {cloud: aws}
                """);
        Decision migration = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.MIGRATION).findFirst().orElseThrow();
        assertThat(migration.chosenOption()).isEqualTo("Parallel run with comparison");
        assertThat(migration.rationale()).contains("\"run both systems side by side\"");
        assertThat(fr(c, "fr-parallel-run").description()).doesNotStartWith("Not designed yet");
    }
}
