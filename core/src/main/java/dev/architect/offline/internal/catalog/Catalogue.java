package dev.architect.offline.internal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.request.ComplianceRegime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline architect's knowledge as data: {@code dev/architect/offline/catalogue.yaml}. Editing that file changes
 * what the rules recommend; the Java rules only say which section a decision draws on and which facts it shows.
 */
public record Catalogue(Map<String, Section> decisions, Map<String, Section> compliance, List<Language> languages,
                        Language defaultLanguage, List<ResourceShape> resources) {

    public static final String RESOURCE = "/dev/architect/offline/catalogue.yaml";

    public Catalogue {
        decisions = Map.copyOf(decisions);
        compliance = Map.copyOf(compliance);
        languages = List.copyOf(languages);
        resources = List.copyOf(resources);
        decisions.forEach((name, section) -> Shapes.check(name, section.options()));
        if (defaultLanguage == null) {
            throw new IllegalStateException("catalogue: defaultLanguage is missing");
        }
    }

    private static final class Holder {
        static final Catalogue STANDARD = load(RESOURCE);
    }

    /** The catalogue shipped with the SDK, loaded once. */
    public static Catalogue standard() {
        return Holder.STANDARD;
    }

    static Catalogue load(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource " + resource + " is missing from the classpath");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A catalogue in the layout of the shipped one, e.g. a team's copy with its own house rules. */
    public static Catalogue read(InputStream in, String source) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        byte[] text;
        try {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + source + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return yaml.readValue(text, Catalogue.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            // Name the entry: "at resources.[4].flow (id 'orders')", with the first line of what is wrong (a value not in its vocabulary).
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            Throwable cause = e.getCause() instanceof IllegalStateException ise ? ise : e;
            String message = cause.getMessage() == null ? "unreadable" : cause.getMessage().lines().findFirst().orElse("unreadable");
            throw new IllegalStateException("catalogue " + source + " at " + at + entryOnPath(yaml, text, e.getPath()) + ": " + message, e);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The id of the innermost entry on the path of a load error, as " (id 'mqtt-broker')": a value rejected before its
     * entry is built (a burden or flow outside its vocabulary) still names the entry. Empty when no entry on the path has one.
     */
    private static String entryOnPath(ObjectMapper yaml, byte[] text, List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = yaml.readTree(text);
        } catch (IOException e) {
            return "";
        }
        String id = null;
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : path) {
            node = r.getFieldName() != null ? node.path(r.getFieldName()) : node.path(r.getIndex());
            if (node.path("id").isTextual()) {
                id = node.path("id").asText();
            }
        }
        return id == null ? "" : " (id '" + id + "')";
    }

    /** The options of a decision section, e.g. {@code datastore}. */
    public Section section(String name) {
        Section s = decisions.get(name);
        if (s == null) {
            throw new IllegalStateException("catalogue has no section '" + name + "'");
        }
        return s;
    }

    /** The control options for a regime, if the catalogue covers it. */
    public Optional<Section> compliance(ComplianceRegime regime) {
        return Optional.ofNullable(compliance.get(regime.label()));
    }

    /** The resource shape whose words occur in a capability name, judged by its name alone. */
    public Optional<ResourceShape> resourceFor(String capability) {
        return resourceFor(capability, null);
    }

    /**
     * The resource shape whose words occur in a capability name, where a word with another sense claims only with
     * context in the request ({@link #requestContext}): "events" are readings only beside devices or sensors.
     */
    public Optional<ResourceShape> resourceFor(String capability, Words request) {
        Words words = Words.of(capability);
        return resources.stream().filter(r -> r.claims(words, request)).findFirst();
    }

    /** What a request says around its capabilities, for the words that need context: description, goals, actors, integrations. */
    public static Words requestContext(dev.architect.request.ConsultationRequest request) {
        StringBuilder text = new StringBuilder(request.description() == null ? "" : request.description());
        request.goals().forEach(g -> text.append(". ").append(g));
        request.actors().forEach(a -> text.append(". ").append(a.name()).append(' ').append(a.description() == null ? "" : a.description()));
        request.integrations().forEach(i -> text.append(". ").append(i.name()).append(' ').append(i.purpose() == null ? "" : i.purpose()));
        return Words.of(text.toString());
    }

    /**
     * The language and framework the team lists: the entry matching most of its skills (Python and Django make Django,
     * not FastAPI), then the one whose skill the team lists first, then catalogue order; the default when none matches.
     */
    public Language languageFor(List<String> expertise) {
        Language best = defaultLanguage;
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        for (Language l : languages) {
            int count = 0;
            int first = Integer.MAX_VALUE;
            for (int i = 0; i < expertise.size(); i++) {
                if (Words.of(expertise.get(i)).containsAny(l.match())) {
                    count++;
                    first = Math.min(first, i);
                }
            }
            if (count > bestCount || (count == bestCount && count > 0 && first < bestFirst)) {
                best = l;
                bestCount = count;
                bestFirst = first;
            }
        }
        return best;
    }

    /** The team's own words for the chosen language or framework, in the order the team lists them; empty when none match. */
    public static List<String> listedFor(Language language, List<String> expertise) {
        return expertise.stream().filter(skill -> Words.of(skill).containsAny(language.match())).toList();
    }
}
