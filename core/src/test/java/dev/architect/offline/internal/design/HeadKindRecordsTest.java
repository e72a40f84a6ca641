package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Archetype.EntityDef;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.ShippedDataFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a noun-led capability name is read by its head noun's kind, and what each kind designs. Every request here is
 * written for this test, in domains of its own (a grain cooperative, an awarding body, a water utility, a coworking
 * operator); none is a review request.
 */
class HeadKindRecordsTest {

    private static final HeadKindRecords READER = HeadKindRecords.standard();

    private static ConsultationRequest request(String yaml) {
        return RequestReader.readString(yaml);
    }

    private static Optional<HeadKindRecords.Designed> design(String capability, ConsultationRequest r) {
        String slug = Names.slug(capability);
        String table = Names.table(slug);
        CapabilityShapes.ShapeNames names = new CapabilityShapes.ShapeNames(capability, slug, table, Names.pascal(table), slug + "s",
                Names.camel(table) + "Id", capability);
        return READER.design(names, r, r.capabilities());
    }

    private static EntityDef entity(HeadKindRecords.Designed d, int i) {
        return d.shaped().design().entities().get(i);
    }

    private static List<String> oneOf(EntityDef e, String field) {
        return e.constraints().stream().filter(c -> c.kind().name().equals("ONE_OF") && c.fields().equals(List.of(field)))
                .findFirst().orElseThrow().values();
    }

    private static List<String> names(EntityDef e) {
        return e.fields().stream().map(f -> f.split(":")[0]).toList();
    }

    private static boolean has(EntityDef e, String kind) {
        return e.constraints().stream().anyMatch(c -> c.kind().name().equals(kind));
    }

    @Test
    void aNameIsReadByItsHeadItsModifierGroupsAndItsQualifier() {
        HeadKindRecords.NounLedName n = READER.read("boil-water notice status per supply zone").orElseThrow();
        assertThat(n.kind()).isEqualTo(HeadKindRecords.Kind.STATE_OF);
        assertThat(n.groups()).containsExactly(List.of("boil-water", "notice"));
        assertThat(n.keys()).containsExactly(List.of("supply", "zone"));
        HeadKindRecords.NounLedName stock = READER.read("depot and site stock with automatic resupply").orElseThrow();
        assertThat(stock.kind()).isEqualTo(HeadKindRecords.Kind.QUANTITY);
        assertThat(stock.groups()).containsExactly(List.of("depot"), List.of("site"));
        assertThat(stock.keys()).isEmpty();
        assertThat(stock.qualifier()).containsExactly("with", "automatic", "resupply");
        HeadKindRecords.NounLedName total = READER.read("live running total for the studio").orElseThrow();
        assertThat(total.modes()).containsExactly("live", "running");
        assertThat(total.groups()).isEmpty();
        assertThat(READER.read("customs messages").orElseThrow().kind()).isEqualTo(HeadKindRecords.Kind.EXCHANGE);
        assertThat(READER.read("study setup per protocol amendment").orElseThrow().kind()).isEqualTo(HeadKindRecords.Kind.VERSIONED);
    }

    @Test
    void aWordOfAKindInAnotherSenseOrPlaceIsNoHead() {
        // a public web page, a discipline, pictures, an act: the head is "page", "support", "photos", "check-in"
        assertThat(READER.read("status page")).isEmpty();
        assertThat(READER.read("decision support for operators")).isEmpty();
        assertThat(READER.read("stock photos")).isEmpty();
        assertThat(READER.read("member check-in")).isEmpty();
        // a verb-led name with a determiner is lane A's, never a record of its last noun
        assertThat(READER.read("check the stock")).isEmpty();
        // a measured level is a reading of something else, not an amount kept
        assertThat(READER.read("reservoir level by treatment works")).isEmpty();
    }

    private static final ConsultationRequest GRAIN = request("""
            system: GrainCo
            description: >
              We are a farmers' grain cooperative with 14 country elevators. Growers deliver wheat and barley by truck; each load
              is weighed, sampled and graded. The intake clerk accepts a load into a silo or rejects it when the moisture is above
              14.5 percent, and the grower sees the outcome on their phone. Diesel for the dryers is held in tanks: stock is kept
              per tank and fuel grade in litres and must never go below zero when the dryers draw from it. The marketing team
              keeps stock photos of the harvest.
            capabilities: [load intake decision, tank stock by fuel grade, weather outlook balance, stock photos]
            latency: {p99Ms: 10000}
            """);

