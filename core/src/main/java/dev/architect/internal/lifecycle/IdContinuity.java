package dev.architect.internal.lifecycle;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.Risk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ids a fresh dossier should take from the previous one, so that an element whose subject did not change keeps
 * its id and a difference never reads a rename as a removal and an addition. A model names elements afresh each
 * time; the offline architect names them the same, so for it nothing is renamed. Matched, in turn:
 * <ul>
 *   <li>containers by name, else by kind and technology;</li>
 *   <li>API specs by the container that exposes them, and their operations by method and path (the operationId
 *       follows);</li>
 *   <li>entities (tables) by name written any way ({@code Order}, {@code orders}), else by owner and the same
 *       columns;</li>
 *   <li>risks by title.</li>
 * </ul>
 * Only an element without a same-id counterpart is matched, each previous element at most once, and an id that names
 * elements of two kinds in the fresh dossier is never renamed (the rename would reach both). Deterministic.
 */
final class IdContinuity {

    private IdContinuity() {
    }

    /** Fresh id to previous id, for every element of {@code fresh} that should take its previous id. */
    static Map<String, String> renames(Consultation previous, Consultation fresh) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        ids(fresh).forEach(set -> set.forEach(id -> kinds.merge(id, 1, Integer::sum)));
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.putAll(match(previous.c4().containers(), fresh.c4().containers(), Container::id, List.of(
                (p, f) -> same(p.name(), f.name()),
                (p, f) -> p.kind() == f.kind() && same(p.technology(), f.technology()))));
        renamed.putAll(match(previous.apis(), fresh.apis(), ApiSpec::id, List.of(
                (p, f) -> p.containerId().equals(renamed.getOrDefault(f.containerId(), f.containerId())))));
        Map<String, ApiSpec> previousSpecs = new LinkedHashMap<>();
        previous.apis().forEach(s -> previousSpecs.putIfAbsent(s.id(), s));
        for (ApiSpec spec : fresh.apis()) {
            ApiSpec before = previousSpecs.get(renamed.getOrDefault(spec.id(), spec.id()));
            if (before != null) {
                renamed.putAll(match(before.operations(), spec.operations(), ApiOperation::operationId, List.of(
                        (p, f) -> p.method() == f.method() && route(p.path()).equals(route(f.path())))));
            }
        }
        renamed.putAll(match(previous.dataModel().entities(), fresh.dataModel().entities(), Entity::name, List.of(
                (p, f) -> table(p.name()).equals(table(f.name())),
                (p, f) -> p.ownerContainerId().equals(renamed.getOrDefault(f.ownerContainerId(), f.ownerContainerId()))
                        && columns(p).equals(columns(f)))));
        renamed.putAll(match(previous.risks(), fresh.risks(), Risk::id, List.of((p, f) -> same(p.title(), f.title()))));
        renamed.keySet().removeIf(id -> kinds.getOrDefault(id, 0) > 1);
        return renamed;
    }

    /**
     * Pairs each fresh element whose id the previous dossier lacks with the first previous element, not yet taken and
     * whose id the fresh dossier lacks, that a rule matches (rules in order of trust).
     */
    private static <T> Map<String, String> match(List<T> previous, List<T> fresh, Function<T, String> id, List<BiPredicate<T, T>> rules) {
        Set<String> freshIds = fresh.stream().map(id).collect(Collectors.toSet());
        Set<String> previousIds = previous.stream().map(id).collect(Collectors.toSet());
        List<T> open = new ArrayList<>(previous.stream().filter(p -> !freshIds.contains(id.apply(p))).toList());
        List<T> unmatched = fresh.stream().filter(f -> !previousIds.contains(id.apply(f))).toList();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (BiPredicate<T, T> rule : rules) {
            for (T f : unmatched) {
                if (renamed.containsKey(id.apply(f))) {
                    continue;
                }
                open.stream().filter(p -> rule.test(p, f)).findFirst().ifPresent(p -> {
                    renamed.put(id.apply(f), id.apply(p));
                    open.remove(p);
                });
            }
        }
        return renamed;
    }

    /** Every id the fresh dossier gives, one set per kind of element. */
    private static List<Set<String>> ids(Consultation c) {
        Set<String> elements = new HashSet<>();
        c.c4().people().forEach(p -> elements.add(p.id()));
        c.c4().systems().forEach(s -> elements.add(s.id()));
        c.c4().containers().forEach(x -> elements.add(x.id()));
        c.c4().components().forEach(x -> elements.add(x.id()));
        Set<String> specs = c.apis().stream().map(ApiSpec::id).collect(Collectors.toSet());
        Set<String> operations = c.apis().stream().flatMap(s -> s.operations().stream()).map(ApiOperation::operationId)
                .collect(Collectors.toSet());
        Set<String> tables = c.dataModel().entities().stream().map(Entity::name).collect(Collectors.toSet());
        Set<String> risks = c.risks().stream().map(Risk::id).collect(Collectors.toSet());
        Set<String> decisions = c.decisions().stream().map(d -> d.id()).collect(Collectors.toSet());
        return List.of(elements, specs, operations, tables, risks, decisions);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** A path with its parameters' names left out: {@code /orders/{id}} and {@code /orders/{orderId}} are one route. */
    private static String route(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** A table name without case, separators or a plural s: {@code OrderItem}, {@code order_items} are one table. */
    private static String table(String name) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
    }

    private static Set<String> columns(Entity e) {
        return e.fields().stream().map(EntityField::name).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
