package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counts a request states in its sentences price the vendors that carry them and size who is paid, rather than a guess
 * per monthly user: a count of things people hold each day ("300,000 households get a daily outage alert") carried by an
 * integration whose purpose names them, a stated share of the visitors who sign in, the stated number of the people paid
 * per payout run. Requests of our own, in domains the code was not written on; each figure is worked by hand beside it.
 */
class StatedCountsDriveTheVendorsTest {

    /** A water utility's outage notices: the email service's purpose names the alerts the description counts. */
    private static final String OUTAGES = """
            system: TapWatch
            description: >
              TapWatch tells the households of a regional water utility in Ohio about supply interruptions and boil-water
              notices. About 300,000 households get a daily outage alert by email for their street, and customers pay their
              water bills online. A message board lets residents post 5,000 posts a day about local works.
            actors:
              - {name: Household, description: "sets a street for alerts, pays bills"}
              - {name: Network controller, description: "declares outages from the control room"}
            capabilities: [outage alerts, bill payment, message board]
            integrations:
              - {name: Amazon SES, purpose: "PURPOSE"}
            load: {peakRequestsPerSecond: 80, readWriteRatio: 20, monthlyActiveUsers: 300000, audience: local}
            deployment: {cloud: aws, regions: [us-east-2]}
            team: {size: 4, expertise: [Python, PostgreSQL, AWS]}
            """;

    private static List<CostLineItem> vendorLines(Consultation c, String unit) {
        return c.cost().items().stream().filter(i -> i.id().startsWith("vendor-") && i.unit().equals(unit)).toList();
    }

    @Test
    void alertsThatPeopleHoldEachDayPriceTheEmailServiceThatCarriesThem() {
        Consultation c = ValidDossiers.of(OUTAGES.replace("PURPOSE", "outage alerts and bill receipts"));

        // 300,000 households x 1 alert a day x 365 / 12 = 9,125,000 emails a month / 1,000 = 9,125 thousand x $0.10 = $912.50
        List<CostLineItem> email = vendorLines(c, "thousand emails");
        assertThat(email).hasSize(1);
        assertThat(email.get(0).quantity()).isEqualTo(9125.0);
        assertThat(email.get(0).monthly()).isEqualTo(912.50);
        assertThat(email.get(0).assumption()).contains("\"300,000 households get a daily outage alert\"").contains("as stated")
                .contains("\"outage alerts and bill receipts\"");
        assertThat(c.cost().assumptions()).noneMatch(n -> n.startsWith("[vendor-ext-amazon-ses] Not priced"));
    }

    @Test
    void aCountTheEmailPurposeDoesNotCarryLeavesTheServiceUnpriced() {
        // The purpose names password resets only: neither the alerts nor the board's posts ("a message board" counts posts on a
        // page, not messages sent) are its emails, so no count is invented for it
        Consultation c = ValidDossiers.of(OUTAGES.replace("PURPOSE", "password resets"));

        assertThat(vendorLines(c, "thousand emails")).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[vendor-ext-amazon-ses] Not priced"));
    }

    @Test
    void aCountOfWhomTheTextsGoToIsNotACountOfTexts() {
        // "SMS to drivers" beside "about 400 drivers a day": drivers are whom the texts reach, not what is sent
        Consultation c = ValidDossiers.of("""
                system: Haulio
                description: >
                  A freight yard in Texas books truck slots at its gates; about 400 drivers a day arrive for their slot.
                capabilities: [gate slot booking, yard moves]
                integrations:
                  - {name: Twilio, purpose: "SMS to drivers"}
                load: {peakRequestsPerSecond: 20, readWriteRatio: 5, monthlyActiveUsers: 9000, audience: local}
                deployment: {cloud: aws, regions: [us-east-1]}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                """);

        assertThat(vendorLines(c, "SMS segment")).noneMatch(i -> i.assumption().contains("drivers a day"));
    }

