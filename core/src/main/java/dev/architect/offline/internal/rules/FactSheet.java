package dev.architect.offline.internal.rules;

import dev.architect.figures.CapacityCalculator;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Audience;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a request and its resolved {@link Workload} into the {@link Facts} the rules test. Traits the request does
 * not state as numbers (time-series data, a payment provider, asynchronous flows) are read from its words.
 */
public final class FactSheet {

    /** Integration purposes that are naturally asynchronous: nobody waits for them inside a request. */
    private static final List<String> ASYNC_WORDS = List.of("email", "e-mail", "sms", "notification", "notify", "push",
            "webhook", "analytics", "export", "report", "reporting", "sync", "synchronisation", "synchronization", "shipping",
            "fulfilment", "fulfillment", "crm", "erp", "warehouse", "marketing", "audit", "billing", "settlement", "clearing",
            "payout", "reconciliation", "reconcile", "batch", "sftp", "reminder", "work order");
    private static final List<String> PAYMENT_WORDS = List.of("payment", "card", "stripe", "adyen", "braintree", "paypal",
            "worldpay", "checkout com", "acquirer", "acquiring");
    private static final List<String> TIME_SERIES_WORDS = List.of("telemetry", "time-series", "time series", "sensor",
            "iot", "metrics", "readings", "measurements", "tick data", "clickstream");
    private static final List<String> PUBLIC_API_WORDS = List.of("partner", "third-party", "third party", "developer",
            "public api", "open api", "integrator");

    private FactSheet() {
    }

    public static Facts of(ConsultationRequest request, Workload w, Catalogue catalogue) {
        Words text = words(Stream.concat(Stream.of(request.description()), Stream.concat(request.goals().stream(),
                w.capabilities().stream())));
        Words integrations = words(request.integrations().stream().map(i -> i.name() + " " + (i.purpose() == null ? "" : i.purpose())));
        String actors = String.join(" ", request.actors().stream().map(a -> a.name() + " " + (a.description() == null ? "" : a.description())).toList());

        long ingestCapabilities = w.capabilities().stream()
                .filter(c -> catalogue.resourceFor(c).map(ResourceShape::flow).orElse("").equals("ingest")).count();
        long asyncCapabilities = w.capabilities().stream()
                .map(c -> catalogue.resourceFor(c).map(ResourceShape::flow).orElse(""))
                .filter(f -> f.equals("notify") || f.equals("ingest")).count();
        long asyncIntegrations = request.integrations().stream().filter(FactSheet::isAsync).count();
        int asyncFlows = (int) (asyncCapabilities + asyncIntegrations);
        boolean payments = integrations.containsAny(PAYMENT_WORDS);

        boolean peakAssumed = !w.isGiven("load.peakRequestsPerSecond");
        boolean ratioAssumed = !w.isGiven("load.readWriteRatio");
        return Facts.empty()
                .with(Fact.TEAM_SIZE, w.teamSize(), !w.isGiven("team.size"))
                .with(Fact.CAPABILITIES, w.capabilities().size(), !w.isGiven("capabilities"))
                .with(Fact.PEAK_RPS, w.peakRps(), peakAssumed)
                .with(Fact.READ_WRITE_RATIO, w.readWriteRatio(), ratioAssumed)
                .with(Fact.PEAK_READS, w.peakReads(), peakAssumed || ratioAssumed)
                .with(Fact.PEAK_WRITES, w.peakWrites(), peakAssumed || ratioAssumed)
                .with(Fact.ASYNC_FLOWS, asyncFlows)
                .with(Fact.EVENTS_PER_SECOND, asyncFlows > 0 ? w.peakWrites() : 0, peakAssumed || ratioAssumed)
                .with(Fact.P99_MS, w.p99Ms(), !w.isGiven("latency.p99Ms"))
                .with(Fact.AVAILABILITY, w.availabilityPercent(), !w.isGiven("availability.targetPercent"))
                .with(Fact.RPO_MINUTES, w.rpoMinutes(), !w.isGiven("availability.rpoMinutes"))
                .with(Fact.RTO_MINUTES, w.rtoMinutes(), !w.isGiven("availability.rtoMinutes"))
                .with(Fact.STORAGE_5Y_GB, w.rawStorageGb(5), !w.isGiven("data.initialVolumeGb") || !w.isGiven("data.growthGbPerMonth"))
                .with(Fact.REGIONS, w.regions().size(), !w.isGiven("deployment.regions"))
                .with(Fact.APP_INSTANCES, CapacityCalculator.instancesFor(w.peakRps(), 1), peakAssumed)
                .with(Fact.AUDIENCE_GLOBAL, w.audience() == Audience.GLOBAL, !w.isGiven("load.audience"))
                .with(Fact.TIME_SERIES, text.containsAny(TIME_SERIES_WORDS) || ingestCapabilities > 0)
                .with(Fact.LOAD_DIVERGENT, ingestCapabilities > 0 && w.capabilities().size() > ingestCapabilities
                        && w.peakWrites() >= 1000)
                .with(Fact.PUBLIC_API, text.containsAny(PUBLIC_API_WORDS) || Words.of(actors).containsAny(PUBLIC_API_WORDS))
                .with(Fact.PAYMENT_PROVIDER, payments)
                .with(Fact.MONEY_MOVEMENT, payments || w.compliance().contains(ComplianceRegime.PCI_DSS)
                        || w.compliance().contains(ComplianceRegime.SOX))
                .with(Fact.CLOUD_MANAGED, w.cloud() != Cloud.ON_PREMISES, !w.isGiven("deployment.cloud"))
                .with(Fact.CLOUD, w.cloud().label(), !w.isGiven("deployment.cloud"))
                .with(Fact.REDESIGN, request.isRedesign());
    }

    /** Whether an integration is one nobody waits for inside a request (email, webhooks, exports). */
    public static boolean isAsync(Integration i) {
        return words(Stream.of(i.name() + " " + (i.purpose() == null ? "" : i.purpose()))).containsAny(ASYNC_WORDS);
    }

    /** Whether an integration takes card payments. */
    public static boolean isPaymentProvider(Integration i) {
        return words(Stream.of(i.name() + " " + (i.purpose() == null ? "" : i.purpose()))).containsAny(PAYMENT_WORDS);
    }

    private static Words words(Stream<String> texts) {
        return Words.of(String.join(" ", texts.toList()));
    }
}
