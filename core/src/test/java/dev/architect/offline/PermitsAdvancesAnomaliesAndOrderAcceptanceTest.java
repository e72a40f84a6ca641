package dev.architect.offline;

import static dev.architect.offline.ArchetypeDossiersTest.assertDesigns;
import static dev.architect.offline.ArchetypeDossiersTest.consult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Alert;
import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.Risk;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.offline.ArchetypeDossiersTest.Expected;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms that used to be open questions: permits with their enforcement checks, penalty notices and appeals; advances
 * against receivables and the debtor's payment that settles them; anomaly detection against each asset's own baseline;
 * a marketplace order accepted by its merchant within a time limit. Each on a request written for it (not the samples),
 * with what its dossier must contain.
 */
class PermitsAdvancesAnomaliesAndOrderAcceptanceTest {

    static Stream<Expected> table() {
        return Stream.of(
                // River permits bought by anglers and checked by bailiffs on the bank without signal; a penalty notice needs the
                // bailiff's confirmation and an appeal is decided by someone other than the bailiff. Evidence photos are files.
                new Expected("river-fishing-permits", Set.of("permits-passes", "right-enforcement", "files-media"),
                        List.of("right-index"),
                        List.of("permit_type", "permit_application", "permit", "visitor_pass", "valid_right", "enforcement_check", "citation", "citation_appeal"),
                        List.of("permit:NO_OVERLAP", "permit_application:ONE_OF", "visitor_pass:ORDERED", "enforcement_check:APPEND_ONLY",
                                "citation:POSITIVE", "citation_appeal:NOT_PARENTS"),
                        List.of("applyForPermit", "decidePermitApplication", "renewPermit", "issueVisitorPass", "checkRight", "listRightDeltas",
                                "issueCitation", "appealCitation", "decideCitationAppeal"),
                        List.of("seq-issue-permit", "seq-check-right", "seq-issue-and-appeal-citation"),
                        List.of()),
                // Card receivables advanced as a Pix transfer, settled when the acquirer pays: one advance per receivable,
                // the payout keyed by the advance, the receipt matched once, fee and rebate in one settlement.
                new Expected("merchant-advances", Set.of("receivable-advances", "outgoing-payments", "payments-ledger", "case-workflow"),
                        List.of("advance-servicer", "bank-gateway"),
                        List.of("advance", "advance_disbursement", "debtor_receipt", "advance_settlement"),
                        List.of("advance:AT_MOST", "advance:ONE_OF", "advance_disbursement:ONE_OF", "debtor_receipt:POSITIVE",
                                "advance_settlement:APPEND_ONLY", "advance_settlement:AT_MOST"),
                        List.of("createAdvance", "listAdvances", "listDebtorReceipts", "matchDebtorReceipt"),
                        List.of("seq-disburse-advance", "seq-settle-advance"),
                        List.of()),
                // Pumps scored against what is normal for each pump, not fixed rules: a baseline per pump and channel,
                // one open anomaly per pump and channel, verdicts that retrain.
                new Expected("pump-station-health", Set.of("telemetry-alerting", "time-series-history", "baseline-anomaly"),
                        List.of("anomaly-scorer", "baseline-trainer"),
                        List.of("asset_baseline", "anomaly", "anomaly_label"),
                        List.of("asset_baseline:ONE_OF", "asset_baseline:ORDERED", "anomaly:POSITIVE", "anomaly:ONE_OF", "anomaly_label:APPEND_ONLY"),
                        List.of("listAnomalies", "labelAnomaly", "listAssetBaselines", "activateAssetBaseline"),
                        List.of("seq-score-readings", "seq-retrain-baseline"),
                        List.of()),
                // Pharmacies answer each order on a counter tablet within three minutes; the offer is pushed over the held
                // connection, the first answer wins and silence escalates.
                new Expected("pharmacy-orders", Set.of("order-acceptance", "realtime-delivery"),
                        List.of("acceptance-timer", "realtime-gateway"),
                        List.of("order_acceptance", "merchant_device"),
                        List.of("order_acceptance:ONE_OF", "order_acceptance:ORDERED", "order_acceptance:POSITIVE"),
                        List.of("listOrderOffers", "acceptOrderOffer", "rejectOrderOffer", "markOrderReady"),
                        List.of("seq-accept-order", "seq-escalate-unanswered-order"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theMechanismThatWasAnOpenQuestionIsDesigned(Expected e) {
        Consultation c = consult(e.request());

        List<String> recognised = ArchetypeDossiersTest.recognisedArchetypes(c);
        assertThat(recognised).as("archetypes").containsExactlyInAnyOrderElementsOf(e.archetypes());
        assertThat(c.c4().containers()).extracting(Container::id).as("containers").containsAll(e.containers());
        assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());

        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void everyCapabilityOfAPermitAndEnforcementRequestIsDesignedNoneIsAPlaceholder() {
        Consultation c = consult("river-fishing-permits");

        assertThat(c.requirements().functional()).filteredOn(f -> !f.id().startsWith("fr-archetype-"))
                .extracting(FunctionalRequirement::description).noneMatch(d -> d.startsWith("Not designed yet"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-licence-checks")).singleElement()
                .extracting(FunctionalRequirement::description).asString().contains("enforcement checks against valid rights");
        // The check is served by the index of valid rights, not by the unit that writes permits.
        assertThat(c.apis()).filteredOn(a -> a.operations().stream().anyMatch(o -> o.operationId().equals("checkRight")))
                .singleElement().satisfies(a -> assertThat(a.operations()).extracting(ApiOperation::operationId).doesNotContain("applyForPermit"));
    }

    @Test
    void payoutsOnAnInstantRailHaveNoCutOffAndNoCutOffRiskOrAlert() {
        // Payees in Brazil are paid by Pix, which settles within seconds at any hour.
        Consultation pix = consult("merchant-advances");

        String release = pix.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("releasePaymentBatch"))
                .findFirst().orElseThrow().summary();
        assertThat(release).contains("at once").contains("Pix has no cut-off").doesNotContain("next execution date");
        assertThat(pix.sequences()).flatExtracting(SequenceDiagram::steps).extracting(SequenceStep::message).noneMatch(s -> s.contains("before the cut-off"));
        assertThat(pix.risks()).extracting(Risk::title).doesNotContain("Cut-off missed");
        assertThat(pix.operations().alerts()).extracting(Alert::name).doesNotContain("payout-cutoff-risk");

        // Payees in Germany are paid by SEPA credit transfer, which has a daily cut-off.
        Consultation sepa = consult("translator-payouts");
        String batchRelease = sepa.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("releasePaymentBatch"))
                .findFirst().orElseThrow().summary();
        assertThat(batchRelease).contains("after the cut-off it goes with the next execution date");
        assertThat(sepa.risks()).extracting(Risk::title).contains("Cut-off missed");
        assertThat(sepa.operations().alerts()).extracting(Alert::name).contains("payout-cutoff-risk");
    }

    @Test
    void theseMechanismsAreRecognisedFromTheirOwnWordsAndNotFromOtherSensesOfThem() {
        // An anomaly in card payments is fraud, not a device behaving unlike its baseline.
        assertThat(ids("""
                system: Cards
                description: Anomaly detection on card payments flags fraud before capture.
                capabilities: [card payments, anomaly detection]
                """)).doesNotContain("baseline-anomaly");
        // Citations of papers are references, not penalty notices.
        assertThat(ids("""
                system: Scholar
                description: Researchers collect citations of journal papers and export a bibliography.
                capabilities: [citations, bibliography export]
                """)).doesNotContain("right-enforcement");
        // A shop that accepts orders by itself has no merchant to offer them to.
        assertThat(ids("""
                system: Cakes
                description: Our bakery website accepts orders for birthday cakes.
                capabilities: [cake orders]
                """)).doesNotContain("order-acceptance");
        // Factoring in a cost is not invoice factoring.
        assertThat(ids("""
                system: Planner
                description: Budget planning for households, factoring in rent and savings goals.
                capabilities: [budgets]
                """)).doesNotContain("receivable-advances");
        // "Sensor anomalies" found by fixed rules are the rule engine's anomaly kind, not a second detector.
        assertThat(ids("""
                system: Pipes
                description: Flow meters report readings every minute; threshold rules flag sensor anomalies.
                capabilities: [meter readings]
                """)).contains("stream-detection").doesNotContain("baseline-anomaly");
    }

    private static List<String> ids(String yaml) {
        var request = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(request, request.capabilities()).stream().map(r -> r.archetype().id()).toList();
    }
}
