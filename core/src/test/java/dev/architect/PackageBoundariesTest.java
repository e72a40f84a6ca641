package dev.architect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.architect.testing.ApiDump;
import dev.architect.testing.Boundaries;
import dev.architect.testing.ModuleBoundaries;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Core's packages: acyclic, internals kept internal, its public API in a dump; and the checks' own tests. */
class PackageBoundariesTest extends ModuleBoundaries {

    @Override
    protected String[] packages() {
        return new String[] {"dev.architect"};
    }

    @Override
    protected String[] ownInternals() {
        return new String[] {"dev.architect.internal", "dev.architect.offline.internal"};
    }

    @Override
    protected Optional<Path> apiDump() {
        return Optional.of(Path.of("api/architect-core.api"));
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

    @Test
    void theApiCheckFailsWhenAPublicSignatureChangesWithoutANewDump(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path dump = dir.resolve("module.api");
        java.nio.file.Files.writeString(dump, ApiDump.of(new ClassFileImporter().importClasses(dev.architect.testing.cycle.a.A.class)));
        JavaClasses changed = new ClassFileImporter().importClasses(dev.architect.testing.cycle.a.A.class,
                dev.architect.testing.cycle.Leaky.class);

        ApiDump.compare(new ClassFileImporter().importClasses(dev.architect.testing.cycle.a.A.class), dump);
        assertThatThrownBy(() -> ApiDump.compare(changed, dump)).hasMessageContaining("the public API differs")
                .hasMessageContaining("public dev.architect.testing.cycle.internal.Hidden hidden()");
    }
}
