package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.ValidDossiers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A capability no designer claims is designed from the rule sentence that names its record: a number never reused or
 * skipped within a scope is a gap-free sequence per scope (a locked counter, a unique key on scope and number). A rule that
 * names another record, a "never" in an account, or a rule without the gap-free words designs nothing.
 */
class RuleRecordsTest {

    private static ConsultationRequest request(String description) {
        return ConsultationRequest.builder("Sample", description).build();
    }

    private static Optional<CapabilityShapes.ShapedCapability> design(String capability, String description) {
        String slug = Names.slug(capability);
        return RuleRecords.standard().design(new CapabilityShapes.ShapeNames(capability, slug, slug.replace('-', '_'), "Thing", slug, "thingId",
                capability), request(description));
    }

    @Test
    void aNumberNeverReusedOrSkippedWithinAScopeIsReadWithItsOwnerAndScope() {
        List<RuleRecords.Numbering> read = RuleRecords.standard().numberings(request(
                "Kennels take about 300 dogs a week. Kennel tag numbers within a show are never reused or skipped, and a dog never enters twice."));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).owner()).containsExactly("kennel", "tag");
        assertThat(read.get(0).number()).isEqualTo("number");
        assertThat(read.get(0).scope()).isEqualTo("show");
    }

    @Test
    void aNeverInAnAccountOrWithoutTheGapFreeWordsIsNoNumbering() {
        assertThat(RuleRecords.standard().numberings(request("We have never skipped a show. Tag numbers are never reused."))).isEmpty();
        // the words without the prohibition: "reused or skipped" said of the past
        assertThat(RuleRecords.standard().numberings(request("Last year tag numbers were reused or skipped by hand."))).isEmpty();
    }

    @Test
    void theCapabilityWhoseObjectTheRuleNamesGetsAGapFreeNumberPerScope() {
        Optional<CapabilityShapes.ShapedCapability> d = design("tag assignment", "Tag numbers within a show are never reused or skipped.");
        assertThat(d).isPresent();
        var design = d.get().design();
        assertThat(design.entities()).extracting(e -> e.name()).containsExactly("tag_assignment", "tag_assignment_counter");
        assertThat(design.requirement()).contains("never reused or skipped").contains("\"Tag numbers within a show are never reused or skipped\"")
                .contains("show_id and number");
        assertThat(d.get().evidence().text()).isEqualTo("Tag numbers within a show are never reused or skipped");
    }

    // the read-through: "document" had become the verb "docu"; a "-ment" noun gives its verb only where the request uses it
    @Test
    void theCommandIsTheNounsVerbOnlyWhereTheRequestUsesThatVerb() {
        String document = design("legal document", "Document numbers within a matter are never reused or skipped.").orElseThrow().design().requirement();
        assertThat(document).startsWith("Record each legal document").doesNotContainIgnoringCase("docu each");
        String assigned = design("tag assignment", "Stewards assign tags. Tag numbers within a show are never reused or skipped.").orElseThrow()
                .design().requirement();
        assertThat(assigned).startsWith("Assign each tag assignment");
    }

    @Test
    void aRuleThatNamesAnotherRecordDesignsNothingForThisCapability() {
        assertThat(design("ring booking", "Tag numbers within a show are never reused or skipped.")).isEmpty();
    }

    @Test
    void twoNumberingRulesThatBothNameTheCapabilityDesignNothing() {
        assertThat(design("tag assignment", "Tag numbers within a show are never reused or skipped. Tag serials per kennel are never reused or skipped."))
                .isEmpty();
    }

    // A dog show: the tag assignment has no archetype or shape; its one rule says what its record is.
    private static final String SHOW = """
            system: RingSide
            description: >
              A kennel club runs about 40 dog shows a year, each with 200 to 3,000 dogs. Owners enter dogs online and are given a
              ring tag when entries close; tag numbers within a show are never reused or skipped. Judges record placings per ring.
            actors:
              - {name: Owner, description: "enters dogs and pays"}
              - {name: Show secretary, description: "closes entries and assigns tags"}
              - {name: Judge, description: "records placings"}
            capabilities: [show entries, tag assignment, ring placings]
            load: {peakRequestsPerSecond: 30, readWriteRatio: 5, monthlyActiveUsers: 8000}
            data: {initialVolumeGb: 5, growthGbPerMonth: 1, retentionYears: 5}
            availability: {targetPercent: 99.5}
            team: {size: 2, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-2]}
            """;

    @Test
    void aDogShowsTagAssignmentIsDesignedFromItsRuleAndPassesTheValidator() {
        Consultation c = ValidDossiers.of(SHOW);
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-tag-assignment")).findFirst().orElseThrow();
        assertThat(fr.description()).contains("never reused or skipped").doesNotContain("Not designed yet");
        Entity counter = c.dataModel().entities().stream().filter(e -> e.name().endsWith("_counter")).findFirst().orElseThrow();
        assertThat(counter.fields()).extracting(f -> f.name()).contains("show_id", "next_number");
        Entity tag = c.dataModel().entities().stream().filter(e -> e.fields().stream().anyMatch(f -> f.name().equals("number"))
                && !e.name().endsWith("_counter")).findFirst().orElseThrow();
        assertThat(tag.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("show_id", "number")));
        assertThat(c.sequences()).anyMatch(s -> s.steps().stream().anyMatch(st -> st.message().contains("FOR UPDATE")));
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()))
                .noneMatch(o -> o.path().contains("tag") && o.method() == dev.architect.dossier.HttpMethod.DELETE);
    }

    @Test
    void aLedgerFileWhoseRuleRecordWordsAreNotWholeWordsFailsNamingThem() throws IOException {
        String shipped;
        try (InputStream in = RuleLedger.class.getResourceAsStream(RuleLedger.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String bad = shipped.replace("scopes: [within,", "scopes: [Within,");
        assertThatThrownBy(() -> RuleLedger.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml"))
                .hasMessageContaining("scopes").hasMessageContaining("'Within'");
    }
}
