package dev.architect;

import dev.architect.testing.SampleGrounding;
import dev.architect.request.Budget;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Latency;
import dev.architect.request.Load;

/** Consultation requests for tests. */
final class Requests {

    private Requests() {
    }

    static ConsultationRequest shopFast() {
        return shopFast("ShopFast", "Online store for a mid-size retailer that must survive Black Friday.");
    }

    static ConsultationRequest shopFast(String system, String description) {
        return ConsultationRequest.builder(system, description)
                .capabilities("catalog", "cart", "orders", "payments", "search")
                .integration("Stripe", "card payments").integration("SendGrid", "email")
                .load(new Load(2000.0, 20.0, 2_000_000L, null))
                .data(new DataVolume(200.0, 50.0, 7))
                .latency(new Latency(300, null))
                .compliance(ComplianceRegime.PCI_DSS, ComplianceRegime.GDPR)
                .budget(new Budget(20000.0))
                .build();
    }

    /** An architect on a model, with fixed grounding and no real sleeping between retries. */
    static Architect.Builder architect(dev.langchain4j.model.chat.ChatModel model) {
        return Architect.builder().chatModel(model).grounding(new SampleGrounding()).sleeper(d -> { });
    }
}
