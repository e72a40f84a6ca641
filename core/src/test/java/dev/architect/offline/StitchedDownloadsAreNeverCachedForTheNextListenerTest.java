package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.ApiOperation;
import dev.architect.request.RequestReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A download with ads stitched in is made for one listener: the edge must pass it through, never cache it for the next
 * listener, while a file served as it is stays cached for a year under its immutable address.
 */
class StitchedDownloadsAreNeverCachedForTheNextListenerTest {

    private static List<ApiOperation> downloads(String request) {
        Consultation c = OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "archetype-requests", request + ".yaml")));
        return c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.path().equals("/media/{mediaPath}")).toList();
    }

    @Test
    void aStitchedDownloadIsPrivateAndAPlainOneIsImmutableAtTheEdge() {
        assertThat(downloads("episode-ads")).singleElement().satisfies(o -> {
            assertThat(o.operationId()).isEqualTo("getStitchedMedia");
            assertThat(o.summary()).contains("private, no-store").doesNotContain("immutable");
        });
        assertThat(downloads("lecture-downloads")).singleElement().satisfies(o -> {
            assertThat(o.operationId()).isEqualTo("getMedia");
            assertThat(o.summary()).contains("public, max-age=31536000, immutable");
        });
    }

    @Test
    void theMediaEdgeSaysItPassesStitchedDownloadsThroughAndCachesPlainFilesForAYear() {
        Consultation stitched = OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "archetype-requests", "episode-ads.yaml")));
        Consultation plain = OfflineArchitect.create().consult(RequestReader.read(Path.of("src", "test", "resources", "archetype-requests", "lecture-downloads.yaml")));

        assertThat(edge(stitched).description()).contains("uncached (Cache-Control: private, no-store)").doesNotContain("for a year");
        assertThat(edge(plain).description()).contains("caching it for a year under its immutable address");
    }

    private static dev.architect.dossier.Container edge(Consultation c) {
        return c.c4().containers().stream().filter(x -> x.id().equals("media-edge")).findFirst()
                .orElseThrow(() -> new AssertionError("no media edge: " + c.c4().containers().stream().map(dev.architect.dossier.Container::id).toList()));
    }
}
