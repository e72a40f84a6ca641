package dev.architect.benchmarks;

import dev.architect.dossier.Consultation;
import dev.architect.testing.RandomDossiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Inputs shared by the benchmarks, found from the module folder (where Maven runs them) or the repository root. */
final class Fixtures {

    private Fixtures() {
    }

    static Path sampleRequest(String name) {
        for (Path root : new Path[] {Path.of(".."), Path.of(".")}) {
            Path p = root.resolve("examples").resolve("requests").resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("sample request " + name + " not found; run from the repository or benchmarks folder");
    }

    /** At least 50 containers, 300 relationships, 40 ADRs, 200 API operations and 100 entities; the same every call. */
    static Consultation largeDossier() {
        return RandomDossiers.generate(7L, 12);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
