package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.SchemaProperty;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case work (applications, claims, approvals, reviews) is designed as a state machine: a status constrained to its
 * states, an append-only history, queues, SLA timers with an escalation job, command endpoints that answer 409 and 422,
 * two distinct signatures where four eyes are asked, and a decision between a workflow engine and tables.
 */
class CaseWorkflowTest {

    private static List<String> recognised(String description, String capability) {
        var request = RequestReader.readString("system: Probe\ndescription: \"" + description + "\"\ncapabilities: [\"" + capability + "\"]\n");
        return Archetypes.standard().recognise(request, request.capabilities()).stream().map(r -> r.archetype().id()).toList();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Tenants apply for parking permits online.|permit applications",
            "Adjusters work through a queue of insurance-free warranty claims.|claims handling",
            "Each request needs a manager's sign-off.|leave requests",
            "A caseworker reviews every file.|benefit files",
            "Requests not answered within the SLA are escalated to a supervisor.|support requests",
            "Refunds above 500 EUR follow the four-eyes principle.|refunds review"})
    void caseWorkInAnyOfItsWordsIsRecognised(String description, String capability) {
        assertThat(recognised(description, capability)).contains("case-workflow");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Web applications and mobile applications call the API.|api keys",
            "Access tokens carry JWT claims for roles.|user profiles",
            "The platform promises a 99.95% SLA and an uptime SLA in the contract.|status page",
            "Privilege escalation by a tenant is the main threat; in most cases users only read.|tenant settings",
            "The catalogue lists use cases and product reviews; code review happens on pull requests.|product catalogue"})
    void theSameWordsMeaningSoftwareTokensUptimeOrSecurityDoNotMakeACaseSystem(String description, String capability) {
        assertThat(recognised(description, capability)).doesNotContain("case-workflow", "four-eyes-approval", "case-documents");
    }

    @Test
    void documentsAttachToCasesOnlyWhereCasesAreDesigned() {
        assertThat(recognised("Applicants submit applications with supporting documents.", "applications"))
                .contains("case-workflow", "case-documents", "files-media");
        assertThat(recognised("Staff keep supporting documents in shared folders.", "document library"))
                .doesNotContain("case-documents", "case-workflow");
    }

    @Test
    void theEvidenceShowsTheFieldAndTheWordThatRecognisedTheCaseWorkflow() {
        var request = RequestReader.readString("""
                system: Permits
                description: Residents file permit applications; a case officer decides each one.
                capabilities: [permit applications, fee schedule]
                """);
        Recognised cases = Archetypes.standard().recognise(request, request.capabilities()).stream()
                .filter(r -> r.archetype().id().equals("case-workflow")).findFirst().orElseThrow();

        assertThat(cases.because()).startsWith("capability 'permit applications' says 'applications'")
                .contains("description 'Residents file permit applications; a case officer decides each one.' says 'case officer'");
        assertThat(cases.capabilities()).containsExactly("permit applications");
    }

    @Test
    void theCaseStatusIsConstrainedToItsStatesAndTheHistoryIsAppendOnlyWithOneRowPerVersionAndIdempotencyKey() {
        Consultation c = ArchetypeDossiersTest.consult("university-admissions");
        Entity caseFile = entity(c, "case_file");
        Entity history = entity(c, "case_transition");

        EntityConstraint states = caseFile.constraints().stream().filter(k -> k.kind() == ConstraintKind.ONE_OF).findFirst().orElseThrow();
        assertThat(states.fields()).containsExactly("status");
        assertThat(states.values()).contains("DRAFT", "SUBMITTED", "IN_REVIEW", "ESCALATED", "APPROVED", "REJECTED");
        assertThat(caseFile.indexes()).extracting(EntityIndex::fields).as("the escalation scan has its index").contains(List.of("status", "due_at"));
        assertThat(history.relations()).anySatisfy(r -> assertThat(r.targetEntity()).isEqualTo("case_file"));
        assertThat(history.fields()).extracting(f -> f.name()).contains("actor_id", "from_status", "to_status", "occurred_at");
        assertThat(history.constraints()).extracting(EntityConstraint::kind).contains(ConstraintKind.APPEND_ONLY);
        assertThat(history.indexes()).filteredOn(EntityIndex::unique).extracting(EntityIndex::fields)
                .contains(List.of("case_id", "idempotency_key"), List.of("case_id", "case_version"));
        // Documents live in object storage; the case refers to the stored file.
        assertThat(entity(c, "case_document").relations()).extracting(r -> r.targetEntity()).contains("case_file", "stored_file");
        assertThat(c.c4().containers()).extracting(Container::id).contains("file-store", "sla-scheduler");
    }

    @Test
    void fourEyesAskedGivesTwoDistinctApproversNeitherOfThemThePreparerAndWithoutItThereIsNoSignatureTable() {
        Entity approval = entity(ArchetypeDossiersTest.consult("procurement-approvals"), "case_approval");

        assertThat(approval.indexes()).filteredOn(EntityIndex::unique).extracting(EntityIndex::fields).contains(List.of("case_id", "approver_id"));
        EntityConstraint quorum = approval.constraints().stream().filter(k -> k.kind() == ConstraintKind.QUORUM).findFirst().orElseThrow();
        assertThat(quorum.fields()).containsExactly("case_id", "approver_id");
        assertThat(quorum.values()).containsExactly("status", "APPROVED", "2");
        assertThat(approval.constraints()).filteredOn(k -> k.kind() == ConstraintKind.DIFFERENT).singleElement()
                .satisfies(k -> assertThat(k.fields()).containsExactly("approver_id", "maker_id"));

        assertThat(ArchetypeDossiersTest.consult("university-admissions").dataModel().entities()).extracting(Entity::name)
                .doesNotContain("case_approval");
    }

    @Test
    void stateChangesAreCommandsWithAnIdempotencyKeyAnExpectedVersionA409ForAnIllegalTransitionAndA422ForInvalidInput() {
        Consultation c = ArchetypeDossiersTest.consult("grant-applications");
        ApiSpec api = c.apis().stream().filter(a -> a.operations().stream().anyMatch(o -> o.operationId().equals("submitCase"))).findFirst().orElseThrow();

        for (String id : List.of("submitCase", "assignCase", "approveCase", "rejectCase", "escalateCase")) {
            ApiOperation op = api.operations().stream().filter(o -> o.operationId().equals(id)).findFirst().orElseThrow();
            assertThat(op.path()).as(id).matches("/cases/\\{caseId}/[a-z]+");
            assertThat(op.parameters()).as(id).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("Idempotency-Key");
                assertThat(p.in()).isEqualTo(ParameterLocation.HEADER);
                assertThat(p.required()).isTrue();
            });
            assertThat(op.responses()).extracting(ApiResponse::status).as(id).contains(200, 404, 409, 429);
            assertThat(api.schema(op.requestSchema()).orElseThrow().properties()).filteredOn(SchemaProperty::required)
                    .extracting(SchemaProperty::name).as(id).contains("expectedVersion");
        }
        assertThat(op(api, "submitCase").responses()).filteredOn(r -> r.status() == 409).singleElement()
                .satisfies(r -> assertThat(r.description()).contains("Not allowed from the case's status"));
        assertThat(op(api, "submitCase").responses()).extracting(ApiResponse::status).contains(422);
        ApiOperation history = op(api, "listCaseTransitions");
        assertThat(history.parameters()).extracting(ApiParameter::name).contains("cursor", "limit");
        assertThat(api.schema(history.responses().get(0).schema()).orElseThrow().properties()).extracting(SchemaProperty::name)
                .containsExactly("items", "nextCursor");
    }

    @Test
    void theSequencesCoverSubmitInOneTransactionTwoPersonApprovalAndEscalationOnSlaBreach() {
        Consultation grants = ArchetypeDossiersTest.consult("grant-applications");
        var submit = grants.sequences().stream().filter(s -> s.id().equals("seq-submit-case")).findFirst().orElseThrow();
        assertThat(submit.steps()).anySatisfy(s -> assertThat(s.message()).contains("In one transaction").contains("case_transition").contains("case_event"));
        var escalate = grants.sequences().stream().filter(s -> s.id().equals("seq-escalate-on-sla-breach")).findFirst().orElseThrow();
        assertThat(escalate.participants()).contains("sla-scheduler");

        var twoPeople = ArchetypeDossiersTest.consult("procurement-approvals").sequences().stream()
                .filter(s -> s.id().equals("seq-approve-with-two-signatures")).findFirst().orElseThrow();
        assertThat(twoPeople.steps()).filteredOn(s -> s.message().startsWith("POST /cases/{id}/approvals")).hasSize(2);
    }

    @Test
    void aSmallTeamWithFewAutomatedStepsKeepsTheStateMachineInItsDatabaseAndALargeTeamOrchestratingManySystemsGetsAnEngine() {
        Decision small = decision(ArchetypeDossiersTest.consult("procurement-approvals"));
        assertThat(small.chosenOption()).startsWith("State machine and transition table in the primary database");
        assertThat(small.options()).extracting(DecisionOption::summary).anyMatch(n -> n.startsWith("The cloud's managed workflow engine"));
        assertThat(small.options()).anySatisfy(o -> assertThat(o.name()).contains("Azure Durable Functions"));

        Consultation customs = ArchetypeDossiersTest.consult("customs-declarations");
        Decision large = decision(customs);
        assertThat(large.chosenOption()).doesNotContain("transition table in the primary database");
        Container engine = customs.c4().containers().stream().filter(x -> x.id().equals("workflow-engine")).findFirst().orElseThrow();
        assertThat(large.chosenOption()).contains(engine.technology());
        assertThat(customs.sequences()).extracting(s -> s.id()).contains("seq-orchestrate-case-in-engine");
        assertThat(customs.cost().items()).anySatisfy(i -> assertThat(i.containerId()).isEqualTo("workflow-engine"));
        Consultation procurement = ArchetypeDossiersTest.consult("procurement-approvals");
        assertThat(procurement.c4().containers()).extracting(Container::id).doesNotContain("workflow-engine");
        assertThat(procurement.sequences()).extracting(s -> s.id()).doesNotContain("seq-orchestrate-case-in-engine");
    }

    @Test
    void risksAlertsCostAndRoadmapFollowTheCaseWorkflow() {
        Consultation c = ArchetypeDossiersTest.consult("grant-applications");

        assertThat(c.risks()).extracting(r -> r.title()).contains("Cases stuck in a state nobody works");
        assertThat(c.operations().alerts()).extracting(a -> a.name()).contains("sla-breach-rate", "stuck-cases");
        assertThat(c.cost().items()).anySatisfy(i -> assertThat(i.containerId()).isEqualTo("sla-scheduler"));
        assertThat(c.roadmap().phases()).anySatisfy(p -> assertThat(p.name()).contains("Case workflow"));
        assertThat(c.requirements().functional()).extracting(FunctionalRequirement::id).contains("fr-archetype-case-workflow");
    }

    private static Decision decision(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.CASE_WORKFLOW).findFirst().orElseThrow();
    }

    private static ApiOperation op(ApiSpec api, String id) {
        return api.operations().stream().filter(o -> o.operationId().equals(id)).findFirst().orElseThrow();
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no table " + name));
    }
}
