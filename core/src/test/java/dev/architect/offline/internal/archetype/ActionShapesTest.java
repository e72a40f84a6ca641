package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.archetype.CapabilityShapes.ShapeNames;
import dev.architect.request.Integration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Shapes named by what a capability does (sync, extract, send in bulk, compute a price, onboard a party), whatever it acts
 * on: each designs capabilities of at least four domains, and leaves the words' other senses alone.
 */
class ActionShapesTest {

    /** The shape that designs a capability under a description, or "open question" (shared with the other shape tests). */
    static String shapeOf(String capability, String description) {
        String table = capability.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String path = table.replace('_', '-') + "s";
        ShapeNames names = new ShapeNames(capability, path, table, "Sample", path, "sampleId", table.replace('_', ' '));
        return CapabilityShapes.standard().design(names, description).map(d -> d.shape().id()).orElse("open question");
    }

    @Test
    void aSyncImportIntegrationOrReconciliationWithAnotherSystemIsASyncWithACheckpointInAnyDomain() {
        assertThat(shapeOf("ERP sync", "Accounts payable: purchase orders and vendors come from the customer's ERP.")).isEqualTo("system-sync");
        assertThat(shapeOf("CRM synchronisation", "An estate agency keeps its contacts in HubSpot and its viewings here.")).isEqualTo("system-sync");
        assertThat(shapeOf("payroll integration", "Hours worked are sent to the payroll provider every week.")).isEqualTo("system-sync");
        assertThat(shapeOf("student records import", "A school's timetable app loads pupils from the SIS.")).isEqualTo("system-sync");
        assertThat(shapeOf("supplier reconciliation", "A wholesaler reconciles supplier statements with the invoices in its ERP.")).isEqualTo("system-sync");
        // Records with a counterpart elsewhere make "matching" this mechanism.
        assertThat(shapeOf("remittance matching", "Remittances from the bank are matched to open invoices.")).isEqualTo("system-sync");
        // A device that loses its signal is offline-sync's, but a sync with an ERP stays ours even beside handhelds.
        assertThat(shapeOf("ERP sync", "Field reps work offline on tablets; orders go to the ERP.")).isEqualTo("system-sync");
        assertThat(shapeOf("offline sync", "Field reps work offline on tablets and sync when back in coverage.")).isEqualTo("offline-sync");
    }

    @Test
    void integrationTestsLipSyncCustomsImportsAndPeopleMatchingAreNotASync() {
        assertThat(shapeOf("continuous integration", "A build service for mobile teams.")).isNotEqualTo("system-sync");
        assertThat(shapeOf("lip sync", "A video dubbing studio.")).isNotEqualTo("system-sync");
        assertThat(shapeOf("import declarations", "A freight forwarder files customs declarations for its clients.")).isNotEqualTo("system-sync");
        assertThat(shapeOf("job matching", "Job seekers are matched to vacancies.")).isNotEqualTo("system-sync");
        assertThat(shapeOf("dispatch and matching", "Riders are matched to the nearest driver.")).isNotEqualTo("system-sync");
        // "matching" with no record that has a counterpart elsewhere says nothing about a sync.
        assertThat(shapeOf("mentor matching", "Mentees are paired with mentors by interests.")).isNotEqualTo("system-sync");
    }

    @Test
    void aSyncNamedByItsOwnWordsIsNeverHandedOffToTheSystemItSyncsWith() {
        List<Integration> salesforce = List.of(new Integration("Salesforce", "sync accounts and contacts"));
        assertThat(CapabilityShapes.standard().handedOff("contacts sync", "A B2B shop.", salesforce)).isEmpty();
        // The hand-off itself still works for records the other system keeps.
        List<Integration> maximo = List.of(new Integration("IBM Maximo", "work orders for the pumps"));
        assertThat(CapabilityShapes.standard().handedOff("work orders", "A water utility.", maximo))
                .map(h -> h.shape().id()).contains("integration-handoff");
    }

