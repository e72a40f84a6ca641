package dev.architect.offline.internal.rules;

import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the decision rules in order; each sees the facts plus what the rules before it chose (deployment needs the
 * style, for instance). The order is the order of the ADRs in the dossier.
 */
public final class RuleBook {

    private RuleBook() {
    }

    public static Architecture decide(ConsultationRequest request, Workload workload, Catalogue catalogue) {
        Facts facts = FactSheet.of(request, workload, catalogue);
        List<DecisionRule> rules = List.of(
                new ArchitectureStyleRule(),
                new DatastoreRule(),
                new CachingRule(),
                new MessagingRule(),
                new ApiStyleRule(),
                new IdentityRule(),
                new DeploymentRule(),
                new AvailabilityRule(),
                new ObservabilityRule(),
                new ComplianceRule(workload.compliance()),
                new MigrationRule());
        List<Choice> choices = new ArrayList<>();
        for (DecisionRule rule : rules) {
            List<Choice> made = rule.decide(facts, catalogue);
            choices.addAll(made);
            facts = rule.afterwards(facts, made);
        }
        return new Architecture(workload, facts, choices);
    }
}
