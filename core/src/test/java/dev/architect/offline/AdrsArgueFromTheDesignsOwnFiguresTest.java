package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.SequenceStep;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ADR and identity prose argue from the design's own figures: the ceiling the option without a cache is held to is the
 * chosen database's read capacity as sized (store-reads.yaml), not a catalogue constant; the datastore's failover drill
 * replays its busiest store's own writes, the figure its cost lines give; a directory holds the actors who sign in through
 * it, and the API's issuers are the ones the design draws. Requests of our own, in domains the review did not cover.
 */
class AdrsArgueFromTheDesignsOwnFiguresTest {

    private static Consultation consult(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    /** Every sentence of a decision: context, drivers, rationale, consequences and each option's pros and cons. */
    private static String text(Decision d) {
        List<String> all = new ArrayList<>(List.of(d.context(), d.rationale()));
        all.addAll(d.drivers());
        d.consequences().forEach(c -> all.add(c.text()));
        for (DecisionOption o : d.options()) {
            all.add(o.summary());
            all.addAll(o.pros());
            all.addAll(o.cons());
        }
        return String.join("\n", all);
    }

    /** A library's seat bookings on one PostgreSQL primary: 3,000 reads/s, a loose p99, one region. */
    private static final String LIBRARY = """
            system: Carrel
            description: Study-room and desk booking for a university library network; students book a desk, librarians manage rooms.
            actors:
              - {name: Student, description: books desks and rooms}
              - {name: Librarian, description: manages rooms and opening hours}
            capabilities: [desk booking, room management, opening hours]
            load: {peakRequestsPerSecond: 3300, readWriteRatio: 10, monthlyActiveUsers: 60000}
            latency: {p99Ms: 400}
            team: {size: 5, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    /** A ticket exchange writing 8,000 times a second: distributed SQL on three nodes, a 100 ms p99. */
    private static final String EXCHANGE = """
            system: Turnstile
            description: Resale exchange for concert tickets; fans list and buy tickets, promoters set price caps.
            actors:
              - {name: Fan, description: lists and buys tickets}
              - {name: Promoter, description: sets price caps}
            capabilities: [listings, purchases, price caps]
            load: {peakRequestsPerSecond: 16000, readWriteRatio: 1, monthlyActiveUsers: 2000000}
            latency: {p99Ms: 100}
            team: {size: 9, expertise: [Go, PostgreSQL]}
            deployment: {cloud: gcp, regions: [us-east1]}
            """;

    @Test
    void theCacheCeilingAnAdrCitesIsTheChosenStoresOwnSizing() {
        Decision caching = consult(LIBRARY).decision(DecisionTopic.CACHING).orElseThrow();
        String text = text(caching);
        // one relational primary serves reads (the standby serves none): 1 instance x 5,000 reads/s (store-reads.yaml), the store
        // named as the cost prices it (db, the store that takes the reads)
        assertThat(text).contains("Amazon RDS for PostgreSQL 16 (Multi-AZ) (db) answers 5,000 reads/s from memory as sized (the primary alone x 5,000 reads/s)");
        assertThat(text).doesNotContain("500/s").doesNotContain("few hundred reads");
        // 3,000 reads/s sit under that ceiling, so no cache cluster is kept beside it
        assertThat(caching.chosenOption()).isEqualTo("No shared cache");

        Decision spanner = consult(EXCHANGE).decision(DecisionTopic.CACHING).orElseThrow();
        // Cloud Spanner is priced at 3,500 writes/s a node (prices.yaml storeBilling): 8,000 writes/s need max(3, ceil(8,000 / 3,500))
        // = 3 nodes, each serving 10,000 reads/s; the ADR quotes the capacity plan's figure, the nodes the cost prices
        assertThat(String.join("\n", spanner.drivers())).contains("30,000/s (from the capacity plan: ")
                .contains("Cloud Spanner as sized: 3 nodes x 10,000 reads/s; nodes as priced: max(3, ceil(");
        assertThat(text(spanner)).contains("Cloud Spanner answers 30,000 reads/s from memory as sized (3 nodes x 10,000 reads/s)")
                .doesNotContain("500/s");
    }

    /** Six services' stores share the writes: the busiest takes less than the system's total. */
    private static final String FREIGHT = """
            system: Haulage
            description: Freight brokerage marketplace; shippers post loads, carriers bid, brokers vet carriers and settle invoices.
            actors:
              - {name: Shipper, description: posts loads and pays invoices}
              - {name: Carrier, description: bids on loads and confirms pickups}
              - {name: Broker, description: vets carriers and settles disputes}
            capabilities: [load posting, bidding, carrier vetting, contracts, invoicing, ratings]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 3, monthlyActiveUsers: 300000}
            availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 30}
            team: {size: 30, expertise: [Kotlin, PostgreSQL, Kubernetes]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    private static final Pattern STORE_LOAD = Pattern.compile("([0-9][0-9,.]*) writes/s and [0-9][0-9,.]* reads/s at peak");

    @Test
    void theStoreDrillReplaysTheBusiestStoresOwnWritesAsItsCostLinesGiveThem() {
        Consultation c = consult(FREIGHT);
        String busiest = null;
        double most = -1;
        int stores = 0;
        for (CostLineItem i : c.cost().items()) {
            Matcher m = STORE_LOAD.matcher(i.assumption() == null ? "" : i.assumption());
            if (i.id().endsWith("-instances") && m.find()) {
                stores++;
                double writes = Double.parseDouble(m.group(1).replace(",", ""));
                if (writes > most) {
                    most = writes;
                    busiest = m.group(1);
                }
            }
        }
        assertThat(stores).as("stores priced with their load").isGreaterThan(1);
        String drill = c.operations().backupAndRecovery().drillCadence();
        double systemWrites = c.capacity().estimate("peak-writes").orElseThrow().value();
        assertThat(most).as("the busiest store takes less than the system's writes").isLessThan(systemWrites);
        assertThat(drill).contains("under a replayed write load of " + busiest + " writes/s");
        assertThat(drill).contains("the busiest of its " + stores + " stores");
    }

    /** Clinics federate their staff from their own directory; patients keep accounts of their own. */
    private static final String PHYSIO = """
            system: Kinetic
            description: >
              Exercise programmes for physiotherapy clinics: physiotherapists prescribe exercises, patients log them at home.
              Clinics sign in through Google Workspace.
            actors:
              - {name: Physiotherapist, description: prescribes exercise programmes}
              - {name: Receptionist, description: books appointments}
              - {name: Patient, description: logs exercises and sees their progress}
            capabilities: [programmes, exercise log, appointments]
            integrations:
              - {name: Google Workspace, purpose: clinic sign-in}
            load: {peakRequestsPerSecond: 400, readWriteRatio: 4, monthlyActiveUsers: 200000}
            budget: {monthlyUsd: 15000}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    @Test
    void aDirectoryHoldsTheActorsWhoSignInThroughItAndTheIssuersAreTheOnesDrawn() {
        Consultation c = consult(PHYSIO);
        Decision identity = c.decision(DecisionTopic.SECURITY).orElseThrow();
        String text = text(identity);
        assertThat(text).contains("\"Google Workspace\" holds Physiotherapist, Receptionist, who sign in through it; Patient signs in with an account of their own")
                .doesNotContain("holds the staff");
        // the API accepts the tokens of the directory drawn and of the pool the patients sign in at; no issuer the design does not draw
        assertThat(text).contains("the API accepts tokens from two issuers (Google Workspace and the customer pool)").doesNotContain("Microsoft, and");
        assertThat(c.c4().relationships()).anyMatch(r -> r.destinationId().equals("ext-google-workspace"));
        // Google's access tokens are for Google's APIs: the application checks the ID token it is the audience of
        List<String> steps = c.sequences().stream().filter(s -> s.id().equals("seq-sign-in")).findFirst().orElseThrow()
                .steps().stream().map(SequenceStep::message).toList();
        assertThat(steps).contains("API call with the ID token").noneMatch(s -> s.contains("access token"));
        assertThat(steps).anyMatch(s -> s.contains("issuer, audience (the client id of the application)"));
    }

    @Test
    void aSmallTeamsTradeOnTeamSizeSaysWhatTheOptionIsBuiltForNotThatItPaysOff() {
        Consultation c = consult("""
                system: Meter
                description: Parking permits and enforcement for a town council, run in the council's own data centre.
                actors:
                  - {name: Resident, description: applies for and renews permits}
                  - {name: Warden, description: checks permits on the street}
                capabilities: [permits, enforcement, payments]
                load: {peakRequestsPerSecond: 50, readWriteRatio: 5, monthlyActiveUsers: 20000}
                team: {size: 4, expertise: [Java, Oracle]}
                deployment: {cloud: on-premises}
                """);
        String observability = text(c.decision(DecisionTopic.OBSERVABILITY).orElseThrow());
        assertThat(observability).doesNotContain("team size over 10 to pay off");
        assertThat(observability).contains("is built for a team of more than 10, and Meter has a team of 4 to run it");
    }
}
