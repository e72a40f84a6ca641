package dev.architect.testing;

import dev.architect.request.Availability;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;

/** Requests shared by tests and benchmarks of several modules. */
public final class SampleRequests {

    private SampleRequests() {
    }

    /**
     * The request the over-HTTP harness ({@code OpenAiOverHttp}) consults with: several capabilities, load, data, a
     * compliance regime, a budget and a team. One regime, not two: with GDPR as well the offline architect makes 13
     * decisions, one more than the design stage outlines.
     *
     * @return TicketHub's request
     */
    public static ConsultationRequest ticketHub() {
        return ConsultationRequest.builder("TicketHub", "Sells tickets for concerts and sports events across Europe; "
                        + "promoters publish events, fans search, reserve seats and pay, and get mobile tickets")
                .goals("Sell out a 60,000-seat stadium in 10 minutes without overselling", "Launch in 6 months")
                .actor("Fan", "Buys tickets on the web and in the mobile app")
                .actor("Promoter", "Publishes events and seat maps, sees sales")
                .capabilities("events", "search", "seat reservation", "payments", "ticketing", "notifications")
                .integration("Stripe", "Card payments").integration("SendGrid", "Email")
                .compliance(ComplianceRegime.PCI_DSS)
                .constraints("Personal data stays in the EU")
                .load(new Load(4000.0, 30.0, 3_000_000L, null))
                .data(new DataVolume(200.0, 40.0, 7))
                .latency(new Latency(400, 120))
                .availability(new Availability(99.95, 5, 60))
                .budget(new Budget(20000.0))
                .team(new Team(12, List.of("Java", "PostgreSQL", "Kafka", "AWS")))
                .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1")))
                .build();
    }
}
