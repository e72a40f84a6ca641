package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.TechCategory;
import dev.architect.dossier.TechChoice;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import java.util.ArrayList;
import java.util.List;

/** The stack: each product named by the decision behind it, with the runners-up of that decision as alternatives. */
final class TechStackBuilder {

    private TechStackBuilder() {
    }

    static List<TechChoice> build(Architecture a, Topology t, Technologies tech) {
        List<TechChoice> out = new ArrayList<>();
        List<String> listed = dev.architect.offline.internal.catalog.Catalogue.listedFor(tech.language, a.workload().expertise());
        // Claim the team's expertise only for what the team lists; otherwise say the language is a default to confirm.
        String why = !listed.isEmpty() ? "Matches the team's expertise (" + String.join(", ", listed) + ")"
                : a.workload().expertise().isEmpty() ? "No team expertise given; a mainstream default with broad hiring and library support"
                : "The team lists no language the catalogue has a stack for (" + String.join(", ", a.workload().expertise())
                        + "); a mainstream default the team should confirm or replace";
        out.add(new TechChoice(TechCategory.LANGUAGE, tech.language.language(), tech.language.alternatives(), why, null));
        out.add(new TechChoice(TechCategory.FRAMEWORK, tech.language.framework(), List.of(),
                "Mainstream framework for " + tech.language.language() + " with OpenAPI, OpenTelemetry and test support",
                a.decisionId(a.choice(DecisionTopic.ARCHITECTURE_STYLE))));
        out.add(decided(a, TechCategory.DATABASE, DecisionTopic.DATASTORE, tech.primaryStore));
        // A relational primary store is the database for reference data too; product names cannot tell (RDS vs Aurora).
        if (t.stores.keySet().stream().anyMatch(t::holdsReferenceData)) {
            out.add(new TechChoice(TechCategory.DATABASE, tech.referenceStore, List.of(),
                    "Reference data (users, devices, settings) needs transactions and joins", a.decisionId(a.choice(DecisionTopic.DATASTORE))));
        }
        if (t.hasCache()) {
            out.add(decided(a, TechCategory.CACHE, DecisionTopic.CACHING, tech.cache));
        }
        if (t.hasCdn()) {
            out.add(decided(a, TechCategory.CDN, DecisionTopic.CACHING, tech.cdn));
        }
        if (t.hasBroker()) {
            out.add(decided(a, TechCategory.MESSAGING, DecisionTopic.MESSAGING, tech.broker));
        }
        if (t.searchIndex) {
            out.add(new TechChoice(TechCategory.SEARCH, tech.searchIndex, List.of("PostgreSQL full-text search"),
                    "Relevance ranking and facets beyond what the primary store offers",
                    a.find(DecisionTopic.SEARCH_ENGINE).map(a::decisionId).orElse(null)));
        }
        if (t.gateway) {
            out.add(new TechChoice(TechCategory.API_GATEWAY, tech.gateway(), List.of("Kong Gateway", "Envoy Gateway"),
                    "Token checks, rate limits and routing in one managed place", a.decisionId(a.choice(DecisionTopic.API_STYLE))));
        }
        out.add(decided(a, TechCategory.IDENTITY, DecisionTopic.SECURITY, tech.identity));
        out.add(decided(a, TechCategory.COMPUTE, DecisionTopic.DEPLOYMENT, tech.platform));
        out.add(decided(a, TechCategory.OBSERVABILITY, DecisionTopic.OBSERVABILITY, tech.observability));
        out.add(new TechChoice(TechCategory.INFRASTRUCTURE_AS_CODE, tech.infrastructureAsCode(), List.of("OpenTofu", "Pulumi"),
                "Declarative, reviewed in pull requests, one module per environment", null));
        out.add(new TechChoice(TechCategory.CI_CD, "GitHub Actions", List.of("GitLab CI", "Jenkins"),
                "Pipelines as code next to the source; environments with required reviewers", null));
        dev.architect.offline.internal.catalog.SiteTerms site = dev.architect.offline.internal.catalog.SiteTerms.of(tech.cloud);
        out.add(new TechChoice(TechCategory.SECURITY, site.secretsStore() + "; " + site.firewall(),
                List.of(site.secretsInstead()), "No secrets in code or images; OWASP rules at the edge", null));
        return out;
    }

    private static TechChoice decided(Architecture a, TechCategory category, DecisionTopic topic, String product) {
        Choice c = a.choice(topic);
        List<String> alternatives = c.shown().subList(1, c.shown().size()).stream().map(s -> s.entry().name()).toList();
        return new TechChoice(category, product, alternatives, c.chosen().name() + (c.best().familiarity() == dev.architect.offline.internal.rules.Scored.Familiarity.KNOWN
                ? ", which the team already runs" : "") + " (see the ADR)",
                a.decisionId(c));
    }
}
