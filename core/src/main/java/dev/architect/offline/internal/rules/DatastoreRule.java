package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
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
        return engine == null ? facts : facts.with(Fact.STORE_ENGINE, engine, false, "the datastore decision");
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.READ_WRITE_RATIO);
    }
}
