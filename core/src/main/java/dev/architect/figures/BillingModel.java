package dev.architect.figures;

/** How a managed data store is billed, which decides the line items it is priced with. */
public enum BillingModel {
    /** Provisioned database instances plus storage per GB-month. */
    INSTANCES,
    /** Nodes sized by write rate plus storage on the nodes. */
    NODES,
    /** Per million writes and reads plus storage per GB-month; nothing to size. */
    PER_REQUEST,
    /** Per GB written (batched), a memory tier for recent data and a cheaper tier for the rest; nothing to size. */
    PER_GB_WRITTEN,
    /**
     * Provisioned instances on one shared cluster volume (Aurora): the instances are billed each, the storage once per
     * cluster (its replication across zones is in the price), plus storage I/O per million requests.
     */
    CLUSTER
}
