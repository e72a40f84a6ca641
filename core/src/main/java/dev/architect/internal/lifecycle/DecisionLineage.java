package dev.architect.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionStatus;
import dev.architect.dossier.DossierJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries a previous dossier's decisions and ids into a fresh dossier of the changed request, so that what still
 * holds reads exactly as before:
 * <ul>
 *   <li>a decision whose subject, choice and drivers did not change is the previous decision, with its number, text
 *       and date;</li>
 *   <li>a decision whose choice or drivers moved is a new decision numbered after every previous one, which
 *       {@code supersedes} the old (an ADR records why, so new figures behind the same choice are a new record, not an
 *       edit); the old stays in the dossier as {@link DecisionStatus#SUPERSEDED}, naming its successor;</li>
 *   <li>a decision on a topic that no longer arises stays, {@link DecisionStatus#DEPRECATED};</li>
 *   <li>containers, API specs and operations, entities and risks whose subject did not change keep their previous ids
 *       ({@link IdContinuity}).</li>
 * </ul>
 * Every reference to a renumbered decision or risk elsewhere in the dossier follows it. Deterministic.
 */
public final class DecisionLineage {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private DecisionLineage() {
    }

    public static Consultation carryForward(Consultation previous, Consultation fresh) {
        Map<String, Integer> liveByTopic = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>(previous.decisions());
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.isInForce()) {
                liveByTopic.putIfAbsent(d.subject(), i);
            }
        }
        Set<String> usedIds = new HashSet<>();
        previous.decisions().forEach(d -> usedIds.add(d.id()));
        Map<String, String> elementIds = IdContinuity.renames(previous, fresh);
        Map<String, String> renamed = new HashMap<>();
        Set<String> freshTopics = new HashSet<>();
        List<Decision> added = new ArrayList<>();
        for (Decision f : fresh.decisions()) {
            String topic = f.subject();
            freshTopics.add(topic);
            Integer at = liveByTopic.get(topic);
            Decision p = at == null ? null : decisions.get(at);
            if (p != null && p.chosenOption().equals(f.chosenOption()) && p.drivers().equals(f.drivers())) {
                renamed.put(f.id(), p.id());
                continue;
            }
            String id = nextId(usedIds, previous.decisions().isEmpty() ? f.id() : previous.decisions().get(0).id());
            usedIds.add(id);
            renamed.put(f.id(), id);
            added.add(withElementIds(f.renumbered(id, p == null ? null : p.id()), elementIds));
            if (p != null) {
                decisions.set(at, p.supersededBy(id));
            }
        }
        liveByTopic.forEach((topic, at) -> {
            if (!freshTopics.contains(topic) && decisions.get(at).status() != DecisionStatus.SUPERSEDED) {
                Decision d = decisions.get(at);
                decisions.set(at, new Decision(d.id(), d.title(), d.topic(), DecisionStatus.DEPRECATED, d.context(), d.drivers(),
                        d.options(), d.chosenOption(), d.rationale(), d.consequences(), d.relatedElements(), d.date(),
                        d.supersedes(), null));
            }
        });
        decisions.addAll(added);
        renamed.putAll(elementIds);
        renamed.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        if (renamed.isEmpty() && decisions.equals(fresh.decisions())) {
            return fresh; // nothing to carry: the fresh dossier already reads as the previous one did
        }
        ObjectNode tree;
        try {
            tree = (ObjectNode) DossierJson.mapper().readTree(DossierJson.write(fresh));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a dossier the SDK wrote did not read back", e);
        }
        renameEverywhere(tree, renamed);
        tree.set("decisions", DossierJson.mapper().valueToTree(decisions));
        return DossierJson.read(tree.toString());
    }

    /** A new decision naming the elements it shapes by the ids they keep (the rename of the rest of the dossier skips it). */
    private static Decision withElementIds(Decision d, Map<String, String> elementIds) {
        return new Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(), d.options(), d.chosenOption(),
                d.rationale(), d.consequences(), d.relatedElements().stream().map(e -> elementIds.getOrDefault(e, e)).toList(),
                d.date(), d.supersedes(), d.supersededBy());
    }

    /** The next id after every id used, in the style of {@code example} ({@code adr-0012} after {@code adr-0011}). */
    private static String nextId(Set<String> used, String example) {
        Matcher m = NUMBERED.matcher(example);
        String prefix = m.matches() ? m.group(1) : example + "-";
        int width = m.matches() ? m.group(2).length() : 4;
        int max = 0;
        for (String id : used) {
            Matcher u = NUMBERED.matcher(id);
            if (u.matches() && u.group(1).equals(prefix)) {
                max = Math.max(max, Integer.parseInt(u.group(2)));
            }
        }
        int n = max + 1;
        String id;
        do {
            id = prefix + String.format(Locale.ROOT, "%0" + width + "d", n++);
        } while (used.contains(id));
        return id;
    }

    /** Replaces every string value that is exactly a renamed id, all at once (no chains). */
    private static void renameEverywhere(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            for (Map.Entry<String, JsonNode> e : entries) {
                if (e.getValue().isTextual() && renamed.containsKey(e.getValue().asText())) {
                    object.set(e.getKey(), TextNode.valueOf(renamed.get(e.getValue().asText())));
                } else {
                    renameEverywhere(e.getValue(), renamed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && renamed.containsKey(item.asText())) {
                    array.set(i, TextNode.valueOf(renamed.get(item.asText())));
                } else {
                    renameEverywhere(item, renamed);
                }
            }
        }
    }
}
