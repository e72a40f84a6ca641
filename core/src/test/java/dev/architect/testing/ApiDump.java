package dev.architect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public API of a module as text, one line per public type and member, kept in {@code api/<module>.api} and
 * compared by each module's build (as OkHttp keeps {@code okhttp.api}). A change to the public API fails the build
 * until the dump is regenerated on purpose with {@code -Darchitect.api.update=true} and reviewed in the diff.
 */
public final class ApiDump {

    /** System property that rewrites the committed dump instead of comparing with it. */
    public static final String UPDATE = "architect.api.update";

    private ApiDump() {
    }

    /** The dump of every public type outside {@code internal} packages, sorted so it is stable. */
    public static String of(JavaClasses classes) {
        List<JavaClass> published = new ArrayList<>();
        for (JavaClass c : classes) {
            if (isPublished(c)) {
                published.add(c);
            }
        }
        published.sort(Comparator.comparing(JavaClass::getName));
        StringBuilder sb = new StringBuilder();
        for (JavaClass c : published) {
            sb.append(header(c)).append(" {\n");
            List<String> members = new ArrayList<>();
            for (JavaField f : c.getFields()) {
                if (exposed(f.getModifiers()) && !f.getName().startsWith("$")) {
                    members.add("  " + modifiers(f.getModifiers()) + type(f.getType()) + " " + f.getName());
                }
            }
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (exposed(m.getModifiers()) && !m.getName().equals("<clinit>") && !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !m.getModifiers().contains(JavaModifier.BRIDGE)) {
                    String name = m.getName().equals("<init>") ? c.getSimpleName() : type(m.getReturnType()) + " " + m.getName();
                    String params = m.getParameterTypes().stream().map(ApiDump::type).collect(Collectors.joining(", "));
                    String throwsClause = m.getThrowsClause().getTypes().isEmpty() ? "" : " throws "
                            + m.getThrowsClause().getTypes().stream().map(JavaClass::getName).sorted().collect(Collectors.joining(", "));
                    members.add("  " + modifiers(m.getModifiers()) + name + "(" + params + ")" + throwsClause);
                }
            }
            members.stream().sorted().forEach(line -> sb.append(line).append('\n'));
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    /**
     * Compares the module's API with its committed dump, or rewrites the dump when {@link #UPDATE} is set.
     *
     * @param dump the committed file, e.g. {@code api/architect-core.api} in the module's folder
     */
    public static void check(JavaClasses classes, Path dump) {
        if (Boolean.getBoolean(UPDATE)) {
            try {
                Files.createDirectories(dump.toAbsolutePath().getParent());
                Files.writeString(dump, of(classes), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        compare(classes, dump);
    }

    /** Fails, with how to update the dump, when the module's API differs from the committed dump. */
    public static void compare(JavaClasses classes, Path dump) {
        String actual = of(classes);
        try {
            assertThat(Files.exists(dump)).as("the public API dump %s exists (create it with -D%s=true)", dump, UPDATE).isTrue();
            String committed = Files.readString(dump, StandardCharsets.UTF_8);
            assertThat(actual).as("the public API differs from %s; if the change is intended, run the build with -D%s=true "
                    + "and commit the new dump", dump, UPDATE).isEqualTo(committed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPublished(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || ("." + c.getPackageName() + ".").contains(".internal.")) {
            return false;
        }
        return c.getEnclosingClass().map(ApiDump::isPublished).orElse(!c.isAnonymousClass());
    }

    private static String header(JavaClass c) {
        String kind = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
                : c.isRecord() ? "record" : "class";
        Set<JavaModifier> mods = c.getModifiers();
        StringBuilder sb = new StringBuilder(modifiers(mods)).append(kind).append(' ').append(c.getName());
        c.getSuperclass().map(ApiDump::type).filter(s -> !s.equals("java.lang.Object") && !s.startsWith("java.lang.Enum")
                && !s.equals("java.lang.Record")).ifPresent(s -> sb.append(" extends ").append(s));
        List<String> interfaces = c.getInterfaces().stream().map(ApiDump::type).filter(i -> !i.equals("java.lang.annotation.Annotation"))
                .sorted().toList();
        if (!interfaces.isEmpty()) {
            sb.append(c.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        return sb.toString();
    }

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static String modifiers(Set<JavaModifier> modifiers) {
        StringBuilder sb = new StringBuilder();
        for (JavaModifier m : List.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED, JavaModifier.ABSTRACT, JavaModifier.STATIC,
                JavaModifier.FINAL)) {
            if (modifiers.contains(m)) {
                sb.append(m.name().toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return sb.toString();
    }

    private static String type(JavaType t) {
        if (t instanceof JavaParameterizedType p) {
            return p.toErasure().getName() + p.getActualTypeArguments().stream().map(ApiDump::type)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        return t.getName();
    }
}
