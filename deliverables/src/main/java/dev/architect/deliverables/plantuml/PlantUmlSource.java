package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.document.PlantUmlDiagram;

/**
 * Builds the text of one diagram: the start and end markers, the smetana layout pragma (so the output is the same
 * with or without Graphviz installed), stdlib includes and a title, then the lines the caller adds.
 */
final class PlantUmlSource {

    private final StringBuilder sb = new StringBuilder();
    private final String path;
    private final String title;

    PlantUmlSource(String path, String title, String... stdlibIncludes) {
        this.path = path;
        this.title = title;
        sb.append("@startuml\n!pragma layout smetana\n");
        for (String include : stdlibIncludes) {
            sb.append("!include <").append(include).append(">\n");
        }
        sb.append("title ").append(PlantUmlText.label(title)).append('\n');
    }

    PlantUmlSource line(String line) {
        sb.append(line).append('\n');
        return this;
    }

    PlantUmlDiagram build() {
        return new PlantUmlDiagram(path, title, sb + "@enduml\n");
    }
}
