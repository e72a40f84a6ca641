package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.RequestReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** site-networks.yaml is checked when read, and a count of sites is read on whole words. */
class SiteNetworksCheckedTest {

    private static final Section SECTION = Catalogue.standard().section(SiteNetworks.SECTION);

    private static SiteNetworks.File file(List<String> nouns, Map<String, String> priced) {
        return new SiteNetworks.File(nouns, 2, List.of("for"), List.of("local server"), List.of("private network"), priced, Map.of());
    }

    @Test
    void aPricedShapeThatIsNoShapeOfTheSectionFailsNamingIt() {
        assertThatThrownBy(() -> SiteNetworks.parse(file(List.of("stores"), Map.of("mpls", "network.site-vpn")), "bad.yaml", SECTION))
                .hasMessageContaining("bad.yaml").hasMessageContaining("'mpls' is no shape");
    }

    @Test
    void aNounThatIsNotLowerCaseWholeWordsFailsNamingIt() {
        assertThatThrownBy(() -> SiteNetworks.parse(file(List.of("Stores!"), Map.of("site-vpn", "network.site-vpn")), "bad.yaml", SECTION))
                .hasMessageContaining("siteNouns entry 'Stores!'");
    }

    @Test
    void theShippedFileReadsAndPricesEveryShapeButTlsPerSite() {
        assertThat(SiteNetworks.standard().perSiteKind("site-vpn")).contains("network.site-vpn");
        assertThat(SiteNetworks.standard().perSiteKind("sd-wan")).contains("network.sd-wan-site");
        assertThat(SiteNetworks.standard().perSiteKind("internet-tls")).isEmpty();
    }

    private static java.util.Optional<SiteNetworks.Sites> sites(String description) {
        return SiteNetworks.standard().read(RequestReader.readString("system: X\ndescription: \"" + description + "\"\ncapabilities: [orders]\n"));
    }

    @Test
    void aCountIsReadOnWholeWordsWithUpToTwoWordsBetween() {
        assertThat(sites("Stock across 1,250 franchise coffee shops and our website").orElseThrow().count()).isEqualTo(1_250);
        assertThat(sites("Runs 12 regional distribution centres").orElseThrow().count()).isEqualTo(12);
        // "sitesmap" is no site, and one office is no network of sites
        assertThat(sites("Exports 40 sitesmap files")).isEmpty();
        assertThat(sites("A team in 1 office")).isEmpty();
    }

    @Test
    void sitesTheServiceServesAreItsCustomersUnlessTheRequestCallsThemItsOwn() {
        assertThat(sites("A booking service for 300 clinics")).isEmpty();
        assertThat(sites("Scheduling for its 40 clinics").orElseThrow().count()).isEqualTo(40);
    }
}
