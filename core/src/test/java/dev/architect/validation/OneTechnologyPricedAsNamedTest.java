package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.architect.validation.EditedSamples.broken;
import static dev.architect.validation.EditedSamples.sampleWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A part is built on one technology, and priced as that technology: a container or component whose technology offers
 * alternatives leaves the choice to the builder, and a container built on a product that bills in units of its own
 * (Databricks, Stream Analytics) priced only as hours of a plain instance prices another design. Each rule is broken on
 * the sample dossier by one edit, and holds where the edit is consistent.
 */
class OneTechnologyPricedAsNamedTest {

    @Test
    void aContainerWhoseTechnologyOffersAnotherInParenthesesIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/c4/containers/1")).put("technology", "Stripe Connect payouts (or Adyen for Platforms, Wise Platform)"));

        assertThat(broken(c, DossierValidator.Rule.TECHNOLOGY_ALTERNATIVES)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("c4.containers[1].technology");
            assertThat(v.message()).isEqualTo("container 'store-app' is built on 'Stripe Connect payouts (or Adyen for Platforms, Wise Platform)', "
                    + "which offers alternatives: a part is built on one technology, and the others belong in its decision's options");
        });
    }

    @Test
    void aComponentWhoseTechnologyOffersAnotherAfterACommaIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/c4/components/0")).put("technology",
                "Azure Stream Analytics job with a scoring function, or Apache Flink on Azure Kubernetes Service"));

        assertThat(broken(c, DossierValidator.Rule.TECHNOLOGY_ALTERNATIVES)).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("c4.components[0].technology"));
    }

    @Test
    void oneProductSpeakingTwoProtocolsOrAWordContainingOrHolds() {
        // "OIDC or SAML" is what one directory speaks; "merge-or-upload" and "Oracle" hold no choice of product
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/c4/containers/1")).put("technology", "The organisation's workforce directory over OIDC or SAML");
            ((ObjectNode) t.at("/c4/containers/2")).put("technology", "Oracle Database 19c");
            ((ObjectNode) t.at("/c4/components/0")).put("technology", "Indexer on Azure Functions (push API, merge-or-upload)");
        });

        assertThat(broken(c, DossierValidator.Rule.TECHNOLOGY_ALTERNATIVES)).isEmpty();
    }

    @Test
    void aContainerBuiltOnAProductWithItsOwnBillingPricedAsPlainInstanceHoursIsAnError() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/c4/containers/1")).put("technology", "Scheduled Azure Databricks job");
            ((ObjectNode) t.at("/cost/items/0")).put("name", "Baseline trainer runs")
                    .put("assumption", "10% of 730 hours = 73 hours of one instance; D2s v5 ($70.08 / 730)");
        });

        assertThat(broken(c, DossierValidator.Rule.PRODUCT_MISMATCH)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("c4.containers[1].technology");
            assertThat(v.message()).isEqualTo("container 'store-app' is built on Azure Databricks ('Scheduled Azure Databricks job'), which bills "
                    + "in units of its own, but no cost item on it prices it ('compute')");
        });
    }

    @Test
    void aContainerBuiltOnAProductWithItsOwnBillingPricedInItsUnitsHolds() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/c4/containers/1")).put("technology", "Azure Stream Analytics job with a scoring function");
            ((ObjectNode) t.at("/cost/items/0")).put("name", "Anomaly scorer processing units")
                    .put("assumption", "13 units; Azure Stream Analytics streaming unit ($0.11 an hour)");
        });

        assertThat(broken(c, DossierValidator.Rule.PRODUCT_MISMATCH)).isEmpty();
    }
}
