package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;

/** Observability stack: the provider's monitoring or a self-run Grafana stack; weighs team size and cloud. */
public final class ObservabilityRule extends SectionRule {

    public ObservabilityRule() {
        super("observability", ContainerKind.SERVICE, ContainerKind.FUNCTION, ContainerKind.WORKER);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.OBSERVABILITY;
    }
}
