package dev.architect.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Provider plugins for the command-line tool: every {@code *.jar} in the {@code plugins} folder beside
 * {@code architect.jar}, and in the folder given with {@code --plugins}. Their providers are found through
 * {@code ServiceLoader} like the built-in ones.
 */
final class Plugins {

    static final String FOLDER_BESIDE_THE_JAR = "plugins";

    private Plugins() {
    }

    /**
     * A class loader over the plugin jars, child of the tool's own; the tool's own when there are none.
     *
     * @param given the folder named with {@code --plugins}, or null
     */
    static ClassLoader loader(Path given, ClassLoader parent) {
        List<Path> folders = new ArrayList<>();
        besideTheJar().ifPresent(folders::add);
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new ExitCodes.UsageException("cannot read plugins from " + given + ": "
                        + (Files.exists(given) ? "it is a file, not a folder" : "no such folder"));
            }
            folders.add(given);
        }
        List<URL> jars = new ArrayList<>();
        for (Path folder : folders) {
            jars.addAll(jarsIn(folder));
        }
        return jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(URL[]::new), parent);
    }

    /** The {@code plugins} folder next to the jar this class was loaded from, if it runs from a jar and there is one. */
    static Optional<Path> besideTheJar() {
        return besideTheJar(Plugins.class.getProtectionDomain().getCodeSource());
    }

    /** The {@code plugins} folder next to the jar {@code source} names, if it names a jar and there is one. */
    static Optional<Path> besideTheJar(CodeSource source) {
        // A class loaded from a JDK ahead-of-time cache (JDK 25's -XX:AOTCache) has a code source without a location
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            Path folder = location.resolveSibling(FOLDER_BESIDE_THE_JAR);
            return Files.isRegularFile(location) && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<URL> jarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<URL> urls = new ArrayList<>();
            for (Path jar : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            return urls;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + folder, e);
        }
    }
}
