package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.design.CapabilityNameGrammar.Excess;
import dev.architect.offline.internal.design.CapabilityNameGrammar.Protection;
import dev.architect.offline.internal.design.CapabilityNameGrammar.Redo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capability's name is split into the object the request's sentences act on and the generic action no sentence acts on
 * ("charge point management": charge points); an outcome a name protects against names its record and what goes wrong
 * with it; "re&lt;noun&gt;" is a redo of a record the request names. Names from many domains, and names that must stay whole.
 */
class CapabilityNameGrammarTest {

    private static final CapabilityNameGrammar GRAMMAR = CapabilityNameGrammar.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // EV charging
            "charge point management | charge point",
            "session management | session",
            // utilities
            "meter data management | meter data",
            // micromobility
            "ride management | ride",
            "scooter administration | scooter",
            // research biobank
            "sample registry | sample",
            // education
            "enrolment administration | enrolment",
            // veterinary
            "vaccination certificate management | vaccination certificate",
            // insurance
            "claims processing | claims",
            // logistics
            "asset tracking | asset",
            "warehouse operations | warehouse",
            // maritime
            "vessel maintenance | vessel",
            // government, the action first
            "processing of permits | permits",
            "administration of the grants | grants",
            // customer support
            "ticket handling | ticket",
            // housing
            "tenant register | tenant",
            // health
            "patient record keeping | patient",
            // legal: the longest action wins ("lifecycle management", not "management")
            "contract lifecycle management | contract",
    })
    void aNameOfAnObjectAndAGenericActionIsReadForItsObject(String name, String object) {
        assertThat(GRAMMAR.object(name)).contains(List.of(object.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // ITIL's practice, not a record called a change
            "change management",
            // a category of product whose cases a shape designs
            "case management",
            // the sign-in archetype's
            "identity management", "identity and access management",
            "knowledge management", "risk management", "master data management", "data management",
            // nothing but the action, or no action at all
            "management", "operations", "payments", "bed bookings", "firmware rollout"})
    void aDisciplineANameWithoutAGenericActionOrTheActionAloneStaysWhole(String name) {
        assertThat(GRAMMAR.object(name)).isEmpty();
    }

    @Test
    void anOutcomeAProtectionPreventsNamesItsRecordWhatGoesWrongAndItsResource() {
        assertThat(GRAMMAR.protection("overbooking protection")).contains(new Protection("booking", Excess.EXCEED, List.of()));
        assertThat(GRAMMAR.protection("room overbooking protection")).contains(new Protection("booking", Excess.EXCEED, List.of("room")));
        assertThat(GRAMMAR.protection("oversell protection")).contains(new Protection("sale", Excess.EXCEED, List.of()));
        assertThat(GRAMMAR.protection("overselling prevention")).contains(new Protection("sale", Excess.EXCEED, List.of()));
        assertThat(GRAMMAR.protection("double-spend prevention")).contains(new Protection("spend", Excess.REPEAT, List.of()));
        assertThat(GRAMMAR.protection("duplicate payment prevention")).contains(new Protection("payment", Excess.REPEAT, List.of()));
        assertThat(GRAMMAR.protection("double booking checks")).contains(new Protection("booking", Excess.REPEAT, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"data protection", "fraud prevention", "rate parity checks", "ddos protection", "overbooking", "double checks", "protection",
            "overdraft protection", "overload protection", "overflow prevention"})
    void aProtectionOfNoCountedOutcomeIsNoLimit(String name) {
        assertThat(GRAMMAR.protection(name)).isEmpty();
    }

    @Test
    void aRedoNamesTheRecordTheRequestNamesElsewhere() {
        assertThat(GRAMMAR.redo("rebilling", "bill run, tariff calculation")).contains(new Redo("rebilling", "billing", "bill"));
        assertThat(GRAMMAR.redo("re-rating", "")).contains(new Redo("re-rating", "rating", "rate"));
        assertThat(GRAMMAR.redo("rebooking", "guests change their bookings")).contains(new Redo("rebooking", "booking", "book"));
        assertThat(GRAMMAR.redo("claim resubmission", "clinics submit claims to the payer")).contains(new Redo("resubmission", "submission", "submit"));
    }

    @Test
    void aWordOfItsOwnThatBeginsLikeARedoIsNoRedo() {
        // a search, a lease, a turn, a view and a sale are named, but these words mean things of their own
        String elsewhere = "search, lease, turn, view, sale, store, fund, payments, financing, marketing, targeting";
        for (String name : List.of("research", "release management", "returns", "reviews", "resale", "restore", "refunds", "rental",
                "loan repayments", "refinancing", "remarketing", "retargeting")) {
            assertThat(GRAMMAR.redo(name, elsewhere)).as(name).isEmpty();
        }
        // a redo of a record the request names nowhere else is not read as one
        assertThat(GRAMMAR.redo("rebilling", "sessions and tariffs")).isEmpty();
    }

    private static String shipped() throws IOException {
        try (InputStream in = CapabilityNameGrammar.class.getResourceAsStream(CapabilityNameGrammar.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Optional<CapabilityNameGrammar> read(String text) {
        return Optional.of(CapabilityNameGrammar.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml"));
    }

    @Test
    void anActionThatIsNotLowerCaseWordsFailsNamingIt() throws IOException {
        String bad = shipped().replace("actions: [management,", "actions: [Management,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("action 'Management'");
    }

    @Test
    void aWholeThatEndsWithNoActionFailsNamingIt() throws IOException {
        String bad = shipped().replace("wholes: [change management,", "wholes: [change control,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("whole 'change control'").hasMessageContaining("does not end with an action");
    }

    @Test
    void aNotRedoWordWithoutThePrefixFailsNamingIt() throws IOException {
        String bad = shipped().replace("notRedo: [research,", "notRedo: [search,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("notRedo 'search'").hasMessageContaining("prefix");
    }

    @Test
    void anActionListedTwiceFailsNamingIt() throws IOException {
        String bad = shipped().replace("actions: [management,", "actions: [management, management,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("action 'management' is listed twice");
    }

    @Test
    void anUnknownKeyFailsAtLoad() throws IOException {
        String bad = shipped().replace("redoPrefix: re", "redoPrefix: re\nredoSuffix: again");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml");
    }
}
