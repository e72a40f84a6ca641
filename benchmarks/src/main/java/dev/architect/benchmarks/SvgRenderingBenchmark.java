package dev.architect.benchmarks;

import dev.architect.deliverables.DossierWriter;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.plantuml.SvgRenderer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drawing every diagram of the large dossier as SVG (PlantUML's own layout, smetana), alone and as part of the whole
 * {@link DossierWriter}. One call takes tens of seconds (81 diagrams; the 60-container view is split into an
 * overview and group views), so it runs as single shots, one warm-up and three measured, with its own command (see README);
 * the default {@code jmh.args} leave it out, since their iterations would take a quarter of an hour here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SvgRenderingBenchmark {

    private List<PlantUmlDiagram> diagrams;
    private DossierWriter writer;

    @Setup
    public void build() {
        diagrams = new PlantUmlRenderer().render(Fixtures.largeDossier());
        writer = DossierWriter.create();
    }

    /** One diagram at a time, as before the pool. */
    @Benchmark
    public List<SvgImage> svgOfEveryDiagram() {
        SvgRenderer renderer = new SvgRenderer();
        return diagrams.stream().map(renderer::render).toList();
    }

    /** The same images on the writer's default pool (one thread per processor). */
    @Benchmark
    public List<SvgImage> svgOfEveryDiagramOnThePool() {
        return new SvgRenderer().renderAll(diagrams, Runtime.getRuntime().availableProcessors());
    }

    @Benchmark
    public List<Deliverable> writerInMemoryWithSvg() {
        return writer.deliverables(Fixtures.largeDossier());
    }
}
