package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.DeviceMessages;
import dev.architect.offline.internal.catalog.IntegrationKinds;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.offline.internal.rules.FactSheet;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A word is read in the sense its neighbours and the request give it: "log in" signs someone in and says nothing of logs,
 * so a promoter's "live events" are no readings where only people log in, while a sensor's live events are; an
 * integration whose purpose says it keeps the books ("receivables, payments and dunning") is that system of record, not a
 * card processor, and the work it does is handed to it rather than built again; the "status notifications" a charger
 * sends are its own messages, not notifications to people.
 */
class WordsReadInTheRequestsOwnSenseTest {

    private static final String TICKETS = """
            system: GigDesk
            description: >
              Ticketing for a concert promoter that runs 40 live events a year. Fans log in with an email link, buy tickets
              and scan them at the door; promoters publish live events with their stages and price tiers.
            actors:
              - {name: Fan, description: "logs in and buys tickets"}
              - {name: Promoter, description: "publishes live events"}
            capabilities: [live events, ticket sales]
            integrations:
              - {name: Stripe, purpose: card payments and refunds}
            load: {peakRequestsPerSecond: 2000, readWriteRatio: 10, monthlyActiveUsers: 200000}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    private static final String SENSORS = """
            system: ColdWatch
            description: >
              4,000 temperature sensors in cold stores report live events every 30 seconds; staff log in to review
              excursions.
            actors:
              - {name: Sensor, description: "reports temperature every 30 seconds"}
              - {name: Quality officer, description: "reviews excursions"}
            capabilities: [live events, excursion review]
            load: {peakRequestsPerSecond: 200, readWriteRatio: 0.2, monthlyActiveUsers: 100}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    private static final String WHOLESALER = """
            system: CaseLot
            description: >
              An ordering portal for a drinks wholesaler. Buyers log in, place repeat orders and see their open invoices;
              the ERP does invoicing, payment collection and dunning.
            actors:
              - {name: Buyer, description: "places orders and views invoices"}
            capabilities: [ordering, open invoices]
            integrations:
              - {name: Dynamics 365 Business Central, purpose: "invoicing, receivables, payment collection and dunning"}
            load: {peakRequestsPerSecond: 100, readWriteRatio: 8, monthlyActiveUsers: 5000}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    private static Optional<ResourceFlow> flow(String capability, String yaml) {
        ConsultationRequest r = RequestReader.readString(yaml);
        return Catalogue.standard().resourceFor(capability, Catalogue.requestContext(r)).map(ResourceShape::flow);
    }

    private static List<String> archetypes(String yaml) {
        ConsultationRequest r = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(r, r.capabilities()).stream().map(Recognised::archetype).map(a -> a.id()).toList();
    }

    @Test
    void logInSignsSomeoneInAndSaysNothingOfLogs() {
        assertThat(Words.of("Players log in with their console account").contains("log")).isFalse();
        assertThat(Words.of("A fan logs in with an email link").containsAny(List.of("log", "logs"))).isFalse();
        assertThat(Words.of("Servers ship their application logs to object storage").contains("logs"))
                .as("the noun keeps its sense").isTrue();
        assertThat(Words.of("Every change is written to an audit log, kept 7 years").contains("log")).isTrue();
    }

    @Test
    void livePeoplesEventsAreNoReadingsWhileASensorsLiveEventsAre() {
        assertThat(flow("live events", TICKETS)).isNotEqualTo(Optional.of(ResourceFlow.INGEST));
        assertThat(flow("live events", SENSORS)).contains(ResourceFlow.INGEST);
    }

    @Test
    void anIntegrationThatKeepsTheBooksIsNoCardProcessorWhateverItsPurposeSaysOfPayments() {
        Integration erp = new Integration("SAP FI-CA", "receivables, payments and dunning");
        Integration psp = new Integration("Stripe", "card payments and refunds");

        assertThat(IntegrationKinds.standard().keepsBooks(erp)).contains("receivables");
        assertThat(FactSheet.isPaymentProvider(erp)).isFalse();
        assertThat(IntegrationKinds.standard().keepsBooks(psp)).isEmpty();
        assertThat(FactSheet.isPaymentProvider(psp)).isTrue();
        assertThat(IntegrationKinds.standard().keepsBooks(new Integration("SAP", "order status updates")))
                .as("a product name alone says nothing of what it does").isEmpty();
        assertThat(IntegrationKinds.standard().keepsBooks(new Integration("Maintenance ERP", "opens work orders for faults")))
                .as("nor does the kind of product its name gives").isEmpty();
    }

    @Test
    void dunningTheErpRunsIsHandedToItWhileDunningTheRequestAsksForIsBuilt() {
        assertThat(archetypes(WHOLESALER)).doesNotContain("collections-dunning", "payments-ledger");

        String ownDunning = WHOLESALER.replace("the ERP does invoicing, payment collection and dunning.",
                "we chase overdue invoices ourselves with reminders and a final notice.")
                .replace("\"invoicing, receivables, payment collection and dunning\"", "\"orders and stock\"");
        assertThat(archetypes(ownDunning)).contains("collections-dunning");
    }

    private static final String CHARGERS = """
            system: PlugWay
            description: >
              We run 3,000 public chargers. Every charger holds a websocket to our backend and sends heartbeats, status
              notifications and meter values every 30 seconds. Drivers start and stop sessions from our app.
            actors:
              - {name: Driver, description: "starts and stops charging sessions"}
            capabilities: [charging sessions, tariffs]
            load: {peakRequestsPerSecond: 500, readWriteRatio: 1, monthlyActiveUsers: 50000}
            deployment: {cloud: aws, regions: [eu-central-1]}
            """;

    @Test
    void aMachinesOwnMessagesCallForNoNotificationsToPeopleWhileNotificationsPeopleGetDo() {
        DeviceMessages sent = DeviceMessages.standard();
        assertThat(sent.sentByMachine("Every charger holds a websocket to our backend and sends heartbeats, status notifications and meter values.",
                "notifications")).isTrue();
        assertThat(sent.sentByMachine("Status notifications tell the customer when an order is packed.", "notifications")).isFalse();
        assertThat(sent.sentByMachine("Sensors report readings and the system sends an alert notification to the duty manager.", "notification"))
                .as("the system, not the sensor, sends this one").isFalse();
        assertThat(sent.sentByMachine("Each machine reports its status every minute, and operators start and stop remotely the cooling.",
                "stop remotely")).as("a person named after the machine's verb is the new subject").isFalse();

        assertThat(archetypes(CHARGERS)).doesNotContain("notifications");
        assertThat(archetypes(CHARGERS.replace("Drivers start and stop sessions from our app.",
                "Drivers start and stop sessions from our app and get a push notification when charging ends.")))
                .contains("notifications");
    }

    @Test
    void theKindsFileLoadsAndABadCopyFailsNamingItsEntry() {
        assertThat(IntegrationKinds.standard().keepsBooks()).contains("receivables", "dunning").doesNotContain("erp");
        assertThat(DeviceMessages.standard().sendingVerbs()).contains("sends", "reports");
        assertThat(DeviceMessages.standard().forPeople()).allSatisfy(id -> assertThat(Archetypes.standard().archetypes())
                .anyMatch(x -> x.id().equals(id)));
        String twoWords = "sendingVerbs: [sends, hands on]\nforPeople: [notifications]\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(twoWords.getBytes(StandardCharsets.UTF_8)), "bad copy",
                DeviceMessages.class, "device messages")).hasMessageContaining("hands on");

        String missing = "keepsBooks: []\nbooksSystems: [erp]\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)), "bad copy",
                IntegrationKinds.class, "integration kinds")).hasMessageContaining("keepsBooks");
        String capitalised = "keepsBooks: [Receivables]\nbooksSystems: [erp]\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(capitalised.getBytes(StandardCharsets.UTF_8)), "bad copy",
                IntegrationKinds.class, "integration kinds")).hasMessageContaining("Receivables");
    }
}
