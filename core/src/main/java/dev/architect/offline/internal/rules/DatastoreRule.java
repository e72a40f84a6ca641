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
        Facts chosenEngine = engine == null ? facts : facts.with(Fact.STORE_ENGINE, engine, false, "the datastore decision");
        // How the regions can run depends on it: a single writer with an RPO of 0 keeps one writing region
        Facts after = chosenEngine.with(Fact.SINGLE_PRIMARY, singleWriter(choices.get(0).chosen()), false, "the datastore decision");
        // The caching decision weighs reads against this store's own capacity as sized, not a catalogue constant
        CatalogueEntry chosen = choices.get(0).chosen();
        String product = facts.has(Fact.CLOUD) ? chosen.technologyOn(Cloud.of(facts.name(Fact.CLOUD))) : chosen.name();
        double writes = facts.has(Fact.PEAK_WRITES) ? facts.number(Fact.PEAK_WRITES) : 0;
        double reads = facts.has(Fact.PEAK_READS) ? facts.number(Fact.PEAK_READS) : 0;
        // Billed as the cost bills it on this cloud: a product billed per request has no read ceiling, nodes are the product's
        dev.architect.figures.StoreBilling billing = facts.has(Fact.CLOUD)
                ? dev.architect.figures.PriceTable.standard().storeBilling(Cloud.of(facts.name(Fact.CLOUD)), chosen.id())
                : dev.architect.figures.StoreBilling.INSTANCES;
        // A time-series or wide-column store keeps the readings; the records people read sit in the relational store beside it,
        // which takes the reads the caching decision weighs (its own writes are the records', not the readings')
        dev.architect.offline.internal.catalog.Shapes.Store shape = dev.architect.offline.internal.catalog.Shapes.of(
                dev.architect.offline.internal.catalog.Shapes.Store.class, chosen.shape());
        if (shape == dev.architect.offline.internal.catalog.Shapes.Store.TIME_SERIES || shape == dev.architect.offline.internal.catalog.Shapes.Store.WIDE_COLUMN) {
            CatalogueEntry records = choices.get(0).section().option(RELATIONAL_RECORDS);
            String recordsProduct = facts.has(Fact.CLOUD) ? records.technologyOn(Cloud.of(facts.name(Fact.CLOUD))) : records.name();
            return StoreReads.standard().of(records, recordsProduct, dev.architect.figures.StoreBilling.INSTANCES, 0, reads)
                    .map(c -> after.with(Fact.STORE_READ_CAPACITY, c.readsPerSecond(), false, c.basis()))
                    .orElse(after);
        }
        return StoreReads.standard().of(chosen, product, billing, writes, reads)
                .map(c -> after.with(Fact.STORE_READ_CAPACITY, c.readsPerSecond(), false, c.basis()))
                .orElse(after);
    }

    /**
     * Whether a datastore option takes every write on one primary: a relational option sized in instances (a primary and
     * its standby or replicas), not in nodes that each take writes.
     *
     * @param option a datastore option
     * @return true for a single writer
     */
    public static boolean singleWriter(CatalogueEntry option) {
        return dev.architect.offline.internal.catalog.Shapes.of(dev.architect.offline.internal.catalog.Shapes.Store.class, option.shape())
                == dev.architect.offline.internal.catalog.Shapes.Store.RELATIONAL && option.sizing().containsKey("instances");
    }

    /** The relational option whose instance figure the store of records beside a telemetry store reads on. */
    private static final String RELATIONAL_RECORDS = "relational-single";

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.READ_WRITE_RATIO);
    }
}
