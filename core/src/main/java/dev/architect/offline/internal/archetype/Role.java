package dev.architect.offline.internal.archetype;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of every design an archetype's flow may name besides its own components: the first person using the
 * system, the first member of staff (or that person), the first device (or person when there is none), the entry point (gateway or monolith), the unit serving
 * the archetype's capability, its relational database, the store of time-series history, and the shared broker
 * (the unit itself, dispatching in process, when the design has no broker), the search index (the relational store when
 * search runs in the database), the identity provider (managed, or the identity server the design runs) and the object
 * storage where the design keeps files.
 */
public enum Role {
    ACTOR, STAFF, DEVICE, WEB, ENTRY, UNIT, STORE, HISTORY, BROKER, SEARCH, IDP,
    /** The running system a migration replaces. */
    LEGACY,
    /** The integrated system that keeps a handed-off capability's records (the operator's maintenance system). */
    INTEGRATION,
    /**
     * Where the records another capability owns are read (the board a PDF export draws): the service that owns them when
     * they live in another service's store, else the store they share with this capability.
     */
    SOURCE,
    /**
     * Where devices and site gateways send readings: the API gateway when the design has one, else the service that takes
     * them in (the unit serving the archetype's capability), never the application people use.
     */
    INGRESS,
    /**
     * The object storage holding the files an archetype of the design keeps (snapshots, exports, uploads); a step naming it
     * is left out of a design that keeps no files there.
     */
    FILES,
    /**
     * The external system that sends the archetype's files in (a modality pushing studies with DICOM C-STORE, a partner's
     * file drop), as {@code integration-directions.yaml} reads the integrations' purposes; the first person when none does.
     */
    SENDER;

    public static Optional<Role> of(String name) {
        return Arrays.stream(values()).filter(r -> r.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
    }
}
