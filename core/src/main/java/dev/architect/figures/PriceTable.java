package dev.architect.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.request.Cloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * List prices per resource kind and cloud, read from {@code dev/architect/offline/prices.yaml}: on-demand prices in
 * US dollars as of {@link #priceDate()}. Resource kinds are stable names such as {@code compute.instance},
 * {@code database.storage} or {@code cdn.egress}; not every kind exists on every cloud (there is no on-premises CDN).
 *
 * <p>Immutable and thread-safe. The LLM path prices the line items a model proposes with the same table, so both
 * paths quote the same figures.
 */
public final class PriceTable {

    public static final String RESOURCE = "/dev/architect/offline/prices.yaml";

    private final String priceDate;
    private final Map<Cloud, Map<String, Price>> prices;

    private PriceTable(String priceDate, Map<Cloud, Map<String, Price>> prices) {
        this.priceDate = priceDate;
        this.prices = prices;
    }

    private static final class Holder {
        static final PriceTable STANDARD = load(RESOURCE);
    }

    /** The price table shipped with the SDK. */
    public static PriceTable standard() {
        return Holder.STANDARD;
    }

    /** The date the list prices were taken, ISO format, e.g. {@code 2025-06-01}. */
    public String priceDate() {
        return priceDate;
    }

    /** The resource kinds priced on a cloud, sorted by name. */
    public List<String> resourceKinds(Cloud cloud) {
        return List.copyOf(prices.getOrDefault(cloud, Map.of()).keySet());
    }

    public Optional<Price> price(Cloud cloud, String resourceKind) {
        return Optional.ofNullable(prices.getOrDefault(cloud, Map.of()).get(resourceKind));
    }

    static PriceTable load(String resource) {
        try (InputStream in = PriceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("price table " + resource + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            String date = root.path("priceDate").asText("");
            if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException("price table " + resource + ": priceDate must be YYYY-MM-DD but was '" + date + "'");
            }
            Map<Cloud, Map<String, Price>> byCloud = new EnumMap<>(Cloud.class);
            for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
                String unit = required(kind.getValue(), "unit", kind.getKey());
                String description = required(kind.getValue(), "description", kind.getKey());
                for (Map.Entry<String, JsonNode> entry : kind.getValue().path("prices").properties()) {
                    Cloud cloud = Cloud.of(entry.getKey());
                    JsonNode usd = entry.getValue().path("usd");
                    if (!usd.isNumber()) {
                        throw new IllegalStateException("price table: " + kind.getKey() + " on " + entry.getKey() + " has no usd amount");
                    }
                    String product = required(entry.getValue(), "product", kind.getKey() + " on " + entry.getKey());
                    byCloud.computeIfAbsent(cloud, c -> new TreeMap<>())
                            .put(kind.getKey(), new Price(unit, usd.asDouble(), product + ": " + description));
                }
            }
            Map<Cloud, Map<String, Price>> frozen = new EnumMap<>(Cloud.class);
            byCloud.forEach((cloud, kinds) -> frozen.put(cloud, Collections.unmodifiableMap(kinds)));
            return new PriceTable(date, Collections.unmodifiableMap(frozen));
        } catch (IOException e) {
            throw new UncheckedIOException("price table " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field, String where) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalStateException("price table: " + where + " has no " + field);
        }
        return value;
    }

    @Override
    public String toString() {
        List<String> clouds = new ArrayList<>();
        prices.forEach((c, k) -> clouds.add(c.label() + ": " + k.size() + " kinds"));
        return "PriceTable[" + priceDate + ", " + String.join(", ", clouds) + "]";
    }
}
