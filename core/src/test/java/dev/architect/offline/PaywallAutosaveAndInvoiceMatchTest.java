package dev.architect.offline;

import static dev.architect.dossier.DecisionTopic.PAYWALL_METERING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mechanisms of a metered paywall, answer autosave and three-way invoice matching, each designed in data, API and
 * sequence from requests written for them; and four words with another sense (a medicine withdrawal, game consoles, a
 * payment release, proof of delivery) that no longer pull in the wrong mechanism.
 */
class PaywallAutosaveAndInvoiceMatchTest {

    private static ConsultationRequest request(String name) {
        return RequestReader.read(Path.of("src", "test", "resources", "archetype-requests", name + ".yaml"));
    }

    private static Consultation consult(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c).violations()).as(DossierValidator.validate(c).describe()).isEmpty();
        return c;
    }

    private static Consultation consult(String name) {
        return consult(request(name));
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ApiOperation operation(Consultation c, String id) {
        return c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id));
    }

    private static List<String> uniqueIndexes(Entity e) {
        return e.indexes().stream().filter(EntityIndex::unique).map(i -> String.join(",", i.fields())).toList();
    }

    private static List<String> foreignKeys(Entity e) {
        return e.relations().stream().map(r -> r.field() + "->" + r.targetEntity()).toList();
    }

    private static List<String> steps(Consultation c, String sequence) {
        return c.sequences().stream().filter(s -> s.id().equals(sequence)).findFirst().orElseThrow().steps().stream()
                .map(SequenceStep::message).toList();
    }

    @Test
    void anEdgeMeterIsPricedPerArticleRequestItServesNotPerUpload() {
        Consultation busy = consult("shipping-gazette");
        dev.architect.dossier.CostLineItem meter = busy.cost().items().stream().filter(i -> i.id().equals("paywall-meter-invocations")).findFirst()
                .orElseThrow();
        dev.architect.dossier.CostLineItem cdnRequests = busy.cost().items().stream().filter(i -> i.id().equals("cdn-requests")).findFirst()
                .orElseThrow();

        // The meter runs at the edge before the article cache on every request the CDN serves, so it is invoked once per
        // CDN request, not per uploaded file (it was priced from 1,481 assumed uploads a month: 0.00 million, $0.00).
        // 3,000 requests/s at 800 reads per write: 3,000 - 3,000 / 801 = 2,996.25 reads/s, all public: 2,996.25 / 3 x
        // 2,628,000 s / 1,000,000 = 2,624.72 million invocations a month, as many as the CDN's requests
        assertThat(meter.assumption()).contains("every request the CDN serves runs it");
        assertThat(meter.quantity()).isEqualTo(2_624.72);
        assertThat(meter.quantity()).isEqualTo(cdnRequests.quantity());
        // At CloudFront Functions' price, not Lambda's: ($0.10 an invocation + $0.03 a KeyValueStore read) a million x
        // 2,624.72 million = $341.21 a month (at Lambda's $1.03 it was $2,703.46, eight times what the edge bills)
        assertThat(meter.unitPrice()).isEqualTo(0.13);
        assertThat(meter.monthly()).isEqualTo(341.21);
    }

    @Test
    void aBusyMagazineMetersAtTheCdnEdgeAndASmallResearchHouseAtTheOrigin() {
        // 3,000 requests/s is 6 times the 500/s from which the edge meter pays off; 60 requests/s is below it.
        Consultation busy = consult("shipping-gazette");
        Decision edge = busy.decision(PAYWALL_METERING).orElseThrow();
        assertThat(edge.chosenOption()).isEqualTo("CloudFront Functions with CloudFront KeyValueStore");
        assertThat(edge.options()).hasSize(2);
        assertThat(busy.c4().containers()).filteredOn(x -> x.id().equals("paywall-meter")).extracting(Container::technology)
                .containsExactly("CloudFront Functions with CloudFront KeyValueStore");

        Consultation small = consult("equity-research");
        assertThat(small.decision(PAYWALL_METERING).orElseThrow().chosenOption()).contains("Azure Cache for Redis");
        // At the origin the application meters: no edge function is drawn and the origin's flow replaces the edge's.
        assertThat(small.c4().containers()).extracting(Container::id).contains("meter-store").doesNotContain("paywall-meter");
        assertThat(small.sequences()).extracting(SequenceDiagram::id).contains("seq-article-through-the-origin-meter")
                .doesNotContain("seq-article-through-the-edge-meter");
        assertThat(steps(small, "seq-article-through-the-origin-meter")).anyMatch(s -> s.contains("entitlement class only"));

        // The same magazine on the other clouds names their edge products.
        ConsultationRequest gazette = request("shipping-gazette");
        assertThat(consult(gazette.toBuilder().deployment(new Deployment(Cloud.AZURE, List.of())).build()).decision(PAYWALL_METERING)
                .orElseThrow().chosenOption()).contains("Azure Front Door");
        assertThat(consult(gazette.toBuilder().deployment(new Deployment(Cloud.GCP, List.of())).build()).decision(PAYWALL_METERING)
                .orElseThrow().chosenOption()).contains("Cloud Run");
    }

    @Test
    void theMeterCountsAnArticleOnceAMonthAndTheCacheIsKeyedByVariantNotByReader() {
        Consultation c = consult("shipping-gazette");

        assertThat(uniqueIndexes(entity(c, "article_meter"))).contains("reader_key,meter_month");
        assertThat(uniqueIndexes(entity(c, "metered_read"))).contains("meter_id,article_id");
        assertThat(foreignKeys(entity(c, "metered_read"))).contains("meter_id->article_meter");
        assertThat(uniqueIndexes(entity(c, "reader_entitlement"))).contains("source,subscription_ref");
        // The edge function makes no network call: the anonymous count travels in a signed cookie; an account's count
        // is kept by the origin with a TTL to month end.
        assertThat(steps(c, "seq-article-through-the-edge-meter"))
                .anyMatch(s -> s.contains("crawler") && s.contains("share link"))
                .anyMatch(s -> s.contains("re-signs the cookie"))
                .anyMatch(s -> s.contains("article + variant (never the reader)"))
                .anyMatch(s -> s.contains("TTL to month end"));
        assertThat(c.sequences()).extracting(SequenceDiagram::id).doesNotContain("seq-article-through-the-origin-meter");
        assertThat(operation(c, "recordMeteredRead").responses()).extracting(ApiResponse::status).contains(200, 402, 429);
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-article-through-the-edge-meter")).singleElement()
                .satisfies(s -> assertThat(s.description()).contains("with the meter at the CDN edge;"));
    }

    @Test
    void anAutosaveIsAConditionalUpdateAndTheSubmissionIsIdempotentAndLocks() {
        Consultation c = consult("theory-test");

        ApiOperation save = operation(c, "saveDraftAnswer");
        assertThat(save.method()).isEqualTo(dev.architect.dossier.HttpMethod.PUT);
        assertThat(save.parameters()).filteredOn(p -> p.name().equals("If-Match")).singleElement()
                .satisfies(p -> {
                    assertThat(p.in()).isEqualTo(ParameterLocation.HEADER);
                    assertThat(p.required()).isTrue();
                });
        assertThat(save.responses()).extracting(ApiResponse::status).contains(200, 409, 412);
        ApiOperation submit = operation(c, "submitAttempt");
        assertThat(submit.parameters()).filteredOn(p -> p.name().equals("Idempotency-Key")).extracting(ApiParameter::required).containsExactly(true);
        assertThat(submit.responses()).extracting(ApiResponse::status).contains(409);
        assertThat(operation(c, "listAnswerSaves").parameters()).extracting(ApiParameter::name).contains("cursor", "limit");

        assertThat(uniqueIndexes(entity(c, "draft_answer"))).contains("attempt_id,item_key");
        assertThat(uniqueIndexes(entity(c, "response_attempt"))).contains("respondent_id,assessment_id", "submission_key");
        assertThat(foreignKeys(entity(c, "answer_save_event"))).contains("attempt_id->response_attempt");
        // The server's clock, the version and the attempt's state are checked in the same write.
        assertThat(steps(c, "seq-autosave-and-submit"))
                .anyMatch(s -> s.contains("server clock") && s.contains("stored version is 7"))
                .anyMatch(s -> s.contains("another device"));
    }

    @Test
    void anInvoiceIsMatchedPerLineAndReleasedForPaymentOnceWithNoCardPaymentsOrCaseSystem() {
        Consultation c = consult("brewery-payables");

        assertThat(uniqueIndexes(entity(c, "supplier_invoice"))).contains("supplier_id,invoice_number");
        assertThat(uniqueIndexes(entity(c, "invoice_payment_release"))).contains("invoice_id");
        assertThat(uniqueIndexes(entity(c, "procurement_order_line"))).contains("order_id,line_number");
        assertThat(foreignKeys(entity(c, "goods_receipt_line"))).contains("receipt_id->goods_receipt", "order_line_id->procurement_order_line");
        assertThat(foreignKeys(entity(c, "supplier_invoice_line"))).contains("invoice_id->supplier_invoice", "order_line_id->procurement_order_line");
        assertThat(foreignKeys(entity(c, "match_exception"))).contains("invoice_line_id->supplier_invoice_line");
        // Matched never exceeds received: the quantity paid for is bounded by what arrived, in the database.
        assertThat(entity(c, "procurement_order_line").constraints()).anyMatch(k -> k.kind() == dev.architect.dossier.ConstraintKind.AT_MOST
                && k.fields().equals(List.of("matched_quantity", "received_quantity")));
        assertThat(operation(c, "releaseInvoiceForPayment").responses()).extracting(ApiResponse::status).contains(201, 409);
        assertThat(operation(c, "listMatchExceptions").parameters()).extracting(ApiParameter::name).contains("cursor");

        List<String> operations = c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId).toList();
        assertThat(operations).doesNotContain("createPayment", "capturePayment", "refundPayment", "submitCase");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("payment", "case_file");
        assertThat(c.requirements().constraints()).filteredOn(k -> k.startsWith("Money ")).singleElement()
                .satisfies(k -> assertThat(k).startsWith("Money goes out").contains("'accounts payable'"));
    }

    record Misread(String request, String capability, String mustNotStartWith, String mustStartWith, List<String> absentEntities,
                   List<String> absentOperations) {
        @Override
        public String toString() {
            return request + " " + capability;
        }
    }

    static Stream<Misread> misreadings() {
        return Stream.of(
                // A controlled drug withdrawn from a ward cabinet pays no one.
                new Misread("medicine-cabinets", "fr-medicine-withdrawals", "Designed as outgoing payments", "Not designed yet",
                        List.of("payment_batch", "payout_instruction", "beneficiary", "ledger_entry"), List.of("createPaymentBatch")),
                // Game consoles rented by the hour are machines, not an authoring console.
                new Misread("gaming-lounge", "fr-game-consoles", "Designed as an authoring console", "Not designed yet",
                        List.of("game_console_version"), List.of()),
                // Nor are its sessions: staff start and stop them, a record with that lifecycle (the consoles are booked,
                // which is a booking of the bookings capability, not a state of a console: they stay open).
                new Misread("gaming-lounge", "fr-console-sessions", "Designed as an authoring console", "Designed as a record with a lifecycle",
                        List.of("console_session_version"), List.of()),
                // A held amount released to a subcontractor goes out: a payout, not a card payment taken in.
                new Misread("milestone-escrow", "fr-payment-release", "Designed as payments and ledger", "Designed as outgoing payments",
                        List.of("payment", "refund"), List.of("createPayment", "capturePayment", "refundPayment")),
                // The driver's signature and photo at the door are evidence of a delivery, not a shipment.
                new Misread("courier-proof", "fr-proof-of-delivery", "Create, list, read and update shipments", "Not designed yet",
                        List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misreadings")
    void aWordWithAnotherSenseDoesNotPullInTheWrongMechanism(Misread m) {
        Consultation c = consult(m.request());

        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(m.capability())).singleElement()
                .extracting(FunctionalRequirement::description).asString()
                .doesNotStartWith(m.mustNotStartWith()).startsWith(m.mustStartWith());
        List<String> tables = c.dataModel().entities().stream().map(Entity::name).toList();
        m.absentEntities().forEach(t -> assertThat(tables).as("tables").doesNotContain(t));
        List<String> operations = c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId).toList();
        m.absentOperations().forEach(o -> assertThat(operations).as("operations").doesNotContain(o));
    }

    @Test
    void aMedicineWithdrawalSaysNothingAboutWhichWayMoneyMovesButAWalletWithdrawalDoes() {
        assertThat(consult("medicine-cabinets").requirements().constraints()).noneMatch(k -> k.startsWith("Money "));
        // Sellers who withdraw their balance: the same word beside money is a payout.
        assertThat(consult("marketplace-wallet").requirements().constraints()).anyMatch(k -> k.startsWith("Money ") && k.contains("'withdraw"));
    }

    @Test
    void aConsoleWhereEditorsDraftAndPublishIsStillAnAuthoringConsole() {
        ConsultationRequest gazette = request("shipping-gazette");
        // the console's context is read where the request speaks of it (here its own name), not from another capability's name
        Consultation c = consult(gazette.toBuilder().capabilities("articles", "metered paywall", "newsroom console for editors").build());
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-newsroom-console-for-editors")).singleElement()
                .extracting(FunctionalRequirement::description).asString().startsWith("Designed as an authoring console");
        assertThat(c.sequences()).extracting(SequenceDiagram::id).contains("seq-article-through-the-edge-meter");
    }
}
