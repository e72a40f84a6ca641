package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.figures.Workload;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recognition that reads like an architect: words inside an integration's proper name are that integration's, not an
 * archetype's ("… Marketplace" of a vendor is no shop); a word that is part of another compound noun does not claim
 * ("library card", "charge sheet"); paraphrases of pushing to connected people, of commanding a device and of paying
 * people out are read though no fixed phrase says them, with the words that say them as the evidence; and the money's
 * direction follows the request's verbs. Each row is a small request written for this test, with what it must and must
 * not recognise, the evidence that must be shown, and the directions of its money.
 */
class NamesCompoundsAndParaphrasesTest {

    record Row(String name, String yaml, Set<String> must, Set<String> mustNot, Map<String, String> evidence, Set<MoneyDirection> money) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final MoneyDirection IN = MoneyDirection.INCOMING;
    private static final MoneyDirection OUT = MoneyDirection.OUTGOING;

    private static String request(String system, String description, String capabilities, String integrations) {
        return "system: " + system + "\ndescription: \"" + description + "\"\ncapabilities: [" + capabilities + "]\n"
                + (integrations.isEmpty() ? "" : "integrations:\n" + integrations)
                + "load: {peakRequestsPerSecond: 50, readWriteRatio: 5}\nteam: {size: 4, expertise: [Java, PostgreSQL]}\n"
                + "deployment: {cloud: aws, regions: [eu-west-2]}\n";
    }

    static Stream<Row> table() {
        return Stream.of(
                // A vendor's product name ("… Marketplace") is evidence of buying from that vendor, not of a shop with a cart;
                // the pupils' library card numbers are not payment cards.
                new Row("school-ebooks", request("Readwell", "A school library lends e-books to pupils, who sign in with their library card numbers.",
                        "loans, holds, catalogue", "  - {name: Follett Titlewave Marketplace, purpose: buying e-book licences}\n"),
                        Set.of(), Set.of("commerce", "payments-ledger"), Map.of(), Set.of()),
                // A tool's name holding "Cart" is that tool; opening hours synced to it sell nothing.
                new Row("garden-centre-hours", request("Opening Times", "Garden centres publish opening hours and events to their website.",
                        "opening hours, events", "  - {name: Northwind Cart Connector, purpose: syncing opening hours}\n"),
                        Set.of(), Set.of("commerce"), Map.of(), Set.of()),
                // A custody suite's charge sheet is a record of an offence, not taking money.
                new Row("custody-records", request("Custody Log", "Custody officers book detainees in and open a charge sheet for each offence; "
                        + "a sergeant reviews every charge sheet before release.", "detainees, charge sheets, reviews", ""),
                        Set.of(), Set.of("payments-ledger"), Map.of(), Set.of()),
                // A gym membership card scanned at the door takes no money.
                new Row("gym-door", request("DoorPass", "Gym members scan their membership card at the door and book classes.",
                        "door access, class bookings", ""),
                        Set.of(), Set.of("payments-ledger"), Map.of(), Set.of()),
                // Pushed to connected spectators, with filler words between: realtime delivery, the words shown.
                new Row("darts-scores", request("Oche Live", "Scores from 40 darts matches are sent to every connected spectator within 1 second.",
                        "matches, scores", ""),
                        Set.of("realtime-delivery"), Set.of(), Map.of("realtime-delivery", "'sent to every connected'"), Set.of()),
                new Row("ferry-delays", request("Ferry Watch", "Ferry departures and delays; a delay reaches connected passengers within 30 seconds.",
                        "departures, delays", ""),
                        Set.of("realtime-delivery"), Set.of(), Map.of("realtime-delivery", "'reaches connected'"), Set.of()),
                // Newsletters reach subscribers by email and odds that are not pushed are no realtime tier.
                new Row("newsletter", request("Digest", "A weekly digest is sent to subscribers by email; campaigns reach online readers. "
                        + "Prices are not pushed to connected users; they refresh when a page opens.", "digests, campaigns, prices", ""),
                        Set.of(), Set.of("realtime-delivery"), Map.of(), Set.of()),
                // Stopping a pump is a command to a device.
                new Row("greenhouse-pumps", request("GrowSafe", "Monitors irrigation in 60 greenhouses and stops a pump within 2 seconds when a leak is found.",
                        "irrigation, leak alerts", ""),
                        Set.of("device-commands"), Set.of(), Map.of("device-commands", "'stops a pump'"), Set.of()),
                // Drivers stopping at a charger and users pausing a subscription command no device.
                new Row("charger-map", request("PlugFinder", "Drivers stop at a charger on their route; the app shows free bays and users can pause their subscription.",
                        "charger map, subscriptions", ""),
                        Set.of(), Set.of("device-commands"), Map.of(), Set.of()),
                // Settlement payments to policyholders go out: payouts, not card capture.
                new Row("pet-claims", request("PawCover", "Pet insurance claims: vets upload invoices, and settlement payments to policyholders follow approval.",
                        "claims, settlements", ""),
                        Set.of("outgoing-payments"), Set.of("payments-ledger"), Map.of("outgoing-payments", "'payments to policyholders'"), Set.of(OUT)),
                // Clients paying invoices and payments to contractors: both ways.
                new Row("facilities-jobs", request("FixIt", "Facilities jobs: clients pay invoices online, and we make weekly payments to contractors.",
                        "jobs, invoices, contractor payments", ""),
                        Set.of("outgoing-payments", "payments-ledger"), Set.of(), Map.of(), Set.of(IN, OUT)),
                // Payments from customers say nothing of paying anyone out.
                new Row("club-fees", request("ClubDues", "Members pay their yearly fees online and the club records payments from sponsors.",
                        "fees, sponsors", ""),
                        Set.of("payments-ledger"), Set.of("outgoing-payments"), Map.of(), Set.of(IN)));
    }

