package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
import java.util.List;

/** Caching and CDN: weighs the read/write ratio, reads at peak, the p99 target and how widely users are spread. */
public final class CachingRule extends SectionRule {

    public CachingRule() {
        super("caching", ContainerKind.CACHE, ContainerKind.DATABASE);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.CACHING;
    }

    /** The chosen database's read capacity as sized: the ceiling the option without a cache is held to. */
    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.STORE_READ_CAPACITY);
    }

    @Override
    List<String> relatedSystems() {
        return List.of("cdn");
    }
}
