package dev.architect.deliverables.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.change.ApiChange;
import dev.architect.change.ChangeKind;
import dev.architect.change.DataChange;
import dev.architect.change.DossierDiff;
import dev.architect.change.ElementChange;
import dev.architect.deliverables.sql.MigrationSql;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.testing.Postgres;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.Budget;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.testing.DossierReplies;
import dev.architect.validation.DossierValidator;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capability added, re-consulted through the model path with recorded replies (each stage answered as the offline
 * architect answered the same request): a container, API operations and tables are added, nothing is removed, and
 * the migration runs on PostgreSQL after the old schema.
 */
class ModelReconsultedDossierTest {

    private static final Architect OFFLINE = Architect.builder().build();

    private static ConsultationRequest store(String... capabilities) {
        return ConsultationRequest.builder("Larder", "Online grocery store with same-day delivery slots in one country.")
                .capabilities(capabilities)
                .integration("Adyen", "card payments")
                .load(new Load(1500.0, 15.0, 800_000L, null))
                .data(new DataVolume(100.0, 20.0, 5))
                .latency(new Latency(400, null))
                .compliance(ComplianceRegime.GDPR)
                .budget(new Budget(15000.0)) // what the request settles, the recorded analysis leaves no question open on
                .build();
    }

    @Test
    void aCapabilityAddedThroughTheModelAddsAContainerOperationsAndTablesWhoseMigrationRunsOnTheOldSchema() throws Exception {
        ConsultationRequest before = store("catalog", "cart", "orders", "payments");
        ConsultationRequest changed = store("catalog", "cart", "orders", "payments", "search", "reviews");
        Consultation previous = DossierJson.read(DossierJson.write(Architect.builder()
                .chatModel(new DossierReplies(OFFLINE.consult(before))).build().consult(before)));

        Consultation after = Architect.builder().chatModel(new DossierReplies(OFFLINE.consult(changed))).build()
                .reconsult(previous, before, changed);
        DossierDiff diff = DossierDiff.between(previous, after);
        String migration = new MigrationSql().render(previous.dataModel(), after.dataModel(), diff.data()).content();

        assertThat(diff.containers()).extracting(ElementChange::kind).contains(ChangeKind.ADDED).doesNotContain(ChangeKind.REMOVED);
        assertThat(diff.apis()).extracting(ApiChange::kind).contains(ChangeKind.ADDED);
        assertThat(diff.hasBreakingApiChange()).as(diff.apis().toString()).isFalse();
        assertThat(diff.data()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(DataChange.Kind.TABLE_ADDED);
            assertThat(c.entity()).containsIgnoringCase("review");
        });
        assertThat(diff.data()).extracting(DataChange::kind).doesNotContain(DataChange.Kind.TABLE_REMOVED);
        assertThat(after.metadata().warnings()).noneMatch(w -> w.contains("restored"));
        assertThat(DossierValidator.validate(after).hasErrors()).as(DossierValidator.validate(after).describe()).isFalse();
        try (Connection db = Postgres.freshDatabase()) {
            Postgres.run(db, new SqlRenderer().render(previous.dataModel()).content());
            Postgres.run(db, migration);
            List<String> tables = Postgres.rows(db, "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
                    + "('pg_catalog', 'information_schema') ORDER BY 1");
            after.dataModel().entities().forEach(e -> assertThat(tables).as("table of " + e.name()).contains(e.name()));
        }
    }
}
