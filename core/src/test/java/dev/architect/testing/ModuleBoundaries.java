package dev.architect.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The boundary checks every module's build runs, as a contract its test extends (see {@link Boundaries} and
 * {@link ApiDump}): no package cycle, no {@code internal} type in a public signature, no other module's internals, and
 * for a published module a public API equal to its committed dump.
 */
public abstract class ModuleBoundaries {

    private JavaClasses classes;

    /** The packages this module's production classes live in. */
    protected abstract String[] packages();

    /** The module's own internal packages, which it may use. */
    protected String[] ownInternals() {
        return new String[0];
    }

    /** The committed public-API dump of a published module; empty for a module nobody depends on. */
    protected Optional<Path> apiDump() {
        return Optional.empty();
    }

    protected final JavaClasses classes() {
        if (classes == null) {
            classes = Boundaries.productionClasses(packages());
        }
        return classes;
    }

    @Test
    public void packagesFormNoCycle() {
        Boundaries.assertNoPackageCycle(classes(), "dev.architect");
    }

    @Test
    public void noPublicSignatureNamesAnInternalType() {
        Boundaries.assertNoInternalTypeInPublicSignatures(classes());
    }

    @Test
    public void usesNoOtherModulesInternals() {
        Boundaries.assertNoForeignInternals(classes(), ownInternals());
    }

    @Test
    public void publicApiMatchesTheCommittedDump() {
        apiDump().ifPresent(dump -> ApiDump.check(classes(), dump));
    }
}
