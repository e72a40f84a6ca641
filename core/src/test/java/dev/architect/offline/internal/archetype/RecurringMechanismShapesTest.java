package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms that recur across domains, designed by the action the capability names whatever it acts on: a batch run
 * over a population for a period, a comparison of values from two sources, an exchange of records with a partner, the
 * validation of arriving readings, and a tariff applied to measured usage. Each designs capabilities of four domains and
 * leaves its words' other senses alone.
 */
class RecurringMechanismShapesTest {

    private static String shapeOf(String capability, String description) {
        return ActionShapesTest.shapeOf(capability, description);
    }

    @Test
    void aRunOverAPopulationForAPeriodIsABatchRunInAnyDomain() {
        assertThat(shapeOf("bill run", "A utility bills 1.2 million customers monthly.")).isEqualTo("batch-run");
        assertThat(shapeOf("payroll run", "A payroll bureau pays 40,000 employees each month.")).isEqualTo("batch-run");
        assertThat(shapeOf("monthly invoice run", "Cooperatives are invoiced for their active sensors.")).isEqualTo("batch-run");
        assertThat(shapeOf("settlement run", "Marketplace sellers are settled weekly for their orders.")).isEqualTo("batch-run");
        assertThat(shapeOf("month-end close", "The finance team closes the books of 12 entities.")).isEqualTo("batch-run");
        assertThat(shapeOf("interest accrual", "A savings bank accrues interest daily on 300,000 accounts.")).isEqualTo("batch-run");
        assertThat(shapeOf("dunning run", "Each week's dunning run reminds the overdue members of a gym chain.")).isEqualTo("batch-run");
    }

    @Test
    void aTestRunADryRunARunnersRunsAndAPrintRunAreNotABatchRun() {
        assertThat(shapeOf("test runs", "A CI service runs the test suites of each commit nightly.")).isNotEqualTo("batch-run");
        assertThat(shapeOf("dry run", "Admins preview an import monthly before applying it.")).isNotEqualTo("batch-run");
        assertThat(shapeOf("runs", "A running club app logs members' runs each week with their pace.")).isNotEqualTo("batch-run");
        assertThat(shapeOf("print runs", "A publisher orders print runs of each edition monthly.")).isNotEqualTo("batch-run");
        // "run" with no period or population in the request says nothing about a batch.
        assertThat(shapeOf("run", "A note-taking app.")).isNotEqualTo("batch-run");
    }

    @Test
    void valuesFromTwoSourcesComparedWithATolerancAreAComparisonCheckInAnyDomain() {
        assertThat(shapeOf("rate parity checks", "Hotels check each night that OTAs show no lower price than their website.")).isEqualTo("comparison-check");
        assertThat(shapeOf("stock reconciliation", "A chain of pharmacies compares its stock with the wholesaler's records.")).isEqualTo("comparison-check");
        assertThat(shapeOf("weight discrepancy checks", "Declared weights are compared with the airline's measured weights.")).isEqualTo("comparison-check");
        assertThat(shapeOf("rainfall consistency checks", "Sensor rainfall is compared with the weather service's stations.")).isEqualTo("comparison-check");
        assertThat(shapeOf("district loss comparison", "District meter totals are compared with the sum of household meters.")).isEqualTo("comparison-check");
        // Matching records with their counterparts in a bank or an ERP stays a sync's reconciliation.
        assertThat(shapeOf("remittance matching", "Remittances from the bank are matched to open invoices.")).isEqualTo("system-sync");
    }

    @Test
    void aPriceComparisonSiteAndAProductComparisonTableAreNotAComparisonCheck() {
        assertThat(shapeOf("price comparison site", "Shoppers compare electronics prices across retailers.")).isNotEqualTo("comparison-check");
        assertThat(shapeOf("product comparison", "Shoppers put three laptops side by side.")).isNotEqualTo("comparison-check");
    }

