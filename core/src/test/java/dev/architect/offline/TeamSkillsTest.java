package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Risk;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The team's skills are read literally: a tool the team lists wins when it fits (SQL Server on the team's cloud, Kafka
 * for a team that runs it), "already runs" names only what the team lists, and a chosen tool the team lacks brings a
 * risk with a learning plan.
 */
class TeamSkillsTest {

    private static ConsultationRequest clinic(String cloud, String... expertise) {
        return ConsultationRequest.builder("Clinic", "Appointment booking for a group of dental clinics")
                .capabilities("patients", "appointments", "invoices", "reminders")
                .integration("Email gateway", "appointment reminders by email")
                .integration("Accounting ERP", "export of invoices")
                .load(new Load(120.0, 8.0, null, null)).team(new Team(6, List.of(expertise)))
                .deployment(new Deployment(dev.architect.request.Cloud.of(cloud), List.of())).build();
    }

    private static Decision decision(Consultation c, DecisionTopic topic) {
        return c.decision(topic).orElseThrow();
    }

    @Test
    void aSqlServerTeamGetsSqlServerOnItsCloudNotPostgresql() {
        Consultation azure = OfflineArchitect.create().consult(clinic("azure", "C#", ".NET", "SQL Server"));
        Decision store = decision(azure, DecisionTopic.DATASTORE);
        assertThat(store.chosenOption()).isEqualTo("Azure SQL Database (zone-redundant)");
        assertThat(store.rationale()).contains("already runs SQL Server");
        assertThat(store.options()).extracting(DecisionOption::name).noneMatch(n -> n.contains("PostgreSQL") && n.equals(store.chosenOption()));

        Consultation aws = OfflineArchitect.create().consult(clinic("aws", "C#", "SQL Server"));
        assertThat(decision(aws, DecisionTopic.DATASTORE).chosenOption()).isEqualTo("Amazon RDS for SQL Server (Multi-AZ)");
        Consultation gcp = OfflineArchitect.create().consult(clinic("gcp", "Java", "MSSQL"));
        assertThat(decision(gcp, DecisionTopic.DATASTORE).chosenOption()).isEqualTo("Cloud SQL for SQL Server (regional HA)");
    }

    @Test
    void aBookingOnSqlServerIsKeptUniqueWithoutAPostgresqlExclusionConstraint() {
        Decision onSqlServer = booking(OfflineArchitect.create().consult(clinic("azure", "C#", "SQL Server")));
        assertThat(onSqlServer.chosenOption()).startsWith("Serializable transaction").doesNotContain("PostgreSQL");
        assertThat(onSqlServer.drivers()).anyMatch(d -> d.contains("SQL Server"));

        Decision onPostgresql = booking(OfflineArchitect.create().consult(clinic("azure", "C#", "PostgreSQL")));
        assertThat(onPostgresql.chosenOption()).contains("exclusion constraint");
    }

    private static Decision booking(Consultation c) {
        return c.decisions().stream().filter(d -> d.context().startsWith("How is a slot guaranteed never to be booked twice?"))
                .findFirst().orElseThrow();
    }

    @Test
    void aPostgresqlTeamKeepsPostgresqlAndNeverSeesTheSqlServerVariant() {
        Decision store = decision(OfflineArchitect.create().consult(clinic("azure", "Java", "PostgreSQL")), DecisionTopic.DATASTORE);
        assertThat(store.chosenOption()).contains("PostgreSQL");
        assertThat(store.options()).extracting(DecisionOption::name).noneMatch(n -> n.contains("SQL Server") || n.contains("MySQL"));
    }

    @Test
    void aTeamThatKnowsKafkaGetsKafkaAndOneThatDoesNotGetsAQueue() {
        Decision kafka = decision(OfflineArchitect.create().consult(clinic("aws", "Java", "PostgreSQL", "Kafka")), DecisionTopic.MESSAGING);
        assertThat(kafka.chosenOption()).contains("Kafka");
        assertThat(kafka.rationale()).contains("already runs Kafka");

        Decision queue = decision(OfflineArchitect.create().consult(clinic("aws", "Java", "PostgreSQL")), DecisionTopic.MESSAGING);
        assertThat(queue.chosenOption()).doesNotContain("Kafka");
    }

    @Test
    void aChosenToolTheTeamLacksBringsARiskWithALearningPlan() {
        Consultation c = OfflineArchitect.create().consult(clinic("aws", "Java", "Spring"));
        Decision store = decision(c, DecisionTopic.DATASTORE);
        assertThat(store.rationale()).doesNotContain("already runs");
        Risk learning = c.risks().stream().filter(r -> r.title().equals("The team has not run PostgreSQL")).findFirst().orElseThrow();
        assertThat(learning.mitigation()).startsWith("Learning plan:").contains("Amazon RDS for PostgreSQL");
        assertThat(learning.description()).contains("Java, Spring");
    }

    /** "Already runs X" in any ADR of any request the tests know names X from the team's own list. */
    @Test
    void alreadyRunsNamesOnlyWhatTheTeamLists() {
        Pattern runs = Pattern.compile("already runs ([^,.;]+?)(?:,|\\.|;| which| and |$)");
        Requests.everyRequest().forEach((name, r) -> {
            List<String> listed = r.team() == null || r.team().expertise() == null ? List.of()
                    : r.team().expertise().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
            for (Decision d : OfflineArchitect.create().consult(r).decisions()) {
                StringBuilder text = new StringBuilder(d.rationale());
                d.options().forEach(o -> o.pros().forEach(p -> text.append(' ').append(p).append('.')));
                Matcher m = runs.matcher(text);
                while (m.find()) {
                    assertThat(listed).as("%s %s: %s", name, d.id(), m.group(0)).contains(m.group(1).strip().toLowerCase(Locale.ROOT));
                }
            }
        });
    }
}
