package dev.architect.validation;

import dev.architect.dossier.Alert;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts written after the decisions (roadmap, flows, runbook, cost) follow what was decided: nothing relies on a
 * feature the chosen relational engine lacks, no built part names a database feature only another product has, a runbook does not say a primary-and-standby store needs no failover, and
 * no cost item pays for a product nothing in the design chose. The words are data in {@link Vocabulary}.
 */
final class ArtifactTextRules {

    private final Consultation c;
    private final Vocabulary words = Vocabulary.standard();
    private final List<Violation> out;

    private ArtifactTextRules(Consultation c, List<Violation> out) {
        this.c = c;
        this.out = out;
    }

    static void check(Consultation c, List<Violation> out) {
        ArtifactTextRules rules = new ArtifactTextRules(c, out);
        rules.engineFeatures();
        rules.databaseFeatures();
        rules.runbookFailover();
        rules.costProducts();
    }

    /** The texts of the plan, the flows and the runbook, by JSON path. */
    private Map<String, String> planFlowAndRunbook() {
        Map<String, String> texts = new LinkedHashMap<>();
        List<RoadmapPhase> phases = c.roadmap().phases();
        for (int i = 0; i < phases.size(); i++) {
            RoadmapPhase p = phases.get(i);
            texts.put("roadmap.phases[" + i + "]", p.name() + ". " + p.goal() + ". " + String.join(". ", p.deliverables())
                    + ". " + String.join(". ", p.exitCriteria()));
        }
        for (int i = 0; i < c.sequences().size(); i++) {
            SequenceDiagram s = c.sequences().get(i);
            StringBuilder text = new StringBuilder(s.title()).append(". ").append(nullToEmpty(s.description()));
            s.steps().stream().map(SequenceStep::message).forEach(m -> text.append(". ").append(m));
            texts.put("sequences[" + i + "]", text.toString());
        }
        texts.putAll(runbook());
        return texts;
    }

    private Map<String, String> runbook() {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Alert> alerts = c.operations().alerts();
        for (int i = 0; i < alerts.size(); i++) {
            texts.put("operations.alerts[" + i + "].action", alerts.get(i).action());
        }
        texts.put("operations.backupAndRecovery.strategy", c.operations().backupAndRecovery().strategy());
        return texts;
    }

    /** The one relational engine the C4 databases run, if they agree on one. */
    private Optional<String> engine() {
        List<String> engines = c.c4().containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE)
                .map(k -> words.engineOf(k.technology())).flatMap(Optional::stream).distinct().toList();
        return engines.size() == 1 ? Optional.of(engines.get(0)) : Optional.empty();
    }

    private void engineFeatures() {
        Optional<String> engine = engine();
        List<String> lacks = engine.map(e -> words.engineLacks().getOrDefault(e, List.of())).orElse(List.of());
        if (lacks.isEmpty()) {
            return;
        }
        planFlowAndRunbook().forEach((path, text) -> Words.firstIn(text, lacks).ifPresent(feature -> out.add(error(path,
                DossierValidator.Rule.ENGINE_FEATURE, "relies on '" + feature + "', which " + engine.get()
                        + " (the engine of the C4 databases) does not have"))));
    }

    /**
     * The built parts' texts by JSON path: container descriptions, the data model (descriptions and constraint reasons),
     * the flows, the runbook, the plan and the risks' mitigations.
     */
    private Map<String, String> builtParts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < c.c4().containers().size(); i++) {
            texts.put("c4.containers[" + i + "].description", nullToEmpty(c.c4().containers().get(i).description()));
        }
        List<Entity> entities = c.dataModel().entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            StringBuilder text = new StringBuilder(nullToEmpty(e.description()));
            e.fields().forEach(f -> text.append(". ").append(nullToEmpty(f.description())));
            e.constraints().forEach(k -> text.append(". ").append(nullToEmpty(k.reason())));
            texts.put("dataModel.entities[" + i + "]", text.toString());
        }
        texts.putAll(planFlowAndRunbook());
        for (int i = 0; i < c.risks().size(); i++) {
            texts.put("risks[" + i + "].mitigation", nullToEmpty(c.risks().get(i).mitigation()));
        }
        return texts;
    }

    /** No built part names, or relies through a constraint on, a database feature no database container's product has. */
    private void databaseFeatures() {
        List<String> products = c.c4().containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE)
                .map(k -> nullToEmpty(k.technology())).toList();
        for (Vocabulary.DatabaseFeature f : words.databaseFeatures()) {
            if (products.stream().anyMatch(p -> Words.firstIn(p, f.products()).isPresent())) {
                continue;
            }
            String databases = String.join(", ", products);
            builtParts().forEach((path, text) -> Words.firstIn(text, f.words()).ifPresent(word -> out.add(error(path,
                    DossierValidator.Rule.DATABASE_FEATURE, "names '" + word + "' (" + f.feature() + "), which no database of the design has ("
                            + databases + ")"))));
            List<Entity> entities = c.dataModel().entities();
            for (int i = 0; i < entities.size(); i++) {
                for (EntityConstraint k : entities.get(i).constraints()) {
                    if (f.constraintKinds().contains(k.kind())) {
                        out.add(error("dataModel.entities[" + i + "].constraints", DossierValidator.Rule.DATABASE_FEATURE, "entity '"
                                + entities.get(i).name() + "' has a " + k.kind() + " constraint, which relies on " + f.feature()
                                + " that no database of the design has (" + databases + ")"));
                        break;
                    }
                }
            }
        }
    }

    private void runbookFailover() {
        Vocabulary.Failover f = words.failover();
        runbook().forEach((path, text) -> {
            // Sentence by sentence (a clause after ';' still speaks of the store before it): a runbook names several stores.
            for (String sentence : text.split("(?<=\\.)\\s+")) {
                Optional<String> claim = Words.firstIn(sentence, f.noStep());
                if (claim.isEmpty() || Words.firstIn(sentence, f.consensus()).isPresent()) {
                    continue;
                }
                Words.firstIn(sentence, f.primaryStandby()).ifPresent(product -> out.add(error(path, DossierValidator.Rule.RUNBOOK_FAILOVER,
                        "says '" + claim.get() + "' of a " + product + " store, which fails over from its primary to a standby: "
                                + "the runbook needs that failover step")));
            }
        });
    }

    private void costProducts() {
        String chosen = Choices.chosenText(c, Choices.Scope.WHOLE_DOSSIER);
        List<CostLineItem> items = c.cost().items();
        for (int i = 0; i < items.size(); i++) {
            CostLineItem item = items.get(i);
            String text = item.name() + ". " + nullToEmpty(item.assumption());
            for (String product : words.products()) {
                if (Words.contains(text, product) && !Words.contains(chosen, product)) {
                    out.add(error("cost.items[" + i + "]", DossierValidator.Rule.COST_NOT_CHOSEN, "cost item '" + item.id()
                            + "' pays for " + product + ", which no decision, container, tech stack entry or external system chose"));
                    break;
                }
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Violation error(String path, DossierValidator.Rule rule, String message) {
        return new Violation(Severity.ERROR, path, rule.id(), message);
    }
}
