package dev.architect.offline;

import static dev.architect.offline.ArchetypeDossiersTest.consult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Relationship;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An integration that stands for the devices taking readings ("Dam site loggers") sends them in: the model draws it
 * calling the ingestion path, and nothing of ours calling it for the readings it sends; an integration we call (the
 * paging service) keeps its call. A chart of readings is a drawing, not a patient's chart.
 */
class DeviceIntegrationsSendTheirReadingsTest {

    @Test
    void aDeviceIntegrationCallsInAndIsNotCalledForItsReadings() {
        Consultation c = consult("reservoir-loggers");
        List<Relationship> rels = c.c4().relationships();

        assertThat(rels).as("the loggers send their readings in")
                .anyMatch(r -> r.sourceId().equals("ext-dam-site-loggers") && r.description().contains("readings"));
        assertThat(rels).as("nothing of ours calls the loggers for the readings they send")
                .noneMatch(r -> r.destinationId().equals("ext-dam-site-loggers"));
        assertThat(rels).as("the paging service is still called")
                .anyMatch(r -> r.destinationId().equals("ext-pagerduty"));
        assertThat(java.util.stream.Stream.concat(c.c4().people().stream().map(p -> p.id()), c.c4().systems().stream().map(x -> x.id())))
                .as("the loggers are the devices: none is assumed beside them").doesNotContain("devices");
    }

    @Test
    void trendChartsOfReadingsAreNotClinicalRecords() {
        assertThat(consult("reservoir-loggers").dataModel().entities()).extracting(e -> e.name()).doesNotContain("clinical_record");
    }
}