    @Test
    void readingFieldsOutOfDocumentsRecordingsOrImagesIsAnExtractionInAnyDomain() {
        assertThat(shapeOf("OCR extraction", "Supplier invoices arrive as PDF.")).isEqualTo("document-extraction");
        assertThat(shapeOf("receipt scanning", "Employees photograph receipts for their expense claims.")).isEqualTo("document-extraction");
        assertThat(shapeOf("CV parsing", "Candidates upload their CVs when they apply.")).isEqualTo("document-extraction");
        assertThat(shapeOf("call transcription", "A contact centre keeps recordings of every call.")).isEqualTo("document-extraction");
        assertThat(shapeOf("claim document classification", "Policyholders upload photos and forms with a claim.")).isEqualTo("document-extraction");
        assertThat(shapeOf("licence plate recognition", "Cameras at a car park's barriers read plates.")).isEqualTo("document-extraction");
        // The action at the head outranks the object before it: invoice OCR extracts invoices, it does not issue one.
        assertThat(shapeOf("invoice OCR", "Carriers' invoices arrive as PDF.")).isEqualTo("document-extraction");
        assertThat(shapeOf("invoicing", "A print shop bills its customers.")).isEqualTo("document-with-lines");
    }

    @Test
    void dataExtractsDataClassificationAndLogParsingAreNotAnExtractionFromDocuments() {
        // A data extract leaving the system stays an export.
        assertThat(shapeOf("data extracts", "Finance receives monthly extracts of all bookings.")).isEqualTo("data-export");
        assertThat(shapeOf("data classification", "Every dataset is labelled public, internal or secret.")).isNotEqualTo("document-extraction");
        assertThat(shapeOf("log parsing", "Servers ship their logs to us.")).isNotEqualTo("document-extraction");
        // "extract" alone, with no document in the request, is not a document's.
        assertThat(shapeOf("nightly extract", "The warehouse loads a nightly extract of orders.")).isNotEqualTo("document-extraction");
    }

    @Test
    void aNewsletterCampaignMailingOrDigestSentThroughAProviderIsABulkSendInAnyDomain() {
        assertThat(shapeOf("newsletters", "A national news publisher's reader site.")).isEqualTo("bulk-send");
        assertThat(shapeOf("email campaigns", "An online shop sends offers to its subscribers.")).isEqualTo("bulk-send");
        assertThat(shapeOf("SMS campaigns", "A pharmacy chain reminds patients of flu jabs.")).isEqualTo("bulk-send");
        assertThat(shapeOf("weekly digest", "Forum members get an email of the week's best threads.")).isEqualTo("bulk-send");
        assertThat(shapeOf("mass mailing", "A charity writes to its donors twice a year.")).isEqualTo("bulk-send");
    }

    @Test
    void fundraisingCampaignsMailingAddressesAndInProductAnnouncementsAreNotABulkSend() {
        assertThat(shapeOf("crowdfunding campaigns", "Creators raise money for their projects from backers.")).isNotEqualTo("bulk-send");
        assertThat(shapeOf("campaigns", "A game with quests and campaigns for players.")).isNotEqualTo("bulk-send");
        assertThat(shapeOf("mailing addresses", "Customers keep several addresses.")).isNotEqualTo("bulk-send");
        // Shown in the product to a group, with read receipts: an announcement, not a send through a provider.
        assertThat(shapeOf("team announcements", "Coaches post notices to their squads.")).isEqualTo("announcement");
    }

    @Test
    void aPriceFeeOrMultiplierComputedFromLiveInputsIsAComputedPriceInAnyDomain() {
        assertThat(shapeOf("surge pricing", "Computed per zone from open requests versus idle drivers.")).isEqualTo("computed-price");
        assertThat(shapeOf("dynamic pricing", "A parking operator prices each garage by its occupancy.")).isEqualTo("computed-price");
        assertThat(shapeOf("delivery fee calculation", "Fees follow distance and the couriers available.")).isEqualTo("computed-price");
        assertThat(shapeOf("congestion pricing", "A toll road charges more when traffic is heavy.")).isEqualTo("computed-price");
        // A fare quoted on the spot is computed and held, not a numbered document.
        assertThat(shapeOf("fare quotes", "Riders get a fare up front, locked for 2 minutes.")).isEqualTo("computed-price");
    }

    @Test
    void aPricingPagePriceListsStormSurgesAndLiveOddsAreNotAComputedPrice() {
        assertThat(shapeOf("pricing page", "A SaaS marketing site.")).isNotEqualTo("computed-price");
        assertThat(shapeOf("pricing", "A bakery lists its cakes and their prices.")).isNotEqualTo("computed-price");
        assertThat(shapeOf("surge alerts", "Coastal flood warnings from tide gauges.")).isNotEqualTo("computed-price");
        assertThat(shapeOf("live odds", "Odds change several times a second in play.")).isEqualTo("live-price-feed");
        // A sales quotation is still a numbered document.
        assertThat(shapeOf("quotes", "A print shop sends quotes to businesses.")).isEqualTo("document-with-lines");
    }

