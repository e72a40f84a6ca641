package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.MigrationStep;
import dev.architect.dossier.MigrationStrategy;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.request.ExistingSystem;
import java.util.ArrayList;
import java.util.List;

/** The migration plan for a redesign, following the approach the migration rule chose. */
final class MigrationBuilder {

    private MigrationBuilder() {
    }

    static MigrationPlan build(Architecture a, Topology t, ExistingSystem existing) {
        Choice choice = a.choice(DecisionTopic.MIGRATION);
        MigrationStrategy strategy = MigrationStrategy.valueOf(choice.shape());
        String today = existing.technologies().isEmpty() ? "the existing system" : "the existing system (" + String.join(", ", existing.technologies()) + ")";
        List<MigrationStep> steps = new ArrayList<>();
        switch (strategy) {
            case STRANGLER_FIG, BRANCH_BY_ABSTRACTION -> {
                steps.add(new MigrationStep("m-1", "Put the routing layer in front", "Route all traffic through " + t.entryPoint()
                        + ", forwarding everything to " + today, List.of("All traffic flows through the routing layer", "No change in error rate or latency")));
                steps.add(new MigrationStep("m-2", "Replicate the data", "Change data capture from the existing database into the new stores",
                        List.of("Daily reconciliation shows no differences for a week")));
                int n = 3;
                for (Capability c : t.capabilities) {
                    steps.add(new MigrationStep("m-" + n++, "Move " + c.name(), "Serve " + c.name() + " from the new system; route back on any regression",
                            List.of("Error rate and p99 latency match or beat the old system for two weeks", "Writes flow back to the old system until the last consumer moves")));
                }
                steps.add(new MigrationStep("m-" + n, "Retire the existing system", "Stop the replication, archive the old data, switch the old system off",
                        List.of("No traffic to the existing system for 30 days")));
            }
            case PARALLEL_RUN -> {
                steps.add(new MigrationStep("m-1", "Shadow traffic", "Send a copy of every request to the new system with side effects suppressed",
                        List.of("The new system processes 100% of shadow traffic")));
                steps.add(new MigrationStep("m-2", "Compare results", "Compare outputs of both systems daily and fix differences",
                        List.of("Zero unexplained differences for four weeks")));
                steps.add(new MigrationStep("m-3", "Switch over", "Make the new system the system of record; keep the old one read-only",
                        List.of("A week in production with no rollback")));
            }
            case BIG_BANG -> {
                steps.add(new MigrationStep("m-1", "Rehearse the migration", "Run the full data migration against a copy of production twice",
                        List.of("Both rehearsals finish inside the maintenance window with reconciled totals")));
                steps.add(new MigrationStep("m-2", "Cut over", "Freeze writes, migrate, verify, switch DNS", List.of("Smoke tests pass on the new system")));
            }
        }
        String summary = choice.chosen().summary() + ". Today: " + existing.description();
        return new MigrationPlan(strategy, summary, steps,
                "Change data capture (for example Debezium) from " + today + " into the new stores, with daily reconciliation of counts and checksums per table",
                List.of("Route the affected capability back to the existing system", "Replay captured changes to the existing system if writes moved",
                        "Keep the existing system's data authoritative until its capability's exit criteria are met"));
    }
}
