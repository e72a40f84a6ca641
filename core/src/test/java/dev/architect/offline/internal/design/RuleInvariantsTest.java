package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.offline.internal.design.RuleInvariants.Kind;
import dev.architect.offline.internal.design.RuleInvariants.Rule;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule sentences of six domains read into typed invariants bound to the entity the sentence names, and landed in the DDL,
 * the command's status, the sequence's transaction, a requirement and a release check; sentences where "never", "must not"
 * or "only" is no data rule are left alone, and a rule naming no entity is an open question.
 */
class RuleInvariantsTest {

    private static Entity entity(String name, List<EntityField> extra, List<EntityConstraint> constraints) {
        List<EntityField> fields = new java.util.ArrayList<>(List.of(EntityField.of("id", DataType.UUID)));
        fields.addAll(extra);
        return new Entity(name, "app", null, fields, List.of("id"), List.of(), List.of(), constraints);
    }

    /** A model of the six domains' records: admissions offers, desk orders, weighbridge loads, clinic shifts, grower payments, hostel beds. */
    private static final DataModel MODEL = new DataModel(List.of(
            entity("results_day_offer", List.of(EntityField.of("status", DataType.TEXT)),
                    List.of(new EntityConstraint(ConstraintKind.ONE_OF, List.of("status"), List.of("PUBLISHED", "DECLINED", "ACCEPTED"), "states"))),
            entity("customer_order", List.of(EntityField.of("amount", DataType.DECIMAL)), List.of()),
            entity("load", List.of(EntityField.of("status", DataType.TEXT)), List.of()),
            entity("weight_ticket", List.of(EntityField.of("status", DataType.TEXT)), List.of()),
            entity("shift", List.of(EntityField.of("starts_at", DataType.TIMESTAMP), EntityField.of("ends_at", DataType.TIMESTAMP)), List.of()),
            entity("settlement", List.of(EntityField.of("amount", DataType.DECIMAL)), List.of()),
            entity("bed_booking", List.of(), List.of())));

    private static ConsultationRequest request(String... constraints) {
        return ConsultationRequest.builder("Sample", "A system.").constraints(constraints).build();
    }

    private static List<Rule> rules(String sentence) {
        return RuleInvariants.standard().read(request(sentence), MODEL);
    }

    private static Rule only(String sentence) {
        List<Rule> read = rules(sentence);
        assertThat(read).as(sentence).hasSize(1);
        return read.get(0);
    }

