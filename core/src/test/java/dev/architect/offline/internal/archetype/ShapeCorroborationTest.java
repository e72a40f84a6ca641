package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A word of many senses ("tickets", "grading", "feed", "waitlist") claims a shape only where the request corroborates it:
 * another of the shape's signals in the capability's name, in a sentence about the capability or in an actor or
 * integration naming it; and the dossier's evidence says what corroborated it. Requests of six domains the shapes were
 * not written for.
 */
class ShapeCorroborationTest {

    private static Optional<CapabilityShapes.ShapedCapability> design(String capability, ConsultationRequest request) {
        String table = capability.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String path = table.replace('_', '-') + "s";
        CapabilityShapes.ShapeNames names = new CapabilityShapes.ShapeNames(capability, path, table, "Sample", path, "sampleId", table.replace('_', ' '));
        return CapabilityShapes.standard().design(names, request, null);
    }

    /** A request with only a description and the one capability. */
    private static ConsultationRequest said(String description, String capability) {
        return ConsultationRequest.builder("Fresh", description).capabilities(capability).build();
    }

    private static String shapeOf(String capability, ConsultationRequest request) {
        return design(capability, request).map(d -> d.shape().id()).orElse("open question");
    }

    @Test
    void aPrintedTicketThatAdmitsNoOneIsNotAnAdmissionTicket() {
        // a quarry's weighbridge: the ticket is a printed record of a load, never scanned at a gate
        ConsultationRequest quarry = ConsultationRequest.builder("StoneYard", "A quarry weighs lorries in and out. The ticket is printed "
                        + "for the driver and copied to the customer's invoice.")
                .actor("Weighbridge clerk", "weighs lorries and prints the ticket").capabilities("load tickets").build();
        assertThat(shapeOf("load tickets", quarry)).isNotEqualTo("admission-ticket");
        // the lone word with nothing around it
        assertThat(shapeOf("tickets", said("A bus company.", "tickets")))
                .isNotEqualTo("admission-ticket");
    }

    @Test
    void ticketsScannedAtTheGateAreAnAdmissionTicketAndTheEvidenceSaysWhatCorroboratedIt() {
        ConsultationRequest zoo = said("A city zoo sells day passes online. Visitors show their "
                + "tickets on their phones and staff scan them at the gate.", "visitor tickets");
        CapabilityShapes.ShapedCapability shaped = design("visitor tickets", zoo).orElseThrow();
        assertThat(shaped.shape().id()).isEqualTo("admission-ticket");
        assertThat(shaped.evidence().describe()).contains("'tickets'").contains("corroborated by 'gate'");
        // from an actor that names the tickets: a steward who scans them at the turnstile gate
        ConsultationRequest club = ConsultationRequest.builder("Matchday", "A football club's home games.")
                .actor("Steward", "checks match tickets at the gate").capabilities("match tickets").build();
        assertThat(design("match tickets", club).orElseThrow().evidence().means()).contains("'gate'").contains("Steward");
    }

    /** The word in a sentence that does not corroborate the shape leaves the capability to others; beside a signal, it claims. */
    private static void claimsOnlyCorroborated(String shape, String word, String lone, String corroborated) {
        String capability = "sample " + word;
        assertThat(shapeOf(capability, said(lone, capability))).as(lone).isNotEqualTo(shape);
        assertThat(shapeOf(capability, said(corroborated, capability))).as(corroborated).isEqualTo(shape);
    }

    @Test
    void produceGradedByAStandardIsNotAssessmentByReviewersWhileEssaysScoredByTwoMarkersAre() {
        claimsOnlyCorroborated("assessment", "grading", "An apple packhouse: the sample grading is by size and colour on the line camera.",
                "A sixth-form college: for sample grading each essay is read by two independent reviewers who give one score each.");
    }

    @Test
    void aFeedOfPartnerRecordsIsNotATimelineWhileAFeedOfPostsFromPeopleFollowedIs() {
        claimsOnlyCorroborated("timeline-feed", "feed", "Holiday villas arrive every night in the partner availability feed, about 900 files.",
                "Climbers log ascents; the sample feed shows the posts of the climbers they follow, newest first.");
    }

    @Test
    void aWaitlistMovedInRankOrderIsNotFirstComeFirstServedWhileOneWhereTheFirstToJoinGetsThePlaceIs() {
        claimsOnlyCorroborated("waiting-list", "waitlist", "Council nurseries: a freed place goes down the waitlist by priority points set by the council.",
                "Spin classes fill up; a freed bike goes to the next in line on the waitlist.");
        // the shape's own mechanism said: a place offered to the next person, held for a time
        assertThat(shapeOf("allotment waitlist", said("A freed allotment plot is offered to the next gardener on the allotment waitlist.",
                "allotment waitlist"))).isEqualTo("waiting-list");
    }

    @Test
    void aPhraseThatNeedsNoCorroborationStillClaimsByItself() {
        ConsultationRequest bare = ConsultationRequest.builder("X", "A small app.").capabilities("news feed", "standby list").build();
        assertThat(shapeOf("news feed", bare)).isEqualTo("timeline-feed");
        assertThat(shapeOf("standby list", bare)).isEqualTo("waiting-list");
    }

    @Test
    void aCorroboratedPhraseThatIsNotOneOfTheShapesPhrasesFailsAtLoadNamingTheShape() {
        String yaml = """
                shapes:
                  - id: broken
                    label: broken shape
                    phrases: [broken]
                    corroborated: [cracked]
                    requirement: "Keep ${name}"
                    entities:
                      - name: "${table}"
                        description: "A record"
                        fields: ["id:UUID", "name:TEXT"]
                    operations:
                      - {id: "get${Schema}", method: GET, path: "/${path}/{${id}}", summary: "Read", responses: [{status: 200}, {status: 404}]}
                """;
        assertThatThrownBy(() -> CapabilityShapes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shape 'broken'").hasMessageContaining("'cracked'");
        assertThat(CapabilityShapes.read(new ByteArrayInputStream(yaml.replace("[cracked]", "[broken]").getBytes(StandardCharsets.UTF_8)),
                "good.yaml").shapes()).hasSize(1);
    }

    @Test
    void anIntegrationWhosePurposeDoesNotFitTheShapeIsNeverItsCounterpart() {
        List<Integration> systems = List.of(new Integration("Applicant tracking", "applications pushed to the employers' hiring systems"),
                new Integration("Mail provider", "alert emails"));
        // a course platform's essay upload and parsing: neither system reads documents
        assertThat(CapabilityShapes.standard().counterpart("essay upload and parsing", "parsing", systems,
                "Students upload essays; the platform sends grades to the applicant tracking system.")).isEmpty();
        List<Integration> withOcr = List.of(systems.get(0), new Integration("Document AI", "OCR of scanned delivery notes"));
        assertThat(CapabilityShapes.standard().counterpart("delivery note OCR", "ocr", withOcr, "Drivers photograph delivery notes."))
                .map(Integration::name).contains("Document AI");
    }
}
