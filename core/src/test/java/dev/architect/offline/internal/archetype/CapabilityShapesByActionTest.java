package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.CapabilityShapes.ShapedCapability;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Capabilities named by what they do (alerting, correcting, auditing, reporting an incident) are designed by the shape of
 * that action in every domain, with the object from the capability's other words; and the same words in another sense
 * (a disciplinary warning, a spelling correction, a server's access log, a magazine's back issues) are not claimed.
 */
class CapabilityShapesByActionTest {

    private static Optional<ShapedCapability> design(String capability, String description) {
        return CapabilityShapesTest.design(capability, description);
    }

    private static String shapeOf(String capability, String description) {
        return CapabilityShapesTest.shapeOf(capability, description);
    }

    @Test
    void alertingOnAConditionIsDesignedAsAlertsRaisedOncePerCauseInEveryDomain() {
        // a laboratory, a carrier, a household budget app, a cold room, a shop's stock
        assertThat(shapeOf("critical value alerting", "A lab results hub; clinicians are paged about critical values.")).isEqualTo("condition-alert");
        assertThat(shapeOf("late delivery alerts", "A parcel carrier tells depot managers when a van falls behind its route.")).isEqualTo("condition-alert");
        assertThat(shapeOf("overspend alerts", "A household budgeting app for families.")).isEqualTo("condition-alert");
        assertThat(shapeOf("freezer alarms", "A restaurant chain watches its cold rooms.")).isEqualTo("condition-alert");
        assertThat(shapeOf("stockout warnings", "Store managers are warned when an item falls below its reorder threshold.")).isEqualTo("condition-alert");
        ShapedCapability lab = design("critical value alerting", null).orElseThrow();
        assertThat(lab.evidence().phrase()).isEqualTo("alerting");
        // one alerting mechanism per request (its rules say what each watches), with its chain of escalation steps and its history
        assertThat(lab.shape().sharedAs()).isEqualTo("alert");
        assertThat(lab.design().entities()).extracting(Archetype.EntityDef::name)
                .contains("critical_value_alerting", "critical_value_alerting_rule", "critical_value_alerting_escalation_step", "critical_value_alerting_event");
        assertThat(lab.design().requirement()).contains("one alert per cause").contains("escalate to the next person").contains("a timer per alert");
    }

    @Test
    void escalationIsAnAlertsOnlyWhereSomethingMustBeAcknowledgedOrPaged() {
        assertThat(shapeOf("escalation and acknowledgement", "If nobody acknowledges a critical value within 10 minutes the charge nurse is paged."))
                .isEqualTo("condition-alert");
        assertThat(shapeOf("escalation", "Unacknowledged alarms are escalated to the duty engineer after 5 minutes.")).isEqualTo("condition-alert");
        // a case escalated to a senior reviewer is a decision someone makes, not a page repeated until acknowledged
        assertThat(shapeOf("escalations", "Support agents escalate hard tickets to a senior agent, who decides them.")).isNotEqualTo("condition-alert");
    }

    @Test
    void aWarningIssuedToAPersonOrPrintedOnContentIsNotAnAlert() {
        assertThat(shapeOf("disciplinary warnings", "An HR system for a retailer; managers record warnings and hearings.")).isEqualTo("open question");
        assertThat(shapeOf("content warnings", "A publishing platform where authors tag their stories.")).isEqualTo("open question");
        assertThat(shapeOf("message acknowledgement", "The lab system resends an HL7 message until it is acknowledged.")).isNotEqualTo("condition-alert");
        assertThat(shapeOf("warnings", "Tenants who break the rules receive written warnings from the landlord.")).isEqualTo("open question");
    }

    @Test
    void aCorrectionOfAPublishedRecordIsANewVersionThatSupersedesItInEveryDomain() {
        // a laboratory, a newsroom, a payroll bureau, a journal, a tax filing service
        assertThat(shapeOf("result corrections", "Corrected results must replace the earlier version everywhere.")).isEqualTo("record-correction");
        assertThat(shapeOf("article corrections", "A news site publishing 400 articles a day.")).isEqualTo("record-correction");
        assertThat(shapeOf("payslip amendments", "A payroll bureau issues payslips for 300 employers.")).isEqualTo("record-correction");
        assertThat(shapeOf("paper retractions", "A journal publisher.")).isEqualTo("record-correction");
        assertThat(shapeOf("filing revisions", "Returns are filed with the tax authority and may be revised after they are filed.")).isEqualTo("record-correction");
        ShapedCapability news = design("article corrections", null).orElseThrow();
        assertThat(news.design().entities()).extracting(Archetype.EntityDef::name)
                .contains("article_corrections", "article_corrections_version", "article_corrections_notice", "article_corrections_outbox");
        assertThat(news.design().requirement()).contains("never overwriting what was published").contains("received an earlier version is told");
    }

