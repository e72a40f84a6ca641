package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.figures.Workload;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recognition needs the mechanism, not a word: requests written for it (not the samples), each with the archetypes it
 * must recognise and those a single word of it would wrongly have pulled in ("nearby" bikes are not dispatch, a menu
 * is not stock, "readings" of poems are not telemetry, paying translators is not taking card payments), and the way
 * its money moves.
 */
class ArchetypeRecognitionTest {

    record Row(String request, Set<String> must, Set<String> mustNot, Set<MoneyDirection> money) {

        @Override
        public String toString() {
            return request;
        }
    }

    private static final MoneyDirection IN = MoneyDirection.INCOMING;
    private static final MoneyDirection OUT = MoneyDirection.OUTGOING;

    static Stream<Row> table() {
        return Stream.of(
                new Row("translator-payouts", Set.of("outgoing-payments"), Set.of("payments-ledger", "bank-reconciliation"), Set.of(OUT)),
                new Row("grant-disbursements", Set.of("outgoing-payments"), Set.of("payments-ledger", "bank-reconciliation"), Set.of(OUT)),
                new Row("payroll-bureau", Set.of("outgoing-payments"), Set.of("payments-ledger", "bank-reconciliation"), Set.of(OUT)),
                new Row("music-royalties", Set.of("outgoing-payments", "payments-ledger"), Set.of("commerce", "bank-reconciliation"), Set.of(IN, OUT)),
                new Row("marketplace-wallet", Set.of("outgoing-payments", "payments-ledger", "commerce"), Set.of("bank-reconciliation"), Set.of(IN, OUT)),
                new Row("invoice-collections", Set.of("bank-reconciliation"), Set.of("outgoing-payments", "payments-ledger"), Set.of(IN)),
                new Row("receivables", Set.of("bank-reconciliation"), Set.of("outgoing-payments", "payments-ledger"), Set.of(IN)),
                new Row("card-payments", Set.of("payments-ledger", "outgoing-payments"), Set.of("bank-reconciliation", "statement-reconciliation"), Set.of(IN, OUT)),
                new Row("tutoring", Set.of("payments-ledger", "outgoing-payments", "booking-scheduling"), Set.of("geo-dispatch", "commerce"), Set.of(IN, OUT)),
                new Row("bike-rental", Set.of("payments-ledger"), Set.of("geo-dispatch", "outgoing-payments"), Set.of(IN)),
                new Row("field-service", Set.of("geo-dispatch"), Set.of("telemetry-alerting", "commerce"), Set.of()),
                new Row("ride-hailing", Set.of("geo-dispatch", "realtime-delivery"), Set.of("commerce"), Set.of(IN)),
                new Row("table-ordering", Set.of("payments-ledger"), Set.of("commerce", "geo-dispatch"), Set.of(IN)),
                new Row("spare-parts-shop", Set.of("commerce", "payments-ledger"), Set.of("outgoing-payments"), Set.of(IN)),
                new Row("online-store", Set.of("commerce"), Set.of("outgoing-payments", "geo-dispatch"), Set.of(IN)),
                new Row("vineyard-sensors", Set.of("telemetry-alerting", "time-series-history"), Set.of("geo-dispatch"), Set.of()),
                new Row("poetry-magazine", Set.of(), Set.of("telemetry-alerting", "time-series-history"), Set.of()),
                // "dispatches" of a power grid and "history kept for billing disputes": neither is dispatch nor card payments.
                new Row("grid-sensors", Set.of("telemetry-alerting", "time-series-history"), Set.of("geo-dispatch", "payments-ledger"), Set.of()),
                // "Every cent must reconcile" names no statement to reconcile against: the ledger balances, nothing is imported.
                new Row("payroll-ledger", Set.of("outgoing-payments"), Set.of("payments-ledger", "bank-reconciliation", "statement-reconciliation"), Set.of(OUT)),
                new Row("visa-applications", Set.of("files-media"), Set.of("telemetry-alerting", "time-series-history", "geo-dispatch"), Set.of()),
                // A controlled drug withdrawn from a ward cabinet moves no money: no payouts, no direction of money at all.
                // Stock counts reconciled each shift are not a statement from a bank or a provider.
                new Row("medicine-cabinets", Set.of(), Set.of("outgoing-payments", "payments-ledger", "statement-reconciliation"), Set.of()),
                // A held amount released to a subcontractor is money going out, not a card payment taken in.
                new Row("milestone-escrow", Set.of("outgoing-payments"), Set.of("payments-ledger"), Set.of(OUT)),
                // Accounts payable releasing matched invoices for payment pays suppliers; the reviewer of match
                // exceptions works the match's own queue, not a case system.
                new Row("brewery-payables", Set.of("three-way-match"), Set.of("payments-ledger", "case-workflow", "commerce"), Set.of(OUT)),
                new Row("site-materials", Set.of("three-way-match", "outgoing-payments"), Set.of("payments-ledger"), Set.of(OUT)),
                // Football matches, match results and matching players to teams are not invoice matching.
                new Row("amateur-league", Set.of(), Set.of("three-way-match", "bank-reconciliation"), Set.of()),
                // Search engines that crawl the articles are not a search the magazine serves; the paywall needs content delivery.
                new Row("shipping-gazette", Set.of("metered-paywall", "content-delivery"), Set.of("search", "vendor-subscriptions"), Set.of()),
                new Row("theory-test", Set.of("answer-autosave"), Set.of("case-workflow", "authoring"), Set.of()),
                // Couriers' live positions are dispatch's, not telemetry; groceries ordered from a warehouse are the shop's orders.
                new Row("courier-groceries", Set.of("geo-dispatch", "commerce"), Set.of("telemetry-alerting", "time-series-history"), Set.of()),
                // Sales reconciled with the acquirer's settlement report: a statement of the provider's, matched line by line.
                new Row("settlement-reconciliation", Set.of("payments-ledger", "statement-reconciliation"), Set.of("bank-reconciliation", "outgoing-payments"), Set.of(IN)),
                // Overdue invoices chased by a schedule of reminders; a second person signing a write-off is not a case system.
                new Row("tuition-dunning", Set.of("collections-dunning", "notifications"), Set.of("bank-reconciliation", "case-workflow", "payments-ledger"), Set.of()),
                new Row("podcast-feeds", Set.of("feed-publishing"), Set.of("content-delivery", "files-media", "media-delivery"), Set.of()),
                // Episodes downloaded with ads stitched in and downloads reported: media delivery and counting from the logs;
                // audio is not video, so no video platform.
                new Row("episode-ads", Set.of("media-delivery", "download-counting", "feed-publishing"), Set.of("video-streaming"), Set.of()),
                // Banner ads served into pages and IAB-style reports are not files downloaded: no media delivery, and no
                // download counting without it.
                new Row("banner-ads", Set.of(), Set.of("media-delivery", "download-counting"), Set.of(OUT)),
                // An app that imports and aggregates other sites' RSS feeds publishes none.
                new Row("news-aggregator", Set.of(), Set.of("feed-publishing"), Set.of()),
                // A museum's collections and a collector's coin collection owe nobody anything.
                new Row("museum-collections", Set.of("booking-scheduling"), Set.of("collections-dunning"), Set.of(IN)),
                new Row("coin-collectors", Set.of("commerce"), Set.of("collections-dunning"), Set.of(IN)));
    }

