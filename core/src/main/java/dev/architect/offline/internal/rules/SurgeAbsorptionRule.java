package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import java.util.List;

/**
 * How a short, sharp surge far above the base load is absorbed: autoscaling alone, scheduled pre-scaling, a virtual waiting
 * room admitting at the rate the write path sustains, or shedding non-critical reads. Decided only when the request states
 * a surge in its own figures ({@link SurgeAbsorption}); a steady load, however high, raises no decision.
 */
public final class SurgeAbsorptionRule extends SectionRule {

    public SurgeAbsorptionRule() {
        super(SurgeAbsorption.SECTION, ContainerKind.API_GATEWAY);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.SURGE_ABSORPTION;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.SURGE_FACTOR, Fact.SURGE_CROWD, Fact.ADMISSION_RATE);
    }

    @Override
    Fact raisedBy() {
        return Fact.SURGE_CONTENDED;
    }

    /** The waiting room the choice adds, when it adds one, besides the gateway and the CDN the surge comes through. */
    @Override
    List<String> relatedSystems() {
        return List.of(WAITING_ROOM_PART, "cdn");
    }

    /** The decided part's id ({@code archetypes.yaml} decidedParts WAITING_ROOM). */
    private static final String WAITING_ROOM_PART = dev.architect.offline.internal.archetype.Archetypes.standard()
            .decidedPart(dev.architect.offline.internal.archetype.DecidedPart.WAITING_ROOM).id();
}
