package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cost items an architect would question, priced as the design works: a ledger's store is never tiered to object
 * storage, updates pushed to clients over realtime connections are internet egress, a batch job's hours follow the data
 * it reads, the text messages a design's flows send are priced per message where the vendor table has the country, and
 * a budget verdict says what its headroom leaves out. Requests of our own.
 */
class CostItemsAnArchitectWouldQuestionTest {

    /** Card payments with a double-entry ledger in the one database, far over its budget, growing 1,500 GB a month. */
    private static final String TILLPOINT = """
            system: Tillpoint
            description: >
              Takes card payments for 3,000 independent cafes and keeps every payment, refund and fee in a double-entry ledger;
              cafe owners see their takings and payouts, and staff look up receipts.
            actors:
              - {name: Cafe owner, description: sees takings and payouts}
              - {name: Staff, description: looks up receipts}
            capabilities: [card payments, receipts, takings reports]
            integrations:
              - {name: Stripe, purpose: card payments}
            load: {peakRequestsPerSecond: 800, readWriteRatio: 3, monthlyActiveUsers: 60000}
            data: {initialVolumeGb: 2000, growthGbPerMonth: 1500, retentionYears: 7}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 60}
            budget: {monthlyUsd: 2500}
            team: {size: 5, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    /** A shared whiteboard: each edit is pushed to the others on the board. */
    private static final String SKETCHROOM = """
            system: SketchRoom
            description: >
              A shared whiteboard for design teams: up to 30 people edit the same board at once and see each other's strokes in
              real time; boards keep their full edit history.
            actors:
              - {name: Designer, description: draws on boards}
            capabilities: [board editing, edit history, team spaces]
            load: {peakRequestsPerSecond: 3000, readWriteRatio: 1, monthlyActiveUsers: 300000}
            data: {initialVolumeGb: 200, growthGbPerMonth: 40, retentionYears: 3}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 60}
            budget: {monthlyUsd: 40000}
            team: {size: 8, expertise: [TypeScript, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    /** Pump monitoring whose baselines are refitted from the readings; GROWTH is replaced per test. */
    private static final String VANESENSE = """
            system: VaneSense
            description: >
              Condition monitoring for 2,000 pumps in water plants. Each pump sends 50 sensor readings a second through a plant
              gateway; the platform learns each pump's normal behaviour, flags anomalies against that baseline and notifies the
              maintenance team.
            actors:
              - {name: Maintenance engineer, description: investigates anomalies}
            capabilities: [sensor ingestion, anomaly detection, maintenance alerts]
            load: {peakRequestsPerSecond: 100, readWriteRatio: 1, monthlyActiveUsers: 200}
            data: {initialVolumeGb: 5000, growthGbPerMonth: GROWTH, retentionYears: 2}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 120}
            budget: {monthlyUsd: 60000}
            team: {size: 6, expertise: [Python, Azure]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    /** Veterinary visits with text reminders through the cloud's own SMS service; COUNTRY and REGION replaced per test. */
    private static final String PAWVISIT = """
            system: PawVisit
            description: >
              Appointment booking for 400 veterinary clinics in COUNTRY. Pet owners book and change visits on the web;
              the clinic sends a reminder by text message the day before each visit and a notification when lab results are ready.
            actors:
              - {name: Pet owner, description: books visits and gets reminders}
              - {name: Clinic staff, description: manages the day's schedule}
            capabilities: [appointment booking, visit reminders, lab results]
            integrations:
              - {name: Azure Communication Services, purpose: SMS reminders and email}
            load: {peakRequestsPerSecond: 150, readWriteRatio: 5, monthlyActiveUsers: 200000}
            data: {initialVolumeGb: 100, growthGbPerMonth: 5, retentionYears: 5}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            budget: {monthlyUsd: 15000}
            team: {size: 4, expertise: [C#, .NET, Azure]}
            deployment: {cloud: azure, regions: [REGION]}
            """;

    private static List<CostLineItem> lines(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).toList();
    }

    @Test
    void aStoreThatHoldsALedgerIsNeverTieredToObjectStorage() {
        // Tillpoint is far over its $2,500 budget and grows 1,500 GB a month for 7 years: the old flat rule moved its one
        // database's data older than 3 months to object storage. The database holds the double-entry ledger, whose balances
        // are the sum of every entry, so no option moves it and the cost says why.
        Consultation c = ValidDossiers.of(TILLPOINT);

        assertThat(c.dataModel().entities()).anyMatch(e -> e.name().equals("ledger_entry"));
        assertThat(c.cost().options()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.changes()).noneMatch(change -> change.startsWith("Move data older than")));
        assertThat(lines(c, "db-cold-storage")).isEmpty();
        assertThat(c.cost().assumptions()).contains("[tiering-kept] No option moves old data to object storage: db stays whole: it holds "
                + "journal_transaction and ledger_entry, a double-entry ledger, whose every balance is the sum of all its entries, so it must "
                + "stay queryable in full");
    }

    @Test
    void updatesPushedToTheOthersOnABoardArePricedAsInternetEgress() {
        // Each of board editing's and edit history's 731.71 writes/s at peak goes to 4 other people on the board
        // (assumption as-push-fanout): (731.71 + 731.71) x 4 = 5,853.66 pushes/s at peak / 3 = 1,951.22 on average
        // x 0.5 KB x 2,628,000 s / 1,000,000 = 2,563.9 GB a month, on top of the 13,797 GB of responses
        // ((500 reads/s x 10 KB + 500 writes/s x 0.5 KB) x 2,628,000 / 1,000,000) = 16,360.9 GB
        Consultation c = ValidDossiers.of(SKETCHROOM);

        assertThat(c.capacity().estimates()).filteredOn(e -> e.id().equals("egress")).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo(16_360.9);
            assertThat(e.basis()).contains("13,797 GB of responses", "2,563.9 GB of pushed updates",
                    "= 5,853.66 pushes/s at peak (the realtime messages' pushes; the replies are in the responses) / 3 on average x 0.5 KB", "(assumption as-push-fanout)");
        });
        // The transfer lines bill all of it, at the volume tiers: 10,240 GB + 6,120.9 GB
        double billed = c.cost().items().stream().filter(i -> i.id().startsWith("egress")).mapToDouble(CostLineItem::quantity).sum();
        assertThat(billed).isEqualTo(16_360.9);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-push-fanout] Each update sent over a realtime connection is pushed "
                + "to the clients watching what it changes: 4 (each edit goes to the other people"));
    }

    @Test
    void aBatchTrainersHoursGrowWithTheDataItReads() {
        // Each weekly run reads 30 days of the readings written to the store: 6,000 GB a month x 30 / 30.42 = 5,917.81 GB a
        // run / 50 GB an instance-hour (assumption as-batch-throughput) = 118.36 hours x 4 runs = 473.44 instance-hours; at
        // twice the data, 11,835.62 GB a run / 50 = 236.71 hours x 4 = 946.84. A fixed 10% of 730 hours would be 73 for both.
        CostLineItem small = lines(ValidDossiers.of(VANESENSE.replace("GROWTH", "6000")), "baseline-trainer-runs").get(0);
        CostLineItem large = lines(ValidDossiers.of(VANESENSE.replace("GROWTH", "12000")), "baseline-trainer-runs").get(0);

        assertThat(small.quantity()).isEqualTo(473.44);
        assertThat(large.quantity()).isEqualTo(946.84);
        assertThat(small.assumption()).contains("6,000 GB written a month to db x 30 days read a run / 30.42 = 5,917.81 GB a run / 50 GB an "
                + "instance-hour (assumption as-batch-throughput) = 118.36 hours a run x 4 runs a month = 473.44 instance-hours")
                .doesNotContain("as-job-duty");
    }

    @Test
    void textMessagesTheFlowsSendArePricedPerMessageWhereTheVendorTableHasTheCountry() {
        // In the United States: the notification flow sends one text a month to each of the 200,000 monthly users
        // (assumption as-sms-send-notification: the request counts none of the items it serves) at Azure Communication Services' $0.0075 + $0.0025 carrier surcharge = $0.01 a segment
        // = $2,000.00, and nothing is left out of the headroom.
        Consultation us = ValidDossiers.of(PAWVISIT.replace("COUNTRY", "the United States").replace("REGION", "eastus2"));

        assertThat(lines(us, "vendor-ext-azure-communication-services-sent")).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isEqualTo(200_000);
            assertThat(i.unitPrice()).isEqualTo(0.01);
            assertThat(i.monthly()).isEqualTo(2_000.00);
            assertThat(i.assumption()).contains("200,000 monthly active users x 1 'Send a notification after the change that caused it' a month "
                    + "(assumption as-sms-send-notification) x 1 message sent", "sms-pricing");
        });
        assertThat(us.cost().assumptions()).noneMatch(a -> a.startsWith("[vendor-ext-azure-communication-services] Not priced"));
        assertThat(us.cost().budget().unpriced()).isEmpty();

        // In Germany the table has no rate: the vendor stays not priced, with the country caveat, and the headroom says so
        Consultation de = ValidDossiers.of(PAWVISIT.replace("COUNTRY", "Germany").replace("REGION", "germanywestcentral"));

        assertThat(lines(de, "vendor-ext-azure-communication-services-sent")).isEmpty();
        assertThat(de.cost().assumptions()).anyMatch(a -> a.startsWith("[vendor-ext-azure-communication-services] Not priced: Azure "
                + "Communication Services (SMS)") && a.endsWith("that is the rate for the United States: Germany is billed at its own rate, "
                + "which the vendor table does not hold"));
        assertThat(de.cost().budget().unpriced()).containsExactly("Azure Communication Services (SMS)");
    }
}
