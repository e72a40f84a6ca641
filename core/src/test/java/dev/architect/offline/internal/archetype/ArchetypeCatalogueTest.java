package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchetypeCatalogueTest {

    private static final String MINIMAL = """
            archetypes:
              - id: demo
                name: Demo
                phrases: [demo]
                requirement: Demonstrate
                components:
                  - {id: demo-part, name: Demo part, kind: %s, technology: {default: Thing}, responsibility: Does it,
                     modules: [{name: Demo module, responsibility: Does its part}]}
                entities:
                  - name: demo_row
                    fields: ["id:UUID", "starts_at:TIMESTAMP", "ends_at:TIMESTAMP"]
                    constraints:
                      - {kind: ORDERED, fields: [starts_at, %s]}
                flows:
                  - id: demo-flow
                    title: Demo
                    steps: ["actor -> %s: Go"]
                phase: {name: Demo, personWeeks: 2}
            """;

    private static Archetypes read(String kind, String column, String participant) {
        String yaml = String.format(java.util.Locale.ROOT, MINIMAL, kind, column, participant);
        return Archetypes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void aWellFormedCatalogueReadsIntoTypedRecords() {
        Archetypes a = read("SERVICE", "ends_at", "demo-part");
        assertThat(a.archetypes()).hasSize(1);
        assertThat(a.archetypes().get(0).components().get(0).kind()).isEqualTo(dev.architect.dossier.ContainerKind.SERVICE);
    }

    @Test
    void aRiskThatNamesAnExternalTheArchetypeLacksFailsAtLoadNamingIt() {
        String yaml = String.format(java.util.Locale.ROOT, MINIMAL, "SERVICE", "ends_at", "demo-part")
                + "    risks:\n      - {title: \"A bad feed from {external:nowhere}\", likelihood: 2, impact: 2, description: d, mitigation: m}\n";
        assertThatThrownBy(() -> readYaml(yaml))
                .hasMessageContaining("archetype 'demo' risk 'A bad feed from {external:nowhere}'").hasMessageContaining("not one of its externals");
        String named = yaml.replace("    risks:", "    externals:\n      - {id: nowhere, name: Feed, description: d, phrases: [feed]}\n    risks:");
        assertThat(readYaml(named).archetypes().get(0).risks().get(0).externalsNamed()).containsExactly("nowhere");
    }

    @Test
    void aServiceWithoutModulesFailsAtLoadNamingIt() {
        String yaml = String.format(java.util.Locale.ROOT, MINIMAL, "SERVICE", "ends_at", "demo-part")
                .replaceAll(",\\s*modules: \\[[^\\]]*\\]\\}", "}");
        assertThat(yaml).doesNotContain("modules");
        assertThatThrownBy(() -> readYaml(yaml))
                .hasMessageContaining("archetype 'demo' component 'demo-part'").hasMessageContaining("needs modules");
        // A worker holds code too, but runs one job: it needs no modules drawn.
        assertThat(readYaml(yaml.replace("kind: SERVICE", "kind: WORKER")).archetypes()).hasSize(1);
    }

    @Test
    void anUnknownContainerKindFailsAtLoadNamingTheEntry() {
        assertThatThrownBy(() -> read("SERVER", "ends_at", "demo-part"))
                .hasMessageContaining("test.yaml").hasMessageContaining("archetypes.[0].components.[0].kind").hasMessageContaining("SERVER");
    }

    @Test
    void aConstraintOnAnUnknownColumnFailsAtLoadNamingTheArchetypeAndEntity() {
        assertThatThrownBy(() -> read("SERVICE", "finishes_at", "demo-part"))
                .hasMessageContaining("archetype 'demo' entity 'demo_row'").hasMessageContaining("finishes_at");
    }

    @Test
    void aFlowParticipantThatIsNeitherRoleNorComponentFailsAtLoad() {
        assertThatThrownBy(() -> read("SERVICE", "ends_at", "nowhere"))
                .hasMessageContaining("archetype 'demo' flow 'demo-flow'").hasMessageContaining("nowhere");
    }

    @Test
    void aKindChosenBySenderThatAlsoTakesPhrasesFailsAtLoadNamingIt() {
        String kinds = "    kinds:\n      - {id: plain, name: plain}\n      - {id: received, name: received, sentIn: true%s}\n";
        String base = String.format(java.util.Locale.ROOT, MINIMAL, "SERVICE", "ends_at", "demo-part");
        Archetypes fine = readYaml(base + String.format(java.util.Locale.ROOT, kinds, ""));
        assertThat(fine.archetypes().get(0).kinds()).filteredOn(Archetype.Kind::sentIn).extracting(Archetype.Kind::id).containsExactly("received");
        assertThat(fine.archetypes().get(0).defaultKind()).get().extracting(Archetype.Kind::id).isEqualTo("plain");
        assertThatThrownBy(() -> readYaml(base + String.format(java.util.Locale.ROOT, kinds, ", phrases: [scans]")))
                .hasMessageContaining("archetype 'demo' kind 'received'").hasMessageContaining("takes no phrases");
    }

    private static Archetypes readYaml(String yaml) {
        return Archetypes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static final String CASES = """
            archetypes:
              - id: cases
                name: Cases
                phrases: [cases]
                requirement: Decide cases
                entities:
                  - name: case_row
                    fields: ["id:UUID", "status:TEXT"]
                    constraints:
                      - {kind: ONE_OF, fields: [status], values: %s}
                phase: {name: Cases, personWeeks: 2}
              - id: signatures
                name: Signatures
                phrases: [four eyes]
                requirement: Two signatures
                %s
                entities:
                  - name: signature_row
                    fields: ["id:UUID", "case_id:UUID", "signer:UUID"]
                    references: {case_id: case_row}
                    constraints:
                      - {kind: QUORUM, fields: [%s, signer], values: [status, APPROVED, "2"]}
                phase: {name: Signatures, personWeeks: 1}
            """;

    @Test
    void aStatusConstraintWithoutStatesAQuorumNotOnAReferenceOrATableOfAnArchetypeNotRequiredFailsAtLoad() {
        assertThat(readYaml(String.format(java.util.Locale.ROOT, CASES, "[OPEN, APPROVED]", "requires: [cases]", "case_id")).archetypes()).hasSize(2);
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, CASES, "[]", "requires: [cases]", "case_id")))
                .hasMessageContaining("archetype 'cases' entity 'case_row'").hasMessageContaining("ONE_OF");
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, CASES, "[OPEN]", "requires: [cases]", "signer")))
                .hasMessageContaining("entity 'signature_row'").hasMessageContaining("QUORUM");
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, CASES, "[OPEN]", "onlyWith: [cases]", "case_id")))
                .hasMessageContaining("archetype 'signatures'").hasMessageContaining("case_row");
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, CASES, "[OPEN]", "requires: [cases]\n    onlyWith: [tickets]", "case_id")))
                .hasMessageContaining("tickets");
    }

    @Test
    void theShippedCatalogueLoads() {
        assertThat(Archetypes.standard().archetypes()).extracting(Archetype::id).contains("realtime-messaging", "presence",
                "telemetry-alerting", "time-series-history", "payments-ledger", "booking-scheduling", "content-delivery",
                "health-records-fhir", "video-sessions", "commerce");
    }

    @Test
    void phrasesMatchWholeWordsAndPluralsNeverInsideAWord() {
        assertThat(Words.of("Physiotherapy clinic bookings").contains("iot")).isFalse();
        assertThat(Words.of("IoT devices").contains("iot")).isTrue();
        assertThat(Words.of("take Payments").contains("payment")).isTrue();
        assertThat(Words.of("deliveries").contains("delivery")).isTrue();
        assertThat(Words.of("a chatbot").contains("chat")).isFalse();
        assertThat(Words.of("cold-chain monitoring").contains("cold chain")).isTrue();
        assertThat(Words.of("chain cold").contains("cold chain")).isFalse();
        assertThat(Words.of("Django developer").containsAny(List.of("go"))).isFalse();
    }

    @Test
    void recognitionKeepsWhichFieldAndPhraseGaveEachArchetype() {
        var request = RequestReader.readString("""
                system: Clinic
                description: Physiotherapy clinics where patients book appointments.
                goals: [no double bookings]
                capabilities: [therapist profiles]
                integrations: [{name: Stripe, purpose: card payments}]
                """);
        List<Recognised> found = Archetypes.standard().recognise(request, request.capabilities());

        assertThat(found).extracting(r -> r.archetype().id()).containsExactly("payments-ledger", "booking-scheduling");
        Recognised booking = found.get(1);
        assertThat(booking.evidence()).extracting(Evidence::field).containsExactly(RequestField.DESCRIPTION, RequestField.GOAL);
        assertThat(booking.evidence().get(0).phrase()).isEqualTo("appointment");
        // the role the word plays is shown beside it (archetype-roles.yaml): the appointments are what the clinic books
        assertThat(booking.evidence().get(0).describe()).isEqualTo("description 'Physiotherapy clinics where patients book appointments.' says "
                + "'appointment' ('appointment' named as what is handled)");
        assertThat(booking.capability()).isEmpty();
        assertThat(found.get(0).evidence()).extracting(Evidence::field).containsExactly(RequestField.INTEGRATION);
    }

    @Test
    void realtimeDeliveryInPlainWordsRecognisesRealtimeMessagingAndLiveLocationRecognisesDispatchButRealtimeAnalyticsAndPushNotificationsDoNot() {
        var rides = RequestReader.readString("""
                system: Rides
                description: Nearby drivers get offers in real time and the driver's live location streams to the rider.
                capabilities: [ride requests]
                """);
        var analytics = RequestReader.readString("""
                system: Shop
                description: An online store with real-time sales dashboards and push notifications for offers; stock streams in nightly.
                capabilities: [orders, sales dashboards]
                """);

        List<Recognised> found = Archetypes.standard().recognise(rides, rides.capabilities());
        assertThat(found).extracting(r -> r.archetype().id()).contains("realtime-delivery", "geo-dispatch")
                .doesNotContain("presence", "realtime-messaging");
        assertThat(found.stream().filter(r -> r.archetype().id().equals("realtime-delivery")).findFirst().orElseThrow()
                .evidence().get(0).phrase()).isEqualTo("in real time");
        assertThat(Archetypes.standard().recognise(analytics, analytics.capabilities()))
                .extracting(r -> r.archetype().id()).doesNotContain("realtime-delivery", "realtime-messaging", "presence");
    }

    private static List<String> ids(String yaml) {
        var request = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(request, request.capabilities()).stream().map(r -> r.archetype().id()).toList();
    }

    @Test
    void matchingIncomingBankTransfersIsReconciliationNotCardCapture() {
        List<String> found = ids("""
                system: Ledgerly
                description: Payment matching for incoming bank transfers against open invoices of our customers.
                capabilities: [payment matching, invoices]
                """);

        assertThat(found).contains("bank-reconciliation").doesNotContain("payments-ledger");
    }

    @Test
    void generalMoneyWordsInABankReconciliationRequestDoNotAddCardPayments() {
        List<String> found = ids("""
                system: Rents
                description: Tenants pay rent by standing order; the system reconciles bank statements against rent due.
                goals: [staff match fewer than 5% of payments by hand]
                capabilities: [tenancies, rent collection]
                """);

        assertThat(found).contains("bank-reconciliation").doesNotContain("payments-ledger");
    }

    @Test
    void cardPaymentsWithAReconciliationGoalStayCardPayments() {
        List<String> found = ids("""
                system: Till
                description: Shops take card payments through Adyen.
                goals: [reconcile every day with the acquirer]
                capabilities: [card payments, refunds]
                """);

        assertThat(found).contains("payments-ledger").doesNotContain("bank-reconciliation");
    }

    @Test
    void devicesDetectionAndModerationAreRecognisedFromTheirOwnWordsAndNotFromUnrelatedUsesOfThem() {
        assertThat(ids("""
                system: Gates
                description: Site managers remotely unlock gates and reboot devices that hang; a shut-off valve closes on a fire alarm.
                capabilities: [gate access]
                """)).contains("device-commands");
        assertThat(ids("""
                system: Quest
                description: Players unlock achievements and new levels; an account is locked after five failed sign-ins.
                capabilities: [achievements, player accounts]
                """)).doesNotContain("device-commands");

        List<String> pipes = ids("""
                system: Pipes
                description: Flow meters report readings every minute; a meter that flatlines is a stuck sensor.
                capabilities: [meter readings, alarm escalation]
                """);
        assertThat(pipes).contains("stream-detection", "telemetry-alerting"); // detection brings the ingestion it runs on
        assertThat(ids("""
                system: Ops
                description: Memory leak detection for our services and anomaly detection on card payments to flag fraud.
                capabilities: [service health, fraud checks]
                """)).doesNotContain("stream-detection");

        assertThat(ids("""
                system: Reviews
                description: Shoppers post reviews; moderators remove hate speech and members can report abuse.
                capabilities: [product reviews]
                """)).contains("content-moderation");
        assertThat(ids("""
                system: Diet
                description: Recipes with advice to eat sugar in moderation, and a weekly report of what members cooked.
                capabilities: [recipes, weekly report]
                """)).doesNotContain("content-moderation");
    }

    @Test
    void wordsInsideAPhraseThatMeansSomethingElseDoNotRecogniseAnArchetype() {
        assertThat(ids("""
                system: Wards
                description: Nurses in charge of a ward plan rosters; the car park has EV charge points free of charge.
                capabilities: [rosters, file transfers]
                """)).doesNotContain("payments-ledger");
        assertThat(ids("""
                system: Alerts
                description: The service will dispatch notifications and dispatch emails to subscribers.
                capabilities: [subscriptions]
                """)).doesNotContain("geo-dispatch");
        assertThat(ids("""
                system: Courses
                description: Instructors upload course videos; lectures go out as live video streaming to thousands.
                capabilities: [course videos, enrolments]
                """)).doesNotContain("video-sessions");
    }

    @Test
    void distanceWordingRecognisesDispatchWithTheWordsOfTheRequestAsEvidence() {
        var request = RequestReader.readString("""
                system: Couriers
                description: Assign each parcel to a courier within 2 km of the shop.
                capabilities: [parcels]
                """);

        Recognised geo = Archetypes.standard().recognise(request, request.capabilities()).stream()
                .filter(r -> r.archetype().id().equals("geo-dispatch")).findFirst().orElseThrow();
        assertThat(geo.evidence().get(0).phrase()).isEqualTo("within N km");
    }

    @Test
    void aGeneralWordClaimsACapabilityOnlyOnceASpecificPhraseRecognisedTheArchetype() {
        var maintenance = RequestReader.readString("""
                system: Vans
                description: Telemetry from delivery vans.
                capabilities: [telemetry, orders]
                integrations: [{name: Maintenance ERP, purpose: opens work orders for faults}]
                """);
        var shop = RequestReader.readString("""
                system: Shop
                description: An online store.
                capabilities: [orders, shopping cart]
                """);

        assertThat(Archetypes.standard().recognise(maintenance, maintenance.capabilities()))
                .extracting(r -> r.archetype().id()).doesNotContain("commerce");
        Recognised commerce = Archetypes.standard().recognise(shop, shop.capabilities()).stream()
                .filter(r -> r.archetype().id().equals("commerce")).findFirst().orElseThrow();
        assertThat(commerce.capabilities()).containsExactly("orders", "shopping cart");
        assertThat(commerce.capability()).contains("orders");
    }

    @Test
    void anIntegrationArchetypeIsNotInventedFromACapabilityWordWhenTheRequestNamesNoSuchSystem() {
        var physio = RequestReader.readString("""
                system: Physio
                description: Physiotherapy clinics schedule sessions and keep patient records.
                capabilities: [session scheduling, patient records]
                integrations: [{name: SendGrid, purpose: email reminders}, {name: Twilio, purpose: SMS reminders}]
                """);

        assertThat(Archetypes.standard().recognise(physio, physio.capabilities()))
                .extracting(r -> r.archetype().id()).doesNotContain("health-records-fhir");
    }

    @Test
    void anIntegrationArchetypeIsRecognisedWhenAnIntegrationNamesTheSystemAndSaysSoFirst() {
        var clinic = RequestReader.readString("""
                system: Clinic
                description: Clinics keep patient records.
                capabilities: [patient records]
                integrations: [{name: Epic, purpose: read patient charts}]
                """);

        Recognised fhir = Archetypes.standard().recognise(clinic, clinic.capabilities()).stream()
                .filter(r -> r.archetype().id().equals("health-records-fhir")).findFirst().orElseThrow();
        assertThat(fhir.evidence().get(0).describe()).isEqualTo("integration 'Epic: read patient charts' says 'epic'");
        assertThat(fhir.capabilities()).containsExactly("patient records");
    }

    private static final String DECIDED = """
            decidedParts:
              CARD_VAULT:
                id: %s
                name: Card vault
                kind: SERVICE
                technology: {default: "{service}, keys in an HSM"}
                responsibility: Issues tokens
                modules: %s
            """;

    @Test
    void theStandardCatalogueDescribesEveryDecidedPartWithItsModules() {
        for (DecidedPart part : DecidedPart.values()) {
            Archetype.Component c = Archetypes.standard().decidedPart(part);
            assertThat(c.kind()).as(part.name()).isEqualTo(dev.architect.dossier.ContainerKind.SERVICE);
            assertThat(c.modules()).as(part.name()).isNotEmpty().allSatisfy(m -> assertThat(m.id()).isNotBlank());
        }
        assertThat(Archetypes.standard().decidedPart(DecidedPart.IDENTITY_SERVER).decidedBy()).isEqualTo(dev.architect.dossier.DecisionTopic.SECURITY);
    }

    @Test
    void aDecidedPartIsCheckedLikeAnArchetypesComponentNamingIt() {
        assertThat(readYaml(String.format(java.util.Locale.ROOT, DECIDED, "card-vault", "[{id: tokeniser, name: Tokeniser, responsibility: Tokenises}]"))
                .decidedPart(DecidedPart.CARD_VAULT).modules()).hasSize(1);
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, DECIDED, "card-vault", "[]")))
                .hasMessageContaining("test.yaml").hasMessageContaining("decided part CARD_VAULT component 'card-vault'").hasMessageContaining("needs modules");
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, DECIDED, "card-vault", "[{id: tokeniser, name: Tokeniser}]")))
                .hasMessageContaining("decided part CARD_VAULT component 'card-vault' module 'Tokeniser'").hasMessageContaining("responsibility");
        assertThatThrownBy(() -> readYaml(String.format(java.util.Locale.ROOT, DECIDED, "card-vault", "[]").replace("CARD_VAULT:", "KEY_VAULT:")))
                .hasMessageContaining("test.yaml").hasMessageContaining("KEY_VAULT");
    }

    @Test
    void aDecidedPartsIdIsNotAlsoAnArchetypesComponent() {
        String yaml = String.format(java.util.Locale.ROOT, DECIDED, "demo-part", "[{id: tokeniser, name: Tokeniser, responsibility: Tokenises}]")
                + String.format(java.util.Locale.ROOT, MINIMAL, "SERVICE", "ends_at", "demo-part");

        assertThatThrownBy(() -> readYaml(yaml)).hasMessageContaining("archetype 'demo'").hasMessageContaining("component 'demo-part'");
    }
}