    @Test
    void aDecisionKeepsTheOutcomesItsSentencesNameOncePerSubject() {
        HeadKindRecords.Designed d = design("load intake decision", GRAIN).orElseThrow();
        EntityDef e = entity(d, 0);
        // "accepts a load ... or rejects it": the two outcomes, in the order said
        assertThat(oneOf(e, "outcome")).containsExactly("ACCEPTED", "REJECTED");
        assertThat(e.indexes().stream().filter(i -> i.unique()).map(i -> i.fields()).toList()).contains(List.of("subject_ref"));
        assertThat(has(e, "APPEND_ONLY")).isTrue();
        assertThat(d.shaped().design().requirement()).contains("for each load once").contains("within the request's 10,000 ms");
        assertThat(d.recordName()).isEqualTo("load intake decision");
    }

    @Test
    void aStockNeverGoesBelowZeroOnlyWhereASentenceSaysSo() {
        HeadKindRecords.Designed d = design("tank stock by fuel grade", GRAIN).orElseThrow();
        EntityDef stock = entity(d, 0);
        assertThat(names(stock)).contains("tank_id", "fuel_grade_id", "quantity", "version");
        assertThat(stock.constraints()).anyMatch(c -> c.kind().name().equals("NOT_NEGATIVE") && c.fields().equals(List.of("quantity")));
        assertThat(has(entity(d, 1), "APPEND_ONLY")).isTrue();
        // the same name where no sentence says it never goes below zero: no such constraint is claimed
        ConsultationRequest silent = request("""
                system: Cellar
                description: >
                  A wine merchant keeps bottles in 3 cellars. Stock is counted per cellar and vintage every quarter.
                capabilities: [cellar stock by vintage]
                """);
        EntityDef cellar = entity(design("cellar stock by vintage", silent).orElseThrow(), 0);
        assertThat(cellar.constraints()).noneMatch(c -> c.kind().name().equals("NOT_NEGATIVE"));
    }

    @Test
    void aHeadWhoseModifierTheSentencesNeverUseStaysOpen() {
        // "weather outlook" is named by no sentence: no balance of it is invented
        assertThat(design("weather outlook balance", GRAIN)).isEmpty();
        // "stock photos" is no stock
        assertThat(design("stock photos", GRAIN)).isEmpty();
    }

    private static final ConsultationRequest EXAMS = request("""
            system: MarkWell
            description: >
              A national awarding body that runs school-leaving examinations twice a year. A script is allocated, marked, then
              moderated, and a script may be put on hold when malpractice is suspected and released when the case is closed.
              Grade boundaries are set per subject and exam session by the awarding committee, and every result records the
              boundary version it was graded under. Results are sent to the national learner register as submissions that the
              register acknowledges within a day.
            capabilities: [script marking status, learner register submissions, exam decision support]
            integrations:
              - {name: National learner register, purpose: "receives result submissions and returns acknowledgements"}
            compliance: [GDPR]
            """);

    @Test
    void aStatusIsAColumnOnItsSubjectsRecordWithTheStatesItsSentencesName() {
        HeadKindRecords.Designed d = design("script marking status", EXAMS).orElseThrow();
        assertThat(d.recordName()).isEqualTo("script");
        EntityDef script = entity(d, 0);
        assertThat(names(script)).contains("marking_status");
        // "put on hold" is the hold's state, never a PUT state; "allocated" and "released" are said of the script
        assertThat(oneOf(script, "marking_status")).contains("HELD", "RELEASED", "ALLOCATED").doesNotContain("PUT");
        // a compliance regime asks for the history of changes
        assertThat(d.shaped().design().entities()).hasSize(2);
        assertThat(has(entity(d, 1), "APPEND_ONLY")).isTrue();
        assertThat(design("exam decision support", EXAMS)).isEmpty();
    }

    @Test
    void aStateNounHeadKeepsItsStateItsOppositeAndTheReasonsTheNameCoordinates() {
        ConsultationRequest pallets = request("""
                system: ColdStore
                description: >
                  A cold store keeps pallets of frozen food for 40 retailers. A pallet is quarantined when its use-by date passes
                  or the room's temperature goes out of range, and released by quality staff after a check.
                capabilities: [pallet expiry and temperature quarantine]
                """);
        HeadKindRecords.Designed d = design("pallet expiry and temperature quarantine", pallets).orElseThrow();
        assertThat(d.recordName()).isEqualTo("pallet");
        assertThat(oneOf(entity(d, 0), "status")).containsExactly("RELEASED", "QUARANTINED");
        assertThat(oneOf(entity(d, 0), "reason")).containsExactly("EXPIRY", "TEMPERATURE");
        // no regime and no audit wording: no history table is claimed
        assertThat(d.shaped().design().entities()).hasSize(1);
    }

    @Test
    void aStatusWithNoStatesSaidStaysOpen() {
        ConsultationRequest r = request("""
                system: Parcels
                description: >
                  A courier delivers parcels across the city. Every parcel has a barcode.
                capabilities: [parcel status]
                """);
        assertThat(design("parcel status", r)).isEmpty();
    }

