package dev.architect.benchmarks;

import dev.architect.deliverables.DossierWriter;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.HtmlPage;
import dev.architect.deliverables.document.JsonDocument;
import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SqlScript;
import dev.architect.deliverables.document.StructurizrWorkspace;
import dev.architect.deliverables.html.HtmlRenderer;
import dev.architect.deliverables.json.JsonRenderer;
import dev.architect.deliverables.markdown.MarkdownRenderer;
import dev.architect.deliverables.openapi.OpenApiRenderer;
import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.structurizr.StructurizrRenderer;
import dev.architect.dossier.Consultation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Each renderer, and the whole {@link DossierWriter} without SVG (in memory and onto disk), on the large dossier
 * ({@link Fixtures#largeDossier()}). SVG rendering is measured apart, in {@link SvgRenderingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderingBenchmark {

    private Consultation large;
    private List<PlantUmlDiagram> diagrams;
    private List<String> otherPaths;
    private DossierWriter writer;
    private Path folder;

    @Setup
    public void build() throws IOException {
        large = Fixtures.largeDossier();
        diagrams = new PlantUmlRenderer().render(large);
        writer = DossierWriter.builder().svg(false).overwrite(true).build();
        otherPaths = writer.deliverables(large).stream().map(Deliverable::path)
                .filter(p -> !p.endsWith(".md")).toList();
        folder = Files.createTempDirectory("architect-bench").resolve("dossier");
    }

    @TearDown
    public void clean() throws IOException {
        Fixtures.deleteTree(folder.getParent());
    }

    @Benchmark
    public List<PlantUmlDiagram> plantUml() {
        return new PlantUmlRenderer().render(large);
    }

    @Benchmark
    public List<OpenApiDocument> openApi() {
        return new OpenApiRenderer().render(large.apis());
    }

    @Benchmark
    public SqlScript sql() {
        return new SqlRenderer().render(large.dataModel());
    }

    @Benchmark
    public StructurizrWorkspace structurizr() {
        return new StructurizrRenderer().render(large);
    }

    @Benchmark
    public JsonDocument json() {
        return new JsonRenderer().render(large);
    }

    @Benchmark
    public HtmlPage html() {
        return new HtmlRenderer().render(large, diagrams, List.of());
    }

    @Benchmark
    public List<MarkdownDocument> markdown() {
        return new MarkdownRenderer().render(large, otherPaths);
    }

    @Benchmark
    public List<Deliverable> writerInMemory() {
        return writer.deliverables(large);
    }

    @Benchmark
    public Path writerToDisk() {
        return writer.write(large, folder);
    }
}
