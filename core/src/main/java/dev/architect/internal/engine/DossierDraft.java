package dev.architect.internal.engine;

import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.BackupAndRecovery;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.Decision;
import dev.architect.dossier.Metadata;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.OperationsPlan;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.Risk;
import dev.architect.dossier.Roadmap;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.TechChoice;
import java.util.List;
import java.util.function.Consumer;

/**
 * A dossier under construction. Stages fill their parts of a copy of it ({@link #edit}); every intermediate
 * dossier is a valid {@link Consultation}, so each stage's reply is validated in the context of the parts made
 * before it with the same {@code DossierValidator} that checks the final dossier.
 */
final class DossierDraft {

    String system;
    String summary;
    Requirements requirements;
    List<Decision> decisions;
    C4Model c4;
    List<SequenceDiagram> sequences;
    List<ApiSpec> apis;
    DataModel dataModel;
    List<TechChoice> techStack;
    List<Risk> risks;
    OperationsPlan operations;
    CapacityPlan capacity;
    CostEstimate cost;
    Roadmap roadmap;
    MigrationPlan migration;
    Metadata metadata;

    private DossierDraft(Consultation c) {
        system = c.system();
        summary = c.summary();
        requirements = c.requirements();
        decisions = c.decisions();
        c4 = c.c4();
        sequences = c.sequences();
        apis = c.apis();
        dataModel = c.dataModel();
        techStack = c.techStack();
        risks = c.risks();
        operations = c.operations();
        capacity = c.capacity();
        cost = c.cost();
        roadmap = c.roadmap();
        migration = c.migration();
        metadata = c.metadata();
    }

    static Consultation edit(Consultation c, Consumer<DossierDraft> change) {
        DossierDraft d = new DossierDraft(c);
        change.accept(d);
        return new Consultation(d.system, d.summary, d.requirements, d.decisions, d.c4, d.sequences, d.apis,
                d.dataModel, d.techStack, d.risks, d.operations, d.capacity, d.cost, d.roadmap, d.migration, d.metadata);
    }

    /** The empty dossier every consultation starts from: the system's name and the SDK's computed figures. */
    static Consultation start(String system, Grounding.Facts facts) {
        return new Consultation(system, "(not designed yet)", new Requirements(List.of(), List.of(), List.of(),
                facts.assumptions(), List.of()), List.of(), C4Model.empty(), List.of(), List.of(), DataModel.empty(),
                List.of(), List.of(), emptyOperations(), facts.capacity(), facts.cost(), new Roadmap(List.of()), null,
                new Metadata("pending", null, null, 0, 0, 0, List.of(), List.of()));
    }

    /** The same before the SDK's figures are known: no capacity, no cost, no assumptions yet. */
    static Consultation start(String system) {
        return start(system, new Grounding.Facts(new CapacityPlan(List.of()),
                new CostEstimate("USD", List.of(), 0, 0, null, List.of()), List.of(), List.of()));
    }

    private static OperationsPlan emptyOperations() {
        BackupAndRecovery none = new BackupAndRecovery("(not planned yet)", 0, 0, "(not planned yet)",
                "(not planned yet)", "(not planned yet)");
        return new OperationsPlan(List.of(), List.of(), List.of(), none, List.of(), List.of(), List.of());
    }
}
