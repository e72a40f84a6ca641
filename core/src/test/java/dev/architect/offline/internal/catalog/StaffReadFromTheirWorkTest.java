package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Audience;
import dev.architect.request.ConsultationRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/**
 * People who work for the organisation are read from how the request describes their work (staff-at-work.yaml), not from
 * a list of job titles: brokers quoting during market hours and a pricing bot make a business day's traffic, not consumers'
 * evenings. A member of the public stays one, whatever desk it calls.
 */
class StaffReadFromTheirWorkTest {

    private static final DailyLoadShape SHAPES = DailyLoadShape.standard();

    private static ConsultationRequest request(String description, String actors) {
        return DailyLoadShapeTest.request(description, actors);
    }

    private static DailyLoadShape.Makers makers(ConsultationRequest r) {
        return DailyLoadShapeTest.makers(r);
    }

    @Test
    void brokersDescribedAtWorkAndABotMakeABusinessDay() {
        // Neither "broker" nor "underwriting lead" is a staff title in actor-roles.yaml; "during market hours" and "at the
        // desk" say they work for the firm, and the bot is a program, which makes no person's traffic
        ConsultationRequest r = request("A freight brokerage in Rotterdam: 30 brokers and an underwriting lead work at the desk and close deals by phone.",
                "  - {name: Broker, description: \"quotes rates and books barges during market hours\"}\n"
                        + "  - {name: Underwriting lead, description: \"approves quotes over the limit\"}\n"
                        + "  - {name: Pricing bot, description: \"re-prices open quotes when fuel prices move\"}");
        DailyLoadShape.Makers m = makers(r);

        assertThat(m.staffOnly()).isTrue();
        assertThat(SHAPES.peopleCurve(m, Audience.REGIONAL).curve()).isEqualTo(DailyLoadShape.Curve.BUSINESS_HOURS);
        assertThat(WorkContext.standard().atWork(r, r.actors().get(1))).hasValueSatisfying(s -> assertThat(s).contains("at the desk"));
    }

    @Test
    void withoutWordsOfWorkTheSameActorsAreConsumers() {
        // The same actors with no sentence placing them at work: the request does not say they are the firm's people
        DailyLoadShape.Makers m = makers(request("A freight marketplace: shippers and brokers quote barge freight and close deals.",
                "  - {name: Broker, description: \"quotes rates and books barges\"}\n"
                        + "  - {name: Shipper, description: \"asks for quotes\"}"));

        assertThat(m.staffOnly()).isFalse();
        assertThat(SHAPES.peopleCurve(m, Audience.REGIONAL).curve()).isEqualTo(DailyLoadShape.Curve.CONSUMER_DAY);
    }

    @Test
    void aMemberOfThePublicAtTheDeskIsStillThePublic() {
        // "customers call the help desk during office hours": the desk is the firm's, the customers are still its public
        ConsultationRequest r = request("A bike repair chain: customers call the help desk during office hours and book a repair.",
                "  - {name: Customer, description: \"books repairs during office hours\"}\n"
                        + "  - {name: Mechanic, description: \"repairs bikes on shift\"}");

        assertThat(WorkContext.standard().atWork(r, r.actors().get(0))).isEmpty();
        assertThat(WorkContext.standard().atWork(r, r.actors().get(1))).isPresent();
        assertThat(makers(r).staffOnly()).isFalse();
    }

    @Test
    void aBadCopyOfTheFileFailsNamingTheKey() throws IOException {
        String shipped = ShippedDataFiles.text(WorkContext.class, WorkContext.RESOURCE);
        String badCase = shipped.replace("atWork: [on shift,", "atWork: [On Shift,");
        assertThat(badCase).isNotEqualTo(shipped);
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(badCase.getBytes(StandardCharsets.UTF_8)), "copy", WorkContext.class, "staff at work"))
                .hasMessageContaining("atWork");
        String missing = shipped.replaceAll("(?m)^software:.*$", "");
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)), "copy", WorkContext.class, "staff at work"))
                .hasMessageContaining("software");
        String unknown = shipped + "\njobTitles: [broker]\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "copy", WorkContext.class, "staff at work"))
                .hasMessageContaining("jobTitles");
    }
}
