package dev.architect.offline.internal.design;

import dev.architect.request.ComplianceRegime;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roadmap's planning figures, {@code dev/architect/offline/delivery.yaml}: the effort of its fixed phases and what
 * each compliance regime adds before launch. A bad figure or an unknown regime fails at load naming the entry.
 */
record DeliveryFigures(Effort foundation, Effort routing, Effort hardening, List<RegimeWork> regimes, ParallelRun parallelRun,
                       DataMigration dataMigration, Cutover cutover, Effort decommission) {

    static final String RESOURCE = "/dev/architect/offline/delivery.yaml";

    /** A phase's effort and how many people can share it before they get in each other's way. */
    record Effort(double personWeeks, int maxParallel) {
        Effort {
            if (personWeeks <= 0 || maxParallel < 1) {
                throw new IllegalStateException("an effort needs positive personWeeks and maxParallel of at least 1, not "
                        + personWeeks + " and " + maxParallel);
            }
        }
    }

    /** The parallel run's length: whole business cycles, more of them where money moves. */
    record ParallelRun(int cycleWeeks, int cycles, int cyclesWithMoney) {
        ParallelRun {
            if (cycleWeeks < 1 || cycles < 1 || cyclesWithMoney < cycles) {
                throw new IllegalStateException("parallelRun needs cycleWeeks and cycles of at least 1 and cyclesWithMoney of at least cycles");
            }
        }

        /** Calendar weeks of the parallel run. */
        int weeks(boolean moneyMoves) {
            return cycleWeeks * (moneyMoves ? cyclesWithMoney : cycles);
        }
    }

    /** What the data migration adds to its archetype's effort per capability moved and per terabyte loaded. */
    record DataMigration(double perCapabilityPersonWeeks, double perTerabytePersonWeeks, int maxParallel) {
        DataMigration {
            if (perCapabilityPersonWeeks < 0 || perTerabytePersonWeeks < 0 || maxParallel < 1) {
                throw new IllegalStateException("dataMigration needs non-negative efforts and maxParallel of at least 1");
            }
        }
    }

    /**
     * The cutover: the rehearsals' and the runbook's effort, the hypercare after it, how long writes flow back to the old
     * system so a rollback loses nothing, the words that state a window, and the window assumed when none is stated.
     */
    record Cutover(double personWeeks, int maxParallel, int hypercareWeeks, int rollbackWindowDays, List<String> windowPhrases, String assumedWindow) {
        Cutover {
            if (personWeeks <= 0 || maxParallel < 1 || hypercareWeeks < 0 || rollbackWindowDays < 1) {
                throw new IllegalStateException("cutover needs positive personWeeks, maxParallel and rollbackWindowDays");
            }
            windowPhrases = List.copyOf(windowPhrases == null ? List.of() : windowPhrases);
            if (assumedWindow == null || assumedWindow.isBlank()) {
                throw new IllegalStateException("cutover needs the window assumed when the request states none");
            }
        }
    }

    /** How a regime is assured before launch. */
    enum Assurance {
        /** An outside assessor examines the controls. */
        AUDIT,
        /** The system itself is formally qualified for its intended use. */
        VALIDATION,
        /** An assessment the team writes itself. */
        PRIVACY,
        /** A questionnaire the organisation answers and attests itself (PCI DSS SAQ A), no assessor on site. */
        SELF_ASSESSMENT
    }

    /**
     * A yearly count of things at or above which a row applies ("over 6 million card transactions a year" makes a
     * Level 1 merchant), read from the counts the request states whose noun is one of {@code counting}.
     */
    record Volume(long atLeastPerYear, List<String> counting) {
        Volume {
            counting = List.copyOf(counting == null ? List.of() : counting);
            if (atLeastPerYear <= 0 || counting.isEmpty()) {
                throw new IllegalStateException("a volume needs a positive atLeastPerYear and the items it counts");
            }
        }

        /** The first stated count of these items at or above the threshold, a year. */
        Optional<dev.architect.internal.facts.StatedCount> metBy(List<dev.architect.internal.facts.StatedCount> stated) {
            return stated.stream().filter(c -> counting.stream().anyMatch(c::counts)).filter(c -> perYear(c) >= atLeastPerYear).findFirst();
        }

        static double perYear(dev.architect.internal.facts.StatedCount c) {
            return c.period() == dev.architect.internal.facts.StatedCount.Period.YEAR ? c.stated() : c.perMonth() * 12;
        }
    }

    /**
     * What one regime adds to hardening: the team's evidence work and the outside party's own calendar weeks. A regime
     * may have several rows: one for any design (no {@code options}, no {@code volume}), others for the shapes of the
     * chosen compliance option they apply to ({@code options}: the assessment a hosted payment page needs is not the one
     * an own card vault needs), or for a stated volume that sets the assessment whatever the design ({@code volume}).
     */
    record RegimeWork(ComplianceRegime regime, List<String> options, List<String> unlessSaid, Volume volume, Assurance assurance,
                      double personWeeks, int assessorWeeks, String work) {
        RegimeWork {
            unlessSaid = List.copyOf(unlessSaid == null ? List.of() : unlessSaid);
            if (regime == null || assurance == null) {
                throw new IllegalStateException("a regime entry needs a regime and an assurance");
            }
            options = List.copyOf(options == null ? List.of() : options);
            if (personWeeks < 0 || assessorWeeks < 0) {
                throw new IllegalStateException("regime " + regime.label() + ": personWeeks and assessorWeeks cannot be negative");
            }
            if ((assurance == Assurance.AUDIT || assurance == Assurance.VALIDATION) && assessorWeeks == 0) {
                throw new IllegalStateException("regime " + regime.label() + ": an " + assurance + " takes the assessor's own weeks");
            }
            if (work == null || work.isBlank()) {
                throw new IllegalStateException("regime " + regime.label() + ": say what the work is");
            }
        }

        /** A row for any design and any volume: the regime's default. */
        boolean general() {
            return options.isEmpty() && volume == null && unlessSaid.isEmpty();
        }
    }

    /**
     * The row that applies to a design, and why when a stated volume chose it: "the stated 20,000,000 a year
     * (description \"20 million card transactions a year\") reaches 6,000,000".
     */
    record Chosen(RegimeWork work, Optional<String> because) {
    }

    DeliveryFigures {
        if (foundation == null || routing == null || hardening == null || parallelRun == null || dataMigration == null || cutover == null || decommission == null) {
            throw new IllegalStateException("foundation, routing, hardening, parallelRun, dataMigration, cutover and decommission are all required");
        }
        regimes = List.copyOf(regimes == null ? List.of() : regimes);
        Map<ComplianceRegime, Long> counts = regimes.stream().filter(RegimeWork::general)
                .collect(Collectors.groupingBy(RegimeWork::regime, Collectors.counting()));
        regimes.stream().map(RegimeWork::regime).distinct().forEach(r -> {
            long n = counts.getOrDefault(r, 0L);
            if (n != 1) {
                throw new IllegalStateException("regime " + r.label() + " needs exactly one row without options or volume (for any design), not " + n);
            }
        });
    }

    /** What a regime adds whatever the design, or empty when the file lists nothing for it. */
    Optional<RegimeWork> work(ComplianceRegime regime) {
        return regimes.stream().filter(r -> r.regime() == regime && r.general()).findFirst();
    }

    /**
     * What a regime adds to this design: a row whose stated volume the request reaches comes first (a Level 1 merchant
     * needs its Report on Compliance whatever the checkout), then the row for the shape of the chosen compliance option,
     * then the regime's general row.
     *
     * @param regime the regime
     * @param chosenShape the shape of the option the design chose for it, when the catalogue has a decision for it
     * @param stated the counts the request states
     * @param said the request's words, which a row's {@code unlessSaid} keeps it from
     */
    Optional<Chosen> work(ComplianceRegime regime, Optional<String> chosenShape, List<dev.architect.internal.facts.StatedCount> stated,
                          dev.architect.offline.internal.catalog.Words said) {
        List<RegimeWork> rows = regimes.stream().filter(r -> r.regime() == regime).toList();
        for (RegimeWork r : rows) {
            if (r.volume() != null && (r.options().isEmpty() || chosenShape.filter(r.options()::contains).isPresent())) {
                Optional<dev.architect.internal.facts.StatedCount> met = r.volume().metBy(stated);
                if (met.isPresent()) {
                    var c = met.get();
                    return Optional.of(new Chosen(r, Optional.of("the stated " + dev.architect.internal.Numbers.format(Volume.perYear(c)) + " a year ("
                            + c.field() + " \"" + c.phrase() + "\") reaches " + dev.architect.internal.Numbers.format(r.volume().atLeastPerYear()))));
                }
            }
        }
        return rows.stream().filter(r -> r.volume() == null && !r.options().isEmpty() && chosenShape.filter(r.options()::contains).isPresent())
                        .filter(r -> !said.containsAny(r.unlessSaid()))
                .findFirst().or(() -> work(regime)).map(r -> new Chosen(r, Optional.empty()));
    }

    /** The work the request's regimes add to this design, in the request's order. */
    List<Chosen> work(Collection<ComplianceRegime> regimes, Map<ComplianceRegime, String> chosenShapes,
                      List<dev.architect.internal.facts.StatedCount> stated, dev.architect.offline.internal.catalog.Words said) {
        return regimes.stream().distinct().map(r -> work(r, Optional.ofNullable(chosenShapes.get(r)), stated, said)).flatMap(Optional::stream).toList();
    }

    private static final class Holder {
        static final DeliveryFigures STANDARD = load();
    }

    static DeliveryFigures standard() {
        return Holder.STANDARD;
    }

    private static DeliveryFigures load() {
        return dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, DeliveryFigures.class, "delivery figures");
    }

    /** Reads a figures file; the error names the file, the entry and what is wrong with it. */
    static DeliveryFigures read(InputStream in, String source) {
        return dev.architect.offline.internal.catalog.DataFiles.read(in, source, DeliveryFigures.class, "delivery figures");
    }
}
