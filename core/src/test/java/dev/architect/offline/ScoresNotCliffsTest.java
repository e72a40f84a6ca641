package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.offline.internal.rules.RuleBook;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores, not cliffs: each driver of a request is walked across its range with everything else held still. For every
 * decision, the chosen option may change only monotonically (once an option is left it never comes back) and only
 * where a catalogue condition of that decision has a bound close to the walked values, or where a yes/no or named
 * fact it tests flips (a style chosen earlier, say).
 */
class ScoresNotCliffsTest {

    private static final String BASE = """
            system: Walk
            description: %s
            capabilities: [%s]
            integrations: [{name: Postmark, purpose: transactional email}]
            load: {peakRequestsPerSecond: %s, readWriteRatio: %s}
            data: {initialVolumeGb: 100, growthGbPerMonth: %s, retentionYears: 5}
            latency: {p99Ms: %s}
            availability: {targetPercent: %s, rpoMinutes: 15, rtoMinutes: %s}
            budget: {monthlyUsd: %s}
            team: {size: %s, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [%s]}
            """;

    private static final List<String> CAPABILITIES = List.of("orders", "catalog", "accounts", "notifications", "reporting",
            "invoices", "shipping", "search", "pricing", "returns", "suppliers", "warehouses", "promotions", "reviews",
            "contracts", "quotes", "loyalty", "payments-reconciliation", "audits", "forecasts");

    /** The telemetry system of the issue: one more capability must not jump it from a monolith to microservices. */
    private static final List<String> TELEMETRY = List.of("telemetry ingestion", "devices", "alerts", "dashboards", "accounts",
            "firmware", "reports", "maintenance", "geofences", "billing", "audits", "exports", "integrations", "tenants",
            "schedules", "routes", "drivers", "fuel", "inspections", "documents");

    /** A request with the base values of a kind, one of them replaced. */
    private static ConsultationRequest request(String kind, Map<String, String> overrides) {
        boolean telemetry = kind.equals("telemetry");
        Map<String, String> v = new LinkedHashMap<>(Map.of("capabilities", "6", "peak", telemetry ? "5000" : "500",
                "ratio", telemetry ? "0.2" : "10", "growth", telemetry ? "300" : "10", "p99", "300", "availability", "99.9",
                "rto", "60", "budget", "20000", "team", "8", "regions", "eu-west-1"));
        v.putAll(overrides);
        List<String> names = telemetry ? TELEMETRY : CAPABILITIES;
        String capabilities = String.join(", ", names.subList(0, (int) Double.parseDouble(v.get("capabilities"))));
        String description = telemetry ? "Telemetry from 20,000 delivery vans, with alerts and dashboards for fleet managers."
                : "An order management platform for wholesale customers, with reporting for account managers.";
        return RequestReader.readString(String.format(Locale.ROOT, BASE, description, capabilities, v.get("peak"), v.get("ratio"), v.get("growth"),
                v.get("p99"), v.get("availability"), v.get("rto"), v.get("budget"), v.get("team"), v.get("regions")));
    }

    static Stream<Arguments> drivers() {
        return Stream.of("orders", "telemetry").flatMap(kind -> walks().map(a -> Arguments.of(kind, a.get()[0], a.get()[1], a.get()[2], a.get()[3])));
    }

