package dev.architect;

import dev.architect.event.Stage;
import dev.architect.testing.SampleStageReplies;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat model for tests: it reads which stage is asking from the system prompt and answers with a script. Every
 * request is kept for assertions. Each call reports 100 input and 50 output tokens.
 */
final class ScriptedModel implements ChatModel {

    static final int INPUT_TOKENS = 100;
    static final int OUTPUT_TOKENS = 50;

    @FunctionalInterface
    interface Script {
        String reply(Call call) throws Exception;
    }

    /** One call: which stage, its n-th call (1-based), and the request. */
    record Call(Stage stage, int attempt, ChatRequest request) {

        String system() {
            return ((SystemMessage) request.messages().get(0)).text();
        }

        /** The first user message: the stage's data. */
        String user() {
            return ((UserMessage) request.messages().get(1)).singleText();
        }

        /** The last message, e.g. a repair request. */
        String last() {
            ChatMessage m = request.messages().get(request.messages().size() - 1);
            return m instanceof UserMessage u ? u.singleText() : m.toString();
        }

        String systemName() {
            return SampleStageReplies.systemNameOf(request);
        }
    }

    private final Script script;
    private final Set<Capability> capabilities;
    final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    ScriptedModel(Script script, Capability... capabilities) {
        this.script = script;
        this.capabilities = Set.of(capabilities);
    }

    /** Answers every stage with a valid reply. */
    static ScriptedModel valid() {
        return new ScriptedModel(call -> SampleStageReplies.reply(call.request()));
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Stage stage = SampleStageReplies.stageOf(request);
        String key = SampleStageReplies.systemNameOf(request) + "/" + stage;
        Call call = new Call(stage, attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet(), request);
        calls.add(call);
        String text;
        try {
            text = script.reply(call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("scripted-1")
                .tokenUsage(new TokenUsage(INPUT_TOKENS, OUTPUT_TOKENS)).build();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return capabilities;
    }

    List<Call> callsOf(Stage stage) {
        return calls.stream().filter(c -> c.stage() == stage).toList();
    }
}
