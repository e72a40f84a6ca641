package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's role in a shaped capability's flow goes to the person the request connects to the capability, never to a
 * staff actor whose words have nothing to do with it.
 */
class ShapeRolesTest {

    private static final Topology.Actor TENANT = new Topology.Actor("tenant", "Tenant", "uploads payslips and references, signs the lease", true, false);
    private static final Topology.Actor LETTINGS = new Topology.Actor("lettings", "Lettings negotiator", "shows flats and agrees rents", false, false);
    private static final Topology.Actor CREDIT = new Topology.Actor("credit", "Credit controller", "chases unpaid rent and checks payslips", false, false);

    @Test
    void theConfirmerOfFieldsReadFromAnUploadIsThePersonWhoUploadsThemWhenNoStaffWorksWithThem() {
        // Lettings negotiator shares no word with "payslip upload and parsing"; the tenant "uploads payslips": 2 words x 2 = 4
        assertThat(ShapeRoles.person("payslip upload and parsing", List.of(LETTINGS, TENANT))).map(Topology.Actor::id).contains("tenant");
    }

    @Test
    void staffWhoWorkWithTheCapabilitysRecordsWinOverAnOutsidePersonOnATie() {
        // tenant: "payslips" 1 word x 2 = 2; credit controller: "payslips" 1 x 2 + 1 for staff = 3
        assertThat(ShapeRoles.person("payslip checks", List.of(TENANT, LETTINGS, CREDIT))).map(Topology.Actor::id).contains("credit");
    }

    @Test
    void aStaffMemberWhoseWordsNameTheCapabilityAndWhatTheFlowDoesDoesTheStaffStep() {
        Topology.Actor confirmer = new Topology.Actor("credit", "Credit controller", "confirms income read from payslips", false, false);
        // the credit controller shares "payslip" with the capability and "confirm" with the flow; the tenant, outside staff, only uploads
        assertThat(ShapeRoles.person("payslip upload and parsing", FlowActors.stems("Confirm or correct the fields that waited for a person"),
                List.of(TENANT, LETTINGS, confirmer))).map(Topology.Actor::id).contains("credit");
        // a staff member who shares a capability word but nothing the flow does gives way to the person connected to it
        assertThat(ShapeRoles.person("payslip upload and parsing", FlowActors.stems("Confirm or correct the fields that waited for a person"),
                List.of(TENANT, CREDIT))).map(Topology.Actor::id).contains("tenant");
    }

    @Test
    void aStaffActorSharingNoWordWithTheCapabilityOrTheFlowIsNotConnected() {
        Topology.Actor support = new Topology.Actor("support", "Support agent", "handles deletion requests and billing disputes", false, false);
        assertThat(ShapeRoles.connected(support, "CV upload and parsing", FlowActors.stems("Confirm or correct the fields"))).isFalse();
        assertThat(ShapeRoles.connected(CREDIT, "payslip checks", FlowActors.stems("Confirm or correct the fields"))).isTrue();
    }

    @Test
    void noPersonIsBoundWhereNoneSharesAWordWithTheCapability() {
        assertThat(ShapeRoles.person("meter reading validation", List.of(TENANT, LETTINGS, CREDIT))).isEmpty();
    }
}
