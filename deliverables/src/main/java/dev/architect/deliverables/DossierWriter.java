package dev.architect.deliverables;

import dev.architect.deliverables.html.HtmlRenderer;
import dev.architect.deliverables.json.JsonRenderer;
import dev.architect.deliverables.markdown.MarkdownRenderer;
import dev.architect.deliverables.openapi.OpenApiRenderer;
import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.structurizr.StructurizrRenderer;
import dev.architect.dossier.Consultation;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a dossier as a folder of files people read and tools consume:
 *
 * <pre>
 * README.md, decisions/NNNN-slug.md, risks.md, operations.md, cost.md
 * diagrams/*.puml (+ .svg)      C4 context, containers, components; sequences; data model (SVG needs PlantUML)
 * api/&lt;container&gt;.openapi.yaml (+ .json)
 * data/schema.sql, workspace.dsl, consultation.json, index.html
 * </pre>
 *
 * <p>The folder is written into a temporary sibling and moved into place, so a failure leaves no half-written
 * dossier; the same dossier always gives byte-identical files. A non-empty target folder is refused unless
 * {@linkplain Builder#overwrite(boolean) overwrite} is set. Immutable and thread-safe.
 *
 * <pre>{@code
 * DossierWriter.create().write(consultation, Path.of("docs/architecture"));
 * List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(consultation);
 * }</pre>
 */
public final class DossierWriter {

    private final SvgChoice svg;
    private final java.time.LocalDate decisionDate;
    private final boolean overwrite;
    private final int svgThreads;

    private DossierWriter(Builder builder) {
        this.svg = builder.svg;
        this.decisionDate = builder.decisionDate;
        this.overwrite = builder.overwrite;
        this.svgThreads = builder.svgThreads;
    }

    /** SVG when PlantUML is on the class path, overwrite off. */
    public static DossierWriter create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every file of the dossier, in a stable order, without touching the disk.
     *
     * @throws DeliverableException if the dossier breaks a cross-reference rule, two files would share a path, or a
     *                              diagram cannot be rendered
     */
    public List<Deliverable> deliverables(Consultation consultation) {
        return deliverables(consultation, null);
    }

    /** As {@link #deliverables(Consultation)}, reusing the SVG images of {@code previousDossier} whose source is unchanged. */
    private List<Deliverable> deliverables(Consultation consultation, Path previousDossier) {
        ValidationReport report = DossierValidator.validate(consultation);
        if (report.hasErrors()) {
            throw new DeliverableException("dossier of '" + consultation.system() + "' is not consistent: " + report.describe());
        }
        List<PlantUmlDiagram> diagrams = new PlantUmlRenderer().render(consultation);
        List<SvgImage> images = drawsSvg() ? SvgImages.of(diagrams, svgThreads, previousDossier) : List.of();
        List<Deliverable> rest = new ArrayList<>();
        for (PlantUmlDiagram d : diagrams) {
            rest.add(d);
            images.stream().filter(i -> i.path().equals(d.pathWithExtension("svg"))).forEach(rest::add);
        }
        rest.addAll(new OpenApiRenderer().render(consultation.apis()));
        if (!consultation.dataModel().entities().isEmpty()) {
            rest.add(new SqlRenderer().render(consultation.dataModel()));
        }
        rest.add(new StructurizrRenderer().render(consultation));
        rest.add(new JsonRenderer().render(consultation));
        rest.add(new HtmlRenderer().render(consultation, diagrams, images));

        List<Deliverable> all = new ArrayList<>(new MarkdownRenderer(decisionDate).render(consultation, rest.stream().map(Deliverable::path).toList()));
        all.addAll(rest);
        checkUniquePaths(all);
        return List.copyOf(all);
    }

    /**
     * Writes the dossier into {@code folder} (created with its parents if missing) and returns it.
     *
     * @throws DeliverableException if {@code folder} is not empty and overwrite is off, if it is a file, or if writing
     *                              fails; in every case nothing of the new dossier is left behind
     */
    public Path write(Consultation consultation, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        checkTarget(target);
        List<Deliverable> files = deliverables(consultation, target);
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw new DeliverableException("cannot create a temporary folder next to " + target + ": " + e.getMessage(), e);
        }
        try {
            for (Deliverable file : files) {
                writeFile(staging, file);
            }
            replace(staging, target);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
        return target;
    }

