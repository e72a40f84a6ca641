package dev.architect.offline;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample requests under {@code src/test/resources/requests}. */
final class Requests {

    static final List<String> ALL = List.of("small-team", "iot-telemetry", "pci-payments", "hipaa-health", "global-content",
            "high-availability", "legacy-migration", "saas-platform", "on-premises", "minimal");

    /** The sample requests of the examples module, read from {@code examples/requests} beside this module. */
    static final List<String> SAMPLES = List.of("bookshelf-legacy-migration", "carelink-healthcare", "fleetpulse-iot",
            "paylane-payments", "shopfast-ecommerce", "tasktrack-saas");

    /** Requests written for the prose and scoring tests, kept apart from the samples: {@code src/test/resources/requests-fresh}. */
    static final List<String> FRESH = List.of("clinic-booking", "news-global", "freight-telemetry", "payroll-ledger", "vet-practice",
            "permit-office");

    private Requests() {
    }

    static ConsultationRequest sample(String name) {
        return RequestReader.read(java.nio.file.Path.of("..", "examples", "requests", name + ".yaml"));
    }

    static ConsultationRequest fresh(String name) {
        return RequestReader.read(java.nio.file.Path.of("src", "test", "resources", "requests-fresh", name + ".yaml"));
    }

    /** Every request the tests know: the examples' samples, the test requests and the fresh ones. */
    static java.util.Map<String, ConsultationRequest> everyRequest() {
        java.util.Map<String, ConsultationRequest> all = new java.util.LinkedHashMap<>();
        SAMPLES.forEach(n -> all.put(n, sample(n)));
        ALL.forEach(n -> all.put(n, load(n)));
        FRESH.forEach(n -> all.put(n, fresh(n)));
        return all;
    }

    static ConsultationRequest load(String name) {
        try (InputStream in = Requests.class.getResourceAsStream("/requests/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no request " + name);
            }
            return RequestReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
