package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consult --previous} and {@code diff}: a change of requirements, end to end through the CLI. */
class ReconsultAndDiffCommandTest {

    private static final String SAMPLE = "requests/shopfast-ecommerce.yaml";

    @Test
    void reconsultingWithTenTimesTheLoadWritesChangesAndDiffSeesThem(@TempDir Path dir) throws IOException {
        Path v1 = dir.resolve("v1");
        assertThat(CliRun.of("consult", SAMPLE, "--out", v1.toString(), "--no-svg", "--provider", "offline", "--date", "2026-01-05")
                .exitCode()).isZero();
        Path heavier = dir.resolve("heavier.yaml");
        Files.writeString(heavier, Files.readString(Path.of(SAMPLE)).replace("peakRequestsPerSecond: 2000", "peakRequestsPerSecond: 20000"));

        CliRun run = CliRun.of("consult", heavier.toString(), "--out", dir.resolve("v2").toString(), "--no-svg", "--provider",
                "offline", "--date", "2026-03-01", "--previous", v1.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String changes = Files.readString(dir.resolve("v2/CHANGES.md"));
        assertThat(changes).contains("supersedes", "| Month 1 |");
        CliRun diff = CliRun.of("diff", v1.toString(), dir.resolve("v2/consultation.json").toString());
        assertThat(diff.exitCode()).isEqualTo(ExitCodes.DIFFERENT.code);
        assertThat(diff.out()).contains("# What changed in ShopFast", "supersedes");
    }

    @Test
    void reconsultingAnUnchangedRequestRewritesTheSameFolderAndDiffFindsNothing(@TempDir Path dir) throws IOException {
        Path v1 = dir.resolve("v1");
        CliRun.of("consult", SAMPLE, "--out", v1.toString(), "--no-svg", "--provider", "offline", "--date", "2026-01-05");

        CliRun run = CliRun.of("consult", SAMPLE, "--out", dir.resolve("v2").toString(), "--no-svg", "--provider", "offline",
                "--date", "2026-03-01", "--previous", v1.resolve("consultation.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("v2/consultation.json"))).isEqualTo(Files.readString(v1.resolve("consultation.json")));
        assertThat(dir.resolve("v2/CHANGES.md")).doesNotExist();
        CliRun diff = CliRun.of("diff", v1.toString(), dir.resolve("v2").toString());
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).contains("Nothing");
    }

    @Test
    void aPreviousFolderThatIsNotADossierIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("notes"));

        CliRun run = CliRun.of("consult", SAMPLE, "--out", dir.resolve("out").toString(), "--no-svg", "--provider", "offline",
                "--previous", dir.resolve("notes").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("without consultation.json");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void thePreviousRequestIsTakenWithItsDossierAndRefusedWithoutOne(@TempDir Path dir) throws IOException {
        Path v1 = dir.resolve("v1");
        CliRun.of("consult", SAMPLE, "--out", v1.toString(), "--no-svg", "--provider", "offline", "--date", "2026-01-05");

        CliRun alone = CliRun.of("consult", SAMPLE, "--out", dir.resolve("out").toString(), "--no-svg", "--provider", "offline",
                "--previous-request", SAMPLE);
        CliRun both = CliRun.of("consult", SAMPLE, "--out", dir.resolve("v2").toString(), "--no-svg", "--provider", "offline",
                "--date", "2026-03-01", "--previous", v1.toString(), "--previous-request", SAMPLE);

        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--previous-request needs --previous");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(Files.readString(dir.resolve("v2/consultation.json"))).isEqualTo(Files.readString(v1.resolve("consultation.json")));
    }
}
