package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.request.RequestReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Through the whole consultation: a seat map stays an open question and an RSS feed is published, not a timeline; a
 * parking map is a geospatial search.
 */
class WordsWithAnotherMeaningDossierTest {

    private static Consultation consult(String request) throws Exception {
        return OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "capability-shape-requests", request + ".yaml")));
    }

    @Test
    void aVenuesSeatMapsStayAnOpenQuestionAndItsPodcastsRssFeedsArePublishedNotATimeline() throws Exception {
        Consultation c = consult("venue-podcast");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-seat-maps")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Not designed yet"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-rss-feeds")).singleElement()
                .satisfies(f -> assertThat(f.description()).isEqualTo("Designed as feed publishing (see that requirement)"));
        assertThat(c.dataModel().entities()).extracting(dev.architect.dossier.Entity::name)
                .contains("published_feed", "feed_item", "feed_rendition").doesNotContain("rss_feed");
        assertThat(c.dataModel().entities()).flatMap(e -> e.fields()).noneMatch(f -> f.name().equals("geohash"));
        assertThat(c.apis()).flatMap(a -> a.operations()).noneMatch(o -> o.operationId().startsWith("searchSeatMap") || o.operationId().startsWith("publishRssFeed"));
    }

    @Test
    void aParkingMapInACityIsAGeospatialSearch() throws Exception {
        Consultation c = consult("parking-map");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-parking-map")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("geohash"));
        assertThat(c.dataModel().entities()).flatMap(e -> e.fields()).anyMatch(f -> f.name().equals("geohash"));
    }
}
