package dev.architect.benchmarks;

import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A whole offline consultation (rules, capacity and cost arithmetic, every dossier part) for each sample request. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OfflineConsultationBenchmark {

    @Param({"shopfast-ecommerce.yaml", "bookshelf-legacy-migration.yaml", "carelink-healthcare.yaml", "fleetpulse-iot.yaml",
            "paylane-payments.yaml", "tasktrack-saas.yaml"})
    public String request;

    private ConsultationRequest parsed;
    private OfflineArchitect architect;

    @Setup
    public void load() {
        parsed = RequestReader.read(Fixtures.sampleRequest(request));
        architect = OfflineArchitect.create();
    }

    @Benchmark
    public Consultation consult() {
        return architect.consult(parsed);
    }
}
