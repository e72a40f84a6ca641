package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.DataFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * routing-engines.yaml is checked when it is read: an unknown key, an archetype without the engine's component, a shape
 * outside the routing vocabulary or a vendor use product-facts.yaml lacks fails naming the file and the entry.
 */
class RoutingEnginesFileTest {

    private static RoutingEngines.Engine engine(String component, Map<String, Double> calls, String vendorUse) {
        return new RoutingEngines.Engine(vendorUse, component, calls, Map.of(), 11, "basis", 250, "source", 2.5, "source",
                Map.of("default", 2.0), "source", new RoutingEngines.Instance("compute.memory-instance", 64), null);
    }

    @Test
    void theShippedFileReadsAndSizesAnEngine() {
        RoutingEngines.Engine e = RoutingEngines.standard().of("geo-dispatch").orElseThrow();
        RoutingEngines.Use use = RoutingEngines.use("maps").orElseThrow();
        // 6,000,000 users x 1 job (the low figure, the one the routing decision's elements and the vendor's line assume)
        // / 2,628,000 s x 3 at peak x 11 queries = 75.34 queries/s / 250 = 0.3: the floor of 2
        RoutingEngines.Sizing s = e.size(6_000_000, use, 3, List.of("BR", "MX", "CO"));
        assertThat(s.instances()).isEqualTo(2);
        assertThat(s.peakQueriesPerSecond()).isEqualTo(75.34);
        assertThat(s.basis()).startsWith("6,000,000 monthly active users x 1 job a user a month (assumed: the request counts no trips, deliveries or jobs) / 2,628,000 s");
        // (2.0 + 0.8 + 0.4) GB of extracts x 2.5 = 8 GB of the 64 GB instance
        assertThat(s.graphGb()).isEqualTo(8.0);
        assertThat(s.fits()).isTrue();
        assertThat(use.elementsLow(6_000_000)).isEqualTo(60_000_000);
    }

    @Test
    void anUnknownKeyFailsNamingTheFile() {
        String yaml;
        try (java.io.InputStream in = RoutingEngines.class.getResourceAsStream(RoutingEngines.RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "  colour: blue\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String file = yaml;
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "routing-engines.yaml",
                RoutingEngines.Engines.class, "routing engines")).hasMessageContaining("routing-engines.yaml").hasMessageContaining("colour");
    }

    @Test
    void anUnknownShapeComponentOrVendorUseFailsNamingTheEntry() {
        assertThatThrownBy(() -> new RoutingEngines(Map.of("geo-dispatch", engine("routing-engine", Map.of("in-house", 1.0), "maps"))))
                .hasMessageContaining("routing-engines.yaml").hasMessageContaining("geo-dispatch").hasMessageContaining("'in-house' is not a routing shape");
        assertThatThrownBy(() -> new RoutingEngines(Map.of("geo-dispatch", engine("dispatcher", Map.of(), "maps"))))
                .hasMessageContaining("has no component dispatcher decided by ROUTING");
        assertThatThrownBy(() -> new RoutingEngines(Map.of("geo-dispatch", engine("routing-engine", Map.of(), "teleportation"))))
                .hasMessageContaining("names no vendor use teleportation");
        assertThatThrownBy(() -> new RoutingEngines(Map.of("teleport", engine("routing-engine", Map.of(), "maps"))))
                .hasMessageContaining("teleport names no archetype");
    }
}
