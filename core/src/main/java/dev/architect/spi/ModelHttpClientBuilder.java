package dev.architect.spi;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * A LangChain4j HTTP client for model providers (pass it to a model builder's {@code httpClientBuilder(...)}) that
 * reports every non-2xx answer as a {@link ModelHttpException} with the server's {@code Retry-After}, a timeout as
 * LangChain4j's {@link TimeoutException}, and a broken connection as an {@link UncheckedIOException}, so the SDK can
 * tell what is worth retrying and how long to wait. Streaming is not used by the SDK and is not supported.
 */
public final class ModelHttpClientBuilder implements HttpClientBuilder {

    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(120);

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public ModelHttpClientBuilder connectTimeout(Duration timeout) {
        if (timeout != null) {
            this.connectTimeout = timeout;
        }
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public ModelHttpClientBuilder readTimeout(Duration timeout) {
        if (timeout != null) {
            this.readTimeout = timeout;
        }
        return this;
    }

    @Override
    public HttpClient build() {
        return new Client(java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout).build(), readTimeout);
    }

    private record Client(java.net.http.HttpClient http, Duration readTimeout) implements HttpClient {

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                    .timeout(readTimeout)
                    .method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
            request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
            HttpResponse<String> response;
            try {
                response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                throw new TimeoutException("no answer from " + host(request) + " within " + readTimeout.toSeconds() + " s");
            } catch (IOException e) {
                throw new UncheckedIOException("connection to " + host(request) + " failed: " + cause(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while calling " + host(request)));
            }
            if (response.statusCode() / 100 != 2) {
                throw new ModelHttpException(response.statusCode(), response.body(), ModelHttpException.parseRetryAfter(
                        response.headers().firstValue("Retry-After").orElse(null), Clock.systemUTC()).orElse(null));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map())
                    .body(response.body()).build();
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            throw new UnsupportedOperationException("streaming is not used by Architect SDK");
        }

        /** Host and port, the port the scheme implies when the URL names none: what a reader checks first. */
        private static String host(HttpRequest request) {
            URI uri = URI.create(request.url());
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() + ":" + port;
        }

        /** Why a connection failed: the first message down the cause chain, or the kind of failure when none says. */
        private static String cause(IOException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.net.ConnectException && (t.getMessage() == null || t.getMessage().isBlank())) {
                    return "connection refused (nothing listens there, or a firewall rejects it)";
                }
                if (t.getMessage() != null && !t.getMessage().isBlank()) {
                    return t.getMessage();
                }
            }
            return e.getClass().getSimpleName();
        }
    }
}
