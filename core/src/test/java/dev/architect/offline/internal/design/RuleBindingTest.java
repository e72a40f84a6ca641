package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.ValueType;
import dev.architect.offline.internal.design.RuleInvariants.Kind;
import dev.architect.offline.internal.design.RuleInvariants.Rule;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/**
 * A rule sentence binds to the record its subject names with its modifiers, reached through the capability that writes it,
 * and to the act the rule limits: "a lodged claim must never be lost or paid twice" is the lodged claim, paid once, not the
 * claim a read capability shows, and not "lost". A record never changed once written ("once signed, a lease is never
 * altered") is an append-only version table with its retention, and the record loses PUT, PATCH and DELETE. Where two
 * records fit equally, or the only one that fits is read, the rule is an open question, never a guess.
 */
class RuleBindingTest {

    /** Each test's model: the records and, for each, the capability that writes it (a read capability's too). */
    private static final class Model {
        private final List<Entity> entities = new ArrayList<>();
        private final Map<String, List<String>> writers = new LinkedHashMap<>();

        /** The record a capability writes, named as the designer names it: the capability's words, the last one singular. */
        Model record(String capability) {
            String[] words = capability.replace('-', ' ').split(" ");
            words[words.length - 1] = Names.singular(words[words.length - 1]);
            return record(Names.table(String.join(" ", words)), capability);
        }

        Model record(String table, String capability) {
            entities.add(new Entity(table, "app", null, List.of(EntityField.of("id", DataType.UUID), EntityField.of("created_at", DataType.TIMESTAMP)),
                    List.of("id"), List.of()));
            writers.computeIfAbsent(table, k -> new ArrayList<>()).add(capability);
            return this;
        }

        DataModel model() {
            return new DataModel(entities);
        }
    }

    private static ConsultationRequest request(String description) {
        return ConsultationRequest.builder("Sample", description).build();
    }

    private static List<Rule> rules(String description, Model m) {
        return RuleInvariants.standard().read(request(description), m.model(), m.writers);
    }

    private static Rule only(String description, Model m) {
        List<Rule> read = rules(description, m);
        assertThat(read).as(description).hasSize(1);
        return read.get(0);
    }

    /** An API serving the record: create, list, read, replace, change and delete. */
    private static ApiSpec crud(String table) {
        String plural = Names.slug(Names.plural(table.replace('_', ' ')));
        String item = "/" + plural + "/{" + Names.camel(table) + "Id}";
        ApiParameter id = new ApiParameter(Names.camel(table) + "Id", ParameterLocation.PATH, ValueType.STRING, true, "The record's id", null, null);
        String schema = Names.pascal(table);
        return new ApiSpec("core", "Core", "1.0.0", "app", null, "/api/v1", dev.architect.dossier.ApiAuth.BEARER_JWT, List.of(
                new ApiOperation("create", HttpMethod.POST, "/" + plural, "Create", null, List.of(), List.of(), schema + "Input",
                        List.of(ApiResponse.of(201, "Created", schema)), true),
                new ApiOperation("list", HttpMethod.GET, "/" + plural, "List", null, List.of(), List.of(), null, List.of(ApiResponse.of(200, "The list", schema)), false),
                new ApiOperation("read", HttpMethod.GET, item, "Read", null, List.of(), List.of(id), null, List.of(ApiResponse.of(200, "The record", schema)), false),
                new ApiOperation("replace", HttpMethod.PUT, item, "Replace", null, List.of(), List.of(id), schema + "Input",
                        List.of(ApiResponse.of(200, "Replaced", schema), ApiResponse.of(404, "Not found", null)), true),
                new ApiOperation("change", HttpMethod.PATCH, item, "Change", null, List.of(), List.of(id), schema + "Input",
                        List.of(ApiResponse.of(200, "Changed", schema)), false),
                new ApiOperation("delete", HttpMethod.DELETE, item, "Delete", null, List.of(), List.of(id), null, List.of(ApiResponse.of(204, "Deleted", null)), true)),
                List.of(new SchemaDefinition(schema, null, List.of(SchemaProperty.of("id", ValueType.STRING, true))),
                        new SchemaDefinition(schema + "Input", null, List.of(SchemaProperty.of("note", ValueType.STRING, false)))));
    }

    private static RuleLandings.Landed land(String description, Model m, String served) {
        return RuleLandings.land(request(description), m.model(), List.of(crud(served)), List.of(),
                new Requirements(List.of(), List.of(), List.of(), List.of(), List.of()), m.writers, true);
    }

