package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Availability;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time-series primary keeps reference data in the relational product; when that product is also the relational
 * option the datastore decision set aside, the decision names it as the reference store, so the stack that runs it
 * does not contradict the decision (the validator found "rejected for" before).
 */
class ReferenceStoreConsistencyTest {

    @Test
    void aTimeSeriesPrimaryNamesItsRelationalReferenceStoreAndTheDossierIsConsistent() {
        // Scooters report their position every 5 seconds; rentals and payments are relational records. 1,600 requests/s at
        // 3 reads per write is 400 writes/s, and 400 GB + 300 GB a month is over 18 TB in five years: no option fits every
        // figure, and the time-series store (with relational reference data) is the nearer one.
        ConsultationRequest scooters = ConsultationRequest.builder("Zipline", "Electric scooter rental; each scooter reports its "
                        + "position and battery every 5 seconds as telemetry, riders rent and pay per minute")
                .capabilities("scooter map", "rentals", "payments", "scooter telemetry")
                .load(new Load(1600.0, 3.0, 200_000L, null)).data(new DataVolume(400.0, 300.0, 3))
                .availability(new Availability(99.95, 1, 30)).deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).build();

        Consultation c = OfflineArchitect.create().consult(scooters);
        ValidationReport report = DossierValidator.validate(c, scooters);

        assertThat(report.violations()).as(report.describe()).isEmpty();
        String chosen = c.decision(DecisionTopic.DATASTORE).orElseThrow().chosenOption();
        assertThat(c.techStack()).anyMatch(t -> chosen.contains(t.choice()) && !chosen.startsWith(t.choice()));
    }
}
