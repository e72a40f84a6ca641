package dev.architect.offline.internal.rules;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import java.util.ArrayList;
import java.util.List;

/** How a running system is replaced: strangler fig, parallel run or big bang; only when the request has one. */
public final class MigrationRule implements DecisionRule {

    /** The C4 id the existing system gets. */
    public static final String LEGACY_ID = "legacy-system";
    /** The catalogue option of running old and new on the same business and comparing. */
    private static final String PARALLEL_RUN = "parallel-run";

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.MIGRATION;
    }

    @Override
    public List<Choice> decide(Facts facts, Catalogue catalogue) {
        if (!facts.flag(Fact.REDESIGN)) {
            return List.of();
        }
        Choice ranked = Choice.rank(this, catalogue.section("migration"), facts, List.of(Fact.TEAM_SIZE), null);
        // A parallel run the request asks for is what the business has planned for: it is chosen, its trade-offs still shown.
        if (facts.flag(Fact.PARALLEL_RUN_ASKED)) {
            ranked = ranked.preferring(PARALLEL_RUN, facts.source(Fact.PARALLEL_RUN_ASKED).orElseThrow());
        }
        return List.of(ranked);
    }

    @Override
    public String title(Choice choice) {
        return "Migrate from the existing system by " + choice.chosen().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<String> relatedElements(Choice choice, C4Model c4) {
        List<String> related = new ArrayList<>();
        if (c4.element(LEGACY_ID).isPresent()) {
            related.add(LEGACY_ID);
        }
        c4.containers().stream().filter(c -> !c.isDataStore()).limit(3).forEach(c -> related.add(c.id()));
        return related;
    }
}
