package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI under default locales that change case rules (Turkish dotted and dotless i) and number formats (German
 * decimal comma): a model consultation succeeds, and an offline dossier is byte-identical to the one made under
 * {@link Locale#ROOT}.
 */
class DefaultLocaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void aModelConsultationSucceedsAndAnOfflineDossierIsTheSameAsUnderTheRootLocale(String tag, @TempDir Path dir) throws IOException {
        Map<String, String> reference = offlineDossier(Locale.ROOT, dir.resolve("root"));
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));

            CliRun model = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", dir.resolve("model").toString(),
                    "--no-svg", "--provider", "scripted", "--date", "2026-01-01");
            assertThat(model.exitCode()).as(model.err()).isZero();
            assertThat(dir.resolve("model/consultation.json")).isNotEmptyFile();

            assertThat(offlineDossier(Locale.forLanguageTag(tag), dir.resolve(tag))).isEqualTo(reference);
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Map<String, String> offlineDossier(Locale locale, Path out) throws IOException {
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            CliRun run = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", out.toString(), "--no-svg",
                    "--provider", "offline", "--date", "2026-01-01");
            assertThat(run.exitCode()).as(run.err()).isZero();
        } finally {
            Locale.setDefault(previous);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readString(p));
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
