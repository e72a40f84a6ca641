package dev.architect.offline.internal.design;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.request.ComplianceRegime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
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
        PRIVACY
    }

    /** What one regime adds to hardening: the team's evidence work and the outside party's own calendar weeks. */
    record RegimeWork(ComplianceRegime regime, Assurance assurance, double personWeeks, int assessorWeeks, String work) {
        RegimeWork {
            if (regime == null || assurance == null) {
                throw new IllegalStateException("a regime entry needs a regime and an assurance");
            }
            if (personWeeks < 0 || assessorWeeks < 0) {
                throw new IllegalStateException("regime " + regime.label() + ": personWeeks and assessorWeeks cannot be negative");
            }
            if (assurance != Assurance.PRIVACY && assessorWeeks == 0) {
                throw new IllegalStateException("regime " + regime.label() + ": an " + assurance + " takes the assessor's own weeks");
            }
            if (work == null || work.isBlank()) {
                throw new IllegalStateException("regime " + regime.label() + ": say what the work is");
            }
        }
    }

    DeliveryFigures {
        if (foundation == null || routing == null || hardening == null || parallelRun == null || dataMigration == null || cutover == null || decommission == null) {
            throw new IllegalStateException("foundation, routing, hardening, parallelRun, dataMigration, cutover and decommission are all required");
        }
        regimes = List.copyOf(regimes == null ? List.of() : regimes);
        Map<ComplianceRegime, Long> counts = regimes.stream().collect(Collectors.groupingBy(RegimeWork::regime, Collectors.counting()));
        counts.forEach((r, n) -> {
            if (n > 1) {
                throw new IllegalStateException("regime " + r.label() + " is listed " + n + " times");
            }
        });
    }

    /** What a regime adds, or empty when the file lists nothing for it. */
    Optional<RegimeWork> work(ComplianceRegime regime) {
        return regimes.stream().filter(r -> r.regime() == regime).findFirst();
    }

    /** The work the request's regimes add, in the request's order. */
    List<RegimeWork> work(Collection<ComplianceRegime> regimes) {
        Map<ComplianceRegime, RegimeWork> out = new EnumMap<>(ComplianceRegime.class);
        regimes.forEach(r -> work(r).ifPresent(x -> out.put(r, x)));
        return regimes.stream().distinct().map(out::get).filter(x -> x != null).toList();
    }

    private static final class Holder {
        static final DeliveryFigures STANDARD = load();
    }

    static DeliveryFigures standard() {
        return Holder.STANDARD;
    }

    private static DeliveryFigures load() {
        try (InputStream in = DeliveryFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Reads a figures file; the error names the file, the entry and what is wrong with it. */
    static DeliveryFigures read(InputStream in, String source) {
        try {
            return MAPPER.readValue(in, DeliveryFigures.class);
        } catch (JsonMappingException e) {
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            Throwable cause = e.getCause();
            String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalStateException("delivery figures " + source + " at " + at + ": " + message, e);
        } catch (IOException e) {
            throw new UncheckedIOException("delivery figures " + source + " cannot be read: " + e.getMessage(), e);
        }
    }
}
