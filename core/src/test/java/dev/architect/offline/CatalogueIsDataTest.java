package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recommendation changes by editing the catalogue, not the code. */
class CatalogueIsDataTest {

    private static final ConsultationRequest EIGHT_ENGINEERS = ConsultationRequest.builder("Shop", "An online store")
            .capabilities("catalog", "cart", "orders", "payments", "search")
            .load(new Load(500.0, 10.0, null, null)).team(new Team(8, List.of("Java"))).build();

    @Test
    void loweringTheTeamSizeMicroservicesNeedChangesTheArchitectureStyle(@TempDir Path dir) throws Exception {
        String shipped;
        try (InputStream in = OfflineArchitect.class.getResourceAsStream("/dev/architect/offline/catalogue.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = shipped.replace("when: {teamSize: \">= 12\", capabilities: \">= 5\"}", "when: {teamSize: \">= 6\", capabilities: \">= 5\"}")
                .replace("when: {teamSize: \"<= 15\", loadDivergent: false}", "when: {teamSize: \"<= 5\", loadDivergent: false}");
        assertThat(edited).isNotEqualTo(shipped);
        Path catalogue = Files.writeString(dir.resolve("catalogue.yaml"), edited);

        Consultation standard = OfflineArchitect.create().consult(EIGHT_ENGINEERS);
        Consultation houseRules = OfflineArchitect.withCatalogue(catalogue).consult(EIGHT_ENGINEERS);

        assertThat(standard.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().chosenOption()).isEqualTo("Modular monolith");
        assertThat(houseRules.decision(DecisionTopic.ARCHITECTURE_STYLE).orElseThrow().chosenOption()).isEqualTo("Microservices");
        assertThat(houseRules.c4().containers().size()).isGreaterThan(standard.c4().containers().size());
    }
}
