package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.DataFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The sign-in words (sign-in.yaml) and the stores' read capacities (store-reads.yaml) are data, checked when read: an
 * unknown key, a missing list, a store the catalogue does not hold or a unit its sizing does not read on fails at load,
 * naming the file and the entry; the shipped files load and the words they hold decide how people sign in.
 */
class SignInAndStoreReadDataFilesTest {

    private static String shipped(String resource) throws IOException {
        try (InputStream in = SignInAndStoreReadDataFilesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream text(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSignInWordsAreReadFromTheirFileAndAnUnknownKeyOrAMissingListFailsNamingIt() throws IOException {
        SignIn.Vocabulary words = SignIn.Vocabulary.STANDARD;
        assertThat(words.enterpriseIdentities()).contains("okta", "saml");
        assertThat(words.socialIdentities()).contains("google", "apple");
        assertThat(words.signInWords()).contains("sign in", "sso");

        String file = shipped(SignIn.Vocabulary.RESOURCE);
        assertThatThrownBy(() -> DataFiles.read(text(file + "passkeys: [passkey]\n"), "sign-in.yaml", SignIn.Vocabulary.class, "sign-in words"))
                .hasMessageContaining("sign-in.yaml").hasMessageContaining("passkeys");
        String withoutSocial = file.replaceAll("(?m)^socialIdentities:.*\\n(?:\\s+.*\\n)*", "");
        assertThatThrownBy(() -> DataFiles.read(text(withoutSocial), "sign-in.yaml", SignIn.Vocabulary.class, "sign-in words"))
                .hasMessageContaining("socialIdentities");
        String withoutIssuers = file.replaceAll("(?m)^namedIssuers:.*\\n(?:\\s+.*\\n)*", "");
        assertThat(withoutIssuers).isNotEqualTo(file);
        assertThatThrownBy(() -> DataFiles.read(text(withoutIssuers), "sign-in.yaml", SignIn.Vocabulary.class, "sign-in words"))
                .hasMessageContaining("namedIssuers");
        String issuerWithoutWords = file.replace("{name: Okta, words: [okta]}", "{name: Okta}");
        assertThatThrownBy(() -> DataFiles.read(text(issuerWithoutWords), "sign-in.yaml", SignIn.Vocabulary.class, "sign-in words"))
                .hasMessageContaining("namedIssuers entry 'Okta' needs a name and words");
    }

    @Test
    void theWordsOfAnIntegrationThatSignsPeopleInAreRequired() throws IOException {
        assertThat(SignIn.Vocabulary.STANDARD.integrationSignIn()).contains("sip2", "lti");
        String without = shipped(SignIn.Vocabulary.RESOURCE).replaceAll("(?m)^integrationSignIn:.*\\n", "");
        assertThatThrownBy(() -> DataFiles.read(text(without), "sign-in.yaml", SignIn.Vocabulary.class, "sign-in words"))
                .hasMessageContaining("integrationSignIn");
    }

    @Test
    void theGuestWordsTheirOtherSensesAndTheAccountWordsAreRequired() throws IOException {
        assertThat(SignIn.Vocabulary.STANDARD.guestWords()).contains("as a guest").doesNotContain("guest");
        for (String key : new String[] {"guestWords", "guestOtherSenses", "accountWords"}) {
            // each list spans two lines in the shipped file: drop the key's line and its continuation
            String without = shipped(SignIn.Vocabulary.RESOURCE).replaceAll("(?m)^" + key + ":.*\\n(?: +.*\\n)*", "");
            assertThatThrownBy(() -> DataFiles.read(text(without), "sign-in.yaml", SignIn.Vocabulary.class, "sign-in words"))
                    .as(key).hasMessageContaining(key);
        }
    }

    /** The small size every copy below needs, so each copy fails on the entry it breaks. */
    private static final String SMALL = "smallInstance: {operationsPerSecond: 500, basis: the small size}\n";

    @Test
    void aStoreReadCapacityForAnOptionTheCatalogueLacksOrOnTheWrongUnitFailsAtLoad() {
        assertThat(StoreReads.standard().stores()).containsKeys("relational-single", "distributed-sql");

        StoreReads unknown = DataFiles.read(text(SMALL + "stores:\n  key-value: {readsPerUnit: 1000, unit: node, basis: guessed}\n"), "store-reads.yaml",
                StoreReads.class, "store read capacities");
        assertThatThrownBy(() -> StoreReads.checked(unknown, Catalogue.standard())).hasMessageContaining("store-reads.yaml")
                .hasMessageContaining("key-value");
        StoreReads wrongUnit = DataFiles.read(text(SMALL + "stores:\n  relational-single: {readsPerUnit: 5000, unit: node, basis: a primary}\n"),
                "store-reads.yaml", StoreReads.class, "store read capacities");
        assertThatThrownBy(() -> StoreReads.checked(wrongUnit, Catalogue.standard())).hasMessageContaining("relational-single")
                .hasMessageContaining("instances");
        assertThatThrownBy(() -> DataFiles.read(text(SMALL + "stores:\n  relational-single: {readsPerUnit: 5000, unit: instance, basis: x, perNode: 3}\n"),
                "store-reads.yaml", StoreReads.class, "store read capacities")).hasMessageContaining("store-reads.yaml").hasMessageContaining("perNode");
        // the small size's bound is the cost's and the read figure's at once: a copy without it fails naming it
        assertThatThrownBy(() -> DataFiles.read(text("stores:\n  relational-single: {readsPerUnit: 5000, unit: instance, basis: a primary}\n"),
                "store-reads.yaml", StoreReads.class, "store read capacities")).hasMessageContaining("smallInstance");
        assertThatThrownBy(() -> DataFiles.read(text("smallInstance: {operationsPerSecond: 0, basis: none}\nstores:\n  relational-single: "
                + "{readsPerUnit: 5000, unit: instance, basis: a primary}\n"), "store-reads.yaml", StoreReads.class, "store read capacities"))
                .hasMessageContaining("smallInstance");
    }

    private static dev.architect.offline.internal.catalog.CatalogueEntry option(String id) {
        return Catalogue.standard().section("datastore").option(id);
    }

    private static dev.architect.figures.StoreBilling billing(dev.architect.request.Cloud cloud, String id) {
        return dev.architect.figures.PriceTable.standard().storeBilling(cloud, id);
    }

    @Test
    void aStoresReadCapacityIsTheNodesOrInstancesItIsPricedWithTimesWhatOneServes() {
        var gcp = dev.architect.request.Cloud.GCP;
        var aws = dev.architect.request.Cloud.AWS;
        // Spanner takes 3,500 writes/s a node as priced (prices.yaml storeBilling), at least the option's 3 nodes:
        // 25,000 writes/s need max(3, ceil(25,000 / 3,500)) = 8 nodes x 10,000 = 80,000 reads/s; 7,000 need max(3, 2) = 3 = 30,000
        StoreReads.Capacity spanner = StoreReads.standard().of(option("distributed-sql"), "Cloud Spanner", billing(gcp, "distributed-sql"), 25_000, 0)
                .orElseThrow();
        assertThat(spanner.readsPerSecond()).isEqualTo(80_000);
        assertThat(spanner.basis()).startsWith("Cloud Spanner as sized: 8 nodes x 10,000 reads/s; nodes max(3, ceil(25,000 writes/s / 3,500 a node))");
        assertThat(StoreReads.standard().of(option("distributed-sql"), "Cloud Spanner", billing(gcp, "distributed-sql"), 7_000, 0).orElseThrow()
                .readsPerSecond()).isEqualTo(30_000);
        // Timestream for InfluxDB is one instance (minNodes 1) taking 150,000 writes/s: 15,000 writes/s are 1 node x 1,000 reads/s,
        // not the option's three
        StoreReads.Capacity influx = StoreReads.standard().of(option("time-series"), "Amazon Timestream for InfluxDB", billing(aws, "time-series"),
                15_000, 3_000).orElseThrow();
        assertThat(influx.readsPerSecond()).isEqualTo(1_000);
        assertThat(influx.basis()).contains("1 node x 1,000 reads/s; nodes max(1, ceil(15,000 writes/s / 150,000 a node))");
        // Aurora DSQL is billed per request: no nodes, no read ceiling to hold a cache decision to
        assertThat(StoreReads.standard().of(option("distributed-sql"), "Amazon Aurora DSQL", billing(aws, "distributed-sql"), 5_000, 50_000)).isEmpty();
        // A relational store reads on its primary (a standby serves none) at the size its load is priced at: 4,000 reads and
        // 200 writes a second pass the small size's 500 operations, so the 4-vCPU primary's 5,000; 300 + 100 fit the small size: 500
        var single = option("relational-single");
        StoreReads.Capacity large = StoreReads.standard().of(single, "Amazon RDS for PostgreSQL", billing(aws, "relational-single"), 200, 4_000).orElseThrow();
        assertThat(large.readsPerSecond()).isEqualTo(5_000);
        assertThat(large.basis()).startsWith("Amazon RDS for PostgreSQL as sized: the primary alone x 5,000 reads/s").doesNotContain("zone-redundant");
        StoreReads.Capacity small = StoreReads.standard().of(single, "Azure SQL Database", billing(dev.architect.request.Cloud.AZURE, "relational-single"),
                100, 300).orElseThrow();
        assertThat(small.readsPerSecond()).isEqualTo(500);
        assertThat(small.basis()).startsWith("Azure SQL Database as sized: the primary alone (the small size) x 500 reads/s").doesNotContain("a 4-vCPU primary");
        // priced with read replicas: four instances, the standby serving no reads, are the primary and two read replicas
        StoreReads.Capacity c = StoreReads.standard().instances("relational-replicas", "Amazon Aurora PostgreSQL with reader instances", 3, false,
                "its standby serves no reads");
        assertThat(c.readsPerSecond()).isEqualTo(15_000);
        assertThat(c.basis()).startsWith("Amazon Aurora PostgreSQL with reader instances as sized: the primary and 2 read replicas x 5,000 reads/s");
    }
}
