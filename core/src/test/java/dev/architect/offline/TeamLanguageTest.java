package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.TechCategory;
import dev.architect.dossier.TechChoice;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language and framework follow the team's own list when the catalogue has them; expertise is never claimed for a default. */
class TeamLanguageTest {

    /** A parish hall booking site, built by teams of different stacks. */
    private static Consultation hallBookings(String... expertise) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Hallkeeper", "Booking of parish halls and their rooms for community groups")
                .capabilities("halls", "bookings", "invoices")
                .integration("Email gateway", "booking confirmations by email")
                .load(new Load(30.0, 8.0, null, null)).team(new Team(3, List.of(expertise)))
                .deployment(new Deployment(Cloud.of("gcp"), List.of())).build());
    }

    private static TechChoice choice(Consultation c, TechCategory category) {
        return c.techStack().stream().filter(t -> t.category() == category).findFirst().orElseThrow();
    }

    @Test
    void theTeamsLanguageAndFrameworkAreChosenLiterally() {
        assertThat(choice(hallBookings("Elixir", "Phoenix", "PostgreSQL"), TechCategory.FRAMEWORK).choice()).startsWith("Phoenix");
        assertThat(choice(hallBookings("Erlang", "PostgreSQL"), TechCategory.LANGUAGE).choice()).contains("Erlang");
        assertThat(choice(hallBookings("Python", "Django", "PostgreSQL"), TechCategory.FRAMEWORK).choice()).startsWith("Django");
        assertThat(choice(hallBookings("PHP", "Laravel", "MySQL"), TechCategory.FRAMEWORK).choice()).startsWith("Laravel");
        assertThat(choice(hallBookings("PHP", "Symfony"), TechCategory.FRAMEWORK).choice()).startsWith("Symfony");
        assertThat(choice(hallBookings("Rust", "PostgreSQL"), TechCategory.LANGUAGE).choice()).startsWith("Rust");
        // The team's first-listed language wins over catalogue order.
        assertThat(choice(hallBookings("Python", "Java"), TechCategory.LANGUAGE).choice()).startsWith("Python");
        assertThat(choice(hallBookings("Kotlin", "Spring"), TechCategory.LANGUAGE).choice()).startsWith("Kotlin");
    }

    @Test
    void expertiseIsClaimedOnlyForWhatTheTeamLists() {
        TechChoice fallback = choice(hallBookings("COBOL", "DB2"), TechCategory.LANGUAGE);
        assertThat(fallback.justification()).doesNotContain("Matches the team's expertise").contains("COBOL, DB2");
        TechChoice python = choice(hallBookings("Python", "Django", "Terraform"), TechCategory.LANGUAGE);
        assertThat(python.justification()).isEqualTo("Matches the team's expertise (Python, Django)");
    }
}
