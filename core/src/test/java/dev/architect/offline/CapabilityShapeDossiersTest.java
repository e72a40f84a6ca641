package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Capabilities that neither the catalogue nor an archetype describes are designed by a general capability shape: each
 * request below (written for this test, in domains of its own) lists which shape designs which capability, and the
 * tables, invariants, operations and flows its dossier must then contain. A capability that stays open reads "Not
 * designed yet" and only then.
 */
class CapabilityShapeDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "capability-shape-requests");

    /** A request, the shape label each capability's requirement names, and what the design must contain. */
    record Expected(String request, Map<String, String> shapes, List<String> entities, List<String> constraints,
                    List<String> operations, List<String> flows, List<String> stillOpen) {
        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                new Expected("ferry-standby", Map.of("fr-standby-list", "waiting list with positions",
                        "fr-change-request-status-tracking", "status view for the requester"),
                        List.of("standby_list", "standby_list_entry", "change_request_status", "change_request_status_change"),
                        List.of("standby_list_entry:ONE_OF", "standby_list_entry:POSITIVE", "change_request_status_change:APPEND_ONLY"),
                        List.of("joinStandbyList", "acceptStandbyListOffer", "leaveStandbyList", "listMyChangeRequestStatus"),
                        List.of("seq-standby-lists-offer-next", "seq-change-request-statuses-projection"), List.of()),
                new Expected("podcast-hub", Map.of("fr-episode-feed", "timeline feed", "fr-show-following", "follow graph",
                        "fr-episode-discussions", "reply thread"),
                        List.of("episode_feed", "show_following", "show_following_count", "episode_discussion", "episode_discussion_edit"),
                        List.of("episode_feed:APPEND_ONLY", "episode_feed:POSITIVE", "show_following_count:NOT_NEGATIVE", "episode_discussion_edit:APPEND_ONLY"),
                        List.of("publishEpisodeFeedItem", "listEpisodeFeedItems", "followShowFollowing", "unfollowShowFollowing", "createEpisodeDiscussion"),
                        List.of("seq-episode-feeds-publish", "seq-show-followings-fan-out", "seq-episode-discussions-reply"), List.of()),
                new Expected("science-fair", Map.of("fr-entry-eligibility", "eligibility check", "fr-project-judging", "assessment by independent reviewers"),
                        List.of("entry_eligibility", "entry_eligibility_rule", "project_judging", "project_judging_score"),
                        List.of("entry_eligibility:ONE_OF", "entry_eligibility_rule:APPEND_ONLY", "project_judging_score:QUORUM", "project_judging_score:DIFFERENT"),
                        List.of("checkEntryEligibility", "scoreProjectJudging", "listProjectJudgingScores"),
                        List.of("seq-entry-eligibilities-check", "seq-project-judgings-two-reviewers"), List.of()),
                new Expected("bike-docks", Map.of("fr-dock-map", "geospatial search"),
                        List.of("dock_map"), List.of("dock_map:ORDERED"), List.of("searchDockMap", "reportDockMap"),
                        List.of("seq-dock-maps-radius-search"), List.of()),
                new Expected("loading-docks", Map.of("fr-bay-occupancy", "occupancy and availability board", "fr-throughput-history", "history query"),
                        List.of("bay_occupancy", "bay_occupancy_change", "throughput_history"),
                        List.of("bay_occupancy:ONE_OF", "bay_occupancy_change:APPEND_ONLY", "throughput_history:AT_MOST"),
                        List.of("listBayOccupancy", "summariseBayOccupancy", "setBayOccupancyState", "queryThroughputHistory"),
                        List.of("seq-bay-occupancies-state-change", "seq-throughput-histories-query"), List.of()),
                new Expected("city-desk", Map.of("fr-story-archive", "archive of finished records"),
                        List.of("story_archive"), List.of("story_archive:ORDERED"), List.of("browseStoryArchive", "getStoryArchive"),
                        List.of("seq-story-archives-archive-run"), List.of()),
                new Expected("alarm-thresholds", Map.of("fr-threshold-tuning", "versioned configuration with approval"),
                        List.of("threshold_tuning", "threshold_tuning_version"),
                        List.of("threshold_tuning_version:DIFFERENT", "threshold_tuning_version:ONE_OF"),
                        List.of("proposeThresholdTuningVersion", "approveThresholdTuningVersion", "activateThresholdTuningVersion"),
                        List.of("seq-threshold-tunings-change"), List.of()),
                new Expected("print-quotes", Map.of("fr-quotes", "issued document with numbered lines", "fr-job-progress", "status view"),
                        List.of("quote", "quote_line", "job_progress"), List.of("quote:ONE_OF", "quote_line:POSITIVE", "quote:NOT_NEGATIVE"),
                        List.of("draftQuote", "issueQuote", "voidQuote", "getJobProgress"), List.of("seq-quotes-issue"), List.of()),
                // The description speaks for "composers" ("Singers follow composers"); nothing speaks for the notes.
                new Expected("choir-portal", Map.of("fr-composers", "follow graph"), List.of("composer", "composer_count"), List.of(),
                        List.of("followComposer"), List.of(), List.of("rehearsal notes")),
                new Expected("vet-records", Map.of("fr-loyalty-points", "balance as a projection"), List.of("loyalty_point", "loyalty_point_entry", "audit_event"),
                        List.of("loyalty_point_entry:APPEND_ONLY"), List.of("getLoyaltyPoint", "listLoyaltyPointEntries"), List.of("seq-loyalty-points-posting"),
                        List.of("treatment notes")),
                new Expected("makerspace", Map.of("fr-tool-board", "occupancy and availability board", "fr-post-replies", "reply thread"),
                        List.of("tool_board", "tool_board_change", "post_reply", "post_reply_edit"), List.of("tool_board:ONE_OF"),
                        List.of("setToolBoardState", "createPostReply", "editPostReply"), List.of("seq-tool-boards-state-change"), List.of()),
                new Expected("barrier-gates", Map.of("fr-remote-barrier-opening", "remote command tracked to acknowledgement"),
                        List.of("remote_barrier_opening", "remote_barrier_opening_target_state"),
                        List.of("remote_barrier_opening:ONE_OF", "remote_barrier_opening:ORDERED", "remote_barrier_opening_target_state:NOT_NEGATIVE"),
                        List.of("sendRemoteBarrierOpening", "getRemoteBarrierOpening", "getRemoteBarrierOpeningTargetState"), List.of("seq-remote-barrier-openings-command"), List.of()),
                new Expected("sports-club", Map.of("fr-live-match-ticker", "timeline feed", "fr-training-waitlist", "waiting list"),
                        List.of("live_match_ticker", "training_waitlist", "training_waitlist_entry"), List.of("training_waitlist_entry:ONE_OF"),
                        List.of("publishLiveMatchTickerItem", "joinTrainingWaitlist"), List.of("seq-training-waitlists-offer-next"), List.of("fixtures")),
                // A surge let in at a set rate, then units held while paying: every unit held by one buyer, sold once.
                new Expected("sneaker-drop", Map.of("fr-virtual-queue", "virtual waiting room admitting visitors at a set rate",
                        "fr-stock-holds", "short hold on scarce inventory before purchase"),
                        List.of("waiting_room", "waiting_room_place", "stock_hold", "stock_hold_unit"),
                        List.of("waiting_room:AT_MOST", "waiting_room_place:ONE_OF", "stock_hold:ONE_OF", "stock_hold:ORDERED", "stock_hold_unit:ONE_OF"),
                        List.of("joinWaitingRoom", "getWaitingRoomPlace", "setWaitingRoomRate", "createStockHold", "confirmStockHold", "releaseStockHold",
                                "listStockHoldUnits"),
                        List.of("seq-waiting-rooms-admit", "seq-stock-holds-hold-and-confirm"), List.of()),
                // Handhelds without signal: an outbox pushed once per operation number, a change feed pulled after a cursor, conflicts kept.
                new Expected("meter-rounds", Map.of("fr-offline-sync", "offline device sync with an outbox and a cursor"),
                        List.of("device_sync", "device_sync_operation", "device_sync_change"),
                        List.of("device_sync_operation:ONE_OF", "device_sync_operation:APPEND_ONLY", "device_sync_change:APPEND_ONLY", "device_sync:NOT_NEGATIVE"),
                        List.of("pushDeviceSync", "pullDeviceSyncChanges"), List.of("seq-device-syncs-push-and-pull"), List.of("route assignments")),
                // Two capabilities, one envelope design: recipients in routing order, each signature bound to the document hash.
                new Expected("lease-signing", Map.of("fr-lease-envelopes", "signing envelope routed to its recipients in order",
                        "fr-signature-requests", "signing envelope routed to its recipients in order"),
                        List.of("signing_envelope", "signing_envelope_document", "signing_envelope_recipient", "signing_envelope_signature", "signing_envelope_event"),
                        List.of("signing_envelope:ONE_OF", "signing_envelope_recipient:POSITIVE", "signing_envelope_signature:APPEND_ONLY",
                                "signing_envelope_event:APPEND_ONLY"),
                        List.of("createSigningEnvelope", "sendSigningEnvelope", "signSigningEnvelope", "voidSigningEnvelope", "listSigningEnvelopeEvents"),
                        List.of("seq-signing-envelopes-route-and-sign"), List.of()),
                // Schedules of controllers: each occurrence fired once, desired state beside reported state, a timeout that alerts.
                new Expected("greenhouse-climate", Map.of("fr-climate-schedules", "device schedule driving desired state, with the reported state beside it"),
                        List.of("climate_schedule", "climate_schedule_run", "climate_schedule_device_state"),
                        List.of("climate_schedule_run:ONE_OF", "climate_schedule_run:ORDERED", "climate_schedule_device_state:NOT_NEGATIVE"),
                        List.of("createClimateSchedule", "listClimateScheduleRuns", "getClimateScheduleDeviceState"),
                        List.of("seq-climate-schedules-fire"), List.of()),
                // Earn, spend and expiry are one points ledger: lots with their expiry, allocations, a balance never below zero.
                new Expected("coffee-rewards", Map.of("fr-points-earning", "points ledger with expiry and a balance projection",
                        "fr-reward-redemption", "points ledger with expiry", "fr-points-expiry", "points ledger with expiry"),
                        List.of("points_ledger", "points_ledger_entry", "points_ledger_lot", "points_ledger_allocation"),
                        List.of("points_ledger_entry:APPEND_ONLY", "points_ledger_entry:ONE_OF", "points_ledger_lot:AT_MOST", "points_ledger_lot:NOT_NEGATIVE",
                                "points_ledger:NOT_NEGATIVE", "points_ledger_allocation:POSITIVE"),
                        List.of("earnPointsLedger", "redeemPointsLedger", "getPointsLedger", "listPointsLedgerEntries"),
                        List.of("seq-points-ledgers-redeem"), List.of()),
                // A ticket admitted once: a rotating code, the first scan wins by a conditional update, scans kept as evidence.
                new Expected("museum-entry", Map.of("fr-mobile-tickets", "admission ticket with a rotating barcode",
                        "fr-entry-scanning", "admission ticket with a rotating barcode"),
                        List.of("admission_ticket", "admission_ticket_scan"),
                        List.of("admission_ticket:ONE_OF", "admission_ticket:ORDERED", "admission_ticket_scan:APPEND_ONLY", "admission_ticket_scan:ONE_OF"),
                        List.of("listMyAdmissionTicket", "getAdmissionTicketBarcode", "scanAdmissionTicket"),
                        List.of("seq-admission-tickets-admit-once"), List.of()),
                // A register per session with one mark per person and corrections kept; announcements with one receipt per recipient.
                new Expected("youth-club", Map.of("fr-training-attendance", "attendance register with marks and corrections",
                        "fr-team-announcements", "announcement to an audience with read receipts"),
                        List.of("training_attendance", "training_attendance_mark", "training_attendance_correction", "team_announcement",
                                "team_announcement_receipt"),
                        List.of("training_attendance:ONE_OF", "training_attendance_mark:ONE_OF", "training_attendance_correction:APPEND_ONLY",
                                "team_announcement:ONE_OF", "team_announcement_receipt:ORDERED"),
                        List.of("openTrainingAttendance", "markTrainingAttendance", "submitTrainingAttendance", "createTeamAnnouncement",
                                "listMyTeamAnnouncement", "acknowledgeTeamAnnouncement", "summariseTeamAnnouncementReads"),
                        List.of("seq-training-attendances-take", "seq-team-announcements-publish"), List.of()),
                // An export is a job from one snapshot with a checksum and recorded downloads; a template's published versions are frozen.
                new Expected("lab-data", Map.of("fr-experiment-exports", "data export run as a job from a consistent snapshot",
                        "fr-report-templates", "versioned document template"),
                        List.of("experiment_export", "experiment_export_download", "report_template", "report_template_version"),
                        List.of("experiment_export:ONE_OF", "experiment_export_download:APPEND_ONLY", "report_template_version:ONE_OF",
                                "report_template_version:POSITIVE"),
                        List.of("requestExperimentExport", "getExperimentExport", "linkExperimentExport", "createReportTemplate",
                                "addReportTemplateVersion", "publishReportTemplateVersion"),
                        List.of("seq-experiment-exports-run", "seq-report-templates-publish"), List.of()),
                // Four warehouse words, one design: tasks confirmed by scan, movements append-only, stock per bin never negative.
                new Expected("parts-depot", Map.of("fr-receiving", "warehouse tasks confirmed by scan", "fr-put-away", "warehouse tasks confirmed by scan",
                        "fr-picking", "warehouse tasks confirmed by scan", "fr-packing", "warehouse tasks confirmed by scan"),
                        List.of("warehouse_task", "warehouse_task_wave", "warehouse_task_bin_stock", "warehouse_task_movement"),
                        List.of("warehouse_task:ONE_OF", "warehouse_task_bin_stock:NOT_NEGATIVE", "warehouse_task_bin_stock:AT_MOST",
                                "warehouse_task_movement:APPEND_ONLY"),
                        List.of("planWarehouseTaskWave", "releaseWarehouseTaskWave", "claimWarehouseTask", "confirmWarehouseTask"),
                        List.of("seq-warehouse-tasks-confirm-by-scan"), List.of()),
                // Scored once before the action commits, versioned rules approved by a second person, a review queue.
                new Expected("gift-cards", Map.of("fr-fraud-screening", "fraud screening with versioned rules and a review queue"),
                        List.of("fraud_screening", "fraud_screening_rule", "fraud_screening_hit", "fraud_screening_review"),
                        List.of("fraud_screening:ONE_OF", "fraud_screening_rule:DIFFERENT", "fraud_screening_review:APPEND_ONLY"),
                        List.of("assessFraudScreening", "listFraudScreeningQueue", "reviewFraudScreening"),
                        List.of("seq-fraud-screenings-assess"), List.of()),
                // A token per hash from the authority, unique by its serial, renewed by a new token that points at the old.
                new Expected("archive-proofs", Map.of("fr-timestamping", "trusted timestamps from a time-stamping authority"),
                        List.of("timestamping"), List.of("timestamping:APPEND_ONLY", "timestamping:ONE_OF", "timestamping:ORDERED"),
                        List.of("createTimestamping", "listTimestamping", "verifyTimestamping"), List.of("seq-timestampings-stamp"), List.of()),
                // Each subject once, from the next unused entry of its stratum's list, taken under a lock.
                new Expected("vaccine-study", Map.of("fr-randomisation", "concealed randomised allocation from a pre-generated list"),
                        List.of("randomisation", "randomisation_schedule"),
                        List.of("randomisation:APPEND_ONLY", "randomisation_schedule:ONE_OF", "randomisation_schedule:POSITIVE"),
                        List.of("allocateRandomisation", "getRandomisation"), List.of("seq-randomisations-allocate"), List.of()),
                // Maintenance requests are raised in the utility's Maximo: handed off once per cause, its reference tracked.
                new Expected("pump-upkeep", Map.of("fr-maintenance-requests", "hand-off to the system that keeps the records"),
                        List.of("maintenance_request", "maintenance_request_update"),
                        List.of("maintenance_request:ONE_OF", "maintenance_request:NOT_NEGATIVE", "maintenance_request_update:APPEND_ONLY"),
                        List.of("raiseMaintenanceRequest", "getMaintenanceRequest", "recordMaintenanceRequestStatus"),
                        List.of("seq-maintenance-requests-hand-off"), List.of("pump monitoring")),
                // A shop's credit scored from a bureau report and an approved scorecard version, referrals settled by an underwriter.
                new Expected("trade-credit", Map.of("fr-credit-scoring", "credit check scored from a bureau report and a versioned scorecard"),
                        List.of("credit_scoring", "credit_scoring_scorecard", "credit_scoring_reason", "credit_scoring_review"),
                        List.of("credit_scoring:ONE_OF", "credit_scoring:ORDERED", "credit_scoring_scorecard:DIFFERENT", "credit_scoring_scorecard:AT_MOST",
                                "credit_scoring_reason:APPEND_ONLY", "credit_scoring_review:APPEND_ONLY"),
                        List.of("runCreditScoring", "getCreditScoring", "listCreditScoringReferrals", "reviewCreditScoring"),
                        List.of("seq-credit-scorings-score"), List.of()),
                // "A triage model flags urgent symptoms ... a nurse reviews every flag ... Weekly reports": a score kept with its
                // model version and opened over a threshold; a queue one nurse claims at a time; one run per week from a replica.
                new Expected("nurse-triage", Map.of("fr-symptom-flags", "model score on each event, acted on above a threshold",
                        "fr-nurse-reviews", "review queue worked by staff, one reviewer per item",
                        "fr-weekly-reports", "report generated per period from a replica"),
                        List.of("symptom_flag", "symptom_flag_threshold", "symptom_flag_outcome", "nurse_review", "nurse_review_decision",
                                "weekly_report_definition", "weekly_report_run"),
                        List.of("symptom_flag:ONE_OF", "symptom_flag:ORDERED", "symptom_flag_outcome:APPEND_ONLY", "nurse_review:ONE_OF",
                                "nurse_review_decision:APPEND_ONLY", "weekly_report_run:ORDERED", "weekly_report_run:ONE_OF"),
                        List.of("recordSymptomFlag", "resolveSymptomFlag", "listNurseReviewQueue", "claimNurseReview", "decideNurseReview",
                                "runWeeklyReport", "getWeeklyReportRun"),
                        List.of("seq-symptom-flags-score", "seq-nurse-reviews-work", "seq-weekly-reports-run"), List.of()),
                // "exchange rates ... change several times a second, clients ... book a conversion at the rate shown or better".
                new Expected("fx-desk", Map.of("fr-exchange-rates", "live value with versions"),
                        List.of("exchange_rate", "exchange_rate_change"),
                        List.of("exchange_rate:POSITIVE", "exchange_rate:ONE_OF", "exchange_rate_change:APPEND_ONLY"),
                        List.of("listExchangeRate", "changeExchangeRate", "listExchangeRateChanges"), List.of("seq-exchange-rates-change"), List.of()),
                // "Opta: fixtures and results data feed": the supplier keeps the fixtures; they are mirrored, newest version wins.
                new Expected("league-live", Map.of("fr-fixtures", "mirror of the records the supplier keeps current"),
                        List.of("fixture", "fixture_sync"), List.of("fixture:NOT_NEGATIVE", "fixture:ORDERED", "fixture_sync:NOT_NEGATIVE"),
                        List.of("listFixture", "getFixture", "receiveFixtureChange"), List.of("seq-fixtures-mirror"), List.of("standings")),
                // Pick tasks in a warehouse; "route planning so no two forklifts meet in an aisle"; "the floor layout ... with its aisles".
                new Expected("cold-store-robots", Map.of("fr-pick-tasks", "warehouse tasks confirmed by scan",
                        "fr-route-planning", "path plan on a map with time-slot reservations",
                        "fr-floor-layout", "versioned layout map of a site"),
                        List.of("warehouse_task", "route_planning", "route_planning_reservation", "floor_layout_version", "floor_layout_node",
                                "floor_layout_edge"),
                        List.of("route_planning_reservation:NO_OVERLAP", "route_planning:ONE_OF", "floor_layout_version:ONE_OF",
                                "floor_layout_edge:DIFFERENT", "floor_layout_edge:POSITIVE"),
                        List.of("claimWarehouseTask", "planRoutePlanning", "releaseRoutePlanning", "draftFloorLayoutVersion",
                                "publishFloorLayoutVersion", "getLiveFloorLayout"),
                        List.of("seq-route-plannings-plan", "seq-floor-layouts-publish"), List.of()),
                // "sit a timed 57-minute test session ... a candidate who loses connection resumes with the time left".
                new Expected("theory-test", Map.of("fr-test-sessions", "timed session with a server-side deadline"),
                        List.of("test_session"), List.of("test_session:ONE_OF", "test_session:ORDERED", "test_session:NOT_NEGATIVE"),
                        List.of("startTestSession", "heartbeatTestSession", "submitTestSession"), List.of("seq-test-sessions-resume"), List.of("question bank")),
                // A museum's catalogue of objects is searched and mirrored from where objects are described; it has no price or stock.
                new Expected("museum-loans", Map.of("fr-catalogue", "searchable catalogue of items mirrored from their source"),
                        List.of("catalogue_item"), List.of("catalogue_item:NOT_NEGATIVE"), List.of("searchCatalogue", "getCatalogueItem"),
                        List.of("seq-catalogues-sync"), List.of("loan requests", "insurance policies")),
                // Capabilities named by their action, in three domains: problems reported and triaged by severity, alerts
                // escalated until acknowledged, one append-only audit log, and corrections issued as superseding versions.
                new Expected("site-safety", Map.of("fr-near-miss-reporting", "incident reported, triaged by severity",
                        "fr-safety-incidents", "incident reported, triaged by severity", "fr-overdue-action-alerts", "alert raised once per cause",
                        "fr-change-history", "append-only log of who did what"),
                        List.of("incident", "incident_severity", "incident_transition", "incident_note", "alert_rule", "alert_escalation_step", "alert",
                                "alert_notification", "alert_event", "audit_event", "audit_export"),
                        List.of("incident:ONE_OF", "incident_severity:AT_MOST", "incident_transition:APPEND_ONLY", "alert:ONE_OF", "alert_escalation_step:POSITIVE",
                                "alert_event:APPEND_ONLY", "audit_event:APPEND_ONLY"),
                        List.of("reportIncident", "triageIncident", "resolveIncident", "addIncidentNote", "acknowledgeAlert", "resolveAlert", "listAuditByRecord", "listAuditByActor"),
                        List.of("seq-incidents-work", "seq-alerts-raise", "seq-alerts-escalate", "seq-audits-append"), List.of("permits to work")),
                new Expected("freight-documents", Map.of("fr-document-amendments", "correction issued as a new version that supersedes the published one",
                        "fr-cut-off-alerts", "alert raised once per cause", "fr-activity-log", "append-only log of who did what"),
                        List.of("document_amendment_version", "document_amendment_current", "document_amendment", "document_amendment_notice",
                                "document_amendment_outbox", "alert", "audit_event"),
                        List.of("document_amendment_version:APPEND_ONLY", "document_amendment:APPEND_ONLY", "document_amendment:ONE_OF",
                                "document_amendment_current:ONE_OF", "document_amendment_notice:ONE_OF"),
                        List.of("createDocumentAmendment", "listDocumentAmendmentVersions", "listDocumentAmendmentNotices", "acknowledgeAlert", "exportAudit"),
                        List.of("seq-document-amendments-correct", "seq-alerts-escalate", "seq-audits-append"), List.of("bill of lading issuance")),
                new Expected("council-defects", Map.of("fr-issue-reporting", "incident reported, triaged by severity",
                        "fr-dangerous-defect-alerts", "alert raised once per cause", "fr-notice-corrections", "correction issued as a new version",
                        "fr-audit-log", "append-only log of who did what"),
                        List.of("incident", "incident_note", "alert", "alert_event", "notice_correction", "notice_correction_version", "audit_event"),
                        List.of("incident:ONE_OF", "alert:ORDERED", "notice_correction_version:APPEND_ONLY", "audit_event:APPEND_ONLY"),
                        List.of("reportIncident", "triageIncident", "acknowledgeAlert", "createNoticeCorrection", "listNoticeCorrectionVersions", "listAuditByRecord"),
                        List.of("seq-incidents-work", "seq-alerts-raise", "seq-notice-corrections-correct", "seq-audits-append"), List.of()));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachCapabilityNothingElseDescribesIsDesignedByItsShapeWithTablesInvariantsOperationsAndFlows(Expected e) {
        Consultation c = consult(e.request());
        e.shapes().forEach((id, label) -> assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(id)).as(id).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as").contains(label).contains("Chosen because")
                        .doesNotContain("Not designed yet")));
        ArchetypeDossiersTest.assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        for (String open : e.stillOpen()) {
            assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-capability-" + open.replace(' ', '-'));
        }
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyTableAShapeBringsHasAKeyAndEveryReferenceOfItsOwnIsAForeignKey(Expected e) {
        Consultation c = consult(e.request());
        for (String name : e.entities()) {
            Entity entity = c.dataModel().entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertThat(entity.primaryKey()).as(name + " key").isNotEmpty();
        }
        // The child tables of a shape point at their parent by a foreign key on that very column, not by a bare id.
        for (Entity child : c.dataModel().entities().stream().filter(x -> e.entities().contains(x.name())).toList()) {
            for (dev.architect.dossier.EntityField f : child.fields()) {
                String parent = f.name().replaceAll("_id$", "");
                if (f.name().endsWith("_id") && e.entities().contains(parent) && !parent.equals(child.name())) {
                    assertThat(child.relations()).as(child.name() + "." + f.name())
                            .anySatisfy(r -> assertThat(r.field() + "->" + r.targetEntity()).isEqualTo(f.name() + "->" + parent));
                }
            }
        }
    }

    /** A mechanism shared by several capabilities is designed once: the others point at the requirement that owns it. */
    @org.junit.jupiter.api.Test
    void capabilitiesOfOneSharedMechanismPointAtTheOneDesignInsteadOfCopyingItsTables() {
        Consultation c = consult("coffee-rewards");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-reward-redemption")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("see requirement fr-points-earning"));
        assertThat(c.dataModel().entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("reward_redemption") || n.startsWith("points_expiry"));
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()))
                .noneMatch(o -> o.path().startsWith("/reward-redemptions") || o.path().startsWith("/points-expir"));
    }

    /** A request, and what its words must NOT be read as: the other sense of a word needs context the request does not give. */
    record Misread(String request, String capability, String mustNotStartWith, List<String> absentEntities, List<String> absentRequirements) {
        @Override
        public String toString() {
            return request + ": " + capability;
        }
    }

    static Stream<Misread> misreadings() {
        return Stream.of(
                // A conference's events are what it sells, not readings; its tickets are admissions, not support tasks.
                new Misread("conference-tickets", "fr-events", "Accept readings", List.of("reading"),
                        List.of("fr-archetype-time-series-history", "fr-archetype-telemetry-alerting")),
                new Misread("conference-tickets", "fr-tickets", "Create, list, read and update tasks", List.of("task"), List.of()),
                // Transcoding audio is not a video platform; serving audio files is not shipping parcels.
                new Misread("audiobook-studio", "fr-transcoding", "Designed as video streaming", List.of("video_asset"),
                        List.of("fr-archetype-video-streaming")),
                new Misread("audiobook-studio", "fr-audio-delivery", "Create, list, read and update shipments", List.of("shipment"), List.of()),
                // A goods receipt that an invoice is matched against is procurement's record, not a warehouse task.
                new Misread("purchase-matching", "fr-goods-receipts", "Run the warehouse as tasks", List.of("warehouse_task", "warehouse_task_wave"),
                        List.of()),
                // A board a teacher draws on is not places with a state; the edit history of a drawing is not time buckets.
                new Misread("chalk-lessons", "fr-board-editing", "Designed as an occupancy and availability board", List.of("board_editing_change"), List.of()),
                // Credit scoring from a bureau report and a scorecard is not a panel of reviewers.
                new Misread("trade-credit", "fr-credit-scoring", "Designed as an assessment by independent reviewers", List.of("credit_scoring_score"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misreadings")
    void aWordWithAnotherSenseDoesNotPullTheWrongDesignWithoutContext(Misread m) {
        Consultation c = consult(m.request());
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(m.capability())).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotStartWith(m.mustNotStartWith()));
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContainAnyElementsOf(m.absentEntities());
        if (!m.absentRequirements().isEmpty()) {
            assertThat(c.requirements().functional()).extracting(FunctionalRequirement::id).doesNotContainAnyElementsOf(m.absentRequirements());
        }
        assertThat(Stream.concat(c.c4().containers().stream().map(x -> x.name()), c.c4().systems().stream().map(x -> x.name())))
                .noneMatch(name -> name.startsWith("Video streaming platform"));
    }

    /** The same words with their context keep their sense: machine events from sensors are readings, support tickets are tasks. */
    @org.junit.jupiter.api.Test
    void theSameWordsInTheirOwnContextStillReadAsReadingsAndTasks() {
        Consultation c = consult("press-telemetry");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-machine-events")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Accept readings"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-support-tickets")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Create, list, read and update tasks"));
    }

    /**
     * A capability whose records an integrated system of record keeps is handed off to it: the flow calls that system and
     * takes its status back, and no table of ours claims to be the record (no generic tasks).
     */
    @org.junit.jupiter.api.Test
    void aCapabilityAnIntegrationKeepsIsHandedOffToThatSystemAndNotKeptAsTasksOfOurOwn() {
        Consultation c = consult("pump-upkeep");
        String maximo = c.c4().systems().stream().filter(x -> x.name().equals("IBM Maximo")).findFirst().orElseThrow().id();
        SequenceDiagram flow = c.sequences().stream().filter(s -> s.id().equals("seq-maintenance-requests-hand-off")).findFirst().orElseThrow();
        assertThat(flow.steps()).anyMatch(s -> s.to().equals(maximo) && s.message().startsWith("Create the maintenance request there"));
        assertThat(flow.steps()).anyMatch(s -> s.from().equals(maximo) && s.message().contains("status-updates"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-maintenance-requests")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("integration 'IBM Maximo: maintenance requests' says 'maximo'"));
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("task");
    }

    /** The edit history of a drawing is the drawing's own log, not time buckets of readings: no bucketed projection for it. */
    @org.junit.jupiter.api.Test
    void theEditHistoryOfADrawingIsNotAHistoryQueryOverTimeBuckets() {
        Consultation c = consult("chalk-lessons");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-edit-history")).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotContain("history query").doesNotContain("time-bucketed"));
        assertThat(c.dataModel().entities()).flatExtracting(Entity::fields).extracting(dev.architect.dossier.EntityField::name)
                .doesNotContain("bucket_start");
    }

    /** Work orders with no system of record among the integrations stay the system's own records. */
    @org.junit.jupiter.api.Test
    void workOrdersNoIntegrationKeepsStayTheSystemsOwnRecords() {
        Consultation c = OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "requests-fresh", "fleet-maintenance.yaml")));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-work-orders")).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotContain("hand-off"));
    }

    /** A request with no device among its actors: the command goes to the device through the unit, never to the person. */
    @org.junit.jupiter.api.Test
    void aRemoteCommandIsSentToTheDeviceNotToThePersonWhoAskedAndTheAskerIsAnswered() {
        SequenceDiagram flow = consult("barrier-gates").sequences().stream().filter(s -> s.id().equals("seq-remote-barrier-openings-command"))
                .findFirst().orElseThrow();
        String person = flow.steps().get(0).from();
        assertThat(flow.steps()).noneMatch(s -> s.to().equals(person) && s.message().contains("Send the command"));
        assertThat(flow.steps()).anyMatch(s -> s.to().equals(person) && s.message().startsWith("202"));
    }

    /**
     * "Not designed yet" means exactly that the capability is an open question with a labelled placeholder: never for
     * a capability an archetype, a shape, the catalogue or a compliance regime designs (a stale label was found).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRequest")
    void aRequirementReadsNotDesignedYetOnlyWhenItsCapabilityIsAnOpenQuestion(Path request) {
        Consultation c = OfflineArchitect.create().consult(RequestReader.read(request));
        List<String> questions = c.requirements().openQuestions().stream().map(OpenQuestion::id).toList();
        for (FunctionalRequirement f : c.requirements().functional()) {
            String question = "oq-capability-" + f.id().substring("fr-".length());
            assertThat(f.description().startsWith("Not designed yet")).as(f.id() + ": " + f.description()).isEqualTo(questions.contains(question));
        }
        // No placeholder table is left for a capability that something designs.
        c.dataModel().entities().stream().filter(x -> x.description() != null && x.description().startsWith("Placeholder"))
                .forEach(x -> assertThat(x.description()).as(x.name()).containsAnyOf(questions.toArray(String[]::new)));
    }

    static Stream<Path> everyRequest() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (String folder : List.of("capability-shape-requests", "archetype-requests", "requests-fresh")) {
            try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", folder))) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }
}
