package dev.architect.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
