package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

/**
 * Renders PlantUML to SVG in-process. PlantUML reads its security profile once per JVM, at its first use: loading
 * this class sets {@code PLANTUML_SECURITY_PROFILE=SANDBOX} unless the application chose a profile itself, so an
 * {@code !include} of a local file or URL can never pull data into a diagram. Renders one diagram at a time
 * (PlantUML keeps static state).
 */
public final class SvgRenderer {

    static {
        if (System.getProperty("PLANTUML_SECURITY_PROFILE") == null && System.getenv("PLANTUML_SECURITY_PROFILE") == null) {
            System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        }
    }

    private static final Object LOCK = new Object();

    /** The SVG of a diagram; a diagram PlantUML cannot draw raises a {@link DeliverableException} naming its file. */
    public SvgImage render(PlantUmlDiagram diagram) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramDescription description;
        try {
            synchronized (LOCK) {
                description = new SourceStringReader(diagram.content()).outputImage(out, new FileFormatOption(FileFormat.SVG));
            }
        } catch (IOException | RuntimeException e) {
            throw new DeliverableException(diagram.path() + ": PlantUML failed to render: " + e.getMessage(), e);
        }
        if (description == null || description.getDescription() == null || description.getDescription().contains("(Error)")) {
            throw new DeliverableException(diagram.path() + ": PlantUML reports a syntax error");
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        return new SvgImage(diagram.pathWithExtension("svg"), diagram.title(), svg.endsWith("\n") ? svg : svg + "\n");
    }
}
