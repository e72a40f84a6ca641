package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Risk;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * An archetype's risk names the part of this design it lands on: the archetype's own component where it has one that
 * carries the mechanism (the realtime gateway), never a piece of plumbing that stands in for nothing of its own (the
 * outbox relay a card payment's timeout has nothing to do with), then the unit that serves it.
 */
class RisksLandWhereTheMechanismRunsTest {

    private static Consultation consult(String name) throws IOException {
        try (InputStream in = RisksLandWhereTheMechanismRunsTest.class.getResourceAsStream("/archetype-requests/" + name + ".yaml")) {
            ConsultationRequest request = RequestReader.read(in);
            return OfflineArchitect.create().consult(request);
        }
    }

    private static Risk risk(Consultation c, String titleWords) {
        return c.risks().stream().filter(r -> r.title().toLowerCase(java.util.Locale.ROOT).contains(titleWords)).findFirst()
                .orElseThrow(() -> new AssertionError("no risk titled like '" + titleWords + "' in " + c.risks().stream().map(Risk::title).toList()));
    }

    @Test
    void aRealtimeRiskLandsOnTheGatewayAndAPaymentRiskNotOnTheOutboxRelay() throws IOException {
        Consultation chat = consult("team-chat");
        assertThat(risk(chat, "reconnect").description()).containsIgnoringCase("lands on the realtime gateway");

        Consultation payments = consult("card-payments");
        assertThat(payments.risks().stream().filter(r -> r.description().contains("this lands on")).toList())
                .isNotEmpty().noneMatch(r -> r.description().toLowerCase(java.util.Locale.ROOT).contains("lands on the outbox relay"));
    }
}
