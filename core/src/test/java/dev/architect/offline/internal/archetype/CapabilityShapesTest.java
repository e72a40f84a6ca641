package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.archetype.CapabilityShapes.ShapeNames;
import dev.architect.offline.internal.archetype.CapabilityShapes.ShapedCapability;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The general capability shapes: read and checked at load, chosen from a capability's words, then from the description. */
class CapabilityShapesTest {

    private static ShapeNames names(String capability, String table, String schema, String path) {
        return new ShapeNames(capability, path.replace('_', '-'), table, schema, path, Character.toLowerCase(schema.charAt(0)) + schema.substring(1) + "Id",
                table.replace('_', ' '));
    }

    static Optional<ShapedCapability> design(String capability, String description) {
        String table = capability.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        StringBuilder schema = new StringBuilder();
        for (String w : table.split("_")) {
            schema.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return CapabilityShapes.standard().design(names(capability, table, schema.toString(), table.replace('_', '-') + "s"), description);
    }

    @Test
    void everyShippedShapeInstantiatesWithTheCapabilityNamesLeavingNoTokenAndOwningItsTables() {
        ShapeNames names = names("Bike waiting list", "bike_waiting_list", "BikeWaitingList", "bike-waiting-lists");
        assertThat(CapabilityShapes.standard().shapes()).hasSizeGreaterThanOrEqualTo(15);
        for (CapabilityShapes.CapabilityShape shape : CapabilityShapes.standard().shapes()) {
            Archetype design = shape.instantiate(names);
            List<String> texts = new ArrayList<>();
            design.entities().forEach(e -> {
                texts.add(e.name());
                texts.addAll(e.fields());
                texts.addAll(e.references().keySet());
                texts.addAll(e.references().values());
            });
            design.operations().forEach(o -> texts.add(o.id() + " " + o.path() + " " + o.summary()));
            design.flows().forEach(f -> texts.add(f.id() + " " + f.title() + " " + String.join(" ", f.steps())));
            texts.addAll(design.schemas().keySet());
            assertThat(texts).as(shape.id()).noneMatch(t -> t.contains("${"));
            assertThat(design.entities()).as(shape.id() + " tables are the capability's").allMatch(e -> e.name().startsWith("bike_waiting_list"));
            assertThat(design.operations()).as(shape.id() + " operations").allMatch(o -> o.path().startsWith("/bike-waiting-lists"));
            assertThat(design.requirement()).as(shape.id()).doesNotContain("${");
        }
    }

    private static CapabilityShapes read(String yaml) {
        return CapabilityShapes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static final String SHAPE = """
            shapes:
              - id: broken
                label: a broken shape
                phrases: [broken]
                requirement: "Nothing"
                entities:
                  - name: "${table}"
                    fields: ["id:UUID", "name:TEXT"]
                    indexes:
                      - {fields: [%s], unique: true, reason: "x"}
                operations:
                  - {id: "get${Schema}", method: GET, path: "/${path}/{${id}}", summary: "Get", responses: [{status: 200}]}
            """;

    @Test
    void aShapeIndexingAColumnItDoesNotHaveFailsAtLoadNamingTheShapeAndTheColumn() {
        assertThat(read(String.format(java.util.Locale.ROOT, SHAPE, "name")).shapes()).hasSize(1);
        assertThatThrownBy(() -> read(String.format(java.util.Locale.ROOT, SHAPE, "nmae"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shape 'broken'").hasMessageContaining("unknown column 'nmae'");
    }

    @Test
    void aMisspeltTokenFailsAtLoadNamingTheToken() {
        assertThatThrownBy(() -> read(String.format(java.util.Locale.ROOT, SHAPE, "name").replace("\"/${path}/", "\"/${paths}/")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shape 'broken'").hasMessageContaining("${paths}");
    }

    @Test
    void theCapabilityWordsChooseTheFirstShapeInFileOrderAndSayWhy() {
        ShapedCapability replies = design("owner replies", "Diners post reviews; owners reply to reviews.").orElseThrow();
        assertThat(replies.shape().id()).isEqualTo("reply-thread");
        assertThat(replies.evidence().field()).isEqualTo(RequestField.CAPABILITY);
        assertThat(replies.evidence().phrase()).isEqualTo("reply");
        assertThat(design("standby list", null).orElseThrow().shape().id()).isEqualTo("waiting-list");
        assertThat(design("bed board", null).orElseThrow().shape().id()).isEqualTo("occupancy-board");
        assertThat(design("order status tracking", null).orElseThrow().shape().id()).isEqualTo("status-view");
        assertThat(design("fleet tracking", null).orElseThrow().shape().id()).as("positions on a map, not a status").isEqualTo("geospatial-search");
        assertThat(design("peer review", null).orElseThrow().shape().id()).isEqualTo("assessment");
        // A longer phrase in which the word means something else: a board game is not a board of places.
        assertThat(design("board game library", null)).isEmpty();
        assertThat(design("opening hours", null)).isEmpty();
    }

    @Test
    void theDescriptionSpeaksForACapabilityOnlyThroughAPhraseBesideItsWordsInOneSentence() {
        ShapedCapability composers = design("composers", "A choir portal. Singers follow composers to hear about new scores.").orElseThrow();
        assertThat(composers.shape().id()).isEqualTo("follow-graph");
        assertThat(composers.evidence().field()).isEqualTo(RequestField.DESCRIPTION);
        assertThat(composers.evidence().text()).isEqualTo("Singers follow composers to hear about new scores");
        // "photos" and "reply" share a sentence but not a clause: photos are not a reply thread.
        assertThat(design("photos", "A restaurant review site where diners post reviews with photos and owners reply.")).isEmpty();
        // Every word of the capability must be named: "card" alone does not make "card collection" an invoice.
        assertThat(design("card collection", "Client invoices are collected by card and direct debit.")).isEmpty();
        assertThat(design("fixtures", "Fixtures are managed by volunteers.")).isEmpty();
    }

    @Test
    void aCapabilityNamedAfterAChannelIsAClientOfTheOthersAndNoShapeDesignsIt() {
        String description = "Invoicing and customer messaging in one portal for a print shop.";
        assertThat(design("customer portal", description)).isEmpty();
        assertThat(design("customer app", description)).isEmpty();
        // The same sentence still speaks for a capability that is a mechanism.
        assertThat(design("customer invoicing", description)).map(s -> s.shape().id()).contains("document-with-lines");
    }

    @Test
    void aShapeThatNamesTheHeadWordOutranksAResourceNamedOnlyByAWordBeforeIt() {
        assertThat(CapabilityShapes.standard().namesHead("project judging")).isTrue();
        assertThat(CapabilityShapes.headIsOneOf("project judging", List.of("project"))).isFalse();
        assertThat(CapabilityShapes.headIsOneOf("listener comments", List.of("comment"))).isTrue();
        assertThat(CapabilityShapes.standard().namesHead("judging schedule")).as("judging is not the head here").isFalse();
    }

    static String shapeOf(String capability, String description) {
        return design(capability, description).map(d -> d.shape().id()).orElse("open question");
    }

    @Test
    void aMapOfSeatsFloorsOrAVenueIsALayoutNotAGeospatialSearch() {
        assertThat(shapeOf("seat maps", "Fans buy tickets for concerts in our city and pick seats near the stage on the seat maps.")).isEqualTo("open question");
        assertThat(shapeOf("seating map", "Ticketing for a theatre.")).isEqualTo("open question");
        assertThat(shapeOf("venue map", "A festival app; visitors find the stages and toilets nearby.")).isEqualTo("open question");
        assertThat(shapeOf("floor maps", "Staff book desks by floor.")).as("a layout of a site").isEqualTo("layout-map");
        assertThat(shapeOf("site map", "A marketing website.")).isEqualTo("open question");
        // The word alone, with the other sense in the sentence that names it.
        assertThat(shapeOf("maps", "Concert goers choose their seats on the maps of each hall.")).isEqualTo("open question");
        // "map" with no word of place, distance or route in the request says nothing about where.
        assertThat(shapeOf("maps", "A knowledge base with maps of our processes.")).isEqualTo("open question");
    }

    @Test
    void aMapOfPlacesWithALocationDistanceOrRouteIsAGeospatialSearch() {
        assertThat(shapeOf("dock map", "A city bike scheme; riders find docks with free bikes near them on a map.")).isEqualTo("geospatial-search");
        assertThat(shapeOf("car map", "Riders see available cars near them and book one.")).isEqualTo("geospatial-search");
        assertThat(shapeOf("maps", "Walkers see the trails within 10 km of their location on maps.")).isEqualTo("geospatial-search");
        assertThat(shapeOf("charger map", "Drivers plan a route and see chargers along it.")).isEqualTo("geospatial-search");
        // Phrases that are location by themselves need no context.
        assertThat(shapeOf("nearby shops", null)).isEqualTo("geospatial-search");
        assertThat(shapeOf("fleet tracking", null)).isEqualTo("geospatial-search");
        ShapedCapability dock = design("dock map", "A city bike scheme; riders find docks with free bikes near them on a map.").orElseThrow();
        assertThat(dock.evidence().phrase()).isEqualTo("map");
    }

    @Test
    void aSyndicationOrDataFeedIsNotATimelineFeedAndStaysAnOpenQuestion() {
        assertThat(shapeOf("RSS feeds", "A podcast host publishes each show's RSS feed for podcast apps.")).isEqualTo("open question");
        assertThat(shapeOf("Atom feed", null)).isEqualTo("open question");
        assertThat(shapeOf("podcast feeds", "Shows are distributed to directories.")).isEqualTo("open question");
        assertThat(shapeOf("product feed", "A shop sends its product feed to Google Merchant Center nightly.")).isEqualTo("open question");
        assertThat(shapeOf("price feeds", null)).isEqualTo("open question");
        assertThat(shapeOf("feeds", "Each show publishes its feeds as XML, which directories poll.")).isEqualTo("open question");
    }

    @Test
    void postsReadInPublicationOrderAreStillATimelineFeed() {
        // "feed" alone is corroborated by a sentence about it that says what makes a timeline (people followed)
        assertThat(shapeOf("activity feed", "Members see in their activity feed what the people they follow did.")).isEqualTo("timeline-feed");
        assertThat(shapeOf("news feed", null)).isEqualTo("timeline-feed");
        assertThat(shapeOf("episode feed", "A podcast app where listeners see each show's episode feed.")).isEqualTo("timeline-feed");
        assertThat(shapeOf("match feeds", "Live scores and commentary for every match.")).isEqualTo("timeline-feed");
    }

    @Test
    void aContextPhraseThatIsNotOneOfTheShapesPhrasesFailsAtLoadNamingTheShape() {
        String yaml = String.format(java.util.Locale.ROOT, SHAPE, "name").replace("phrases: [broken]",
                "phrases: [broken]\n    needContext: [cracked]\n    context: [glass]");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shape 'broken'").hasMessageContaining("'cracked'");
        String noContext = String.format(java.util.Locale.ROOT, SHAPE, "name").replace("phrases: [broken]", "phrases: [broken]\n    needContext: [broken]");
        assertThatThrownBy(() -> read(noContext)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shape 'broken'").hasMessageContaining("no context");
    }
}
