package dev.architect.consultation;

import dev.architect.internal.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who the architect is: the system prompt every stage starts from. The default is the project's own persona
 * ({@code dev/architect/prompts/persona-v2.md}: the same rules as {@code persona-v1}, which is kept for callers that
 * pin it, in 60% of its characters); adjust it with a {@code focus} ("payments platforms"), extra guidance, and house
 * rules the design must obey ("we only run on Azure"). Immutable.
 *
 * <p>Persona text is trusted configuration and goes into the system prompt; the consultation request never does.
 */
public record Persona(String version, String focus, String extraGuidance, List<String> houseRules) {

    /** The persona prompt shipped with the SDK. */
    public static final String DEFAULT_VERSION = "persona-v2";

    /**
     * Checks that the persona prompt of {@code version} exists.
     *
     * @param version       the persona prompt, e.g. {@link #DEFAULT_VERSION}
     * @param focus         what to pay most attention to, or null
     * @param extraGuidance more instructions for the system prompt, or null
     * @param houseRules    rules every design must follow, e.g. "PostgreSQL only"
     */
    public Persona {
        Objects.requireNonNull(version, "version");
        Prompts.resource(version + ".md"); // fails now, not mid-consultation, when the version does not exist
        houseRules = List.copyOf(houseRules);
    }

    /**
     * The shipped persona with no focus, guidance or house rules.
     *
     * @return the default persona
     */
    public static Persona defaultPersona() {
        return new Persona(DEFAULT_VERSION, null, null, List.of());
    }

    /**
     * A copy with another focus.
     *
     * @param focus what to pay most attention to, or null
     * @return the new persona
     */
    public Persona withFocus(String focus) {
        return new Persona(version, focus, extraGuidance, houseRules);
    }

    /**
     * A copy with other extra guidance.
     *
     * @param extraGuidance more instructions for the system prompt, or null
     * @return the new persona
     */
    public Persona withExtraGuidance(String extraGuidance) {
        return new Persona(version, focus, extraGuidance, houseRules);
    }

    /**
     * A copy with other house rules.
     *
     * @param rules rules every design must follow
     * @return the new persona
     */
    public Persona withHouseRules(String... rules) {
        return new Persona(version, focus, extraGuidance, List.of(rules));
    }

    /**
     * The persona's system prompt, with focus, guidance and house rules filled in.
     *
     * @return the prompt
     */
    public String systemPrompt() {
        return Prompts.render(version + ".md", Map.of(
                "focus", focus == null || focus.isBlank() ? "" : "\nYour focus: " + focus.strip() + "\n",
                "guidance", extraGuidance == null || extraGuidance.isBlank() ? "" : "\n" + extraGuidance.strip() + "\n",
                "houseRules", houseRules.isEmpty() ? "" : "\n## House rules (these override any other preference)\n\n"
                        + houseRules.stream().map(r -> "- " + r.strip()).reduce((a, b) -> a + "\n" + b).orElse("") + "\n"));
    }
}
