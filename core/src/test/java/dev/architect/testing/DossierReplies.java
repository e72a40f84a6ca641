package dev.architect.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DossierJson;
import dev.architect.event.Stage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A recorded model for scenario tests: every stage is answered with a reply cut from one dossier (for instance the one
 * the offline architect wrote for the same request), as a model that answered the same way each time would. An
 * {@link Edit} may change a stage's reply before it is sent, to play a model that renames ids or changes a decision it
 * should not. Every request is kept, with the stage that sent it and its attempt.
 */
public final class DossierReplies implements ChatModel {

    /** Changes a stage's reply (a JSON object) on its {@code attempt}-th call (1-based). */
    @FunctionalInterface
    public interface Edit {
        void apply(Stage stage, int attempt, ObjectNode reply);
    }

    /** One call the model answered. */
    public record Call(Stage stage, int attempt, ChatRequest request) {
        /** Every text the request carries, in order. */
        public String prompt() {
            return SampleStageReplies.prompt(request);
        }

        /** The last message's text, e.g. a repair request. */
        public String lastMessage() {
            var last = request.messages().get(request.messages().size() - 1);
            return last instanceof dev.langchain4j.data.message.UserMessage u ? u.singleText() : last.toString();
        }
    }

    private final Consultation source;
    private final Edit edit;
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();

    public DossierReplies(Consultation source, Edit edit) {
        this.source = source;
        this.edit = edit;
    }

    public DossierReplies(Consultation source) {
        this(source, (stage, attempt, reply) -> { });
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        String prompt = SampleStageReplies.prompt(request);
        Stage stage = SampleStageReplies.stageOf(prompt);
        int attempt = (int) calls.stream().filter(c -> c.stage() == stage).count() + 1;
        calls.add(new Call(stage, attempt, request));
        ObjectNode reply;
        try {
            reply = (ObjectNode) DossierJson.mapper().readTree(SampleStageReplies.reply(source, prompt));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (stage == Stage.PLAN) {
            // The application instances serve requests, so the SDK sizes them from the load, as it would a real reply.
            source.c4().containers().stream().filter(c -> c.kind() == ContainerKind.SERVICE).findFirst()
                    .ifPresent(c -> ((ObjectNode) reply.get("costItems").get(0)).put("containerId", c.id()));
        }
        edit.apply(stage, attempt, reply);
        return ChatResponse.builder().aiMessage(AiMessage.from(SampleStageReplies.json(reply))).modelName("recorded-1")
                .tokenUsage(new TokenUsage(100, 50)).build();
    }

    /** Renames every text value that is exactly one of the ids, as a model naming things its own way would. */
    public static void rename(JsonNode node, Map<String, String> names) {
        if (node instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                JsonNode v = object.get(f);
                if (v.isTextual() && names.containsKey(v.asText())) {
                    object.put(f, names.get(v.asText()));
                } else {
                    rename(v, names);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && names.containsKey(array.get(i).asText())) {
                    array.set(i, TextNode.valueOf(names.get(array.get(i).asText())));
                } else {
                    rename(array.get(i), names);
                }
            }
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsOf(Stage stage) {
        return calls.stream().filter(c -> c.stage() == stage).toList();
    }
}
