package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A worker an archetype brings reads its work from what the messaging decision chose: the chosen broker, or the
 * database outbox when the decision is to run without one. A worker 'reading Amazon SQS' beside an ADR that rejects
 * SQS (and a cost that never prices it) contradicts the design.
 */
class WorkersReadFromTheChosenBrokerTest {

    static Stream<Path> requests() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "archetype-requests"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("requests")
    void aWorkerReadsFromTheBrokerTheMessagingDecisionChose(Path file) {
        ConsultationRequest request = RequestReader.read(file);
        Consultation c = OfflineArchitect.create().consult(request);
        Decision messaging = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.MESSAGING).findFirst().orElse(null);
        if (messaging == null) {
            return;
        }
        String chosen = messaging.chosenOption();
        List<String> rejected = messaging.options().stream().map(DecisionOption::name).filter(n -> !n.equals(chosen))
                .flatMap(n -> Stream.of(n.split(" and "))).flatMap(n -> Stream.of(n, n.split(" \\(")[0])).filter(t -> t.contains(" ")).toList();
        boolean none = chosen.startsWith("No broker");
        for (Container container : c.c4().containers()) {
            String technology = container.technology();
            if (!technology.contains(" reading ")) {
                continue;
            }
            String read = technology.substring(technology.indexOf(" reading ") + " reading ".length());
            assertThat(rejected).as("%s reads '%s' (messaging chose %s)", container.id(), read, chosen).noneMatch(read::startsWith);
            if (none && read.contains("outbox")) {
                assertThat(read).as("%s without a broker", container.id()).startsWith("the database outbox");
            }
        }
    }
}
