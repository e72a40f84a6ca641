package dev.architect.offline.internal.rules;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import java.util.List;

/** Availability and disaster recovery: single zone, multi-zone or multi-region from the target, RPO and RTO. */
public final class AvailabilityRule extends SectionRule {

    public AvailabilityRule() {
        super("availability", ContainerKind.SERVICE, ContainerKind.DATABASE, ContainerKind.FUNCTION, ContainerKind.CACHE,
                ContainerKind.MESSAGE_BROKER);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.AVAILABILITY;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.RPO_MINUTES);
    }

    @Override
    public List<Consequence> extraConsequences(Choice choice) {
        Facts f = choice.facts();
        double budgetMinutes = (100 - f.number(Fact.AVAILABILITY)) / 100 * 30 * 24 * 60;
        return List.of(new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL,
                "The " + Numbers.format(f.number(Fact.AVAILABILITY)) + "% target allows " + Numbers.format(budgetMinutes)
                        + " minutes of downtime in a 30-day month; failover is drilled to prove the "
                        + Numbers.format(f.number(Fact.RTO_MINUTES)) + "-minute RTO"));
    }
}
