package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.DossierJson;
import dev.architect.figures.PriceTable;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.design.DossierAssembler;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link OfflineArchitect#create()} reads its data files on several threads at once; what it reads is the same as
 * when every file is read in turn on one thread: the same files, and byte for byte the same dossiers. Each way runs in
 * a fresh JVM, where no other test has read a file before.
 */
class FilesReadInParallelTest {

    @Test
    void theArchitectReadInParallelMakesTheDossiersOfOneReadInTurn() throws Exception {
        List<String> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "requests"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> requests.add(p.toString()));
        }
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5);
        String inTurn = run("in-turn", requests);
        String inParallel = run("in-parallel", requests);
        // the comparison has teeth: every request's dossier is there, and the files read are listed
        assertThat(inTurn.lines().filter(l -> l.startsWith("dossier ")).count()).isEqualTo(requests.size());
        assertThat(inTurn).contains("/dev/architect/offline/archetypes.yaml", "/dev/architect/offline/prices.yaml");
        assertThat(inParallel).isEqualTo(inTurn);
    }

    private static String run(String how, List<String> requests) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Dossiers.class.getName(), how));
        command.addAll(requests);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        return out;
    }

    /** The child JVM: reads the files one way, then prints the files read and a digest of each request's dossier. */
    public static final class Dossiers {
        public static void main(String[] args) throws Exception {
            if (args[0].equals("in-turn")) {
                PriceTable.standard();
                Catalogue.standard();
                DossierAssembler.readDesignFiles();
            }
            OfflineArchitect architect = OfflineArchitect.create()
                    .withClock(Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC));
            System.out.println("read: " + new TreeSet<>(DataFiles.shippedSoFar()));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 1; i < args.length; i++) {
                String json = DossierJson.write(architect.consult(RequestReader.read(Path.of(args[i]))));
                System.out.println("dossier " + Path.of(args[i]).getFileName() + " "
                        + HexFormat.of().formatHex(sha.digest(json.getBytes(StandardCharsets.UTF_8))));
            }
        }
    }
}
