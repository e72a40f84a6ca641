package dev.architect.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.figures.PriceTable;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OfflineGroundingWarmUpTest {

    private static final ConsultationRequest REQUEST = ConsultationRequest.builder("Courier", "Couriers pick up parcels and "
                    + "customers track them live on a map")
            .capabilities("pickups", "tracking", "notifications")
            .load(new Load(800.0, 20.0, 200_000L, null))
            .deployment(new Deployment(Cloud.GCP, List.of("europe-west1")))
            .build();

    @Test
    void figuresAskedWhileTheWarmUpPassRunsAreTheFiguresOfAGroundingThatWasNeverWarmed() throws Exception {
        Grounding.Facts cold = new OfflineGrounding(PriceTable.standard()).facts(REQUEST);
        OfflineGrounding warming = new OfflineGrounding(PriceTable.standard());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> warm = CompletableFuture.runAsync(() -> {
                started.countDown();
                warming.warm();
            }, threads);
            started.await(10, TimeUnit.SECONDS);
            Grounding.Facts asked = CompletableFuture.supplyAsync(() -> warming.facts(REQUEST), threads).get(60, TimeUnit.SECONDS);

            assertThat(asked).isEqualTo(cold);
            warm.get(60, TimeUnit.SECONDS);
            assertThat(warming.facts(REQUEST)).isEqualTo(cold);
        } finally {
            threads.shutdownNow();
        }
    }
}