    @Test
    void anExchangeIsBoundToTheIntegrationItsModifierNamesAndGoesTheWayThePurposeSays() {
        HeadKindRecords.Designed d = design("learner register submissions", EXAMS).orElseThrow();
        EntityDef e = entity(d, 0);
        // the register "receives" them (the partner speaks in its purpose): we send, and it acknowledges
        assertThat(oneOf(e, "direction")).containsExactly("OUTBOUND");
        assertThat(oneOf(e, "status")).containsExactly("QUEUED", "SENT", "ACKNOWLEDGED", "FAILED");
        assertThat(e.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("partner", "direction", "message_id")));
        // messages no integration names are not an exchange
        ConsultationRequest chat = request("""
                system: Chatter
                description: >
                  Members send each other messages in rooms.
                capabilities: [member messages]
                integrations:
                  - {name: Stripe, purpose: "card payments"}
                """);
        assertThat(design("member messages", chat)).isEmpty();
        // a feed that comes in from a laboratory is inbound
        ConsultationRequest water = request("""
                system: AquaFlow
                description: >
                  A regional water utility. Laboratory results come in as a CSV file twice a day.
                capabilities: [lab results feed]
                integrations:
                  - {name: Accredited laboratory, purpose: "sample results as a CSV file twice a day"}
                """);
        assertThat(oneOf(entity(design("lab results feed", water).orElseThrow(), 0), "status")).containsExactly("RECEIVED", "PROCESSED", "FAILED");
    }

    @Test
    void aCeilingKeepsWhatIsUsedOfItAndAnAllowanceOfHoursIsCountedInHours() {
        ConsultationRequest cowork = request("""
                system: HuddleDesk
                description: >
                  A coworking operator. Each member has a monthly allowance of meeting-room hours; an hour booked is taken from
                  the allowance and a cancelled booking gives it back.
                capabilities: [meeting-room hour allowance per member]
                """);
        HeadKindRecords.Designed d = design("meeting-room hour allowance per member", cowork).orElseThrow();
        EntityDef e = entity(d, 0);
        // "an allowance of meeting-room hours": hours are the unit, the member the key
        assertThat(names(e)).contains("member_id", "ceiling", "used").doesNotContain("meeting_room_hour_id");
        assertThat(e.constraints()).anyMatch(c -> c.kind().name().equals("AT_MOST") && c.fields().equals(List.of("used", "ceiling")));
        assertThat(d.shaped().design().requirement()).contains("counted in meeting room hours");
    }

    @Test
    void aModifierNoSentencePutsWhereAHolderStandsIsWhatIsCountedNotAKey() {
        ConsultationRequest parts = request("""
                system: Rotables
                description: >
                  An airline keeps spare parts in 6 warehouses. Each spare part carries its own serial number and a shelf life.
                capabilities: [spare part stock by warehouse]
                """);
        HeadKindRecords.Designed d = design("spare part stock by warehouse", parts).orElseThrow();
        // "each spare part carries its own serial number": an item counted, so the stock is per warehouse, never per part
        assertThat(names(entity(d, 0))).contains("warehouse_id").doesNotContain("spare_part_id");
        assertThat(d.shaped().design().requirement()).contains("counted in spare parts");
    }

    @Test
    void aVersionedSettingKeepsEveryVersionPerItsKey() {
        ConsultationRequest water = request("""
                system: AquaFlow
                description: >
                  Tariffs change on 1 April each year and a bill is always priced with the tariff in force on the reading date.
                capabilities: [tariff version per financial year]
                """);
        HeadKindRecords.Designed d = design("tariff version per financial year", water).orElseThrow();
        EntityDef e = entity(d, 0);
        // a year is a period: kept by its start, never an id of a year record
        assertThat(e.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("financial_year_start", "version")));
        assertThat(has(e, "APPEND_ONLY")).isTrue();
        assertThat(names(e)).contains("effective_from", "effective_to");
    }

    @Test
    void theShippedFileReadsAndEachBadCopyIsRefusedNamingTheEntry() {
        String text = ShippedDataFiles.text(HeadKindRecords.class, HeadKindRecords.RESOURCE);
        ShippedDataFiles.eachBadCopyRefused(text, new String[][] {
                {"  DECISION: [decision,", "  DECISION: [status, decision,", "heads 'status' is both STATE_OF and DECISION"},
                {"ceilings: [capacity,", "ceilings: [status, capacity,", "ceilings 'status' is not a QUANTITY head"},
                {"liveModes: [live,", "liveModes: [glowing, live,", "liveModes 'glowing' is not among the modes"},
                {"opposite: HELD}", "opposite: PAUSED}", "its opposite 'PAUSED' is not a state of the file"},
                {"defaultOutcomes: [ALLOWED, REFUSED]", "defaultOutcomes: [ALLOWED, HELD]", "defaultOutcomes must be two of the outcomes"},
                {"joiners: [and, or]", "joiners: [and, And]", "joiners 'And' must be"}},
                "bad-head-kinds.yaml", HeadKindRecords::read);
    }
}
