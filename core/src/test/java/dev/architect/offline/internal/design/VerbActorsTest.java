package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.testing.ShippedDataFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who does a flow's act is the actor whose own description uses its verb (fresh domains: a repair workshop, a wine store, a
 * permit office, a makerspace, a grant fund); a negated verb, a generic one and a word in another sense are no evidence, and
 * two actors with the same evidence are ambiguous.
 */
class VerbActorsTest {

    private static Topology.Actor actor(String name, String description) {
        return new Topology.Actor(Names.slug(name), name, description, false, false);
    }

    private static final Topology.Actor CLERKS = actor("Front desk clerks", "log dropped-off instruments, print tags and hand instruments back");
    private static final Topology.Actor TECHNICIAN = actor("Technician (bench)", "diagnoses instruments, writes quotes and never approves a quote");
    private static final Topology.Actor OWNERS = actor("Instrument owners", "approve or decline quotes, pay for repairs");

    private static List<Topology.Actor> who(String text, Topology.Actor... people) {
        return VerbActors.standard().who(List.of(text), List.of(people)).actors();
    }

    @Test
    void theActorWhoseDescriptionUsesTheCapabilitysVerbDoesIt() {
        // "quote approval": approval is the noun of approve; the owners "approve or decline quotes", the technician never approves
        assertThat(who("quote approval", CLERKS, TECHNICIAN, OWNERS)).containsExactly(OWNERS);
        // "instrument log-in": the clerks "log dropped-off instruments"
        assertThat(who("instrument log-in at the front desk", TECHNICIAN, OWNERS, CLERKS)).containsExactly(CLERKS);
    }

    @Test
    void aVerbInANegatedClauseIsNoEvidence() {
        // only the technician could approve by words, and "never approves a quote" says the opposite
        assertThat(who("approve a quote", CLERKS, TECHNICIAN)).isEmpty();
        Topology.Actor agent = actor("Check-in agent", "weighs trailers; does not change reservations");
        assertThat(who("change a reservation", agent)).isEmpty();
    }

    @Test
    void aVerbCoordinatedWithOthersOrAfterWhoIsRead() {
        Topology.Actor haulier = actor("Haulier dispatcher", "books, moves and cancels slots for their trucks and drivers");
        Topology.Actor planner = actor("Yard planner", "sets slot capacities and closes blocks when cranes are down");
        assertThat(who("slot booking", planner, haulier)).containsExactly(haulier);
        assertThat(who("cancel a slot", planner, haulier)).containsExactly(haulier);
        Topology.Actor design = actor("Design team", "external architects and engineers who upload revisions and answer RFIs");
        assertThat(who("revision upload", design, haulier)).containsExactly(design);
    }

    @Test
    void theVerbAnActorsNameIsTheAgentOfCounts() {
        // "Warehouse picker" picks, though the description says "picks" too; "Deck planner" plans with no description at all
        Topology.Actor picker = actor("Warehouse picker", "works the night shift");
        Topology.Actor planner = actor("Deck planner", "");
        assertThat(who("pick cases for a withdrawal", picker, planner)).containsExactly(picker);
        assertThat(who("plan a sailing", picker, planner)).containsExactly(planner);
    }

    @Test
    void aGenericVerbSaysNothing() {
        Topology.Actor viewer = actor("Project manager", "sees cost reports and manages budgets");
        assertThat(who("view cost reports", viewer)).isEmpty();
        assertThat(who("budget management", viewer)).isEmpty();
    }

    @Test
    void anActorWhoAlsoNamesTheObjectWinsOverOneWithTheVerbAlone() {
        Topology.Actor officer = actor("Grant officer", "pays awards and chases reports");
        Topology.Actor treasurer = actor("Treasurer", "pays suppliers");
        assertThat(who("pay an award", treasurer, officer)).containsExactly(officer);
    }

