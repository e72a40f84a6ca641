package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.request.Cloud;
import dev.architect.offline.internal.catalog.Facts;
import java.util.List;

/** The primary datastore: weighs the write and read rate at peak, the data held after five years, and its shape. */
public final class DatastoreRule extends SectionRule {

    public DatastoreRule() {
        super("datastore", ContainerKind.DATABASE);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.DATASTORE;
    }

    /** Later decisions (how a booking stays unique) see which engine holds the relational data. */
    @Override
    public Facts afterwards(Facts facts, List<Choice> choices) {
        String engine = choices.get(0).chosen().engine();
        Facts after = engine == null ? facts : facts.with(Fact.STORE_ENGINE, engine, false, "the datastore decision");
        // The caching decision weighs reads against this store's own capacity as sized, not a catalogue constant
        CatalogueEntry chosen = choices.get(0).chosen();
        String product = facts.has(Fact.CLOUD) ? chosen.technologyOn(Cloud.of(facts.name(Fact.CLOUD))) : chosen.name();
        double writes = facts.has(Fact.PEAK_WRITES) ? facts.number(Fact.PEAK_WRITES) : 0;
        return StoreReads.standard().of(chosen, product, writes)
                .map(c -> after.with(Fact.STORE_READ_CAPACITY, c.readsPerSecond(), false, c.basis()))
                .orElse(after);
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.READ_WRITE_RATIO);
    }
}
