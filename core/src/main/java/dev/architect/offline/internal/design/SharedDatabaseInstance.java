package dev.architect.offline.internal.design;

import dev.architect.figures.ResourceNeed;
import dev.architect.internal.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance of a node-priced managed database that holds a database per owning service (Spanner: up to 100 databases
 * an instance): the services' stores are sized together, at the combined write rate over the nodes one instance needs,
 * instead of each paying an instance of its own at the product's minimum. Each service keeps its own database and
 * schema; only the nodes are shared.
 */
final class SharedDatabaseInstance {

    private record Member(String id, double writes, String writesText, String loadText) {
    }

    private final ProductFacts.SharedInstance fact;
    private final String nodeKind;
    private final double minNodes;
    private final double perNode;
    private final List<Member> members = new ArrayList<>();

    SharedDatabaseInstance(ProductFacts.SharedInstance fact, String nodeKind, double minNodes, double perNode) {
        this.fact = fact;
        this.nodeKind = nodeKind;
        this.minNodes = minNodes;
        this.perNode = perNode;
    }

    /** Adds a store's database: its writes at peak as the nodes are sized on them, and its load as the cost line states it. */
    void add(String id, double writes, String writesText, String loadText) {
        members.add(new Member(id, writes, writesText, loadText));
    }

    /** The store the line is filed under: the one writing the most. */
    String lead() {
        return members.stream().max(java.util.Comparator.comparingDouble(Member::writes)).orElseThrow().id();
    }

    /** The nodes one instance needs for the combined writes, at least the product's minimum. */
    int nodes() {
        return (int) Math.max(minNodes, Math.ceil(writes() / perNode));
    }

    double writes() {
        return members.stream().mapToDouble(Member::writes).sum();
    }

    List<String> ids() {
        return members.stream().map(Member::id).toList();
    }

    /**
     * The line of the instance's nodes.
     *
     * @param kind the price kind (the multi-region node's where the instance spans regions)
     * @param count the nodes billed
     * @param where how the instance is placed across the regions and billed, after the node count
     */
    ResourceNeed line(String kind, int count, String name, String where) {
        String sum = members.size() == 1 ? members.get(0).writesText()
                : "(" + String.join(" + ", members.stream().map(Member::writesText).toList()) + " = " + Numbers.format(Numbers.round(writes(), 2)) + " writes/s)";
        String loads = String.join("; ", members.stream().map(m -> m.id() + ": " + m.loadText()).toList());
        return ResourceNeed.flat("shared-database-nodes", name, lead(), kind, count, count + " nodes: max(" + Numbers.format(minNodes) + ", ceil("
                + sum + " / " + Numbers.format(perNode) + " per node)) in one instance holding a database for each of " + String.join(", ", ids())
                + " (" + fact.product() + ", " + fact.source() + ", checked " + fact.checked() + "; each service owns its database and schema, "
                + "the nodes are shared)" + where + "; " + loads);
    }

    /** The cost note that says why there is one instance, not one per service. */
    String note(int count, String product) {
        return "[shared-instance] " + String.join(", ", ids()) + " are databases of one " + product + " instance of " + count
                + (count == 1 ? " node" : " nodes") + ", sized for their combined " + Numbers.format(Numbers.round(writes(), 2))
                + " writes/s at peak, not an instance each at the product's minimum of " + Numbers.format(minNodes) + " nodes: one instance holds up to "
                + fact.databases() + " databases (" + fact.source() + "). Each service still owns its database, its schema and its migrations, "
                + "and only it and its own processes read or write it; a store whose data sits in a compliance scope of its own keeps a dedicated instance";
    }

    double minNodes() {
        return minNodes;
    }

    String nodeKind() {
        return nodeKind;
    }
}
