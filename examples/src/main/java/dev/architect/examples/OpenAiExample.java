package dev.architect.examples;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.request.Availability;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.time.Duration;

/**
 * A consultation on OpenAI (or any OpenAI-compatible server: set {@code OPENAI_BASE_URL}). Needs
 * {@code OPENAI_API_KEY}; the request is built in code rather than read from a file.
 */
public final class OpenAiExample {

    public static void main(String[] args) {
        ConsultationRequest request = ConsultationRequest.builder("ShopFast", "Online store for a mid-size retailer")
                .capabilities("catalog", "cart", "orders", "payments", "search")
                .load(new Load(2000.0, 20.0, 2_000_000L, null))
                .latency(Latency.p99(300))
                .availability(new Availability(99.95, 5, 30))
                .compliance(ComplianceRegime.PCI_DSS, ComplianceRegime.GDPR)
                .team(new Team(8, java.util.List.of("Java", "PostgreSQL", "AWS")))
                .build();

        Architect architect = Architect.builder()
                .provider("openai")                          // reads OPENAI_API_KEY, OPENAI_MODEL, ...
                .providerOption("model", "gpt-4o-mini")      // builder options win over the environment
                .listener(event -> System.err.println(event))
                .tokenBudget(400_000)                        // stop rather than overspend
                .timeout(Duration.ofMinutes(5))
                .build();
        Consultation dossier = architect.consult(request);
        System.out.println(dossier.summary());
        System.out.println(dossier.metadata().totalTokens() + " tokens in " + dossier.metadata().durationMillis() + " ms");
    }
}
