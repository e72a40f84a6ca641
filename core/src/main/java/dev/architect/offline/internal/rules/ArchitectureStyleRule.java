package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import java.util.List;

/**
 * Monolith, services or functions: weighs team size, the number of capabilities and whether one path's load
 * diverges from the rest. Records the chosen style and the number of deployable services for later rules.
 */
public final class ArchitectureStyleRule extends SectionRule {

    public ArchitectureStyleRule() {
        super("architectureStyle", ContainerKind.SERVICE, ContainerKind.FUNCTION, ContainerKind.API_GATEWAY);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.ARCHITECTURE_STYLE;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.PEAK_RPS);
    }

    @Override
    public Facts afterwards(Facts facts, List<Choice> choices) {
        String style = choices.get(0).shape();
        int capabilities = (int) facts.number(Fact.CAPABILITIES);
        int services = switch (style) {
            case "services", "functions" -> capabilities;
            case "monolith-satellites" -> 2;
            default -> 1;
        };
        return facts.with(Fact.STYLE, style, false, "the architecture style decision")
                .with(Fact.SERVICE_COUNT, services, false, "the architecture style decision");
    }
}
