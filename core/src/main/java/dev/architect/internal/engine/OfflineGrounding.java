package dev.architect.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.dossier.CapacityPlan;
import dev.architect.figures.PriceTable;
import dev.architect.figures.Workload;
import dev.architect.offline.OfflineArchitect;
import dev.architect.offline.internal.design.StoppablePass;
import dev.architect.request.Availability;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Grounds model consultations on the offline architect's arithmetic: its capacity figures, its cost of the design it
 * would make, the assumptions behind both, its price table for the line items a model proposes, and the quantities of
 * the resource kinds listed in {@code engine/sdk-sized-kinds.yaml}, which the SDK sizes rather than the model.
 */
public final class OfflineGrounding implements Grounding {

    private static final String SIZED_KINDS = "/dev/architect/engine/sdk-sized-kinds.yaml";

    /** The request the warm-up designs for: the common mechanisms, a regime, a budget the design exceeds. */
    static final ConsultationRequest WARM_UP = ConsultationRequest.builder("Warm-up", "Members book sessions at "
                    + "studios, pay by card and get reminders; staff search members, keep their documents and see monthly reports")
            .capabilities("bookings", "payments", "search", "notifications", "documents", "reports")
            .integration("Stripe", "Card payments")
            .compliance(ComplianceRegime.GDPR)
            .load(new Load(500.0, 10.0, 100_000L, null))
            .data(new DataVolume(50.0, 5.0, 3))
            .availability(new Availability(99.9, 15, 120))
            .budget(new Budget(500.0))
            .team(new Team(5, List.of("Java", "PostgreSQL")))
            .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1")))
            .build();

    private final PriceTable prices;
    private final OfflineArchitect offline;
    private final Map<String, JsonNode> sizedKinds = sizedKinds();
    /** Set when the warm-up pass starts: it runs once. */
    private final AtomicBoolean warming = new AtomicBoolean();
    /** Set once a consultation needs its figures: the warm-up pass, if still running, stops at its next step. */
    private volatile boolean consulting;

    public OfflineGrounding(PriceTable prices) {
        this(prices, OfflineArchitect.withPrices(prices));
    }

    private OfflineGrounding(PriceTable prices, OfflineArchitect offline) {
        this.prices = prices;
        this.offline = offline;
    }

    /** On the shipped price table: the offline architect reads it beside its other files, not before them. */
    public static OfflineGrounding standard() {
        OfflineArchitect offline = OfflineArchitect.create();
        return new OfflineGrounding(PriceTable.standard(), offline);
    }

    @Override
    public Facts facts(ConsultationRequest request) {
        // A warm-up pass still running stops at its next step; what it has loaded and compiled stays loaded and compiled.
        // The rest of it, on a request of its own, would only delay this pass (waiting for it) or compete with it for the
        // cores (beside it), so this pass starts at once and the warm-up's ends within a step.
        consulting = true;
        return figures(request);
    }

    /**
     * A design pass over a request that touches the common mechanisms (bookings, card payments, search, notifications,
     * documents, reports, a regime, a budget below the design's cost so the budget weighing runs too): in a fresh JVM it
     * reads the data files the first pass reads on first use and compiles the rules, the topology and the cost planner.
     * It gives way to a consultation: once one asks for its figures, the pass stops at its next step
     * ({@link StoppablePass}), so a consultation started right after {@code build()} (the command-line tool) waits for
     * one design pass, its own, rather than the warm-up's and then its own.
     */
    @Override
    public void warm() {
        if (warming.compareAndSet(false, true)) {
            StoppablePass.run(() -> consulting, () -> figures(WARM_UP));
        }
    }

    private Facts figures(ConsultationRequest request) {
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
        return dev.architect.offline.internal.catalog.DataFiles.shipped(SIZED_KINDS, "SDK-sized kinds", (in, where) -> {
            Map<String, JsonNode> kinds = new LinkedHashMap<>();
            dev.architect.offline.internal.catalog.DataFiles.tree(in).properties().forEach(e -> kinds.put(e.getKey(), e.getValue()));
            return kinds;
        });
    }
}
