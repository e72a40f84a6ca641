package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CDN the request already runs is the CDN of the design: offered in the cloud CDN's place, chosen where it can be
 * built, cited from the request, and priced at its own list prices rather than the cloud's.
 */
class IncumbentCdnKeptTest {

    private static Consultation consult(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    private static CostLineItem line(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void aFastlyCdnTheTeamRunsIsChosenCitedAndPricedOnAzure() {
        ConsultationRequest news = ConsultationRequest.builder("Tideline", "A regional newspaper's site: readers browse articles "
                        + "and photo galleries; we already run Fastly as our CDN in front of the site")
                .capabilities("articles", "galleries").integration("Fastly", "our CDN in front of the site")
                .load(new Load(400.0, 20.0, 300_000L, null)).deployment(new Deployment(Cloud.AZURE, List.of("westeurope"))).build();
        Consultation c = consult(news);
        Decision caching = c.decision(DecisionTopic.CACHING).orElseThrow();
        assertThat(caching.chosenOption()).startsWith("Fastly").doesNotContain("Front Door");
        assertThat(caching.rationale()).contains("The request names Fastly");
        // Fastly's list prices: $0.12 per GB and $0.75 per million requests ($0.0075 per 10,000), not Front Door's $0.081 and $0.90
        assertThat(line(c, "cdn-egress").unitPrice()).isEqualTo(0.12);
        assertThat(line(c, "cdn-requests").unitPrice()).isEqualTo(0.75);
        assertThat(line(c, "cdn-egress").assumption()).contains("Fastly").doesNotContain("Front Door");
    }

    @Test
    void withoutANamedCdnTheCloudsOwnIsPriced() {
        ConsultationRequest news = ConsultationRequest.builder("Quayside", "A city guide read by visitors from around the world")
                .capabilities("guides", "events").load(new Load(400.0, 20.0, 300_000L, null))
                .deployment(new Deployment(Cloud.AZURE, List.of("westeurope", "eastus", "southeastasia"))).build();
        Consultation c = consult(news);
        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("cdn-egress"))
                .allSatisfy(i -> assertThat(i.assumption()).contains("Front Door"));
    }
}