    private static Entity landed(RuleLandings.Landed l, String name) {
        return l.model().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static RuleLandings.Landed land(String sentence) {
        ApiSpec api = new ApiSpec("core", "Core", "1.0.0", "app", null, "/api/v1", dev.architect.dossier.ApiAuth.BEARER_JWT, List.of(
                new ApiOperation("createOrder", HttpMethod.POST, "/orders", "Create an order", null, List.of("orders"), List.of(), null,
                        List.of(ApiResponse.of(201, "Created", null)), true),
                new ApiOperation("listOrders", HttpMethod.GET, "/orders", "List orders", null, List.of("orders"), List.of(), null,
                        List.of(ApiResponse.of(200, "The orders", null)), false)), List.of());
        return RuleLandings.land(request(sentence), MODEL, List.of(api), List.of(ORDER_FLOW), new Requirements(List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private static final SequenceDiagram ORDER_FLOW = new SequenceDiagram("seq-order", "Create an order", null, List.of("trader", "app", "db"), List.of(
            new SequenceStep("trader", "app", "POST /orders", MessageKind.SYNC),
            new SequenceStep("app", "db", "Insert the order in one transaction", MessageKind.SYNC),
            new SequenceStep("app", "trader", "201 Created", MessageKind.REPLY)));

    // 1. Admissions: one standing offer per student, a partial unique index over the standing states, 409
    @Test
    void aStudentHoldingTwoOffersIsAPartialUniqueIndexPerStudent() {
        Rule r = only("a student must never hold two offers");
        assertThat(r.kind()).isEqualTo(Kind.UNIQUE_PER_SCOPE);
        assertThat(r.entity()).isEqualTo("results_day_offer");
        assertThat(r.scope()).isEqualTo("student");
        Entity e = landed(land("a student must never hold two offers"), "results_day_offer");
        assertThat(e.field("student_id")).isPresent();
        // DECLINED is an ended state (rule-invariants.yaml), so the index covers PUBLISHED and ACCEPTED
        assertThat(e.constraints()).contains(new EntityConstraint(ConstraintKind.ACTIVE_AT_MOST, List.of("student_id", "status"),
                List.of("1", "PUBLISHED", "ACCEPTED"), "\"a student must never hold two offers\""));
    }

    // 2. Energy trading: an order never takes the desk past its limit, a limit row reserved by a conditional update, 422
    @Test
    void anOrderPastTheDesksLimitIsAReservationOnTheLimitRowAnd422() {
        String s = "no order can ever take a desk past its MW limit for a delivery period";
        Rule r = only(s);
        assertThat(r.kind()).isEqualTo(Kind.NOT_EXCEED);
        assertThat(r.entity()).isEqualTo("customer_order");
        assertThat(r.owner()).isEqualTo("desk");
        assertThat(r.quantity()).isEqualTo("mw limit");
        RuleLandings.Landed l = land(s);
        Entity limit = landed(l, "desk_mw_limit");
        assertThat(limit.constraints()).anyMatch(c -> c.kind() == ConstraintKind.AT_MOST && c.fields().equals(List.of("reserved", "limit_amount")));
        assertThat(limit.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("desk_id")));
        assertThat(landed(l, "customer_order").field("desk_id")).isPresent();
        ApiOperation create = l.apis().get(0).operations().get(0);
        assertThat(create.responses()).anyMatch(x -> x.status() == 422 && x.description().contains("/problems/limit-exceeded"));
        // a read is not refused by a rule
        assertThat(l.apis().get(0).operations().get(1).responses()).noneMatch(x -> x.status() == 422);
        List<SequenceStep> steps = l.sequences().get(0).steps();
        assertThat(steps.get(1).message()).startsWith("In the same transaction: update desk_mw_limit set reserved = reserved + :amount")
                .contains("reserved + :amount <= limit_amount");
        assertThat(steps.get(2).message()).isEqualTo("Insert the order in one transaction");
        assertThat(steps.get(3).message()).contains("422 /problems/limit-exceeded");
        assertThat(l.requirements().functional()).singleElement().satisfies(f -> assertThat(f.description()).contains(s));
        assertThat(l.checks()).singleElement().satisfies(c -> assertThat(c).startsWith("Release check:").contains(s));
    }

    // 3. Grain intake: a load is accepted only once its weight ticket is signed, a state check in the command, 409
    @Test
    void aLoadAcceptedOnlyOnceItsTicketIsSignedIsAStateCheck() {
        Rule r = only("a load can only be accepted once its weight ticket is signed");
        assertThat(r.kind()).isEqualTo(Kind.PRECONDITION);
        assertThat(r.entity()).isEqualTo("load");
        assertThat(r.act()).isEqualTo("accepted");
        assertThat(r.guard()).isEqualTo("weight_ticket");
        assertThat(r.state()).isEqualTo("signed");
        assertThat(RuleInvariants.standard().forms(Kind.PRECONDITION).status()).isEqualTo(409);
    }

    // 4. Clinic rota: a nurse's shifts never overlap, an exclusion constraint on the period, 409
    @Test
    void overlappingShiftsOfOneNurseAreAnExclusionConstraint() {
        String s = "a nurse can never work two overlapping shifts";
        Rule r = only(s);
        assertThat(r.kind()).isEqualTo(Kind.EXCLUSIVE_IN_TIME);
        assertThat(r.entity()).isEqualTo("shift");
        assertThat(r.scope()).isEqualTo("nurse");
        assertThat(landed(land(s), "shift").constraints()).anyMatch(c -> c.kind() == ConstraintKind.NO_OVERLAP
                && c.fields().equals(List.of("nurse_id", "starts_at", "ends_at")));
    }

    // 4b. The same rota on SQL Server or MySQL, which have no exclusion constraint: the validator refuses a flow that relies on
    // one there (a held-out rail-closure request on a SQL Server team failed whole), so a serializable overlap check keeps it
    @Test
    void overlappingShiftsOnAnEngineWithoutExclusionConstraintsAreASerializableCheck() {
        RuleLandings.Landed pg = land("a nurse can never work two overlapping shifts");
        RuleLandings.Landed other = RuleLandings.land(request("a nurse can never work two overlapping shifts"), MODEL, pg.apis(), List.of(ORDER_FLOW),
                new Requirements(List.of(), List.of(), List.of(), List.of(), List.of()), java.util.Map.of(), false);
        assertThat(pg.requirements().functional()).anySatisfy(f -> assertThat(f.description()).contains("exclusion constraint"));
        assertThat(other.requirements().functional()).isNotEmpty().allSatisfy(f -> assertThat(f.description())
                .doesNotContainIgnoringCase("exclusion").contains("serializable transaction locks the nurse's shift rows"));
        assertThat(other.checks()).noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("exclusion"));
        assertThat(other.sequences()).flatMap(SequenceDiagram::steps).extracting(SequenceStep::message)
                .noneMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("exclusion"));
    }

    // A comma inside a number is no clause break: "1,500" read as "below the 1" bound the rule to a figure of 1
    @Test
    void aThousandsSeparatorDoesNotSplitARule() {
        Rule r = only("a guest may hold no more than 1,500 bed bookings per stay at 06:30");
        assertThat(r.kind()).isEqualTo(Kind.COUNT_CAP);
        assertThat(r.most()).isEqualTo(1500);
        assertThat(r.sentence()).contains("1,500 bed bookings per stay at 06:30");
    }

    // 5. Grower settlement: a settlement is paid once, a column set once and a unique retry key, 409
    @Test
    void aSettlementPaidOnlyOnceIsAConditionalUpdateAndAUniqueKey() {
        String s = "a settlement is paid only once";
        Rule r = only(s);
        assertThat(r.kind()).isEqualTo(Kind.ONCE_ONLY);
        assertThat(r.entity()).isEqualTo("settlement");
        assertThat(r.act()).isEqualTo("paid");
        Entity e = landed(land(s), "settlement");
        assertThat(e.field("paid_at")).isPresent();
        assertThat(e.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("paid_key")));
    }

