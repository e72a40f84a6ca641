package dev.architect.request;

import java.util.Locale;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.architect.exceptions.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated request documents, YAML and JSON, must either parse or raise {@link InvalidRequestException}: no other
 * exception, no hang, no stack overflow. The normal build runs a few hundred; the full run is
 * {@code mvn -pl core test -Dtest=RequestFuzzTest -Dfuzz.documents=10000} (seed with {@code -Dfuzz.seed=N}).
 */
class RequestFuzzTest {

    private static final int DOCUMENTS = Integer.getInteger("fuzz.documents", 600);
    private static final long SEED = Long.getLong("fuzz.seed", 424242L);
    private static final String HOSTILE = "{}[]:,-'\"\n\t &*!|>%@#?`~\\\u0000\u2028\uFEFF9.e-+";
    private static final String[] TOKENS = {"null", "~", "true", "-1", "1e999", ".nan", ".inf", "99999999999999999999999",
            "&a", "*a", "!!binary", "!!python/object", "<<: *a", "{", "[", "'", "\"", "? ", "- ", "\t", "%YAML 1.2", "---", "...",
            "peakRequestsPerSecond", "system", "description", "compliance", "PCI-DSS", "0.0", "1_000"};

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedDocumentsOnlyEverRaiseInvalidRequestException() throws IOException {
        List<String> seeds = seedDocuments();
        Random random = new Random(SEED);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String document = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                RequestReader.readString(document);
                parsed++;
            } catch (InvalidRequestException e) {
                if (e.problems().isEmpty() || e.getMessage().isBlank()) {
                    fail("document %d (seed %d) gave an empty error:%n%s", i, SEED, document);
                }
                rejected++;
            } catch (Throwable t) {
                fail("document " + i + " (seed " + SEED + ") raised " + t + " instead of InvalidRequestException:\n" + document, t);
            }
        }
        System.out.printf(Locale.ROOT, "request fuzz: %d documents, %d parsed, %d rejected (seed %d)%n", DOCUMENTS, parsed, rejected, SEED);
        org.assertj.core.api.Assertions.assertThat(rejected).as("mutations must break most documents").isGreaterThan(DOCUMENTS / 4);
    }

    static List<String> seedDocuments() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "requests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String yaml = Files.readString(f);
                seeds.add(yaml);
                seeds.add(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(new YAMLMapper().readTree(yaml)));
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no sample requests found under examples/requests");
        }
        return seeds;
    }

    static String mutate(String document, Random random) {
        StringBuilder sb = new StringBuilder(document);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(7)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(40)));
                case 1 -> sb.insert(at, HOSTILE.charAt(random.nextInt(HOSTILE.length())));
                case 2 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> sb.setLength(at); // truncated document
                case 4 -> {
                    int lineStart = sb.lastIndexOf("\n", at) + 1;
                    sb.insert(lineStart, " ".repeat(1 + random.nextInt(4))); // broken indentation
                }
                case 5 -> {
                    int end = sb.indexOf("\n", at);
                    if (end > at) {
                        sb.insert(end, sb.substring(sb.lastIndexOf("\n", at) + 1, end)); // duplicated line content
                    }
                }
                default -> sb.insert(at, "[".repeat(1 + random.nextInt(200))); // deep nesting
            }
        }
        return sb.toString();
    }
}
