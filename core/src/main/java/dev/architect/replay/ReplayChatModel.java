package dev.architect.replay;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plays back a cassette written by {@link RecordingChatModel}: each request gets the reply recorded for the same
 * request (same response format, same messages), whatever order the parallel stages ask in. A request the cassette
 * does not hold fails with {@link CassetteMissException}; nothing is ever sent to a provider. Thread-safe.
 */
public final class ReplayChatModel implements ChatModel {

    private final Path file;
    private final Set<Capability> capabilities;
    private final Map<String, Deque<Cassette.Reply>> replies = new HashMap<>();
    private final int recorded;

    private ReplayChatModel(Path file, Cassette cassette) {
        this.file = file;
        this.capabilities = cassette.capabilities().stream().map(Capability::valueOf).collect(Collectors.toUnmodifiableSet());
        for (Cassette.Exchange e : cassette.exchanges()) {
            replies.computeIfAbsent(Cassette.key(e.request()), k -> new ArrayDeque<>()).add(e.reply());
        }
        this.recorded = cassette.exchanges().size();
    }

    /**
     * A model that plays back a cassette file.
     *
     * @param cassette the file written by a {@link RecordingChatModel}
     * @return the model
     */
    public static ReplayChatModel from(Path cassette) {
        return new ReplayChatModel(cassette, Cassette.read(cassette));
    }

    /** The recorded reply; a request recorded several times gets its replies in order, then the last again. */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Cassette.Request key = Cassette.Request.of(request);
        Cassette.Reply reply;
        synchronized (replies) {
            Deque<Cassette.Reply> queue = replies.get(Cassette.key(key));
            if (queue == null) {
                throw new CassetteMissException(file, recorded, summary(key));
            }
            reply = queue.size() > 1 ? queue.poll() : queue.peek();
        }
        return reply.toResponse();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return capabilities;
    }

    private static String summary(Cassette.Request request) {
        List<Cassette.Message> messages = request.messages();
        Cassette.Message last = messages.get(messages.size() - 1);
        String text = last.text() == null ? "" : last.text();
        return request.responseFormat() + ", " + messages.size() + " messages, last (" + last.role() + "): "
                + (text.length() > 160 ? text.substring(0, 160) + "..." : text);
    }
}