    @Test
    void aSpellingCorrectionAPrisonOrAStudentsRevisionIsNotACorrectionOfARecord() {
        assertThat(shapeOf("spelling correction", "A writing assistant for students.")).isEqualTo("open question");
        assertThat(shapeOf("corrections officer rosters", "Shift planning for a state's prisons and their inmates.")).isNotEqualTo("record-correction");
        assertThat(shapeOf("revision planner", "Pupils plan their revision for the summer exams.")).isNotEqualTo("record-correction");
        assertThat(shapeOf("colour correction", "A photo editing service.")).isEqualTo("open question");
    }

    @Test
    void aLogOfWhoDidWhatIsAnAppendOnlyAuditLogInEveryDomain() {
        // accounts payable, an HR system, a clinic, a SaaS admin console
        assertThat(shapeOf("audit log", "Accounts payable for mid-market companies.")).isEqualTo("audit-log");
        assertThat(shapeOf("change history", "An HR system where managers change salaries and titles.")).isEqualTo("audit-log");
        assertThat(shapeOf("patient record access logs", "Every view of a patient's record by staff is kept.")).isEqualTo("audit-log");
        assertThat(shapeOf("admin activity log", "A project management SaaS for agencies.")).isEqualTo("audit-log");
        ShapedCapability ap = design("audit log", null).orElseThrow();
        assertThat(ap.design().entities().get(0).constraints()).anyMatch(c -> c.kind() == dev.architect.dossier.ConstraintKind.APPEND_ONLY);
        assertThat(ap.design().requirement()).contains("no event is ever updated or deleted").contains("by record and by person");
        // one log per request, named audit: its audit_event table is the trail a compliance regime asks for, not a second one
        assertThat(ap.shape().sharedAs()).isEqualTo("audit");
    }

    @Test
    void aServersAccessLogOrAProductsChangeLogIsNotAnAuditLog() {
        assertThat(shapeOf("server access logs", "Nginx fronts the API.")).isNotEqualTo("audit-log");
        assertThat(shapeOf("product change log", "Release notes for each version of our app.")).isNotEqualTo("audit-log");
        assertThat(shapeOf("energy audits", "An energy consultancy books site visits.")).isNotEqualTo("audit-log");
    }

    @Test
    void anIncidentPeopleReportIsTriagedBySeverityAndWorkedToClosureInEveryDomain() {
        // a hospital, a building site, a lift maintainer, a city council, a clinical trial
        assertThat(shapeOf("safety incidents", "Nurses report patient safety incidents from the ward.")).isEqualTo("incident-case");
        assertThat(shapeOf("near miss reporting", "A construction firm's site workers.")).isEqualTo("incident-case");
        assertThat(shapeOf("fault reports", "Residents report broken lifts in their tower blocks.")).isEqualTo("incident-case");
        assertThat(shapeOf("issues", "Citizens report potholes and other issues, which the council fixes.")).isEqualTo("incident-case");
        assertThat(shapeOf("adverse events", "Sites in a clinical trial report adverse events within 24 hours.")).isEqualTo("incident-case");
        ShapedCapability ward = design("safety incidents", null).orElseThrow();
        assertThat(ward.design().entities()).extracting(Archetype.EntityDef::name)
                .contains("safety_incidents", "safety_incidents_severity", "safety_incidents_transition", "safety_incidents_note");
        // one incident mechanism per request: near misses and incidents are two categories of one report
        assertThat(ward.shape().sharedAs()).isEqualTo("incident");
    }

    @Test
    void anIssueOfAPublicationOrALicenceIsNotAReportedProblem() {
        assertThat(shapeOf("back issues", "A magazine sells subscriptions and single copies.")).isNotEqualTo("incident-case");
        assertThat(shapeOf("issues", "A magazine publisher's archive of every edition since 1950.")).isNotEqualTo("incident-case");
        assertThat(shapeOf("licence issues", "The council issues licences to taxi drivers.")).isNotEqualTo("incident-case");
        assertThat(shapeOf("incident response plan", "Our on-call team keeps a runbook.")).isNotEqualTo("incident-case");
    }
}
