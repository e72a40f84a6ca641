package dev.architect.offline.internal.catalog;

import dev.architect.request.Cloud;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each cloud's edge runtime forwards what a site's gateway kept while its link was down ({@code edge-forwarding.yaml}),
 * as shapes of the ingestion decision: the runtime fits a design only where it forwards along the ingestion path that
 * design chose. Every cloud is listed and every shape is one of the ingestion section's, checked when the file is read.
 */
public final class EdgeForwarding {

    static final String RESOURCE = "/dev/architect/offline/edge-forwarding.yaml";

    /** The file's layout: the ingestion shapes by cloud label. */
    record File(Map<String, List<String>> forwardsTo) {
    }

    private static final EdgeForwarding STANDARD = read();

    private final Map<Cloud, Set<String>> forwardsTo;

    private EdgeForwarding(Map<Cloud, Set<String>> forwardsTo) {
        this.forwardsTo = forwardsTo;
    }

    private static EdgeForwarding read() {
        File file = DataFiles.shipped(RESOURCE, File.class, "edge forwarding");
        if (file.forwardsTo() == null) {
            throw new IllegalStateException(RESOURCE + ": no forwardsTo");
        }
        Set<String> shapes = Catalogue.standard().section("ingestionPath").options().stream().map(CatalogueEntry::shape).collect(Collectors.toSet());
        Map<Cloud, Set<String>> byCloud = new java.util.EnumMap<>(Cloud.class);
        file.forwardsTo().forEach((label, listed) -> {
            Cloud cloud;
            try {
                cloud = Cloud.of(label);
            } catch (dev.architect.exceptions.InvalidRequestException e) {
                throw new IllegalStateException(RESOURCE + ": unknown cloud '" + label + "'", e);
            }
            for (String shape : listed == null ? List.<String>of() : listed) {
                if (!shapes.contains(shape)) {
                    throw new IllegalStateException(RESOURCE + ": " + label + " forwards to '" + shape + "', which is no shape of the ingestion path " + shapes);
                }
            }
            byCloud.put(cloud, Set.copyOf(listed == null ? List.of() : listed));
        });
        for (Cloud cloud : Cloud.values()) {
            if (!byCloud.containsKey(cloud)) {
                throw new IllegalStateException(RESOURCE + ": no entry for " + cloud.label());
            }
        }
        return new EdgeForwarding(byCloud);
    }

    /**
     * The shipped table.
     *
     * @return the table read from {@code edge-forwarding.yaml}
     */
    public static EdgeForwarding standard() {
        return STANDARD;
    }

    /**
     * Whether the cloud's edge runtime forwards along an ingestion path of this shape.
     *
     * @param cloud where the design runs
     * @param ingestionShape the shape the ingestion decision chose (stream, mqtt, ...)
     * @return true where the runtime's local store forwards to it
     */
    public boolean forwards(Cloud cloud, String ingestionShape) {
        return forwardsTo.get(cloud).contains(ingestionShape);
    }
}
