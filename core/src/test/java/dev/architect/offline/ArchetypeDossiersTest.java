package dev.architect.offline;

import static dev.architect.dossier.DecisionTopic.BOOKING_CONSISTENCY;
import static dev.architect.dossier.DecisionTopic.CASE_WORKFLOW;
import static dev.architect.dossier.DecisionTopic.CONTENT_DELIVERY;
import static dev.architect.dossier.DecisionTopic.CONTENT_MODERATION;
import static dev.architect.dossier.DecisionTopic.DATA_TIERING;
import static dev.architect.dossier.DecisionTopic.DETECTION_RULES;
import static dev.architect.dossier.DecisionTopic.DEVICE_COMMANDS;
import static dev.architect.dossier.DecisionTopic.DOCUMENT_ROOMS;
import static dev.architect.dossier.DecisionTopic.EDIT_MERGE;
import static dev.architect.dossier.DecisionTopic.FAN_OUT;
import static dev.architect.dossier.DecisionTopic.FHIR_INTEGRATION;
import static dev.architect.dossier.DecisionTopic.GEO_INDEX;
import static dev.architect.dossier.DecisionTopic.INGESTION;
import static dev.architect.dossier.DecisionTopic.LEDGER;
import static dev.architect.dossier.DecisionTopic.PAYMENT_MATCHING;
import static dev.architect.dossier.DecisionTopic.PAYOUT_CHANNEL;
import static dev.architect.dossier.DecisionTopic.PAYWALL_METERING;
import static dev.architect.dossier.DecisionTopic.PRESENCE;
import static dev.architect.dossier.DecisionTopic.REALTIME_TRANSPORT;
import static dev.architect.dossier.DecisionTopic.SEARCH_ENGINE;
import static dev.architect.dossier.DecisionTopic.SECURITY;
import static dev.architect.dossier.DecisionTopic.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.ValueType;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests written for the archetypes (not the samples), each with what its dossier must contain: the
 * archetypes recognised (exactly), the containers, tables, invariant constraints ("table:KIND"), operations, flows
 * and decisions that carry the system's defining mechanism.
 */
class ArchetypeDossiersTest {