    private static Entity landed(RuleLandings.Landed l, String name) {
        return l.model().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    // 0. Beekeeping: a lab result never changed, where no operation of the API writes lab results (served: another record)
    @Test
    void aRuleOnARecordNoOperationWritesPromisesNoProblemTypeAndAsksWhichCommandDoes() {
        Model m = new Model().record("hive registry").record("lot testing").record("lab_result", "lot testing");
        String s = "A lab result can never be changed once signed.";
        RuleLandings.Landed l = land(s, m, "hive");
        // the database keeps it: each version is an append-only row
        assertThat(landed(l, "lab_result_version").constraints()).anyMatch(k -> k.kind() == ConstraintKind.APPEND_ONLY);
        // but nothing answers 409 /problems/immutable-record: the requirement and the check promise none
        assertThat(l.requirements().functional()).singleElement().satisfies(f -> {
            assertThat(f.description()).doesNotContain("/problems/immutable-record");
            assertThat(f.description()).contains("an error no operation of the API answers yet (open question oq-rule-");
        });
        assertThat(l.checks()).noneMatch(c -> c.contains("/problems/"));
        assertThat(l.requirements().openQuestions()).anySatisfy(q -> {
            assertThat(q.question()).isEqualTo("Which command of the API writes the lab result that the rule \"" + s.substring(0, s.length() - 1)
                    + "\" refuses, and what does it answer?");
            assertThat(q.whyItMatters()).contains("409 /problems/immutable-record once one does");
        });
        // served, the same rule is answered by the API and promised as such
        RuleLandings.Landed served = land(s, m, "lab_result");
        assertThat(served.requirements().functional()).singleElement().satisfies(f -> assertThat(f.description())
                .contains("409 (problem type /problems/immutable-record)"));
        assertThat(served.requirements().openQuestions()).noneMatch(q -> q.id().endsWith("-command"));
    }

    // 0b. Vineyard cellar: "entries" fit the cellar log's and the tasting notes' entries equally; one already refuses every change
    @Test
    void aTieIsDecidedByTheRecordThatAlreadyCarriesTheRulesGuard() {
        Model m = new Model().record("cellar_log_entry", "cellar log").record("tasting_note_entry", "tasting notes");
        String s = "Entries can never be edited or deleted.";
        assertThat(only(s, m).rivals()).containsExactlyInAnyOrder("cellar_log_entry", "tasting_note_entry");
        List<Entity> guarded = m.model().entities().stream().map(e -> !e.name().equals("cellar_log_entry") ? e : new Entity(e.name(), e.ownerContainerId(),
                e.description(), e.fields(), e.primaryKey(), e.relations(), e.indexes(), List.of(new EntityConstraint(ConstraintKind.APPEND_ONLY, List.of(),
                "the cellar log is append-only")))).toList();
        RuleLandings.Landed l = RuleLandings.land(request(s), new DataModel(guarded), List.of(crud("cellar_log_entry")), List.of(),
                new Requirements(List.of(), List.of(), List.of(), List.of(), List.of()), m.writers, true);
        // no question denying a guard the cellar log has, no second version table: the existing constraint keeps the rule
        assertThat(l.requirements().openQuestions()).isEmpty();
        assertThat(l.model().entities()).extracting(Entity::name).containsExactly("cellar_log_entry", "tasting_note_entry");
        assertThat(l.requirements().functional()).singleElement().satisfies(f -> assertThat(f.description()).isEqualTo("Kept as the description"
                + " says (\"Entries can never be edited or deleted\") by the APPEND_ONLY constraint the design already puts on cellar_log_entry, the"
                + " record its subject names: the database refuses what the rule forbids, whatever command or job writes it."));

        // neither guarded: still a tie, asked
        RuleLandings.Landed asked = land(s, m, "cellar_log_entry");
        assertThat(asked.requirements().openQuestions()).singleElement().satisfies(q -> assertThat(q.question()).contains("cellar log entry or"));
    }

    // 1. Health insurance (the TX1 shape in another domain): the lodged claim, paid once; "lost" is durability, no act
    @Test
    void aLodgedClaimNeverPaidTwiceBindsToTheClaimTheLodgingWritesNotTheOneAReadShows() {
        Model m = new Model().record("view my claim status").record("lodge a claim").record("lodge_a_claim_transition", "lodge a claim")
                .record("approve or reject claims");
        String s = "A lodged claim must never be lost or paid twice, even when the app retries after a timeout.";
        Rule r = only(s, m);
        assertThat(r.kind()).isEqualTo(Kind.ONCE_ONLY);
        // lodged: the participle of lodge, the verb of "lodge a claim" (2), and claim its head (1); the transition table is a part of it
        assertThat(r.entity()).isEqualTo("lodge_a_claim");
        assertThat(r.act()).isEqualTo("paid");
        Entity e = landed(land(s, m, "lodge_a_claim"), "lodge_a_claim");
        assertThat(e.field("paid_at")).isPresent();
        assertThat(e.field("lost_at")).isEmpty();
        assertThat(e.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("paid_key")));
    }

