package dev.architect.validation;

import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.TechChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is built and priced is what was chosen ({@link DossierValidator.Rule#BUILT_IS_CHOSEN}), read through the product
 * families of {@code product-families.yaml} and {@code built-products.yaml}, never from prose:
 * <ul>
 *   <li>each product a container is built on (and so each product the cost lines on it price) is one a decision in force
 *   chose or a tech-stack entry lists;</li>
 *   <li>each database or search product a decision in force chose is a container's, component's or external system's technology (a ledger
 *   database chosen in an ADR while every store is drawn and priced as the relational product is two designs);</li>
 *   <li>a family a design runs one product of (its CDN) is named with one product across containers and chosen options.</li>
 * </ul>
 */
final class BuiltProductRules {

    private static final String RESOURCE = "/dev/architect/validation/built-products.yaml";

    /** The file's layout. */
    record Families(Map<String, List<String>> families, List<String> builtWhenChosen, List<String> onePerDesign) {
        Families {
            families = families == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(families));
            builtWhenChosen = builtWhenChosen == null ? List.of() : List.copyOf(builtWhenChosen);
            onePerDesign = onePerDesign == null ? List.of() : List.copyOf(onePerDesign);
            for (String family : java.util.stream.Stream.concat(builtWhenChosen.stream(), onePerDesign.stream()).toList()) {
                if (!families.containsKey(family)) {
                    throw new IllegalStateException(RESOURCE + ": '" + family + "' is not one of its families");
                }
            }
        }
    }

    private static final class Holder {
        static final Families STANDARD = ValidatorData.read(RESOURCE, Families.class, "built products");
    }

    private BuiltProductRules() {
    }

    /** The families as shipped. */
    static Families families() {
        return Holder.STANDARD;
    }

    static void check(Consultation c, List<Violation> out) {
        check(c, Holder.STANDARD, out);
    }

    static void check(Consultation c, Families own, List<Violation> out) {
        Map<String, List<String>> all = new LinkedHashMap<>(ProductRules.families().families());
        all.putAll(own.families());
        List<Decision> inForce = c.decisions().stream().filter(Decision::isInForce).toList();
        String chosenOrListed = String.join(" | ", inForce.stream().map(Decision::chosenOption).toList()) + " | "
                + String.join(" | ", c.techStack().stream().map(TechChoice::choice).toList());
        List<Container> containers = c.c4().containers();
        for (Map.Entry<String, List<String>> family : all.entrySet()) {
            List<String> chosenProducts = ProductRules.named(chosenOrListed, family.getValue());
            for (int i = 0; i < containers.size(); i++) {
                Container k = containers.get(i);
                for (String product : ProductRules.named(k.technology(), family.getValue())) {
                    if (!chosenProducts.contains(product)) {
                        out.add(error("c4.containers[" + i + "].technology", "container '" + k.id() + "' is built on " + product + " ('"
                                + k.technology() + "')" + priced(c, k) + ", but no decision in force chose " + product
                                + " and no tech-stack entry lists it: a product the design runs and pays for is chosen in an ADR or listed in the stack"));
                    }
                }
            }
        }
        for (String family : own.builtWhenChosen()) {
            for (int j = 0; j < c.decisions().size(); j++) {
                Decision d = c.decisions().get(j);
                if (d.isInForce()) {
                    built(c, j, d, own.families().get(family), out);
                }
            }
        }
        own.onePerDesign().forEach(family -> onePerDesign(c, family, own.families().get(family), out));
    }

    /** The cost lines on a container, named, so the message says what is paid for a product nobody chose. */
    private static String priced(Consultation c, Container k) {
        List<String> items = c.cost().items().stream().filter(item -> k.id().equals(item.containerId())).map(item -> "'" + item.id() + "'").toList();
        return items.isEmpty() ? "" : " and priced by " + String.join(", ", items);
    }

    /** Each product of the family the chosen option names is a container's or component's technology. */
    private static void built(Consultation c, int index, Decision d, List<String> family, List<Violation> out) {
        List<String> texts = new ArrayList<>();
        c.c4().containers().stream().map(Container::technology).forEach(texts::add);
        c.c4().components().stream().map(Component::technology).filter(java.util.Objects::nonNull).forEach(texts::add);
        // a product drawn as a system of its own in front of the design (the CDN) is built too
        c.c4().systems().stream().filter(dev.architect.dossier.SoftwareSystem::external).map(dev.architect.dossier.SoftwareSystem::name).forEach(texts::add);
        for (String product : ProductRules.named(d.chosenOption(), family)) {
            if (texts.stream().noneMatch(t -> ProductRules.named(t, family).contains(product))) {
                List<String> instead = c.c4().containers().stream().filter(k -> d.relatedElements().contains(k.id()))
                        .flatMap(k -> ProductRules.named(k.technology(), family).stream()).distinct().toList();
                out.add(new Violation(Severity.ERROR, "decisions[" + index + "].chosenOption", DossierValidator.Rule.CHOICE_CARRIED.id(),
                        "decision '" + d.id() + "' chose '" + d.chosenOption() + "' (" + product + "), but no container, component or external system is built on "
                                + product + (instead.isEmpty() ? "" : ": the parts it relates to are built on " + String.join(", ", instead))));
            }
        }
    }

    /** One product of the family across containers and chosen options: the first named is the design's, another is an error. */
    private static void onePerDesign(Consultation c, String name, List<String> family, List<Violation> out) {
        String first = null;
        String firstWhere = null;
        List<String[]> named = new ArrayList<>();
        for (int j = 0; j < c.decisions().size(); j++) {
            Decision d = c.decisions().get(j);
            if (d.isInForce()) {
                for (String p : ProductRules.named(d.chosenOption(), family)) {
                    named.add(new String[] {p, "decisions[" + j + "].chosenOption", "decision '" + d.id() + "' ('" + d.chosenOption() + "')"});
                }
            }
        }
        List<Container> containers = c.c4().containers();
        for (int i = 0; i < containers.size(); i++) {
            for (String p : ProductRules.named(containers.get(i).technology(), family)) {
                named.add(new String[] {p, "c4.containers[" + i + "].technology", "container '" + containers.get(i).id() + "' ('" + containers.get(i).technology() + "')"});
            }
        }
        List<dev.architect.dossier.SoftwareSystem> systems = c.c4().systems();
        for (int i = 0; i < systems.size(); i++) {
            if (systems.get(i).external()) {
                for (String p : ProductRules.named(systems.get(i).name(), family)) {
                    named.add(new String[] {p, "c4.systems[" + i + "].name", "system '" + systems.get(i).id() + "' ('" + systems.get(i).name() + "')"});
                }
            }
        }
        for (String[] n : named) {
            if (first == null) {
                first = n[0];
                firstWhere = n[2];
            } else if (!first.equals(n[0])) {
                out.add(error(n[1], n[2] + " names " + n[0] + ", but " + firstWhere + " names " + first + ": a design runs one " + name
                        + " product, and what runs at its edge runs on it"));
            }
        }
    }

    private static Violation error(String path, String message) {
        return new Violation(Severity.ERROR, path, DossierValidator.Rule.BUILT_IS_CHOSEN.id(), message);
    }
}
