package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.OpenQuestion;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.AvailabilityRule;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Optional;

/**
 * The question a standby layout leaves open when users on several continents have a latency target: one region serves
 * them all, so the target holds for far users only where an edge cache answers. Whether that is acceptable is the
 * budget holder's call (serving each continent from its own region costs more), so the dossier asks rather than
 * deciding it silently.
 */
final class FarUsersQuestion {

    private FarUsersQuestion() {
    }

    static Optional<OpenQuestion> of(ConsultationRequest request, Architecture a) {
        if (!AvailabilityRule.farUsersWaitOnOneRegion(a.facts(), a.regionMode())) {
            return Optional.empty();
        }
        List<String> regions = request.deployment() == null ? List.of() : request.deployment().regions();
        String first = regions.isEmpty() ? "the first region" : regions.get(0);
        String others = regions.size() < 2 ? "the other region" : Names.list(regions.subList(1, regions.size()));
        String p99 = Numbers.format(a.facts().number(Fact.P99_MS)) + " ms p99";
        // The design as built is the answer assumed until the budget holder gives another.
        String standby = "No: cached responses meet the target and the rest are served from " + first;
        String adr = a.find(DecisionTopic.AVAILABILITY).map(c -> " (" + a.decisionId(c) + ")").orElse("");
        return Optional.of(new OpenQuestion("oq-far-users-latency",
                "Must users on other continents get the " + p99 + " on requests no edge cache answers?",
                "Only " + first + " serves while " + others + " waits as a standby" + adr + ", so users far from " + first
                        + " cross an ocean for every uncached or personalised request and the " + p99 + " holds for them only on "
                        + "cached responses. Until answered the design keeps the standby, the cheaper layout; a yes makes every "
                        + "region serve its own continent",
                List.of(standby, "Yes: each continent is served from its nearest region (active-active), each region sized for its share of "
                        + "the traffic, with writes sent to one home region or a database that takes writes in each"),
                standby));
    }

    /**
     * The risk the same layout carries against the request's latency goal: the goal ("served under 200 ms anywhere") is
     * missed as designed for far users on every request no edge cache answers, and the risk says so and what meeting it
     * would take, so the figure and the goal never disagree silently. Empty where one region does not serve users on
     * several continents.
     */
    static Optional<dev.architect.dossier.Risk> risk(ConsultationRequest request, Architecture a) {
        if (!AvailabilityRule.farUsersWaitOnOneRegion(a.facts(), a.regionMode())) {
            return Optional.empty();
        }
        List<String> regions = request.deployment() == null ? List.of() : request.deployment().regions();
        String first = regions.isEmpty() ? "the first region" : regions.get(0);
        String others = regions.size() < 2 ? "the other region" : Names.list(regions.subList(1, regions.size()));
        String p99 = Numbers.format(a.facts().number(Fact.P99_MS)) + " ms p99";
        // The goal that sets a time in milliseconds is the one far users miss; the p99 target where no goal sets one
        Optional<String> goal = GoalTargets.of(request.goals(), List.of()).stream()
                .filter(q -> q.attribute() == dev.architect.dossier.QualityAttributeType.PERFORMANCE && "ms".equals(q.unit()))
                .findFirst().map(q -> q.scenario().replace(" (from goals)", ""));
        String target = goal.map(g -> Names.lowerFirst(g) + " and the " + p99).orElse("the " + p99);
        List<String> adr = a.find(DecisionTopic.AVAILABILITY).map(c -> List.of(a.decisionId(c))).orElse(List.of());
        return Optional.of(new dev.architect.dossier.Risk("risk-far-users-latency", "The latency target is missed for users far from " + first,
                "As designed, " + target + (goal.isPresent() ? " hold" : " holds") + " for users on other continents only where an edge cache answers: " + first
                        + " alone serves while " + others + " waits as a standby, so every request no edge cache answers (anything made or "
                        + "checked per user) crosses an ocean to " + first + " and back before any work is done",
                4, 3, "Settle open question oq-far-users-latency with the budget holder: meeting the target for every request takes serving "
                        + "each continent from its own region (active-active, with each part that answers uncached requests running in every "
                        + "region); otherwise state the target as met on cached responses only, and measure it per continent",
                "Product owner", dev.architect.dossier.RiskStatus.OPEN, adr, List.of()));
    }
}
