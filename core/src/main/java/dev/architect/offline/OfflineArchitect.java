package dev.architect.offline;

import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Requirements;
import dev.architect.figures.PriceTable;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.design.DossierAssembler;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The embedded, rule-based architect: a full dossier from a request with no model. Decisions come from named rules
 * scoring the options of a catalogue ({@code dev/architect/offline/catalogue.yaml}) against the request's figures;
 * capacity and cost come from arithmetic over a price table ({@code prices.yaml}); every figure the request leaves
 * out is an assumption in the dossier.
 *
 * <p>Deterministic: the same request on the same date gives a byte-identical {@link dev.architect.dossier.DossierJson}
 * document. No network or randomness is used, so metadata reports zero tokens and zero duration; the clock is read
 * only for the date of the consultation, against which the calendar dates a request states ("live by 2027-04-15",
 * "for the September term") become weeks of the roadmap: the system clock in UTC unless {@link #withClock} fixes it.
 * Immutable and thread-safe.
 */
public final class OfflineArchitect {

    private final DossierAssembler assembler;
    private final java.time.Clock clock;

    private OfflineArchitect(DossierAssembler assembler) {
        this(assembler, java.time.Clock.systemUTC());
    }

    private OfflineArchitect(DossierAssembler assembler, java.time.Clock clock) {
        this.assembler = assembler;
        this.clock = clock;
    }

    /**
     * The same architect reading the date of each consultation from this clock: the calendar dates a request states
     * are counted in weeks from it, so a fixed clock gives the same roadmap on any day.
     *
     * @param clock the clock; its zone decides which day "today" is
     * @return an architect sharing this one's catalogue and prices
     */
    public OfflineArchitect withClock(java.time.Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return new OfflineArchitect(assembler, clock);
    }

    /**
     * The architect with the catalogue and price table shipped in the SDK.
     *
     * @return the architect
     */
    public static OfflineArchitect create() {
        return reading(PriceTable::standard);
    }

    /**
     * Whether a request replaces a running system, so its dossier carries a migration: it describes its existing system,
     * or its words say it moves off one ("migrate from the mainframe", "replace our on-prem ERP"). The answer is the
     * design's own fact, so it always agrees with whether this architect's dossier carries a migration.
     *
     * @param request the request
     * @return true when a migration is owed
     */
    public boolean replacesARunningSystem(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        return assembler.replacesARunningSystem(request);
    }

    /**
     * The architect with the shipped catalogue and a price table of your own (negotiated or regional prices).
     *
     * @param prices the price table to quote from
     * @return the architect
     */
    public static OfflineArchitect withPrices(PriceTable prices) {
        Objects.requireNonNull(prices, "prices");
        return reading(() -> prices);
    }

    private static OfflineArchitect reading(java.util.function.Supplier<PriceTable> prices) {
        // In a fresh JVM, reading the shipped data files is the larger part of a first consultation. The largest three
        // besides the catalogue (archetypes, capability shapes, prices) are read on threads of their own, beside the
        // catalogue (this thread) and the design's other files (a fourth), so that both cores are busy until all are
        // read. Each file is still read once: its holder's class initialisation makes any other reader wait for it.
        java.util.concurrent.FutureTask<PriceTable> table = started("architect-offline-prices", prices::get);
        java.util.concurrent.FutureTask<Archetypes> archetypes = started("architect-offline-archetypes", Archetypes::standard);
        java.util.concurrent.FutureTask<CapabilityShapes> shapes = started("architect-offline-shapes", CapabilityShapes::standard);
        java.util.concurrent.FutureTask<Void> designFiles = started("architect-offline-data", () -> {
            DossierAssembler.readDesignFiles();
            return null;
        });
        Catalogue catalogue = Catalogue.standard();
        try {
            // A broken file: the error a consultation would raise, from the thread that read it (the others would
            // only see its holder's class as unusable), so the dedicated readers are asked first.
            OfflineArchitect architect = new OfflineArchitect(new DossierAssembler(catalogue, dev.architect.internal.Futures.result(table)));
            dev.architect.internal.Futures.result(archetypes);
            dev.architect.internal.Futures.result(shapes);
            dev.architect.internal.Futures.result(designFiles);
            return architect;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the consultation reads what is missing itself
            return new OfflineArchitect(new DossierAssembler(catalogue, prices.get()));
        }
    }

    /** A task started at once on a daemon thread of its own. */
    private static <T> java.util.concurrent.FutureTask<T> started(String name, java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread reader = new Thread(task, name);
        reader.setDaemon(true);
        reader.start();
        return task;
    }

    /**
     * The architect with a catalogue of your own: a copy of {@code catalogue.yaml} (shipped in this jar) whose
     * options, conditions, pros, cons and costs say what your organisation prefers. Prices stay the standard ones.
     *
     * @param catalogueYaml the catalogue file to read
     * @return the architect
     */
    public static OfflineArchitect withCatalogue(java.nio.file.Path catalogueYaml) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(catalogueYaml)) {
            return new OfflineArchitect(new DossierAssembler(Catalogue.read(in, catalogueYaml.toString()), PriceTable.standard()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read catalogue " + catalogueYaml, e);
        }
    }

    /**
     * The capacity plan of the design this architect makes for a request (the same as in its dossier).
     *
     * @param request the request
     * @return the capacity plan
     */
    public CapacityPlan capacity(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        return assembler.capacity(request);
    }

    /**
     * The cost of the design this architect makes for a request (the same as in its dossier).
     *
     * @param request the request
     * @return the cost estimate
     */
    public CostEstimate cost(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        return assembler.cost(request);
    }

    /**
     * Designs the system a request describes. Where the request is silent on something that would change a decision,
     * the recommended answer of {@link OfflineQuestions} is assumed and the question is listed among the open questions.
     *
     * @param request the request
     * @return the dossier
     */
    public Consultation consult(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        Consultation c = assembler.assemble(request, java.time.LocalDate.now(clock));
        Requirements r = c.requirements();
        java.util.Set<String> taken = new java.util.HashSet<>(r.openQuestions().stream().map(OpenQuestion::id).toList());
        r.assumptions().forEach(a -> taken.add(a.id()));
        r.functional().forEach(f -> taken.add(f.id()));
        r.qualityAttributes().forEach(q -> taken.add(q.id()));
        List<OpenQuestion> questions = new ArrayList<>(r.openQuestions());
        for (OpenQuestion q : OfflineQuestions.open(request)) {
            boolean peakAsked = q.id().equals("oq-spike") && taken.contains("oq-peak"); // the same figure, asked once
            if (!taken.contains(q.id()) && !peakAsked) {
                questions.add(q);
            }
        }
        Requirements withQuestions = new Requirements(r.functional(), r.qualityAttributes(), r.constraints(), r.assumptions(), questions);
        return new Consultation(c.system(), c.summary(), withQuestions, c.decisions(), c.c4(), c.sequences(), c.apis(), c.dataModel(),
                c.techStack(), c.risks(), c.operations(), c.capacity(), c.cost(), c.roadmap(), c.migration(), c.metadata());
    }
}
