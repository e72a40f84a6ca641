package dev.architect.offline.internal.design;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.util.List;
import java.util.Optional;

/**
 * How a multi-tenant design keeps tenants apart in every store ({@code tenant-stores.yaml}): the relational database by a
 * mechanism its product has (a row policy on PostgreSQL or SQL Server; keys and a query-layer guard on Spanner or MySQL),
 * and the time-series store, the event stream, object storage, the search index and the cache each say how on their container.
 * Kinds are bound to {@link ContainerKind} when the file is read, and an unknown key fails there, naming the file.
 */
final class TenantStores {

    static final String RESOURCE = "/dev/architect/offline/tenant-stores.yaml";

    /** One way a kind of store (a product of it, when {@code products} is given) keeps tenants apart. */
    record Entry(ContainerKind kind, List<String> products, String how) {
        Entry {
            if (kind == null || how == null || how.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": an entry needs a kind and how it keeps tenants apart");
            }
            products = products == null ? List.of() : List.copyOf(products);
        }
    }

    /**
     * How a database product that holds the tenant-owned tables keeps tenants apart: by its own row policy (each table's
     * {@code TENANT_ISOLATED} constraint, with {@code how} as its reason) or, on a product without one, by keys and a
     * query-layer guard the database container states.
     */
    record Table(List<String> products, Boolean rowSecurity, String how) {
        Table {
            if (rowSecurity == null || how == null || how.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": tables entry " + products + " needs rowSecurity (true or false) and how it keeps tenants apart");
            }
            products = products == null ? List.of() : List.copyOf(products);
        }

        boolean fits(String technology) {
            return products.isEmpty() || Words.of(technology == null ? "" : technology).containsAny(products);
        }
    }

    /** The file's layout. */
    record File(List<Table> tables, List<Entry> stores) {
    }

    private static final File STANDARD = checked(DataFiles.shipped(RESOURCE, File.class, "tenant stores"), RESOURCE);

    private TenantStores() {
    }

    /** The file, with stores and tables, and a last tables entry without products that speaks for any other product. */
    static File checked(File file, String source) {
        if (file.stores() == null || file.stores().isEmpty()) {
            throw new IllegalStateException(source + ": no stores");
        }
        if (file.tables() == null || file.tables().isEmpty() || !file.tables().get(file.tables().size() - 1).products().isEmpty()) {
            throw new IllegalStateException(source + ": tables needs a last entry without products, for any other database product");
        }
        return new File(List.copyOf(file.tables()), List.copyOf(file.stores()));
    }

    /** How a database running this product keeps the tenant-owned tables apart: the first entry that fits it. */
    static Table tables(String technology) {
        return STANDARD.tables().stream().filter(t -> t.fits(technology)).findFirst().orElseThrow();
    }

    /**
     * How this database keeps the tenant-owned tables in it apart: the tables entry its product names; else, for a store
     * the {@code stores} entries speak of (DynamoDB, Cassandra: partition keys), no row policy and what that entry says;
     * else the entry for any other product.
     */
    static Table tables(Container database) {
        Table table = tables(database.technology());
        if (!table.products().isEmpty()) {
            return table;
        }
        return how(database).map(how -> new Table(List.of(), false, how)).orElse(table);
    }

    /** How this container keeps tenants apart, when it is a store the file speaks of. */
    static Optional<String> how(Container c) {
        if (c.kind() == ContainerKind.DATABASE) {
            // a product without a row policy keeps the tables apart by keys and a guard, said on its container
            Optional<String> guarded = STANDARD.tables().stream().filter(t -> !t.products().isEmpty() && t.fits(c.technology()))
                    .findFirst().filter(t -> !t.rowSecurity()).map(Table::how);
            if (guarded.isPresent()) {
                return guarded;
            }
        }
        Words technology = Words.of(c.technology() == null ? "" : c.technology());
        return STANDARD.stores().stream().filter(e -> e.kind() == c.kind() && (e.products().isEmpty() || technology.containsAny(e.products())))
                .findFirst().map(Entry::how);
    }

    /** The model with every store that holds tenant data, besides a database with row policies, saying how it keeps tenants apart. */
    static C4Model isolate(C4Model c4) {
        List<Container> containers = c4.containers().stream().map(c -> how(c)
                .map(how -> new Container(c.id(), c.name(), c.systemId(), c.kind(), c.technology(), c.description() + "; tenants kept apart by " + how))
                .orElse(c)).toList();
        return new C4Model(c4.people(), c4.systems(), containers, c4.components(), c4.relationships());
    }
}
