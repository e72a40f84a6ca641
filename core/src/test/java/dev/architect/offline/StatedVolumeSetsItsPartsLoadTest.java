package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Estimate;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * The request's own volume sets the load of the part that writes it, with its quote, and the other parts share what is
 * left by their weights, so the system's peak is unchanged; counts of staff and shops set nothing. A fresh request (a
 * bakery chain with a service per capability).
 */
class StatedVolumeSetsItsPartsLoadTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static final String BAKERY = """
            system: Crumbline
            description: >
              A regional bakery chain sells through an app. Customers place about 90,000 orders a day for collection; the
              kitchen prints a baking plan each morning. A staff of 300 works in 45 shops.
            actors:
              - {name: Customer, description: "orders bread and cakes for collection"}
              - {name: Baker, description: "reads the morning baking plan"}
            capabilities: [orders, baking plans, loyalty points]
            load: {peakRequestsPerSecond: 1000, readWriteRatio: 9, audience: regional}
            team: {size: 40}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    @Test
    void theStatedOrdersSetTheOrdersPartsWritesAndThePeakStays() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(BAKERY));
        // 90,000 a day x 365 / 12 = 2,737,500 a month; / 2,628,000 s = 1.041667 a second; x 3 (customers' evening day,
        // 168 / (4 x 7 + 0.2 x 140) = 3) = 3.125 writes/s at peak, shown "3.13"
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[stated-part-load]")
                && a.contains("orders: 90,000 a day x 365 / 12 = 2,737,500 a month (description \"90,000 orders a day\") / 2,628,000 s x 3 "
                        + "(the usual day's peak over its average) = 3.13 writes/s at peak")
                && a.contains("baking plans, loyalty points share the 96.88 writes/s left of 100"));
        // 1,000 / (9 + 1) = 100 writes/s at peak; 100 - 3.125 = 96.875 left to the two others
        Estimate orders = estimate(c, "load-orders-service");
        assertThat(orders.basis()).contains("stated (description \"90,000 orders a day\")");
        double sum = c.capacity().estimates().stream().filter(e -> e.id().startsWith("load-") && e.id().endsWith("-service"))
                .mapToDouble(Estimate::value).sum();
        assertThat(sum).isCloseTo(1000, within(0.05));
    }

    @Test
    void countsOfStaffAndShopsSetNoPartsLoad() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(BAKERY.replace("Customers place about 90,000 orders a day for collection",
                "Customers order for collection")));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[stated-part-load]"));
    }

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no estimate " + id + " in " + c.capacity().estimates().stream().map(Estimate::id).toList()));
    }
}
