package dev.architect.deliverables;

import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.plantuml.SvgRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SVG images of a dossier's diagrams: rendered on a bounded pool, except those an earlier dossier in the same
 * folder already holds for an unchanged source. Reuse needs the old {@code .puml} byte-identical to the new one and
 * its {@code .svg} drawn by the same PlantUML version ({@code <?plantuml VERSION?>} inside), so a reused image is the
 * one rendering would give.
 */
final class SvgImages {

    private SvgImages() {
    }

    /** One image per diagram, in the diagrams' order; {@code previousDossier} may be null or missing. */
    static List<SvgImage> of(List<PlantUmlDiagram> diagrams, int threads, Path previousDossier) {
        SvgRenderer renderer = new SvgRenderer();
        Map<Integer, SvgImage> reused = new HashMap<>();
        if (previousDossier != null && Files.isDirectory(previousDossier, LinkOption.NOFOLLOW_LINKS)) {
            String marker = "<?plantuml " + SvgRenderer.plantUmlVersion() + "?>";
            for (int i = 0; i < diagrams.size(); i++) {
                int index = i;
                previous(previousDossier, diagrams.get(i), marker).ifPresent(svg -> reused.put(index, svg));
            }
        }
        List<PlantUmlDiagram> toRender = new ArrayList<>();
        for (int i = 0; i < diagrams.size(); i++) {
            if (!reused.containsKey(i)) {
                toRender.add(diagrams.get(i));
            }
        }
        List<SvgImage> rendered = renderer.renderAll(toRender, threads);
        List<SvgImage> images = new ArrayList<>(diagrams.size());
        int next = 0;
        for (int i = 0; i < diagrams.size(); i++) {
            images.add(reused.containsKey(i) ? reused.get(i) : rendered.get(next++));
        }
        return List.copyOf(images);
    }

    /** Draws a small C4 diagram on a daemon thread, loading PlantUML's classes and its C4 library; errors are ignored. */
    static void warmUpInBackground() {
        PlantUmlDiagram sample = new PlantUmlDiagram("diagrams/warm-up.puml", "warm-up", String.join("\n",
                "@startuml", "!pragma layout smetana", "!include <C4/C4_Container>", "Person(user, \"User\")",
                "System_Boundary(b, \"System\") {", "Container(app, \"App\", \"Java\", \"Serves\")", "}",
                "Rel(user, app, \"Uses\", \"HTTPS\")", "@enduml", ""));
        Thread thread = new Thread(() -> {
            try {
                new SvgRenderer().render(sample);
            } catch (RuntimeException | LinkageError ignored) {
                // Only a head start: the real rendering reports any problem.
            }
        }, "architect-svg-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static Optional<SvgImage> previous(Path folder, PlantUmlDiagram diagram, String marker) {
        Path source = folder.resolve(diagram.path());
        Path image = folder.resolve(diagram.pathWithExtension("svg"));
        try {
            if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(image, LinkOption.NOFOLLOW_LINKS)
                    || !Arrays.equals(Files.readAllBytes(source), diagram.bytes())) {
                return Optional.empty();
            }
            String svg = Files.readString(image, StandardCharsets.UTF_8);
            if (!svg.startsWith("<svg") || !svg.contains(marker) || !svg.endsWith("</svg>\n")) {
                return Optional.empty();
            }
            return Optional.of(new SvgImage(diagram.pathWithExtension("svg"), diagram.title(), svg));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // not reusable (unreadable, not UTF-8, not a clean image): render it again
        }
    }
}
