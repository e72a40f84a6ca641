package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A single word is not a mechanism when the request uses it in another sense: a charge point's charging session is
 * not a card charge, the settlement of bets or of roaming is not a payment taken, a work order or a maintenance plan is
 * not something bought, data ingestion of files is not telemetry, a booking notification is not a calendar, and an
 * integration that states HL7 v2 is not FHIR whatever its vendor. The same words in their money or device sense still
 * design the mechanism.
 */
class OtherSensesOfMoneyAndMechanismWordsTest {

    private static List<String> archetypes(Consultation c) {
        return c.requirements().functional().stream().map(FunctionalRequirement::id).filter(id -> id.startsWith("fr-archetype-")).toList();
    }

    private static String requirement(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().description();
    }

    @Test
    void chargingABatteryIsNotChargingACustomerSoExactlyOnceEffectsDoNotClaimIt() {
        // The rule "never billed twice" brings exactly-once effects, which design billing; smart charging schedules the
        // power given to cars and is not an effect a message applies once
        Consultation ev = ValidDossiers.of("""
                system: Plugwise
                description: >
                  Charge point operator for apartment garages. Each charging session is billed to the resident exactly
                  once, never billed twice when a charger reconnects and replays its messages.
                capabilities: [billing, smart charging]
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);
        assertThat(archetypes(ev)).contains("fr-archetype-exactly-once-processing");
        assertThat(requirement(ev, "fr-billing")).contains("exactly-once");
        assertThat(requirement(ev, "fr-smart-charging")).doesNotContain("exactly-once");
    }

    @Test
    void chargePointsAndTheSettlementOfRoamingOrBetsTakeNoPayment() {
        Consultation ev = ValidDossiers.of("""
                system: Voltpath
                description: >
                  Operator platform for public EV charge points: drivers start a charging session from the app, each charge
                  point reports its status, and roaming partners receive session records for settlement of roaming fees.
                capabilities: [charge points, charging sessions, roaming settlement]
                team: {size: 7, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);
        assertThat(archetypes(ev)).doesNotContain("fr-archetype-payments-ledger");
        Consultation tips = ValidDossiers.of("""
                system: Oddsline
                description: A tipster community records bet settlement once match results arrive. No money changes hands.
                capabilities: [tips, bet settlement]
                team: {size: 3, expertise: [Python, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);
        assertThat(archetypes(tips)).doesNotContain("fr-archetype-payments-ledger");
        assertThat(requirement(tips, "fr-bet-settlement")).doesNotContainIgnoringCase("payment");
    }

    @Test
    void workOrdersPlansFileTransfersAndDataIngestionAreNotOrdersSubscriptionsMoneyOrReadings() {
        Consultation c = ValidDossiers.of("""
                system: Plantcare
                description: >
                  Maintenance management for a food factory: technicians receive work orders and record the hours worked;
                  maintenance plans schedule recurring inspections; nightly file transfers import the asset register.
                capabilities: [work orders, maintenance plans, file transfers, data ingestion]
                team: {size: 5, expertise: [C#, SQL Server]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);
        assertThat(requirement(c, "fr-work-orders")).isEqualTo("Create, list, read and update tasks");
        assertThat(requirement(c, "fr-maintenance-plans")).doesNotContain("subscriptions");
        assertThat(requirement(c, "fr-file-transfers")).doesNotContain("payments", "charges");
        assertThat(requirement(c, "fr-data-ingestion")).doesNotContain("readings");
    }

    @Test
    void anHl7V2FeedIsNotFhirAndABookingNotificationIsNoCalendar() {
        Consultation c = ValidDossiers.of("""
                system: Wardboard
                description: Bed management for a hospital; ward staff send booking notifications to porters.
                capabilities: [beds, porter requests]
                integrations:
                  - {name: Epic, purpose: "ADT feed over an HL7 v2 interface"}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);
        assertThat(archetypes(c)).doesNotContain("fr-archetype-health-records-fhir", "fr-archetype-booking-scheduling");
    }

    @Test
    void theSameWordsInTheirMoneyOrDeviceSenseStillDesignTheMechanism() {
        Consultation shop = ValidDossiers.of("""
                system: Kiosko
                description: >
                  A bakery chain's web shop: customers pay by card through Stripe in EUR, orders are charged at checkout,
                  money transfers between store accounts settle each night, and subscription plans with monthly pricing
                  deliver bread weekly. Oven sensors send temperature readings for data ingestion.
                capabilities: [orders, payments, transfers, subscription plans, data ingestion]
                integrations:
                  - {name: Stripe, purpose: card payments}
                  - {name: Epic Bakery ERP, purpose: stock}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);
        assertThat(archetypes(shop)).contains("fr-archetype-payments-ledger");
        assertThat(requirement(shop, "fr-subscription-plans")).isNotEqualTo("Create, list, read and update tasks");
        assertThat(requirement(shop, "fr-data-ingestion")).contains("readings");
        Consultation clinic = ValidDossiers.of("""
                system: Carepath
                description: Patient portal for a clinic; reads records from Epic.
                capabilities: [visit summaries]
                integrations:
                  - {name: Epic, purpose: "patient records over FHIR R4"}
                compliance: [HIPAA]
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);
        assertThat(archetypes(clinic)).contains("fr-archetype-health-records-fhir");
    }
}
