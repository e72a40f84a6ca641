package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No dossier borrows another domain's nouns: every request of a broad corpus (the examples' samples, requests-fresh,
 * recognition-requests and leak-requests, the last written for this test with what each must not say) is consulted,
 * and each sentence of its dossier is checked against {@code leak-nouns.yaml}: a domain noun the request never licenses
 * (none of its evidence words in the request's text, the options its decisions weighed, its tech stack or the systems
 * of its context diagram) is a template written for another domain, and fails naming the dossier, the file a reader
 * finds it in and the sentence. Measured on 4 December 2026 over 38 requests: 80 leaks in 7 dossiers before the templates were made
 * to speak in the request's own nouns, 0 after.
 */
class LeakedNounsTest {

    /** The data list: each domain noun with the words that license it. */
    record LeakNouns(List<Noun> nouns) {
        LeakNouns {
            if (nouns == null || nouns.isEmpty()) {
                throw new IllegalStateException("leak nouns: the list of nouns is missing");
            }
            Set<String> seen = new HashSet<>();
            for (Noun n : nouns) {
                if (!seen.add(n.noun())) {
                    throw new IllegalStateException("leak nouns: noun '" + n.noun() + "' is listed twice");
                }
            }
            nouns = List.copyOf(nouns);
        }
    }

    /** A domain noun and the words that make it the request's own; the noun itself always licenses it. */
    record Noun(String noun, List<String> licensedBy) {
        Noun {
            if (noun == null || noun.isBlank() || !noun.equals(noun.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("leak nouns: a noun must be given in lower case, got '" + noun + "'");
            }
            if (licensedBy == null || licensedBy.isEmpty()) {
                throw new IllegalStateException("leak nouns: noun '" + noun + "' has no licensedBy words");
            }
            List<String> all = new ArrayList<>(licensedBy);
            if (!all.contains(noun)) {
                all.add(noun);
            }
            licensedBy = List.copyOf(all);
        }
    }

    static final List<Path> CORPUS = List.of(Path.of("..", "examples", "requests"), Path.of("src", "test", "resources", "requests-fresh"),
            Path.of("src", "test", "resources", "recognition-requests"), Path.of("src", "test", "resources", "leak-requests"));

