package dev.architect.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The package rules every module's build checks: no cycle between packages, no {@code internal} type in a public
 * signature, and no use of another module's {@code internal} packages. Each module's boundary test calls these on its
 * own production classes.
 */
public final class Boundaries {

    private Boundaries() {
    }

    /**
     * The production classes of the module under test (its {@code target/classes}, surefire's working directory being
     * the module) in these packages. Reading the folder rather than scanning the class path keeps this fast.
     */
    public static JavaClasses productionClasses(String... packages) {
        String[] patterns = java.util.Arrays.stream(packages).map(p -> p + "..").toArray(String[]::new);
        return new ClassFileImporter().importPath(java.nio.file.Path.of("target", "classes"))
                .that(JavaClass.Predicates.resideInAnyPackage(patterns));
    }

    /** Fails naming the cycle when two packages reach each other. */
    public static void assertNoPackageCycle(JavaClasses classes, String root) {
        slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(false).check(classes);
    }

    /**
     * Fails listing every public or protected member (and supertype) of a public class outside {@code internal}
     * packages that names a type from an {@code internal} package.
     */
    public static void assertNoInternalTypeInPublicSignatures(JavaClasses classes) {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC) || isInternal(c) || !isPublicToo(c)) {
                continue;
            }
            c.getRawSuperclass().filter(Boundaries::isInternal).ifPresent(s -> leaks.add(c.getName() + " extends " + s.getName()));
            c.getRawInterfaces().stream().filter(Boundaries::isInternal)
                    .forEach(i -> leaks.add(c.getName() + " implements " + i.getName()));
            for (JavaField f : c.getFields()) {
                if (exposed(f.getModifiers())) {
                    internalIn(Stream.of(f.getType())).forEach(t -> leaks.add(f.getFullName() + " has type " + t));
                }
            }
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!exposed(m.getModifiers()) || m.getName().equals("<clinit>")) {
                    continue;
                }
                Stream<JavaType> types = Stream.concat(Stream.concat(Stream.of(m.getReturnType()), m.getParameterTypes().stream()),
                        m.getThrowsClause().getTypes().stream().map(JavaType.class::cast));
                internalIn(types).forEach(t -> leaks.add(m.getFullName() + " names " + t));
            }
        }
        assertThat(leaks).as("internal types in public signatures").isEmpty();
    }

    /** Fails listing each class that uses an {@code internal} package outside the module's own roots. */
    public static void assertNoForeignInternals(JavaClasses classes, String... ownRoots) {
        Set<String> uses = new TreeSet<>();
        for (JavaClass c : classes) {
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass target = d.getTargetClass();
                if (isInternal(target) && Stream.of(ownRoots).noneMatch(r -> target.getPackageName().startsWith(r))) {
                    uses.add(c.getName() + " -> " + target.getName());
                }
            });
        }
        assertThat(uses).as("uses of another module's internal packages").isEmpty();
    }

    private static boolean isInternal(JavaClass c) {
        String p = "." + c.getPackageName() + ".";
        return p.contains(".internal.");
    }

    /** A nested class is public API only when every enclosing class is public too. */
    private static boolean isPublicToo(JavaClass c) {
        return c.getEnclosingClass().map(e -> e.getModifiers().contains(JavaModifier.PUBLIC) && isPublicToo(e)).orElse(true);
    }

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static Stream<String> internalIn(Stream<JavaType> types) {
        return types.flatMap(t -> t.getAllInvolvedRawTypes().stream()).filter(Boundaries::isInternal).map(JavaClass::getName).distinct();
    }
}
