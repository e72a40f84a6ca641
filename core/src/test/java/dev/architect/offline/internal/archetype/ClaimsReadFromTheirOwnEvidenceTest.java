package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A shape or an archetype claims a capability from the capability's own name and the sentences that speak of it, and
 * money moves the way those sentences say: a context word elsewhere in the request ("shift" of a shift worked offline) claims
 * nothing; payouts FROM a processor come in; money collected by direct debit is a scheduled collection under a mandate, not
 * dunning; a claim we send to an insurer or a tax office is not a case we handle; a sync with no partner system named is the
 * devices' own where its words say offline. Every request is written for this test, in domains the catalogue was not tuned on, each rule with a
 * negative where the words stand in the other sense.
 */
class ClaimsReadFromTheirOwnEvidenceTest {

    private static Optional<Recognised> archetype(ConsultationRequest request, String id) {
        return Archetypes.standard().recognise(request, request.capabilities()).stream().filter(r -> r.archetype().id().equals(id)).findFirst();
    }

    private static String shapeOf(String capability, ConsultationRequest request) {
        String table = capability.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String path = table.replace('_', '-') + "s";
        CapabilityShapes.ShapeNames names = new CapabilityShapes.ShapeNames(capability, path, table, "Sample", path, "sampleId", table.replace('_', ' '));
        return CapabilityShapes.standard().design(names, request, null).map(d -> d.shape().id()).orElse("none");
    }

    @Test
    void aContextWordInAnotherSentenceDoesNotMakeARegisterAnAttendanceRegister() {
        ConsultationRequest lab = ConsultationRequest.builder("ChainLab", "A forensic lab logs every exhibit it receives. "
                        + "The exhibit register keeps who held each exhibit and when. Technicians work a night shift at weekends.")
                .capabilities("exhibit register", "report writing").build();
        assertThat(shapeOf("exhibit register", lab)).isNotEqualTo("attendance-register");
        // the sense stated where the register is spoken of still claims it
        ConsultationRequest dojo = ConsultationRequest.builder("Dojo", "A karate club with 12 classes a week. "
                        + "Instructors take the register at each class, marking who is present or absent.")
                .capabilities("class register", "belt gradings").build();
        assertThat(shapeOf("class register", dojo)).isEqualTo("attendance-register");
    }

    @Test
    void aSyncWithNoPartnerSystemNamedIsTheDevicesOwnAndAPartnerNamedIsKept() {
        ConsultationRequest meters = ConsultationRequest.builder("HydroRead", "Meter readers walk rural routes with no signal for hours; "
                + "readings are kept on the handheld and sent when back in coverage.").capabilities("offline handheld readings and sync").build();
        assertThat(shapeOf("offline handheld readings and sync", meters)).isEqualTo("offline-sync");
        ConsultationRequest shop = ConsultationRequest.builder("Tiles", "A tile wholesaler keeps stock in its ERP; the web shop shows "
                        + "what is in stock.").capabilities("ERP stock sync").integration("Microsoft Dynamics ERP", "stock and prices").build();
        assertThat(shapeOf("ERP stock sync", shop)).isEqualTo("system-sync");
        // "offline" with no system named: the devices' own sync, not a sync with an invented one
        ConsultationRequest vans = ConsultationRequest.builder("VanLog", "Delivery drivers record proof of delivery on tablets; "
                + "they work offline in basements and sync later.").capabilities("offline tablet proof and sync").build();
        assertThat(shapeOf("offline tablet proof and sync", vans)).isEqualTo("offline-sync");
    }

    @Test
    void anAcknowledgementIsAnAlertsOnlyWhereWhatIsAcknowledgedIsAnAlert() {
        ConsultationRequest freight = ConsultationRequest.builder("Bills", "A freight forwarder sends each bill of lading to the consignee, "
                + "who must acknowledge it within a day.").capabilities("bills of lading and acknowledgements").build();
        assertThat(shapeOf("bills of lading and acknowledgements", freight)).isNotEqualTo("condition-alert");
        ConsultationRequest plant = ConsultationRequest.builder("Boiler", "Boiler alarms page the engineer on call, who must acknowledge "
                + "each alarm within 10 minutes.").capabilities("alarm escalation and acknowledgement").build();
        assertThat(shapeOf("alarm escalation and acknowledgement", plant)).isEqualTo("condition-alert");
    }

