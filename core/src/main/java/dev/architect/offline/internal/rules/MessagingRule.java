package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import java.util.List;

/** Messaging and integration: weighs the asynchronous flows and the event rate at peak. */
public final class MessagingRule extends SectionRule {

    public MessagingRule() {
        super("messaging", ContainerKind.MESSAGE_BROKER, ContainerKind.WORKER, ContainerKind.SERVICE, ContainerKind.FUNCTION);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.MESSAGING;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.PEAK_WRITES);
    }
}
