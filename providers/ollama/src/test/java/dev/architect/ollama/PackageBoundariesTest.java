package dev.architect.ollama;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.architect.testing.ApiDump;
import dev.architect.testing.Boundaries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Ollama provider uses the SDK's public API only. */
class PackageBoundariesTest {

    private static final JavaClasses CLASSES = Boundaries.productionClasses("dev.architect.ollama");

    @Test
    void publicApiMatchesTheCommittedDump() {
        ApiDump.check(CLASSES, Path.of("api/architect-ollama.api"));
    }

    @Test
    void packagesFormNoCycle() {
        Boundaries.assertNoPackageCycle(CLASSES, "dev.architect");
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        Boundaries.assertNoInternalTypeInPublicSignatures(CLASSES);
    }

    @Test
    void usesNoOtherModulesInternals() {
        Boundaries.assertNoForeignInternals(CLASSES);
    }
}
