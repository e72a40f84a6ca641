package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.internal.engine.Grounding;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleGrounding;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cost on the model path: the model proposes quantities, the SDK prices them and adds the growth it computed. */
class ModelCostTest {

    /** The sample facts, with 5,000 USD of storage growth over three years in the SDK's own baseline. */
    static final class GrowingData implements Grounding {
        private final SampleGrounding sample = new SampleGrounding();

        @Override
        public Facts facts(ConsultationRequest request) {
            Facts f = sample.facts(request);
            CostEstimate c = f.cost();
            CostEstimate growing = new CostEstimate(c.currency(), c.items(), c.monthlyTotal(), c.threeYearTco() + 5000, c.priceDate(),
                    java.util.List.of("Three-year TCO = 36 x the monthly total + storage growth", "List prices"));
            return new Facts(f.capacity(), growing, f.assumptions(), f.resourceKinds());
        }

        @Override
        public Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
            return sample.price(request, resourceKind);
        }
    }

    @Test
    void theSdkPricesProposedItemsAndCarriesItsDataGrowthIntoTheTco() {
        var dossier = Architect.builder().chatModel(ScriptedModel.valid()).grounding(new GrowingData()).sleeper(d -> { })
                .build().consult(Requests.shopFast());

        CostEstimate cost = dossier.cost();
        // The sample plan proposes 6 app instances at 70.08 and 2 database instances at 700.
        assertThat(cost.monthlyTotal()).isEqualTo(420.48 + 1400.00);
        assertThat(cost.threeYearTco()).isEqualTo(1820.48 * 36 + 5000);
        assertThat(cost.assumptions()).contains("List prices")
                .anyMatch(a -> a.startsWith("Three-year TCO is 36 months at the monthly total plus 5000.0 USD of data growth"))
                .noneMatch(a -> a.startsWith("Three-year TCO = "));
    }
}