    record Expected(String request, Set<String> archetypes, List<String> containers, List<String> entities,
                    List<String> constraints, List<String> operations, List<String> flows, List<DecisionTopic> decisions) {

        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                new Expected("team-chat", Set.of("realtime-delivery", "realtime-messaging", "presence", "notifications", "search"),
                        List.of("realtime-gateway", "fanout-bus", "presence-store", "notification-dispatcher"),
                        List.of("conversation", "conversation_member", "message", "notification_delivery"),
                        List.of("message:POSITIVE", "notification_delivery:NOT_NEGATIVE"),
                        List.of("sendMessage", "listMessages", "markRead", "openRealtimeConnection", "queryPresence", "requestNotification"),
                        List.of("seq-deliver-message", "seq-presence-heartbeat", "seq-send-notification"),
                        List.of(REALTIME_TRANSPORT, FAN_OUT, PRESENCE)),
                new Expected("cold-chain", Set.of("telemetry-alerting", "time-series-history"),
                        List.of("alert-evaluator", "cold-archive"),
                        List.of("device", "alert_rule", "alert", "reading_rollup", "reading"),
                        List.of("alert:ORDERED", "alert_rule:POSITIVE"),
                        List.of("createAlertRule", "listOpenAlerts", "acknowledgeAlert", "listRollups"),
                        List.of("seq-reading-to-alert", "seq-tier-and-downsample"),
                        List.of(INGESTION, DATA_TIERING)),
                // Card payments in and payouts to merchants out: both directions of money.
                new Expected("card-payments", Set.of("payments-ledger", "partner-api", "outgoing-payments"),
                        List.of(),
                        List.of("payment", "refund", "ledger_account", "journal_transaction", "ledger_entry", "outbox_event", "audit_event",
                                "api_client", "webhook_subscription", "webhook_delivery"),
                        List.of("ledger_entry:APPEND_ONLY", "ledger_entry:BALANCED", "journal_transaction:APPEND_ONLY", "payment:POSITIVE",
                                "api_client:POSITIVE"),
                        List.of("createPayment", "capturePayment", "refundPayment", "getAccountBalance", "listPayments",
                                "createWebhookSubscription", "rotateClientSecret"),
                        List.of("seq-take-payment", "seq-refund-payment", "seq-deliver-webhook"),
                        List.of(LEDGER)),
                new Expected("physio-booking", Set.of("booking-scheduling", "notifications"),
                        List.of("notification-dispatcher"),
                        List.of("bookable_resource", "availability_rule", "booking", "notification_preference"),
                        List.of("booking:NO_OVERLAP", "booking:ORDERED"),
                        List.of("listSlots", "holdBooking", "confirmBooking", "cancelBooking", "setPreference"),
                        List.of("seq-book-slot", "seq-send-notification"),
                        List.of(BOOKING_CONSISTENCY)),
                new Expected("news-site", Set.of("content-delivery", "files-media"),
                        List.of("edge-cdn", "asset-store", "file-store", "media-processor"),
                        List.of("content_item", "content_revision", "stored_file"),
                        List.of("content_revision:APPEND_ONLY", "stored_file:POSITIVE"),
                        List.of("getPublishedContent", "listPublishedContent", "createRevision", "publishRevision", "createUploadUrl",
                                "getDownloadLink"),
                        List.of("seq-serve-content-at-the-edge", "seq-upload-file"),
                        List.of(CONTENT_DELIVERY)),
                new Expected("telehealth", Set.of("booking-scheduling", "health-records-fhir", "video-sessions"),
                        List.of("fhir-adapter", "video-rooms"),
                        List.of("booking", "patient_link", "fhir_sync_record", "video_session", "session_participant", "audit_event"),
                        List.of("booking:NO_OVERLAP", "fhir_sync_record:APPEND_ONLY", "video_session:ORDERED"),
                        List.of("holdBooking", "getPatientSummary", "writeEncounterNote", "syncPatient", "issueJoinToken"),
                        List.of("seq-book-slot", "seq-read-patient-from-ehr", "seq-join-video-session"),
                        List.of(BOOKING_CONSISTENCY, FHIR_INTEGRATION, VIDEO)),
                new Expected("online-store", Set.of("commerce", "payments-ledger"),
                        List.of(),
                        List.of("product", "stock_level", "cart", "cart_line", "purchase_order", "order_line", "payment", "ledger_entry"),
                        List.of("stock_level:AT_MOST", "stock_level:NOT_NEGATIVE", "cart_line:POSITIVE", "ledger_entry:BALANCED"),
                        List.of("listProducts", "addCartLine", "placeOrder", "cancelOrder", "createPayment"),
                        List.of("seq-place-order", "seq-take-payment"),
                        List.of(CONTENT_DELIVERY, LEDGER)),
                new Expected("table-reservations", Set.of("booking-scheduling", "notifications"),
                        List.of("notification-dispatcher"),
                        List.of("bookable_resource", "booking"),
                        List.of("booking:NO_OVERLAP", "bookable_resource:POSITIVE"),
                        List.of("listSlots", "holdBooking", "confirmBooking"),
                        List.of("seq-book-slot"),
                        List.of(BOOKING_CONSISTENCY)),
                // Students pay by card; tutors get weekly payouts (money out).
                new Expected("tutoring", Set.of("payments-ledger", "booking-scheduling", "video-sessions", "outgoing-payments"),
                        List.of("video-rooms"),
                        List.of("payment", "ledger_entry", "booking", "video_session"),
                        List.of("ledger_entry:BALANCED", "booking:NO_OVERLAP"),
                        List.of("createPayment", "refundPayment", "holdBooking", "createVideoSession", "issueJoinToken"),
                        List.of("seq-take-payment", "seq-book-slot", "seq-join-video-session"),
                        List.of(LEDGER, BOOKING_CONSISTENCY, VIDEO)),
                new Expected("building-sensors", Set.of("telemetry-alerting", "time-series-history", "reporting-analytics"),
                        List.of("alert-evaluator", "cold-archive", "analytics-warehouse", "cdc-pipeline"),
                        List.of("device", "alert", "reading_rollup", "report_definition", "report_run"),
                        List.of("reading_rollup:POSITIVE", "alert:ORDERED", "report_run:ORDERED"),
                        List.of("createAlertRule", "acknowledgeAlert", "listRollups", "requestReportRun", "getReportRun"),
                        List.of("seq-reading-to-alert", "seq-tier-and-downsample", "seq-run-report"),
                        List.of(INGESTION, DATA_TIERING)),
                // Buyers pay in and sellers withdraw: both directions of money, each designed by its own archetype.
                new Expected("marketplace-wallet", Set.of("payments-ledger", "commerce", "outgoing-payments"),
                        List.of(),
                        List.of("ledger_account", "journal_transaction", "ledger_entry", "purchase_order", "stock_level"),
                        List.of("ledger_entry:BALANCED", "ledger_entry:APPEND_ONLY", "purchase_order:POSITIVE"),
                        List.of("createPayment", "getAccountBalance", "placeOrder"),
                        List.of("seq-take-payment", "seq-place-order"),
                        List.of(LEDGER)),
                // Realtime delivery said in plain words ("offers in real time", "position streams to the rider"), not "chat".
                // "nearby drivers" and live position give dispatch over a geo index and realtime delivery, with no chat tables.
                new Expected("ride-hailing", Set.of("realtime-delivery", "geo-dispatch"),
                        List.of("realtime-gateway", "fanout-bus", "location-index", "dispatcher"),
                        List.of("dispatch_request", "dispatch_offer", "assignment"),
                        List.of("assignment:NO_OVERLAP", "dispatch_offer:ORDERED"),
                        List.of("openRealtimeConnection", "reportLocation", "requestDispatch", "findNearbyDrivers", "respondToOffer"),
                        List.of("seq-push-update", "seq-location-update", "seq-dispatch-job"),
                        List.of(REALTIME_TRANSPORT, FAN_OUT, GEO_INDEX)),
                // Matching incoming bank transfers is reconciliation: statements imported once, allocations bounded, no card capture.
                // Its dunning chases the invoices still open, reminding through the notification dispatcher.
                new Expected("receivables", Set.of("bank-reconciliation", "collections-dunning", "notifications"),
                        List.of("statement-importer"),
                        List.of("bank_account", "bank_statement", "bank_transaction", "expected_payment", "payment_match"),
                        List.of("bank_transaction:AT_MOST", "bank_transaction:NOT_NEGATIVE", "expected_payment:AT_MOST", "payment_match:APPEND_ONLY"),
                        List.of("importStatement", "listUnmatchedTransfers", "matchTransfer", "reverseMatch"),
                        List.of("seq-reconcile-incoming-transfer"),
                        List.of(PAYMENT_MATCHING)),
                // Lines of a provider's settlement report imported once and matched; what is left is an exception; a day closes at zero.
                new Expected("settlement-reconciliation", Set.of("payments-ledger", "statement-reconciliation"),
                        List.of("statement-reconciler"),
                        List.of("external_statement", "statement_line", "reconciliation_match", "reconciliation_exception", "reconciliation_close"),
                        List.of("external_statement:ORDERED", "statement_line:ONE_OF", "reconciliation_match:APPEND_ONLY",
                                "reconciliation_exception:ORDERED", "reconciliation_close:APPEND_ONLY"),
                        List.of("importExternalStatement", "listReconciliationExceptions", "resolveReconciliationException", "closeReconciliationDay"),
                        List.of("seq-reconcile-statement", "seq-close-reconciliation-day"),
                        List.of(LEDGER)),
                // Overdue invoices chased step by step, once each; promises pause the schedule; a write-off needs a second person.
                new Expected("tuition-dunning", Set.of("collections-dunning", "notifications"),
                        List.of("dunning-scheduler", "notification-dispatcher"),
                        List.of("dunning_step", "collection_case", "collection_action", "payment_promise", "debt_write_off"),
                        List.of("collection_case:AT_MOST", "collection_case:ONE_OF", "collection_action:APPEND_ONLY", "payment_promise:POSITIVE",
                                "debt_write_off:DIFFERENT"),
                        List.of("listCollectionCases", "recordPaymentPromise", "recordCollectionAction", "approveWriteOff", "requestNotification"),
                        List.of("seq-run-dunning", "seq-promise-to-pay", "seq-send-notification"),
                        List.of()),
                // Feeds rendered on change with stable item identifiers, answered from the edge with ETags.
                new Expected("podcast-feeds", Set.of("feed-publishing"),
                        List.of("feed-renderer"),
                        List.of("published_feed", "feed_item", "feed_rendition"),
                        List.of("published_feed:ONE_OF", "feed_item:ORDERED", "feed_rendition:POSITIVE"),
                        List.of("getPublishedFeed", "publishFeedItem", "listFeedItems"),
                        List.of("seq-publish-feed-item", "seq-poll-feed"),
                        List.of(CONTENT_DELIVERY)),
                // Episodes served in byte ranges from object storage through the CDN, ads stitched into each download by a
                // stitcher with ad decisioning, downloads counted from the edge and stitcher logs; the feeds are rendered on change.
                new Expected("episode-ads", Set.of("media-delivery", "download-counting", "files-media", "feed-publishing", "reporting-analytics"),
                        List.of("ad-stitcher", "ad-decision", "download-counter", "file-store", "media-edge"),
                        List.of("published_media", "ad_campaign", "ad_break", "download_count", "counted_log_file", "stored_file"),
                        List.of("published_media:POSITIVE", "ad_campaign:ORDERED", "ad_break:ONE_OF", "download_count:AT_MOST",
                                "counted_log_file:ONE_OF"),
                        List.of("getStitchedMedia", "publishMedia", "createAdCampaign", "listDownloadCounts"),
                        List.of("seq-download-media", "seq-publish-media", "seq-count-downloads"),
                        List.of(CONTENT_DELIVERY)),
                // Files served as they are: no stitcher, no ad tables, no download counting when no counts are reported.
                new Expected("lecture-downloads", Set.of("media-delivery", "files-media", "feed-publishing"),
                        List.of("file-store", "media-edge"),
                        List.of("published_media", "stored_file"),
                        List.of("published_media:POSITIVE"),
                        List.of("getMedia", "publishMedia"),
                        List.of("seq-download-media", "seq-publish-media"),
                        List.of(CONTENT_DELIVERY)),
                // Couriers' live positions are dispatch's live index; groceries ordered are the shop's orders with stock reserved.
                // Offers reach the couriers' phones and positions the customers' maps by server push: dispatch brings the
                // realtime gateway with it.
                new Expected("courier-groceries", Set.of("realtime-delivery", "geo-dispatch", "commerce"),
                        List.of("dispatcher", "realtime-gateway"),
                        List.of("dispatch_request", "dispatch_offer", "assignment", "product", "stock_level", "purchase_order"),
                        List.of("assignment:NO_OVERLAP", "dispatch_offer:ORDERED"),
                        List.of("reportLocation", "requestDispatch", "respondToOffer", "placeOrder"),
                        List.of("seq-location-update", "seq-dispatch-job", "seq-place-order"),
                        List.of(GEO_INDEX)),
                // Search: the engine and the path that keeps its index in step are decided; the indexer and rebuild are designed.
                new Expected("parts-search", Set.of("search"),
                        List.of("search-index", "search-indexer"),
                        List.of("search_index_build", "search_synonym"),
                        List.of("search_index_build:ORDERED", "search_index_build:NOT_NEGATIVE"),
                        List.of("suggestSearchTerms", "startIndexBuild"),
                        List.of("seq-index-a-change", "seq-run-search"),
                        List.of(SEARCH_ENGINE)),
                // Identity as the product's concern: the provider, token model and MFA decided in place of the general identity ADR.
                new Expected("club-accounts", Set.of("identity"),
                        List.of(),
                        List.of("user_account", "role_assignment", "sign_in_event"),
                        List.of("sign_in_event:APPEND_ONLY"),
                        List.of("getCurrentUser", "grantRole", "listSignInEvents", "revokeSessions"),
                        List.of("seq-sign-in-and-provision"),
                        List.of(SECURITY)),
                // Couriers "within 3 km" with live location at modest scale: dispatch on PostGIS in the primary database (no
                // second container for it), card payments through Stripe; customers who "see the courier move" see the job's trail.
                new Expected("grocery-couriers", Set.of("realtime-delivery", "geo-dispatch", "payments-ledger", "position-trail"),
                        List.of("dispatcher", "realtime-gateway"),
                        List.of("dispatch_request", "dispatch_offer", "assignment", "payment", "ledger_entry"),
                        List.of("assignment:NO_OVERLAP", "ledger_entry:BALANCED"),
                        List.of("reportLocation", "requestDispatch", "respondToOffer", "createPayment"),
                        List.of("seq-location-update", "seq-dispatch-job", "seq-take-payment"),
                        List.of(GEO_INDEX, LEDGER)),
                // Money going out only: payment batches with four-eyes approval, pain.001 over EBICS, status reports reconciled,
                // returns handled, postings in the shared double-entry ledger; no card capture, no incoming statement matching.
                new Expected("translator-payouts", Set.of("outgoing-payments"),
                        List.of("bank-gateway", "payout-reconciler"),
                        List.of("beneficiary", "payment_batch", "payout_instruction", "batch_approval", "bank_submission", "status_report_entry",
                                "ledger_account", "journal_transaction", "ledger_entry"),
                        List.of("payout_instruction:POSITIVE", "payment_batch:POSITIVE", "payment_batch:ORDERED", "batch_approval:APPEND_ONLY",
                                "status_report_entry:APPEND_ONLY", "ledger_entry:BALANCED", "ledger_entry:APPEND_ONLY"),
                        List.of("createBeneficiary", "createPayoutInstruction", "createPaymentBatch", "approvePaymentBatch", "releasePaymentBatch",
                                "cancelPaymentBatch", "listBatchInstructions"),
                        List.of("seq-release-payment-batch", "seq-reconcile-payout-status", "seq-handle-returned-payout"),
                        List.of(PAYOUT_CHANNEL)),
                // Both directions through one provider: card payments in, artists' payouts out, one ledger for both.
                // Artists upload the tracks listeners download (the Artist actor says so): their files are designed too.
                new Expected("music-royalties", Set.of("payments-ledger", "outgoing-payments", "files-media"),
                        List.of("bank-gateway", "payout-reconciler"),
                        // The provider chosen for the payouts pays each one and reports by webhook: no batch, bank file or bank status report.
                        List.of("payment", "refund", "payout_instruction", "provider_event", "ledger_entry"),
                        List.of("ledger_entry:BALANCED", "payout_instruction:POSITIVE", "payment:POSITIVE", "provider_event:APPEND_ONLY"),
                        List.of("createPayment", "refundPayment", "createPayoutInstruction"),
                        List.of("seq-take-payment", "seq-send-payout", "seq-apply-provider-webhook", "seq-reconcile-provider-report"),
                        List.of(LEDGER, PAYOUT_CHANNEL)),
                // Case work: a status constrained to its states, append-only history, queues, an SLA escalation job and
                // command endpoints; documents through object storage where they are mentioned.
                new Expected("university-admissions", Set.of("case-workflow", "case-documents", "files-media"),
                        List.of("sla-scheduler", "file-store", "media-processor"),
                        List.of("work_queue", "case_file", "case_transition", "case_assignment", "case_event", "document_requirement",
                                "case_document", "stored_file"),
                        List.of("case_file:ONE_OF", "case_file:POSITIVE", "case_transition:APPEND_ONLY", "case_transition:ONE_OF",
                                "case_assignment:ORDERED", "case_document:APPEND_ONLY", "work_queue:POSITIVE"),
                        List.of("createCase", "listCases", "submitCase", "assignCase", "approveCase", "rejectCase", "escalateCase",
                                "listCaseTransitions", "attachCaseDocument", "createUploadUrl"),
                        List.of("seq-submit-case", "seq-decide-case", "seq-escalate-on-sla-breach", "seq-attach-case-document"),
                        List.of(CASE_WORKFLOW)),
                // Four eyes asked: two distinct approvers, neither the preparer, enforced by the database.
                new Expected("procurement-approvals", Set.of("case-workflow", "four-eyes-approval"),
                        List.of("sla-scheduler"),
                        List.of("case_file", "case_transition", "case_approval"),
                        List.of("case_approval:QUORUM", "case_approval:DIFFERENT", "case_approval:NOT_PARENTS", "case_approval:APPEND_ONLY", "case_file:ONE_OF"),
                        List.of("submitCase", "approveCase", "signApproval", "escalateCase"),
                        List.of("seq-submit-case", "seq-approve-with-two-signatures", "seq-escalate-on-sla-breach"),
                        List.of(CASE_WORKFLOW)),
                // "two external reviewers score each one": one score per assessor, never by the applicant, in the database.
                new Expected("grant-applications", Set.of("case-workflow", "notifications", "independent-assessment"),
                        List.of("sla-scheduler", "notification-dispatcher"),
                        List.of("work_queue", "case_file", "case_transition", "case_assignment", "case_event", "notification_delivery", "case_assessment"),
                        List.of("case_file:ONE_OF", "case_transition:APPEND_ONLY", "notification_delivery:NOT_NEGATIVE", "case_assessment:NOT_PARENTS"),
                        List.of("createCase", "submitCase", "assignCase", "approveCase", "rejectCase", "escalateCase", "listCaseTransitions",
                                "requestNotification", "submitAssessment", "listAssessments"),
                        List.of("seq-submit-case", "seq-decide-case", "seq-escalate-on-sla-breach", "seq-send-notification", "seq-assess-independently"),
                        List.of(CASE_WORKFLOW)),
                // A large team orchestrating five systems: the workflow engine is chosen and drawn.
                new Expected("customs-declarations", Set.of("case-workflow", "partner-api", "reporting-analytics"),
                        List.of("sla-scheduler", "workflow-engine"),
                        List.of("case_file", "case_transition"),
                        List.of("case_file:ONE_OF", "case_transition:APPEND_ONLY"),
                        List.of("submitCase", "escalateCase"),
                        List.of("seq-submit-case", "seq-escalate-on-sla-breach", "seq-orchestrate-case-in-engine"),
                        List.of(CASE_WORKFLOW)),
                // Applications, claims, SLA and escalation in their software, token, uptime and security senses: no case system.
                new Expected("developer-portal", Set.of("partner-api"),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                // Leave requests approved by managers within two days are case work; the team roster is still an open question.
                new Expected("leave-tracker", Set.of("case-workflow"),
                        List.of("sla-scheduler"), List.of("case_file", "case_transition", "team_roster"), List.of("case_file:ONE_OF"),
                        List.of("submitCase", "approveCase"), List.of("seq-submit-case"), List.of(CASE_WORKFLOW)),
                // Remote unlock of parcel lockers: commands through a device gateway with acknowledgements, expiry and grants.
                new Expected("parcel-lockers", Set.of("device-commands"),
                        List.of("device-gateway", "command-dispatcher"),
                        List.of("device_shadow", "device_permission", "device_command", "device_command_event"),
                        List.of("device_command:ORDERED", "device_command:NOT_NEGATIVE", "device_command_event:APPEND_ONLY", "device_shadow:NOT_NEGATIVE"),
                        List.of("sendDeviceCommand", "getDeviceCommand", "listDeviceCommands", "getDeviceState", "grantDevicePermission"),
                        List.of("seq-send-device-command", "seq-expire-offline-command"),
                        List.of(DEVICE_COMMANDS)),
                // Sensors, a valve closed from the web app, and leak/flatline detection with escalation: commands and
                // rule-based detection on top of telemetry ingestion.
                new Expected("orchard-irrigation", Set.of("telemetry-alerting", "time-series-history", "device-commands", "stream-detection"),
                        List.of("device-gateway", "command-dispatcher", "detection-engine", "incident-escalator"),
                        List.of("device", "device_command", "detection_rule", "incident", "incident_acknowledgement", "escalation_policy"),
                        List.of("incident:POSITIVE", "incident:ORDERED", "incident_acknowledgement:APPEND_ONLY", "detection_rule:POSITIVE",
                                "escalation_policy:POSITIVE", "device_command:ORDERED"),
                        List.of("sendDeviceCommand", "createDetectionRuleVersion", "activateDetectionRule", "listIncidents", "acknowledgeIncident",
                                "resolveIncident"),
                        List.of("seq-send-device-command", "seq-detect-and-escalate"),
                        List.of(DEVICE_COMMANDS, DETECTION_RULES, INGESTION)),
                // Threshold, rate-of-change and flatline rules with escalation on a pipe network, said without "leak detection".
                new Expected("heating-network", Set.of("telemetry-alerting", "time-series-history", "stream-detection"),
                        List.of("detection-engine", "incident-escalator"),
                        List.of("detection_rule", "incident", "incident_acknowledgement", "escalation_policy"),
                        List.of("incident:NOT_NEGATIVE", "detection_rule:ORDERED"),
                        List.of("createDetectionRuleVersion", "listDetectionRules", "listIncidents", "acknowledgeIncident"),
                        List.of("seq-detect-and-escalate"),
                        List.of(DETECTION_RULES, INGESTION)),
                // A forum under the DSA: pre-send rules, asynchronous classification, reports, decisions, sanctions and appeals.
                // Photo posts are media: their bytes go to object storage. An appeal goes to another moderator, in the database.
                new Expected("hobby-forum", Set.of("content-moderation", "files-media"),
                        List.of("moderation-classifier", "moderator-console", "file-store"),
                        List.of("content_report", "moderation_decision", "user_sanction", "moderation_appeal", "stored_file"),
                        List.of("moderation_decision:APPEND_ONLY", "user_sanction:ORDERED", "content_report:NOT_NEGATIVE", "moderation_appeal:ORDERED",
                                "moderation_appeal:NOT_PARENTS"),
                        List.of("reportContent", "listReviewQueue", "decideReport", "appealDecision", "resolveAppeal"),
                        List.of("seq-filter-before-delivery", "seq-report-review-appeal"),
                        List.of(CONTENT_MODERATION)),
                // "unlock badges", "in moderation" and a message to members are not devices, detection or moderation.
                new Expected("fitness-rewards", Set.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                // A trade magazine's meter at the CDN edge: entitlements, a monthly count that stops at the limit, an article
                // counted once, the cache keyed by article and variant.
                new Expected("shipping-gazette", Set.of("content-delivery", "metered-paywall"),
                        List.of("paywall-meter", "meter-store", "edge-cdn"),
                        List.of("reader_entitlement", "article_meter", "metered_read", "content_item"),
                        List.of("article_meter:AT_MOST", "article_meter:ONE_OF", "metered_read:APPEND_ONLY", "reader_entitlement:ORDERED"),
                        List.of("checkEntitlement", "recordMeteredRead", "grantEntitlement", "listReaderEntitlements"),
                        List.of("seq-article-through-the-edge-meter", "seq-subscription-to-entitlement", "seq-serve-content-at-the-edge"),
                        List.of(PAYWALL_METERING, CONTENT_DELIVERY)),
                // A small broker's research behind a paywall, subscriptions mirrored from its billing system.
                new Expected("equity-research", Set.of("content-delivery", "metered-paywall", "vendor-subscriptions"),
                        List.of("meter-store"),
                        List.of("reader_entitlement", "article_meter", "metered_read", "customer_subscription"),
                        List.of("article_meter:AT_MOST", "reader_entitlement:ONE_OF"),
                        List.of("checkEntitlement", "recordMeteredRead", "getSubscription"),
                        List.of("seq-article-through-the-origin-meter", "seq-subscribe-at-vendor"),
                        List.of(PAYWALL_METERING)),
                // A timed theory test: versioned saves, resume on another device, submission that locks, an audit of saves.
                new Expected("theory-test", Set.of("answer-autosave"),
                        List.of(),
                        List.of("response_attempt", "draft_answer", "answer_save_event"),
                        List.of("response_attempt:ONE_OF", "response_attempt:ORDERED", "draft_answer:POSITIVE", "answer_save_event:APPEND_ONLY"),
                        List.of("saveDraftAnswer", "resumeAttempt", "submitAttempt", "listAnswerSaves"),
                        List.of("seq-autosave-and-submit"),
                        List.of()),
                // A long application form that "saves progress" is the same mechanism, said without "autosave".
                new Expected("scholarship-form", Set.of("answer-autosave"),
                        List.of(),
                        List.of("response_attempt", "draft_answer", "answer_save_event"),
                        List.of("answer_save_event:ONE_OF"),
                        List.of("saveDraftAnswer", "submitAttempt"),
                        List.of("seq-autosave-and-submit"),
                        List.of()),
                // Three-way matching in accounts payable: partial receipts and invoices, tolerances, exceptions, release once.
                new Expected("brewery-payables", Set.of("three-way-match"),
                        List.of(),
                        List.of("procurement_order", "procurement_order_line", "goods_receipt", "goods_receipt_line", "supplier_invoice",
                                "supplier_invoice_line", "match_tolerance", "invoice_line_match", "match_exception", "invoice_payment_release"),
                        List.of("procurement_order_line:AT_MOST", "invoice_line_match:APPEND_ONLY", "match_exception:ONE_OF",
                                "invoice_payment_release:POSITIVE", "supplier_invoice:ORDERED", "match_tolerance:NOT_NEGATIVE"),
                        List.of("recordGoodsReceipt", "matchInvoice", "listMatchExceptions", "resolveMatchException", "releaseInvoiceForPayment"),
                        List.of("seq-match-invoice"),
                        List.of()),
                // 2-way and 3-way matching, then weekly supplier payments: the match releases, the payouts pay.
                new Expected("site-materials", Set.of("three-way-match", "outgoing-payments"),
                        List.of("bank-gateway"),
                        List.of("supplier_invoice", "invoice_payment_release", "payment_batch", "payout_instruction"),
                        List.of("procurement_order_line:AT_MOST", "payout_instruction:POSITIVE"),
                        List.of("matchInvoice", "releaseInvoiceForPayment", "createPaymentBatch"),
                        List.of("seq-match-invoice", "seq-release-payment-batch"),
                        List.of(PAYOUT_CHANNEL)),
                // Designers co-edit one file at once and offline: operations in a log per document, snapshots, catch-up.
                new Expected("wireframe-studio", Set.of("collaborative-editing", "realtime-delivery"),
                        List.of("document-sync", "snapshot-store", "snapshot-compactor", "realtime-gateway"),
                        List.of("document", "document_member", "document_operation", "document_snapshot"),
                        List.of("document:AT_MOST", "document_member:ONE_OF", "document_operation:POSITIVE", "document_operation:APPEND_ONLY",
                                "document_snapshot:APPEND_ONLY"),
                        List.of("createSharedDocument", "openEditSession", "listDocumentOperations", "postDocumentOperations", "listDocumentSnapshots"),
                        List.of("seq-edit-shared-document", "seq-reconnect-and-merge-edits", "seq-compact-document-snapshots"),
                        List.of(EDIT_MERGE, DOCUMENT_ROOMS, REALTIME_TRANSPORT)),
                new Expected("lecture-notes", Set.of("collaborative-editing", "realtime-delivery"),
                        List.of("document-sync", "snapshot-store"),
                        List.of("document", "document_operation", "document_snapshot"),
                        List.of("document_operation:APPEND_ONLY"),
                        List.of("openEditSession", "postDocumentOperations"),
                        List.of("seq-edit-shared-document"),
                        List.of(EDIT_MERGE, DOCUMENT_ROOMS)));
    }

    static Consultation consult(String name) {
        return OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "archetype-requests", name + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theDossierDesignsTheMechanismOfEachArchetypeItRecognises(Expected e) {
        Consultation c = consult(e.request());

        List<String> recognised = recognisedArchetypes(c);
        assertThat(recognised).as("archetypes").containsExactlyInAnyOrderElementsOf(e.archetypes());
        assertThat(c.c4().containers()).extracting(Container::id).as("containers").containsAll(e.containers());
        assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        assertThat(c.decisions()).extracting(Decision::topic).as("decisions").containsAll(e.decisions());

        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /** Every request written for the archetypes, in the table or not, gives a dossier the validator accepts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyArchetypeRequest")
    void everyArchetypeRequestGivesAValidDossier(String request) {
        ValidationReport report = DossierValidator.validate(consult(request));
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    static java.util.stream.Stream<String> everyArchetypeRequest() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src", "test", "resources", "archetype-requests"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    /**
     * One product, one container, and no dangling outbox: the ingestion stream is drawn once (its own container, or topics
     * on the broker of the same product); the outbox has a relay that publishes to the broker, or with no broker the unit
     * polls it in process as the messaging decision says.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyStreamIsDrawnOnceAndEveryOutboxHasARelayTarget(Expected e) {
        Consultation c = consult(e.request());
        List<String> ids = c.c4().containers().stream().map(Container::id).toList();
        List<String> brokerProducts = c.c4().containers().stream().filter(x -> x.kind() == dev.architect.dossier.ContainerKind.MESSAGE_BROKER)
                .map(Container::technology).toList();

        assertThat(brokerProducts).as("one container per streaming product").doesNotHaveDuplicates();
        // A part whose product is the primary database (PostGIS, full-text search) is not drawn as a second container.
        assertThat(c.c4().containers()).filteredOn(x -> x.kind() != dev.architect.dossier.ContainerKind.DATABASE)
                .extracting(Container::technology).noneMatch(t -> t.contains("in the primary"));
        c.decision(INGESTION).ifPresent(d -> assertThat(d.relatedElements()).as("ingestion concerns a stream")
                .anyMatch(id -> ids.contains(id) && c.c4().containers().stream().anyMatch(x -> x.id().equals(id)
                        && x.kind() == dev.architect.dossier.ContainerKind.MESSAGE_BROKER)));
        if (c.dataModel().entities().stream().anyMatch(x -> x.name().equals("outbox_event"))) {
            if (ids.contains("broker")) {
                assertThat(ids).as("relay").contains("outbox-relay");
                assertThat(c.c4().relationships()).anyMatch(r -> r.sourceId().equals("outbox-relay") && r.destinationId().equals("broker"));
            } else {
                assertThat(ids).as("no relay or queue consumer without a broker").doesNotContain("outbox-relay", "webhook-dispatcher");
                assertThat(c.decision(DecisionTopic.MESSAGING).orElseThrow().chosenOption()).containsIgnoringCase("outbox");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theMechanismIsWatchedByItsOwnAlerts() {
        java.util.Map<String, List<String>> expected = java.util.Map.of(
                "card-payments", List.of("outbox-backlog", "pending-payments", "ledger-imbalance", "webhook-retries"),
                "cold-chain", List.of("alert-evaluation-lag", "ingest-rejections", "tier-export-failed"),
                "team-chat", List.of("delivery-latency", "gateway-connections", "presence-churn"),
                "telehealth", List.of("ehr-errors", "join-failures", "booking-conflicts"),
                "leave-tracker", List.of("sla-breach-rate", "stuck-cases"),
                "developer-portal", List.of(),
                "parcel-lockers", List.of("command-ack-latency", "command-failure-rate", "command-signature-rejections"),
                "heating-network", List.of("detection-lag", "unacknowledged-incidents", "incident-noise"),
                "hobby-forum", List.of("report-queue-age", "classifier-backlog", "appeal-reversal-rate"));
        expected.forEach((request, alerts) -> {
            List<String> names = consult(request).operations().alerts().stream().map(dev.architect.dossier.Alert::name).toList();
            assertThat(names).as(request).containsAll(alerts).doesNotHaveDuplicates();
            if (alerts.isEmpty()) {
                assertThat(names).as(request).doesNotContain("outbox-backlog", "delivery-latency");
            }
        });
    }

    @org.junit.jupiter.api.Test
    void searchAtSmallScaleStaysInTheDatabaseWithNothingToSynchronise() {
        Consultation small = consult("recipe-search");
        Decision search = small.decisions().stream().filter(d -> d.topic() == SEARCH_ENGINE).findFirst().orElseThrow();

        assertThat(search.chosenOption()).contains("PostgreSQL full-text search");
        assertThat(search.options()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(small.c4().containers()).extracting(Container::id).doesNotContain("search-index", "search-indexer");
        assertThat(small.sequences()).extracting(SequenceDiagram::id).contains("seq-run-search").doesNotContain("seq-index-a-change");

        Consultation large = consult("parts-search");
        Decision engine = large.decisions().stream().filter(d -> d.topic() == SEARCH_ENGINE).findFirst().orElseThrow();
        assertThat(engine.chosenOption()).contains("Azure AI Search").contains("outbox");
        assertThat(large.c4().containers()).filteredOn(c -> c.id().equals("search-index")).extracting(Container::technology)
                .containsExactly("Azure AI Search (push API)");
        // The index is fed by the indexer only: no second, direct write from a module.
        assertThat(large.c4().relationships()).filteredOn(r -> r.destinationId().equals("search-index") && r.description().startsWith("Indexes"))
                .isEmpty();
        assertThat(engine.relatedElements()).contains("search-indexer");
    }

    @org.junit.jupiter.api.Test
    void bankTransferMatchingDesignsNoCardCaptureRefundOrCardLedger() {
        Consultation c = consult("receivables");
        List<String> operations = c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId).toList();

        assertThat(operations).doesNotContain("createPayment", "capturePayment", "refundPayment");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("payment", "refund", "payment_matching");
        assertThat(c.sequences()).extracting(SequenceDiagram::id).doesNotContain("seq-take-payment");
        // The bank named in the integrations is the external the importer talks to.
        assertThat(c.c4().relationships()).anyMatch(r -> r.sourceId().equals("statement-importer") && r.destinationId().equals("ext-deutsche-bank-ebics"));
    }

    @org.junit.jupiter.api.Test
    void paymentsThatLeaveTheSystemAreDesignedAsPayoutsNotAsCardCaptureOrIncomingStatementMatching() {
        Consultation c = consult("translator-payouts");
        List<String> operations = c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId).toList();

        assertThat(operations).doesNotContain("createPayment", "capturePayment", "refundPayment", "importStatement", "matchTransfer");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("payment", "refund", "bank_statement", "expected_payment");
        assertThat(c.requirements().functional()).extracting(FunctionalRequirement::description)
                .noneMatch(d -> d.contains("provider tokens"))
                .anyMatch(d -> d.contains("(money goes out)"));
        // The direction of money is a fact of the analysis the design respects, with the request's words as its evidence.
        assertThat(c.requirements().constraints()).filteredOn(k -> k.startsWith("Money ")).singleElement()
                .satisfies(k -> assertThat(k).isEqualTo("Money goes out: the request says 'payout' in the description, 'payment batch' in a capability,"
                        + " 'payout' in a capability, 'credit transfer' in an integration"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-payment-batches")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Designed as outgoing payments and payouts"));
        // Files to an EU house bank over EBICS; the bank gateway is the chosen channel and talks to the bank named.
        Decision channel = c.decision(PAYOUT_CHANNEL).orElseThrow();
        assertThat(channel.chosenOption()).contains("EBICS");
        assertThat(channel.relatedElements()).contains("bank-gateway");
        assertThat(c.c4().relationships()).anyMatch(r -> r.sourceId().equals("bank-gateway") && r.destinationId().equals("ext-commerzbank-ebics"));
        // The bank channel is listed as bank connectivity, never at a card-charge price.
        assertThat(c.cost().assumptions()).anyMatch(n -> n.contains("bank connectivity")).noneMatch(n -> n.contains("per successful card charge"));
    }

    @org.junit.jupiter.api.Test
    void aPlatformThatTakesCardsWithAProviderPaysOutThroughItsPayouts() {
        Consultation c = consult("music-royalties");

        assertThat(c.decision(PAYOUT_CHANNEL).orElseThrow().chosenOption()).contains("Stripe Connect");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-artist-payouts")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Designed as outgoing payments and payouts"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-card-payments")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("payments and ledger"));
    }

    @org.junit.jupiter.api.Test
    void aCapabilityNothingDescribesIsAnOpenQuestionWithALabelledPlaceholderNotInventedRecords() {
        Consultation c = consult("leave-tracker");

        // Leave requests and their approvals are case work now; the team roster is still described by nothing.
        assertThat(c.requirements().openQuestions()).extracting(dev.architect.dossier.OpenQuestion::id)
                .contains("oq-capability-team-roster").doesNotContain("oq-capability-leave-requests", "oq-capability-approvals");
        Entity placeholder = c.dataModel().entities().stream().filter(e -> e.name().equals("team_roster")).findFirst().orElseThrow();
        assertThat(placeholder.description()).startsWith("Placeholder, not designed").contains("oq-capability-team-roster");
        assertThat(placeholder.fields()).extracting(dev.architect.dossier.EntityField::name).containsExactly("id", "created_at");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("leave_request", "approval");
        // No invented CRUD for the roster: the unit's API is the case workflow's commands.
        List<ApiOperation> operations = c.apis().stream().flatMap(a -> a.operations().stream()).toList();
        assertThat(operations).noneMatch(o -> o.path().contains("team-roster"));
        assertThat(operations).extracting(ApiOperation::operationId).contains("submitCase", "approveCase");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-team-roster")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Not designed yet"));

        // A capability an archetype claims is designed by it, not left open.
        assertThat(consult("club-accounts").requirements().openQuestions()).extracting(dev.architect.dossier.OpenQuestion::id)
                .doesNotContain("oq-capability-user-accounts", "oq-capability-gym-roles");
    }

    @org.junit.jupiter.api.Test
    void identityAsTheProductsConcernDecidesProviderTokensAndMfaOnce() {
        Consultation c = consult("club-accounts");
        List<Decision> security = c.decisions().stream().filter(d -> d.topic() == SECURITY).toList();

        assertThat(security).hasSize(1);
        assertThat(security.get(0).chosenOption()).isEqualTo("Google Cloud Identity Platform");
        assertThat(security.get(0).options()).anyMatch(o -> o.name().contains("Auth0"));
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-sign-in-and-provision")).singleElement()
                .satisfies(s -> assertThat(s.participants()).contains("identity-provider"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void evidenceNamesTheFieldAndThePhraseOfTheRequest(Expected e) {
        Consultation c = consult(e.request());

        c.requirements().functional().stream().filter(f -> f.id().startsWith("fr-archetype-"))
                .forEach(f -> assertThat(f.description()).as(f.id()).containsPattern("Recognised because (capability|description|goal|integration|actor|archetype needing it,) '.+' says '[^']+'"));
        // (the quoted sentence may hold an apostrophe of its own: "the firm's billing system")
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void listsAreCursorPagedEnvelopesMoneyIsADecimalStringAndArchetypeOperationsAnswer429(Expected e) {
        Consultation c = consult(e.request());

        for (ApiSpec api : c.apis()) {
            for (ApiOperation op : api.operations()) {
                if (op.parameters().stream().anyMatch(p -> p.name().equals("cursor"))) {
                    ApiResponse ok = op.responses().stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
                    assertThat(ok.array()).as(op.operationId() + " returns an envelope, not a bare array").isFalse();
                    assertThat(api.schema(ok.schema()).orElseThrow().properties()).extracting(SchemaProperty::name)
                            .as(op.operationId()).contains("items", "nextCursor");
                    ApiParameter limit = op.parameters().stream().filter(p -> p.name().equals("limit")).findFirst().orElseThrow();
                    assertThat(limit.minimum()).isEqualTo(1L);
                    assertThat(limit.maximum()).isEqualTo(100L);
                }
                if (!op.tags().isEmpty() && e.archetypes().contains(op.tags().get(0))) {
                    assertThat(op.responses()).extracting(ApiResponse::status).as(op.operationId()).contains(429);
                }
            }
            for (SchemaDefinition s : api.schemas()) {
                for (SchemaProperty p : s.properties()) {
                    String name = p.name().toLowerCase(Locale.ROOT);
                    if (name.contains("amount") || name.contains("price") || name.equals("total") || name.equals("balance")) {
                        assertThat(p.type()).as(s.name() + "." + p.name()).isIn(ValueType.DECIMAL, ValueType.OBJECT);
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void ruleBasedDetectionReplacesTheGenericAlertPathInsteadOfDuplicatingIt() {
        Consultation c = consult("orchard-irrigation");

        assertThat(c.c4().containers()).extracting(Container::id).contains("detection-engine").doesNotContain("alert-evaluator");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("alert_rule", "alert");
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId))
                .doesNotContain("createAlertRule", "listOpenAlerts", "acknowledgeAlert");
        assertThat(c.sequences()).extracting(SequenceDiagram::id).doesNotContain("seq-reading-to-alert");
        // An API carries only the schemas its operations use: no Alert schema left behind by the gated operations.
        assertThat(c.apis()).flatExtracting(ApiSpec::schemas).extracting(SchemaDefinition::name).doesNotContain("Alert", "AlertRule");
        // About 600 readings a second: rules evaluated in a consumer, not a stream-processing framework.
        assertThat(c.decision(DETECTION_RULES).orElseThrow().chosenOption()).contains("Consumer");
        // One open incident per rule and device: the open dedupe key is unique.
        Entity incident = c.dataModel().entities().stream().filter(e -> e.name().equals("incident")).findFirst().orElseThrow();
        assertThat(incident.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("open_dedupe_key")));

        // Without detection phrases the generic alert path stays.
        Consultation plain = consult("cold-chain");
        assertThat(plain.c4().containers()).extracting(Container::id).contains("alert-evaluator").doesNotContain("detection-engine");
        assertThat(plain.dataModel().entities()).extracting(Entity::name).contains("alert_rule", "alert");
    }

    @org.junit.jupiter.api.Test
    void deviceCommandsGoThroughTheCloudIotServiceWhereThereIsOneAndABrokerElsewhere() {
        dev.architect.request.ConsultationRequest lockers = RequestReader.read(
                Path.of("src", "test", "resources", "archetype-requests", "parcel-lockers.yaml"));
        Consultation aws = OfflineArchitect.create().consult(lockers);
        assertThat(aws.decision(DEVICE_COMMANDS).orElseThrow().chosenOption()).contains("AWS IoT Core").contains("Shadow");
        assertThat(aws.c4().containers()).filteredOn(x -> x.id().equals("device-gateway")).extracting(Container::technology)
                .singleElement().asString().contains("AWS IoT Core");

        // Google Cloud IoT Core was retired: on GCP the same request gets a broker cluster the team runs.
        Consultation gcp = OfflineArchitect.create().consult(lockers.toBuilder()
                .deployment(new dev.architect.request.Deployment(dev.architect.request.Cloud.GCP, List.of())).build());
        assertThat(gcp.decision(DEVICE_COMMANDS).orElseThrow().chosenOption()).contains("EMQX");

        // The command is accepted with 202 and a status resource; its correlation id is unique, its expiry after its request.
        ApiOperation send = aws.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("sendDeviceCommand"))
                .findFirst().orElseThrow();
        assertThat(send.responses()).extracting(ApiResponse::status).contains(202, 403, 429);
        assertThat(send.parameters()).extracting(ApiParameter::name).contains("Idempotency-Key");
        Entity command = aws.dataModel().entities().stream().filter(e -> e.name().equals("device_command")).findFirst().orElseThrow();
        assertThat(command.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("correlation_id")));
        assertThat(command.description()).contains("QUEUED", "SENT", "ACKED", "FAILED", "EXPIRED");
        assertThat(aws.risks()).extracting(dev.architect.dossier.Risk::title).contains("Replayed or forged commands actuate a device",
                "Commands run late on devices that were offline");
    }

    @org.junit.jupiter.api.Test
    void moderationDesignsTheLegalDutiesAndNamesTheVendorsPrice() {
        Consultation c = consult("hobby-forum");

        assertThat(c.decision(CONTENT_MODERATION).orElseThrow().chosenOption()).contains("Azure AI Content Safety");
        assertThat(c.risks()).extracting(dev.architect.dossier.Risk::description).anyMatch(d -> d.contains("Digital Services Act"));
        assertThat(c.risks()).extracting(dev.architect.dossier.Risk::title).contains("Moderators are harmed by what they review",
                "Moderation slows delivery");
        Entity decision = c.dataModel().entities().stream().filter(e -> e.name().equals("moderation_decision")).findFirst().orElseThrow();
        assertThat(decision.fields()).extracting(dev.architect.dossier.EntityField::name).contains("statement_of_reasons", "policy_reason");
        // The classifier's per-item fee is not in the request's numbers: named as unpriced with the vendor's reference price.
        assertThat(c.cost().assumptions()).anyMatch(a -> a.contains("Azure AI Content Safety") && a.contains("$0.38 per 1,000 text records"));
    }

    @org.junit.jupiter.api.Test
    void timeSeriesOnAwsIsTimestreamForInfluxDbPricedByInstanceNotTheClosedLiveAnalytics() {
        dev.architect.request.ConsultationRequest coldChain = RequestReader.read(
                Path.of("src", "test", "resources", "archetype-requests", "cold-chain.yaml"));
        Consultation c = OfflineArchitect.create().consult(coldChain.toBuilder()
                .deployment(new dev.architect.request.Deployment(dev.architect.request.Cloud.AWS, List.of())).build());

        assertThat(c.decision(dev.architect.dossier.DecisionTopic.DATASTORE).orElseThrow().chosenOption())
                .contains("Amazon Timestream for InfluxDB").doesNotContain("LiveAnalytics");
        String store = c.c4().containers().stream().filter(x -> x.technology().contains("Timestream")).map(Container::id).findFirst().orElseThrow();
        List<dev.architect.dossier.CostLineItem> lines = c.cost().items().stream().filter(i -> store.equals(i.containerId())).toList();
        // Instances (with their Multi-AZ standby) and provisioned storage; nothing billed per GB written or in a memory tier.
        assertThat(lines).anyMatch(i -> i.unitPrice() == 1391.38 && i.quantity() >= 1);
        assertThat(lines).extracting(dev.architect.dossier.CostLineItem::name).noneMatch(n -> n.contains("memory tier") || n.equals("Data written"));
    }

    /** The archetypes a dossier recognised, read from the ids of the requirements they add ("fr-archetype-<id>"). */
    static List<String> recognisedArchetypes(Consultation c) {
        return c.requirements().functional().stream().map(FunctionalRequirement::id)
                .filter(id -> id.startsWith("fr-archetype-")).map(id -> id.substring("fr-archetype-".length())).toList();
    }

    /** The dossier holds these tables, invariants ("table:KIND"), operation ids and flow ids (among others). */
    static void assertDesigns(Consultation c, List<String> entities, List<String> constraints, List<String> operations, List<String> flows) {
        assertThat(c.dataModel().entities()).extracting(Entity::name).as("entities").containsAll(entities);
        List<String> declared = c.dataModel().entities().stream()
                .flatMap(x -> x.constraints().stream().map(k -> x.name() + ":" + k.kind())).toList();
        assertThat(declared).as("constraints").containsAll(constraints);
        List<String> served = c.apis().stream().flatMap(a -> a.operations().stream()).map(ApiOperation::operationId).toList();
        assertThat(served).as("operations").containsAll(operations);
        assertThat(c.sequences()).extracting(SequenceDiagram::id).as("flows").containsAll(flows);
    }
}