    @Test
    void recordsHandedToAPartnerInAcknowledgedBatchesAreAPartnerExchangeInAnyDomain() {
        assertThat(shapeOf("roaming CDR exchange", "Charge detail records are sent to roaming hubs and acknowledged.")).isEqualTo("partner-exchange");
        assertThat(shapeOf("EDI exchange", "Purchase orders go to suppliers as EDIFACT messages.")).isEqualTo("partner-exchange");
        assertThat(shapeOf("waybill message exchange", "Air waybills are exchanged with airlines; each message is acknowledged or rejected.")).isEqualTo("partner-exchange");
        assertThat(shapeOf("ministry data exchange", "Readings go to the ministry as daily CSV files and it returns a receipt for each file.")).isEqualTo("partner-exchange");
        assertThat(shapeOf("clearing files", "A card scheme's clearing files are received each night.")).isEqualTo("partner-exchange");
    }

    @Test
    void anExchangeRateForeignExchangeAStockExchangeAndReturnsAndExchangesAreNotAPartnerExchange() {
        assertThat(shapeOf("exchange rates", "Prices are shown in the customer's currency.")).isNotEqualTo("partner-exchange");
        assertThat(shapeOf("foreign exchange", "A travel money shop sells currency to partners in batches.")).isNotEqualTo("partner-exchange");
        assertThat(shapeOf("stock exchange feed", "Share prices from the stock exchange, in files each night.")).isNotEqualTo("partner-exchange");
        assertThat(shapeOf("returns and exchanges", "Shoppers send shoes back in batches for a refund or another size.")).isNotEqualTo("partner-exchange");
        // "exchange" with no partner, file, batch or message in the request says nothing about one.
        assertThat(shapeOf("book exchange", "Neighbours lend each other books.")).isNotEqualTo("partner-exchange");
    }

    @Test
    void checkingEstimatingAndEditingArrivingReadingsIsAReadingValidationInAnyDomain() {
        assertThat(shapeOf("validation estimation and editing", "Smart meters deliver 15-minute interval reads.")).isEqualTo("reading-validation");
        assertThat(shapeOf("sensor QC", "Soil sensors report every 15 minutes; faulty readings are flagged.")).isEqualTo("reading-validation");
        assertThat(shapeOf("reading plausibility checks", "Water meters send readings every hour.")).isEqualTo("reading-validation");
        assertThat(shapeOf("data cleansing", "Air-quality stations send measurements that drift and spike, so data cleansing comes before any report.")).isEqualTo("reading-validation");
        assertThat(shapeOf("quality control", "Hydrology gauges report river levels every 5 minutes; quality control flags a stuck gauge.")).isEqualTo("reading-validation");
    }

    @Test
    void aFormFieldsValidationATicketValidationAndAFactorysQualityControlAreNotAReadingValidation() {
        assertThat(shapeOf("form validation", "Applicants fill in a long form; each field is checked as they type.")).isNotEqualTo("reading-validation");
        assertThat(shapeOf("ticket validation", "Inspectors scan tickets on trains.")).isNotEqualTo("reading-validation");
        assertThat(shapeOf("quality control", "Inspectors record defects found on the production line.")).isNotEqualTo("reading-validation");
        // a second reviewer checking the first one's calls: quality control of people's judgements, read nowhere as readings
        assertThat(shapeOf("coding review with second-level QC", "Reviewers read each document and code it; a second reviewer samples 10% "
                + "of each reviewer's calls.")).isNotEqualTo("reading-validation");
        // "validation" with no reading, meter or sensor in the request is not a reading's.
        assertThat(shapeOf("validation", "A marketplace for second-hand furniture.")).isNotEqualTo("reading-validation");
    }

