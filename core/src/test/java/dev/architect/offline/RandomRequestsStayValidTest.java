package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.dossier.Consultation;
import dev.architect.request.Availability;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import dev.architect.validation.DossierValidator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests made of the words the offline architect knows (every resource shape's and archetype's phrases), combined at
 * random with regimes, clouds, loads and teams, each give a dossier the validator accepts: the architect never refuses
 * its own output. Seeded, so a failure names a request that can be run again.
 */
class RandomRequestsStayValidTest {

    private static final int REQUESTS = Integer.getInteger("offline.random.requests", 40);

    static Stream<Long> seeds() {
        return new Random(20261202).longs(REQUESTS).boxed();
    }

    private static List<String> vocabulary() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = RandomRequestsStayValidTest.class.getResourceAsStream("/dev/architect/offline/catalogue.yaml")) {
            for (JsonNode r : yaml.readTree(in).get("resources")) {
                r.get("match").forEach(m -> words.add(m.asText()));
            }
        }
        try (InputStream in = RandomRequestsStayValidTest.class.getResourceAsStream("/dev/architect/offline/archetypes.yaml")) {
            for (JsonNode a : yaml.readTree(in).get("archetypes")) {
                a.path("phrases").forEach(p -> words.add(p.asText()));
            }
        }
        return new ArrayList<>(words);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomRequestGivesADossierTheValidatorAccepts(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> vocabulary = vocabulary();
        Set<String> capabilities = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            capabilities.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        List<ComplianceRegime> regimes = new ArrayList<>();
        for (ComplianceRegime r : ComplianceRegime.values()) {
            if (random.nextInt(5) == 0) {
                regimes.add(r);
            }
        }
        Cloud cloud = List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP).get(random.nextInt(3));
        List<String> regions = switch (cloud) {
            case AWS -> random.nextBoolean() ? List.of("eu-west-1") : List.of("us-east-1", "eu-central-1");
            case AZURE -> random.nextBoolean() ? List.of("westeurope") : List.of("eastus", "uksouth");
            default -> random.nextBoolean() ? List.of("europe-west1") : List.of("us-central1", "asia-southeast1");
        };
        double peak = Math.pow(10, 1 + random.nextInt(5));
        String description = "Serves " + String.join(", ", capabilities) + " for its users";
        ConsultationRequest request = ConsultationRequest.builder("Randomly", description)
                .capabilities(capabilities.toArray(String[]::new)).compliance(regimes.toArray(ComplianceRegime[]::new))
                .load(new Load(peak, 1.0 + random.nextInt(100), (long) (peak * 500), null))
                .availability(new Availability(List.of(99.5, 99.9, 99.95, 99.99).get(random.nextInt(4)), 15, 60))
                .team(new Team(1 + random.nextInt(40), List.of(List.of("Java", "TypeScript", "Python", "C#", "Go").get(random.nextInt(5)))))
                .deployment(new Deployment(cloud, regions)).build();

        Consultation c;
        try {
            c = OfflineArchitect.create().consult(request);
        } catch (RuntimeException e) {
            throw new AssertionError("request " + request + " failed: " + e, e);
        }

        assertThat(DossierValidator.validate(c, request).errors()).as("request %s", request).isEmpty();
    }
}
