package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.event.ConsultationEvent;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleStageReplies;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI provider over HTTP on 127.0.0.1: its own name in the metadata, connection errors that name host, port and
 * cause, and a {@code Retry-After} capped by the documented maximum. (In package {@code dev.architect} to replace the
 * real sleep with a recording one.)
 */
class ProviderFaultsOverHttpTest {

    private static final String KEY = "sk-faults-1c9e7a3f5b2d4e60";
    private static final ConsultationRequest REQUEST = ConsultationRequest.builder("ShopFast", "Online store")
            .capabilities("catalog", "orders").build();

    private static Architect.Builder openAi(String baseUrl) {
        return Architect.builder().provider("openai").providerOption("api-key", KEY).providerOption("base-url", baseUrl)
                .providerOption("timeout-seconds", "5").backoff(Duration.ofMillis(10), Duration.ofMillis(50));
    }

    private static MockResponse completion(String content) {
        String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini-2024-07-18\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static Dispatcher samples(AtomicInteger calls, MockResponse first) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
                if (calls.getAndIncrement() == 0 && first != null) {
                    return first;
                }
                try {
                    String prompt = SampleStageReplies.prompt(new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(recorded.getBody().utf8()).get("messages"));
                    return completion(SampleStageReplies.reply(prompt, prompt));
                } catch (Exception e) {
                    return new MockResponse.Builder().code(400).body(e.toString()).build();
                }
            }
        };
    }

    @Test
    void theMetadataNamesTheProviderByItsOwnName() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(samples(new AtomicInteger(), null));
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);

            Consultation dossier = openAi("http://127.0.0.1:" + server.getPort() + "/v1").build().consult(REQUEST);

            assertThat(dossier.metadata().provider()).isEqualTo("openai");
            assertThat(dossier.metadata().model()).isEqualTo("gpt-4o-mini-2024-07-18");
        }
    }

    @Test
    void aRefusedConnectionNamesHostPortAndCause() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> openAi("http://127.0.0.1:" + closedPort + "/v1").maxRetries(0).build().consult(REQUEST))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("connection to 127.0.0.1:" + closedPort + " failed: ")
                .hasMessageNotContaining("failed: null")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("refused"));
    }

    @Test
    void aRetryAfterOfAnHourIsCappedAtTheDocumentedMaximumWait() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        List<ConsultationEvent> events = new CopyOnWriteArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            AtomicInteger calls = new AtomicInteger();
            server.setDispatcher(samples(calls, new MockResponse.Builder().code(429).addHeader("Retry-After", "3600")
                    .addHeader("Content-Type", "application/json")
                    .body("{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_exceeded\"}}").build()));
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);

            Consultation dossier = openAi("http://127.0.0.1:" + server.getPort() + "/v1").sleeper(waits::add)
                    .listener(events::add).build().consult(REQUEST);

            assertThat(dossier.apis()).isNotEmpty();
            assertThat(waits).containsExactly(Duration.ofSeconds(60));
            assertThat(events).filteredOn(e -> e instanceof ConsultationEvent.StageRetried).singleElement()
                    .satisfies(e -> assertThat(((ConsultationEvent.StageRetried) e).delay()).isEqualTo(Duration.ofSeconds(60)));
        }
    }
}
