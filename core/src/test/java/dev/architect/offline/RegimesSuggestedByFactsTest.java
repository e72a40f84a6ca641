package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.OpenQuestion;
import dev.architect.figures.Workload;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A regime the request does not list but whose facts it states (children in the United States, students' grades kept
 * for schools, card payments) is suggested, never taken as stated: an open question with a recommended answer, an
 * assumption quoting the evidence, and the regime designed for until someone answers.
 */
class RegimesSuggestedByFactsTest {

    private static ConsultationRequest request(String description, String region, String... capabilities) {
        return ConsultationRequest.builder("Brightboard", description).capabilities(capabilities)
                .deployment(new Deployment(Cloud.AWS, List.of(region))).build();
    }

    private static final ConsultationRequest DRAWING = request("A drawing app where children aged 6 to 10 share pictures with their "
            + "families", "us-east-1", "drawings", "sharing");

    @Test
    void childrenInTheUnitedStatesSuggestCoppaAsAQuestionWithItsEvidence() {
        Workload w = Workload.of(DRAWING);

        assertThat(w.compliance()).containsExactly(ComplianceRegime.COPPA);
        assertThat(w.assumptions()).filteredOn(a -> a.id().equals("as-compliance-coppa")).singleElement()
                .extracting(Assumption::statement).asString()
                .isEqualTo("The request says 'children aged 6 to 10' (children under 13) and deploys to us-east-1 in the United States, "
                        + "and its compliance field does not list COPPA; it is designed for as a regime that applies until open "
                        + "question oq-compliance-coppa is answered");
        assertThat(OfflineQuestions.ask(DRAWING)).first().satisfies(q -> {
            assertThat(q.id()).isEqualTo("oq-compliance-coppa");
            assertThat(q.question()).isEqualTo("Does COPPA apply to Brightboard?");
            assertThat(q.options()).containsExactly("Yes: Brightboard is designed for COPPA", "No: Brightboard is not subject to COPPA");
            assertThat(q.recommended()).isEqualTo("Yes: Brightboard is designed for COPPA");
            assertThat(q.whyItMatters()).contains("'children aged 6 to 10' (children under 13)", "verifiable parental consent");
        });
    }

    @Test
    void theSuggestedRegimeIsDesignedForAndListedAmongTheOpenQuestions() {
        Consultation c = OfflineArchitect.create().consult(DRAWING);

        assertThat(c.decisions()).filteredOn(d -> d.topic() == DecisionTopic.COMPLIANCE).extracting(Decision::title)
                .singleElement().asString().startsWith("COPPA controls");
        assertThat(c.requirements().openQuestions()).filteredOn(q -> q.id().equals("oq-compliance-coppa")).singleElement()
                .extracting(OpenQuestion::recommended).isEqualTo("Yes: Brightboard is designed for COPPA");
        assertThat(c.requirements().assumptions()).extracting(Assumption::id).contains("as-compliance-coppa");
        assertThat(DossierValidator.validate(c, DRAWING).errors()).isEmpty();
    }

    @Test
    void studentsGradesKeptForSchoolsSuggestFerpaButNotCoppa() {
        ConsultationRequest grades = request("Teachers in high schools record their students' grades and attendance", "us-west-2",
                "gradebook", "attendance");

        assertThat(Workload.of(grades).compliance()).containsExactly(ComplianceRegime.FERPA);
        assertThat(OfflineQuestions.ask(grades)).extracting(ClarifyingQuestion::id).contains("oq-compliance-ferpa")
                .doesNotContain("oq-compliance-coppa");
        assertThat(Workload.of(grades).assumptions()).filteredOn(a -> a.id().equals("as-compliance-ferpa")).singleElement()
                .extracting(Assumption::statement).asString()
                .isEqualTo("The request says 'students', 'schools' and 'grades' (education records) and deploys to us-west-2 in the United States, "
                        + "and its compliance field does not list FERPA; it is designed for as a regime that applies until open question "
                        + "oq-compliance-ferpa is answered");
    }

    @Test
    void cardPaymentsSuggestPciDssWhereverTheSystemRuns() {
        ConsultationRequest shop = request("Customers buy tea online and pay by card through the provider's hosted page", "eu-west-1",
                "catalog", "orders");

        assertThat(Workload.of(shop).compliance()).containsExactly(ComplianceRegime.PCI_DSS);
        assertThat(OfflineQuestions.ask(shop)).extracting(ClarifyingQuestion::id).contains("oq-compliance-pci-dss");
    }

    @Test
    void customersInBrazilSuggestTheLgpdAndCustomersInTheEuGdpr() {
        ConsultationRequest brazil = request("Customers order groceries for delivery the same day", "sa-east-1", "catalog", "orders");
        assertThat(Workload.of(brazil).compliance()).containsExactly(ComplianceRegime.LGPD);
        assertThat(Workload.of(brazil).assumptions()).filteredOn(a -> a.id().equals("as-compliance-lgpd")).singleElement()
                .extracting(Assumption::statement).asString()
                .startsWith("The request says 'Customers' (people whose personal data it keeps) and deploys to sa-east-1 in Brazil");

        ConsultationRequest germany = request("Members in Germany book rooms in our coworking spaces", "us-east-1", "rooms", "bookings");
        assertThat(Workload.of(germany).compliance()).containsExactly(ComplianceRegime.GDPR);
        assertThat(OfflineQuestions.ask(germany)).first().extracting(ClarifyingQuestion::whyItMatters).asString()
                .startsWith("The request says 'Members' (people whose personal data it keeps) and 'Germany' (the EU)");
    }

