package dev.architect.deliverables;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.architect.testing.ApiDump;
import dev.architect.testing.Boundaries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The deliverables module's packages: acyclic, internals kept internal, core used through its public API. */
class PackageBoundariesTest {

    private static final JavaClasses CLASSES = Boundaries.productionClasses("dev.architect.deliverables");

    @Test
    void publicApiMatchesTheCommittedDump() {
        ApiDump.check(CLASSES, Path.of("api/architect-deliverables.api"));
    }

    @Test
    void packagesFormNoCycle() {
        Boundaries.assertNoPackageCycle(CLASSES, "dev.architect.deliverables");
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        Boundaries.assertNoInternalTypeInPublicSignatures(CLASSES);
    }

    @Test
    void usesNoOtherModulesInternals() {
        Boundaries.assertNoForeignInternals(CLASSES, "dev.architect.deliverables.internal");
    }
}
