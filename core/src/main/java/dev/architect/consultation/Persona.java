package dev.architect.consultation;

import dev.architect.internal.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who the architect is: the system prompt every stage starts from. The default is the project's own persona
 * ({@code dev/architect/prompts/persona-v1.md}); adjust it with a {@code focus} ("payments platforms"), extra
 * guidance, and house rules the design must obey ("we only run on Azure"). Immutable.
 *
 * <p>Persona text is trusted configuration and goes into the system prompt; the consultation request never does.
 */
public record Persona(String version, String focus, String extraGuidance, List<String> houseRules) {

    public static final String DEFAULT_VERSION = "persona-v1";

    public Persona {
        Objects.requireNonNull(version, "version");
        Prompts.resource(version + ".md"); // fails now, not mid-consultation, when the version does not exist
        houseRules = List.copyOf(houseRules);
    }

    public static Persona defaultPersona() {
        return new Persona(DEFAULT_VERSION, null, null, List.of());
    }

    public Persona withFocus(String focus) {
        return new Persona(version, focus, extraGuidance, houseRules);
    }

    public Persona withExtraGuidance(String extraGuidance) {
        return new Persona(version, focus, extraGuidance, houseRules);
    }

    public Persona withHouseRules(String... rules) {
        return new Persona(version, focus, extraGuidance, List.of(rules));
    }

    /** The persona's system prompt, with focus, guidance and house rules filled in. */
    public String systemPrompt() {
        return Prompts.render(version + ".md", Map.of(
                "focus", focus == null || focus.isBlank() ? "" : "\nYour focus: " + focus.strip() + "\n",
                "guidance", extraGuidance == null || extraGuidance.isBlank() ? "" : "\n" + extraGuidance.strip() + "\n",
                "houseRules", houseRules.isEmpty() ? "" : "\n## House rules (these override any other preference)\n\n"
                        + houseRules.stream().map(r -> "- " + r.strip()).reduce((a, b) -> a + "\n" + b).orElse("") + "\n"));
    }
}