    @Test
    void aEuropeanRegionAloneIsNoFactAboutWhereThePeopleAre() {
        assertThat(Workload.of(request("Members book rooms in our coworking spaces", "eu-west-1", "rooms", "bookings")).compliance())
                .isEmpty();
    }

    @Test
    void nothingSaidNothingSuggested() {
        ConsultationRequest stock = request("Forklift drivers scan pallets in and out of three warehouses", "us-east-1", "pallets", "scans");

        assertThat(Workload.of(stock).compliance()).isEmpty();
        assertThat(OfflineQuestions.ask(stock)).extracting(ClarifyingQuestion::id).noneMatch(id -> id.startsWith("oq-compliance-"));
    }

    @Test
    void aNegatedFactOrARuledOutRegimeSuggestsNothing() {
        assertThat(Workload.of(request("A budgeting app for households; no children use it", "us-east-1", "budgets")).compliance())
                .isEmpty();
        assertThat(Workload.of(request("A drawing app for kids aged 6 to 10, not subject to COPPA", "us-east-1", "drawings")).compliance())
                .isEmpty();
        assertThat(Workload.of(request("We do not take card payments; invoices are paid by bank transfer", "eu-west-1", "invoices"))
                .compliance()).isEmpty();
    }

    @Test
    void childrenOutsideTheRegimesReachOrOldEnoughSuggestNothing() {
        assertThat(Workload.of(request("A drawing app where children aged 6 to 10 share pictures", "eu-west-1", "drawings")).compliance())
                .isEmpty();
        assertThat(Workload.of(request("A fitness app for adults aged 18 to 65", "us-east-1", "workouts")).compliance()).isEmpty();
    }

    @Test
    void anAnswerSettlesTheQuestionEitherWay() {
        ConsultationRequest no = OfflineQuestions.apply(DRAWING, Map.of("oq-compliance-coppa", "No: Brightboard is not subject to COPPA"));
        assertThat(Workload.of(no).compliance()).isEmpty();
        assertThat(OfflineQuestions.ask(no)).extracting(ClarifyingQuestion::id).doesNotContain("oq-compliance-coppa");

        ConsultationRequest yes = OfflineQuestions.apply(DRAWING, Map.of("oq-compliance-coppa", "Yes: Brightboard is designed for COPPA"));
        assertThat(yes.compliance()).containsExactly(ComplianceRegime.COPPA);
        assertThat(Workload.of(yes).assumptions()).extracting(Assumption::id).doesNotContain("as-compliance-coppa");
        assertThat(OfflineQuestions.ask(yes)).extracting(ClarifyingQuestion::id).doesNotContain("oq-compliance-coppa");
    }

    @Test
    void aCardNumberThatIsNoPaymentCardSuggestsNoPciDssAndBringsNoCardDataRisk() {
        // A library checks its patrons' library card numbers with the library systems; nobody pays by card.
        ConsultationRequest lending = ConsultationRequest.builder("Bookwise", "Patrons of 40 libraries borrow e-books for 14 days and join a waitlist")
                .capabilities("loans", "waitlists").integration("SIP2 library systems", "checking library card numbers")
                .deployment(new Deployment(Cloud.GCP, List.of("europe-west1"))).compliance(ComplianceRegime.GDPR).build();
        Consultation c = OfflineArchitect.create().consult(lending);

        assertThat(Workload.of(lending).compliance()).containsExactly(ComplianceRegime.GDPR);
        assertThat(c.risks()).extracting(dev.architect.dossier.Risk::id).doesNotContain("risk-pci-scope");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-compliance-pci-dss");
        assertThat(dev.architect.dossier.DossierJson.write(c)).as("no money direction read from a library card")
                .doesNotContainIgnoringCase("money comes in").doesNotContain("PCI");
    }

    @Test
    void aCardNumberBesideAPaymentStillSuggestsPciDssWithThatEvidence() {
        ConsultationRequest shop = ConsultationRequest.builder("Teapot", "Customers order tea online").capabilities("orders")
                .integration("Support desk", "agents take card numbers over the phone for payment")
                .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).build();

        assertThat(Workload.of(shop).compliance()).contains(ComplianceRegime.PCI_DSS);
        assertThat(Workload.of(shop).assumptions()).filteredOn(a -> a.id().equals("as-compliance-pci-dss")).singleElement()
                .extracting(Assumption::statement).asString().contains("'card numbers' (card payments)");
        // The regime's risk says it is assumed, with the evidence, so regime-specific advice shows why it is here.
        Consultation c = OfflineArchitect.create().consult(shop);
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-pci-scope")).singleElement()
                .extracting(dev.architect.dossier.Risk::description).asString()
                .endsWith("(PCI-DSS is not stated but assumed: the request says 'card numbers' (card payments); as-compliance-pci-dss)");
        ConsultationRequest stated = ConsultationRequest.builder("Teapot", "Customers order tea online").capabilities("orders")
                .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).compliance(ComplianceRegime.PCI_DSS).build();
        assertThat(OfflineArchitect.create().consult(stated).risks()).filteredOn(r -> r.id().equals("risk-pci-scope")).singleElement()
                .extracting(dev.architect.dossier.Risk::description).asString().doesNotContain("assumed");
    }
}
