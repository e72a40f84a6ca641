package dev.architect.validation;

import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.TechChoice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ADR chooses is what the other artifacts build and price ({@link DossierValidator.Rule#CHOICE_CARRIED}). The
 * products a chosen option names are read through the product families of {@code product-families.yaml} (where code
 * runs, streams and queues, caches, the capacity a container service runs on), never from the decision's prose:
 * <ul>
 *   <li>one platform per part: decisions in force that both shape a container name the same product where code runs;</li>
 *   <li>carried: each product a chosen option names is built (a container's or component's technology, or the tech
 *   stack), and no cost line on a part built on the chosen capacity prices another (EC2 hours for a Fargate choice);</li>
 *   <li>priced (a warning): a cost line or a cost note names the chosen product. A warning, not an error, while offline
 *   archetype options still name products their cost does not price (a consumer on Kinesis, EMQX on GKE): the model path
 *   is held to the errors only, so recorded replies keep passing;</li>
 *   <li>protocols: a relationship drawn to a container built on a product speaks only that product's protocols.</li>
 * </ul>
 */
final class ChoiceRules {

    private ChoiceRules() {
    }

    static void check(Consultation c, List<Violation> out) {
        List<Decision> decisions = c.decisions();
        Map<String, List<String>> families = ProductRules.families().families();
        List<String> capacity = ProductRules.families().capacity();
        List<String> platforms = new ArrayList<>(families.getOrDefault("hosting", List.of()));
        platforms.removeAll(ProductRules.families().managedGateways());
        onePlatformPerPart(c, platforms, out);
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (!d.isInForce()) {
                continue;
            }
            for (Map.Entry<String, List<String>> family : withCapacity(families, capacity).entrySet()) {
                List<String> chosen = ProductRules.named(d.chosenOption(), family.getValue());
                if (chosen.isEmpty()) {
                    continue;
                }
                built(c, i, d, chosen, out);
                priced(c, i, d, chosen, out);
                if (family.getKey().equals("capacity")) {
                    pricedAsAnother(c, i, d, chosen, family.getValue(), out);
                }
            }
        }
        protocols(c, out);
    }

    private static Map<String, List<String>> withCapacity(Map<String, List<String>> families, List<String> capacity) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(families);
        all.put("capacity", capacity);
        return all;
    }

    /** Two decisions in force shaping one container place it on one platform: a gateway on GKE beside services on Cloud Run is two designs. */
    private static void onePlatformPerPart(Consultation c, List<String> hosting, List<Violation> out) {
        List<Container> containers = c.c4().containers();
        for (Container k : containers) {
            String firstId = null;
            List<String> first = List.of();
            for (int j = 0; j < c.decisions().size(); j++) {
                Decision d = c.decisions().get(j);
                if (!d.isInForce() || !d.relatedElements().contains(k.id())) {
                    continue;
                }
                List<String> platform = ProductRules.named(d.chosenOption(), hosting);
                if (platform.isEmpty()) {
                    continue;
                }
                if (firstId == null) {
                    firstId = d.id();
                    first = platform;
                } else if (Collections.disjoint(first, platform)) {
                    out.add(error("decisions[" + j + "].chosenOption", "decision '" + d.id() + "' chose '" + d.chosenOption() + "' ("
                            + String.join(", ", platform) + ") for container '" + k.id() + "', which decision '" + firstId + "' runs on "
                            + String.join(", ", first) + ": one part runs on one platform, or the compute decision names both and both are priced"));
                }
            }
        }
    }

    /** Each product the chosen option names is built: a container's or component's technology, or the tech stack, names it. */
    private static void built(Consultation c, int index, Decision d, List<String> chosen, List<Violation> out) {
        List<String> texts = new ArrayList<>();
        c.c4().containers().stream().map(Container::technology).forEach(texts::add);
        c.c4().components().stream().map(Component::technology).forEach(texts::add);
        c.techStack().stream().map(TechChoice::choice).forEach(texts::add);
        for (String product : chosen) {
            if (texts.stream().noneMatch(t -> Words.contains(t, product))) {
                out.add(error("decisions[" + index + "].chosenOption", "decision '" + d.id() + "' chose '" + d.chosenOption() + "' ("
                        + product + "), but no container, component or tech-stack entry is built on " + product));
            }
        }
    }

    /** The chosen option is priced or said to be unpriced: a cost line or a cost note names one of the products it names of this family. */
    private static void priced(Consultation c, int index, Decision d, List<String> chosen, List<Violation> out) {
        List<CostLineItem> items = c.cost().items();
        boolean named = chosen.stream().anyMatch(product -> items.stream()
                .anyMatch(item -> Words.contains(item.name(), product) || Words.contains(item.assumption(), product))
                || c.cost().assumptions().stream().anyMatch(note -> Words.contains(note, product)));
        if (!named) {
            out.add(new Violation(Severity.WARNING, "decisions[" + index + "].chosenOption", DossierValidator.Rule.CHOICE_CARRIED.id(),
                    "decision '" + d.id() + "' chose '" + d.chosenOption() + "' (" + String.join(", ", chosen)
                            + "), but no cost line prices it and no cost note says why it is not priced"));
        }
    }

    /** No cost line on a container built on the chosen capacity names another (a task on Fargate priced as EC2 hours). */
    private static void pricedAsAnother(Consultation c, int index, Decision d, List<String> chosen, List<String> family, List<Violation> out) {
        List<CostLineItem> items = c.cost().items();
        Map<String, Container> byId = new java.util.HashMap<>();
        c.c4().containers().forEach(k -> byId.put(k.id(), k));
        for (int j = 0; j < items.size(); j++) {
            CostLineItem item = items.get(j);
            Container on = item.containerId() == null ? null : byId.get(item.containerId());
            if (on == null || !d.relatedElements().contains(on.id()) || Collections.disjoint(ProductRules.named(on.technology(), family), chosen)) {
                continue;
            }
            // A price's source address names the page, not the product bought (a regional ratio read off the EC2 price list)
            String bought = (item.name() + " " + (item.assumption() == null ? "" : item.assumption())).replaceAll("https?://\\S+", " ");
            Set<String> other = new LinkedHashSet<>(ProductRules.named(bought, family));
            other.removeAll(chosen);
            if (!other.isEmpty()) {
                out.add(error("cost.items[" + j + "]", "cost item '" + item.id() + "' prices " + String.join(", ", other) + " for container '"
                        + item.containerId() + "', but decision '" + d.id() + "' chose '" + d.chosenOption() + "' ("
                        + String.join(", ", chosen) + ")"));
            }
        }
    }

    /** A relationship drawn to a container built on a product speaks that product's protocols only. */
    private static void protocols(Consultation c, List<Violation> out) {
        Map<String, List<String>> spoken = ProductRules.families().protocols();
        Map<String, Container> byId = new java.util.HashMap<>();
        c.c4().containers().forEach(k -> byId.put(k.id(), k));
        Set<String> known = new LinkedHashSet<>();
        spoken.values().forEach(known::addAll);
        List<Relationship> relationships = c.c4().relationships();
        for (int i = 0; i < relationships.size(); i++) {
            Relationship r = relationships.get(i);
            Container to = byId.get(r.destinationId());
            if (to == null || to.kind() != dev.architect.dossier.ContainerKind.MESSAGE_BROKER || r.technology() == null) {
                continue;
            }
            List<String> products = ProductRules.named(to.technology(), List.copyOf(spoken.keySet()));
            if (products.isEmpty()) {
                continue;
            }
            Set<String> allowed = new LinkedHashSet<>();
            products.forEach(p -> allowed.addAll(spoken.getOrDefault(p, List.of())));
            for (String protocol : r.technology().split("\\s*(?:/|,|\\band\\b)\\s*")) {
                // Only a protocol's name is checked: "events" or "jobs" say what travels, not how
                boolean isProtocol = known.stream().anyMatch(p -> p.equalsIgnoreCase(protocol.trim()));
                if (isProtocol && allowed.stream().noneMatch(a -> a.equalsIgnoreCase(protocol.trim()))) {
                    out.add(error("c4.relationships[" + i + "].technology", "relationship '" + r.sourceId() + "' -> '" + r.destinationId()
                            + "' is drawn as '" + r.technology() + "', but '" + to.technology() + "' (" + String.join(", ", products)
                            + ") speaks " + String.join(", ", allowed) + ", not " + protocol.trim()));
                }
            }
        }
    }

    private static Violation error(String path, String message) {
        return new Violation(Severity.ERROR, path, DossierValidator.Rule.CHOICE_CARRIED.id(), message);
    }
}