    static ConsultationRequest request(String name) {
        for (String folder : List.of("recognition-requests", "archetype-requests", "requests-fresh")) {
            Path file = Path.of("src", "test", "resources", folder, name + ".yaml");
            if (Files.exists(file)) {
                return RequestReader.read(file);
            }
        }
        throw new AssertionError("no request " + name);
    }

    private static List<Recognised> recognise(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, Workload.of(request).capabilities());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void recognisesTheMechanismsTheRequestDescribesAndNotThoseOneOfItsWordsSuggests(Row row) {
        List<String> ids = recognise(request(row.request())).stream().map(r -> r.archetype().id()).toList();

        assertThat(ids).as("must recognise").containsAll(row.must());
        assertThat(ids).as("must not recognise").doesNotContainAnyElementsOf(row.mustNot());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void moneyDirectionIsAFactWithTheRequestsOwnWordsAsEvidence(Row row) {
        ConsultationRequest request = request(row.request());
        Map<MoneyDirection, List<Evidence>> money = Archetypes.standard().moneyDirections(request, Workload.of(request).capabilities());

        assertThat(money.keySet()).as("directions").containsExactlyInAnyOrderElementsOf(row.money());
        money.forEach((direction, evidence) -> assertThat(evidence).isNotEmpty().allSatisfy(e -> {
            assertThat(e.describe()).endsWith("(" + direction.meaning() + ")");
            assertThat(e.text().toLowerCase(java.util.Locale.ROOT)).contains(e.phrase().split(" ")[0]);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aRecognisedArchetypeShowsWhatItsMechanismNeedsAndWhichWayItsMoneyMoves(Row row) {
        for (Recognised r : recognise(request(row.request()))) {
            for (Archetype.Need need : r.archetype().needs()) {
                assertThat(r.because()).as(r.archetype().id()).contains(need.what());
            }
            if (r.archetype().direction() == OUT) {
                assertThat(r.because()).as(r.archetype().id()).contains("(money goes out)");
            }
        }
    }

    /** What is tracked decides the design: an application's status is its state, not a stream of device readings. */
    @org.junit.jupiter.api.Test
    void statusTrackingOfAnApplicationIsNotDesignedAsReadingsInBatches() {
        dev.architect.dossier.Consultation c = dev.architect.offline.OfflineArchitect.create().consult(request("visa-applications"));

        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-status-tracking")).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotContain("in batches").doesNotContain("writes/s"));
        assertThat(c.dataModel().entities()).extracting(dev.architect.dossier.Entity::name).doesNotContain("reading");
        assertThat(c.decisions()).extracting(dev.architect.dossier.Decision::topic)
                .doesNotContain(dev.architect.dossier.DecisionTopic.INGESTION, dev.architect.dossier.DecisionTopic.DATA_TIERING);
        dev.architect.validation.ValidationReport report = dev.architect.validation.DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /** Every request written for recognition gives a dossier the validator accepts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyRecognitionRequestGivesAValidDossier(Row row) {
        dev.architect.validation.ValidationReport report = dev.architect.validation.DossierValidator.validate(
                dev.architect.offline.OfflineArchitect.create().consult(request(row.request())));
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }
}
