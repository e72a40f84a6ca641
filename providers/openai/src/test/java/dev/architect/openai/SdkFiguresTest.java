package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.event.Stage;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.request.Budget;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over HTTP on 127.0.0.1: the model chooses what to build, the SDK sizes and prices it, and the summary agrees. */
class SdkFiguresTest {

    private static ConsultationRequest request() {
        return ConsultationRequest.builder("ShopFast", "Online store for a mid-size retailer")
                .capabilities("catalog", "orders", "payments").load(new Load(2000.0, 20.0, 2_000_000L, null))
                .budget(new Budget(6000.0)).team(new Team(8, List.of("Java", "PostgreSQL"))).build();
    }

    @Test
    void tripledQuantitiesAreReplacedByTheSdksSizingWithAWarningAndTheSummaryQuotesTheSdksTotal() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.DESIGN) {
                reply.put("summary", "A modular monolith on PostgreSQL. It costs $5,220.84 a month, within budget. "
                        + "It is ready for Black Friday.");
            }
            if (stage == Stage.PLAN) {
                ArrayNode items = (ArrayNode) reply.get("costItems");
                ((ObjectNode) items.get(0)).put("quantity", 9).put("assumption", "9 instances at peak");
                items.addObject().put("id", "logs").put("name", "Log ingestion").put("resourceKind", "logs.ingestion")
                        .put("quantity", 3000).put("assumption", "3 TB of logs");
            }
        })) {
            Consultation dossier = http.architect().build().consult(request());

            double sdkInstances = dossier.capacity().estimate("app-instances").orElseThrow().value();
            double sdkLogs = dossier.capacity().estimate("logs").orElseThrow().value();
            CostLineItem compute = item(dossier, "compute");
            assertThat(compute.quantity()).isEqualTo(sdkInstances).isNotEqualTo(9);
            assertThat(compute.assumption()).contains("capacity estimate 'app-instances'");
            assertThat(item(dossier, "logs").quantity()).isEqualTo(sdkLogs);
            assertThat(dossier.metadata().warnings()).anySatisfy(w -> assertThat(w)
                    .contains("cost item 'compute': the model's quantity 9 of compute.instance was replaced by "
                            + Numbers.format(sdkInstances)));
            assertThat(dossier.metadata().warnings()).anySatisfy(w -> assertThat(w).contains("cost item 'logs'"));
            assertThat(dossier.summary())
                    .doesNotContain("5,220.84")
                    .contains("A modular monolith on PostgreSQL.", "It is ready for Black Friday.")
                    .contains(Numbers.usd(dossier.cost().monthlyTotal()) + " a month")
                    .contains(Numbers.usd(dossier.cost().threeYearTco()))
                    .contains("within the monthly budget of $6,000.00");
        }
    }

    @Test
    void quantitiesThatMatchTheSdksSizingStandWithoutAWarning() throws Exception {
        double sdkInstances = Math.ceil(2000 / (1000 * 0.7));
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.PLAN) {
                ((ObjectNode) reply.get("costItems").get(0)).put("quantity", sdkInstances);
            }
        })) {
            Consultation dossier = http.architect().build().consult(request());

            assertThat(item(dossier, "compute").quantity()).isEqualTo(sdkInstances);
            assertThat(item(dossier, "compute").assumption()).isEqualTo("6 instances at peak");
            assertThat(dossier.metadata().warnings()).noneSatisfy(w -> assertThat(w).contains("cost item"));
        }
    }

    @Test
    void anSdkAssumptionRestatedByTheModelKeepsTheSdksValue() throws Exception {
        Assumption sdk = Workload.of(request()).assumptions().get(0);
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> {
            if (stage == Stage.ANALYZE) {
                ((ArrayNode) reply.get("assumptions")).addObject().put("id", sdk.id()).put("topic", sdk.topic())
                        .put("statement", "The audience is 424242 people").put("value", "424242");
            }
        })) {
            Consultation dossier = http.architect().build().consult(request());

            List<Assumption> kept = dossier.requirements().assumptions().stream().filter(a -> a.id().equals(sdk.id())).toList();
            assertThat(kept).containsExactly(sdk);
            assertThat(dossier.metadata().warnings()).contains(
                    "assumption '" + sdk.id() + "' (" + sdk.topic() + ") is the SDK's to make; the model's was replaced by the SDK's");
        }
    }

    private static CostLineItem item(Consultation dossier, String id) {
        return dossier.cost().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
