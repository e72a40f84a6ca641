package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import java.util.List;

/** API style: REST, REST plus gRPC inside, or GraphQL; weighs the capabilities, the style and the latency target. */
public final class ApiStyleRule extends SectionRule {

    public ApiStyleRule() {
        super("apiStyle", ContainerKind.SERVICE, ContainerKind.FUNCTION, ContainerKind.API_GATEWAY);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.API_STYLE;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.PUBLIC_API);
    }
}
