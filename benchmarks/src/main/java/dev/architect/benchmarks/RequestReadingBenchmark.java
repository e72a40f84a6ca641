package dev.architect.benchmarks;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parsing and validating a realistic request document, YAML and JSON. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestReadingBenchmark {

    private String yaml;
    private String json;

    @Setup
    public void load() throws IOException {
        yaml = Files.readString(Fixtures.sampleRequest("shopfast-ecommerce.yaml"));
        ConsultationRequest parsed = RequestReader.readString(yaml);
        json = dev.architect.dossier.DossierJson.mapper().writeValueAsString(parsed);
    }

    @Benchmark
    public ConsultationRequest readYaml() {
        return RequestReader.readString(yaml);
    }

    @Benchmark
    public ConsultationRequest readJson() {
        return RequestReader.readString(json);
    }
}