    /**
     * Starts loading PlantUML on a background thread, if this writer draws SVG, so that a later {@link #write} or
     * {@link #deliverables} does not wait for it: for a process that consults first and writes after (the
     * command-line tool starts it before the consultation). Returns at once; the files are the same either way.
     */
    public void prepareInBackground() {
        if (svg != SvgChoice.OFF && PlantUmlLibrary.isPresent()) {
            SvgImages.warmUpInBackground();
        }
    }

    private boolean drawsSvg() {
        return switch (svg) {
            case ON -> {
                PlantUmlLibrary.require();
                yield true;
            }
            case WHEN_AVAILABLE -> PlantUmlLibrary.isPresent();
            case OFF -> false;
        };
    }

    /** Whether diagrams are drawn as SVG: as the builder was told, or by default when PlantUML is on the class path. */
    private enum SvgChoice { ON, OFF, WHEN_AVAILABLE }

    private void checkTarget(Path target) {
        if (target.getParent() == null) {
            throw new DeliverableException("cannot write a dossier to the file-system root " + target);
        }
        if (Files.isRegularFile(target)) {
            throw new DeliverableException(target + " is a file, not a folder");
        }
        if (!overwrite && !isEmptyOrMissing(target)) {
            throw new DeliverableException(target + " is not empty; set overwrite(true) to replace it");
        }
    }

    private static void writeFile(Path root, Deliverable file) {
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root)) { // unreachable given RelativePaths, kept as the last line of defence
            throw new DeliverableException(file.path() + ": path leaves the dossier folder");
        }
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, file.bytes());
        } catch (IOException e) {
            throw new DeliverableException("cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private static void replace(Path staging, Path target) {
        Path old = null;
        try {
            if (Files.isDirectory(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
        } catch (IOException e) {
            if (old != null && Files.notExists(target)) {
                try {
                    move(old, target);
                    old = null;
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw new DeliverableException("cannot move the dossier into " + target + ": " + e.getMessage(), e);
        } finally {
            if (old != null) {
                deleteQuietly(old);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmptyOrMissing(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new DeliverableException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Paths must differ even on a case-insensitive file system. */
    private static void checkUniquePaths(List<Deliverable> files) {
        Map<String, String> seen = new HashMap<>();
        for (Deliverable file : files) {
            String previous = seen.putIfAbsent(file.path().toLowerCase(Locale.ROOT), file.path());
            if (previous != null) {
                throw new DeliverableException("two deliverables would be written to the same file: '" + previous
                        + "' and '" + file.path() + "' (element ids that differ only in case?)");
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // Best effort: a leftover temporary folder is hidden and harmless.
        }
    }

    /** Configures a {@link DossierWriter}. */
    public static final class Builder {

        private SvgChoice svg = SvgChoice.WHEN_AVAILABLE;
        private boolean overwrite;
        private java.time.LocalDate decisionDate;
        private int svgThreads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * How many diagrams are rendered to SVG at once; the processor count by default. The files are the same
         * whatever the number: it only trades memory (each layout holds its own state) for time.
         *
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder svgThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("svgThreads must be at least 1, was " + threads);
            }
            this.svgThreads = threads;
            return this;
        }

        /**
         * Whether diagrams are also rendered to SVG (and inlined in index.html). By default they are when PlantUML
         * ({@code net.sourceforge.plantuml:plantuml-mit}, an optional dependency) is on the class path; {@code true}
         * insists, and writing then fails with an {@link SvgUnavailableException} if it is not.
         */
        public Builder svg(boolean svg) {
            this.svg = svg ? SvgChoice.ON : SvgChoice.OFF;
            return this;
        }

        /** Whether a non-empty target folder may be replaced; off by default. */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /**
         * The date written in every ADR's front matter (MADR {@code date}); none by default, since a dossier carries no
         * clock and the same dossier should render the same. The command-line tool passes today's date.
         */
        public Builder decisionDate(java.time.LocalDate decisionDate) {
            this.decisionDate = decisionDate;
            return this;
        }

        public DossierWriter build() {
            return new DossierWriter(this);
        }
    }
}
