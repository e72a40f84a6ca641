package dev.architect.offline.internal.archetype;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of domain archetypes, {@code dev/architect/offline/archetypes.yaml}, and their recognition in a
 * request: an archetype is present when one of its phrases occurs, as whole words, in a capability, the description,
 * a goal or an integration. Closed vocabularies (container kinds, decision topics, column types, HTTP methods,
 * constraint kinds) are enums bound when the file is read, so a bad entry fails at load naming it.
 */
public record Archetypes(List<Archetype> archetypes) {

    public static final String RESOURCE = "/dev/architect/offline/archetypes.yaml";

    public Archetypes {
        archetypes = List.copyOf(archetypes == null ? List.of() : archetypes);
        Set<String> ids = new HashSet<>();
        for (Archetype a : archetypes) {
            if (!ids.add(a.id())) {
                throw new IllegalStateException("archetype '" + a.id() + "' is defined twice");
            }
        }
        Set<String> components = new HashSet<>();
        Set<String> entities = new HashSet<>();
        Set<String> operations = new HashSet<>();
        for (Archetype a : archetypes) {
            a.components().forEach(c -> unique(components, c.id(), a, "component"));
            a.entities().forEach(e -> unique(entities, e.name(), a, "entity"));
            a.operations().forEach(o -> unique(operations, o.id(), a, "operation"));
        }
        for (Archetype a : archetypes) {
            for (String with : a.onlyWith()) {
                if (archetypes.stream().noneMatch(x -> x.id().equals(with))) {
                    throw new IllegalStateException("archetype '" + a.id() + "' is only recognised with unknown archetype '" + with + "'");
                }
            }
            for (Archetype.Yield y : a.yieldsTo()) {
                if (archetypes.stream().noneMatch(x -> x.id().equals(y.archetype()))) {
                    throw new IllegalStateException("archetype '" + a.id() + "' yields to unknown archetype '" + y.archetype() + "'");
                }
            }
            Set<String> reachable = new HashSet<>();
            Set<String> reachableEntities = new HashSet<>();
            for (String required : a.requires()) {
                Archetype r = archetypes.stream().filter(x -> x.id().equals(required)).findFirst().orElseThrow(() ->
                        new IllegalStateException("archetype '" + a.id() + "' requires unknown archetype '" + required + "'"));
                r.components().forEach(c -> reachable.add(c.id()));
                r.entities().forEach(e -> reachableEntities.add(e.name()));
            }
            for (String e : a.borrowedEntities()) {
                if (!reachableEntities.contains(e)) {
                    throw new IllegalStateException("archetype '" + a.id() + "': a table refers to entity '" + e
                            + "', which is neither its own nor one of an archetype it requires");
                }
            }
            for (String p : a.borrowedParticipants()) {
                if (!reachable.contains(p)) {
                    throw new IllegalStateException("archetype '" + a.id() + "': flow participant '" + p
                            + "' is neither a role, its own component or external, nor a component of an archetype it requires");
                }
            }
        }
    }

    private static void unique(Set<String> seen, String id, Archetype a, String kind) {
        if (!seen.add(id)) {
            throw new IllegalStateException("archetype '" + a.id() + "': " + kind + " '" + id + "' is also defined by another archetype");
        }
    }

    private static final class Holder {
        static final Archetypes STANDARD = load();
    }

    /** The archetypes shipped with the SDK, read once. */
    public static Archetypes standard() {
        return Holder.STANDARD;
    }

