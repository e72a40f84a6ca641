package dev.architect.offline.internal.rules;

import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Fact;
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

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.READ_WRITE_RATIO);
    }
}