    @Test
    void aPriceWordFollowedByItsCalculationAppliedToMeasuredUsageIsATariffInAnyDomain() {
        assertThat(shapeOf("tariff calculation", "Customers are billed on time-of-use tariffs with tiered blocks.")).isEqualTo("tariff-rating");
        assertThat(shapeOf("charge calculation", "EV drivers pay per kWh and per minute of a charging session.")).isEqualTo("tariff-rating");
        assertThat(shapeOf("freight charge calculation", "Freight is charged by weight from each airline's rate sheets.")).isEqualTo("tariff-rating");
        assertThat(shapeOf("usage rating", "A mobile operator rates each call and data session by destination and minute.")).isEqualTo("tariff-rating");
        assertThat(shapeOf("water charge calculation", "Households pay per cubic metre in tiered blocks.")).isEqualTo("tariff-rating");
        // A price that moves with live demand and supply stays computed: surge pricing is not a tariff.
        assertThat(shapeOf("surge pricing", "Computed per zone from open requests versus idle drivers.")).isEqualTo("computed-price");
        assertThat(shapeOf("delivery fee calculation", "Fees follow distance and the couriers available.")).isEqualTo("computed-price");
    }

    @Test
    void customsTariffsExchangeRatesAndABatterysChargeAreNotATariff() {
        assertThat(shapeOf("customs tariff calculation", "A freight forwarder files import declarations at the border.")).isNotEqualTo("tariff-rating");
        assertThat(shapeOf("exchange rate calculation", "A travel money shop sells currency.")).isNotEqualTo("tariff-rating");
        assertThat(shapeOf("heart rate calculation", "A fitness watch app.")).isNotEqualTo("tariff-rating");
        assertThat(shapeOf("battery charge calculation", "E-scooters report their battery level.")).isNotEqualTo("tariff-rating");
    }

    @Test
    void aPhraseGridMakesEachWordFollowedByEachActionAPhraseOfItsShape() {
        CapabilityShapes.CapabilityShape tariff = CapabilityShapes.standard().shapes().stream().filter(s -> s.id().equals("tariff-rating")).findFirst().orElseThrow();
        assertThat(tariff.phrases()).contains("tariff calculation", "rate calculation", "charge rating", "usage charges computation", "tariffs");
        CapabilityShapes.CapabilityShape computed = CapabilityShapes.standard().shapes().stream().filter(s -> s.id().equals("computed-price")).findFirst().orElseThrow();
        assertThat(computed.phrases()).contains("fee calculation", "fare estimation", "price computation").doesNotContain("tariff calculation");
    }

    @Test
    void aGridWithAnEmptySideFailsAtLoadNamingTheShape() {
        String yaml = """
                shapes:
                  - id: broken-grid
                    label: a grid with no actions
                    phrases: [tariff]
                    grid: {words: [tariff, rate], then: []}
                    requirement: "Rate ${name}"
                    entities:
                      - {name: "${table}", description: "Rated", fields: ["id:UUID"]}
                    operations:
                      - {id: "get${Schema}", method: GET, path: "/${path}/{${id}}", summary: "Get", responses: [{status: 404}]}
                """;
        assertThatThrownBy(() -> CapabilityShapes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad-grid.yaml"))
                .hasStackTraceContaining("broken-grid").hasStackTraceContaining("grid needs both words and then");
    }

    @Test
    void anArchetypeMatchedOnAnObjectBeforeTheHeadGivesTheCapabilityToTheActionThatNamesTheHead() {
        CapabilityShapes shapes = CapabilityShapes.standard();
        String utility = "A water company bills 310,000 households quarterly from their meter readings in tiered blocks.";
        assertThat(shapes.yieldsToAction("quarterly billing run", "billing", List.of("billing", "payment"), utility)).isTrue();
        assertThat(shapes.yieldsToAction("water charge calculation", "charge", List.of("charge", "payment"), utility)).isTrue();
        // The archetype's own words name the head: it keeps the capability.
        assertThat(shapes.yieldsToAction("payment runs", "payment run", List.of("payment run"), utility)).isFalse();
        assertThat(shapes.yieldsToAction("payout reconciliation", "payout", List.of("payout", "reconciliation"), utility)).isFalse();
        // No action names the head: the archetype keeps it.
        assertThat(shapes.yieldsToAction("payment and invoicing", "payment", List.of("payment"), utility)).isFalse();
    }
}