    private static Archetypes load() {
        try (InputStream in = Archetypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("archetype catalogue " + RESOURCE + " is missing from the classpath");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("archetype catalogue " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads an archetype catalogue; the error names the file, the entry and what is wrong with it. */
    public static Archetypes read(InputStream in, String source) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try {
            return yaml.readValue(in, Archetypes.class);
        } catch (JsonMappingException e) {
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            Throwable cause = e.getCause() instanceof IllegalStateException ise ? ise : e;
            throw new IllegalStateException("archetype catalogue " + source + " at " + at + ": " + firstLine(cause.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("archetype catalogue " + source + " cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    public Optional<Archetype> byId(String id) {
        return archetypes.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The archetypes a request names, in catalogue order, each with its evidence. */
    public List<Recognised> recognise(ConsultationRequest request, List<String> capabilities) {
        List<Recognised> out = new ArrayList<>();
        for (Archetype a : archetypes) {
            List<Evidence> evidence = new ArrayList<>();
            List<String> claimed = new ArrayList<>();
            for (String c : capabilities) {
                Optional<String> hit = Words.of(c).firstMatch(a.phrases(), a.notWithin());
                if (hit.isPresent()) {
                    evidence.add(new Evidence(RequestField.CAPABILITY, hit.get(), c));
                    claimed.add(c);
                }
            }
            find(a, RequestField.DESCRIPTION, request.description()).ifPresent(evidence::add);
            for (String goal : request.goals()) {
                find(a, RequestField.GOAL, goal).ifPresent(evidence::add);
            }
            for (Integration i : request.integrations()) {
                find(a, RequestField.INTEGRATION, i.name() + (i.purpose() == null ? "" : ": " + i.purpose())).ifPresent(evidence::add);
            }
            Optional<Archetype.External> mustBeNamed = a.namedSystemRequired();
            if (mustBeNamed.isPresent() && !evidence.isEmpty()) {
                List<Evidence> named = namings(request, capabilities, mustBeNamed.get().phrases());
                if (named.isEmpty()) {
                    continue; // the request never names the system the mechanism integrates with
                }
                // The naming is the evidence that counts: show it first, once.
                List<Evidence> rest = evidence.stream().filter(e -> named.stream().noneMatch(n -> n.field() == e.field() && n.text().equals(e.text()))).toList();
                evidence.clear();
                evidence.addAll(named);
                evidence.addAll(rest);
            }
            if (!evidence.isEmpty()) {
                // Words too general to recognise the archetype still name capabilities it designs once it is present.
                for (String c : capabilities) {
                    Optional<String> hit = Words.of(c).firstMatch(a.alsoClaims(), a.notWithin());
                    if (!claimed.contains(c) && hit.isPresent()) {
                        evidence.add(new Evidence(RequestField.CAPABILITY, hit.get(), c));
                        claimed.add(c);
                    }
                }
                claimed.sort(java.util.Comparator.comparingInt(capabilities::indexOf)); // the first in the request places it
                out.add(new Recognised(a, evidence, claimed));
            }
        }
        // A general archetype gives way to a more specific one recognised on the same words ("payments" when matching bank transfers).
        List<Recognised> recognised = List.copyOf(out);
        out.removeIf(r -> r.archetype().yieldsTo().stream().anyMatch(y ->
                recognised.stream().anyMatch(x -> x.archetype().id().equals(y.archetype()))
                        && r.evidence().stream().allMatch(e -> y.phrases().contains(e.phrase()))));
        // An archetype whose words mean something only beside another ("documents" of cases) needs that one recognised.
        List<Recognised> onTheirOwn = List.copyOf(out);
        out.removeIf(r -> !r.archetype().onlyWith().stream().allMatch(with -> onTheirOwn.stream().anyMatch(x -> x.archetype().id().equals(with))));
        // One whose tables refer to another's and that names no capability of its own is placed with it, so its rows
        // live beside the rows they refer to (two signatures beside the cases they approve).
        List<Recognised> hosts = List.copyOf(out);
        out.replaceAll(r -> r.capabilities().isEmpty() && !r.archetype().borrowedEntities().isEmpty() ? r.archetype().requires().stream()
                .flatMap(req -> hosts.stream().filter(x -> x.archetype().id().equals(req) && !x.capabilities().isEmpty()))
                .findFirst().map(host -> new Recognised(r.archetype(), r.evidence(), host.capabilities().subList(0, 1))).orElse(r) : r);
        // An archetype that builds on another (presence on the realtime connection) brings it along, saying why.
        List<Recognised> withRequired = new ArrayList<>(out);
        for (Recognised r : out) {
            for (String required : r.archetype().requires()) {
                if (withRequired.stream().noneMatch(x -> x.archetype().id().equals(required))) {
                    byId(required).ifPresent(a -> withRequired.add(new Recognised(a, List.of(new Evidence(RequestField.ARCHETYPE,
                            r.evidence().get(0).phrase(), r.archetype().name())), r.capability().stream().toList())));
                }
            }
        }
        // Catalogue order by id (ids are unique): indexOf would compare whole archetype records field by field.
        List<String> order = archetypes.stream().map(Archetype::id).toList();
        withRequired.sort(java.util.Comparator.comparingInt(x -> order.indexOf(x.archetype().id())));
        return withRequired;
    }

    private static Optional<Evidence> find(Archetype a, RequestField field, String text) {
        return find(a.phrases(), a.notWithin(), field, text);
    }

    private static Optional<Evidence> find(List<String> phrases, RequestField field, String text) {
        return find(phrases, List.of(), field, text);
    }

    private static Optional<Evidence> find(List<String> phrases, List<String> notWithin, RequestField field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Words.of(text).firstMatch(phrases, notWithin).map(p -> new Evidence(field, p, text.strip()));
    }

    /** Where the request names an external system by one of its phrases: integrations first, then the text fields. */
    private static List<Evidence> namings(ConsultationRequest request, List<String> capabilities, List<String> phrases) {
        List<Evidence> out = new ArrayList<>();
        for (Integration i : request.integrations()) {
            find(phrases, RequestField.INTEGRATION, i.name() + (i.purpose() == null ? "" : ": " + i.purpose())).ifPresent(out::add);
        }
        find(phrases, RequestField.DESCRIPTION, request.description()).ifPresent(out::add);
        for (String goal : request.goals()) {
            find(phrases, RequestField.GOAL, goal).ifPresent(out::add);
        }
        for (String c : capabilities) {
            find(phrases, RequestField.CAPABILITY, c).ifPresent(out::add);
        }
        return out;
    }
}
