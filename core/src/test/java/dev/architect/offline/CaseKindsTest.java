package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case's states, roles and commands come from the kind of case the request describes (a request offered to a
 * responder who accepts or declines it, an application decided, a report reviewed and appealed, or a neutral request
 * handled by a team), not from one grant-style template; a due time the request states is the cases' due time.
 */
class CaseKindsTest {

    private static final String REFERRALS = """
            system: VetLink
            description: >
              A network of veterinary practices refers animals to specialist clinics. A vet raises a referral, the specialist
              clinic accepts or declines it, and a referral not answered within 2 hours escalates to the clinic's duty vet.
            capabilities: [referrals, escalation]
            """;

    private static final String COMPLAINTS = """
            system: FairHome
            description: >
              Tenants of a housing association file complaints about repairs. A complaints officer reviews each one and upholds
              or dismisses it; tenants may appeal a decision, and an appeal is heard by another officer.
            goals: [every complaint decided within 10 working days]
            capabilities: [complaints, appeals]
            """;

    private static final String SERVICE_DESK = """
            system: DeskFlow
            description: Staff raise IT tickets that a support team takes from a work queue and resolves.
            capabilities: [work queue, knowledge articles]
            """;

    private static final String GRANTS = """
            system: SeedFund
            description: >
              A city fund takes grant applications from community groups: applicants submit a form, officers check eligibility
              and a panel approves or rejects each application.
            goals: [every application decided within 6 weeks]
            capabilities: [grant applications, eligibility checks]
            """;

    private static Consultation consult(String yaml) {
        return OfflineArchitect.create().consult(RequestReader.readString(yaml));
    }

    private static List<String> values(Consultation c, String table, String column) {
        Entity e = c.dataModel().entities().stream().filter(x -> x.name().equals(table)).findFirst().orElseThrow(() -> new AssertionError("no " + table));
        return e.constraints().stream().filter(k -> k.kind() == ConstraintKind.ONE_OF && k.fields().equals(List.of(column)))
                .map(EntityConstraint::values).findFirst().orElseThrow(() -> new AssertionError("no states on " + table + "." + column));
    }