    // 6. Hostel: at most 4 bed bookings per guest, a count under a lock, 409
    @Test
    void atMostFourBookingsPerGuestIsACountCap() {
        String s = "a guest may hold no more than 4 bed bookings per stay";
        Rule r = only(s);
        assertThat(r.kind()).isEqualTo(Kind.COUNT_CAP);
        assertThat(r.entity()).isEqualTo("bed_booking");
        assertThat(r.most()).isEqualTo(4);
        assertThat(r.scope()).isEqualTo("stay");
        Entity e = landed(land(s), "bed_booking");
        // no status before: the rule adds one with ACTIVE and ENDED, and the cap counts the ACTIVE rows
        assertThat(e.constraints()).anyMatch(c -> c.kind() == ConstraintKind.ACTIVE_AT_MOST && c.values().equals(List.of("4", "ACTIVE")));
    }

    @Test
    void aCircumstanceAfterEvenWhenIsNoPrecondition() {
        // "even when ..." says when the rule must still hold; "twice" makes it once-only
        Rule r = only("a settlement must never be paid twice, even when a payment run is retried");
        assertThat(r.kind()).isEqualTo(Kind.ONCE_ONLY);
        assertThat(r.entity()).isEqualTo("settlement");
        assertThat(r.act()).isEqualTo("paid");
    }

