package dev.architect.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** The text of a shipped data file, and bad copies of it that its reader must refuse, for the data files' tests. */
public final class ShippedDataFiles {

    private ShippedDataFiles() {
    }

    /**
     * The text of a data file as the jar ships it.
     *
     * @param owner    a class beside the file
     * @param resource the file's resource path
     * @return its text
     */
    public static String text(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each bad copy is refused when read: {@code {shipped text, its replacement, what the message must say}}; the shipped
     * text must stand in the file (so a test cannot pass by replacing nothing), and the refusal names the copy.
     *
     * @param text     the shipped file's text
     * @param bad      the replacements, each {@code {from, to, message}}
     * @param copyName the name the copy is read under
     * @param reader   reads a copy under a name, failing on a bad one
     */
    public static void eachBadCopyRefused(String text, String[][] bad, String copyName, BiConsumer<InputStream, String> reader) {
        for (String[] b : bad) {
            assertThat(text).as(b[0]).contains(b[0]);
            String copy = text.replace(b[0], b[1]);
            assertThatThrownBy(() -> reader.accept(new ByteArrayInputStream(copy.getBytes(StandardCharsets.UTF_8)), copyName))
                    .as(b[1]).isInstanceOf(IllegalStateException.class).hasMessageContaining(copyName).hasMessageContaining(b[2]);
        }
    }
}
