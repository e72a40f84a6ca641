package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dispatch mechanism that ranks candidates by road travel time decides how those times are computed: the maps vendor's
 * API while its bill is small, a routing engine of our own once the billed elements a month (monthly users x 1 job x 10
 * elements, the low end of the vendor's estimate) pass about 4,000,000, with the vendor kept for the assigned trip's
 * route up to about 40,000,000 (routing-engines.yaml). The engine is drawn and priced as memory-optimised instances
 * equal to its capacity row; the vendor line follows the calls that remain, at the vendor's volume tiers ($5 per 1,000
 * up to 100,000, $4 to 500,000). The vendor's published table ends at 500,000 (contact sales above): a volume above it is
 * not priced, never extrapolated at $4 (which once gave "$160,100.00 a month" for 40,000,000 elements).
 */
class RoutingEngineFollowsTheVolumeTest {

    private static Consultation consult(String system, String description, long users, Cloud cloud, String region, List<String> skills,
                                        double budget) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder(system, description)
                .actor("Customer", "orders and watches the courier or technician arrive")
                .actor("Courier", "accepts jobs on a phone app")
                .capabilities("ordering", "dispatch", "live tracking")
                .integration("Google Maps Platform", "routing and ETAs")
                .load(new Load(2000.0, 4.0, users, null, null))
                .data(new DataVolume(200.0, 20.0, 3))
                .budget(new Budget(budget))
                .team(new Team(12, skills))
                .deployment(new Deployment(cloud, List.of(region))).build());
    }

    private static Decision routing(Consultation c) {
        return c.decision(DecisionTopic.ROUTING).orElseThrow(() -> new AssertionError("no routing decision in "
                + c.decisions().stream().map(Decision::topic).toList()));
    }

    private static List<CostLineItem> lines(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id) || i.id().startsWith(id + "-tier")).toList();
    }

    private static final String GROCERY = "A grocery delivery app in Portugal: customers order from local stores and the platform assigns each order "
            + "to the nearest available courier, who delivers it; customers see the courier's ETA.";

    @Test
    void aSmallDeliveryAppKeepsTheVendorAndItsEstimateFollowsTheTiers() {
        Consultation c = consult("Cabaz", GROCERY, 300_000, Cloud.AWS, "eu-west-1", List.of("Python", "PostgreSQL"), 20_000);

        // 300,000 users x 1 job x 10 elements = 3,000,000 elements a month, under the 4,000,000 where an engine pays
        assertThat(routing(c).chosenOption()).isEqualTo("Google Maps Platform (route matrix and routes)");
        assertThat(routing(c).drivers()).anyMatch(d -> d.contains("3,000,000"));
        assertThat(c.c4().containers()).extracting(Container::id).doesNotContain("routing-engine");
        // The dispatcher ranks candidates at the vendor, which stands in for the engine in the dispatch sequence
        assertThat(c.sequences()).anyMatch(s -> s.steps().stream().anyMatch(m -> m.message().contains("Road ETAs from the candidates")
                && m.to().equals("ext-google-maps-platform")));
        // Low: 3,000 thousand elements; high: 300,000 x 3 x 30 = 27,000 thousand: both past the 500 thousand where the
        // vendor's published table ends, so neither is priced (it was 100 x $5 + 2,900 x $4 = $12,100 to $108,100,
        // extrapolating the last tier's $4 past the table)
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[budget-unpriced-estimate] not estimated")
                && n.contains("both ends are above the published table (contact sales above 500 thousand requests a month), so not priced"));
        assertThat(String.join(" ", c.cost().assumptions())).doesNotContain("$12,100.00").doesNotContain("$108,100.00");
        // The vendor's pro says the volume has no list price instead of a dollar figure
        assertThat(String.join(" ", routing(c).options().get(0).pros()))
                .contains("a price agreed with its sales team, the volume being above the published table (contact sales above 500 thousand "
                        + "requests a month) for 3,000,000 billed routing elements a month")
                .doesNotContain("$12,100.00");
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[vendor-ext-google-maps-platform-quota]"));
    }

    @Test
    void aSmallVolumeInsideThePublishedTableIsPricedAtItsTiers() {
        Consultation c = consult("Cabaz", GROCERY, 5_000, Cloud.AWS, "eu-west-1", List.of("Python", "PostgreSQL"), 20_000);

        // Low: 5,000 users x 1 job x 10 elements = 50 thousand = 50 x $5 = $250; high: 5,000 x 3 x 30 = 450 thousand =
        // 100 x $5 + 350 x $4 = $1,900, both inside the table that ends at 500 thousand
        assertThat(routing(c).chosenOption()).isEqualTo("Google Maps Platform (route matrix and routes)");
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[budget-unpriced-estimate]") && n.contains("$250.00 to $1,900.00 a month")
                && n.contains("$5 per 1,000 up to 100,000, $4 per 1,000 up to 500,000, contact sales above"));
        assertThat(String.join(" ", routing(c).options().get(0).pros())).contains("$250.00 a month at list prices for 50,000 billed routing elements a month");
    }

    @Test
    void aVendorWhoseLowEndAloneExceedsTheBudgetIsSaidPlainly() {
        Consultation c = consult("Cabaz", GROCERY, 5_000, Cloud.AWS, "eu-west-1", List.of("Python", "PostgreSQL"), 200);

        // The vendor's low end, 50 thousand elements x $5 = $250 a month, is more than the whole $200 budget by itself
        // (the volume that once tested this, 3,000 thousand elements, is above the vendor's published table and has no price)
        // The note the summary quotes names no estimate (the summary quotes only the cost's own figures); the range note gives it
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[budget-unpriced] ")
                && n.contains("Google Maps Platform alone costs more than the whole $200.00 budget even at the low end of its estimate")
                && !n.contains("$250.00"));
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[budget-unpriced-estimate] ") && n.contains("$250.00"));
    }

    @Test
    void aLargeRideHailingAppRunsItsOwnEngineSizedByItsLoadAndPricedAsItsCapacityRow() {
        Consultation c = consult("Vaya", "A ride-hailing app in Mexico: riders request a ride, the nearest available driver is offered it and "
                + "assigned; riders watch the driver arrive on a map.", 8_000_000, Cloud.GCP, "us-south1", List.of("Go", "Kubernetes"), 200_000);

        // 8,000,000 x 1 x 10 = 80,000,000 elements a month, past the 40,000,000 where even one vendor route a trip costs an engineer
        Decision d = routing(c);
        assertThat(d.chosenOption()).isEqualTo("OSRM on OpenStreetMap data, travel times corrected from the fleet's trips");
        // The ADR cites the volume and, for the vendor, no dollar figure: 80,000 thousand elements are above its published
        // table (it said 100 x $5 + 79,900 x $4 = $320,100, the last tier extrapolated)
        assertThat(d.rationale()).contains("80,000,000 billed routing elements a month");
        assertThat(String.join(" ", d.options().get(0).pros())).contains("the vendor would bill a price agreed with its sales team, the volume "
                + "being above the published table (contact sales above 500 thousand requests a month)").doesNotContain("$320,100.00");
        Container engine = c.c4().containers().stream().filter(x -> x.id().equals("routing-engine")).findFirst().orElseThrow();
        assertThat(engine.technology()).startsWith("OSRM on OpenStreetMap data");
        // Priced instances equal the capacity row: 8,000,000 x 1 job (the one figure the decision's 80,000,000 elements
        // assume too) / 2,628,000 s x the peak ratio x 11 queries / 250 a second
        CostLineItem nodes = c.cost().items().stream().filter(i -> i.id().equals("routing-engine-instances")).findFirst().orElseThrow();
        assertThat(nodes.quantity()).isEqualTo(c.capacity().estimate("routing-engine-instances").orElseThrow().value());
        assertThat(nodes.quantity()).isGreaterThanOrEqualTo(2);
        assertThat(nodes.assumption()).contains("8,000,000 monthly active users x 1 job a user a month").contains("0.8 GB of OpenStreetMap extracts");
        assertThat(nodes.unit()).isEqualTo("instance-month");
        // The vendor is no longer billed for dispatch, nor listed as not priced
        assertThat(lines(c, "vendor-ext-google-maps-platform")).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[vendor-ext-google-maps-platform] Google Maps Platform is not billed for dispatch"));
        assertThat(c.cost().assumptions()).noneMatch(n -> n.startsWith("[budget-unpriced") && n.contains("Google Maps Platform"));
        // The self-hosted engine's risks and alerts: the graph goes stale; the vendor's quota does not apply
        assertThat(c.risks()).anyMatch(r -> r.title().equals("The road graph goes stale"));
        assertThat(c.risks()).noneMatch(r -> r.title().equals("The maps vendor's quota or prices change"));
        // No part calls the vendor, so no edge is drawn to it (it was drawn from the first capability's service)
        assertThat(c.c4().relationships()).noneMatch(r -> r.destinationId().equals("ext-google-maps-platform"));
    }

    /** The parts that call an element in the dossier's sequences. */
    private static java.util.Set<String> callersInFlows(Consultation c, String id) {
        return c.sequences().stream().flatMap(s -> s.steps().stream()).filter(m -> m.to().equals(id)).map(m -> m.from())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aFieldServiceSchedulerInBetweenKeepsTheVendorOnlyForTheAssignedRoute() {
        Consultation c = consult("Fixwell", "A field-service scheduler: customers book a repair, the nearest available technician is assigned "
                + "the job and dispatched, and customers see the technician's ETA.", 1_000_000, Cloud.AZURE, "westeurope",
                List.of("Java", "Kubernetes"), 100_000);

        // 1,000,000 x 1 x 10 = 10,000,000 elements a month: between 4,000,000 and 40,000,000
        Decision d = routing(c);
        assertThat(d.chosenOption()).isEqualTo("OSRM on OpenStreetMap data, with Google Maps Platform for the assigned trip");
        assertThat(c.c4().containers()).extracting(Container::id).contains("routing-engine");
        assertThat(c.cost().items()).anyMatch(i -> i.id().equals("routing-engine-instances") && i.quantity() >= 2);
        // The one call a job that remains: 1,000,000 x 1 x 1 = 1,000 thousand routes, above the 500 thousand where the
        // vendor's published table ends: no line (it was 100 x $5 + 900 x $4 = $4,100), a note, and an unpriced item
        assertThat(lines(c, "vendor-ext-google-maps-platform")).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[vendor-ext-google-maps-platform] Google Maps Platform (maps, the assigned trips' routes) "
                + "is not priced: 1,000 thousand requests a month is above the published table (contact sales above 500 thousand requests a month)"));
        assertThat(c.cost().budget().unpriced()).contains("Google Maps Platform (maps, the assigned trips' routes)");
        // Edges to the vendor come only from the parts whose flows call it (the dispatcher), not the ordering service
        java.util.Set<String> callers = callersInFlows(c, "ext-google-maps-platform");
        assertThat(callers).isNotEmpty();
        assertThat(c.c4().relationships()).filteredOn(r -> r.destinationId().equals("ext-google-maps-platform"))
                .isNotEmpty().allMatch(r -> callers.contains(r.sourceId()));
        // The assigned trip's route is drawn from the vendor; both the stale-graph and the quota risks apply
        assertThat(c.sequences()).anyMatch(s -> s.title().equals("Show the assigned trip's route and ETA"));
        assertThat(c.risks()).anyMatch(r -> r.title().equals("The road graph goes stale"));
        assertThat(c.risks()).anyMatch(r -> r.title().equals("The maps vendor's quota or prices change"));
    }

    @Test
    void theEnginesInstancesArePricedInTheDeploymentsRegionInTheAdrAsInTheCost() {
        Consultation c = consult("Entrega", "A motorcycle courier app in Brazil: shops post deliveries, the nearest available rider by road "
                + "travel time is assigned, and customers follow the rider's ETA.", 5_000_000, Cloud.AWS, "sa-east-1", List.of("Go", "Kubernetes"), 100_000);

        // 5,000,000 x 1 job x 10 elements = 50,000,000 a month: the engine for every route. Its 2 instances at sa-east-1's
        // list price: r6i.2xlarge $0.504 an hour x 730 = $367.92 in us-east-1, x 1.594 for sa-east-1 = $586.4645 each,
        // 2 x $586.4645 = $1,172.93 a month (not 2 x $367.92 = $735.84, us-east-1's)
        Decision d = routing(c);
        assertThat(d.chosenOption()).isEqualTo("OSRM on OpenStreetMap data, travel times corrected from the fleet's trips");
        CostLineItem nodes = c.cost().items().stream().filter(i -> i.id().equals("routing-engine-instances")).findFirst().orElseThrow();
        assertThat(nodes.quantity()).isEqualTo(2);
        assertThat(nodes.monthly()).isCloseTo(1172.93, within(0.01));
        assertThat(String.join(" ", d.options().get(0).pros())).contains("$1,172.93 a month at the region's list prices")
                .doesNotContain("$735.84");
        // one assumption, one number: the decision's elements and the engine's sizing both take 1 job a user a month
        assertThat(d.drivers()).anyMatch(x -> x.contains("5,000,000 monthly active users x 1 job a user a month"));
        assertThat(nodes.assumption()).contains("5,000,000 monthly active users x 1 job a user a month");
    }
}
