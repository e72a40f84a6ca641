package dev.architect.offline;

import dev.architect.dossier.Consultation;
import dev.architect.offline.cost.PriceTable;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.design.DossierAssembler;
import dev.architect.request.ConsultationRequest;
import java.util.Objects;

/**
 * The embedded, rule-based architect: a full dossier from a request with no model. Decisions come from named rules
 * scoring the options of a catalogue ({@code dev/architect/offline/catalogue.yaml}) against the request's figures;
 * capacity and cost come from arithmetic over a price table ({@code prices.yaml}); every figure the request leaves
 * out is an assumption in the dossier.
 *
 * <p>Deterministic: the same request gives a byte-identical {@link dev.architect.dossier.DossierJson} document. No
 * clock, network or randomness is used, so metadata reports zero tokens and zero duration. Immutable and thread-safe.
 */
public final class OfflineArchitect {

    private final DossierAssembler assembler;

    private OfflineArchitect(DossierAssembler assembler) {
        this.assembler = assembler;
    }

    /** The architect with the catalogue and price table shipped in the SDK. */
    public static OfflineArchitect create() {
        return new OfflineArchitect(new DossierAssembler(Catalogue.standard(), PriceTable.standard()));
    }

    /** Designs the system a request describes. */
    public Consultation consult(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        return assembler.assemble(request);
    }
}