    // 2. Grants: "counted twice" counts the record itself, so its creating write keeps a unique idempotency key
    @Test
    void anApplicationNeverCountedTwiceIsAUniqueIdempotencyKeyOnTheRecordItsSendingWrites() {
        Model m = new Model().record("see my draft application").record("send and get a reference number").record("withdraw an application");
        String s = "An application that we confirmed with a reference number must never be lost and never be counted twice.";
        Rule r = only(s, m);
        assertThat(r.kind()).isEqualTo(Kind.ONCE_ONLY);
        // reference and number are in "send and get a reference number" (2); application alone names "withdraw an application" (1)
        assertThat(r.entity()).isEqualTo("send_and_get_a_reference_number");
        assertThat(r.act()).isEqualTo("counted");
        RuleLandings.Landed l = land(s, m, "send_and_get_a_reference_number");
        Entity e = landed(l, "send_and_get_a_reference_number");
        assertThat(e.field("idempotency_key")).isPresent();
        assertThat(e.field("counted_at")).isEmpty();
        assertThat(e.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("idempotency_key")));
        // the create answers the refusal; a read does not
        assertThat(l.apis().get(0).operations().get(0).responses()).anyMatch(x -> x.status() == 409 && x.description().contains("already-done"));
        assertThat(l.apis().get(0).operations().get(2).responses()).noneMatch(x -> x.status() == 409);
        assertThat(l.requirements().functional()).singleElement().satisfies(f -> assertThat(f.description())
                .contains("unique index on send_and_get_a_reference_number.idempotency_key").contains(s.substring(0, s.length() - 1)));
    }

    // 3. Lettings: once signed, a lease is never altered; an append-only version table kept 7 years, no PUT/PATCH/DELETE
    @Test
    void aLeaseNeverAlteredOnceSignedIsAnAppendOnlyVersionTableKeptSevenYears() {
        Model m = new Model().record("draft a lease").record("sign a lease").record("amend a signed lease");
        String s = "Once signed, a lease is never altered: an amendment is a new version linked to the one it replaces, and signed leases are kept"
                + " for 7 years after the tenancy ends.";
        Rule r = only(s, m);
        assertThat(r.kind()).isEqualTo(Kind.IMMUTABLE);
        // signed (lead clause): sign is the verb of "sign a lease" (2) + lease (1); "amend a signed lease" does amend, not sign (1)
        assertThat(r.entity()).isEqualTo("sign_a_lease");
        assertThat(r.years()).isEqualTo(7);
        RuleLandings.Landed l = land(s, m, "sign_a_lease");
        Entity v = landed(l, "sign_a_lease_version");
        assertThat(v.constraints()).anyMatch(c -> c.kind() == ConstraintKind.APPEND_ONLY);
        assertThat(v.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("sign_a_lease_id", "version")));
        assertThat(v.field("retain_until")).hasValueSatisfying(f -> assertThat(f.description()).contains("7 years"));
        assertThat(v.relations()).anyMatch(x -> x.field().equals("sign_a_lease_id") && x.targetEntity().equals("sign_a_lease"));
        assertThat(landed(l, "sign_a_lease").field("current_version")).isPresent();
        List<ApiOperation> ops = l.apis().get(0).operations();
        assertThat(ops).noneMatch(o -> o.method() == HttpMethod.PUT || o.method() == HttpMethod.PATCH || o.method() == HttpMethod.DELETE);
        assertThat(ops).anyMatch(o -> o.method() == HttpMethod.POST && o.path().equals("/sign-a-leases/{signALeaseId}/versions")
                && "SignALeaseInput".equals(o.requestSchema()) && o.responses().stream().anyMatch(x -> x.status() == 201)
                && o.responses().stream().anyMatch(x -> x.status() == 409));
        assertThat(l.checks()).singleElement().satisfies(c -> assertThat(c).startsWith("Release check:").contains("UPDATE and a DELETE"));
    }

    // 4. Hospital ward notes: the retention is read from the next sentence
    @Test
    void aWardNoteNeverEditedKeepsTheRetentionOfTheNextSentence() {
        Model m = new Model().record("ward_note", "write a ward note").record("read ward notes");
        // the retention stands two sentences on ("; " splits sentences) and names notes, a noun of the rule's sentence
        Rule r = only("A ward note must never be edited or deleted once it is signed; a correction is an addendum. Notes are retained for 25 years.", m);
        assertThat(r.kind()).isEqualTo(Kind.IMMUTABLE);
        assertThat(r.entity()).isEqualTo("ward_note");
        assertThat(r.years()).isEqualTo(25);
        // a neighbour keeping another record says nothing of the note's
        assertThat(only("A ward note must never be edited once it is signed. Invoices are kept for 7 years.", m).years()).isZero();
    }

    // 5. Exam board: published grades bind to the record publishing writes, never to the download (a read)
    @Test
    void publishedGradesNeverOverwrittenBindToThePublishingNotTheDownload() {
        Model m = new Model().record("download published grades").record("publish grades");
        Rule r = only("Published grades are never overwritten: a re-mark is a new version.", m);
        assertThat(r.kind()).isEqualTo(Kind.IMMUTABLE);
        assertThat(r.entity()).isEqualTo("publish_grade");
        assertThat(r.years()).isZero();
    }

    // 6. Airline boarding: the pass is scanned once, a column set once on the pass the check-in issues
    @Test
    void aBoardingPassNeverScannedTwiceIsSetOnceOnThePassNotOnTheReadOfIt() {
        Model m = new Model().record("see my boarding pass").record("boarding_pass", "issue a boarding pass");
        Rule r = only("A boarding pass must never be scanned twice at the gate.", m);
        assertThat(r.kind()).isEqualTo(Kind.ONCE_ONLY);
        assertThat(r.entity()).isEqualTo("boarding_pass");
        assertThat(r.act()).isEqualTo("scanned");
    }

    @Test
    void aRuleWhoseOnlyFittingRecordIsReadIsAnOpenQuestionNotALanding() {
        Model m = new Model().record("see my pre-filled return").record("edit figures");
        String s = "A submitted return must never be counted twice.";
        RuleLandings.Landed l = land(s, m, "see_my_pre_filled_return");
        assertThat(l.requirements().functional()).isEmpty();
        assertThat(l.requirements().openQuestions()).singleElement().satisfies(q -> assertThat(q.question()).contains(s.substring(0, s.length() - 1)));
        assertThat(landed(l, "see_my_pre_filled_return").fields()).extracting(EntityField::name).containsExactly("id", "created_at");
    }

    @Test
    void twoRecordsThatFitEquallyAreNamedInAnOpenQuestion() {
        // both file (2) a return (1): the sentence does not say which
        Model m = new Model().record("file a tax return").record("file an amended return");
        RuleLandings.Landed l = land("A filed return must never be counted twice.", m, "file_a_tax_return");
        assertThat(l.requirements().functional()).isEmpty();
        assertThat(l.requirements().openQuestions()).singleElement().satisfies(q -> assertThat(q.question())
                .contains("file a tax return or file an amended return"));
    }

    @Test
    void neverLostAloneIsDurabilityNotAnAct() {
        Model m = new Model().record("lodge a claim");
        assertThat(rules("A lodged claim must never be lost.", m)).isEmpty();
    }

    @Test
    void aChangeBoundToAWindowOrAPartyIsNoImmutableRecord() {
        Model m = new Model().record("price", "set prices").record("register vendors");
        // a window: prices hold during a sale, the record changes after it
        assertThat(rules("Prices are never changed during a sale.", m)).isEmpty();
        // no participle after the modal, and "we" names no record
        assertThat(rules("We never change vendors.", m)).isEmpty();
        // an account of the past
        assertThat(rules("Prices never changed in ten years.", m)).isEmpty();
    }

    @Test
    void onlyAfterAPermissionIsNoImmutability() {
        // "can only be changed" permits a change: the kind needs a negation
        Model m = new Model().record("book a room");
        assertThat(rules("A room booking can only be changed by its guest.", m)).noneMatch(r -> r.kind() == Kind.IMMUTABLE);
    }


    private static RuleInvariants read(String text) {
        return RuleInvariants.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void aBadCopyOfTheBindingWordsFailsNamingTheList() throws java.io.IOException {
        String shipped = ShippedDataFiles.text(RuleInvariants.class, RuleInvariants.RESOURCE);
        assertThat(shipped).contains("reads: [see,").contains("\nwindows: [");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(shipped.replace("reads: [see,", "reads: [See,")))
                .hasMessageContaining("bad-copy.yaml").hasMessageContaining("reads");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(shipped.replaceFirst("\nwindows: \\[[^\\]]*\\]", "")))
                .hasMessageContaining("bad-copy.yaml").hasMessageContaining("windows");
    }
}
