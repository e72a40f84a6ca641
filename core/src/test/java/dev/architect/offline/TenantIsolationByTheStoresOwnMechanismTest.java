package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Entity;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multi-tenant design keeps tenants apart with a mechanism its database product has (tenant-stores.yaml {@code tables}):
 * a row policy on PostgreSQL and SQL Server, with the product's own way of passing the tenant (SET LOCAL, SESSION_CONTEXT);
 * on Cloud Spanner and MySQL, which enforce no row policy, no table claims one and the database says how its keys and a
 * query-layer guard keep tenants apart. Requests of our own; every dossier passes the validator, whose database-feature
 * rule would fail a row policy on a product without one.
 */
class TenantIsolationByTheStoresOwnMechanismTest {

    private static Consultation consult(String yaml) {
        return ValidDossiers.of(yaml);
    }

    private static List<Entity> tenantOwned(Consultation c) {
        return c.dataModel().entities().stream().filter(e -> e.fields().stream().anyMatch(f -> f.name().equals("tenant_id"))).toList();
    }

    private static List<Container> databases(Consultation c) {
        return c.c4().containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE).toList();
    }

    /** Shift rosters for retail companies at 30,000 requests/s in two regions on Google Cloud: distributed SQL, Cloud Spanner. */
    private static final String ROSTERS = """
            system: Rostercloud
            description: >
              A multi-tenant workforce scheduling SaaS for retail companies: each customer company's managers publish shift rosters,
              staff swap shifts and clock in from their phones. One company must never see another's rosters or staff.
            actors:
              - {name: Manager, description: publishes rosters and approves swaps}
              - {name: Staff member, description: swaps shifts and clocks in}
            capabilities: [rosters, shift swaps, clock-ins, companies]
            load: {peakRequestsPerSecond: 30000, readWriteRatio: 2, monthlyActiveUsers: 3000000}
            availability: {targetPercent: 99.99, rpoMinutes: 0, rtoMinutes: 15}
            team: {size: 12, expertise: [Go, Kubernetes]}
            deployment: {cloud: gcp, regions: [us-east1, us-west1]}
            """;

    @Test
    void onCloudSpannerNoTableClaimsARowPolicyAndTheDatabaseNamesKeysAndAQueryGuard() {
        Consultation c = consult(ROSTERS);

        assertThat(databases(c)).extracting(Container::technology).contains("Cloud Spanner");
        assertThat(tenantOwned(c)).isNotEmpty().allSatisfy(e -> assertThat(e.constraints()).as(e.name())
                .noneMatch(k -> k.kind() == ConstraintKind.TENANT_ISOLATED));
        assertThat(databases(c)).filteredOn(k -> k.technology().contains("Spanner")).allSatisfy(k -> assertThat(k.description())
                .contains("tenants kept apart by tenant_id").contains("a query-layer guard").doesNotContainIgnoringCase("row-level security"));
    }

    /** Invoicing for small businesses, a PHP team that runs MySQL: a MySQL database. */
    private static final String INVOICES = """
            system: Invoicely
            description: >
              A multi-tenant invoicing product for small businesses: each business keeps its customers, sends invoices and records
              payments. One business never sees another's invoices.
            actors:
              - {name: Bookkeeper, description: sends invoices and records payments}
            capabilities: [customers, invoices, payments]
            load: {peakRequestsPerSecond: 400, readWriteRatio: 5, monthlyActiveUsers: 20000}
            team: {size: 4, expertise: [PHP, MySQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    @Test
    void onMySqlTheGuardIsTheMechanismAndNoTableClaimsARowPolicy() {
        Consultation c = consult(INVOICES);

        assertThat(databases(c)).extracting(Container::technology).anyMatch(t -> t.contains("MySQL"));
        assertThat(tenantOwned(c)).isNotEmpty().allSatisfy(e -> assertThat(e.constraints()).as(e.name())
                .noneMatch(k -> k.kind() == ConstraintKind.TENANT_ISOLATED));
        assertThat(databases(c)).filteredOn(k -> k.technology().contains("MySQL")).isNotEmpty()
                .allSatisfy(k -> assertThat(k.description()).contains("tenants kept apart by tenant_id on every row and leading every secondary index"));
    }

    @Test
    void onSqlServerTheRowPolicyReadsTheTenantFromSessionContextNotSetLocal() {
        Consultation c = consult(INVOICES.replace("[PHP, MySQL]", "[C#, SQL Server]").replace("cloud: aws, regions: [eu-west-1]",
                "cloud: azure, regions: [westeurope]"));

        assertThat(databases(c)).extracting(Container::technology).anyMatch(t -> t.contains("Azure SQL"));
        assertThat(tenantOwned(c)).isNotEmpty().allSatisfy(e -> assertThat(e.constraints()).as(e.name())
                .anySatisfy(k -> assertThat(k.kind()).isEqualTo(ConstraintKind.TENANT_ISOLATED))
                .allSatisfy(k -> assertThat(k.reason()).doesNotContain("SET LOCAL")))
                .anySatisfy(e -> assertThat(e.constraints()).anySatisfy(k -> assertThat(k.reason()).contains("SESSION_CONTEXT")));
    }

    @Test
    void onPostgreSqlEveryTenantOwnedTableKeepsItsRowPolicy() {
        Consultation c = consult(INVOICES.replace("[PHP, MySQL]", "[Python, PostgreSQL]"));

        assertThat(databases(c)).extracting(Container::technology).anyMatch(t -> t.contains("PostgreSQL"));
        assertThat(tenantOwned(c)).isNotEmpty().allSatisfy(e -> assertThat(e.constraints()).as(e.name())
                .anySatisfy(k -> assertThat(k.reason()).contains("SET LOCAL")));
        assertThat(databases(c)).allSatisfy(k -> assertThat(k.description()).doesNotContain("tenants kept apart"));
    }
}
