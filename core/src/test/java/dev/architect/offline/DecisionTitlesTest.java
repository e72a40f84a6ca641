package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Decision;
import dev.architect.offline.internal.catalog.Phrases;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

class DecisionTitlesTest {

    @Test
    void namesKeepTheirCapitalsInsideTitlesAndSentences() {
        assertThat(Phrases.inSentence("Managed message queue")).isEqualTo("managed message queue");
        assertThat(Phrases.inSentence("REST over HTTPS with OpenAPI")).isEqualTo("REST over HTTPS with OpenAPI");
        assertThat(Phrases.inSentence("PostgreSQL with read replicas")).isEqualTo("PostgreSQL with read replicas");

        var titles = OfflineArchitect.create().consult(ConsultationRequest.builder("Shop", "An online store")
                        .capabilities("catalog", "orders").compliance(ComplianceRegime.GDPR)
                        .deployment(new dev.architect.request.Deployment(dev.architect.request.Cloud.AWS, java.util.List.of("eu-west-1"))).build())
                .decisions().stream().map(Decision::title).toList();

        assertThat(titles).contains("Use REST over HTTPS with OpenAPI", "GDPR controls: privacy by design with EU data residency");
    }
}
