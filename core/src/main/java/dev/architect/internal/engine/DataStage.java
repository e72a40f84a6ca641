package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DataModel;
import dev.architect.event.Stage;
import java.util.List;

/** data: the logical data model, each entity owned by one container of the design. */
final class DataStage extends StageSpec<DataModel> {

    DataStage() {
        super(Stage.DATA, DataModel.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<String> check(DataModel reply, StageInput in) {
        return Completeness.data(reply.entities(), in.design().containers());
    }

    @Override
    Consultation apply(Consultation base, DataModel reply, StageInput in) {
        return DossierDraft.edit(base, d -> d.dataModel = reply);
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "dataModel");
    }
}
