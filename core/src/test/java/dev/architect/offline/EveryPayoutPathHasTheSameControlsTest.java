package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money leaves by one set of controls whatever the path: an advance is released by a second person (never the one who
 * decided the credit) or by the system within an auto-release limit two people set, a rebate waits for an approved
 * batch, and the rail follows both where the payees are and how fast the request promises them their money.
 */
class EveryPayoutPathHasTheSameControlsTest {

    private static Consultation grainAdvances(String goal) {
        return ValidDossiers.of(String.format(java.util.Locale.ROOT, """
                system: Harvest Bridge
                description: >
                  Invoice financing for farms in Germany and Austria. A farm uploads an unpaid invoice to a grain buyer, a
                  credit analyst approves it, and we advance up to 80%% of its value to the farm's bank account; when the buyer
                  pays, we deduct our fee and pay out the rest.
                goals: [%s]
                actors:
                  - {name: Farmer, description: uploads invoices and receives advances}
                  - {name: Credit analyst, description: approves risky invoices and decides the credit}
                  - {name: Finance team, description: reconciles the bank account and releases payments}
                capabilities: [invoice upload, advances, collections, reconciliation]
                load: {peakRequestsPerSecond: 20}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """, goal));
    }

    private static List<String> messages(Consultation c, String sequence) {
        return c.sequences().stream().filter(s -> s.id().equals(sequence)).flatMap(s -> s.steps().stream()).map(SequenceStep::message).toList();
    }

    private static String requirement(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).map(FunctionalRequirement::description).findFirst().orElseThrow();
    }

    @Test
    void theAnalystWhoDecidesTheCreditNeverReleasesTheAdvance() {
        Consultation c = grainAdvances("daily reconciliation with zero unexplained differences");

        Entity advance = c.dataModel().entities().stream().filter(e -> e.name().equals("advance")).findFirst().orElseThrow();
        assertThat(advance.constraints()).anySatisfy(k -> {
            assertThat(k.kind()).isEqualTo(ConstraintKind.DIFFERENT);
            assertThat(k.fields()).containsExactly("approved_by", "released_by");
        });
        Entity limit = c.dataModel().entities().stream().filter(e -> e.name().equals("advance_release_limit")).findFirst().orElseThrow();
        assertThat(limit.constraints()).anySatisfy(k -> {
            assertThat(k.kind()).isEqualTo(ConstraintKind.DIFFERENT);
            assertThat(k.fields()).containsExactly("set_by", "approved_by");
        });
        assertThat(c.apis()).flatExtracting(a -> a.operations()).extracting(ApiOperation::operationId)
                .contains("releaseAdvance", "proposeReleaseLimit", "approveReleaseLimit");

        // The credit decision only writes the advance; the release is a second flow, started by the finance team.
        SequenceDiagram decide = c.sequences().stream().filter(s -> s.id().equals("seq-disburse-advance")).findFirst().orElseThrow();
        assertThat(decide.steps()).extracting(SequenceStep::to).doesNotContain("bank-gateway");
        assertThat(decide.steps().get(0).from()).isEqualTo("credit-analyst");
        SequenceDiagram release = c.sequences().stream().filter(s -> s.id().equals("seq-release-advance")).findFirst().orElseThrow();
        assertThat(release.steps().get(0).from()).isEqualTo("finance-team");
        assertThat(messages(c, "seq-release-advance")).anyMatch(m -> m.contains("refused when it is the one who decided the credit"));
        // The rebate is paid in the next approved batch, not sent straight to the bank.
        assertThat(c.sequences().stream().filter(s -> s.id().equals("seq-settle-advance")).flatMap(s -> s.steps().stream()))
                .noneMatch(s -> s.to().equals("bank-gateway"));
        assertThat(requirement(c, "fr-archetype-receivable-advances")).contains("never the one who decided the credit")
                .contains("auto-release limit that two people set");
    }

    @Test
    void aPromiseOfFundsWithinHoursPaysGermanyBySepaInstantNotTheNextExecutionDate() {
        Consultation fast = grainAdvances("funds in the farm's account within 2 hours of approval");

        String payouts = requirement(fast, "fr-archetype-outgoing-payments");
        assertThat(payouts).contains("SEPA Instant Credit Transfer").doesNotContain("before the cut-off")
                .contains("on the instant rail because goals[0] \"funds in the farm's account within 2 hours of approval\"");
        assertThat(messages(fast, "seq-release-advance")).anyMatch(m -> m.contains("at once (SEPA Instant Credit Transfer has no cut-off)"));
        String release = fast.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("releasePaymentBatch"))
                .findFirst().orElseThrow().summary();
        assertThat(release).doesNotContain("next execution date");
    }

    @Test
    void withoutASpeedPromiseOrWithOneOfDaysGermanyIsPaidBySepaCreditTransferBeforeTheCutOff() {
        // a duration that is not a deadline for the money ("paid per 2-hour harvest slot") promises no speed either
        for (String goal : List.of("daily reconciliation with zero unexplained differences", "funds in the farm's account within 2 days of approval",
                "farms are paid per 2-hour harvest slot")) {
            String payouts = requirement(grainAdvances(goal), "fr-archetype-outgoing-payments");
            assertThat(payouts).as(goal).contains("before the cut-off").contains("SEPA credit transfer").doesNotContain("SEPA Instant");
        }
    }

    @Test
    void sellersInTheUnitedStatesPromisedTheirMoneyWithinMinutesArePaidByRtp() {
        Consultation c = ValidDossiers.of("""
                system: Gig Cash
                description: Drivers across the United States cash out their earnings; each payout reaches the driver within 30 minutes.
                capabilities: [earnings, driver payouts]
                load: {peakRequestsPerSecond: 50}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        assertThat(requirement(c, "fr-archetype-outgoing-payments")).contains("at once (RTP (The Clearing House) has no cut-off)")
                .contains("on the instant rail because description");
    }

    @Test
    void payeesInTwoAreasPromisedMoneyWithinHoursAreEachPaidOnTheirAreasInstantRail() {
        Consultation c = ValidDossiers.of("""
                system: Shop Float
                description: Advances against card sales for shops in the United Kingdom and France; we pay out each advance to the shop's account.
                goals: [funds in the shop's account within 1 hour of approval]
                capabilities: [merchant cash advances, shop payouts]
                load: {peakRequestsPerSecond: 20}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        // Payees in two countries make the payouts provider the channel: it pays each payout, so the rails each area is paid
        // on are weighed in the payout-channel decision, and the requirement promises no bank cut-off.
        assertThat(c.decision(dev.architect.dossier.DecisionTopic.PAYOUT_CHANNEL).orElseThrow().toString()).contains("Faster Payments")
                .contains("SEPA Instant Credit Transfer");
        assertThat(requirement(c, "fr-archetype-outgoing-payments")).contains("through the chosen payouts provider").doesNotContain("before the cut-off");
    }
}
