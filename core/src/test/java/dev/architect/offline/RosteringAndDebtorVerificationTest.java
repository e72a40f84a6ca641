package dev.architect.offline;

import static dev.architect.offline.ArchetypeDossiersTest.assertDesigns;
import static dev.architect.offline.ArchetypeDossiersTest.consult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.FunctionalRequirement;
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
 * Two capabilities that were labelled placeholders: a school's classes rostered from its information system (keyed by
 * source id, made inactive rather than deleted, a large drop held for a person) and a funder's verification of the
 * debtor and its confirmation of the invoice before any advance. Each on a request written for it.
 */
class RosteringAndDebtorVerificationTest {

    static Stream<Expected> table() {
        return Stream.of(
                new Expected("reading-log-rosters", Set.of("school-rostering"),
                        List.of("roster-sync"),
                        List.of("school", "school_class", "roster_person", "enrolment", "guardian_link", "roster_sync_run"),
                        List.of("school_class:ONE_OF", "roster_person:ONE_OF", "enrolment:ORDERED", "guardian_link:DIFFERENT", "roster_sync_run:NOT_NEGATIVE"),
                        List.of("startRosterSync", "listRosterSyncs", "confirmRosterSync", "listClasses", "listClassEnrolments"),
                        List.of("seq-sync-roster"),
                        List.of()),
                new Expected("freight-invoice-factoring", Set.of("debtor-verification", "receivable-advances", "outgoing-payments"),
                        List.of("debtor-verifier", "advance-servicer"),
                        List.of("debtor", "debtor_check", "invoice_confirmation", "advance"),
                        List.of("debtor:ONE_OF", "debtor_check:APPEND_ONLY", "invoice_confirmation:AT_MOST", "invoice_confirmation:ORDERED"),
                        List.of("registerDebtor", "listDebtors", "requestInvoiceConfirmation", "answerInvoiceConfirmation", "releaseAdvance"),
                        List.of("seq-verify-debtor", "seq-confirm-invoice", "seq-disburse-advance", "seq-release-advance"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void thePlaceholderCapabilityIsDesigned(Expected e) {
        Consultation c = consult(e.request());

        List<String> recognised = ArchetypeDossiersTest.recognisedArchetypes(c);
        assertThat(recognised).as("archetypes").containsAll(e.archetypes());
        assertThat(c.c4().containers()).extracting(Container::id).as("containers").containsAll(e.containers());
        assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        // The capability that was a placeholder is designed by the archetype.
        assertThat(c.requirements().functional()).filteredOn(f -> !f.id().startsWith("fr-archetype-") && f.title().equals(e.request().equals("reading-log-rosters") ? "Roster sync" : "Debtor verification"))
                .singleElement().extracting(FunctionalRequirement::description).asString()
                .startsWith("Designed as " + (e.request().equals("reading-log-rosters") ? "school rostering" : "debtor verification"));

        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void theRosterIsImportedBySourceIdAndTheNamedProviderIsTheSource() {
        Consultation c = consult("reading-log-rosters");

        assertThat(c.dataModel().entities()).filteredOn(x -> x.name().equals("roster_person")).singleElement()
                .satisfies(p -> assertThat(p.indexes()).anySatisfy(i -> {
                    assertThat(i.fields()).containsExactly("source_system", "source_id");
                    assertThat(i.unique()).isTrue();
                }));
        assertThat(c.c4().systems()).anyMatch(x -> x.name().contains("ClassLink"));
    }

    @Test
    void aStaffRotaIsNotASchoolRosterAndDebtorChecksNeedAdvances() {
        assertThat(ids("""
                system: WardShift
                description: Shift rostering for nurses across three hospitals; managers publish the rosters two weeks ahead.
                capabilities: [rostering, shift swaps]
                load: {peakRequestsPerSecond: 20}
                team: {size: 3, expertise: [Java]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """)).doesNotContain("school-rostering");
        assertThat(ids("""
                system: Ledgerline
                description: Accounts receivable for a wholesaler; staff verify the debtor's address before sending reminders.
                capabilities: [invoices, debtor verification, reminders]
                load: {peakRequestsPerSecond: 20}
                team: {size: 3, expertise: [Java]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """)).doesNotContain("debtor-verification");
    }

    @Test
    void rosterRisksNameTheSystemTheRequestSaysTheRostersComeFromAndSayNoPupils() {
        // A university's rosters come from its learning platform: the risks name it and speak of people and classes,
        // never of pupils, quizzes or a district, which this request never mentions.
        var request = RequestReader.readString("""
                system: Examhall
                description: Online exams for a university of 30,000 students; lecturers build exams and students sit them in the browser.
                capabilities: [exams, exam sessions, answers]
                integrations:
                  - {name: Canvas LMS, purpose: class rosters and grade passback}
                load: {peakRequestsPerSecond: 500}
                team: {size: 6, expertise: [Java]}
                deployment: {cloud: aws, regions: [us-east-2]}
                """);
        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.risks()).extracting(dev.architect.dossier.Risk::title)
                .contains("A bad roster feed from Canvas LMS empties classes", "One person imported from Canvas LMS as two",
                        "More personal data imported from Canvas LMS than the service needs");
        assertThat(c.risks()).filteredOn(r -> r.title().contains("Canvas LMS"))
                .allSatisfy(r -> assertThat(r.title() + " " + r.description() + " " + r.mitigation())
                        .doesNotContainIgnoringCase("pupil").doesNotContainIgnoringCase("quiz").doesNotContainIgnoringCase("district")
                        .doesNotContain("{external:"));
    }

    private static List<String> ids(String yaml) {
        var request = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(request, request.capabilities()).stream().map(r -> r.archetype().id()).toList();
    }
}