    @Test
    void remindersTheRequestCountsPriceTheTextsThatCarryThem() {
        Consultation c = ValidDossiers.of("""
                system: SmileCare
                description: >
                  A chain of 40 dental clinics in Texas. Patients book online and we send about 30,000 appointment reminders a
                  month, each a text message two days before the visit.
                actors:
                  - {name: Patient, description: "books and moves appointments, confirms reminders"}
                  - {name: Receptionist, description: "books by phone during opening hours"}
                capabilities: [online appointment booking, appointment reminders]
                integrations:
                  - {name: Twilio, purpose: "appointment reminders by SMS and confirmation replies"}
                load: {peakRequestsPerSecond: 40, readWriteRatio: 10, monthlyActiveUsers: 60000, audience: regional}
                deployment: {cloud: aws, regions: [us-east-1]}
                team: {size: 3, expertise: [C#, SQL Server]}
                """);

        // 30,000 reminders a month, one SMS segment each, x $0.0083 = $249.00
        List<CostLineItem> sms = vendorLines(c, "SMS segment");
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).quantity()).isEqualTo(30_000.0);
        assertThat(sms.get(0).monthly()).isEqualTo(249.00);
        assertThat(sms.get(0).assumption()).contains("\"30,000 appointment reminders a month\"");
    }

    /** A recipe site whose visitors mostly read without an account. */
    private static final String RECIPES = """
            system: PantryPal
            description: >
              A recipe and meal-planning site for the UK with about 2 million visitors a month. Anyone reads recipes without
              an account; SHARE, to save recipes and build a shopping list. Editors publish 40 recipes a week.
            actors:
              - {name: Visitor, description: "reads recipes, signs in to save recipes and shopping lists"}
              - {name: Editor, description: "writes and publishes recipes"}
            capabilities: [recipe pages, saved recipes and shopping lists, recipe publishing]
            load: {peakRequestsPerSecond: 900, readWriteRatio: 200, monthlyActiveUsers: 2000000, audience: regional}
            deployment: {cloud: aws, regions: [eu-west-2]}
            team: {size: 5, expertise: [TypeScript, PostgreSQL, AWS]}
            """;

    private static double identity(Consultation c) {
        return c.cost().items().stream().filter(i -> i.id().startsWith("identity-users")).mapToDouble(CostLineItem::monthly).sum();
    }

    @Test
    void theShareOfVisitorsASentenceSaysSignInIsWhomTheIdentityProviderBills() {
        Consultation c = ValidDossiers.of(RECIPES.replace("SHARE", "only about 4% of visitors sign in"));

        // 2,000,000 x 4% = 80,000 monthly users who sign in: Cognito's first 10,000 free, the next 70,000 at $0.0055 = $385.00
        assertThat(identity(c)).isEqualTo(385.00);
        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("identity-users")).singleElement()
                .satisfies(i -> assertThat(i.assumption()).contains("x 4% who sign in (given: description \"4% of visitors sign in\")"));
    }

    @Test
    void aShareOfSomethingElseIsNotASignedInShare() {
        // "4% of orders ship abroad" says nothing of who signs in: every monthly user is billed, the ordinary reading
        Consultation c = ValidDossiers.of(RECIPES.replace("SHARE", "about 4% of orders ship abroad"));

        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("identity-users")).singleElement()
                .satisfies(i -> assertThat(i.assumption()).doesNotContain("given: description"));
        assertThat(identity(c)).isGreaterThan(385.00);
    }

    /** A bicycle courier co-op that pays its riders. */
    private static final String COURIERS = """
            system: CycleCo
            description: >
              A bicycle courier cooperative in Amsterdam. Shops book same-day deliveries, about 6,000 deliveries a day, and
              our 1,200 riders are paid every week for the deliveries they made.
            actors:
              - {name: Customer, description: "books deliveries and pays by invoice each month"}
              - {name: Rider, description: "accepts jobs, confirms pickup and drop-off"}
            capabilities: [delivery booking, job dispatch, weekly rider payouts]
            integrations:
              - {name: Adyen, purpose: "customer card payments and rider payouts"}
            load: {peakRequestsPerSecond: 60, readWriteRatio: 5, monthlyActiveUsers: 8000, audience: local}
            deployment: {cloud: gcp, regions: [europe-west4]}
            team: {size: 3, expertise: [Kotlin, PostgreSQL]}
            """;

    @Test
    void aWeeklyRunPaysEachOfTheStatedRidersOnce() {
        Decision d = ValidDossiers.of(COURIERS).decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow();

        // The cadence is the one beside the payees ("riders are paid every week"), not the deliveries' "a day" earlier in the
        // sentence: 1,200 a week x 52 / 12 = 5,200 a month / 4.3333 weekly runs = 1,200 payouts a run (was 5,200 / 30.4167 = 171)
        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 1,200 (") && x.contains("weekly: the request's words \"every week\""));
    }

    @Test
    void withoutAStatedCadenceTheRunCarriesTheStatedPeoplePaidNotEveryMovement() {
        // No cadence: the upper bound would be 6,000 x 365 / 12 = 182,500 deliveries a month / 30.4167 daily runs = 6,000 a run;
        // the 1,200 riders are each paid at most once a run, so a run carries 1,200, given
        Decision d = ValidDossiers.of(COURIERS.replace("are paid every week for the deliveries they made", "are paid for the deliveries they made"))
                .decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow();

        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 1,200 (") && x.contains("1,200 riders (given: description \"1,200 riders\")"));
    }
}
