package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.event.ConsultationEvent;
import dev.architect.request.RequestReader;
import dev.architect.spi.ProviderRegistry;
import dev.architect.validation.DossierValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** With no provider in the environment, {@code Architect.create()} is the offline architect, and it is complete. */
class OfflineByDefaultTest {

    static Stream<Path> sampleRequests() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "requests"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void withNoProviderConfiguredEverySampleGetsAFullValidDossier(Path file) {
        List<ConsultationEvent> events = new CopyOnWriteArrayList<>();
        Architect architect = Architect.fromEnvironment(Map.<String, String>of()::get, new ProviderRegistry(List.of()))
                .listener(events::add).build();

        Consultation dossier = architect.consult(RequestReader.read(file));

        assertThat(dossier.metadata().provider()).isEqualTo("offline");
        assertThat(DossierValidator.validate(dossier).errors()).isEmpty();
        assertThat(dossier.decisions()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(dossier.c4().containers()).isNotEmpty();
        assertThat(dossier.apis()).isNotEmpty();
        assertThat(dossier.dataModel().entities()).isNotEmpty();
        assertThat(dossier.sequences()).isNotEmpty();
        assertThat(dossier.risks()).isNotEmpty();
        assertThat(dossier.roadmap().phases()).isNotEmpty();
        assertThat(dossier.cost().monthlyTotal()).isPositive();
        // ShopFast's retailer is "moving off a hosted shop platform": a migration stated in words, without an existing system.
        assertThat(dossier.migration() != null).isEqualTo(file.toString().contains("migration") || file.toString().contains("shopfast"));
        assertThat(events).singleElement().isInstanceOf(ConsultationEvent.ConsultationCompleted.class);
        assertThat(DossierJson.write(architect.consult(RequestReader.read(file)))).isEqualTo(DossierJson.write(dossier));
    }
}
