package dev.architect.replay;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Wraps a chat model and writes every successful exchange to a cassette file, which {@link ReplayChatModel} plays
 * back: record a real consultation once, rerun it offline and exactly. The file is rewritten after each exchange,
 * so it is complete even if the consultation fails later. Thread-safe (the parallel stages record concurrently).
 *
 * <pre>{@code
 * ChatModel model = new RecordingChatModel(openAi, Path.of("shopfast.cassette.json"));
 * }</pre>
 *
 * A cassette holds the prompts and replies in full, including the request text: treat it like the request.
 */
public final class RecordingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Path cassette;
    private final List<Cassette.Exchange> exchanges = new ArrayList<>();

    /**
     * Records what a model answers.
     *
     * @param delegate the model that answers the calls
     * @param cassette the file to write, rewritten after each exchange
     */
    public RecordingChatModel(ChatModel delegate, Path cassette) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cassette = Objects.requireNonNull(cassette, "cassette");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response = delegate.chat(request);
        Cassette.Exchange exchange = new Cassette.Exchange(Cassette.Request.of(request), Cassette.Reply.of(response));
        synchronized (exchanges) {
            exchanges.add(exchange);
            new Cassette(Cassette.FORMAT, supportedCapabilities().stream().map(Enum::name).sorted().toList(), exchanges)
                    .write(cassette);
        }
        return response;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }
}
