package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import java.util.List;

/** User identity and service-to-service trust: managed OIDC, self-hosted, or a zero-trust mesh between services. */
public final class IdentityRule extends SectionRule {

    public IdentityRule() {
        super("identity", ContainerKind.SERVICE, ContainerKind.API_GATEWAY, ContainerKind.WEB_APP);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.SECURITY;
    }

    @Override
    List<String> relatedSystems() {
        return List.of("identity-provider");
    }
}
