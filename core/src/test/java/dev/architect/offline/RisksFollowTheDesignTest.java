package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Risk;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The risk register speaks of this system: no wording from another domain, mitigations that name only components the
 * design has, and a budget risk as severe as the overrun once the priced options are counted.
 */
class RisksFollowTheDesignTest {

    private static final List<String> MINE = List.of("fleet-maintenance", "quiz-league", "grid-sensors", "loyalty-points");

    private static String text(Consultation c) {
        StringBuilder out = new StringBuilder();
        for (Risk r : c.risks()) {
            out.append(r.title()).append(' ').append(r.description()).append(' ').append(r.mitigation()).append('\n');
        }
        c.operations().alerts().forEach(a -> out.append(a.condition()).append(' ').append(a.action()).append('\n'));
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String words(ConsultationRequest r) {
        return (r.system() + " " + r.description() + " " + String.join(" ", r.capabilities()) + " " + String.join(" ", r.goals()))
                .toLowerCase(Locale.ROOT);
    }

    private static Map<String, ConsultationRequest> all() {
        Map<String, ConsultationRequest> all = new LinkedHashMap<>(Requests.everyRequest());
        MINE.forEach(n -> all.put(n, Requests.fresh(n)));
        return all;
    }

    @Test
    void noRiskOrAlertBorrowsTheWordsOfADomainTheRequestIsNotIn() {
        int checked = 0;
        for (var e : all().entrySet()) {
            String request = words(e.getValue());
            String register = text(OfflineArchitect.create().consult(e.getValue()));
            for (String foreign : List.of("patient", "student", "flash sale", "typing", "cold-chain", "breaking story")) {
                if (!request.contains(foreign)) {
                    checked++;
                    assertThat(register).as(e.getKey() + " mentions " + foreign).doesNotContain(foreign);
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void mitigationsNameOnlyComponentsTheDesignHas() {
        for (var e : all().entrySet()) {
            Consultation c = OfflineArchitect.create().consult(e.getValue());
            // A decision's trade-off may name an option ("no shared cache suits ..."); every other risk speaks of components.
            List<String> mitigations = c.risks().stream().filter(r -> !r.id().startsWith("risk-fit-") && !r.id().startsWith("risk-skills-"))
                    .map(r -> (r.description() + " " + r.mitigation()).toLowerCase(Locale.ROOT)).toList();
            if (c.c4().containers().stream().noneMatch(x -> x.kind() == ContainerKind.MESSAGE_BROKER)) {
                assertThat(mitigations).as(e.getKey()).noneMatch(m -> m.contains("broker") || m.contains("dead-letter"));
            }
            if (c.c4().containers().stream().noneMatch(x -> x.kind() == ContainerKind.CACHE || x.id().equals("cdn"))) {
                assertThat(mitigations).as(e.getKey()).noneMatch(m -> m.matches("(?s).*\\b(cache|caches|ttls?)\\b.*"));
            }
        }
    }

    private static ConsultationRequest withBudget(String fresh, int monthlyUsd) throws IOException {
        String yaml = Files.readString(Path.of("src", "test", "resources", "requests-fresh", fresh + ".yaml"))
                .replaceAll("budget: \\{monthlyUsd: [0-9]+}", "budget: {monthlyUsd: " + monthlyUsd + "}");
        return RequestReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Risk budgetRisk(Consultation c) {
        return c.risks().stream().filter(r -> r.id().equals("risk-budget")).findFirst().orElseThrow();
    }

    private static double overPercent(Risk r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([0-9.]+)% over").matcher(r.description());
        assertThat(m.find()).as(r.description()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theBudgetRisksSeverityFollowsTheSizeOfTheOverrun() throws IOException {
        Consultation generous = OfflineArchitect.create().consult(withBudget("fleet-maintenance", 1_000_000));
        double costlier = Math.max(generous.cost().monthlyTotal(), generous.cost().monthlyTotalAt(36).orElse(0.0));

        // The first budget, walking down, that the design (with any priced option adopted) no longer meets.
        Risk small = null;
        int step = Math.max(1, (int) (costlier / 100));
        for (int budget = (int) costlier; budget > costlier / 2 && small == null; budget -= step) {
            small = OfflineArchitect.create().consult(withBudget("fleet-maintenance", budget)).risks().stream()
                    .filter(r -> r.id().equals("risk-budget") && r.title().equals("Run cost exceeds the budget")).findFirst().orElse(null);
        }
        // Only an option that fits is adopted, so the first budget missed is over by the gap between the design and its
        // cheapest fitting option (about a quarter here), not by a step: its risk still weighs less than a design three times over
        assertThat(small).isNotNull();
        assertThat(overPercent(small)).isLessThan(50);

        Risk large = budgetRisk(OfflineArchitect.create().consult(withBudget("fleet-maintenance", (int) Math.floor(costlier / 3))));
        assertThat(overPercent(large)).isGreaterThan(overPercent(small)).isGreaterThan(25);
        assertThat(large.likelihood() * large.impact()).isGreaterThanOrEqualTo(16);
        assertThat(small.likelihood() * small.impact()).as("a smaller overrun weighs less").isLessThan(large.likelihood() * large.impact());
        assertThat(large.mitigation()).contains("No priced option fits");
    }
}
