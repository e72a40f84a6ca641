package dev.architect.benchmarks;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.testing.SampleDossiers;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating a dossier and its JSON round trip, on the small sample and on a large one (scale 12: at least 50
 * containers, 300 relationships, 40 ADRs, 200 API operations and 100 entities).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DossierModelBenchmark {

    @Param({"sample", "large"})
    public String dossier;

    private Consultation consultation;
    private String json;

    @Setup
    public void build() {
        consultation = dossier.equals("large") ? Fixtures.largeDossier() : SampleDossiers.shopFast();
        json = DossierJson.write(consultation);
    }

    @Benchmark
    public ValidationReport validate() {
        return DossierValidator.validate(consultation);
    }

    @Benchmark
    public String writeJson() {
        return DossierJson.write(consultation);
    }

    @Benchmark
    public Consultation readJson() {
        return DossierJson.read(json);
    }
}
