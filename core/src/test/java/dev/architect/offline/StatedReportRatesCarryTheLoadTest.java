package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Estimate;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Positions a request says phones send on an interval are load the design carries on every path, even when the request
 * counts only the connections held: a share of those connections reports (assumption as-reporting-share), the reports
 * travel over the WebSocket the reporting phones hold (not through the HTTP API gateway), a live index keeps them in
 * memory (so they neither choose nor load the database), and each is pushed to the person watching its sender
 * (assumption as-watchers-per-report).
 */
class StatedReportRatesCarryTheLoadTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** A bike-courier service: the riders' phones report every 5 seconds, and only the connections are counted. */
    private static final String COURIERS = """
            system: Pedalo
            description: >
              A bike-courier service in Lisbon and Porto. Shops book a pickup, the platform offers each parcel to a nearby rider,
              riders' phones send their position every 5 seconds, and the shop and the recipient watch the rider on a map;
              up to 150,000 phones hold a connection at the lunch peak.
            goals: [a rider assigned within 30 seconds of a booking, the recipient sees the rider approach]
            actors:
              - {name: Shop, description: books pickups and pays for them}
              - {name: Rider, description: takes parcels on a phone app}
              - {name: Recipient, description: follows the parcel}
            capabilities: [parcel booking, rider dispatch, live tracking]
            load: {peakRequestsPerSecond: 1500, readWriteRatio: 4, monthlyActiveUsers: 400000}
            team: {size: 30, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-south-2]}
            """;

    @Test
    void aShareOfTheHeldConnectionsReportsAndTheirPositionsAreTheWriteRate() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(COURIERS));

        // 150,000 connections x 0.2 (the riders' phones among them, assumption as-reporting-share) = 30,000 riders;
        // 30,000 / 5 s = 6,000 position writes/s. The stated peak of 1,500 at 4 reads per write is 1,200 reads/s and
        // 300 writes/s; 1,500 < 6,000, so the positions come on top: 300 + 6,000 = 6,300 writes/s, 7,500 requests/s.
        Assumption share = c.requirements().assumptions().stream().filter(a -> a.id().equals("as-reporting-share")).findFirst().orElseThrow();
        assertThat(share.value()).isEqualTo("30,000 devices");
        assertThat(share.statement()).contains("riders' phones send their position every 5 seconds")
                .contains("150,000 connections held at the peak").contains("= 30,000 devices / 5 s = 6,000 writes/s");
        assertThat(estimate(c, "peak-writes").value()).isCloseTo(6_300, within(0.01));
        assertThat(estimate(c, "peak-rps").value()).isCloseTo(7_500, within(0.01));
    }

    @Test
    void positionsKeptInTheLiveIndexNeitherChooseNorLoadTheDatabase() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(COURIERS));

        // Only the 300 writes/s of people's requests reach the database (1,200 reads/s / 300 = 4 reads per write): one
        // primary takes them, so the design keeps a relational database rather than a partitioned distributed one; the
        // 6,000 position updates/s choose the in-memory geospatial index.
        String store = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.DATASTORE).findFirst().orElseThrow().chosenOption();
        assertThat(store).doesNotContainIgnoringCase("distributed");
        assertThat(c.decisions().stream().filter(d -> d.topic() == DecisionTopic.GEO_INDEX).findFirst().orElseThrow().chosenOption())
                .contains("GEOSEARCH");
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[reports-in-memory] The 6,000 reports/s")
                && a.contains("go to the location-index and are not database writes"));
    }

    @Test
    void positionsTravelOverTheSocketTheRidersHoldAndArePushedToTheirWatchers() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(COURIERS));

        // Rider dispatch and live tracking (the dispatch archetype, on the realtime connection) share the 6,000 reports/s.
        // The riders' phones hold a WebSocket to the managed gateway (API Gateway WebSocket APIs on AWS), so the reports
        // travel over it: the HTTP gateway counts only parcel booking's requests. The realtime messages count the other
        // requests of the capabilities on the connection, the 6,000 reports received (API Gateway bills what clients send),
        // 6,000 pushes x 1 watcher each, and the keep-alives of the 150,000 - 30,000 = 120,000 connections that send no
        // report, one every 9 minutes within the 10-minute idle timeout: 120,000 / 540 s = 222.22/s.
        double booking = estimate(c, "load-parcel-booking-service").value();
        double onConnection = c.capacity().estimates().stream().filter(e -> e.id().startsWith("load-") && !e.id().equals("load-parcel-booking-service")
                && e.id().endsWith("-service")).mapToDouble(Estimate::value).sum();
        assertThat(booking + onConnection).isCloseTo(7_500, within(0.05));
        // a month: peak / 3 (peak over average) x 2,628,000 s / 1,000,000
        double gateway = millions(c, "api-gateway-requests");
        assertThat(gateway).isCloseTo(booking / 3 * 2.628, within(0.02));
        assertThat(line(c, "api-gateway-requests").get(0).assumption()).contains("the 6,000 reports/s at peak they receive included: the reporting "
                + "clients send them over the WebSocket they hold, not as HTTP requests").doesNotContain("posted through this gateway");
        // Both ways: from clients the other requests (onConnection - 6,000), the 6,000 reports and the 222.22 keep-alives;
        // to clients one reply to each other request, each of their writes pushed to its 1 watcher (u, at most the requests)
        // and the 6,000 reports pushed to 1 watcher each
        double both = estimate(c, "realtime-messages").value();
        double updates = both - (2 * (onConnection - 6_000) + 6_000 + 222.22 + 6_000);
        assertThat(updates).isBetween(0.0, onConnection - 6_000);
        double messages = millions(c, "realtime-gateway-messages");
        assertThat(messages).isCloseTo(both / 3 * 2.628, within(0.02));
        assertThat(line(c, "realtime-gateway-messages").get(0).assumption()).contains("arrive over the socket the reporting clients already hold")
                .contains("reports/s x 1 (assumption as-watchers-per-report)");
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-watchers-per-report] Each report is pushed to 1 client"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-keep-alive]") && a.contains("the 30,000 clients that send a report every 5 s need none"));
        // The flow says the same: the phones send their positions to the realtime gateway, not to the API gateway
        assertThat(c.sequences()).anySatisfy(seq -> assertThat(seq.steps()).anyMatch(st -> st.to().equals("realtime-gateway")
                && st.message().startsWith("Send a batch of positions") && st.message().contains("over the connection the app holds")));
    }

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in "
                + c.capacity().estimates().stream().map(Estimate::id).toList()));
    }

    /** The lines of one need (several when priced by volume tier), in order. */
    private static List<CostLineItem> line(Consultation c, String id) {
        List<CostLineItem> lines = c.cost().items().stream().filter(i -> i.id().equals(id) || i.id().startsWith(id + "-tier")).toList();
        assertThat(lines).as(id + " in " + c.cost().items().stream().map(CostLineItem::id).toList()).isNotEmpty();
        return lines;
    }

    private static double millions(Consultation c, String id) {
        return line(c, id).stream().mapToDouble(CostLineItem::quantity).sum();
    }
}
