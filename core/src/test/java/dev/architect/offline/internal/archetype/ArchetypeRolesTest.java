package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ConsultationRequest;
import dev.architect.testing.ShippedDataFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A mechanism's bare word designs it only where the word plays the mechanism's role: an act with one of its objects
 * ("members upload photos"), an object as the head of what is said ("photos of the damage"), never a word whose object is
 * something else ("probes upload their readings") or that only modifies another noun ("the upload window", "card
 * terminal"). Every request here is written for this test, in domains the catalogue was not tuned on.
 */
class ArchetypeRolesTest {

    private static List<Recognised> recognised(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, request.capabilities());
    }

    private static Optional<Recognised> archetype(ConsultationRequest request, String id) {
        return recognised(request).stream().filter(r -> r.archetype().id().equals(id)).findFirst();
    }

    @Test
    void devicesUploadingTheirReadingsOrAnUploadWindowAreNoFileStore() {
        ConsultationRequest soil = ConsultationRequest.builder("SoilProbe", "About 6,500 soil probes measure moisture every 15 minutes. "
                        + "The probes upload their readings in batches over LoRa gateways. The upload window per gateway is ten minutes. "
                        + "Drivers' tachograph cards upload their driving hours to the depot PC.")
                .capabilities("probe readings ingestion", "upload window scheduling", "drought alerts").build();
        assertThat(archetype(soil, "files-media")).isEmpty();
    }

    @Test
    void peopleUploadingPhotosOrDocumentsIsAFileStoreAndTheRoleIsShown() {
        ConsultationRequest quilts = ConsultationRequest.builder("PatchworkHub", "Members upload photos of their finished quilts and PDF "
                        + "patterns of up to 30 MB each; other members browse and comment on them.")
                .capabilities("pattern uploads", "comments").build();
        Recognised files = archetype(quilts, "files-media").orElseThrow();
        assertThat(files.capabilities()).containsExactly("pattern uploads");
        assertThat(files.evidence()).anySatisfy(e -> assertThat(e.means()).contains("acts on 'photos'"));
        // the passive: the object stands before its act
        ConsultationRequest parcels = ConsultationRequest.builder("DropSafe", "Photos of each parcel left at a door are uploaded by "
                + "the courier so a missing parcel can be checked.").capabilities("delivery proof").build();
        assertThat(archetype(parcels, "files-media")).isPresent();
        // the form the object is sent in says it is a file: "as MP3"
        ConsultationRequest choir = ConsultationRequest.builder("Descant", "The choir director uploads rehearsal tracks as MP3 for each "
                + "voice part.").capabilities("rehearsal track upload", "concert list").build();
        assertThat(archetype(choir, "files-media").orElseThrow().capabilities()).contains("rehearsal track upload");
    }

    @Test
    void anObjectWordThatOnlyQualifiesAnotherNounIsNoFileStore() {
        ConsultationRequest fair = ConsultationRequest.builder("FunFair", "A travelling fair rents a photo booth and a picture frame stall "
                + "to each town it visits.").capabilities("booth rentals", "town visits").build();
        assertThat(archetype(fair, "files-media")).isEmpty();
    }

    @Test
    void anIntakeOfSomethingOtherThanCasesIsNotClaimedByTheCaseWorkflow() {
        ConsultationRequest ombudsman = ConsultationRequest.builder("FairPlay", "A sports ombudsman handles complaints from athletes; "
                        + "officers decide each complaint within 30 days. Each season's intake of new clubs is registered in bulk.")
                .capabilities("complaint handling", "club intake", "appeal intake").build();
        Recognised cases = archetype(ombudsman, "case-workflow").orElseThrow();
        assertThat(cases.capabilities()).contains("complaint handling", "appeal intake").doesNotContain("club intake");
    }

    @Test
    void aCardTerminalAtADeskTakesNoPaymentForTheSystemAndIsAskedAbout() {
        ConsultationRequest school = ConsultationRequest.builder("Cantabile", "A community music school with 1,800 pupils. Parents pay "
                        + "termly fees at reception on the card terminal; the school only needs to record that a term is paid.")
                .capabilities("termly fee records", "lesson notes").integration("Card terminal", "takes payment at reception").build();
        assertThat(archetype(school, "payments-ledger")).isEmpty();
        List<Archetypes.Unsure> unsure = Archetypes.standard().unsure(school, school.capabilities());
        assertThat(unsure).singleElement().satisfies(u -> {
            assertThat(u.archetype().id()).isEqualTo("payments-ledger");
            assertThat(u.evidence().text()).isEqualTo("Card terminal: takes payment at reception");
        });
        ConsultationRequest bakery = ConsultationRequest.builder("CrumbCart", "Customers add cakes to a basket and pay by card online "
                + "through Stripe.").capabilities("card payments", "basket").integration("Stripe", "card payments and refunds").build();
        assertThat(archetype(bakery, "payments-ledger")).isPresent();
        assertThat(Archetypes.standard().unsure(bakery, bakery.capabilities())).isEmpty();
        // a word read in another sense is settled, not asked about: the portal of another organisation takes the money
        ConsultationRequest permits = ConsultationRequest.builder("KerbSide", "Residents pay the permit fee through the council's payment "
                + "portal; wardens check permits on the street.").capabilities("permit register").build();
        assertThat(archetype(permits, "payments-ledger")).isEmpty();
        assertThat(Archetypes.standard().unsure(permits, permits.capabilities())).isEmpty();
    }

    @Test
    void aBookingDoneByAPersonOrOfABookableThingIsABookingWhileSchedulingAWindowIsNot() {
        ConsultationRequest plasma = ConsultationRequest.builder("PlasmaPoint", "A plasma centre network with 40,000 donors. Each donor "
                        + "comes back every two weeks.").actor("Donor", "gives plasma").capabilities("donor booking", "donation history").build();
        assertThat(archetype(plasma, "booking-scheduling").orElseThrow().capabilities()).contains("donor booking");
        ConsultationRequest soil = ConsultationRequest.builder("SoilProbe", "Gateways wake every two hours; the upload window per gateway "
                + "is ten minutes.").capabilities("upload window scheduling", "moisture history").build();
        assertThat(archetype(soil, "booking-scheduling")).isEmpty();
        ConsultationRequest courts = ConsultationRequest.builder("CourtSide", "Members reserve tennis courts a week ahead.")
                .capabilities("court booking").build();
        assertThat(archetype(courts, "booking-scheduling")).isPresent();
    }

    @Test
    void aWordModifiesAnotherNounOnlyWhereEveryOccurrenceStandsBeforeAHeadOutsideItsReading() {
        ArchetypeRoles roles = ArchetypeRoles.standard();
        List<String> payment = List.of("payment", "card", "charge", "refund");
        assertThat(roles.onlyModifies("Card terminal: takes payment at reception", "card", payment)).isTrue();
        assertThat(roles.onlyModifies("Riders pay with card payments", "card", payment)).isFalse();
        assertThat(roles.onlyModifies("The fare is charged to the card. Terminals print receipts", "card", payment)).isFalse();
        assertThat(roles.onlyModifies("no such word here", "card", payment)).isFalse();
        assertThat(roles.onlyModifies("Parents pay at reception on the card terminal", "card", payment)).isTrue();
        // a word after a verb says something of its own, whatever follows it
        assertThat(roles.onlyModifies("A paper graded wrong gets a regrade", "wrong", List.of("regrade", "corrected"))).isFalse();
    }

    @Test
    void aRoleForAnArchetypeTheCatalogueLacksOrAWordNotLowerCaseFailsAtLoadNamingIt() {
        String grammar = "grammar: {boundaries: [of], determiners: [the], auxiliaries: [is], manners: [online], ourselves: [we], towards: [to]}\n";
        // without the first-person words no object would ever read as sent by us: the file fails naming the key
        assertThatThrownBy(() -> read(grammar.replace(", ourselves: [we]", "") + "roles:\n  - {archetype: files-media, acts: [upload], objects: [file]}\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ourselves");
        assertThatThrownBy(() -> read(grammar + "roles:\n  - {archetype: no-such-mechanism, acts: [upload], objects: [file]}\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-mechanism");
        assertThatThrownBy(() -> read(grammar + "roles:\n  - {archetype: files-media, acts: [Upload], objects: [file]}\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Upload");
        assertThatThrownBy(() -> read(grammar + "hardRequirements: {nothing-like-it: money}\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing-like-it");
        assertThat(read(grammar + "roles:\n  - {archetype: files-media, acts: [upload], objects: [file]}\n").roles()).hasSize(1);
    }

    @Test
    void aBadCopyOfTheShippedFileIsRefusedNamingTheEntry() {
        ShippedDataFiles.eachBadCopyRefused(ShippedDataFiles.text(ArchetypeRolesTest.class, ArchetypeRoles.RESOURCE), new String[][] {
                {"archetype: files-media", "archetype: files-mediums", "files-mediums"},
                {"payments-ledger: \"take", "payments-ledgers: \"take", "payments-ledgers"},
                {"acts: [intake]", "acts: [Intake]", "Intake"}},
                "copy.yaml", (in, name) -> ArchetypeRoles.read(in, name, Archetypes.standard()));
    }

    private static ArchetypeRoles read(String yaml) {
        return ArchetypeRoles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", Archetypes.standard());
    }
}
