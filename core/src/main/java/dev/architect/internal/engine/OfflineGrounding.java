package dev.architect.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.dossier.CapacityPlan;
import dev.architect.figures.PriceTable;
import dev.architect.figures.Workload;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Grounds model consultations on the offline architect's arithmetic: its capacity figures, its cost of the design it
 * would make, the assumptions behind both, its price table for the line items a model proposes, and the quantities of
 * the resource kinds listed in {@code engine/sdk-sized-kinds.yaml}, which the SDK sizes rather than the model.
 */
public final class OfflineGrounding implements Grounding {

    private static final String SIZED_KINDS = "/dev/architect/engine/sdk-sized-kinds.yaml";

    private final PriceTable prices;
    private final OfflineArchitect offline;
    private final Map<String, JsonNode> sizedKinds = sizedKinds();

    public OfflineGrounding(PriceTable prices) {
        this.prices = prices;
        this.offline = OfflineArchitect.withPrices(prices);
    }

    public static OfflineGrounding standard() {
        return new OfflineGrounding(PriceTable.standard());
    }

    @Override
    public Facts facts(ConsultationRequest request) {
        Workload workload = Workload.of(request);
        CapacityPlan capacity = offline.capacity(request);
        return new Facts(capacity, offline.cost(request), workload.assumptions(), prices.resourceKinds(workload.cloud()),
                sized(capacity, Math.max(1, workload.regions().size())));
    }

    @Override
    public Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
        return prices.price(Workload.of(request).cloud(), resourceKind)
                .map(p -> new UnitPrice(p.monthlyUsd(), p.unit(), prices.priceDate()));
    }

    @Override
    public boolean migrationAllowed(ConsultationRequest request) {
        return offline.replacesARunningSystem(request);
    }

    private Map<String, Sized> sized(CapacityPlan capacity, int regions) {
        Map<String, Sized> sized = new LinkedHashMap<>();
        sizedKinds.forEach((kind, rule) -> {
            String estimate = rule.path("estimate").asText();
            capacity.estimate(estimate).ifPresent(e -> sized.put(kind, new Sized(
                    e.value() * (rule.path("perRegion").asBoolean() ? regions : 1), estimate, rule.path("servingOnly").asBoolean())));
        });
        return sized;
    }

    private static Map<String, JsonNode> sizedKinds() {
        try (InputStream in = OfflineGrounding.class.getResourceAsStream(SIZED_KINDS)) {
            if (in == null) {
                throw new IllegalStateException("no " + SIZED_KINDS + " on the class path");
            }
            Map<String, JsonNode> kinds = new LinkedHashMap<>();
            new ObjectMapper(new YAMLFactory()).readTree(in).properties().forEach(e -> kinds.put(e.getKey(), e.getValue()));
            return kinds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SIZED_KINDS, e);
        }
    }
}
