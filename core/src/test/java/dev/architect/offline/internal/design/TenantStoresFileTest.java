package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.DataFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * tenant-stores.yaml is checked as it is read: each {@code tables} entry says whether its product enforces a row policy
 * and how it keeps tenants apart, the last one speaks for any other product, and an unknown key fails naming the file.
 */
class TenantStoresFileTest {

    private static String shipped() throws IOException {
        try (InputStream in = TenantStores.class.getResourceAsStream(TenantStores.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TenantStores.File read(String yaml) {
        return TenantStores.checked(DataFiles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "copy.yaml",
                TenantStores.File.class, "tenant stores"), "copy.yaml");
    }

    @Test
    void theShippedFileKeepsSpannerAndMySqlOffRowPoliciesAndPostgreSqlOnThem() {
        assertThat(TenantStores.tables("Cloud Spanner").rowSecurity()).isFalse();
        assertThat(TenantStores.tables("Amazon RDS for MySQL 8 (Multi-AZ)").rowSecurity()).isFalse();
        assertThat(TenantStores.tables("Azure SQL Database (zone-redundant)").how()).contains("SESSION_CONTEXT");
        assertThat(TenantStores.tables("Amazon RDS for PostgreSQL 16 (Multi-AZ)").how()).contains("SET LOCAL");
        assertThat(TenantStores.tables("Amazon RDS for PostgreSQL 16 (Multi-AZ)").products()).isEmpty();
    }

    @Test
    void tablesInAKeyValueOrWideColumnStoreAreKeptApartByItsPartitionKeysNotARowPolicy() {
        TenantStores.Table dynamo = TenantStores.tables(new dev.architect.dossier.Container("presence-db", "Presence store", "sys",
                dev.architect.dossier.ContainerKind.DATABASE, "Amazon DynamoDB (on-demand, TTL)", "Holds connections"));
        TenantStores.Table postgres = TenantStores.tables(new dev.architect.dossier.Container("db", "Database", "sys",
                dev.architect.dossier.ContainerKind.DATABASE, "Amazon RDS for PostgreSQL 16 (Multi-AZ)", "Holds bookings"));

        assertThat(dynamo.rowSecurity()).isFalse();
        assertThat(dynamo.how()).contains("tenant_id leading every partition key");
        assertThat(postgres.rowSecurity()).isTrue();
    }

    @Test
    void aTablesEntryWithoutRowSecurityFailsNamingItsProducts() throws IOException {
        String copy = shipped().replaceFirst("(products: \\[cloud spanner, spanner\\]\\s*\\n)\\s*rowSecurity: false\\n", "$1");

        assertThat(copy).isNotEqualTo(shipped());
        assertThatThrownBy(() -> read(copy)).hasMessageContaining("[cloud spanner, spanner]").hasMessageContaining("rowSecurity");
    }

    @Test
    void tablesWithoutALastEntryForAnyOtherProductFail() throws IOException {
        String copy = shipped().replace("  - rowSecurity: true\n    how:", "  - products: [postgresql]\n    rowSecurity: true\n    how:");

        assertThat(copy).isNotEqualTo(shipped());
        assertThatThrownBy(() -> read(copy)).hasMessage("copy.yaml: tables needs a last entry without products, for any other database product");
    }

    @Test
    void anUnknownKeyFailsNamingTheFileAndTheKey() throws IOException {
        String copy = shipped().replaceFirst("rowSecurity: false", "rowSecurity: false\n    policy: none");

        assertThat(copy).isNotEqualTo(shipped());
        assertThatThrownBy(() -> read(copy)).hasMessageContaining("copy.yaml").hasMessageContaining("policy");
    }
}
