package dev.architect.offline.internal.catalog;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bulk binary content a request names without stating the size of one item (medical imaging studies, video footage),
 * from {@code bulk-content.yaml}: the size of one item it implies, so a design that keeps files in object storage puts
 * their bytes there and keeps only the rows that describe them in its database.
 *
 * @param content the kinds of content, each with the phrases that name it
 */
public record BulkContent(List<Content> content) {

    static final String RESOURCE = "/dev/architect/offline/bulk-content.yaml";
    private static final BulkContent STANDARD = DataFiles.shipped(RESOURCE, BulkContent.class, "bulk content");

    public BulkContent {
        content = List.copyOf(content == null ? List.of() : content);
    }

    /**
     * One kind of bulk content.
     *
     * @param what the content in the dossier's words ("medical imaging studies")
     * @param phrases the whole words that name it
     * @param notWithin longer phrases in which a phrase means something else
     * @param itemMb the size of one item in MB
     * @param basis why that size
     */
    public record Content(String what, List<String> phrases, List<String> notWithin, Double itemMb, String basis) {
        public Content {
            if (what == null || what.isBlank() || phrases == null || phrases.isEmpty() || itemMb == null || !(itemMb > 0)
                    || basis == null || basis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": content '" + what + "' needs what, phrases, a positive itemMb and a basis");
            }
            phrases = List.copyOf(phrases);
            notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
        }
    }

    /**
     * Content of one kind the request names.
     *
     * @param content the kind
     * @param phrase the phrase found, as the data writes it
     */
    public record Named(Content content, String phrase) {
    }

    /** The shipped kinds of content. */
    public static BulkContent standard() {
        return STANDARD;
    }

    /**
     * The first kind of content the request names, in the file's order, in its description, goals, capabilities or
     * integrations.
     *
     * @param request the request
     * @return the content named, with the phrase that names it
     */
    public Optional<Named> named(ConsultationRequest request) {
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        texts.addAll(request.capabilities());
        request.integrations().stream().map(Integration::nameAndPurpose).forEach(texts::add);
        for (Content c : content) {
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                Optional<String> hit = Words.of(text).firstMatch(c.phrases(), c.notWithin());
                if (hit.isPresent()) {
                    return Optional.of(new Named(c, hit.get()));
                }
            }
        }
        return Optional.empty();
    }
}
