package dev.architect.offline.internal.design;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.util.List;
import java.util.Optional;

/**
 * How a multi-tenant design keeps tenants apart in every store besides the relational database ({@code tenant-stores.yaml}):
 * the time-series store, the event stream, object storage, the search index and the cache each say how on their container.
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

    /** The file's layout. */
    record File(List<Entry> stores) {
    }

    private static final List<Entry> STANDARD = read();

    private TenantStores() {
    }

    private static List<Entry> read() {
        File file = DataFiles.shipped(RESOURCE, File.class, "tenant stores");
        if (file.stores() == null || file.stores().isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no stores");
        }
        return List.copyOf(file.stores());
    }

    /** How this container keeps tenants apart, when it is a store the file speaks of. */
    static Optional<String> how(Container c) {
        Words technology = Words.of(c.technology() == null ? "" : c.technology());
        return STANDARD.stream().filter(e -> e.kind() == c.kind() && (e.products().isEmpty() || technology.containsAny(e.products())))
                .findFirst().map(Entry::how);
    }

    /** The model with every store that holds tenant data, besides the relational database, saying how it keeps tenants apart. */
    static C4Model isolate(C4Model c4) {
        List<Container> containers = c4.containers().stream().map(c -> how(c)
                .map(how -> new Container(c.id(), c.name(), c.systemId(), c.kind(), c.technology(), c.description() + "; tenants kept apart by " + how))
                .orElse(c)).toList();
        return new C4Model(c4.people(), c4.systems(), containers, c4.components(), c4.relationships());
    }
}
