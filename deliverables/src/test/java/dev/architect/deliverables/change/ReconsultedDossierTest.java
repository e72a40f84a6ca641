package dev.architect.deliverables.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.change.DossierDiff;
import dev.architect.deliverables.DossierWriter;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.document.SqlScript;
import dev.architect.deliverables.sql.MigrationSql;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.testing.Postgres;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionStatus;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Load;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a re-consulted dossier: CHANGES.md, a migration that runs on the old schema, and ADRs that link both ways. */
class ReconsultedDossierTest {

    private static final Architect OFFLINE = Architect.builder().build();

    private static ConsultationRequest clinic(Load load, String... capabilities) {
        return ConsultationRequest.builder("Kinetic", "Booking and records for a chain of physiotherapy clinics.")
                .capabilities(capabilities)
                .load(load)
                .data(new DataVolume(50.0, 5.0, 10))
                .compliance(ComplianceRegime.GDPR)
                .build();
    }

    private static final Load LOAD = new Load(300.0, 10.0, 100_000L, null);

    @Test
    void theMigrationFromTheOldSchemaRunsOnPostgresAndReachesTheNewTables() throws Exception {
        Consultation before = OFFLINE.consult(clinic(LOAD, "appointments", "patients"));
        Consultation after = OFFLINE.reconsult(before, clinic(LOAD, "appointments", "patients", "invoices", "exercise plans"));
        DossierDiff diff = DossierDiff.between(before, after);
        SqlScript migration = new MigrationSql().render(before.dataModel(), after.dataModel(), diff.data());

        assertThat(diff.data()).isNotEmpty();
        try (Connection db = Postgres.freshDatabase()) {
            Postgres.run(db, new SqlRenderer().render(before.dataModel()).content());
            Postgres.run(db, migration.content());
            List<String> tables = Postgres.rows(db, "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
                    + "('pg_catalog', 'information_schema') ORDER BY 1");
            for (var entity : after.dataModel().entities()) {
                assertThat(tables).as("table of " + entity.name()).contains(entity.name());
            }
        }
    }

    @Test
    void aMigrationWithANewRequiredColumnAndForeignKeyRunsOnTheOldSchema() throws Exception {
        // A hand-made change: a required column and a relation added to an existing table.
        Consultation before = OFFLINE.consult(clinic(LOAD, "appointments", "patients"));
        var entities = new java.util.ArrayList<>(before.dataModel().entities());
        var first = entities.get(0);
        var target = entities.get(1);
        var fields = new java.util.ArrayList<>(first.fields());
        fields.add(new dev.architect.dossier.EntityField("room_code", dev.architect.dossier.DataType.TEXT, false, false, "room"));
        fields.add(new dev.architect.dossier.EntityField("referral_id", target.fields().stream()
                .filter(f -> f.name().equals(target.primaryKey().get(0))).findFirst().orElseThrow().type(), true, false, null));
        var relations = new java.util.ArrayList<>(first.relations());
        relations.add(new dev.architect.dossier.EntityRelation("referral_id", target.name(), dev.architect.dossier.Cardinality.MANY_TO_ONE));
        entities.set(0, new dev.architect.dossier.Entity(first.name(), first.ownerContainerId(), first.description(), fields,
                first.primaryKey(), relations));
        var afterModel = new dev.architect.dossier.DataModel(entities);
        DossierDiff diff = DossierDiff.between(before, withData(before, afterModel));

        String sql = new MigrationSql().render(before.dataModel(), afterModel, diff.data()).content();

        assertThat(sql).contains("ADD COLUMN \"room_code\" text;", "SET NOT NULL", "ADD FOREIGN KEY (\"referral_id\")");
        try (Connection db = Postgres.freshDatabase()) {
            Postgres.run(db, new SqlRenderer().render(before.dataModel()).content());
            Postgres.run(db, sql);
        }
    }

    private static Consultation withData(Consultation c, dev.architect.dossier.DataModel data) {
        return new Consultation(c.system(), c.summary(), c.requirements(), c.decisions(), c.c4(), c.sequences(), c.apis(), data,
                c.techStack(), c.risks(), c.operations(), c.capacity(), c.cost(), c.roadmap(), c.migration(), c.metadata());
    }

    @Test
    void aReconsultedFolderHasChangesAndAdrsThatLinkBothWays(@TempDir Path dir) throws Exception {
        Consultation before = OFFLINE.consult(clinic(LOAD, "appointments", "patients"));
        Path old = DossierWriter.builder().svg(false).decisionDate(LocalDate.of(2026, 1, 5)).build().write(before, dir.resolve("v1"));
        Consultation saved = dev.architect.dossier.DossierJson.read(old.resolve("consultation.json"));
        Consultation after = OFFLINE.reconsult(saved, clinic(new Load(30_000.0, 10.0, 10_000_000L, null), "appointments", "patients"));

        List<Deliverable> files = DossierWriter.builder().svg(false).decisionDate(LocalDate.of(2026, 3, 1)).previous(saved).build()
                .deliverables(after);
        Map<String, String> byPath = files.stream().collect(Collectors.toMap(Deliverable::path, ReconsultedDossierTest::text));

        Decision superseded = after.decisions().stream().filter(d -> d.status() == DecisionStatus.SUPERSEDED).findFirst().orElseThrow();
        Decision successor = after.decisions().stream().filter(d -> superseded.id().equals(d.supersedes())).findFirst().orElseThrow();
        String oldFile = byPath.keySet().stream().filter(p -> p.startsWith("decisions/" + superseded.id().replaceAll("\\D", "")))
                .findFirst().orElseThrow();
        String newFile = byPath.keySet().stream().filter(p -> p.startsWith("decisions/" + successor.id().replaceAll("\\D", "")))
                .findFirst().orElseThrow();
        assertThat(byPath.get(oldFile)).contains("status: superseded by " + successor.id(), "date: 2026-01-05",
                "Superseded by [" + successor.id() + "]");
        assertThat(byPath.get(newFile)).contains("date: 2026-03-01", "Supersedes [" + superseded.id() + "]");
        assertThat(byPath.get("CHANGES.md")).contains(successor.id() + "](" + newFile + ") supersedes", "| Month 1 |");
        assertThat(byPath.get("index.html")).contains("Changes since the previous dossier");
        assertThat(byPath).containsKey("data/migration.sql");
        assertThat(Files.readString(old.resolve(oldFile))).as("the old folder is untouched").contains("status: proposed");
    }

    private static String text(Deliverable d) {
        return d instanceof MarkdownDocument m ? m.content() : d instanceof SqlScript s ? s.content()
                : d instanceof dev.architect.deliverables.document.HtmlPage h ? h.content() : "";
    }
}
