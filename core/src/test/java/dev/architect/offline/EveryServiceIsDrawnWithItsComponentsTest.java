package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.RequestReader;
import dev.architect.request.Team;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service holds code the team writes or configures, so the C4 model draws what is inside it: the model path asks a
 * model for the components of every service, and an offline dossier answered from must already have them.
 */
class EveryServiceIsDrawnWithItsComponentsTest {

    static Stream<ConsultationRequest> requests() {
        Stream<ConsultationRequest> samples = Stream.of("shopfast-ecommerce.yaml", "tasktrack-saas.yaml", "fleetpulse-iot.yaml",
                "paylane-payments.yaml", "bookshelf-legacy-migration.yaml", "carelink-healthcare.yaml")
                .map(f -> RequestReader.read(Path.of("..", "examples", "requests", f)));
        Stream<ConsultationRequest> own = Stream.of(
                // a video visit service and a FHIR adapter
                ConsultationRequest.builder("ClinicCall", "Physiotherapists hold video visits with patients and read their "
                                + "allergies and medications from the hospital's Epic EHR over FHIR")
                        .capabilities("video visits", "appointments", "patient records")
                        .integration("Epic", "Patient records over FHIR").compliance(ComplianceRegime.HIPAA)
                        .team(new Team(6, List.of("Kotlin", "PostgreSQL"))).build(),
                // a dispatcher with offers to one driver at a time
                ConsultationRequest.builder("TowNow", "Drivers of tow trucks get jobs near them; the dispatcher offers each "
                                + "breakdown to the nearest free truck by ETA")
                        .capabilities("dispatch", "live location", "jobs").load(new Load(300.0, 5.0, 50_000L, null)).build(),
                // a realtime gateway holding many connections
                ConsultationRequest.builder("CrewChat", "Shift workers chat in channels in real time and see who is online")
                        .capabilities("messaging", "presence", "channels").load(new Load(2_000.0, 3.0, 400_000L, null)).build(),
                // a self-run card vault
                ConsultationRequest.builder("TillPay", "A payment gateway for small shops that stores card numbers for "
                                + "repeat charges in its own vault").capabilities("payments", "refunds", "card storage")
                        .compliance(ComplianceRegime.PCI_DSS).team(new Team(14, List.of("Java"))).build());
        return Stream.concat(samples, own);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyServiceContainerHasAComponentInsideIt(ConsultationRequest request) {
        Consultation dossier = OfflineArchitect.create().consult(request);

        Set<String> drawn = dossier.c4().components().stream().map(Component::containerId).collect(Collectors.toSet());
        List<String> services = dossier.c4().containers().stream().filter(c -> c.kind() == ContainerKind.SERVICE)
                .map(Container::id).toList();
        assertThat(services).isNotEmpty();
        assertThat(services).allSatisfy(id -> assertThat(drawn).as("components inside service '%s'", id).contains(id));
    }
}
