package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.RequestReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The delivery pipeline's database migration tool is one the team's language uses, read from catalogue.yaml. */
class MigrationToolFollowsLanguageTest {

    private static List<String> ciCd(String expertise) {
        var request = RequestReader.readString(String.format(Locale.ROOT, """
                system: Tutors
                description: Parents book private tutors for their children and pay per lesson.
                capabilities: [tutors, lessons, parents]
                load: {peakRequestsPerSecond: 25, readWriteRatio: 5, monthlyActiveUsers: 12000}
                team: {size: 4, expertise: [%s, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """, expertise));
        return OfflineArchitect.create().consult(request).operations().ciCd();
    }

    private static String migrationLine(List<String> ciCd) {
        return ciCd.stream().filter(s -> s.startsWith("Database migrations")).findFirst().orElseThrow();
    }

    @Test
    void aNodeTeamMigratesWithANodeToolNotFlyway() {
        assertThat(migrationLine(ciCd("TypeScript"))).contains("node-pg-migrate or Prisma Migrate").doesNotContain("Flyway");
    }

    @Test
    void aDotnetTeamMigratesWithEfCore() {
        assertThat(migrationLine(ciCd("C#"))).contains("EF Core migrations").doesNotContain("Flyway");
    }

    @Test
    void pythonGoAndJvmTeamsGetTheirOwnTools() {
        assertThat(migrationLine(ciCd("Python"))).contains("(Alembic)");
        assertThat(migrationLine(ciCd("Go"))).contains("(golang-migrate)");
        assertThat(migrationLine(ciCd("Kotlin"))).contains("(Flyway or Liquibase)");
        assertThat(migrationLine(ciCd("Java"))).contains("(Flyway or Liquibase)");
    }
}
