package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Residency in named countries deploys to the chosen cloud's region in each country (geography.yaml), says in the
 * availability ADR and the risks where each country's data stays, and asks where the data may go when the cloud has
 * no region in a country, instead of deploying as if the residency were not stated.
 */
class ResidencyInNamedCountriesTest {

    private static String clinics(String cloud) {
        return String.format(java.util.Locale.ROOT, """
                system: Clinica
                description: >
                  Patient records for clinics in Mexico, Colombia and Chile. Each patient's records must stay in their own
                  country (Mexico, Colombia, Chile).
                capabilities: [patients, visits, prescriptions]
                load: {peakRequestsPerSecond: 80}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: %s}
                """, cloud);
    }

    @Test
    void onAwsTheRecordsOfMexicoStayInMexicoAndColombiaAndChileAreAnOpenQuestion() {
        Consultation c = ValidDossiers.of(clinics("aws"));

        assertThat(c.requirements().constraints()).contains("Runs on AWS in mx-central-1");
        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().consequences())
                .anyMatch(x -> x.text().contains("data of Mexico stays in mx-central-1") && x.text().contains("AWS has no region in Colombia")
                        && x.text().contains("must stay in their own"));
        assertThat(c.risks()).anyMatch(r -> r.id().equals("risk-residency-countries") && r.title().equals("No AWS region in Colombia and Chile"));
        assertThat(c.requirements().openQuestions()).anyMatch(q -> q.id().equals("oq-residency-countries")
                && q.question().equals("Where may the data of Colombia and Chile be held?"));
    }

    @Test
    void onGoogleCloudMexicoAndChileEachKeepTheirRecordsInTheirOwnRegion() {
        Consultation c = ValidDossiers.of(clinics("gcp"));

        assertThat(c.requirements().constraints()).contains("Runs on Google Cloud in northamerica-south1, southamerica-west1");
        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().consequences())
                .anyMatch(x -> x.text().contains("data of Mexico stays in northamerica-south1") && x.text().contains("data of Chile stays in southamerica-west1")
                        && x.text().contains("never replicated to another") && x.text().contains("Google Cloud has no region in Colombia"));
        assertThat(c.requirements().openQuestions()).anyMatch(q -> q.question().equals("Where may the data of Colombia be held?"));
    }

    @Test
    void withNoCloudStatedTheRegionsFollowTheResidencyAndTheCloudStaysAnAssumption() {
        Consultation c = ValidDossiers.of(clinics("aws").replace("deployment: {cloud: aws}\n", ""));

        assertThat(c.requirements().constraints()).contains("Runs on AWS in mx-central-1");
        assertThat(c.requirements().assumptions()).anyMatch(a -> a.statement().contains("No cloud stated"));
    }
}
