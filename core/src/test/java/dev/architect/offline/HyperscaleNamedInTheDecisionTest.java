package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Availability;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the cost prices Azure SQL on Hyperscale, the datastore ADR names that tier and why, so both describe one database. */
class HyperscaleNamedInTheDecisionTest {

    private static Consultation claims(double initialGb, double growthGb) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Claimstack", "Claims handling for a regional insurer: adjusters "
                        + "open claims, agree settlements and pay them; every claim is kept ten years for the regulator.")
                .capabilities("claims", "settlements", "payments").load(new Load(400.0, 6.0, 3_000L, null))
                .data(new DataVolume(initialGb, growthGb, 10)).availability(new Availability(99.95, 5, 60))
                .team(new Team(8, List.of("C#", "SQL Server", "Azure")))
                .deployment(new Deployment(Cloud.AZURE, List.of("eastus"))).build());
    }

    private static Decision datastore(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.DATASTORE).findFirst().orElseThrow();
    }

    @Test
    void dataPastGeneralPurposesMaximumIsPricedAndDecidedOnHyperscale() {
        // 9,000 GB + 150 GB/month x 1.3 (indexes) passes the 4,096 GB General Purpose maximum in month 1 (11,700 GB), so the
        // cost prices Hyperscale: the ADR's chosen option must say so
        Consultation c = claims(9_000, 150);

        assertThat(c.cost().items()).anyMatch(i -> i.assumption().contains("Hyperscale"));
        Decision d = datastore(c);
        assertThat(d.chosenOption()).endsWith(" on the Hyperscale tier");
        assertThat(d.options()).anyMatch(o -> o.name().equals(d.chosenOption()));
        assertThat(d.rationale()).contains("on the Hyperscale tier: The store holds up to").contains("4,096 GB maximum")
                .contains("primary and standby this decision names");
    }

    @Test
    void dataWithinGeneralPurposeKeepsTheOptionAsNamed() {
        Consultation c = claims(200, 5);

        assertThat(c.cost().items()).noneMatch(i -> i.assumption().contains("Hyperscale"));
        assertThat(datastore(c).chosenOption()).doesNotContain("Hyperscale");
    }
}
