package dev.architect.deliverables.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.Budget;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Load;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CostMarkdownTest {

    /** A shop whose budget is too small: the page must show the gap and the cheaper options. */
    private static final Consultation OVER_BUDGET = OfflineArchitect.create().consult(ConsultationRequest.builder("Gift shop",
                    "An online gift shop with a catalogue, orders and customers").capabilities("catalog", "orders", "customers")
            .load(new Load(300.0, 20.0, 100_000L, null)).data(new DataVolume(100.0, 40.0, 5))
            .budget(new Budget(500.0)).build());

    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\| [^|]* \\| ([0-9.]+) \\| [^|]+ \\| ([0-9.]+) \\| ([0-9,]+\\.[0-9]{2}) \\|");

    private final String page = new CostMarkdown().render(OVER_BUDGET).content();

    @Test
    void everyRunningCostRowMultipliesExactlyAsPrinted() {
        List<String> rows = page.lines().takeWhile(l -> !l.startsWith("* Monthly total")).filter(l -> ROW.matcher(l).find()).toList();

        assertThat(rows).hasSize(OVER_BUDGET.cost().items().size());
        for (String row : rows) {
            Matcher m = ROW.matcher(row);
            assertThat(m.find()).isTrue();
            BigDecimal product = new BigDecimal(m.group(1)).multiply(new BigDecimal(m.group(2))).setScale(2, RoundingMode.HALF_UP);
            assertThat(product).as(row).isEqualByComparingTo(new BigDecimal(m.group(3).replace(",", "")));
        }
    }

    @Test
    void thePageShowsRunRateScenariosDriversBudgetFitAndProvenance() {
        assertThat(page).contains("## Run rate over time", "| 1 | ", "| 12 | ", "| 36 | ", "| 60 | ",
                "## Scenarios", "| low | ", "| base | ", "| high | ",
                "## Largest cost drivers", "## Budget fit", "**Over** the budget of 500.00 USD by ",
                "## Assumptions and provenance", "as-part-load", "Monthly total in month 36: **");
        // Every option is a row of its own, the adopted one (a commitment with the other changes that keep the design) too
        assertThat(OVER_BUDGET.cost().options()).isNotEmpty().anyMatch(o -> o.title().contains("commitment") || o.changes().stream()
                .anyMatch(c -> c.contains("commitment") || c.contains("Savings Plans")));
        OVER_BUDGET.cost().options().forEach(o -> assertThat(page).contains("| " + o.title() + " | "));
    }
}
