package dev.architect.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.MigrationStep;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.offline.OfflineArchitect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExistingApiTest {

    private static final String LEGACY = """
            openapi: 3.0.3
            info: {title: Legacy Shop API, version: "2"}
            paths:
              /orders: {get: {summary: List orders}, post: {summary: Place an order}}
              /orders/{id}: {get: {summary: One order}}
              /catalog/products: {get: {}}
              /admin/reindex: {post: {}}
            """;

    private static String request(String openApi) {
        return "system: Shop\ndescription: An online store\ncapabilities: [catalog, orders]\n"
                + "existingSystem:\n  description: A PHP monolith\n  openApi: " + openApi + "\n";
    }

    @Test
    void aRelativeFileIsReadFromBesideTheRequest(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("legacy"));
        Files.writeString(dir.resolve("legacy/api.yaml"), LEGACY);
        Path file = Files.writeString(dir.resolve("shop.yaml"), request("legacy/api.yaml"));

        ConsultationRequest r = RequestReader.read(file);

        ExistingApi api = ExistingApi.of(r).orElseThrow();
        assertThat(api.title()).isEqualTo("Legacy Shop API");
        assertThat(api.operations()).extracting(Object::toString)
                .containsExactly("GET /orders", "POST /orders", "GET /orders/{id}", "GET /catalog/products", "POST /admin/reindex");
    }

    @Test
    void aMissingOrNonOpenApiFileIsAnInvalidRequestNamingTheField(@TempDir Path dir) throws Exception {
        Path missing = Files.writeString(dir.resolve("a.yaml"), request("nowhere.yaml"));
        Files.writeString(dir.resolve("notes.yaml"), "title: not an API\n");
        Path notApi = Files.writeString(dir.resolve("b.yaml"), request("notes.yaml"));

        InvalidRequestException e1 = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.read(missing));
        InvalidRequestException e2 = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.read(notApi));

        assertThat(e1.problems().get(0).path()).isEqualTo("existingSystem.openApi");
        assertThat(e1.getMessage()).contains("no such file").contains("nowhere.yaml");
        assertThat(e2.getMessage()).contains("existingSystem.openApi: not an OpenAPI document: it has no paths");
    }

    @Test
    void theMigrationPlanSaysWhichExistingRoutesMoveWithWhichCapability() {
        String inline = "|\n" + LEGACY.indent(4);
        ConsultationRequest r = RequestReader.readString(request(inline));

        MigrationPlan plan = OfflineArchitect.create().consult(r).migration();

        assertThat(plan.summary()).contains("The existing API (Legacy Shop API) has 5 operations");
        assertThat(plan.steps()).filteredOn(s -> s.name().equals("Move orders")).singleElement()
                .extracting(MigrationStep::description).asString()
                .contains("sends 3 existing routes to it: GET /orders, POST /orders, GET /orders/{id}");
        assertThat(plan.steps()).filteredOn(s -> s.name().equals("Move catalog")).singleElement()
                .extracting(MigrationStep::description).asString().contains("GET /catalog/products");
        assertThat(plan.steps()).filteredOn(s -> s.name().equals("Place the remaining existing routes")).singleElement()
                .extracting(MigrationStep::description).asString().contains("1 existing route matches no capability", "POST /admin/reindex");
    }
}
