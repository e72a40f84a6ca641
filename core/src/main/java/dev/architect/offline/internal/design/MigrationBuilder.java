package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.MigrationStep;
import dev.architect.dossier.MigrationStrategy;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.request.ExistingApi;
import dev.architect.request.ExistingSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The migration plan for a redesign, following the approach the migration rule chose. */
final class MigrationBuilder {

    private static final int LISTED = 12;

    private MigrationBuilder() {
    }

    /** Whether an existing route belongs to a capability: a path segment names its resource or the capability. */
    private static boolean serves(Capability c, ExistingApi.Operation o) {
        String path = "/" + o.path().toLowerCase(java.util.Locale.ROOT).replaceAll("[{}_]", "-") + "/";
        return java.util.stream.Stream.of(c.slug(), c.resource().plural(), c.resource().singular())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                .anyMatch(w -> path.contains("/" + w + "/"));
    }

    private static String list(List<ExistingApi.Operation> routes) {
        String shown = String.join(", ", routes.stream().limit(LISTED).map(ExistingApi.Operation::toString).toList());
        return routes.size() > LISTED ? shown + " and " + (routes.size() - LISTED) + " more" : shown;
    }

    static MigrationPlan build(Architecture a, Topology t, ExistingSystem existing, Optional<ExistingApi> api) {
        Choice choice = a.choice(DecisionTopic.MIGRATION);
        MigrationStrategy strategy = MigrationStrategy.valueOf(choice.shape());
        String today = existing.technologies().isEmpty() ? "the existing system" : "the existing system (" + String.join(", ", existing.technologies()) + ")";
        List<MigrationStep> steps = new ArrayList<>();
        switch (strategy) {
            case STRANGLER_FIG, BRANCH_BY_ABSTRACTION -> {
                steps.add(new MigrationStep("m-1", "Put the routing layer in front", "Route all traffic through " + t.entryPointName()
                        + ", forwarding everything to " + today, List.of("All traffic flows through the routing layer", "No change in error rate or latency")));
                steps.add(new MigrationStep("m-2", "Load and replicate the data", "Initial bulk load of " + today
                        + " into the new stores with every old key mapped to its new id, then change data capture until the last cutover",
                        List.of("Daily reconciliation reports within the agreed tolerance for a week")));
                int n = 3;
                List<ExistingApi.Operation> unmoved = new ArrayList<>(api.map(ExistingApi::operations).orElse(List.of()));
                for (Capability c : t.capabilities) {
                    List<ExistingApi.Operation> routes = unmoved.stream().filter(o -> serves(c, o)).toList();
                    unmoved.removeAll(routes);
                    String moving = routes.isEmpty() ? "" : "; the routing layer sends " + routes.size() + " existing "
                            + (routes.size() == 1 ? "route" : "routes") + " to it: " + list(routes);
                    steps.add(new MigrationStep("m-" + n++, "Move " + c.name(), "Serve " + c.name() + " from the new system" + moving
                            + "; route back on any regression",
                            List.of("Error rate and p99 latency match or beat the old system for two weeks", "Writes flow back to the old system until the last consumer moves")));
                }
                if (!unmoved.isEmpty()) {
                    steps.add(new MigrationStep("m-" + n++, "Place the remaining existing routes", unmoved.size()
                            + (unmoved.size() == 1 ? " existing route matches" : " existing routes match")
                            + " no capability of the new design: " + list(unmoved)
                            + ". Give each a home in a capability, or agree with its consumers that it retires",
                            List.of("Every existing route is served by the new system or retired with its consumers' agreement")));
                }
                steps.add(new MigrationStep("m-" + n++, "Parallel run and final cutover", parallelRun(a, t) + "; then " + cutover(t),
                        List.of("The business owner signs the last reconciliation report off", "Every go/no-go item GO inside the window")));
                steps.add(new MigrationStep("m-" + n, "Retire the existing system", "Stop the reverse replication once the "
                        + DeliveryFigures.standard().cutover().rollbackWindowDays() + "-day rollback window closes, archive the old data, switch the old system off",
                        List.of("No traffic to the existing system and no rollback for " + DeliveryFigures.standard().cutover().rollbackWindowDays() + " days")));
            }
            case PARALLEL_RUN -> {
                steps.add(new MigrationStep("m-1", "Shadow traffic", "Send a copy of every request to the new system with side effects suppressed",
                        List.of("The new system processes 100% of shadow traffic")));
                steps.add(new MigrationStep("m-2", "Compare results", parallelRun(a, t),
                        List.of("Zero unexplained differences over tolerance for the last business cycle, signed off by the business owner")));
                steps.add(new MigrationStep("m-3", "Switch over", Names.capitalise(cutover(t)) + "; the old system stays read-only and ready to reopen",
                        List.of("A week in production with no rollback")));
            }
            case BIG_BANG -> {
                steps.add(new MigrationStep("m-1", "Rehearse the migration", "Run the full data migration against a copy of production twice",
                        List.of("Both rehearsals finish inside the maintenance window with reconciled totals")));
                steps.add(new MigrationStep("m-2", "Cut over", Names.capitalise(cutover(t)), List.of("Smoke tests pass on the new system")));
            }
        }
        String summary = choice.chosen().summary() + ". Today: " + existing.description()
                + api.map(x -> " The existing API" + (x.title() == null ? "" : " (" + x.title() + ")") + " has "
                        + x.operations().size() + " operations; the steps below say which move when.").orElse("");
        int rollbackDays = DeliveryFigures.standard().cutover().rollbackWindowDays();
        return new MigrationPlan(strategy, summary, steps,
                "An initial bulk load of " + today + " into the new stores, each old key mapped once to its new id (legacy_id_map), then change data"
                        + " capture, or delta loads where the source keeps no change log, until cutover; every load is recorded with the log position"
                        + " it reached, and reconciliation runs compare counts, control totals and sampled records against a tolerance the business signs off",
                List.of("Before the switch: a NO_GO at the go/no-go unfreezes the existing system, which never stopped being the system of record",
                        "After the switch: route back to the existing system; the new system's writes were replicated back to it under their old keys, so"
                                + " nothing written since the cutover is lost, for " + rollbackDays + " days",
                        "Keep the existing system's data authoritative until its capability's exit criteria are met"));
    }

    /** The parallel run in this request's terms: its length in whole business cycles and why. */
    private static String parallelRun(Architecture a, Topology t) {
        var run = DeliveryFigures.standard().parallelRun();
        boolean money = RoadmapBuilder.moneyMoves(a.workload(), t);
        return "Both systems process the same business for " + run.weeks(money) + " weeks" + (money ? ", two month-end closes, since money moves through "
                + t.systemName : ", one business cycle") + "; a reconciliation report per business day compares them against the agreed tolerance";
    }

    /** The cutover in the window the request states, or the assumed one. */
    private static String cutover(Topology t) {
        var cut = DeliveryFigures.standard().cutover();
        return "cut over in " + t.statedWindow.map(x -> "the window the request states (\"" + x + "\")").orElse(cut.assumedWindow())
                + ": freeze writes, load and reconcile the final delta, go/no-go, switch the routing";
    }
}
