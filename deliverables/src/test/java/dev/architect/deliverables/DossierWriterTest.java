package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.SampleDossiers;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFolderLayoutOfTheDesign() throws IOException {
        Path out = DossierWriter.builder().svg(false).build().write(SampleDossiers.shopFast(), dir.resolve("docs/architecture"));
        assertThat(files(out).keySet()).containsExactly(
                "README.md", "api/store-app.openapi.json", "api/store-app.openapi.yaml", "consultation.json", "cost.md",
                "data/schema.sql", "decisions/0001-modular-monolith-for-the-first-release.md",
                "decisions/0002-postgresql-with-a-read-replica.md", "diagrams/component-store-app.puml", "diagrams/containers.puml",
                "diagrams/context.puml", "diagrams/data-model.puml", "diagrams/sequence-seq-checkout.puml", "index.html",
                "operations.md", "risks.md", "workspace.dsl");
        assertThat(DossierJson.read(out.resolve("consultation.json"))).isEqualTo(SampleDossiers.shopFast());
        assertThat(siblings()).containsExactly("docs");
        assertThat(Files.list(dir.resolve("docs")).map(p -> p.getFileName().toString())).containsExactly("architecture");
    }

    @Test
    void sameDossierGivesByteIdenticalFilesIncludingSvg() throws IOException {
        Consultation c = SampleDossiers.shopFastMigration();
        Map<String, String> first = files(DossierWriter.create().write(c, dir.resolve("a")));
        Map<String, String> second = files(DossierWriter.create().write(c, dir.resolve("b")));
        assertThat(first.keySet()).anyMatch(p -> p.endsWith(".svg"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesANonEmptyFolderAndLeavesItUntouched() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        DossierWriter writer = DossierWriter.builder().svg(false).build();
        assertThatThrownBy(() -> writer.write(SampleDossiers.shopFast(), target)).isInstanceOf(DeliverableException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("not empty");
        assertThat(files(target)).containsOnlyKeys("notes.txt");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void overwriteReplacesAPreviousDossierWholeAndLeavesNoTemporaryFolder() throws IOException {
        Path target = DossierWriter.create().write(SampleDossiers.shopFastMigration(), dir.resolve("out"));
        Files.writeString(target.resolve("decisions/0009-stale.md"), "old");
        DossierWriter.builder().svg(false).overwrite(true).build().write(SampleDossiers.shopFast(), target);
        assertThat(files(target)).doesNotContainKey("decisions/0009-stale.md").containsKey("README.md")
                .noneSatisfy((path, text) -> assertThat(path).endsWith(".svg"));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void everyFileADossierHasIsRecognisedAsPartOfAPreviousDossier() {
        for (Consultation c : List.of(SampleDossiers.shopFastMigration(), HostileDossier.create())) {
            assertThat(DossierWriter.create().deliverables(c)).extracting(Deliverable::path)
                    .allSatisfy(path -> assertThat(OutputFolder.isDossierFile(path)).as(path).isTrue());
        }
        assertThat(OutputFolder.isDossierFile("notes.txt")).isFalse();
        assertThat(OutputFolder.isDossierFile("decisions/drafts/0001-x.md")).isFalse();
        assertThat(OutputFolder.isDossierFile("api/store.openapi.yaml")).isTrue();
    }

    @Test
    void overwriteLeavesAFolderThatHoldsNoDossierUntouched() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("README.md"), "my project");
        DossierWriter writer = DossierWriter.builder().svg(false).overwrite(true).build();
        assertThatThrownBy(() -> writer.write(SampleDossiers.shopFast(), target)).isInstanceOf(DeliverableException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("holds no previous dossier");
        assertThat(files(target)).containsExactly(Map.entry("README.md", "my project"));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void overwriteLeavesADossierFolderHoldingTheUsersOwnFilesUntouched() throws IOException {
        Path target = DossierWriter.builder().svg(false).build().write(SampleDossiers.shopFast(), dir.resolve("out"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        Files.createDirectories(target.resolve("decisions/drafts"));
        Map<String, String> before = files(target);
        DossierWriter writer = DossierWriter.builder().svg(false).overwrite(true).build();
        assertThatThrownBy(() -> writer.write(SampleDossiers.shopFast(), target)).isInstanceOf(DeliverableException.class)
                .hasMessageContaining("2 files that no dossier has (decisions/drafts, notes.txt)");
        assertThat(files(target)).isEqualTo(before);
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void overwriteNeverReplacesTheWorkingDirectoryItsParentsTheHomeDirectoryOrARoot() throws IOException {
        DossierWriter writer = DossierWriter.builder().svg(false).overwrite(true).build();
        Path workingDirectory = Path.of("").toAbsolutePath();
        Map<Path, String> refusals = Map.of(Path.of("."), "working directory", Path.of(".."), "working directory",
                workingDirectory, "working directory", Path.of(System.getProperty("user.home")), "home directory",
                workingDirectory.getRoot(), "root");
        long filesBefore;
        try (Stream<Path> list = Files.list(workingDirectory)) {
            filesBefore = list.count();
        }
        refusals.forEach((folder, reason) -> assertThatThrownBy(() -> writer.write(SampleDossiers.shopFast(), folder))
                .as(folder.toString()).isInstanceOf(DeliverableException.class).hasMessageContaining(reason));
        try (Stream<Path> list = Files.list(workingDirectory)) {
            assertThat(list.count()).isEqualTo(filesBefore);
        }
    }

    @Test
    void foldersAndFilesGetTheModesMkdirAndARedirectionWouldGive() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path madeByMkdir = Files.createDirectory(dir.resolve("by-mkdir"));
        Path madeByRedirection = Files.createFile(madeByMkdir.resolve("file"));
        Path out = DossierWriter.builder().svg(false).build().write(SampleDossiers.shopFast(), dir.resolve("out"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(madeByMkdir));
        assertThat(Files.getPosixFilePermissions(out.resolve("decisions"))).isEqualTo(Files.getPosixFilePermissions(madeByMkdir));
        assertThat(Files.getPosixFilePermissions(out.resolve("README.md"))).isEqualTo(Files.getPosixFilePermissions(madeByRedirection));
    }

    @Test
    void checkTargetRefusesAFolderUnderAFileBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> DossierWriter.create().checkTarget(file.resolve("out")))
                .isInstanceOf(DeliverableException.class).hasMessageContaining(file + " is a file, not a folder");
        assertThat(siblings()).containsExactly("plain.txt");
        assertThat(DossierWriter.create().checkTarget(dir.resolve("new/out"))).isEqualTo(dir.resolve("new/out"));
        assertThat(siblings()).containsExactly("plain.txt");
    }

    @Test
    void systemFailuresAreDescribedInOurWordsFollowedByTheSystemsReason() {
        assertThat(OutputFolder.reason(new FileSystemException("/srv/out", null, "Read-only file system")))
                .isEqualTo("the system refused to write /srv/out (Read-only file system)");
        assertThat(OutputFolder.reason(new AccessDeniedException("/srv"))).isEqualTo("permission denied on /srv");
        assertThat(OutputFolder.reason(new NotDirectoryException("/srv/x"))).isEqualTo("/srv/x is not a folder");
    }

    @Test
    void anInconsistentDossierIsRefusedBeforeAnythingIsWritten() throws IOException {
        Consultation c = SampleDossiers.shopFast();
        SequenceDiagram broken = new SequenceDiagram("seq-x", "Broken", null, List.of("shopper", "ghost"),
                List.of(new SequenceStep("shopper", "ghost", "Hello", MessageKind.SYNC)));
        Consultation inconsistent = new Consultation(c.system(), c.summary(), c.requirements(), c.decisions(), c.c4(),
                List.of(broken), c.apis(), c.dataModel(), c.techStack(), c.risks(), c.operations(), c.capacity(), c.cost(),
                c.roadmap(), null, c.metadata());
        assertThatThrownBy(() -> DossierWriter.create().write(inconsistent, dir.resolve("out")))
                .isInstanceOf(DeliverableException.class).hasMessageContaining("ghost");
        assertThat(siblings()).isEmpty();
    }

    @Test
    void idsThatDifferOnlyInCaseCannotOverwriteEachOthersFiles() throws IOException {
        Consultation c = SampleDossiers.shopFast();
        List<SequenceDiagram> flows = new ArrayList<>(c.sequences());
        SequenceDiagram checkout = flows.get(0);
        flows.add(new SequenceDiagram("SEQ-Checkout", checkout.title(), null, checkout.participants(), checkout.steps()));
        Consultation clash = new Consultation(c.system(), c.summary(), c.requirements(), c.decisions(), c.c4(), flows, c.apis(),
                c.dataModel(), c.techStack(), c.risks(), c.operations(), c.capacity(), c.cost(), c.roadmap(), null, c.metadata());
        assertThatThrownBy(() -> DossierWriter.builder().svg(false).build().write(clash, dir.resolve("out")))
                .isInstanceOf(DeliverableException.class)
                .hasMessageContaining("diagrams/sequence-seq-checkout.puml");
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> DossierWriter.create().write(SampleDossiers.shopFast(), file))
                .isInstanceOf(DeliverableException.class).hasMessageContaining("is a file");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void hostileDossierWritesNothingOutsideItsFolder() throws IOException {
        Path target = dir.resolve("nested/out");
        DossierWriter.builder().svg(false).build().write(HostileDossier.create(), target);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(target));
        }
        assertThat(files(target).keySet()).allMatch(p -> p.matches("[A-Za-z0-9/._-]+"))
                .contains("decisions/0002-decision.md");
        assertThat(DossierJson.read(target.resolve("consultation.json"))).isEqualTo(HostileDossier.create());
    }

    @Test
    void deliverablePathsThatCouldLeaveTheFolderAreRejected() {
        for (String path : List.of("../x.md", "/etc/passwd", "a/../../b", ".hidden", "a//b", "a\\b", "C:x", "")) {
            assertThatThrownBy(() -> new MarkdownDocument(path, "x")).as(path).isInstanceOf(DeliverableException.class);
        }
    }

    @Test
    void deliverablesWithoutSvgHaveNoImagesAndTheRestUnchanged() {
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(SampleDossiers.shopFast());
        assertThat(files).noneMatch(f -> f instanceof SvgImage);
        assertThat(files).filteredOn(f -> f instanceof PlantUmlDiagram).hasSize(5);
        assertThat(files.get(0).path()).isEqualTo("README.md");
    }

    private Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
