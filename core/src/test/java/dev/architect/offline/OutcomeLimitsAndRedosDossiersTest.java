package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OpenQuestion;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capability that protects against an outcome is the invariant on the outcome's record, kept by the database with a 409
 * when refused ("overbooking protection": a capacity column never passed; "double-use prevention": one standing
 * use per subject); a capability named as a redo ("re-rating") is a correction that supersedes the original with a
 * reason. Requests written for this test, in domains of their own.
 */
class OutcomeLimitsAndRedosDossiersTest {

    private static final Path LIMITS = Path.of("src", "test", "resources", "outcome-limit-requests");
    private static final Path LIFECYCLES = Path.of("src", "test", "resources", "lifecycle-requests");

    private static Consultation consult(Path request) {
        return OfflineArchitect.create().consult(RequestReader.read(request));
    }

    private static FunctionalRequirement requirement(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in "
                + c.dataModel().entities().stream().map(Entity::name).toList()));
    }

    private static ApiOperation operation(Consultation c, String id) {
        return c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals(id)).findFirst().orElseThrow();
    }

    private static void valid(Consultation c) {
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /** Beds in dorms: the request does not say what the capacity is per, so it is assumed per resource and date, and said so. */
    @Test
    void overbookingProtectionIsACapacityNeverPassedByAConditionalUpdate() {
        Consultation c = consult(LIMITS.resolve("hostel-beds.yaml"));
        assertThat(requirement(c, "fr-overbooking-protection").description())
                .contains("Never take more bookings for one resource and date than its capacity")
                .contains("refused with 409").contains("as-limit-per-resource-and-date");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-capability-overbooking-protection");
        Entity capacity = entity(c, "booking_capacity");
        assertThat(capacity.fields()).extracting(f -> f.name()).contains("resource_id", "for_date", "capacity", "taken");
        assertThat(capacity.constraints()).anySatisfy(k -> assertThat(k.kind() + "" + k.fields()).isEqualTo("AT_MOST[taken, capacity]"));
        assertThat(capacity.indexes()).anySatisfy(i -> {
            assertThat(i.fields()).containsExactly("resource_id", "for_date");
            assertThat(i.unique()).isTrue();
        });
        Entity claim = entity(c, "booking_capacity_claim");
        assertThat(claim.relations()).anySatisfy(r -> assertThat(r.targetEntity()).isEqualTo("booking_capacity"));
        assertThat(operation(c, "claimBookingCapacity").responses()).anySatisfy(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(c.sequences()).anySatisfy(s -> assertThat(s.title()).isEqualTo("A booking takes its places, never past the capacity"));
        valid(c);
    }

    /** "each of the dorms" names no dimension: the word after "each" must name a thing, so the limit stays assumed per resource and date. */
    @Test
    void aLimitForEachOfTheResourcesIsNoLimitPerOf() throws java.io.IOException {
        String hostel = java.nio.file.Files.readString(LIMITS.resolve("hostel-beds.yaml")).replace(
                "each dorm has a fixed number of beds per night, and a night must never be sold beyond the beds the dorm has",
                "bookings never pass the limit set for each of the dorms");
        Consultation c = OfflineArchitect.create().consult(RequestReader.readString(hostel));
        assertThat(requirement(c, "fr-overbooking-protection").description()).contains("as-limit-per-resource-and-date");
        assertThat(entity(c, "booking_capacity").fields()).extracting(f -> f.name()).contains("resource_id").doesNotContain("of_id");
        valid(c);
    }

    /** A ticket used once: one standing use per subject, by a partial unique index, the subject assumed and said so. */
    @Test
    void doubleUsePreventionIsOneStandingUsePerSubject() {
        Consultation c = consult(LIMITS.resolve("transit-tickets.yaml"));
        assertThat(requirement(c, "fr-double-use-prevention").description()).startsWith("Designed as a unique constraint")
                .contains("Never make two uses for the one subject").contains("409").contains("as-limit-per-subject");
        Entity guard = entity(c, "use_guard");
        EntityConstraint once = guard.constraints().stream().filter(k -> k.kind() == dev.architect.dossier.ConstraintKind.ACTIVE_AT_MOST)
                .findFirst().orElseThrow();
        assertThat(once.fields()).containsExactly("subject_id", "status");
        assertThat(once.values()).containsExactly("1", "STANDING");
        assertThat(operation(c, "createUseGuard").responses()).anySatisfy(r -> assertThat(r.status()).isEqualTo(409));
        valid(c);
    }

    /** Re-rating redoes a rating: the record correction's versions, superseding the original with a reason, not a lifecycle of "re ratings". */
    @Test
    void aRedoIsACorrectionThatSupersedesTheOriginal() {
        Consultation c = consult(LIFECYCLES.resolve("telecom-rerating.yaml"));
        assertThat(requirement(c, "fr-re-rating").description()).startsWith("Designed as a correction issued as a new version that supersedes")
                .contains("redoes a rating already issued").contains("with a reason");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-capability-re-rating");
        Entity correction = entity(c, "re_rating");
        assertThat(correction.fields()).extracting(f -> f.name()).contains("subject_id", "supersedes_version", "reason");
        assertThat(entity(c, "re_rating_version").constraints()).extracting(EntityConstraint::kind).contains(dev.architect.dossier.ConstraintKind.APPEND_ONLY);
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("re_rating_transition");
        valid(c);
    }

    /** A protection of no counted outcome and a word that only begins like a redo keep their old design. */
    @Test
    void aProtectionOfNoCountedOutcomeAndAWordOfItsOwnAreNotLimitsOrRedos() {
        Consultation c = consult(LIMITS.resolve("hostel-beds.yaml"));
        // "guest check-in" has no generic action, no protection and no redo: it stays as it was
        assertThat(requirement(c, "fr-guest-check-in").description()).doesNotContain("capacity").doesNotContain("supersedes");
        assertThat(c.dataModel().entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("check_in_guard") || n.startsWith("guest_check_in_version"));
        List<String> telecom = consult(LIFECYCLES.resolve("telecom-rerating.yaml")).dataModel().entities().stream().map(Entity::name).toList();
        assertThat(telecom).noneMatch(n -> n.startsWith("dispute_version") || n.startsWith("usage_rating_version"));
    }
}
