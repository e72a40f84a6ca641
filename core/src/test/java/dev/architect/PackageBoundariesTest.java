package dev.architect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.architect.testing.Boundaries;
import org.junit.jupiter.api.Test;

class PackageBoundariesTest {

    private static final JavaClasses CORE = Boundaries.productionClasses("dev.architect");

    @Test
    void corePackagesFormNoCycle() {
        Boundaries.assertNoPackageCycle(CORE, "dev.architect");
    }

    @Test
    void noPublicSignatureOfCoreNamesAnInternalType() {
        Boundaries.assertNoInternalTypeInPublicSignatures(CORE);
    }

    @Test
    void coreUsesOnlyItsOwnInternals() {
        Boundaries.assertNoForeignInternals(CORE, "dev.architect.internal", "dev.architect.offline.internal");
    }

    // The checks themselves must be able to fail: each is run on classes made to break it.

    @Test
    void theCycleCheckCatchesTwoPackagesThatReachEachOther() {
        JavaClasses cyclic = new ClassFileImporter().importClasses(dev.architect.testing.cycle.a.A.class,
                dev.architect.testing.cycle.b.B.class);

        assertThatThrownBy(() -> Boundaries.assertNoPackageCycle(cyclic, "dev.architect.testing.cycle"))
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void theSignatureCheckCatchesAnInternalTypeReturnedByAPublicMethod() {
        JavaClasses leaky = new ClassFileImporter().importClasses(dev.architect.testing.cycle.Leaky.class,
                dev.architect.testing.cycle.internal.Hidden.class);

        assertThatThrownBy(() -> Boundaries.assertNoInternalTypeInPublicSignatures(leaky))
                .hasMessageContaining("Leaky.hidden()").hasMessageContaining("Hidden");
    }

    @Test
    void theImportCheckCatchesAnotherModulesInternals() {
        JavaClasses leaky = new ClassFileImporter().importClasses(dev.architect.testing.cycle.Leaky.class);

        assertThatThrownBy(() -> Boundaries.assertNoForeignInternals(leaky, "dev.architect.deliverables.internal"))
                .hasMessageContaining("Leaky -> dev.architect.testing.cycle.internal.Hidden");
    }
}