    @Test
    void payoutsFromTheProcessorsComeInAndAreNoPayoutsToPayees() {
        ConsultationRequest podcasts = ConsultationRequest.builder("CastLedger", "A podcast network sells ads through two ad platforms. "
                        + "Each payout from the ad platforms has to be matched to the episodes and campaigns it covers.")
                .capabilities("ad payout reconciliation", "episode catalogue").integration("AdsWizz", "campaigns and payout statements").build();
        assertThat(archetype(podcasts, "outgoing-payments")).isEmpty();
        List<Evidence> in = Archetypes.standard().moneyDirections(podcasts, podcasts.capabilities()).get(MoneyDirection.INCOMING);
        assertThat(in).anySatisfy(e -> assertThat(e.means()).contains("we receive it, 'payout from the ad"));
        // the bare capability takes the direction its sentences give the same word
        assertThat(in).anySatisfy(e -> assertThat(e.field()).isEqualTo(RequestField.CAPABILITY));
        assertThat(Archetypes.standard().moneyDirections(podcasts, podcasts.capabilities())).doesNotContainKey(MoneyDirection.OUTGOING);
    }

    @Test
    void payingOurOwnPayeesStillGoesOut() {
        ConsultationRequest tutors = ConsultationRequest.builder("TutorNet", "Parents book tutors by the hour. Every fortnight we pay out "
                        + "to our tutors for the lessons taught, by bank transfer.")
                .capabilities("lesson booking", "tutor payouts").integration("Wise", "payouts to tutors' bank accounts").build();
        assertThat(archetype(tutors, "outgoing-payments")).isPresent();
    }

    @Test
    void collectingByDirectDebitIsAMandateCollectionNotDunning() {
        ConsultationRequest choir = ConsultationRequest.builder("Voices", "A choir federation with 9,000 singers. Singers pay a quarterly "
                        + "subscription by direct debit; we collect on the 5th of each quarter under each singer's mandate.")
                .capabilities("subscriptions by direct debit", "concert bookings")
                .integration("SEPA collection service", "quarterly collections and mandate files").build();
        assertThat(archetype(choir, "collections-dunning")).isEmpty();
        assertThat(shapeOf("subscriptions by direct debit", choir)).isEqualTo("mandate-collection");
        // arrears and reminders said where the collections are: dunning
        ConsultationRequest water = ConsultationRequest.builder("Brook", "A water company bills 80,000 homes. Customers in arrears get "
                        + "reminders, then a final notice; unpaid collections go to an agency after 90 days.")
                .capabilities("arrears collections", "meter reads").build();
        assertThat(archetype(water, "collections-dunning")).isPresent();
        // a mandate that is a regulation, not a payer's authority, collects nothing
        ConsultationRequest council = ConsultationRequest.builder("Remit", "A council tracks the statutory mandate of each committee.")
                .capabilities("committee mandates").build();
        assertThat(shapeOf("committee mandates", council)).isNotEqualTo("mandate-collection");
    }

    @Test
    void aClaimWeSendToAnInsurerOrATaxOfficeIsNoCaseWeHandle() {
        ConsultationRequest vets = ConsultationRequest.builder("PawCare", "A chain of 14 veterinary clinics. After each treatment the clinic "
                        + "submits a claim to the pet's insurer and tracks it until paid.")
                .capabilities("pet insurance claims", "appointments").build();
        assertThat(archetype(vets, "case-workflow")).isEmpty();
        ConsultationRequest club = ConsultationRequest.builder("Kit", "A sports charity. For each eligible donation we claim the tax relief "
                        + "from the revenue office every month.").capabilities("tax relief claims").integration("Revenue portal", "relief claims").build();
        assertThat(archetype(club, "case-workflow")).isEmpty();
        // claims made to us by others are cases we handle
        ConsultationRequest insurer = ConsultationRequest.builder("HullCover", "A marine insurer. Boat owners submit claims after damage; "
                + "adjusters assess each claim and decide it within 20 days.").capabilities("claims handling", "policy renewals").build();
        assertThat(archetype(insurer, "case-workflow")).isPresent();
    }
}