    static LeakNouns nouns() {
        try (InputStream in = LeakedNounsTest.class.getResourceAsStream("/leak-nouns.yaml")) {
            return DataFiles.read(in, "leak-nouns.yaml", LeakNouns.class, "leak nouns");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus, and any directories of requests named in {@code -Dleaks.extra} (comma-separated), to measure others. */
    static List<Path> corpus() {
        List<Path> out = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(CORPUS);
        for (String extra : System.getProperty("leaks.extra", "").split(",")) {
            if (!extra.isBlank()) {
                dirs.add(Path.of(extra.strip()));
            }
        }
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Where a reader finds a part of the dossier, by its top-level field in consultation.json. */
    static String file(String field) {
        return switch (field) {
            case "decisions" -> "decisions/";
            case "risks" -> "risks.md";
            case "operations" -> "operations.md";
            case "dataModel" -> "data/";
            case "apis" -> "api/";
            case "sequences" -> "diagrams/";
            case "c4" -> "workspace.dsl";
            case "capacity", "cost" -> "cost.md";
            default -> "README.md";
        };
    }

    /** What licenses nouns: the request's own text, and the names of what its design weighed and chose. */
    static Words licence(ConsultationRequest r, Consultation c) {
        List<String> texts = new ArrayList<>();
        texts.add(r.system());
        texts.add(r.description());
        texts.addAll(r.goals());
        texts.addAll(r.constraints());
        texts.addAll(r.capabilities());
        r.actors().forEach((Actor a) -> texts.add(a.name() + ": " + (a.description() == null ? "" : a.description())));
        r.integrations().forEach(i -> texts.add(i.nameAndPurpose()));
        r.compliance().forEach(x -> texts.add(x.toString()));
        c.decisions().forEach(d -> d.options().forEach(o -> texts.add(o.name())));
        c.techStack().forEach(t -> texts.add(t.choice()));
        JsonNode systems = DossierJson.mapper().valueToTree(c).path("c4").path("systems");
        // A system the design only added for a mechanism ("... (to be chosen)") is the template's own word, no licence.
        systems.forEach(s -> texts.add(s.path("name").asText("").endsWith("(to be chosen)") ? "" : s.path("name").asText("")));
        return Words.of(String.join(". ", texts.stream().filter(t -> t != null).toList()));
    }

    /** Each sentence of the dossier's prose, with the file it is in. */
    static Map<String, String> sentences(Consultation c) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode root = DossierJson.mapper().valueToTree(c);
        root.fields().forEachRemaining(e -> collect(e.getValue(), file(e.getKey()), out));
        return out;
    }

    private static void collect(JsonNode node, String file, Map<String, String> out) {
        if (node.isTextual()) {
            for (String s : AdrProseTest.split(List.of(node.asText()))) {
                out.putIfAbsent(s, file);
            }
        } else {
            node.forEach(child -> collect(child, file, out));
        }
    }

    /** The leaks of one dossier: "dossier | file | noun | sentence". */
    static List<String> leaks(String name, ConsultationRequest r, Consultation c, LeakNouns nouns) {
        Words licence = licence(r, c);
        List<Noun> unlicensed = nouns.nouns().stream().filter(n -> !licence.containsAny(n.licensedBy())).toList();
        List<String> out = new ArrayList<>();
        sentences(c).forEach((sentence, file) -> {
            Words words = Words.of(sentence);
            unlicensed.stream().filter(n -> words.firstMatch(List.of(n.noun()), List.of()).isPresent())
                    .forEach(n -> out.add(name + " | " + file + " | " + n.noun() + " | " + sentence));
        });
        return out;
    }

    @Test
    void noDossierUsesADomainNounItsRequestNeverLicenses() {
        LeakNouns nouns = nouns();
        List<String> leaks = new ArrayList<>();
        for (Path p : corpus()) {
            ConsultationRequest r = RequestReader.read(p);
            leaks.addAll(leaks(p.getFileName().toString(), r, OfflineArchitect.create().consult(r), nouns));
        }
        if (Boolean.getBoolean("leaks.print")) {
            leaks.forEach(System.out::println);
        }
        assertThat(leaks).as("dossier | file | noun | sentence").isEmpty();
    }

    @Test
    void aNounSaidWithoutItsEvidenceIsCaughtAndOneTheRequestLicensesIsNot() {
        LeakNouns nouns = new LeakNouns(List.of(new Noun("valve", List.of("valve", "irrigation"))));
        ConsultationRequest r = RequestReader.read(Path.of("src", "test", "resources", "leak-requests", "hotel-housekeeping.yaml"));
        Consultation c = OfflineArchitect.create().consult(r);
        Words licence = licence(r, c);

        assertThat(licence.containsAny(List.of("valve", "irrigation"))).isFalse();
        assertThat(licence.containsAny(List.of("housekeeper"))).as("the request's own nouns license").isTrue();
        assertThat(Words.of("Close the valves before a flush").firstMatch(List.of("valve"), List.of())).isPresent();
        assertThat(leaks("hotel", r, c, nouns)).isEmpty();
    }

    @Test
    void everyFreshLeakRequestSaysWhatItsDossierMustNotSay() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "leak-requests"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(8);
            for (Path p : all) {
                assertThat(Files.readString(p)).as(p.toString()).startsWith("# Must not say:");
            }
        }
    }

    @Test
    void theShippedListLoadsAndABadCopyFailsNamingItsEntry() {
        assertThat(nouns().nouns()).extracting(Noun::noun).contains("valve", "locker", "pupil", "legal hold", "mqtt");

        String missing = "nouns:\n  - {noun: valve, licensedBy: [valve]}\n  - {noun: locker}\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)), "bad copy", LeakNouns.class, "leak nouns"))
                .hasMessageContaining("locker").hasMessageContaining("licensedBy");
        String capitalised = "nouns:\n  - {noun: Pupil, licensedBy: [school]}\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(capitalised.getBytes(StandardCharsets.UTF_8)), "bad copy", LeakNouns.class, "leak nouns"))
                .hasMessageContaining("Pupil").hasMessageContaining("lower case");
        String unknownKey = "nouns:\n  - {noun: pupil, licencedBy: [pupil]}\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(unknownKey.getBytes(StandardCharsets.UTF_8)), "bad copy", LeakNouns.class, "leak nouns"))
                .isInstanceOf(IllegalStateException.class);
    }
}