    @Test
    void atMostAPeriodIsRetentionNotACap() {
        assertThat(rules("settlements are kept at most 12 months after the last payment")).isEmpty();
    }

    @Test
    void atOnceIsAtTheSameTimeNotOnceOnly() {
        // "at once" excludes the once-only cue (rule-invariants.yaml), so the number makes it a cap of 3
        Rule r = only("a guest may hold at most 3 bed bookings at once");
        assertThat(r.kind()).isEqualTo(Kind.COUNT_CAP);
        assertThat(r.most()).isEqualTo(3);
        assertThat(r.scope()).isEqualTo("guest");
    }

    @Test
    void aPreconditionOnARecordTheModelDoesNotHoldQuotesItsWords() {
        String s = "a load can only be weighed once its sample is graded";
        RuleLandings.Landed l = land(s);
        assertThat(l.requirements().functional()).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("reads the sample under a lock and checks that it is GRADED before the load is weighed"));
    }

    @Test
    void aPresentTenseHaveAfterTheModalIsStillARule() {
        // "have" is no account of the past: the rule is read, and as "appointments" names no entity, it is an open question
        RuleLandings.Landed l = land("a clinician can never have two overlapping appointments");
        assertThat(l.requirements().openQuestions()).singleElement().satisfies(q -> assertThat(q.question()).contains("overlapping appointments"));
    }

    @Test
    void aSentenceThatIsNoDataRuleIsLeftAlone() {
        // availability, an account of the past, authorisation, a frequency
        assertThat(rules("the order site must never be down")).isEmpty();
        assertThat(rules("we never had two orders lost")).isEmpty();
        assertThat(rules("only staff can see the orders")).isEmpty();
        assertThat(rules("a settlement may only be paid once a week")).isEmpty();
    }

    @Test
    void whoMayNeverSeeAnotherHoldersRecordsIsAccessControlNotOneStandingRecordPerHolder() {
        // "another" here is someone else's record, not a second of one holder's: no partial unique index that would let one
        // whole tenant hold a single live order; access control's rule paths read the sentence instead
        assertThat(rules("a branch must never see another branch's orders")).isEmpty();
        assertThat(rules("traders must not view another trader's settlements")).isEmpty();
        assertThat(rules("a grower can never learn another grower's settlement amount")).isEmpty();
        // the same cue after a verb that acts on records is still a rule: one standing order per customer
        assertThat(only("a customer must never place another order while one is open").kind()).isEqualTo(Kind.UNIQUE_PER_SCOPE);
    }

    @Test
    void aRuleQuotesTheClauseItWasReadFromNotTheOtherClausesOfItsSentence() {
        // three rules in one sentence: the order one is read and quoted alone, so no landing claims the other two as kept
        Rule r = only("a refunded order is never reopened, coupons are never stacked, and a settlement is never changed");
        assertThat(r.kind()).isEqualTo(Kind.IMMUTABLE);
        assertThat(r.entity()).isEqualTo("settlement");
        assertThat(r.sentence()).isEqualTo("a settlement is never changed");
        // a clause without a modal before the rule says which record, and is quoted with it
        assertThat(only("once paid, a settlement is never changed").sentence()).isEqualTo("once paid, a settlement is never changed");
    }

    @Test
    void aRuleNamingNoEntityIsAnOpenQuestionQuotingIt() {
        String s = "a driver must never hold two permits";
        RuleLandings.Landed l = land(s);
        assertThat(l.requirements().openQuestions()).singleElement().satisfies(q -> assertThat(q.question()).contains(s));
        assertThat(l.requirements().functional()).isEmpty();
        assertThat(l.model()).isEqualTo(MODEL);
    }
}
