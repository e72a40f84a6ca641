package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the messaging decision chose a log (the team runs Kafka), device ingestion appends to that log: the ingestion
 * decision, the broker's container (carrying the ingestion topics) and the cost name one streaming product, never a
 * second one or a second container of it.
 */
class OneStreamPerFlowTest {

    static Consultation coldChainOn(String cloud) throws IOException {
        String yaml = Files.readString(Path.of("src", "test", "resources", "archetype-requests", "cold-chain.yaml"))
                .replace("cloud: azure", "cloud: " + cloud);
        return OfflineArchitect.create().consult(RequestReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    static Decision decision(Consultation c, DecisionTopic topic) {
        return c.decisions().stream().filter(d -> d.topic() == topic).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"aws, Amazon MSK (Apache Kafka), Amazon Kinesis Data Streams",
            "gcp, Google Cloud Managed Service for Apache Kafka, Google Cloud Pub/Sub"})
    void deviceIngestionRunsOnTheLogTheMessagingDecisionChose(String cloud, String log, String secondStream) throws IOException {
        Consultation c = coldChainOn(cloud);

        assertThat(decision(c, DecisionTopic.MESSAGING).chosenOption()).isEqualTo(log);
        Decision ingestion = decision(c, DecisionTopic.INGESTION);
        assertThat(ingestion.chosenOption()).isEqualTo(log);
        assertThat(ingestion.options()).extracting(DecisionOption::name).noneMatch(name -> name.contains(secondStream));
        assertThat(ingestion.options()).extracting(DecisionOption::name).anyMatch(name -> name.endsWith(" into " + log));
        // One product, one container: the ingestion stream is topics on the broker, not a second container of the same product.
        assertThat(c.c4().containers()).filteredOn(x -> log.equals(x.technology())).extracting(Container::id).containsExactly("broker");
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("broker")).singleElement()
                .satisfies(b -> assertThat(b.description()).contains("also the ingestion stream as its own topics"));
        assertThat(ingestion.relatedElements()).contains("broker");
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-reading-to-alert")).singleElement()
                .satisfies(s -> assertThat(s.participants()).contains("broker").doesNotContain("ingest-stream"));
        assertThat(c.c4().containers()).extracting(Container::technology).noneMatch(t -> t.contains(secondStream));
        assertThat(c.cost().items()).noneMatch(i -> (i.name() + " " + i.assumption()).contains(secondStream));
        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("stream-brokers")).singleElement()
                .satisfies(i -> assertThat(i.assumption()).contains("also carry ingest-stream as topics"));
    }
}
