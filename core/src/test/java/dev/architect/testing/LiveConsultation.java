package dev.architect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Availability;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.request.Team;
import dev.architect.validation.DossierValidator;
import java.time.Duration;
import java.util.List;

/** What a live provider's integration test checks: a real model produces a full, valid, grounded dossier. */
public final class LiveConsultation {

    private LiveConsultation() {
    }

    public static ConsultationRequest request() {
        return ConsultationRequest.builder("ShopFast", "Online store for a mid-size fashion retailer: catalog, cart, "
                        + "orders and card payments; merchandisers curate the catalog.")
                .capabilities("catalog", "cart", "orders", "payments")
                .integration("Stripe", "card payments")
                .load(new Load(2000.0, 20.0, 2_000_000L, null))
                .latency(Latency.p99(300))
                .availability(new Availability(99.95, 5, 30))
                .compliance(ComplianceRegime.PCI_DSS)
                .team(new Team(8, List.of("Java", "PostgreSQL", "AWS")))
                .build();
    }

    /** Runs a consultation on the named provider (configured from the environment) and checks the dossier. */
    public static Consultation runAndCheck(String provider) {
        Consultation dossier = Architect.builder().provider(provider).timeout(Duration.ofMinutes(15)).build().consult(request());

        assertThat(DossierValidator.validate(dossier).errors()).isEmpty();
        assertThat(dossier.decisions()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(d -> assertThat(d.options()).hasSizeBetween(2, 4));
        assertThat(dossier.decision(DecisionTopic.DATASTORE)).isPresent();
        assertThat(dossier.c4().containers()).isNotEmpty();
        assertThat(dossier.apis()).isNotEmpty();
        assertThat(dossier.metadata().inputTokens()).isPositive();
        assertThat(dossier.metadata().stages()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(dossier.cost().monthlyTotal()).isPositive();
        return dossier;
    }
}
