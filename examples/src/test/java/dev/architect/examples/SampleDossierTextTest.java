package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.deliverables.DossierWriter;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.internal.Slugs;
import dev.architect.dossier.Consultation;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every file of the dossier of every sample request for the text glitches readers noticed: escapes that
 * show, broken grammar, cut words. Each pattern names one glitch; a hit prints the file and the text around it.
 */
class SampleDossierTextTest {

    private static final Map<String, Pattern> GLITCHES = Map.of(
            "zero-width space outside a link", Pattern.compile("\u200B(?!://|\\.\\S|:\\S)"),
            "backslash-escaped decimal point", Pattern.compile("\\d\\\\\\.\\d"),
            "\"all 1 of\"", Pattern.compile("\\ball 1 of\\b"),
            "plural after 1", Pattern.compile("(?<![\\d.,/-])\\b1 (APIs|decisions|containers|entities|risks|services|conditions|problems|operations|figures|questions|files)\\b"),
            "\"a\" before a vowel", Pattern.compile("\\b[Aa] (order|event|invoice|item|account|appointment|api|entity|image|alert|incident|organisation|organization|asset|employee|order item)\\b"),
            "plural before \"records\"", Pattern.compile("\\b[A-Z][a-z]+s records\\b"),
            "countable noun without an article", Pattern.compile("\\bUse (modular|managed (message|identity|application)|distributed cache|relational database|time-series|wide-column|self-hosted|GraphQL gateway|CDN)"));

    static Stream<Path> sampleRequests() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("requests"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void theDossierOfASampleRequestHasNoKnownTextGlitch(Path request) {
        Consultation dossier = Architect.builder().build().consult(RequestReader.read(request));
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);

        List<String> hits = new ArrayList<>();
        for (Deliverable file : files) {
            GLITCHES.forEach((glitch, pattern) -> {
                Matcher m = pattern.matcher(file.content());
                while (m.find()) {
                    String around = file.content().substring(Math.max(0, m.start() - 30), Math.min(file.content().length(), m.end() + 30));
                    hits.add(glitch + " in " + file.path() + ": ..." + around.replace("\n", " ") + "...");
                }
            });
        }
        assertThat(hits).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void decisionFileNamesEndAtAWordOfTheTitle(Path request) {
        Consultation dossier = Architect.builder().build().consult(RequestReader.read(request));
        List<String> decisionFiles = DossierWriter.builder().svg(false).build().deliverables(dossier).stream()
                .map(Deliverable::path).filter(p -> p.startsWith("decisions/")).sorted().toList();

        assertThat(decisionFiles).hasSameSizeAs(dossier.decisions());
        for (int i = 0; i < decisionFiles.size(); i++) {
            String stem = decisionFiles.get(i).replaceAll("^decisions/\\d{4}-|\\.md$", "");
            String wholeTitle = Slugs.of(dossier.decisions().get(i).title(), "decision");
            assertThat(wholeTitle.equals(stem) || wholeTitle.startsWith(stem + "-")).as(stem + " of " + wholeTitle).isTrue();
        }
    }
}
