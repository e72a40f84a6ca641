package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stores' load as the cost priced it, fed back into the datastore decision: the writes and the data the design's own
 * processes add to a store (trail segments, kept as long as their part's retention says) are known only once the parts
 * are placed, after the decision was made on the capabilities' load. One re-decision pass sets the priced figures over the
 * request's, so the ADR reasons on the writes/s and GB the cost prices; and where a store passes what the chosen product
 * carries (one writer's capacity, the most data one instance holds), that option is ruled out and the decision is made
 * again: another product of the catalogue, or a partitioned one. Only when no option carries the load does a risk stay.
 */
final class PricedStoreLoad {

    private PricedStoreLoad() {
    }

    /** Passes at most: the priced load, then each product ruled out in turn; the catalogue has few datastore families. */
    static final int PASSES = 4;
    /** A priced figure this share above the one decided on is a different load; below it, rounding. */
    static final double TOLERANCE = 0.05;

    /**
     * The facts to decide again on, when the cost priced a load the datastore decision did not reason on or a store the
     * chosen product cannot carry; empty when the decision stands.
     *
     * @param a        the decisions as made
     * @param loads    each store's load as priced
     * @param limits   the figures the cost found past a limit
     * @param previous the facts set over the request's on this pass (empty on the first)
     * @return the facts for the next pass, or empty
     */
    static Optional<Facts> refeed(Architecture a, List<CostPlanner.StoreLoad> loads, List<CostPlanner.LimitNote> limits, Facts previous) {
        Optional<Choice> datastore = a.find(DecisionTopic.DATASTORE);
        if (datastore.isEmpty() || loads.isEmpty()) {
            return Optional.empty();
        }
        Facts decided = datastore.get().facts();
        Facts next = previous;
        boolean changed = false;
        List<CostPlanner.StoreLoad> flowing = loads.stream().filter(l -> l.flowWrites() > 0).toList();
        double pricedWrites = Numbers.round(loads.stream().mapToDouble(CostPlanner.StoreLoad::writes).sum(), 2);
        if (!flowing.isEmpty() && decided.has(Fact.PEAK_WRITES) && above(pricedWrites, decided.number(Fact.PEAK_WRITES))) {
            double flows = Numbers.round(flowing.stream().mapToDouble(CostPlanner.StoreLoad::flowWrites).sum(), 2);
            double own = Numbers.round(pricedWrites - flows, 2);
            next = next.with(Fact.PEAK_WRITES, pricedWrites, false, Numbers.format(own) + " writes/s of the capabilities ("
                    + decided.source(Fact.PEAK_WRITES).orElse("the request's load") + ") + " + Numbers.format(flows)
                    + " writes/s the design's own processes write into " + ids(flowing) + " as the cost prices them (" + texts(flowing) + ")");
            changed = true;
        }
        double kept = Numbers.round(flowing.stream().mapToDouble(CostPlanner.StoreLoad::flowHeldAtFiveYears).sum(), 2);
        if (kept > 0 && !previous.has(Fact.STORAGE_5Y_GB) && decided.has(Fact.STORAGE_5Y_GB) && above(decided.number(Fact.STORAGE_5Y_GB) + kept, decided.number(Fact.STORAGE_5Y_GB))) {
            double records = decided.number(Fact.STORAGE_5Y_GB);
            next = next.with(Fact.STORAGE_5Y_GB, Numbers.round(records + kept, 2), decided.isAssumed(Fact.STORAGE_5Y_GB), Numbers.format(records)
                    + " GB of the capabilities' records (" + decided.source(Fact.STORAGE_5Y_GB).orElse("the request's data") + ") + " + Numbers.format(kept)
                    + " GB the design's own processes keep in " + ids(flowing) + ", each for its own retention, as the cost prices it");
            changed = true;
        }
        if (changed) {
            return Optional.of(next); // decided again on the priced load first; a product is ruled out only on that load
        }
        // A store the chosen product cannot carry rules the option out, with the figure that says why
        String chosen = datastore.get().chosen().id();
        List<CostPlanner.LimitNote> past = past(loads, limits);
        if (!past.isEmpty() && !previous.ruledOut(chosen)) {
            String product = datastore.get().chosen().technologyOn(a.workload().cloud());
            String why = product + " (" + chosen + ") cannot carry " + String.join("; ", past.stream().map(CostPlanner.LimitNote::text).toList());
            next = ruledOut(next, chosen, why);
            changed = true;
        }
        return changed ? Optional.of(next) : Optional.empty();
    }

    /**
     * The facts that rule out a chosen datastore no part of the design would be built on: a time-series or wide-column
     * product keeps the readings a capability ingests, and where none does, every store would be the relational reference
     * store beside it, so the choice is made again; empty when the choice is built.
     *
     * @param a        the decisions as made on the priced load
     * @param t        the parts placed from them
     * @param previous the facts set over the request's on this pass
     * @return the facts with the unbuilt option ruled out, or empty
     */
    static Optional<Facts> unbuilt(Architecture a, Topology t, Facts previous) {
        Optional<Choice> datastore = a.find(DecisionTopic.DATASTORE);
        if (datastore.isEmpty() || !t.splitsReferenceData() || t.stores.containsKey(Topology.TELEMETRY_STORE)) {
            return Optional.empty();
        }
        String chosen = datastore.get().chosen().id();
        if (previous.ruledOut(chosen)) {
            return Optional.empty();
        }
        String product = datastore.get().chosen().technologyOn(a.workload().cloud());
        return Optional.of(ruledOut(previous, chosen, product + " (" + chosen + ") would hold no part of this design: no capability"
                + " ingests readings for it, so every store would be the relational reference store beside it"));
    }

    private static Facts ruledOut(Facts previous, String option, String why) {
        String ids = previous.has(Fact.RULED_OUT) ? previous.name(Fact.RULED_OUT) + ", " + option : option;
        String sources = previous.source(Fact.RULED_OUT).map(s -> s + "; ").orElse("") + why;
        return previous.with(Fact.RULED_OUT, ids, false, sources);
    }

    /**
     * Whether the chosen product carries every store of the decision: no store past one writer's capacity or past a
     * maximum the vendor does not raise.
     *
     * @param loads  each store's load as priced
     * @param limits the figures the cost found past a limit
     * @return true when nothing needs deciding again
     */
    static boolean carries(List<CostPlanner.StoreLoad> loads, List<CostPlanner.LimitNote> limits) {
        return past(loads, limits).isEmpty();
    }

    private static List<CostPlanner.LimitNote> past(List<CostPlanner.StoreLoad> loads, List<CostPlanner.LimitNote> limits) {
        Set<String> stores = new LinkedHashSet<>(loads.stream().map(CostPlanner.StoreLoad::id).toList());
        return limits.stream().filter(l -> stores.contains(l.element()) && !l.raisable()
                && (l.kind() == CostPlanner.LimitKind.WRITE_CAPACITY || l.kind() == CostPlanner.LimitKind.PRODUCT_LIMIT)).toList();
    }

    /** Whether the priced figure is a different, larger load than the one decided on. */
    private static boolean above(double priced, double decided) {
        return priced > decided * (1 + TOLERANCE) && priced - decided >= 1;
    }

    private static String ids(List<CostPlanner.StoreLoad> loads) {
        return Names.list(loads.stream().map(CostPlanner.StoreLoad::id).toList());
    }

    private static String texts(List<CostPlanner.StoreLoad> loads) {
        List<String> texts = new ArrayList<>();
        loads.forEach(l -> texts.add(l.id() + ": " + l.flowText()));
        return String.join("; ", texts);
    }
}
