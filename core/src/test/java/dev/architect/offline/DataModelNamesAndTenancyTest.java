package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The data model names tables as English singulars, keys a multi-tenant B2B product's tables by tenant (with the API
 * scoped the same way), and the C4 model claims no more schemas than the DDL emits.
 */
class DataModelNamesAndTenancyTest {

    private static Consultation consult(String fresh) {
        return OfflineArchitect.create().consult(Requests.fresh(fresh));
    }

    private static List<String> tables(Consultation c) {
        return c.dataModel().entities().stream().map(Entity::name).toList();
    }

    @Test
    void tablesAreCorrectSingularsOfTheCapabilities() {
        assertThat(tables(consult("quiz-league"))).contains("quiz", "league", "match").doesNotContain("quizze");
        assertThat(tables(consult("fleet-maintenance"))).contains("parts_category", "status").doesNotContain("statu");
    }

    @Test
    void aMultiTenantProductKeysEveryTenantOwnedTableAndOperationByTenant() {
        Consultation c = consult("fleet-maintenance");
        String tenantTable = "workspace";
        assertThat(tables(c)).contains(tenantTable);
        List<Entity> owned = c.dataModel().entities().stream()
                .filter(e -> !e.name().equals(tenantTable) && !e.name().equals("outbox_event")).toList();
        assertThat(owned).isNotEmpty().allSatisfy(e -> {
            assertThat(e.fields()).extracting(EntityField::name).as(e.name()).contains("tenant_id");
            assertThat(e.relations()).as(e.name()).anyMatch(r -> r.field().equals("tenant_id") && r.targetEntity().equals(tenantTable));
            assertThat(e.indexes()).as(e.name()).allSatisfy(i -> assertThat(i.fields().get(0)).isEqualTo("tenant_id"));
            assertThat(e.fields()).as(e.name() + ": uniqueness is per tenant").noneMatch(EntityField::unique);
            assertThat(e.constraints()).as(e.name() + ": the database isolates tenants, not only the queries")
                    .anyMatch(k -> k.kind() == ConstraintKind.TENANT_ISOLATED && k.fields().equals(List.of("tenant_id")));
        });
        assertThat(c.dataModel().entity(tenantTable).orElseThrow().constraints()).as("the tenant table itself is not tenant-scoped")
                .noneMatch(k -> k.kind() == ConstraintKind.TENANT_ISOLATED);
        List<ApiOperation> ops = c.apis().stream().flatMap(a -> a.operations().stream()).toList();
        assertThat(ops).filteredOn(o -> !o.path().startsWith("/workspaces")).isEmpty();
        assertThat(ops).filteredOn(o -> !o.path().equals("/workspaces") && !o.path().equals("/workspaces/{workspaceId}"))
                .isNotEmpty().allSatisfy(o -> {
                    assertThat(o.path()).startsWith("/workspaces/{workspaceId}/");
                    assertThat(o.parameters()).anyMatch(p -> p.name().equals("workspaceId") && p.required());
                });
    }

    @Test
    void theFlowsCallTheTenantScopedPathsTheApiExposes() {
        for (String fresh : List.of("fleet-maintenance", "quiz-league")) {
            Consultation c = consult(fresh);
            Set<String> paths = c.apis().stream().flatMap(a -> a.operations().stream())
                    .map(o -> o.path().replaceAll("\\{[^}]+}", "{}")).collect(Collectors.toSet());
            List<String> called = c.sequences().stream().flatMap(s -> s.steps().stream()).map(s -> s.message())
                    .filter(m -> m.matches("(POST|GET|PATCH|PUT|DELETE) /api/v1/.*"))
                    .map(m -> m.replaceFirst("^[A-Z]+ /api/v1", "").replaceFirst(" .*$", "").replaceAll("\\{[^}]+}", "{}")).toList();
            assertThat(called).as(fresh).allSatisfy(p -> assertThat(paths).as(fresh + " exposes " + p).contains(p));
        }
        assertThat(consult("fleet-maintenance").sequences()).flatExtracting(d -> d.steps())
                // a maintenance work order is a job a technician carries out (a task), not something a customer buys
                .anyMatch(step -> step.message().startsWith("POST /api/v1/workspaces/{workspaceId}/tasks"));
    }

    @Test
    void aProductForConsumersHasNoTenantKey() {
        Consultation c = consult("quiz-league");
        assertThat(c.dataModel().entities()).allSatisfy(e ->
                assertThat(e.fields()).extracting(EntityField::name).doesNotContain("tenant_id"));
    }

    @Test
    void noContainerClaimsMoreSchemasThanTheDdlEmits() {
        for (var e : Requests.everyRequest().entrySet()) {
            Consultation c = OfflineArchitect.create().consult(e.getValue());
            Set<String> owners = c.dataModel().entities().stream().map(Entity::ownerContainerId).collect(Collectors.toSet());
            for (Container db : c.c4().containers().stream().filter(x -> x.kind() == ContainerKind.DATABASE).toList()) {
                assertThat(db.description()).as(e.getKey()).doesNotContain("schema per module");
                if (db.description().contains("one schema per unit")) {
                    assertThat(owners).as(e.getKey()).hasSizeGreaterThan(1);
                }
            }
            String register = c.risks().stream().map(r -> r.mitigation()).collect(Collectors.joining(" "));
            assertThat(register).as(e.getKey()).doesNotContain("schema per module");
            String adrs = c.decisions().stream().flatMap(d -> d.options().stream()).map(o -> o.summary()).collect(Collectors.joining(" "));
            assertThat(adrs).as(e.getKey()).doesNotContain("schema per module").doesNotContain("separate schemas");
        }
    }

}
