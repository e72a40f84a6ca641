package dev.architect.offline.internal.catalog;

import dev.architect.request.Integration;
import java.util.List;
import java.util.Optional;

/**
 * What an integration does, read from the whole words of its purpose and name ({@code integration-kinds.yaml}), never
 * from a product's name alone: an integration whose purpose says it keeps the books of money owed and paid ("receivables,
 * payments and dunning") is that system of record, not a card processor, and the work its purpose names is handed to it.
 *
 * @param keepsBooks   words saying the integration is the system of record of money owed and paid
 * @param booksSystems words naming such a system in a sentence ("the ERP", "our accounting system"): a sentence of the
 *                     description that names one, or the integration itself, says what it does, not what to build
 */
public record IntegrationKinds(List<String> keepsBooks, List<String> booksSystems) {

    static final String RESOURCE = "/dev/architect/offline/integration-kinds.yaml";

    public IntegrationKinds {
        keepsBooks = checked("keepsBooks", keepsBooks);
        booksSystems = checked("booksSystems", booksSystems);
    }

    private static List<String> checked(String key, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is required and must name at least one word");
        }
        for (String word : words) {
            if (word == null || word.isBlank() || !word.equals(word.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException(RESOURCE + ": " + key + " word '" + word + "' must be lower case and not blank");
            }
        }
        return List.copyOf(words);
    }

    private static final class Holder {
        static final IntegrationKinds STANDARD = DataFiles.shipped(RESOURCE, IntegrationKinds.class, "integration kinds");
    }

    /**
     * The shipped table.
     *
     * @return the kinds read from {@code integration-kinds.yaml}
     */
    public static IntegrationKinds standard() {
        return Holder.STANDARD;
    }

    /**
     * The word of the integration's name or purpose that says it keeps the books of money owed and paid, or empty.
     *
     * @param integration the integration
     * @return the word, as the evidence for its kind
     */
    public Optional<String> keepsBooks(Integration integration) {
        return Words.of(integration.nameAndPurpose()).firstMatch(keepsBooks);
    }
}
