package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;
import net.sourceforge.plantuml.version.Version;

/**
 * Renders PlantUML to SVG in-process. PlantUML reads its security profile once per JVM, at its first use: loading
 * this class sets {@code PLANTUML_SECURITY_PROFILE=SANDBOX} unless the application chose a profile itself, so an
 * {@code !include} of a local file or URL can never pull data into a diagram. Needs {@code plantuml-mit} on the class
 * path (an optional dependency of architect-deliverables); thread-safe: each diagram gets its own PlantUML reader and
 * layout (smetana keeps its state per layout), so diagrams may render concurrently.
 */
public final class SvgRenderer {

    static {
        if (System.getProperty("PLANTUML_SECURITY_PROFILE") == null && System.getenv("PLANTUML_SECURITY_PROFILE") == null) {
            System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        }
    }

    /**
     * The SVG of a diagram; a diagram PlantUML cannot draw raises a {@link DeliverableException} naming its file.
     *
     * @param diagram the PlantUML source
     * @return the drawn image
     */
    public SvgImage render(PlantUmlDiagram diagram) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramDescription description;
        try {
            description = new SourceStringReader(diagram.content()).outputImage(out, new FileFormatOption(FileFormat.SVG));
        } catch (IOException | RuntimeException e) {
            throw new DeliverableException(diagram.path() + ": PlantUML failed to render: " + e.getMessage(), e);
        }
        if (description == null || description.getDescription() == null || description.getDescription().contains("(Error)")) {
            throw new DeliverableException(diagram.path() + ": PlantUML reports a syntax error");
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        return new SvgImage(diagram.pathWithExtension("svg"), diagram.title(), svg.endsWith("\n") ? svg : svg + "\n");
    }

    /**
     * The SVG of every diagram, in the order given, rendered on at most {@code threads} threads of a pool that lives
     * only for this call. The result does not depend on {@code threads}: each image depends on its own source only.
     * If several diagrams fail, the exception is the first failing diagram's in list order.
     *
     * @param diagrams the sources, in the order of the result
     * @param threads  how many to draw at once, at least 1
     * @return the images, one per diagram, in the same order
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public List<SvgImage> renderAll(List<PlantUmlDiagram> diagrams, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        int poolSize = Math.min(threads, diagrams.size());
        if (poolSize <= 1) {
            return diagrams.stream().map(this::render).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, new SvgThreads());
        try {
            // Largest sources first, so one big diagram does not start last and leave the other threads idle.
            List<Integer> largestFirst = IntStream.range(0, diagrams.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> diagrams.get(i).content().length()).reversed())
                    .toList();
            List<Future<SvgImage>> futures = new ArrayList<>(diagrams.size());
            diagrams.forEach(d -> futures.add(null));
            for (int i : largestFirst) {
                PlantUmlDiagram diagram = diagrams.get(i);
                futures.set(i, pool.submit(() -> render(diagram)));
            }
            List<SvgImage> images = new ArrayList<>(diagrams.size());
            for (Future<SvgImage> future : futures) {
                images.add(await(future));
            }
            return List.copyOf(images);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The PlantUML version that draws the images, as it appears in each SVG ({@code <?plantuml VERSION?>}).
     *
     * @return the version string
     */
    public static String plantUmlVersion() {
        return Version.versionString();
    }

    private static SvgImage await(Future<SvgImage> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DeliverableException("SVG rendering failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliverableException("SVG rendering was interrupted", e);
        }
    }

    /** Daemon threads, so a caller that never returns (a killed build) cannot keep the JVM alive. */
    private static final class SvgThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "architect-svg-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
