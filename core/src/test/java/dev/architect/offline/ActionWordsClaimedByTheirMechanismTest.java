package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An escalation that stops when someone acknowledges is an alert's chain of pages, not a case escalated to a senior
 * reviewer; people reporting a problem they saw file a report, they do not read analytics. The archetypes that own the
 * other sense of these words leave such capabilities to the shapes of the action, and keep their own sense.
 */
class ActionWordsClaimedByTheirMechanismTest {

    private static List<String> claimedBy(String yaml, String capability) {
        var request = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(request, request.capabilities()).stream()
                .filter(r -> r.capabilities().contains(capability)).map(r -> r.archetype().id()).toList();
    }

    @Test
    void escalationAndAcknowledgementIsNotACaseEscalation() {
        assertThat(claimedBy("""
                system: Chillwatch
                description: A restaurant chain's food safety app; managers are told when a fridge log is missed.
                capabilities: [missed log alerts, escalation and acknowledgement]
                """, "escalation and acknowledgement")).doesNotContain("case-workflow");
        // a case escalated past its deadline is still the case workflow's
        assertThat(claimedBy("""
                system: Appeals
                description: Residents appeal parking fines; an appeal not decided within 28 days escalates to a senior officer.
                capabilities: [appeals, escalation]
                """, "escalation")).contains("case-workflow");
    }

    @Test
    void reportingAProblemIsNotReportingAndAnalytics() {
        for (String capability : List.of("issue reporting", "near miss reporting", "fault reporting", "incident reporting")) {
            assertThat(claimedBy("system: Fixit\ndescription: Tenants tell the landlord what is broken.\ncapabilities: [" + capability + "]\n", capability))
                    .as(capability).doesNotContain("reporting-analytics");
        }
        // the reports people read are still analytics
        assertThat(claimedBy("system: Fixit\ndescription: Managers read monthly repair figures.\ncapabilities: [repair reporting]\n", "repair reporting"))
                .contains("reporting-analytics");
    }
}
