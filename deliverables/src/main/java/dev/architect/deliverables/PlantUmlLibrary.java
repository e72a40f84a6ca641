package dev.architect.deliverables;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Whether PlantUML (the optional {@code net.sourceforge.plantuml:plantuml-mit}) can be loaded, checked without loading
 * any of it, so a dossier without SVG never pays for PlantUML and a missing one gives our message, not a
 * {@link NoClassDefFoundError} halfway through.
 */
final class PlantUmlLibrary {

    static final String ARTIFACT = "net.sourceforge.plantuml:plantuml-mit";
    private static final String PROBE = "net.sourceforge.plantuml.SourceStringReader";

    private PlantUmlLibrary() {
    }

    static boolean isPresent() {
        return probe() == null;
    }

    /** @throws SvgUnavailableException naming the dependency to add, if PlantUML cannot be loaded */
    static void require() {
        ClassNotFoundException missing = probe();
        if (missing != null) {
            throw new SvgUnavailableException("SVG rendering needs PlantUML, which is not on the class path: add the dependency "
                    + ARTIFACT + ":" + builtWith() + " (optional in architect-deliverables), or turn SVG off with "
                    + "DossierWriter.builder().svg(false) (--no-svg on the command line) to write the .puml sources only", missing);
        }
    }

    private static ClassNotFoundException probe() {
        try {
            Class.forName(PROBE, false, PlantUmlLibrary.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException e) {
            return e;
        }
    }

    /** The version this module was built and tested with (from its build), or a hint if that file is missing. */
    static String builtWith() {
        Properties properties = new Properties();
        try (InputStream in = PlantUmlLibrary.class.getResourceAsStream("plantuml/plantuml.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            // fall through to the hint
        }
        return properties.getProperty("version", "<the version in architect-deliverables' pom>");
    }
}
