package dev.architect.offline.internal.catalog;

import java.util.List;

/** The options the catalogue holds for one decision, and the question that decision answers. */
public record Section(String question, List<CatalogueEntry> options) {

    public Section {
        if (question == null || question.isBlank()) {
            throw new IllegalStateException("catalogue section without a question");
        }
        options = List.copyOf(options == null ? List.of() : options);
        if (options.size() < 2) {
            throw new IllegalStateException("catalogue section '" + question + "' needs at least two options");
        }
    }

    public CatalogueEntry option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no catalogue option '" + id + "' for: " + question));
    }
}
