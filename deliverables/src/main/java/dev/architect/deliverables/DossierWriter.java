package dev.architect.deliverables;

import dev.architect.change.DossierDiff;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.html.HtmlRenderer;
import dev.architect.deliverables.json.JsonRenderer;
import dev.architect.deliverables.markdown.ChangesMarkdown;
import dev.architect.deliverables.markdown.MarkdownRenderer;
import dev.architect.deliverables.openapi.OpenApiRenderer;
import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.sql.MigrationSql;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.structurizr.StructurizrRenderer;
import dev.architect.dossier.Consultation;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
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
 * diagrams/*.puml (+ .svg)      C4 context, containers, components; sequences; data model (SVG needs PlantUML);
 *                               a container view too large to read is an overview plus one view per group
 * api/&lt;container&gt;.openapi.yaml (+ .json)
 * data/schema.sql, workspace.dsl, consultation.json, index.html
 * </pre>
 *
 * <p>The folder is written into a temporary sibling and moved into place, so a failure leaves no half-written
 * dossier; the same dossier always gives byte-identical files. A non-empty target folder is refused unless
 * {@linkplain Builder#overwrite(boolean) overwrite} is set, and even then replaced only when it holds a previous
 * dossier (see {@link #checkTarget(Path)}). Immutable and thread-safe.
 *
 * <pre>{@code
 * DossierWriter.create().write(consultation, Path.of("docs/architecture"));
 * List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(consultation);
 * }</pre>
 */
