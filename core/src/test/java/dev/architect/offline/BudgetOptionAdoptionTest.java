package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.CostOption;
import dev.architect.internal.Numbers;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over budget, the design adopts the cheapest option that fits the budget, keeps every hard requirement and leaves the
 * drawn design as it is; an option that would break one (one region where the request needs two) is listed, never
 * adopted; and when no such option fits, none is adopted and the cost says by how much the cheapest still misses.
 */
class BudgetOptionAdoptionTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void aCommitmentThatKeepsEveryHardRequirementIsAdoptedAndPricedInTheLinesAndTheSummary() {
        // ClinicBook as designed costs $438.11 in month 1 and $448.76 in month 36: over a $445 budget. The commitment costs
        // $408.71 and $419.36, both under $445: it fits, keeps every hard requirement and is adopted (tiering its database
        // would save $12.19 a month, too little to be an option)
        ConsultationRequest request = CostArchetypesTest.archetype("small-booking").toBuilder().budget(new Budget(445.0)).build();
        Consultation c = ARCHITECT.consult(request);
        CostEstimate cost = c.cost();

        List<CostOption> adopted = cost.options().stream().filter(CostOption::adopted).toList();
        assertThat(adopted).hasSize(1);
        CostOption option = adopted.get(0);
        assertThat(option.keepsHardRequirements()).isTrue();
        assertThat(option.fitsBudget()).isTrue();
        assertThat(option.title()).doesNotContain("region", "CDN");
        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.WITHIN);
        // The estimate is the adopted option's: its month-1 and month-36 totals are the cost's
        assertThat(cost.monthlyTotal()).isEqualTo(option.monthlyTotal());
        assertThat(cost.monthlyTotalAt(36)).contains(option.month36Total());
        // A one-year commitment takes 28% off the always-on kinds it covers on AWS, after eu-west-1's 1.115 regional ratio:
        // App Runner is not among them (Compute Savings Plans cover EC2, Fargate and Lambda), so it stays $113.88 x 1.115 =
        // $126.9762 an instance, one instance at 99.5% = $126.98; small RDS $94.17 x 1.115 = $104.9996 x 0.72 = $75.5997, one instance
        // in the single zone = $75.60; storage stays on demand ($0.115 x 1.115 = $0.1282)
        assertThat(item(cost, "app-compute").unitPrice()).isEqualTo(126.9762);
        assertThat(item(cost, "app-compute").monthly()).isEqualTo(126.98);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(75.60);
        assertThat(item(cost, "db-storage").unitPrice()).isEqualTo(0.1282);
        // The other options are listed as changes on top of the adopted one (those it already makes are not listed again),
        // and the change is said in the cost and in the summary
        assertThat(cost.options()).filteredOn(o -> !o.adopted()).allMatch(o -> o.changes().stream().noneMatch(option.changes()::contains));
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[budget-adopted]") && a.contains(option.title()) && a.contains("$445.00 budget"));
        assertThat(c.summary()).contains("after adopting a budget option that keeps every hard requirement",
                Numbers.usd(cost.monthlyTotal()) + " a month in month 1");
    }

    @Test
    void theCheapestOptionThatKeepsEveryHardRequirementIsAdoptedEvenWhenItStillMissesAndTheCostSaysByHowMuch() {
        // Under a $400 budget ClinicBook costs $438.11 in month 1 and $448.76 in month 36. Every option that keeps the hard
        // requirements stays over $400. Tiering its one database would save only $12.19 a month by month 36, under the $50 a
        // store the move is worth (store-tiering.yaml), so it is no option; the cheapest, the commitment, costs $408.71 in
        // month 1 and $419.36 in month 36 (the costlier). It saves $448.76 - $419.36 = $29.40 a month, more than 5% of the
        // budget ($20), and gives up nothing the request requires, so it is adopted. The verdict covers the whole run rate:
        // the lines grow by ($419.36 - $408.71) / 35 = $0.3043 a month, so month 60 is $419.36 + 24 x $0.3043 = $426.66, its
        // costliest month, and it is still $426.66 - $400.00 = $26.66 over, which the cost says (before: $19.36 at month 36),
        // and the status stays OVER.
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("small-booking").toBuilder().budget(new Budget(400.0)).build());

        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.OVER);
        CostOption adopted = cost.options().stream().filter(CostOption::adopted).findFirst().orElseThrow();
        assertThat(adopted.fitsBudget()).isFalse();
        assertThat(adopted.keepsHardRequirements()).isTrue();
        assertThat(adopted.month36Total()).isEqualTo(419.36);
        assertThat(cost.monthlyTotalAt(36)).contains(419.36);
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[budget-adopted]")
                && a.contains("It does not bring the design within the budget: at $426.66 in month 60 it is still $26.66 over"));
        assertThat(cost.budget().gapUsd()).isEqualTo(26.66);
        assertThat(cost.assumptions()).contains("[tiering-kept] No option moves old data to object storage: db would save only $12.19 a "
                + "month by month 36, under the $50.00 a store the move is worth");
        // What the text says of the options that would fit agrees with the options table
        assertThat(cost.assumptions()).filteredOn(a -> a.startsWith("[budget-adopted]")).singleElement().asString()
                .contains("no priced option brings it within the budget");
        assertThat(cost.options()).noneMatch(CostOption::fitsBudget);
    }

    @Test
    void oneRegionIsNeverAdoptedWhereTheRequestNeedsTwoEvenWhenItIsTheOnlyCheaperOption() {
        // On premises there is no commitment discount; no data growth (nothing to tier) and 2 reads a write (no CDN
        // option): the only cheaper variant is one data centre, which the 99.99% target in two named sites forbids
        ConsultationRequest request = CostArchetypesTest.archetype("payments").toBuilder()
                .deployment(new Deployment(Cloud.ON_PREMISES, List.of("dc-east", "dc-west")))
                .data(new DataVolume(500.0, 0.0, 10)).load(new Load(2000.0, 2.0, 50_000L, null))
                .budget(new Budget(1000.0)).build();
        CostEstimate cost = ARCHITECT.cost(request);

        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(cost.options()).isNotEmpty().noneMatch(CostOption::adopted);
        assertThat(cost.options()).anyMatch(o -> o.title().startsWith("One region") && !o.keepsHardRequirements());
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[budget-adopted]"));
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[budget-no-fit] No option that keeps every hard requirement and the drawn "
                + "design fits the $1,000.00 budget, so none is adopted") && a.contains("no priced option keeps them all"));
    }

    @Test
    void withOneRegionAndACommitmentOnOfferTheCommitmentIsAdoptedNotTheRegion() {
        // As designed $5,109.95 in month 1 and $7,544.20 in month 36, over $7,300 in month 36. (Its 1,600 reads/s at peak sit
        // under the one primary's 5,000 reads/s, so no cache cluster is priced.) The database holds the double-entry ledger, so
        // no option tiers it. One region on top of the commitment would cost $3,136.15 and $4,614.90 (it fits, but gives up
        // the second region the request names); the commitment alone $4,478.11 and $6,912.36, both under $7,300: that one is
        // adopted. (The 28% savings plan leaves the 6 Amazon MSK brokers on demand: MSK sells no reserved brokers, so 6 x
        // $153.30 = $919.80 stays whole, $257.54 more than at 28% off.) Two changes on the earlier $4,360.82 and $6,795.07
        // (one region $3,075.78 and $4,554.53; as designed $4,950.71 and $7,384.96, EC2 hours on demand):
        // - The services run on Amazon ECS on Fargate and are priced as Fargate tasks, no longer EC2 hours: $85.06 x 0.72 =
        //   $61.2432 a task, not $70.08 x 0.72 = $50.4576, so 6 application tasks cost 367.46 (+64.71), 4 outbox relays
        //   244.97 (+43.14) and the two jobs' 146 hours at $0.1165 17.01 each (+2.99 each): +113.83; with one region, half of
        //   each (3 tasks +32.36, 2 relays +21.57, 73 hours +1.49 twice) = +56.91; as designed, on demand, +6 x 14.98,
        //   +4 x 14.98 and +2 x 2.99 = +155.78.
        // - The brokers' retained events are priced: 2,000 requests/s at 4 reads a write = 400 writes/s at peak / 3 = 133.33
        //   events/s on average x 1 KB x 24 hours x 3,600 s / 1,000,000 = 11.52 GB x 3 replicas = 34.56 GB x $0.10 (Amazon
        //   MSK broker storage, on demand: no commitment covers storage) = $3.46 a month in every option (one copy of the
        //   events, split between the active regions) and every month (traffic does not grow).
        // - An RPO of 0 on one relational primary keeps one writing region (a warm standby, not active-active): the first
        //   region runs 3 application tasks and 2 relays, the standby 2 tasks and 1 relay, so 5 tasks (not 6) and 3 relays
        //   (not 4) at $61.2432 committed: 2 x 61.2432 = 122.4864 less, $4,478.114 - 122.486 = $4,355.63 in month 1 and
        //   $6,912.36 - 122.49 = $6,789.88 in month 36 (from the unrounded totals).
        // - The merchants paid out are placed in no country by the request (its regions say where it runs, not where they
        //   are), so they are paid through a payouts provider, not ACH files from the bank: the bank gateway's 146 job hours
        //   at $0.1165 ($17.009) become an always-on provider client, 2 tasks in the first region and 1 in the standby,
        //   3 x $61.2432 = $183.7296: +$166.72, so $4,355.63 + 166.72 = $4,522.35 in month 1 and $6,789.88 + 166.72 =
        //   $6,956.60 in month 36 (both still under $7,300).
        // - The verdict covers the whole run rate: the lines grow linearly (traffic does not grow), by ($6,956.60 - $5,287.40
        //   in month 12) / 24 = $69.55 a month, so month 60 costs $6,956.60 + 24 x $69.55 = $8,625.80, over $7,300 by
        //   $1,325.80. The commitment still keeps every hard requirement and saves more than 5% of the budget, so it is
        //   adopted, but it does not fit (before: it fitted, months 1 and 36 alone being compared).
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("payments").toBuilder().budget(new Budget(7300.0)).build());

        CostOption adopted = cost.options().stream().filter(CostOption::adopted).findFirst().orElseThrow();
        assertThat(adopted.changes()).noneMatch(change -> change.contains("one region"));
        assertThat(adopted.fitsBudget()).isFalse();
        assertThat(cost.monthlyTotal()).isEqualTo(4522.35);
        assertThat(cost.monthlyTotalAt(36)).contains(6956.60);
        assertThat(cost.monthlyTotalAt(60)).contains(8625.80);
        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(cost.budget().gapUsd()).isEqualTo(1325.80);
        assertThat(cost.assumptions()).contains("[budget-over-months] Against the $7,300.00 budget the run rate is over in month 60 "
                + "($8,625.80, $1,325.80 over); within it in month 1 ($4,522.35), month 12 ($5,287.40) and month 36 ($6,956.60)");
        assertThat(adopted.changes()).noneMatch(change -> change.startsWith("Move data older than"));
        assertThat(cost.options()).anyMatch(o -> o.title().startsWith("One region") && !o.adopted());
        // Two regions are still priced: a cross-region replica and replication traffic
        assertThat(item(cost, "db-replication").quantity()).isEqualTo(100);
    }

    @Test
    void aManagedRealtimeServiceOverBudgetComesWithTheSelfRunGatewayAsAnOptionNotAdopted() {
        // A million connections on Azure Web PubSub: 1,000 units x $48.97 = $48,970 a month. Self-run, the gateway needs
        // 72 instances in the serving region and 2 in the warm standby (as on Google Cloud): 74 x $70.08 = $5,185.92,
        // about $43,784 less; it changes the drawn technology, so it is an option for a person, not adopted
        ConsultationRequest chat = CostArchetypesTest.archetype("chat").toBuilder()
                .deployment(new Deployment(Cloud.AZURE, List.of("eastus", "westeurope"))).budget(new Budget(30_000.0)).build();
        // Over budget, the design is first decided again with cost weighed; no option that keeps the drawn design fits
        // $30,000, but the cheapest that keeps it (a one-year commitment) saves far more than 5% of the budget and is adopted;
        // the self-run option is priced on top of that adoption, its gateway instances committed too: about $48,970 -
        // 74 x $70.08 x (1 - 0.28) = $48,970 - $3,733.86 = $45,236.14 less, more than the $43,784.08 on demand and less than
        // the $48,970 of units it drops.
        CostEstimate cost = ARCHITECT.cost(chat);

        CostOption selfRun = cost.options().stream().filter(o -> o.title().startsWith("Run the realtime gateway yourself")).findFirst().orElseThrow();
        assertThat(selfRun.adopted()).isFalse();
        assertThat(cost.options()).anyMatch(CostOption::adopted);
        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(cost.monthlyTotal() - selfRun.monthlyTotal()).isBetween(43_784.08, 48_970.0);
    }
}
