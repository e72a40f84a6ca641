package dev.architect.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.Relationship;
import dev.architect.event.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reply each stage asks for, cut from a finished dossier, as a model that follows the stage's instructions would
 * write it. The cost items are left empty, so the SDK's own sized and priced estimate stands.
 */
public final class StageReplies {

    /** Every stage prompt file starts with this marker (prompts/stages/*.md). */
    private static final Pattern STAGE = Pattern.compile("## Stage: (\\w+)");

    private StageReplies() {
    }

    /** The stage whose prompt is {@code prompt} (every message's text), from the marker its prompt file starts with. */
    public static Optional<Stage> stageOf(String prompt) {
        Matcher m = STAGE.matcher(prompt);
        return m.find() ? Optional.of(Stage.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /** The part of {@code c} that {@code stage} produces, in the stage's reply shape. */
    public static ObjectNode cut(Consultation c, Stage stage) {
        ObjectNode out = DossierJson.mapper().createObjectNode();
        Set<String> components = c.c4().components().stream().map(Component::id).collect(Collectors.toSet());
        List<Relationship> designRelationships = c.c4().relationships().stream()
                .filter(r -> !components.contains(r.sourceId()) && !components.contains(r.destinationId())).toList();
        switch (stage) {
            case ANALYZE -> {
                out = (ObjectNode) tree(c.requirements());
                // The offline dossier may list an open-ended question (what a placeholder capability owns); the analyze
                // stage accepts only questions with 2-4 options.
                ArrayNode questions = (ArrayNode) out.get("openQuestions");
                for (int i = questions.size() - 1; i >= 0; i--) {
                    if (questions.get(i).path("options").size() < 2) {
                        questions.remove(i);
                    }
                }
            }
            case DESIGN -> {
                out.put("summary", c.summary());
                out.set("people", tree(c.c4().people()));
                out.set("systems", tree(c.c4().systems()));
                out.set("containers", tree(c.c4().containers()));
                out.set("relationships", tree(designRelationships));
                out.set("techStack", tree(c.techStack()));
                ArrayNode outline = out.putArray("decisions");
                c.decisions().forEach(d -> outline.addObject().put("id", d.id()).put("title", d.title())
                        .put("topic", d.topic().name()));
            }
            case DECISIONS -> out.set("decisions", tree(c.decisions()));
            case COMPONENTS -> {
                out.set("components", tree(c.c4().components()));
                out.set("relationships", tree(c.c4().relationships().stream()
                        .filter(r -> !designRelationships.contains(r)).toList()));
            }
            case APIS -> out.set("apis", tree(c.apis()));
            case DATA -> out = (ObjectNode) tree(c.dataModel());
            case FLOWS -> out.set("sequences", tree(c.sequences()));
            case RISKS -> out.set("risks", tree(c.risks()));
            case PLAN -> {
                out.set("operations", tree(c.operations()));
                out.set("roadmap", tree(c.roadmap()));
                out.putArray("costItems");
                out.set("migration", tree(c.migration()));
            }
            default -> throw new IllegalArgumentException("no model call in stage " + stage);
        }
        return out;
    }

    /** {@link #cut} as the JSON text a model would send. */
    public static String json(Consultation c, Stage stage) {
        try {
            return DossierJson.mapper().writeValueAsString(cut(c, stage));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dossier's part could not be written as JSON", e);
        }
    }

    private static JsonNode tree(Object value) {
        return DossierJson.mapper().valueToTree(value);
    }
}
