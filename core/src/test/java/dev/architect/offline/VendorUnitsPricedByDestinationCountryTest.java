package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stated count of SMS is priced at the row of the country the messages go to (prices.yaml vendorUsage SMS byCountry):
 * the countries the description names, else the one the region stands in; several share the count evenly, and a country
 * without a row is priced at the table's price for one, each with an assumption. A count stated for a season that comes
 * once a year is the year's, spread over 12 months; one integration that carries SMS and e-mail prices both.
 */
class VendorUnitsPricedByDestinationCountryTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest reminders(String where, String integration, Cloud cloud, List<String> regions) {
        return ConsultationRequest.builder("Remindly", "Appointment booking for physiotherapy practices" + where + ". Patients book and move "
                        + "appointments, and get a reminder the day before.")
                .capabilities("appointments", "practice agenda", "reminders")
                .integration(integration, "appointment reminders")
                .load(new Load(80.0, 8.0, 60_000L, null))
                .team(new Team(4, List.of("Java", "PostgreSQL")))
                .deployment(new Deployment(cloud, regions)).build();
    }

    private static List<CostLineItem> lines(Consultation c, String unit) {
        return c.cost().items().stream().filter(i -> i.id().startsWith("vendor-") && i.unit().equals(unit)).toList();
    }

    @Test
    void smsToTheCountryTheRegionStandsInIsPricedAtThatCountrysRow() {
        Consultation c = ARCHITECT.consult(reminders(". About 100,000 SMS a month", "Twilio", Cloud.AWS, List.of("eu-central-1")));

        // No country named: eu-central-1 stands in Germany. 100,000 SMS segments x $0.1061 (Germany's row) = $10,610.00
        assertThat(lines(c, "SMS segment")).singleElement().satisfies(sms -> {
            assertThat(sms.quantity()).isEqualTo(100_000);
            assertThat(sms.monthly()).isEqualTo(10_610.00);
            assertThat(sms.assumption()).contains("description \"100,000 SMS a month\"").contains("at the vendor's price for Germany");
        });
    }

    @Test
    void namedCountriesShareTheCountAndACountryWithoutARowIsPricedAtTheTablesPriceForOne() {
        Consultation c = ARCHITECT.consult(reminders(" in the Netherlands and Belgium. We send about 45,000 SMS a month", "Twilio",
                Cloud.AZURE, List.of("westeurope")));

        List<CostLineItem> sms = lines(c, "SMS segment");
        // 45,000 / 2 countries = 22,500 each; the Netherlands: 22,500 x $0.1221 = $2,747.25; Belgium has no row: 22,500 x $0.08 = $1,800.00
        assertThat(sms).hasSize(2);
        assertThat(sms).anySatisfy(l -> {
            assertThat(l.name()).contains("the Netherlands");
            assertThat(l.quantity()).isEqualTo(22_500);
            assertThat(l.monthly()).isEqualTo(2_747.25);
        });
        assertThat(sms).anySatisfy(l -> {
            assertThat(l.name()).contains("Belgium");
            assertThat(l.quantity()).isEqualTo(22_500);
            assertThat(l.monthly()).isEqualTo(1_800.00);
            assertThat(l.assumption()).contains("at the price for a country without a row of the table (assumption as-vendor-country-");
        });
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-vendor-countries-") && n.contains("gives no split"));
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-vendor-country-") && n.contains("has no row for Belgium"));
    }

    @Test
    void aNamedCountryIsWhereThePeopleAreNotTheRegionsCountry() {
        // A system for Norway run in Stockholm texts Norwegian numbers only: 30,000 x $0.0734 = $2,202.00
        Consultation c = ARCHITECT.consult(reminders(" across Norway. About 30,000 SMS a month", "Twilio", Cloud.AWS, List.of("eu-north-1")));

        assertThat(lines(c, "SMS segment")).singleElement().satisfies(sms -> {
            assertThat(sms.monthly()).isEqualTo(2_202.00);
            assertThat(sms.assumption()).contains("Norway").doesNotContain("Sweden");
        });
    }

    @Test
    void aRequestThatNamesNoCountryIsPricedAtTheTablesPriceForOneWithAnAssumption() {
        Consultation c = ARCHITECT.consult(reminders(". About 10,000 SMS a month", "Twilio", Cloud.ON_PREMISES, List.of()));

        // 10,000 x $0.08 = $800.00
        assertThat(lines(c, "SMS segment")).singleElement().satisfies(sms -> assertThat(sms.monthly()).isEqualTo(800.00));
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-vendor-country-") && n.contains("names no country"));
    }

    @Test
    void aSeasonsCountIsTheYearsAndOneGatewayCarryingTextsAndEmailsPricesBoth() {
        ConsultationRequest r = ConsultationRequest.builder("Fjellpass", "Lift passes for 6 ski resorts in Norway. During the season we send "
                        + "about 900,000 text messages and 1.2 million e-mails with receipts, and up to 20,000 skiers are at the gates at the same time.")
                .capabilities("buy a lift pass", "gate check")
                .integration("Text and e-mail gateway", "receipts and pass codes")
                .load(new Load(900.0, 5.0, 250_000L, null))
                .deployment(new Deployment(Cloud.AWS, List.of("eu-north-1"))).build();
        Consultation c = ARCHITECT.consult(r);

        // 900,000 in the season, once a year, / 12 = 75,000 a month x $0.0734 (Norway) = $5,505.00
        assertThat(lines(c, "SMS segment")).singleElement().satisfies(sms -> {
            assertThat(sms.quantity()).isEqualTo(75_000);
            assertThat(sms.monthly()).isEqualTo(5_505.00);
            assertThat(sms.assumption()).contains("900,000 in the season, once a year, x 1 / 12 = 75,000 a month");
        });
        // 1,200,000 / 12 = 100,000 e-mails a month / 1,000 = 100 x $0.10 = $10.00
        assertThat(c.cost().items()).filteredOn(i -> i.id().startsWith("vendor-") && i.name().contains("(email)")).singleElement()
                .satisfies(mail -> assertThat(mail.monthly()).isEqualTo(10.00));
    }

    @Test
    void anUncountedSmsVendorIsEstimatedAtTheRateOfTheCountryThePeopleAreIn() {
        // No count of messages: not priced, estimated per monthly user. The people are in the United Kingdom (eu-west-2), so the
        // US row's 0.5 to 4 segments x $0.0083 a user becomes x $0.0463 / $0.0083 = 5.5783: 60,000 users x $0.00415 x 5.5783
        // = $1,389.00 and 60,000 x $0.0332 x 5.5783 = $11,112.00 (at $0.0463 a segment: 60,000 x 0.5 x 0.0463 and x 4 x 0.0463)
        Consultation c = ARCHITECT.consult(reminders("", "Twilio", Cloud.AWS, List.of("eu-west-2")));

        assertThat(lines(c, "SMS segment")).isEmpty();
        assertThat(c.cost().assumptions()).anySatisfy(n -> assertThat(n).startsWith("[vendor-").contains("Not priced: Twilio")
                .contains("the United Kingdom's is $0.0463 per SMS segment, which the estimate uses").doesNotContain("which the vendor table does not hold"));
        assertThat(c.cost().assumptions()).anySatisfy(n -> assertThat(n).startsWith("[budget-unpriced-estimate]")
                .contains("$1,389.00 to $11,112.00").contains("the United Kingdom's rate"));
    }

    @Test
    void whenOnlyTheUnpricedVendorTakesTheRunCostOverTheBudgetTheRiskSaysSoNotLittleHeadroom() {
        ConsultationRequest unbudgeted = reminders("", "Twilio", Cloud.AWS, List.of("eu-west-2"));
        Consultation priced = ARCHITECT.consult(unbudgeted);
        // a budget $500 above the costliest priced month: the SMS estimate's low end, $1,389.00, takes it over by $889.00
        double costliest = priced.cost().runRate().stream().mapToDouble(dev.architect.dossier.RunRatePoint::monthlyTotal).max().orElseThrow();
        Consultation c = ARCHITECT.consult(unbudgeted.toBuilder().budget(new dev.architect.request.Budget(costliest + 500)).build());

        assertThat(c.cost().budget().status()).isEqualTo(dev.architect.dossier.BudgetStatus.OVER);
        assertThat(c.cost().budget().gapUsd()).isCloseTo(889.00, org.assertj.core.api.Assertions.within(0.01));
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-budget")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Unpriced vendors take the run cost over the budget");
            assertThat(r.description()).contains("Twilio (SMS)").contains("by at least $889.00");
        });
    }
}
