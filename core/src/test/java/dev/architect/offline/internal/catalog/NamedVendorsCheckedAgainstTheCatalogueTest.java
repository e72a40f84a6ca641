package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.architect.offline.OfflineArchitect;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named vendors speak of the catalogue's sections, options and products: an entry naming one the catalogue lacks
 * fails when the architect is made, naming the entry, instead of silently never applying.
 */
class NamedVendorsCheckedAgainstTheCatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.standard();

    private static NamedVendors.Job search(Map<String, String> product) {
        return new NamedVendors.Job("searchEngine", List.of("search"), product, null);
    }

    @Test
    void theShippedVendorsNameOnlyWhatTheShippedCatalogueHas() {
        NamedVendors shipped = NamedVendors.standard();
        assertThat(shipped.jobs()).as("the shipped jobs").isNotEmpty();
        assertThat(shipped.checkedAgainst(CATALOGUE)).isSameAs(shipped);
    }

    @Test
    void aSectionTheCatalogueLacksFailsNamingTheEntry() {
        NamedVendors bad = new NamedVendors(List.of(search(Map.of("default", "OpenSearch")),
                new NamedVendors.Job("serachEngine", List.of("search"), Map.of("default", "OpenSearch"), null)));
        assertThatIllegalStateException().isThrownBy(() -> bad.checkedAgainst(CATALOGUE))
                .withMessageStartingWith("/dev/architect/offline/named-vendors.yaml at [1] (section 'serachEngine'): "
                        + "the catalogue has no decision section 'serachEngine' (it has ")
                .withMessageContaining("searchEngine");
    }

    @Test
    void anOptionIdTheSectionLacksFailsNamingTheEntryAndTheSectionsOptions() {
        NamedVendors bad = new NamedVendors(List.of(new NamedVendors.Job("paymentMatching", List.of("statements"), null,
                Map.of("statement-file", List.of("ebics")))));
        assertThatIllegalStateException().isThrownBy(() -> bad.checkedAgainst(CATALOGUE))
                .withMessageStartingWith("/dev/architect/offline/named-vendors.yaml at [0] (section 'paymentMatching'): chooses 'statement-file', "
                        + "which is not an option of section 'paymentMatching' (its options: ")
                .withMessageContaining("statement-files");
    }

    @Test
    void aProductNoOptionIsBuiltOnFailsBecauseNoOptionWouldNameTheVendor() {
        NamedVendors bad = new NamedVendors(List.of(search(Map.of("default", "OpenSearch", "aws", "Amazon ElasticSearch Service"))));
        assertThatIllegalStateException().isThrownBy(() -> bad.checkedAgainst(CATALOGUE))
                .withMessage("/dev/architect/offline/named-vendors.yaml at [0] (section 'searchEngine'): product.aws 'Amazon ElasticSearch Service' "
                        + "is not the technology of any option of section 'searchEngine', so no option would name the vendor");
    }

    @Test
    void aCustomCatalogueWithoutASectionTheVendorsNameFailsWhenTheArchitectIsMade(@TempDir Path dir) throws Exception {
        String shipped;
        try (InputStream in = OfflineArchitect.class.getResourceAsStream(Catalogue.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String renamed = shipped.replace("\n  paymentMatching:\n", "\n  bankMatching:\n");
        assertThat(renamed).isNotEqualTo(shipped);
        Path catalogue = Files.writeString(dir.resolve("catalogue.yaml"), renamed);
        assertThatIllegalStateException().isThrownBy(() -> OfflineArchitect.withCatalogue(catalogue))
                .withMessageContaining("named-vendors.yaml at [").withMessageContaining("(section 'paymentMatching'): the catalogue has no decision section 'paymentMatching'");
    }
}
