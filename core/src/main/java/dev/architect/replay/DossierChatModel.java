package dev.architect.replay;

import dev.architect.dossier.Consultation;
import dev.architect.internal.engine.StageReplies;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.Set;

/**
 * A model that answers every stage of a consultation with the part of a dossier you already have, as a model that
 * follows the stage's instructions would: run the model path (its stages, checks, events and metadata) with no
 * provider and no cassette, e.g. to try an integration or to warm a JVM up. The SDK still sizes and prices the design
 * itself. A request that is not a consultation stage's fails with {@link IllegalArgumentException}. Thread-safe.
 *
 * <pre>{@code
 * Consultation offline = Architect.builder().build().consult(request);
 * Consultation replayed = Architect.builder().chatModel(DossierChatModel.of(offline)).build().consult(request);
 * }</pre>
 */
public final class DossierChatModel implements ChatModel {

    private final Consultation source;

    private DossierChatModel(Consultation source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A model whose replies are cut from {@code source}.
     *
     * @param source the dossier every reply is cut from, e.g. the offline architect's for the same request
     * @return the model
     */
    public static DossierChatModel of(Consultation source) {
        return new DossierChatModel(source);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        StringBuilder prompt = new StringBuilder();
        for (ChatMessage m : request.messages()) {
            if (m instanceof SystemMessage s) {
                prompt.append(s.text()).append('\n');
            } else if (m instanceof UserMessage u && u.hasSingleText()) {
                prompt.append(u.singleText()).append('\n');
            }
        }
        var stage = StageReplies.stageOf(prompt.toString()).orElseThrow(
                () -> new IllegalArgumentException("not a consultation stage's request: its prompt names no stage"));
        String reply = StageReplies.json(source, stage);
        return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
    }

    /** Replies are JSON, so the engine may ask for a schema. */
    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }
}
