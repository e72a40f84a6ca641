package dev.architect.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.offline.internal.catalog.DataFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pre-parsed form of the shipped YAML data files ({@link PreparsedData}, read by {@link ShippedFiles#readData}):
 * made by the build for every file whose tokens bind alike from JSON, the same tree as its YAML, used only for exactly
 * the bytes it was made from, and read only by the data files' own parser.
 */
class PreparsedDataTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final JsonMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A data file's typed content, bound as DataFiles binds every data file. */
    record Entry(String id, String text, double share, int count, List<String> words) {
    }

    @Test
    void everyShippedYamlFileHasAPreparsedFormOfTheSameTreeUnlessItsTokensWouldBindOtherwise() throws IOException {
        List<Path> yamls;
        try (Stream<Path> all = Files.walk(RESOURCES.resolve("dev").resolve("architect"))) {
            yamls = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(yamls).as("the check has teeth: the shipped data files are found").hasSizeGreaterThan(50);
        List<String> preparsed = new ArrayList<>();
        for (Path yaml : yamls) {
            String resource = "/" + RESOURCES.relativize(yaml).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(yaml);
            try (InputStream json = PreparsedDataTest.class.getResourceAsStream(ShippedFiles.preparsedName(resource, bytes))) {
                if (json == null) {
                    assertThat(PreparsedData.json(bytes)).as(resource + " has no pre-parsed form on the class path, but the build"
                            + " would make one: core's process-classes step (PreparsedData) did not run over the current file").isEmpty();
                    continue;
                }
                assertThat(JSON.readTree(json)).as(resource + "'s pre-parsed form reads as its YAML").isEqualTo(YAML.readTree(bytes));
                preparsed.add(resource);
            }
        }
        assertThat(preparsed).as("the largest files, most of the parsing, have their pre-parsed form")
                .contains("/dev/architect/offline/archetypes.yaml", "/dev/architect/offline/capability-shapes.yaml",
                        "/dev/architect/offline/catalogue.yaml", "/dev/architect/offline/prices.yaml");
    }

    @Test
    void aDataFileIsBoundFromItsPreparsedFormAsFromItsYaml() {
        String yaml = """
                # a comment, quoting and a number written with a trailing zero, kept as written
                id: 'orders'
                text: "1.10"
                share: 1.10
                count: 12
                words: [log in, "sign on", 2026]
                """;
        Map<String, byte[]> files = files("/data/entries.yaml", yaml, true);
        Entry fromJson = ShippedFiles.readData("/data/entries.yaml", "entries",
                (in, where) -> DataFiles.read(in, where, Entry.class, "entries"), opener(files));
        Entry fromYaml = DataFiles.read(new ByteArrayInputStream(bytes(yaml)), "/data/entries.yaml", Entry.class, "entries");
        assertThat(fromJson).isEqualTo(fromYaml).isEqualTo(new Entry("orders", "1.10", 1.1, 12, List.of("log in", "sign on", "2026")));
    }

    @Test
    void theLoaderGetsThePreparsedFormOnlyForTheBytesItWasMadeFrom() {
        Map<String, byte[]> current = files("/data/limits.yaml", "limit: 5\n", true);
        assertThat(readsPreparsed("/data/limits.yaml", current)).as("made from these bytes: read as JSON").isTrue();

        // The YAML edited after the build: the old form is named after the old bytes' CRC-32, so it is not found.
        Map<String, byte[]> edited = new java.util.HashMap<>(current);
        edited.put("/data/limits.yaml", bytes("limit: 7\n"));
        assertThat(readsPreparsed("/data/limits.yaml", edited)).as("an edited file is read as YAML").isFalse();
        assertThat(ShippedFiles.readData("/data/limits.yaml", "limits", (in, where) -> DataFiles.tree(in), opener(edited))
                .path("limit").asInt()).as("and its new value is the one read").isEqualTo(7);

        Map<String, byte[]> none = files("/data/limits.yaml", "limit: 5\n", false);
        assertThat(readsPreparsed("/data/limits.yaml", none)).as("no form built (an IDE's build): read as YAML").isFalse();
    }

    @Test
    void aLoaderThatParsesThePreparsedFormWithoutDataFilesFailsNamingTheFile() {
        Map<String, byte[]> files = files("/data/words.yaml", "words: [a, b]\n", true);
        assertThatThrownBy(() -> ShippedFiles.readData("/data/words.yaml", "words",
                (in, where) -> new String(in.readAllBytes(), StandardCharsets.UTF_8), opener(files)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("words /data/words.yaml").hasMessageContaining("DataFiles.read or DataFiles.tree");
    }

    @Test
    void tokensWithNoJsonTwinLeaveTheFileToYaml() {
        assertThat(PreparsedData.json(bytes("mask: 0x1F\n"))).as("a hexadecimal number").isEmpty();
        assertThat(PreparsedData.json(bytes("base: &b {a: 1}\nother: *b\n"))).as("an anchor and its alias").isEmpty();
        assertThat(PreparsedData.json(bytes("a: 1\n---\nb: 2\n"))).as("a second document").isEmpty();
        assertThat(PreparsedData.json(bytes("a: [1, 2.5, -3e2, true, null, text]\n"))).as("plain JSON tokens").isPresent();
    }

    /** Whether the loader was handed the pre-parsed form (DataFiles' parser tells, and claims it). */
    private static boolean readsPreparsed(String resource, Map<String, byte[]> files) {
        return ShippedFiles.readData(resource, "limits", (in, where) -> {
            boolean json = ShippedFiles.claimPreparsed(in);
            DataFiles.tree(in);
            return json;
        }, opener(files));
    }

    /** A YAML file as a test's resources, with its pre-parsed form as the build makes it when {@code built}. */
    private static Map<String, byte[]> files(String resource, String yaml, boolean built) {
        byte[] bytes = bytes(yaml);
        Map<String, byte[]> files = new java.util.HashMap<>(Map.of(resource, bytes));
        if (built) {
            files.put(ShippedFiles.preparsedName(resource, bytes), PreparsedData.json(bytes).orElseThrow());
        }
        return files;
    }

    private static Function<String, InputStream> opener(Map<String, byte[]> files) {
        return name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name)) : null;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
