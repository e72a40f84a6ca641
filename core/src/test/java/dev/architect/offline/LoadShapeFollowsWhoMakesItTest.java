package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * How a part's load runs over the day follows who makes it (daily-load-shapes.yaml): a workforce's business day, consumers'
 * evenings, machines on an interval day and night; the text names who it is.
 */
class LoadShapeFollowsWhoMakesItTest {

    private static CostLineItem item(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    private static final String BACK_OFFICE = """
            system: Ledgerhall
            description: >
              Back office of a national freight forwarder's customs department: declarants file and amend customs declarations,
              attach invoices and certificates, and supervisors approve declarations above a value limit. Support for the system
              is available 24/7.
            actors:
              - {name: Declarant, description: "files customs declarations"}
              - {name: Supervisor, description: "approves large declarations"}
            capabilities: [customs declarations, document attachments, approvals, audit trail]
            load: {peakRequestsPerSecond: 5000, readWriteRatio: 4, monthlyActiveUsers: 5000, audience: regional}
            data: {initialVolumeGb: 300, growthGbPerMonth: 20, retentionYears: 10}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            team: {size: 6, expertise: [Go, PostgreSQL, GCP]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    @Test
    void aWorkforceIsBilledForItsBusinessDayAndSupportAvailable24x7DoesNotMakeTheLoadRunAllDay() {
        Consultation c = ValidDossiers.of(BACK_OFFICE.replace("Declarant, description", "Customs officer, description"));

        // Every actor is one of the organisation's own roles (an officer, a supervisor): the peak count runs the 8 working hours
        // of 5 weekdays: 8 x 5 / 7 x 730 / 24 = 173.81 h a month, the other 730 - 173.81 = 556.19 h. 5,000 requests/s at peak /
        // (1,000 per instance x 70%) = ceil(7.14) = 8; on average 5,000 / 3 = 1,666.67 / 700 = ceil(2.38) = 3, the 3 zones' minimum:
        // (8 x 173.81 + 3 x 556.19) / 730 = (1,390.48 + 1,668.57) / 730 = 3,059.05 / 730 = 4.19 instance-months
        // (3.83 with a consumer's 4 evening hours: 8 x 121.67 + 3 x 608.33 = 2,798.35 / 730). "Support ... is available 24/7"
        // says when people can call, not that the load runs all day.
        CostLineItem app = item(c, "app-compute");
        assertThat(app.assumption()).contains("8 for the 173.81 peak hours (assumption as-business-hours) + 3 for the other 556.19 hours")
                .contains("(8 x 173.81 + 3 x 556.19) / 730 = 4.19 instance-months");
        assertThat(app.quantity()).isEqualTo(4.19);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-business-hours] On a platform that adds and removes instances with the load, "
                + "the peak count runs for 8 hours a day on 5 days a week (173.81 of 730 hours a month)"));
    }

    @Test
    void aMemberOfThePublicAmongTheActorsKeepsTheConsumersEveningPeak() {
        // A trader filing their own declarations is a customer: 4 evening hours, 4 x 730 / 24 = 121.67 h; (8 x 121.67 + 3 x 608.33)
        // / 730 = (973.36 + 1,824.99) / 730 = 3.83 instance-months
        Consultation c = ValidDossiers.of(BACK_OFFICE.replace("  - {name: Supervisor", "  - {name: Customer, description: \"files its own declarations\"}\n  - {name: Supervisor"));

        CostLineItem app = item(c, "app-compute");
        assertThat(app.assumption()).contains("8 for the 121.67 peak hours (assumption as-peak-hours)");
        assertThat(app.quantity()).isEqualTo(3.83);
    }
    @Test
    void eventsPlayersSendAreNotCalledDeviceMessagesOnAFixedInterval() {
        // Players' match results and reports are ingested as events, but no machine reports on an interval: nothing in the cost
        // says devices report around the clock, and the ingestion is named for events
        Consultation c = ValidDossiers.of("""
                system: Clashline
                description: >
                  Backend for an online card game. Players are matched within 30 seconds, every match streams its game events to
                  us for replays and anti-cheat analysis, and the game server reports the result after each match.
                actors:
                  - {name: Player, description: "plays matches"}
                  - {name: Game server, description: "hosts a match and reports the result"}
                capabilities: [player accounts, matchmaking, gameplay telemetry ingestion, replays]
                load: {peakRequestsPerSecond: 6000, readWriteRatio: 0.5, monthlyActiveUsers: 400000}
                team: {size: 8, expertise: [Go, Kafka, GCP]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);

        assertThat(c.cost().assumptions()).noneMatch(a -> a.contains("Devices report") || a.contains("Device ingestion") || a.startsWith("[as-constant-load]"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.contains("Event ingestion"));
    }
}
