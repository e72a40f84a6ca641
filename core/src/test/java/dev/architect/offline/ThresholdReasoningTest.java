package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A looser target is no reason against an option, only no reason for it; asynchronous work is counted from what the
 * request describes (imports, reports, webhooks), and one flow reads as one.
 */
class ThresholdReasoningTest {

    private static List<String> texts(Decision d) {
        List<String> out = new ArrayList<>(List.of(d.rationale()));
        d.options().stream().map(DecisionOption::cons).forEach(out::addAll);
        d.consequences().stream().map(Consequence::text).forEach(out::add);
        out.addAll(d.drivers());
        return out;
    }

    /** A logistics broker's services behind a relaxed 800 ms target: gRPC's strength is not needed, not "beyond" anything. */
    @Test
    void aLooserLatencyTargetSaysNotNeededNeverBeyondWhatItHandles() {
        ConsultationRequest freight = ConsultationRequest.builder("Haulmark", "Freight brokerage matching shippers' loads to carriers' trucks")
                .capabilities("shippers", "carriers", "loads", "quotes", "tenders", "tracking", "invoices", "documents", "ratings")
                .integration("Telematics feed", "truck positions every minute")
                .load(new Load(3000.0, 4.0, null, null)).latency(new Latency(800, null))
                .team(new Team(30, List.of("Java", "Kubernetes", "Kafka")))
                .deployment(new Deployment(Cloud.of("aws"), List.of())).build();
        Consultation c = OfflineArchitect.create().consult(freight);
        for (Decision d : c.decisions()) {
            assertThat(texts(d)).as(d.id()).noneMatch(t -> t.contains("800 ms p99 target is beyond what it handles"));
        }
        Decision api = c.decision(DecisionTopic.API_STYLE).orElseThrow();
        assertThat(texts(api)).anyMatch(t -> t.contains("is not needed for Haulmark: a 800 ms p99 target is looser than the 200 ms"));
    }

    /** A dental lab's order tracking: no notification integration, but a nightly import and monthly statements. */
    @Test
    void scheduledImportsAndPeriodicReportsAreAsynchronousFlows() {
        ConsultationRequest lab = ConsultationRequest.builder("Crownworks",
                        "Order tracking for a dental laboratory; a nightly import of orders from the practice system and monthly statements to each practice")
                .capabilities("orders", "practices", "technicians")
                .integration("Practice management system", "order import")
                .load(new Load(20.0, 5.0, null, null)).team(new Team(3, List.of("C#", "SQL Server")))
                .deployment(new Deployment(Cloud.of("azure"), List.of())).build();
        Decision messaging = OfflineArchitect.create().consult(lab).decision(DecisionTopic.MESSAGING).orElseThrow();
        assertThat(messaging.drivers()).noneMatch(d -> d.startsWith("asynchronous flows 0"));
        assertThat(messaging.drivers()).noneMatch(d -> d.startsWith("events published at peak 0"));
        assertThat(String.join(" ", texts(messaging))).doesNotContain("0 asynchronous flows").doesNotContain("1 asynchronous flows");
        // The order import (an integration) and the monthly statements: "nightly" and "monthly" say when, not more work.
        assertThat(messaging.drivers()).anyMatch(d -> d.startsWith("asynchronous flows 2 "));
    }

    @Test
    void oneAsynchronousFlowReadsAsOne() {
        ConsultationRequest kiosk = ConsultationRequest.builder("Pantry", "Stock of a community food bank's pantry shelves")
                .capabilities("items", "shelves", "volunteers")
                .integration("Email gateway", "volunteer rota by email")
                .load(new Load(5.0, 10.0, null, null)).team(new Team(2, List.of("Python")))
                .deployment(new Deployment(Cloud.of("gcp"), List.of())).build();
        Decision messaging = OfflineArchitect.create().consult(kiosk).decision(DecisionTopic.MESSAGING).orElseThrow();
        String all = String.join(" ", texts(messaging));
        assertThat(all).contains("1 asynchronous flow").doesNotContain("1 asynchronous flows");
    }
}
