package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retention an actor manages ("manages members and retention") is a mechanism: periods per scope as data, a nightly purge
 * of what is past them with what derives from it, and a record of each deletion. Keeping customers (customer retention)
 * is no data retention, and a request whose legal holds and custody trail design retention gets no second purge.
 */
class RetentionSetByAnActorTest {

    private static Consultation consult(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    @Test
    void retentionAnAdministratorManagesIsPurgedByPeriodsKeptAsData() {
        Consultation c = consult("""
                system: Notewell
                description: Shared meeting notes for teams, edited together in the browser.
                actors:
                  - {name: Member, description: writes and reads notes}
                  - {name: Team admin, description: manages members and retention}
                capabilities: [notes, teams]
                load: {peakRequestsPerSecond: 300, readWriteRatio: 3, monthlyActiveUsers: 80000}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        assertThat(ArchetypeDossiersTest.recognisedArchetypes(c)).contains("retention-purge");
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-archetype-retention-purge"))
                .findFirst().orElseThrow();
        assertThat(fr.description()).contains("actor 'Team admin: manages members and retention' says 'retention'");
        ArchetypeDossiersTest.assertDesigns(c, List.of("retention_policy", "retention_deletion"),
                List.of("retention_policy:POSITIVE", "retention_deletion:NOT_NEGATIVE"),
                List.of("setRetentionPolicy", "listRetentionDeletions"), List.of("seq-purge-past-retention"));
        assertThat(c.c4().containers()).anySatisfy(x -> assertThat(x.id()).isEqualTo("retention-purger"));
    }

    @Test
    void keepingCustomersIsNoDataRetention() {
        Consultation c = consult("""
                system: Loyalbox
                description: A loyalty app for coffee shops that improves customer retention with stamps and rewards.
                actors:
                  - {name: Customer, description: collects stamps}
                  - {name: Shop owner, description: watches the retention rate}
                capabilities: [stamps, rewards]
                load: {peakRequestsPerSecond: 200, readWriteRatio: 5, monthlyActiveUsers: 60000}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        assertThat(ArchetypeDossiersTest.recognisedArchetypes(c)).doesNotContain("retention-purge");
    }

    @Test
    void legalHoldsAndACustodyTrailDesignRetentionWithoutASecondPurge() {
        Consultation c = consult("""
                system: Casevault
                description: >
                  Case files for a law firm's litigation team. Every access is kept in a tamper-evident audit trail; legal
                  holds stop deletion, and the records manager sets the retention of each kind of case file.
                actors:
                  - {name: Lawyer, description: reads and adds case files}
                  - {name: Records manager, description: sets retention and legal holds}
                capabilities: [case files, holds]
                load: {peakRequestsPerSecond: 50, readWriteRatio: 5, monthlyActiveUsers: 2000}
                deployment: {cloud: azure, regions: [uksouth]}
                """);

        assertThat(ArchetypeDossiersTest.recognisedArchetypes(c)).contains("custody-audit").doesNotContain("retention-purge");
    }
}
