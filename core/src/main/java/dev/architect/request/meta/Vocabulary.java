package dev.architect.request.meta;

import dev.architect.exceptions.InvalidRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A closed vocabulary with a canonical label and aliases, such as compliance regimes ({@code PCI-DSS},
 * {@code PCI DSS} and {@code pci} all mean one value). Matching ignores case, spaces and punctuation.
 */
public interface Vocabulary {

    /** How a value is written and which other spellings mean it. */
    record Spellings(String label, List<String> aliases) {
        /**
         * Spellings from a label and any number of aliases.
         *
         * @param label the canonical spelling
         * @param aliases further accepted spellings
         */
        public Spellings(String label, String... aliases) {
            this(label, List.of(aliases));
        }
    }

    /**
     * The value's spellings; an enum holds one {@link Spellings} and returns it here.
     *
     * @return the spellings
     */
    Spellings spellings();

    /**
     * The canonical spelling, written back in JSON and listed in error messages and the schema.
     *
     * @return the label
     */
    @com.fasterxml.jackson.annotation.JsonValue
    default String label() {
        return spellings().label();
    }

    /**
     * Further accepted spellings; compared after {@link #normalize(String)}.
     *
     * @return the aliases; empty when there are none
     */
    default List<String> aliases() {
        return spellings().aliases();
    }

    /**
     * The matching key of a text: lower case (in {@link java.util.Locale#ROOT}) with everything but letters and digits removed.
     *
     * @param text the text to normalise
     * @return the key two spellings share when they mean the same value
     */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Finds the value a text names.
     *
     * @param <E> the vocabulary enum
     * @param type the enum class
     * @param text the text to look up
     * @param path the field path to name in the error
     * @return the value
     * @throws InvalidRequestException naming {@code path} and listing the accepted labels when nothing matches
     */
    static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String text, String path) {
        E found = find(type, text);
        if (found == null) {
            throw InvalidRequestException.of(path, "unknown value \"" + text + "\"; accepted: " + labels(type));
        }
        return found;
    }

    /**
     * The value a text names, matching the constant name, the label or an alias after {@link #normalize(String)}.
     *
     * @param <E> the vocabulary enum
     * @param type the enum class
     * @param text the text to look up; may be null
     * @return the value, or null when the text is null or names none
     */
    static <E extends Enum<E> & Vocabulary> E find(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String key = normalize(text);
        for (E e : type.getEnumConstants()) {
            if (key.equals(normalize(e.name())) || key.equals(normalize(e.label()))
                    || e.aliases().stream().anyMatch(a -> key.equals(normalize(a)))) {
                return e;
            }
        }
        return null;
    }

    /**
     * The labels of every value, comma-separated, in declaration order, as error messages list them.
     *
     * @param <E> the vocabulary enum
     * @param type the enum class
     * @return the labels
     */
    static <E extends Enum<E> & Vocabulary> String labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::label).collect(Collectors.joining(", "));
    }
}
