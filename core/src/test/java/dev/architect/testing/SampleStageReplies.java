package dev.architect.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.event.Stage;
import dev.architect.internal.engine.StageReplies;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic, valid replies for every stage, cut from {@link SampleDossiers#shopFast()} as a model would write
 * them. The analyze, design and risks replies carry the request's system name, so concurrent consultations can be
 * told apart.
 */
public final class SampleStageReplies {

    public static final Consultation SAMPLE = SampleDossiers.shopFast();

    private SampleStageReplies() {
    }

    private static final Pattern SYSTEM_NAME = Pattern.compile("<request>\\n\\{\"system\":\"([^\"]+)\"");

    /** A valid reply to a stage's request, the way a model that follows its instructions would write it. */
    public static String reply(ChatRequest request) {
        String prompt = prompt(request);
        return reply(prompt, prompt);
    }

    /** Every text the request carries, in order: where the stage marker and the request sit is the engine's choice. */
    public static String prompt(ChatRequest request) {
        StringBuilder all = new StringBuilder();
        for (ChatMessage m : request.messages()) {
            if (m instanceof SystemMessage s) {
                all.append(s.text()).append('\n');
            } else if (m instanceof UserMessage u) {
                all.append(u.singleText()).append('\n');
            }
        }
        return all.toString();
    }

    /** The same for a request seen on the wire: the contents of its messages, in order. */
    public static String prompt(JsonNode messages) {
        StringBuilder all = new StringBuilder();
        messages.forEach(m -> all.append(m.path("content").asText()).append('\n'));
        return all.toString();
    }

    /**
     * The same from the texts of the system and first user message, for fakes that see the wire format. Cost items
     * use the real price table's kinds when the prompt offers them (the offline grounding), else the sample's.
     */
    public static String reply(String systemPrompt, String userMessage) {
        return reply(SAMPLE, systemPrompt + "\n" + userMessage);
    }

    /** A valid reply cut from {@code source} to the stage whose whole prompt (every message's text) is {@code prompt}. */
    public static String reply(Consultation source, String prompt) {
        ObjectNode reply = reply(source, stageOf(prompt), systemNameOf(prompt));
        if (reply.has("costItems") && prompt.contains("compute.instance")) {
            ArrayNode items = (ArrayNode) reply.get("costItems");
            ((ObjectNode) items.get(0)).put("resourceKind", "compute.instance");
            ((ObjectNode) items.get(1)).put("resourceKind", "database.instance");
        }
        return json(reply);
    }

    /** The stage asking, read from the marker its prompt file starts with. */
    public static Stage stageOf(ChatRequest request) {
        return stageOf(prompt(request));
    }

    public static Stage stageOf(String systemPrompt) {
        return StageReplies.stageOf(systemPrompt).orElseThrow(() -> new IllegalArgumentException("no stage marker in the system prompt"));
    }

    /** The request's system name, read back from the delimited request section of the first user message. */
    public static String systemNameOf(ChatRequest request) {
        return systemNameOf(prompt(request));
    }

    public static String systemNameOf(String userMessage) {
        Matcher m = SYSTEM_NAME.matcher(userMessage);
        if (!m.find()) {
            throw new IllegalArgumentException("no request section in the user message");
        }
        return m.group(1);
    }

    public static ObjectNode reply(Stage stage, String systemName) {
        return reply(SAMPLE, stage, systemName);
    }

    /**
     * A stage's reply cut from any valid dossier (e.g. one the offline architect made for a realistic request), as a
     * model would write it; cost items are the sample's two.
     */
    public static ObjectNode reply(Consultation c, Stage stage, String systemName) {
        ObjectNode out = StageReplies.cut(c, stage);
        switch (stage) {
            case ANALYZE -> ((ArrayNode) out.get("constraints")).add("Built for " + systemName);
            case DESIGN -> out.put("summary", "Design for " + systemName + ": " + c.summary());
            case RISKS -> {
                if (c == SAMPLE) {
                    ((ObjectNode) out.get("risks").get(0)).put("title", systemName + ": Black Friday peak exceeds capacity");
                    // The regimes the test requests name (PCI-DSS, GDPR), as a model covering them would write them.
                    ((ObjectNode) out.get("risks").get(1)).put("description",
                            "A form change could post card numbers to our API and widen the PCI DSS scope; customer records "
                                    + "fall under GDPR");
                }
            }
            case PLAN -> {
                // Two items the SDK sizes and prices, as a model proposing what to buy would list them.
                ArrayNode items = out.putArray("costItems");
                boolean sample = c == SAMPLE;
                items.addObject().put("id", "compute").put("name", "Application instances").put("containerId", sample ? "store-app" : null)
                        .put("resourceKind", "app-instance").put("quantity", 6).put("assumption", "6 instances at peak");
                items.addObject().put("id", "database").put("name", "PostgreSQL primary and replica").put("containerId", sample ? "store-db" : null)
                        .put("resourceKind", "postgres-instance").put("quantity", 2).put("assumption", "db.r6g.xlarge");
                out.putNull("migration");
            }
            default -> {
                // the cut as it is
            }
        }
        return out;
    }

    public static JsonNode tree(Object value) {
        return DossierJson.mapper().valueToTree(value);
    }

    public static String json(Object tree) {
        try {
            return DossierJson.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
