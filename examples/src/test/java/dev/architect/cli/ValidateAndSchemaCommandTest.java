package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndSchemaCommandTest {

    @Test
    void aValidSampleRequestPassesWithExitCodeZero() {
        CliRun run = CliRun.of("validate", "requests/shopfast-ecommerce.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid request for \"ShopFast\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBadRequestExitsFourAndPrintsEveryProblemWithItsPathAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                system: Broken
                load: {peakRequestsPerSecond: lots}
                compliance: [PCI-XYZ]
                """);

        CliRun run = CliRun.of("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("3 problems",
                "description (line 1): is required",
                "load.peakRequestsPerSecond (line 2): expected a number but got \"lots\"",
                "compliance[0] (line 3): unknown value \"PCI-XYZ\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("validate", "requests/no-such-file.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read request file requests/no-such-file.yaml: no such file");
    }

    @Test
    void aFolderGivenForTheRequestIsAUsageErrorSayingSo() {
        CliRun run = CliRun.of("validate", "requests");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read request file requests: it is a folder, not a file");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithHelp() {
        CliRun run = CliRun.of("validate", "--frobnicate", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'", "Run 'architect validate --help' for the options.")
                .doesNotContain("Usage:");
    }

    @Test
    void schemaPrintsTheRequestJsonSchema() throws Exception {
        CliRun run = CliRun.of("schema");

        assertThat(run.exitCode()).isZero();
        var schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/required").toString()).isEqualTo("[\"system\",\"description\"]");
        assertThat(schema.at("/properties/load/properties/peakRequestsPerSecond/minimum").asDouble()).isZero();
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "schema", "Exit codes:");
        ExitCodes.helpList().forEach((code, meaning) -> assertThat(run.out()).contains(code + "   " + meaning.split(" \\(|;")[0]));
        assertThat(ExitCodes.helpList()).hasSize(8);
    }

    @Test
    void theReadmeDocumentsEveryExitCode() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (ExitCodes code : ExitCodes.values()) {
            assertThat(readme).as("README row for exit code " + code.code).containsPattern("\\n\\| " + code.code + " \\| \\S");
        }
        assertThat(readme).doesNotContainPattern("\\n\\| " + ExitCodes.values().length + " \\| ");
    }
}
