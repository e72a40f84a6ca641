package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * A part another decision builds (the stream consumer the detection-rules ADR puts on Azure Container Apps) runs where
 * that decision's option says, even when the deployment decision chose functions for the services.
 */
class APartAnotherDecisionBuildsKeepsItsPlatformTest {

    @Test
    void theDetectionConsumerStaysOnTheContainerPlatformItsAdrChose() {
        var request = RequestReader.readString("""
                system: Randomly
                description: Serves anomalies in readings, claim handling for its users
                capabilities: [anomalies in readings, claim handling]
                load: {peakRequestsPerSecond: 10, readWriteRatio: 90, monthlyActiveUsers: 5000}
                availability: {targetPercent: 99.99, rpoMinutes: 15, rtoMinutes: 60}
                compliance: [GDPR, CCPA, SOX, FedRAMP, LGPD]
                team: {size: 37, expertise: [Go]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);
        Consultation c = OfflineArchitect.create().consult(request);

        String detection = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.DETECTION_RULES).findFirst().orElseThrow().chosenOption();
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("detection-engine")).singleElement().extracting(Container::technology)
                .asString().doesNotContain("Azure Functions");
        assertThat(detection).isNotBlank();
        assertThat(DossierValidator.validate(c, request).hasErrors()).as(DossierValidator.validate(c, request).describe()).isFalse();
    }
}