    private static Stream<Arguments> walks() {
        return Stream.of(
                Arguments.of("team size", "team", geometric(1, 80, 30), (DoubleFunction<String>) v -> String.valueOf(Math.round(v))),
                Arguments.of("peak load", "peak", geometric(2, 300_000, 40), (DoubleFunction<String>) ScoresNotCliffsTest::number),
                Arguments.of("read/write ratio", "ratio", geometric(0.05, 2000, 30), (DoubleFunction<String>) ScoresNotCliffsTest::number),
                Arguments.of("data growth", "growth", geometric(0.5, 50_000, 30), (DoubleFunction<String>) ScoresNotCliffsTest::number),
                Arguments.of("p99 target", "p99", geometric(10, 5000, 25), (DoubleFunction<String>) v -> String.valueOf(Math.round(v))),
                Arguments.of("availability", "availability", List.of(98.0, 99.0, 99.5, 99.7, 99.9, 99.95, 99.97, 99.99, 99.995, 99.999),
                        (DoubleFunction<String>) ScoresNotCliffsTest::number),
                Arguments.of("recovery time", "rto", geometric(1, 2000, 25), (DoubleFunction<String>) v -> String.valueOf(Math.round(v))),
                Arguments.of("capabilities", "capabilities", linear(1, 20), (DoubleFunction<String>) v -> String.valueOf(Math.round(v))),
                Arguments.of("budget", "budget", geometric(100, 1_000_000, 20), (DoubleFunction<String>) ScoresNotCliffsTest::number));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("drivers")
    void walkingOneDriverChangesEachDecisionMonotonicallyAndOnlyNearARealBoundary(String kind, String driver, String key, List<Double> values,
                                                                                  DoubleFunction<String> format) {
        Catalogue catalogue = Catalogue.standard();
        List<Architecture> walk = new ArrayList<>();
        for (double v : values) {
            ConsultationRequest r = request(kind, Map.of(key, format.apply(v)));
            walk.add(RuleBook.decide(r, Workload.of(r), catalogue));
        }
        for (DecisionTopic topic : List.of(DecisionTopic.ARCHITECTURE_STYLE, DecisionTopic.DATASTORE, DecisionTopic.CACHING,
                DecisionTopic.MESSAGING, DecisionTopic.API_STYLE, DecisionTopic.SECURITY, DecisionTopic.DEPLOYMENT,
                DecisionTopic.AVAILABILITY, DecisionTopic.OBSERVABILITY)) {
            List<String> chosen = walk.stream().map(a -> a.chosen(topic).id()).toList();
            List<String> left = new ArrayList<>();
            for (int i = 1; i < chosen.size(); i++) {
                if (chosen.get(i).equals(chosen.get(i - 1))) {
                    continue;
                }
                boolean moved = anotherDecisionMovedABound(catalogue, walk.get(i - 1).choice(topic), walk.get(i).choice(topic));
                if (moved) {
                    // the option's bound is another decision's figure (the chosen store's read capacity), and that figure moved
                    // between the two steps: an option left on the old bound may fit the new one
                    left.clear();
                }
                left.add(chosen.get(i - 1));
                assertThat(left).as(kind + " %s walk, %s: %s came back after it was left (%s)", driver, topic, chosen.get(i), chosen)
                        .doesNotContain(chosen.get(i));
                Choice before = walk.get(i - 1).choice(topic);
                Choice after = walk.get(i).choice(topic);
                // a bound that is another decision's figure moving (or going: a store billed per request has no read ceiling) is a
                // real boundary of its own
                assertThat(moved || nearABoundary(before, after)).as("%s walk, %s: %s -> %s between %s and %s is near no bound of the catalogue",
                        driver, topic, chosen.get(i - 1), chosen.get(i), format.apply(values.get(i - 1)), format.apply(values.get(i))).isTrue();
            }
        }
    }

    /** Whether a fact that some option's bound names ({@code "< storeReadsPerSecond"}) differs between the two steps. */
    private static boolean anotherDecisionMovedABound(Catalogue catalogue, Choice before, Choice after) {
        return catalogue.decisions().values().stream().flatMap(s -> s.options().stream()).flatMap(o -> o.conditions().stream())
                .filter(Condition::relative).map(c -> (Fact) c.operand()).distinct()
                .anyMatch(f -> before.facts().has(f) != after.facts().has(f) || before.facts().has(f) && !before.facts().value(f).equals(after.facts().value(f)));
    }

    /** Whether a condition of the decision's options has a bound near the facts on both sides, or a tested fact flipped. */
    private static boolean nearABoundary(Choice before, Choice after) {
        Facts a = before.facts();
        Facts b = after.facts();
        for (CatalogueEntry option : before.section().options()) {
            List<Condition> conditions = new ArrayList<>(option.conditions());
            conditions.addAll(option.unfamiliarConditions());
            for (Condition c : conditions) {
                Fact fact = c.fact();
                if (!a.value(fact).equals(b.value(fact)) && c.bound().isEmpty()) {
                    return true; // a yes/no or named fact flipped
                }
                if (c.bound().isPresent() && !a.value(fact).equals(b.value(fact))) {
                    double low = Math.min(scale(fact, a.number(fact)), scale(fact, b.number(fact))) / 3;
                    double high = Math.max(scale(fact, a.number(fact)), scale(fact, b.number(fact))) * 3;
                    double bound = scale(fact, c.bound().get());
                    if (bound >= low && bound <= high) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static double scale(Fact fact, double value) {
        return fact == Fact.AVAILABILITY ? 100.01 - value : value + 1;
    }

    private static List<Double> geometric(double from, double to, int steps) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            out.add(from * Math.pow(to / from, (double) i / steps));
        }
        return out;
    }

    private static List<Double> linear(int from, int to) {
        List<Double> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add((double) i);
        }
        return out;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
