package dev.architect.openai;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.architect.testing.ApiDump;
import dev.architect.testing.Boundaries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The OpenAI provider uses the SDK's public API only. */
class PackageBoundariesTest {

    private static final JavaClasses CLASSES = Boundaries.productionClasses("dev.architect.openai");

    @Test
    void publicApiMatchesTheCommittedDump() {
        ApiDump.check(CLASSES, Path.of("api/architect-openai.api"));
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
