package dev.architect.benchmarks;

import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.plantuml.SvgRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times the SVG of each diagram of the large dossier ({@link Fixtures#largeDossier()}), one at a time, and prints
 * the slowest ten (median of the passes, with their size) and the sum of the medians, so the diagram that decides the
 * writer's wall time on a pool is visible. One warm-up diagram first (the first PlantUML call loads its classes and
 * stdlib). Argument: the passes over every diagram, 3 by default. Run:
 * {@code mvn -B -q -pl benchmarks -am package -DskipTests -Pdiagram-times [-Ddiagram.passes=N]}.
 */
public final class DiagramRenderTimes {

    private DiagramRenderTimes() {
    }

    private record Timed(PlantUmlDiagram diagram, long medianNanos) {
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<PlantUmlDiagram> diagrams = new PlantUmlRenderer().render(Fixtures.largeDossier());
        SvgRenderer renderer = new SvgRenderer();
        renderer.render(diagrams.get(diagrams.size() - 1));
        long[][] nanos = new long[diagrams.size()][passes];
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < diagrams.size(); i++) {
                long start = System.nanoTime();
                renderer.render(diagrams.get(i));
                nanos[i][pass] = System.nanoTime() - start;
            }
        }
        List<Timed> times = new ArrayList<>();
        for (int i = 0; i < diagrams.size(); i++) {
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            times.add(new Timed(diagrams.get(i), sorted[passes / 2]));
        }
        long total = times.stream().mapToLong(Timed::medianNanos).sum();
        System.out.printf(Locale.ROOT, "%d diagrams, %.2f s one at a time (sum of the medians of %d passes)%n",
                diagrams.size(), total / 1e9, passes);
        System.out.printf(Locale.ROOT, "slowest ten:%n%9s %7s %6s  %s%n", "seconds", "lines", "rels", "diagram");
        times.stream().sorted(Comparator.comparingLong(Timed::medianNanos).reversed()).limit(10).forEach(t -> {
            String src = t.diagram().content();
            System.out.printf(Locale.ROOT, "%9.2f %7d %6d  %s%n", t.medianNanos() / 1e9, src.lines().count(),
                    src.lines().filter(l -> l.matches("(Bi)?Rel\\(.*|\\S+ -+>+ \\S+ : .*")).count(), t.diagram().path());
        });
    }
}
