package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import dev.architect.exceptions.StageFailedException;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Omitted and empty sections, over HTTP on 127.0.0.1: repaired when the model fixes them, a typed failure when not. */
class EmptySectionsTest {

    private static ConsultationRequest request(ComplianceRegime... compliance) {
        return ConsultationRequest.builder("ShopFast", "Online store for a mid-size retailer")
                .capabilities("catalog", "orders", "payments").load(new Load(2000.0, 20.0, 2_000_000L, null))
                .compliance(compliance).team(new Team(8, List.of("Java", "PostgreSQL"))).build();
    }

    @Test
    void emptyArraysInEveryFanOutStageAreSentBackAndTheRepairedDossierHasEverySection() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (attempt == 1) {
                switch (stage) {
                    case APIS -> reply.putArray("apis");
                    case DATA -> reply.putArray("entities");
                    case FLOWS -> reply.remove("sequences"); // omitted, not just empty
                    case RISKS -> reply.putArray("risks");
                    case COMPONENTS -> reply.putArray("components");
                    default -> { }
                }
            }
        })) {
            Consultation dossier = http.architect().build().consult(request());

            assertThat(dossier.apis()).isNotEmpty();
            assertThat(dossier.dataModel().entities()).isNotEmpty();
            assertThat(dossier.sequences()).isNotEmpty();
            assertThat(dossier.risks()).isNotEmpty();
            assertThat(dossier.c4().components()).isNotEmpty();
            for (Stage repaired : List.of(Stage.APIS, Stage.DATA, Stage.FLOWS, Stage.RISKS, Stage.COMPONENTS)) {
                assertThat(http.attempts(repaired)).as("attempts of %s", repaired).isEqualTo(2);
            }
            assertThat(http.attempts(Stage.DECISIONS)).isEqualTo(1);
            String repairOfApis = http.bodies.stream().map(b -> b.get("messages").toString())
                    .filter(m -> m.contains("apis has no API for container 'store-app'")).findFirst().orElse("");
            assertThat(repairOfApis).as("the repair names the container without an API").isNotEmpty();
        }
    }

    @Test
    void requirementsAndTechStackLeftEmptyFailWithTheStageAndTheFieldsAfterTheRepairs() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.ANALYZE) {
                reply.putArray("functional");
            }
        })) {
            assertThatThrownBy(() -> http.architect().maxRepairs(1).build().consult(request()))
                    .isInstanceOfSatisfying(StageFailedException.class, e -> {
                        assertThat(e.stage()).isEqualTo(Stage.ANALYZE);
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("functional is empty"));
                    });
            assertThat(http.attempts(Stage.ANALYZE)).isEqualTo(2);
            assertThat(http.attempts(Stage.DESIGN)).isZero();
        }
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.DESIGN) {
                reply.putArray("techStack");
            }
        })) {
            assertThatThrownBy(() -> http.architect().maxRepairs(0).build().consult(request()))
                    .isInstanceOfSatisfying(StageFailedException.class, e -> {
                        assertThat(e.stage()).isEqualTo(Stage.DESIGN);
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("techStack is empty"));
                    });
        }
    }

    @Test
    void everyComplianceRegimeOfTheRequestNeedsARiskThatNamesIt() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.RISKS && attempt == 1) {
                ((ObjectNode) reply.get("risks").get(1)).put("id", "risk-card-scope")
                        .put("description", "A form change could post card numbers to our API");
            }
        })) {
            Consultation dossier = http.architect().build().consult(request(ComplianceRegime.PCI_DSS));

            assertThat(http.attempts(Stage.RISKS)).isEqualTo(2);
            assertThat(dossier.risks()).anySatisfy(r -> assertThat(r.description()).contains("PCI DSS"));
            assertThat(http.bodies.toString()).contains("risks has none about PCI-DSS");
        }
    }

    @Test
    void anEmptyOperationsPlanAndRoadmapAreNeverHandedOver() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.PLAN) {
                ((ObjectNode) reply.get("operations")).putArray("slos");
                ((ObjectNode) reply.get("operations")).putArray("alerts");
                ((ObjectNode) reply.get("roadmap")).putArray("phases");
            }
        })) {
            assertThatThrownBy(() -> http.architect().maxRepairs(1).build().consult(request()))
                    .isInstanceOfSatisfying(StageFailedException.class, e -> {
                        assertThat(e.stage()).isEqualTo(Stage.PLAN);
                        assertThat(e.problems()).contains("operations.slos is empty; derive SLOs from the quality attributes",
                                "roadmap.phases is empty; plan the delivery in phases");
                    });
        }
    }
}
