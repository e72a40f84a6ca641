package dev.architect.benchmarks;

import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.plantuml.SvgRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times the SVG of each diagram of the large dossier ({@link Fixtures#largeDossier()}), one at a time after one
 * warm-up diagram, and prints the slowest ten with their size and the total, so the diagram that decides the
 * writer's wall time on a pool is visible. Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests -Pdiagram-times}.
 */
public final class DiagramRenderTimes {

    private DiagramRenderTimes() {
    }

    private record Timed(PlantUmlDiagram diagram, long nanos) {
    }

    public static void main(String[] args) {
        List<PlantUmlDiagram> diagrams = new PlantUmlRenderer().render(Fixtures.largeDossier());
        SvgRenderer renderer = new SvgRenderer();
        renderer.render(diagrams.get(diagrams.size() - 1)); // the first PlantUML call loads its classes and stdlib
        List<Timed> times = new ArrayList<>();
        for (PlantUmlDiagram diagram : diagrams) {
            long start = System.nanoTime();
            renderer.render(diagram);
            times.add(new Timed(diagram, System.nanoTime() - start));
        }
        long total = times.stream().mapToLong(Timed::nanos).sum();
        System.out.printf(Locale.ROOT, "%d diagrams, %.2f s one at a time%n", diagrams.size(), total / 1e9);
        System.out.printf(Locale.ROOT, "slowest ten:%n%9s %7s %6s  %s%n", "seconds", "lines", "rels", "diagram");
        times.stream().sorted(Comparator.comparingLong(Timed::nanos).reversed()).limit(10).forEach(t -> {
            String src = t.diagram().content();
            System.out.printf(Locale.ROOT, "%9.2f %7d %6d  %s%n", t.nanos() / 1e9, src.split("\n").length,
                    src.lines().filter(l -> l.startsWith("Rel(") || l.contains("->")).count(), t.diagram().path());
        });
    }
}
