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
    void aStoreReadCapacityForAnOptionTheCatalogueLacksOrOnTheWrongUnitFailsAtLoad() {
        assertThat(StoreReads.standard().stores()).containsKeys("relational-single", "distributed-sql");

        StoreReads unknown = DataFiles.read(text("stores:\n  key-value: {readsPerUnit: 1000, unit: node, basis: guessed}\n"), "store-reads.yaml",
                StoreReads.class, "store read capacities");
        assertThatThrownBy(() -> StoreReads.checked(unknown, Catalogue.standard())).hasMessageContaining("store-reads.yaml")
                .hasMessageContaining("key-value");
        StoreReads wrongUnit = DataFiles.read(text("stores:\n  relational-single: {readsPerUnit: 5000, unit: node, basis: a primary}\n"),
                "store-reads.yaml", StoreReads.class, "store read capacities");
        assertThatThrownBy(() -> StoreReads.checked(wrongUnit, Catalogue.standard())).hasMessageContaining("relational-single")
                .hasMessageContaining("instances");
        assertThatThrownBy(() -> DataFiles.read(text("stores:\n  relational-single: {readsPerUnit: 5000, unit: instance, basis: x, perNode: 3}\n"),
                "store-reads.yaml", StoreReads.class, "store read capacities")).hasMessageContaining("store-reads.yaml").hasMessageContaining("perNode");
    }

    @Test
    void aStoresReadCapacityIsItsReadingNodesOrInstancesTimesWhatOneServes() {
        Catalogue catalogue = Catalogue.standard();
        var spanner = catalogue.section("datastore").options().stream().filter(o -> o.id().equals("distributed-sql")).findFirst().orElseThrow();
        // 25,000 writes/s need ceil(25,000 / 10,000) = 3 nodes, the minimum; 45,000 need 5
        assertThat(StoreReads.standard().of(spanner, "Cloud Spanner", 25_000).orElseThrow().readsPerSecond()).isEqualTo(30_000);
        assertThat(StoreReads.standard().of(spanner, "Cloud Spanner", 45_000).orElseThrow().readsPerSecond()).isEqualTo(50_000);
        var replicas = catalogue.section("datastore").options().stream().filter(o -> o.id().equals("relational-replicas")).findFirst().orElseThrow();
        // four instances, the standby serving no reads: the primary and two read replicas
        StoreReads.Capacity c = StoreReads.standard().of(replicas, "Amazon Aurora PostgreSQL with reader instances", 100).orElseThrow();
        assertThat(c.readsPerSecond()).isEqualTo(15_000);
        assertThat(c.basis()).startsWith("Amazon Aurora PostgreSQL with reader instances as sized: the primary and 2 read replicas x 5,000 reads/s");
    }
}
