package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Risk;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A risk speaks only of parts the design chose: when a decision leaves out a part a mechanism would otherwise add (the
 * ingestion stream when readings are written directly), the risks of that part go with it, whatever the archetype lists.
 */
class RisksOnlyOnChosenPartsTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** 180 cold rooms on Azure reporting once a minute over HTTPS: 3 readings/s, written directly, no stream. */
    private static final String COLD_ROOMS = """
            system: ChillCheck
            description: >
              Temperature sensors in 180 restaurant cold rooms report a reading every minute over HTTPS; the kitchen
              manager is alerted when a room stays above 5 degrees for 15 minutes.
            capabilities: [reading ingestion, temperature alerts, room history]
            actors: [{name: Sensor, description: reports temperature}]
            load: {peakRequestsPerSecond: 6, readWriteRatio: 1}
            team: {size: 2, expertise: [C#, .NET, SQL Server]}
            deployment: {cloud: azure, regions: [northeurope]}
            """;

    /** A small parts catalogue on AWS searched a few times a second: full-text search stays in the database. */
    private static final String PARTS = """
            system: Sprocket
            description: >
              A bicycle workshop chain's staff search 6,000 spare parts by name and fit, and reserve parts for repairs.
            capabilities: [parts search, reservations]
            load: {peakRequestsPerSecond: 8, readWriteRatio: 10}
            team: {size: 3, expertise: [Ruby, Rails, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-west-2]}
            """;

    private static String text(Risk r) {
        return (r.title() + ". " + r.description() + ". " + r.mitigation()).toLowerCase(Locale.ROOT);
    }

    @Test
    void readingsWrittenDirectlyCarryNoStreamRisk() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(COLD_ROOMS));
        assertThat(c.c4().containers()).noneMatch(k -> k.id().equals("ingest-stream"));
        assertThat(c.risks()).extracting(Risk::id).doesNotContain("risk-alert-deadline-missed-under-backlog");
        assertThat(c.risks()).noneMatch(r -> text(r).contains("in the stream"));
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void noRiskNamesAPartTheDesignLeftOut() {
        for (String yaml : List.of(COLD_ROOMS, PARTS)) {
            ConsultationRequest r = RequestReader.readString(yaml);
            Consultation c = ARCHITECT.consult(r);
            List<String> drawn = c.c4().containers().stream().map(Container::id).toList();
            Map<String, String> leftOut = new java.util.LinkedHashMap<>();
            Archetypes.standard().recognise(r, r.capabilities()).forEach(x -> x.archetype().components().stream()
                    .filter(k -> !drawn.contains(k.id())).forEach(k -> leftOut.put(k.id(), k.name().toLowerCase(Locale.ROOT))));
            assertThat(leftOut).as(r.system() + " leaves a part of a mechanism out").isNotEmpty();
            for (Risk risk : c.risks()) {
                leftOut.forEach((id, name) -> assertThat(text(risk)).as(r.system() + " " + risk.id() + " names " + name).doesNotContain(name));
                assertThat(risk.relatedElements()).as(risk.id()).allMatch(e -> drawn.contains(e) || c.c4().components().stream().anyMatch(k -> k.id().equals(e))
                        || c.c4().people().stream().anyMatch(p -> p.id().equals(e)) || c.c4().systems().stream().anyMatch(x -> x.id().equals(e)));
            }
        }
    }
}