public final class DossierWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SvgChoice svg;
    private final java.time.LocalDate decisionDate;
    private final boolean overwrite;
    private final int svgThreads;
    private final Consultation previous;

    private DossierWriter(Builder builder) {
        this.previous = builder.previous;
        this.svg = builder.svg;
        this.decisionDate = builder.decisionDate;
        this.overwrite = builder.overwrite;
        this.svgThreads = builder.svgThreads;
    }

    /**
     * A writer with the defaults: SVG when PlantUML is on the class path, overwrite off, no ADR date.
     *
     * @return the writer
     */
    public static DossierWriter create() {
        return builder().build();
    }

    /**
     * A builder to turn SVG off, allow replacing a previous dossier or date the ADRs.
     *
     * @return a builder with the defaults of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every file of the dossier, in a stable order, without touching the disk.
     *
     * @param consultation the dossier
     * @return the files, README.md first
     *
     * @throws DeliverableException if the dossier breaks a cross-reference rule, two files would share a path, or a
     *                              diagram cannot be rendered
     */
    public List<Deliverable> deliverables(Consultation consultation) {
        return deliverables(consultation, null);
    }

    /** As {@link #deliverables(Consultation)}, reusing the SVG images of {@code previousDossier} whose source is unchanged. */
    private List<Deliverable> deliverables(Consultation consultation, Path previousDossier) {
        // Undated decisions take the writer's date in every file, consultation.json included, so a re-consultation
        // can keep each decision's own date.
        Consultation dossier = decisionDate == null ? consultation : consultation.withDecisions(consultation.decisions().stream()
                .map(d -> d.datedIfUndated(decisionDate.toString())).toList());
        ValidationReport report = DossierValidator.validate(dossier);
        if (report.hasErrors()) {
            throw new DeliverableException("dossier of '" + dossier.system() + "' is not consistent: " + report.describe());
        }
        List<PlantUmlDiagram> diagrams = new PlantUmlRenderer().render(dossier);
        List<SvgImage> images = drawsSvg() ? SvgImages.of(diagrams, svgThreads, previousDossier) : List.of();
        List<Deliverable> rest = new ArrayList<>();
        for (PlantUmlDiagram d : diagrams) {
            rest.add(d);
            images.stream().filter(i -> i.path().equals(d.pathWithExtension("svg"))).forEach(rest::add);
        }
        rest.addAll(new OpenApiRenderer().render(dossier.apis()));
        if (!dossier.dataModel().entities().isEmpty()) {
            rest.add(SqlRenderer.render(dossier));
        }
        rest.add(new StructurizrRenderer().render(dossier));
        rest.add(new JsonRenderer().render(dossier));
        // A re-consultation that changed nothing writes the same folder as before: no CHANGES.md, no migration.
        DossierDiff changes = previous == null ? null : DossierDiff.between(previous, dossier);
        if (changes != null && changes.isEmpty()) {
            changes = null;
        }
        if (changes != null) {
            rest.add(new ChangesMarkdown().render(previous, dossier, changes));
            rest.add(new MigrationSql().render(previous.dataModel(), dossier.dataModel(), changes.data()));
        }
        rest.add(new HtmlRenderer().render(dossier, diagrams, images, changes));

        List<Deliverable> all = new ArrayList<>(new MarkdownRenderer(decisionDate).render(dossier, rest.stream().map(Deliverable::path).toList()));
        all.addAll(rest);
        checkUniquePaths(all);
        return List.copyOf(all);
    }

    /**
     * Writes the dossier into {@code folder} (created with its parents if missing) and returns it. Folders and files
     * get the permissions {@code mkdir} and a shell redirection would give them (the process umask applies).
     *
     * @param consultation the dossier
     * @param folder       the dossier folder; created with its parents when missing
     * @return the folder as an absolute, normalized path
     *
     * @throws OutputFolderException if {@link #checkTarget(Path)} refuses the folder or if writing fails
     * @throws DeliverableException  if the dossier cannot be rendered (see {@link #deliverables(Consultation)}); in
     *                               every case nothing of the new dossier is left behind
     */
    public Path write(Consultation consultation, Path folder) {
        Path target = checkTarget(folder);
        List<Deliverable> files = deliverables(consultation, target);
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = createSibling(target, ".tmp-");
        } catch (IOException e) {
            throw new OutputFolderException("cannot create a temporary folder next to " + target + ": " + OutputFolder.reason(e), e);
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
     * Checks, without writing anything, that {@link #write(Consultation, Path)} would accept {@code folder}: call it
     * before a long consultation so a bad output folder fails first. A missing or empty folder is accepted when its
     * nearest existing parent is writable. A non-empty one only with {@linkplain Builder#overwrite(boolean)
     * overwrite}, and only when it holds a previous dossier and nothing else; the working directory, its parents,
     * the home directory and a file-system root are never replaced.
     *
     * @param folder the dossier folder {@code write} would be given
     * @return the folder as an absolute, normalized path
     * @throws OutputFolderException naming the folder and the reason, in our words, when it would be refused
     */
    public Path checkTarget(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        OutputFolder.check(target, overwrite);
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

    private static void writeFile(Path root, Deliverable file) {
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root)) { // unreachable given RelativePaths, kept as the last line of defence
            throw new DeliverableException(file.path() + ": path leaves the dossier folder");
        }
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, file.bytes());
        } catch (IOException e) {
            throw new OutputFolderException("cannot write " + file.path() + ": " + OutputFolder.reason(e), e);
        }
    }

    private static void replace(Path staging, Path target) {
        Path old = null;
        try {
            if (Files.isDirectory(target)) {
                old = createSibling(target, ".old-");
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
            throw new OutputFolderException("cannot move the dossier into " + target + ": " + OutputFolder.reason(e), e);
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

    /**
     * A new hidden folder beside {@code target}. Made with {@code createDirectory}, not {@code createTempDirectory}:
     * the latter is always mode 0700, and the dossier folder keeps the mode of the folder it is moved from.
     */
    private static Path createSibling(Path target, String kind) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + kind + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
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
        private Consultation previous;

        private Builder() {
        }

        /**
         * The dossier this one re-consults (see {@code Architect.reconsult}): the folder then also gets
         * {@code CHANGES.md}, {@code data/migration.sql} and a "Changes" section in index.html. None by default.
         *
         * @param previous the earlier dossier, or null for a first dossier
         * @return this builder
         */
        public Builder previous(Consultation previous) {
            this.previous = previous;
            return this;
        }

        /**
         * How many diagrams are rendered to SVG at once; the processor count by default. The files are the same
         * whatever the number: it only trades memory (each layout holds its own state) for time.
         *
         * @param threads how many diagrams to lay out at once, at least 1
         * @return this builder
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
         *
         * @param svg false to write the PlantUML sources only; true to require SVG
         * @return this builder
         */
        public Builder svg(boolean svg) {
            this.svg = svg ? SvgChoice.ON : SvgChoice.OFF;
            return this;
        }

        /**
         * Whether a non-empty target folder may be replaced; off by default. Even on, only a folder holding a previous
         * dossier and nothing else is replaced, and never the working directory, its parents, the home directory or a
         * root (see {@link DossierWriter#checkTarget(Path)}).
         *
         * @param overwrite true to replace a previous dossier
         * @return this builder
         */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /**
         * The date written in every ADR's front matter (MADR {@code date}); none by default, since a dossier carries no
         * clock and the same dossier should render the same. The command-line tool passes today's date.
         *
         * @param decisionDate the date, or null for none
         * @return this builder
         */
        public Builder decisionDate(java.time.LocalDate decisionDate) {
            this.decisionDate = decisionDate;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return an immutable, thread-safe writer
         */
        public DossierWriter build() {
            return new DossierWriter(this);
        }
    }
}
