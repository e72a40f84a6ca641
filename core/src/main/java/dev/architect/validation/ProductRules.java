package dev.architect.validation;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One product per part: a container's technology, the option a decision about it chose and the cost items priced on it
 * name the same product where they name one of a family of alternatives ({@code product-families.yaml}): a realtime
 * gateway drawn on EKS, chosen as API Gateway WebSocket APIs, or a processor drawn on ECS and priced as Lambda, is a
 * reader left to guess which one to build.
 */
final class ProductRules {

    private static final String RESOURCE = "/dev/architect/validation/product-families.yaml";

    /** The file's layout. */
    record Families(Map<String, List<String>> families, List<String> managedGateways, List<String> capacity, Map<String, List<String>> protocols,
                    List<String> ownBilling, List<String> notAlternatives, List<String> perInvocation) {
        Families {
            families = families == null ? Map.of() : Map.copyOf(families);
            managedGateways = managedGateways == null ? List.of() : List.copyOf(managedGateways);
            capacity = capacity == null ? List.of() : List.copyOf(capacity);
            // in the file's order, so a message lists a container's products as the data does
            protocols = protocols == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(protocols));
            ownBilling = ownBilling == null ? List.of() : List.copyOf(ownBilling);
            notAlternatives = notAlternatives == null ? List.of() : List.copyOf(notAlternatives);
            perInvocation = perInvocation == null ? List.of() : List.copyOf(perInvocation);
        }
    }

    /** "X or Y", "X, or Y", "(or Y": a technology that leaves the choice between products to the reader. */
    private static final java.util.regex.Pattern ALTERNATIVE = java.util.regex.Pattern.compile("(?i)(?:^|[\\s(,;])or\\s+\\S");

    private static final class Holder {
        static final Families STANDARD = ValidatorData.read(RESOURCE, Families.class, "product families");
    }

    private ProductRules() {
    }

    /** The product families, capacities and protocols as shipped. */
    static Families families() {
        return Holder.STANDARD;
    }

    static void check(Consultation c, List<Violation> out) {
        alternatives(c, out);
        List<Container> containers = c.c4().containers();
        for (int i = 0; i < containers.size(); i++) {
            Container k = containers.get(i);
            pricedAsNamed(c, i, out);
            for (Map.Entry<String, List<String>> family : Holder.STANDARD.families().entrySet()) {
                List<String> drawn = named(k.technology(), family.getValue());
                if (drawn.isEmpty()) {
                    continue;
                }
                for (int j = 0; j < c.decisions().size(); j++) {
                    Decision d = c.decisions().get(j);
                    // A decision about this part alone: a platform or messaging decision spans every part it relates to
                    if (!d.isInForce() || !d.relatedElements().contains(k.id()) || containersOf(c, d) != 1) {
                        continue;
                    }
                    List<String> chosen = named(d.chosenOption(), family.getValue());
                    if (!chosen.isEmpty() && Collections.disjoint(chosen, drawn)) {
                        out.add(error("c4.containers[" + i + "].technology", "container '" + k.id() + "' is built on " + String.join(", ", drawn)
                                + " ('" + k.technology() + "') but decision '" + d.id() + "' chose " + String.join(", ", chosen)
                                + " ('" + d.chosenOption() + "') for it"));
                    }
                }
                for (int j = 0; j < c.cost().items().size(); j++) {
                    CostLineItem item = c.cost().items().get(j);
                    if (!k.id().equals(item.containerId())) {
                        continue;
                    }
                    // The line's name says what it buys; its basis may quote a price list that names equivalents ("or App Runner")
                    List<String> priced = named(item.name(), family.getValue());
                    if (!priced.isEmpty() && Collections.disjoint(priced, drawn)) {
                        out.add(error("cost.items[" + j + "].name", "cost item '" + item.id() + "' prices " + String.join(", ", priced)
                                + " ('" + item.name() + "') for container '" + k.id() + "', which is built on " + String.join(", ", drawn)
                                + " ('" + k.technology() + "')"));
                    }
                    // A part drawn on functions billed per invocation, priced as instances of a capacity (Fargate tasks): the
                    // basis outside its asides (a price list's equivalents) names the capacity
                    List<String> functions = named(k.technology(), Holder.STANDARD.perInvocation());
                    List<String> capacity = named(withoutAsides(item.assumption()), Holder.STANDARD.capacity());
                    if (!functions.isEmpty() && !capacity.isEmpty() && priced.isEmpty() && family.getValue().containsAll(functions)) {
                        // a warning until the cost plan prices scheduled jobs drawn on functions per invocation
                        out.add(new Violation(Severity.WARNING, "cost.items[" + j + "].assumption", DossierValidator.Rule.PRODUCT_MISMATCH.id(),
                                "cost item '" + item.id() + "' prices " + String.join(", ", capacity)
                                + " instances (cost.items[" + j + "].assumption) for container '" + k.id() + "', which c4.containers[" + i
                                + "].technology draws on " + String.join(", ", functions) + ", billed per invocation ('" + k.technology() + "')"));
                    }
                }
            }
        }
    }

    /**
     * A container or component is built on one technology: one whose text offers others ("Stripe Connect payouts (or Adyen
     * for Platforms)", "Azure Stream Analytics, or Apache Flink") is a choice left to the builder, which belongs in an ADR's
     * options. Protocols a product speaks ("over OIDC or SAML") are listed in the data and are not alternatives.
     */
    private static void alternatives(Consultation c, List<Violation> out) {
        List<Container> containers = c.c4().containers();
        for (int i = 0; i < containers.size(); i++) {
            offersAlternatives("c4.containers[" + i + "].technology", "container '" + containers.get(i).id() + "'",
                    containers.get(i).technology(), out);
        }
        List<dev.architect.dossier.Component> components = c.c4().components();
        for (int i = 0; i < components.size(); i++) {
            offersAlternatives("c4.components[" + i + "].technology", "component '" + components.get(i).id() + "'",
                    components.get(i).technology(), out);
        }
    }

    private static void offersAlternatives(String path, String what, String technology, List<Violation> out) {
        if (technology == null) {
            return;
        }
        String rest = technology;
        for (String phrase : Holder.STANDARD.notAlternatives()) {
            rest = rest.replaceAll("(?i)" + java.util.regex.Pattern.quote(phrase), " ");
        }
        if (ALTERNATIVE.matcher(rest).find()) {
            out.add(new Violation(Severity.ERROR, path, DossierValidator.Rule.TECHNOLOGY_ALTERNATIVES.id(), what + " is built on '" + technology
                    + "', which offers alternatives: a part is built on one technology, and the others belong in its decision's options"));
        }
    }

    /**
     * A container built on a product billed in units of its own (Databricks DBUs, Glue DPUs, Stream Analytics streaming
     * units) is priced as that product: cost items on it that name none of it (hours of a plain instance) price another design.
     */
    private static void pricedAsNamed(Consultation c, int index, List<Violation> out) {
        Container k = c.c4().containers().get(index);
        List<String> built = named(k.technology(), Holder.STANDARD.ownBilling());
        if (built.isEmpty()) {
            return;
        }
        List<CostLineItem> items = c.cost().items().stream().filter(item -> k.id().equals(item.containerId())).toList();
        boolean priced = items.stream().anyMatch(item -> !Collections.disjoint(built,
                named(item.name() + " " + (item.assumption() == null ? "" : item.assumption()), Holder.STANDARD.ownBilling())));
        if (!items.isEmpty() && !priced) {
            out.add(error("c4.containers[" + index + "].technology", "container '" + k.id() + "' is built on " + String.join(", ", built)
                    + " ('" + k.technology() + "'), which bills in units of its own, but no cost item on it prices it ("
                    + String.join(", ", items.stream().map(item -> "'" + item.id() + "'").toList()) + ")"));
        }
    }

    private static long containersOf(Consultation c, Decision d) {
        return c.c4().containers().stream().filter(k -> d.relatedElements().contains(k.id())).count();
    }

    /** The products of a family a text names, longest names first so "AWS Lambda" is not also "Lambda". */
    /** A parenthesised aside, innermost first: a price list's equivalents or a figure's working. */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\([^()]*\\)");

    /** A text without its parenthesised asides, nested ones too, and without the addresses of the price lists it quotes. */
    private static String withoutAsides(String text) {
        String rest = text == null ? "" : URL.matcher(text).replaceAll(" ");
        for (String shorter = ASIDE.matcher(rest).replaceAll(""); !shorter.equals(rest); shorter = ASIDE.matcher(rest).replaceAll("")) {
            rest = shorter;
        }
        return rest;
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://\\S+");

    static List<String> named(String text, List<String> family) {
        List<String> found = new ArrayList<>();
        String rest = text == null ? "" : text;
        List<String> longestFirst = new ArrayList<>(family);
        longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String product : longestFirst) {
            if (Words.contains(rest, product) && !found.contains(canonical(product, family))) {
                found.add(canonical(product, family));
                rest = rest.replaceAll("(?i)" + java.util.regex.Pattern.quote(product), " ");
            }
        }
        return found;
    }

    /** "AWS Lambda" and "Lambda" are one product: the shortest name of the family that the longer one ends with. */
    private static String canonical(String product, List<String> family) {
        return family.stream().filter(other -> other.length() < product.length() && product.endsWith(" " + other)).findFirst().orElse(product);
    }

    private static Violation error(String path, String message) {
        return new Violation(Severity.ERROR, path, DossierValidator.Rule.PRODUCT_MISMATCH.id(), message);
    }
}
