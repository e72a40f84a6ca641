package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import dev.architect.internal.engine.Grounding;
import dev.architect.request.ConsultationRequest;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderRegistry;
import dev.architect.spi.ProviderSetting;
import dev.architect.testing.SampleGrounding;
import dev.architect.testing.SampleStageReplies;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the start-up path promises: the first model call waits for nothing later stages need; warm-ups only help. */
class ColdStartTest {

    @Test
    void theFirstModelCallLeavesWithoutWaitingForTheSdksFigures() throws Exception {
        CountDownLatch analyzeCallArrived = new CountDownLatch(1);
        ScriptedModel replies = ScriptedModel.valid();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                if (SampleStageReplies.stageOf(request) == Stage.ANALYZE) {
                    analyzeCallArrived.countDown();
                }
                return replies.chat(request);
            }
        };
        // Figures that can only be computed once the first call has reached the model: were the first call to wait
        // for them, the consultation would never finish.
        Grounding waitsForTheFirstCall = new Grounding() {
            private final SampleGrounding sample = new SampleGrounding();

            @Override
            public Facts facts(ConsultationRequest request) {
                try {
                    if (!analyzeCallArrived.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the figures were asked for before the first model call");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return sample.facts(request);
            }

            @Override
            public Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
                return sample.price(request, resourceKind);
            }
        };

        Consultation dossier = Architect.builder().chatModel(model).grounding(waitsForTheFirstCall).sleeper(d -> { })
                .build().consultAsync(Requests.shopFast()).get(60, TimeUnit.SECONDS);

        assertThat(analyzeCallArrived.getCount()).isZero();
        assertThat(dossier.capacity().estimates()).isNotEmpty();
    }

    @Test
    void buildWaitsForTheProvidersWarmUpAndItsFailureNeitherFailsBuildNorTheConsultation() {
        WarmUpProvider provider = new WarmUpProvider("warm-up-throws-" + System.nanoTime(), true);

        Architect architect = Architect.fromEnvironment(Map.<String, String>of()::get, new ProviderRegistry(List.of(provider)))
                .provider(provider.name()).grounding(new SampleGrounding()).sleeper(d -> { }).build();

        assertThat(provider.warmedUp.getCount()).as("warmed up by the time build() returned").isZero();
        Consultation dossier = architect.consult(Requests.shopFast());
        assertThat(dossier.metadata().provider()).isEqualTo(provider.name());
    }

    /** A provider whose model answers with the sample replies; its warm-up is counted, and may throw. */
    private static final class WarmUpProvider implements ArchitectProvider {
        final CountDownLatch warmedUp = new CountDownLatch(1);
        final AtomicInteger warmUps = new AtomicInteger();
        private final String name;
        private final boolean fails;

        WarmUpProvider(String name, boolean fails) {
            this.name = name;
            this.fails = fails;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "counts its warm-ups";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        }

        @Override
        public List<ProviderSetting> settings() {
            return List.of();
        }

        @Override
        public ChatModel create(ProviderConfig config) {
            return ScriptedModel.valid();
        }

        @Override
        public void warmUp() {
            warmUps.incrementAndGet();
            warmedUp.countDown();
            if (fails) {
                throw new IllegalStateException("the warm-up's loopback socket could not be opened");
            }
        }
    }

    @Test
    void consultationsThatStartWhileTheOfflineFilesAreStillBeingReadAllGetTheSameDossier() throws Exception {
        // build() without a model starts reading the offline architect's files on a daemon thread; consultations on
        // four threads right after it must wait for that one read, not start their own, and answer alike.
        Architect architect = Architect.builder().build();
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> dossiers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                dossiers.add(callers.submit(() -> dev.architect.dossier.DossierJson.write(architect.consult(Requests.shopFast()))));
            }
            String first = dossiers.get(0).get(60, TimeUnit.SECONDS);
            assertThat(first).contains("\"provider\" : \"offline\"");
            for (java.util.concurrent.Future<String> other : dossiers) {
                assertThat(other.get(60, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
