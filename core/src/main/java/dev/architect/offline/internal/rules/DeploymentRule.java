package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import java.util.List;

/** Deployment platform: PaaS, managed containers, Kubernetes or functions; weighs team size, services and scale. */
public final class DeploymentRule extends SectionRule {

    public DeploymentRule() {
        super("deployment", ContainerKind.SERVICE, ContainerKind.FUNCTION, ContainerKind.WORKER, ContainerKind.API_GATEWAY);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.DEPLOYMENT;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.CLOUD);
    }
}