    private static List<Recognised> recognise(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, Workload.of(request).capabilities());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void recognisesParaphrasesAndNotWordsInsideNamesOrOtherCompounds(Row row) {
        ConsultationRequest request = RequestReader.readString(row.yaml());
        List<Recognised> recognised = recognise(request);
        List<String> ids = recognised.stream().map(r -> r.archetype().id()).toList();

        assertThat(ids).as("must recognise").containsAll(row.must());
        row.mustNot().forEach(id -> assertThat(ids).as("must not recognise").doesNotContain(id));
        row.evidence().forEach((id, quoted) -> assertThat(recognised.stream().filter(r -> r.archetype().id().equals(id)).findFirst().orElseThrow().because())
                .as(id + " evidence").contains(quoted));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void moneyMovesTheWayTheRequestsVerbsSay(Row row) {
        ConsultationRequest request = RequestReader.readString(row.yaml());
        assertThat(Archetypes.standard().moneyDirections(request, Workload.of(request).capabilities()).keySet())
                .containsExactlyInAnyOrderElementsOf(row.money());
    }

    @Test
    void shippedParaphrasesNameArchetypesOfTheCatalogue() {
        Paraphrases.standard().check(Archetypes.standard().archetypes().stream().map(Archetype::id).toList());
        assertThat(Paraphrases.standard().of("realtime-delivery")).isNotEmpty();
        assertThat(Paraphrases.standard().of("outgoing-payments")).isEqualTo(Paraphrases.standard().money().get(OUT));
    }

    @Test
    void aBadCopyOfTheParaphrasesFailsNamingTheEntry() {
        String noObjects = "archetypes:\n  - archetype: realtime-delivery\n    patterns:\n      - {verbs: [pushed to], objects: [], maxGap: 2}\n";
        assertThatThrownBy(() -> Paraphrases.read(stream(noObjects), "bad.yaml")).hasMessageContaining("bad.yaml").hasMessageContaining("verbs and objects");
        String unknownKey = "archetypes:\n  - archetype: realtime-delivery\n    phrases: [pushed to]\n";
        assertThatThrownBy(() -> Paraphrases.read(stream(unknownKey), "bad.yaml")).hasMessageContaining("phrases");
        String moneyWithoutPatterns = "archetypes:\n  - {archetype: outgoing-payments, money: OUTGOING}\n";
        assertThatThrownBy(() -> Paraphrases.read(stream(moneyWithoutPatterns), "bad.yaml")).hasMessageContaining("outgoing-payments");
        Paraphrases unknownArchetype = Paraphrases.read(stream("archetypes:\n  - archetype: telepathy\n    patterns:\n"
                + "      - {verbs: [think], objects: [thoughts], maxGap: 1}\n"), "bad.yaml");
        assertThatThrownBy(() -> unknownArchetype.check(List.of("realtime-delivery"))).hasMessageContaining("telepathy");
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
