package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Work an archetype gives to staff (settling a credit referral, closing a reconciliation day) is done by an actor the
 * request names as the organisation's own people ('Underwriter', 'Finance operations', from actor-roles.yaml), never by
 * the customer whose application it decides.
 */
class StaffWorkIsDoneByStaffActorsTest {

    @Test
    void anUnderwriterSettlesTheReferralNotTheBusinessThatApplied() {
        Consultation c = ValidDossiers.of("""
                system: AdvanceDesk
                description: >
                  Small firms apply for a cash advance; we score each application with a credit bureau report and refer
                  risky ones to an underwriter.
                actors:
                  - {name: Business owner, description: applies for advances}
                  - {name: Underwriter, description: decides referred applications}
                  - {name: Finance operations, description: reconciles the accounts}
                capabilities: [applications, credit scoring]
                integrations:
                  - {name: Experian, purpose: business credit reports}
                load: {peakRequestsPerSecond: 20, readWriteRatio: 3}
                team: {size: 4, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        // Deciding an application (approve or reject) is staff work; submitting it is the applicant's.
        List<SequenceStep> decisions = c.sequences().stream().flatMap(s -> s.steps().stream())
                .filter(step -> step.message().contains("/approve")).toList();
        assertThat(decisions).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("underwriter"));
        List<SequenceStep> submissions = c.sequences().stream().flatMap(s -> s.steps().stream())
                .filter(step -> step.message().contains("/submit")).toList();
        assertThat(submissions).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("business-owner"));
        assertThat(c.c4().people()).filteredOn(p -> p.id().equals("business-owner")).singleElement()
                .satisfies(p -> assertThat(p.external()).isTrue());
        assertThat(c.c4().people()).filteredOn(p -> p.id().equals("finance-operations")).singleElement()
                .satisfies(p -> assertThat(p.external()).isFalse());
    }

    @Test
    void withoutAStaffActorAssumedOperationsStaffApproveThePayoutsNotACustomer() {
        Consultation c = ValidDossiers.of("""
                system: CraftMart
                description: >
                  A marketplace for handmade goods in Germany; customers buy from makers, and makers are paid out every
                  week by SEPA credit transfer, minus the commission.
                actors:
                  - {name: Customer, description: buys goods}
                  - {name: Maker, description: sells goods and receives payouts}
                capabilities: [orders, maker payouts]
                load: {peakRequestsPerSecond: 30, readWriteRatio: 5}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);

        List<SequenceStep> approvals = c.sequences().stream().flatMap(s -> s.steps().stream())
                .filter(step -> step.message().contains("/approvals")).toList();
        assertThat(approvals).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("operations-staff"));
        assertThat(c.c4().people()).filteredOn(p -> p.id().equals("operations-staff")).singleElement()
                .satisfies(p -> assertThat(p.external()).isFalse());
    }
}