    @Test
    void onboardingVettingKycOrVerifyingAPartysDetailsIsAnOnboardingInAnyDomain() {
        assertThat(shapeOf("supplier onboarding", "Suppliers send bank details and a company registration extract.")).isEqualTo("party-onboarding");
        assertThat(shapeOf("driver vetting", "Drivers upload their licence and pass a background check.")).isEqualTo("party-onboarding");
        assertThat(shapeOf("merchant KYB", "A payment platform for small shops.")).isEqualTo("party-onboarding");
        assertThat(shapeOf("carer registration", "Carers are checked against the barring list before their first visit.")).isEqualTo("party-onboarding");
        assertThat(shapeOf("bank detail verification", "Changed bank details are verified by call-back before the next payment."))
                .isEqualTo("party-onboarding");
    }

    @Test
    void anOnboardingTourACourseEnrolmentAVehicleRegistrationAndEmailVerificationAreNotAPartysVetting() {
        assertThat(shapeOf("onboarding tutorial", "A note-taking app shows new users around.")).isNotEqualTo("party-onboarding");
        assertThat(shapeOf("course enrolment", "Students sign up for evening classes.")).isNotEqualTo("party-onboarding");
        assertThat(shapeOf("vehicle registration", "A fleet manager keeps each van's plate and tax date.")).isNotEqualTo("party-onboarding");
        assertThat(shapeOf("email verification", "Users confirm their address with a link.")).isNotEqualTo("party-onboarding");
        // A registration with nothing checked about the person is a sign-up, not a vetting.
        assertThat(shapeOf("exam registration", "Students register for exams; the office checks room capacity and approves.")).isNotEqualTo("party-onboarding");
        // A rule outcome about a subject stays eligibility.
        assertThat(shapeOf("grant eligibility", "Applicants qualify by income and region.")).isEqualTo("eligibility");
    }

    @Test
    void aShapedCapabilityWorksWithTheIntegrationThatSharesItsWordsNamesItsPhraseOrIsTheSystemOfRecordItNames() {
        CapabilityShapes shapes = CapabilityShapes.standard();
        List<String> systems = List.of("Peppol access point receive e-invoices", "Banking partner API SEPA payment files and statements",
                "SAP S/4HANA and NetSuite POs, goods receipts, vendor master", "AWS Textract OCR of PDF invoices");
        assertThat(shapes.counterpart("bank integration", "integration", systems)).contains(1);
        assertThat(shapes.counterpart("OCR extraction", "ocr", systems)).contains(3);
        assertThat(shapes.counterpart("ERP sync", "sync", systems)).contains(2);
        assertThat(shapes.counterpart("newsletters", "newsletters", systems)).isEmpty();
        // "and" joins the name's words and identifies no system, however many systems' purposes use it
        assertThat(shapes.counterpart("CV upload and parsing", "parsing", List.of("Employer ATS applications pushed to Greenhouse, Workday and SmartRecruiters"))).isEmpty();
        // The description's sentence naming the capability names the system.
        List<Integration> integrations = List.of(new Integration("Stripe", "card payments"), new Integration("Xero", "daily takings and settlements"));
        assertThat(shapes.counterpart("accounting sync", "sync", integrations, "Takings are posted to the accounting system (Xero) each night."))
                .map(Integration::name).contains("Xero");
        assertThat(shapes.counterpart("accounting sync", "sync", integrations, "Takings are posted each night.")).isEmpty();
    }

    @Test
    void aShapeThatIsBothAnActionAndClaimedOnlyByIntegrationFailsAtLoadNamingIt() {
        String yaml = """
                shapes:
                  - id: torn
                    label: a torn shape
                    action: true
                    byIntegration: true
                    phrases: [torn]
                    requirement: "Nothing"
                    entities:
                      - name: "${table}"
                        fields: ["id:UUID", "name:TEXT"]
                    operations:
                      - {id: "get${Schema}", method: GET, path: "/${path}/{${id}}", summary: "Get", responses: [{status: 200}]}
                """;
        assertThatThrownBy(() -> CapabilityShapes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shape 'torn'").hasMessageContaining("action");
    }
}
