package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.request.RequestReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Through the whole consultation: a seat map and an RSS feed stay open questions, a parking map is a geospatial search. */
class WordsWithAnotherMeaningDossierTest {

    private static Consultation consult(String request) throws Exception {
        return OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "capability-shape-requests", request + ".yaml")));
    }

    @Test
    void aVenuesSeatMapsAndItsPodcastsRssFeedsStayOpenQuestions() throws Exception {
        Consultation c = consult("venue-podcast");
        for (String id : new String[]{"fr-seat-maps", "fr-rss-feeds"}) {
            assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(id)).singleElement()
                    .satisfies(f -> assertThat(f.description()).as(id).startsWith("Not designed yet"));
        }
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
