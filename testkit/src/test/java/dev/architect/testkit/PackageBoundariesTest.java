package dev.architect.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.architect.testing.ApiDump;
import dev.architect.testing.Boundaries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test kit plugin authors extend: public API only, and its own API kept in a dump. */
class PackageBoundariesTest {

    private static final JavaClasses CLASSES = Boundaries.productionClasses("dev.architect.testkit");

    @Test
    void publicApiMatchesTheCommittedDump() {
        ApiDump.check(CLASSES, Path.of("api/architect-testkit.api"));
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
