package dev.architect.offline.internal.catalog;

import dev.architect.request.ComplianceRegime;
import java.io.InputStream;
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
        return DataFiles.shipped(resource, Catalogue.class, "catalogue");
    }

    /** A catalogue in the layout of the shipped one, e.g. a team's copy with its own house rules. */
    public static Catalogue read(InputStream in, String source) {
        return DataFiles.read(in, source, Catalogue.class, "catalogue");
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
