package dev.architect.internal.engine;

import dev.architect.figures.PriceTable;
import dev.architect.figures.Workload;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import java.util.Optional;

/**
 * Grounds model consultations on the offline architect's arithmetic: its capacity figures, its cost of the design it
 * would make, the assumptions behind both, and its price table for the line items a model proposes.
 */
public final class OfflineGrounding implements Grounding {

    private final PriceTable prices;
    private final OfflineArchitect offline;

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
        return new Facts(offline.capacity(request), offline.cost(request), workload.assumptions(),
                prices.resourceKinds(workload.cloud()));
    }

    @Override
    public Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
        return prices.price(Workload.of(request).cloud(), resourceKind)
                .map(p -> new UnitPrice(p.monthlyUsd(), p.unit(), prices.priceDate()));
    }
}
