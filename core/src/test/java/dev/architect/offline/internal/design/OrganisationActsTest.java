package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Person;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.offline.OfflineArchitect;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who does an organisation act (issuing an invoice, approving and activating a rule) follows the act: the organisation's
 * staff, or the assumed staff where the request names none, never an outside party whose words the capability shares,
 * unless its own description says it does the act. Fresh requests: a timber merchant's trade accounts, a marina's mooring
 * rules, a school whose teachers publish quizzes.
 */
class OrganisationActsTest {

    private static final Archetype.Flow ISSUE = new Archetype.Flow("issue", "Issue a document", null,
            List.of("staff -> entry: POST /invoices/{id}/issue with Idempotency-Key", "entry --> staff: 200 with the number"), null);
    private static final Archetype.Flow LIST = new Archetype.Flow("list", "List the items", null,
            List.of("staff -> entry: GET /items", "entry --> staff: 200"), null);

    @Test
    void theActIsTheStaffsUnlessTheMemberOfThePublicsOwnDescriptionSaysIt() {
        Topology.Actor trade = new Topology.Actor("trade", "Trade customer", "orders timber on account with monthly invoices", true, false);
        Topology.Actor yard = new Topology.Actor("yard", "Yard manager", "loads orders", false, false);
        Topology.Actor seller = new Topology.Actor("seller", "Seller", "lists goods and issues invoices to buyers", true, false);
        // a role named without a staff word is not taken for the public: a treasurer still releases what treasurers release
        Topology.Actor treasurer = new Topology.Actor("treasurer", "Treasurer", "reconciles bank statements", true, false);
        OrganisationActs acts = OrganisationActs.standard();
        assertThat(acts.of(ISSUE)).map(OrganisationActs.Act::act).contains("issue");
        assertThat(acts.mayAct(ISSUE, List.of(trade, yard, seller, treasurer))).extracting(Topology.Actor::id)
                .containsExactly("yard", "seller", "treasurer");
        // a flow that does no organisation act leaves everyone who may otherwise act
        assertThat(acts.of(LIST)).isEmpty();
        assertThat(acts.mayAct(LIST, List.of(trade, yard))).hasSize(2);
    }

    @Test
    void aBadActFailsAtLoadNamingIt() {
        assertThatThrownBy(() -> read("acts:\n  - {act: issue, forms: [Issue]}\n")).hasMessageContaining("'Issue'").hasMessageContaining("issue");
        assertThatThrownBy(() -> read("acts:\n  - {act: issue, forms: [issue]}\n  - {act: publish, forms: [issue]}\n"))
                .hasMessageContaining("'issue'").hasMessageContaining("publish");
        assertThat(read("acts:\n  - {act: issue, forms: [issue, issued]}\n").acts()).hasSize(1);
    }

    private static OrganisationActs read(String yaml) {
        return OrganisationActs.read(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void aTradeCustomerDoesNotIssueItsOwnInvoiceNorApproveTheRuleThatRestrictsIt() {
        ConsultationRequest merchant = ConsultationRequest.builder("Timberline", "A timber merchant sells to builders. Trade customers "
                        + "order on account and get one invoice a month. Mooring of delivery lorries at the yard follows the site safety rules.")
                .actor("Trade customer", "orders timber and sheet goods on account, including treated timber")
                .actor("Yard manager", "loads lorries and works the yard on shift")
                .capabilities("trade accounts with monthly invoices", "site safety rules", "timber orders").build();
        Consultation c = OfflineArchitect.create().consult(merchant);
        Set<String> customers = c.c4().people().stream().filter(p -> p.name().equals("Trade customer")).map(Person::id).collect(Collectors.toSet());
        List<SequenceDiagram> acts = c.sequences().stream().filter(s -> s.title().toLowerCase(java.util.Locale.ROOT).matches(".*(issue|approval).*")).toList();
        assertThat(acts).as("the invoice and the rule change are designed as organisation acts").isNotEmpty();
        assertThat(acts).allSatisfy(s -> assertThat(s.participants()).as(s.title()).doesNotContainAnyElementsOf(customers));
    }

    @Test
    void withNoStaffActorTheAssumedStaffIssuesTheInvoice() {
        ConsultationRequest marina = ConsultationRequest.builder("Berth", "A marina rents moorings to boat owners, invoiced monthly.")
                .actor("Boat owner", "rents a mooring and pays the monthly invoices")
                .capabilities("mooring accounts with monthly invoices").build();
        Consultation c = OfflineArchitect.create().consult(marina);
        Set<String> staff = c.c4().people().stream().filter(p -> p.description() != null && p.description().contains("assumed"))
                .map(Person::id).collect(Collectors.toSet());
        assertThat(staff).as("an assumed staff person is drawn").isNotEmpty();
        assertThat(c.sequences()).filteredOn(s -> s.title().toLowerCase(java.util.Locale.ROOT).contains("issue"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.participants()).containsAnyElementsOf(staff));
    }
}