    @Test
    void twoActorsWithTheSameEvidenceAreAmbiguousNotGuessed() {
        Topology.Actor members = actor("Members", "book machines, cancel bookings, borrow hand tools");
        Topology.Actor steward = actor("Steward", "inducts members, cancels bookings when a machine breaks");
        VerbActors.Reading r = VerbActors.standard().who(List.of("booking cancellation"), List.of(members, steward));
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.actors()).containsExactly(members, steward);
        assertThat(VerbActors.standard().who(List.of("machine booking"), List.of(members, steward)).actors()).containsExactly(members);
    }

    @Test
    void anEarlierTierWinsAndASilentTierPassesToTheNext() {
        Topology.Actor coordinator = actor("Site coordinator", "enrols and randomises patients at the visit");
        Topology.Actor supply = actor("Unblinded supply manager", "manages depots, kit lists and resupply; sees arms");
        // the step's command names no verb anyone uses; the title's "randomise" is the coordinator's
        VerbActors.Reading r = VerbActors.standard().who(List.of("Get the next list entry", "Randomise a patient", "kit lists"),
                List.of(supply, coordinator));
        assertThat(r.actors()).containsExactly(coordinator);
        assertThat(r.verb()).isEqualTo("randomise");
        // American spelling and the noun both reach the same verb
        assertThat(who("patient randomization", supply, coordinator)).containsExactly(coordinator);
    }

    @Test
    void aNounListedAfterAnActIsNoAct() {
        // "manages depots, kit lists and resupply": after a third-person act, "kit" and "resupply" are objects in its list
        Topology.Actor supply = actor("Unblinded supply manager", "manages depots, kit lists and resupply; sees arms");
        assertThat(VerbActors.standard().acts(supply)).doesNotContain("kit", "resupply");
        Topology.Actor coordinator = actor("Site coordinator", "enrols patients, records visits, confirms kits dispensed and received");
        assertThat(VerbActors.standard().acts(coordinator)).contains("enrol", "record", "confirm").doesNotContain("receive");
    }

    @Test
    void aSummaryTierSpeaksOnlyByAVerbOnAnObjectItNames() {
        // a flow's title "Quote and accept a price": the driver "accepts offers", not prices, so the title does not make him
        // the rider's quote taker; the step's own command "Accept" may speak by the verb alone
        Topology.Actor rider = actor("Rider", "requests and pays for trips from the mobile app");
        Topology.Actor driver = actor("Driver", "goes online, streams location, accepts offers and completes trips");
        assertThat(VerbActors.standard().who(List.of("Quote", "Quote and accept a price"), 1, List.of(rider, driver)).actors()).isEmpty();
        assertThat(VerbActors.standard().who(List.of("Accept", "Quote and accept a price"), 1, List.of(rider, driver)).actors())
                .containsExactly(driver);
    }

    @Test
    void aNounOpeningADescriptionIsNoAct() {
        // "escalation target when a value is not acknowledged": the nurse is who an escalation reaches, not who escalates
        Topology.Actor nurse = actor("Charge nurse", "escalation target when a critical value is not acknowledged");
        Topology.Actor clinician = actor("Ordering clinician", "receives results and acknowledges critical values on a phone app");
        assertThat(VerbActors.standard().acts(nurse)).doesNotContain("escalation", "escalate");
        assertThat(who("escalation and acknowledgement", nurse, clinician)).containsExactly(clinician);
    }

    @Test
    void aWordThatIsNotTheActorsActDoesNotMatch() {
        // "records" opens the coordinator's act, but "medical records" in another actor's description is an object, not an act
        Topology.Actor coordinator = actor("Site coordinator", "records visits");
        Topology.Actor nurse = actor("Nurse", "reads medical records and gives doses");
        assertThat(who("record a visit", nurse, coordinator)).containsExactly(coordinator);
        // "Admin" is no verb of "administration fee"
        Topology.Actor admin = actor("Admin", "manages user accounts");
        assertThat(who("administration fee payment", admin)).isEmpty();
    }

    @Test
    void theShippedGrammarReadsAndABadCopyFailsNamingTheEntry() throws IOException {
        String text = ShippedDataFiles.text(VerbActors.class, VerbActors.RESOURCE);
        assertThat(VerbActors.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ok.yaml").generic()).contains("view");
        String badWord = text.replace("openers: [and,", "openers: [And,");
        assertThatThrownBy(() -> VerbActors.read(new ByteArrayInputStream(badWord.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml"))
                .hasMessageContaining("openers").hasMessageContaining("'And'");
        String badEnding = text.replace("{ending: isation, verb: ise}", "{ending: Isation, verb: ise}");
        assertThatThrownBy(() -> VerbActors.read(new ByteArrayInputStream(badEnding.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml"))
                .hasMessageContaining("Isation");
    }
}