    private static List<String> operations(Consultation c) {
        return c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId).toList();
    }

    private static Recognised cases(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(request, request.capabilities()).stream()
                .filter(r -> r.archetype().id().equals("case-workflow")).findFirst().orElseThrow();
    }

    @Test
    void aRequestOfferedToAResponderWhoAcceptsOrDeclinesItHasThoseStatesRolesAndCommandsAndNoGrantVocabulary() {
        Consultation c = consult(REFERRALS);

        assertThat(values(c, "case_file", "status")).containsExactly("REQUESTED", "OFFERED", "ACCEPTED", "DECLINED", "ESCALATED", "FULFILLED", "CANCELLED");
        assertThat(values(c, "case_transition", "actor_kind")).containsExactly("REQUESTER", "RESPONDER", "COORDINATOR", "SYSTEM");
        assertThat(operations(c)).contains("offerCase", "acceptCase", "declineCase", "fulfilCase", "escalateCase")
                .doesNotContain("submitCase", "approveCase", "rejectCase");
        String dossierText = c.dataModel().entities().toString() + c.sequences();
        assertThat(dossierText).doesNotContain("AWAITING_INFORMATION", "APPLICANT", "CASEWORKER", "applicant_id");
    }

    @Test
    void theStatedDueTimeIsTheCasesDueTimeInTheSequencesAndTheEvidence() {
        Consultation c = consult(REFERRALS);
        SequenceDiagram offer = c.sequences().stream().filter(s -> s.id().equals("seq-submit-case")).findFirst().orElseThrow();
        assertThat(offer.steps()).anySatisfy(s -> assertThat(s.message()).contains("due_at = now + 2 hours"));
        SequenceDiagram escalate = c.sequences().stream().filter(s -> s.id().equals("seq-escalate-on-sla-breach")).findFirst().orElseThrow();
        assertThat(escalate.toString()).contains("not handled within 2 hours");

        assertThat(cases(REFERRALS).because()).contains("says '2 hours' (the stated due time)")
                .contains("(a case of kind 'request offered to a responder who accepts or declines it')");
        assertThat(cases(COMPLAINTS).because()).contains("says '10 working days' (the stated due time)");
        assertThat(cases(GRANTS).because()).contains("says '6 weeks' (the stated due time)");
    }

    @Test
    void withoutAStatedDueTimeTheTextNamesTheQueuesDueTimeAndNoTokenIsLeft() {
        Consultation c = consult(SERVICE_DESK);
        assertThat(cases(SERVICE_DESK).because()).doesNotContain("the stated due time");
        assertThat(c.sequences().toString() + c.requirements().functional()).contains("its queue's due time").doesNotContain("${due}");
    }

    @Test
    void aReportIsReviewedDecidedAndAppealedAndAnApplicationIsDecided() {
        Consultation complaints = consult(COMPLAINTS);
        assertThat(values(complaints, "case_file", "status")).contains("REPORTED", "UPHELD", "DISMISSED", "APPEALED").doesNotContain("DRAFT", "APPROVED");
        assertThat(values(complaints, "case_transition", "actor_kind")).contains("REPORTER", "REVIEWER", "APPEAL_REVIEWER");
        assertThat(operations(complaints)).contains("upholdCase", "dismissCase", "appealCase").doesNotContain("approveCase");

        Consultation grants = consult(GRANTS);
        assertThat(values(grants, "case_file", "status")).contains("DRAFT", "SUBMITTED", "APPROVED", "REJECTED");
        assertThat(values(grants, "case_transition", "actor_kind")).contains("APPLICANT", "CASEWORKER");
        assertThat(operations(grants)).contains("submitCase", "approveCase", "rejectCase").doesNotContain("acceptCase");
    }

    @Test
    void anEscalationThatPagesSomeoneRepeatsUntilAcknowledgedThenUsesTheFallbackChannelAndTheNextPersonOnTheRota() {
        Consultation c = consult(REFERRALS);
        Entity page = c.dataModel().entities().stream().filter(e -> e.name().equals("case_page")).findFirst().orElseThrow();
        assertThat(page.indexes()).filteredOn(i -> i.unique()).extracting(i -> i.fields()).contains(List.of("case_id", "escalation_level", "attempt"));
        assertThat(page.fields()).extracting(f -> f.name()).contains("acknowledged_at", "next_attempt_at", "channel");
        Entity rota = c.dataModel().entities().stream().filter(e -> e.name().equals("on_call_rota")).findFirst().orElseThrow();
        assertThat(rota.constraints()).filteredOn(k -> k.kind() == ConstraintKind.DIFFERENT).extracting(EntityConstraint::fields)
                .containsExactly(List.of("primary_channel", "fallback_channel"));
        SequenceDiagram paging = c.sequences().stream().filter(s -> s.id().equals("seq-page-until-acknowledged")).findFirst().orElseThrow();
        assertThat(paging.steps()).anySatisfy(s -> assertThat(s.message()).contains("fallback channel").contains("next person on the rota"));
        assertThat(operations(c)).contains("acknowledgePage");

        assertThat(consult(SERVICE_DESK).dataModel().entities()).extracting(Entity::name).as("nobody is paged where nobody is on call")
                .doesNotContain("case_page", "on_call_rota");
    }

    @Test
    void aCaseWhoseKindNoWordNamesGetsTheNeutralStatesAndRoles() {
        Consultation c = consult(SERVICE_DESK);
        assertThat(values(c, "case_file", "status")).containsExactly("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "ESCALATED", "DONE", "CANCELLED");
        assertThat(values(c, "case_transition", "actor_kind")).containsExactly("REQUESTER", "HANDLER", "SUPERVISOR", "SYSTEM");
        assertThat(operations(c)).contains("startCase", "holdCase", "completeCase", "cancelCase");
    }
}
