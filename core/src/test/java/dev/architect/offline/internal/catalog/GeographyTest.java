package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Cloud;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Countries, regions and payout rails are data: a region in a country the file lacks fails at load naming it. */
class GeographyTest {

    @Test
    void aRegionInACountryTheFileDoesNotDefineFailsAtLoadNamingTheRegion() {
        String yaml = """
                countries:
                  - {code: GB, name: the United Kingdom, words: [uk]}
                regions:
                  aws:
                    - {region: mx-central-1, country: MX, city: Queretaro}
                payeeWords: [payout]
                payoutSection: payoutChannel
                payeesUnknown: elsewhere
                payoutAreas:
                  - {id: elsewhere, rails: [{rail: a provider, mode: BATCH, settles: in days, cutoff: its own, limits: its own}],
                     account: {rail: a provider, name: recipient, fields: ["recipient_id:TEXT"], paying: ["balance_id:TEXT"], check: its own,
                               orders: payout requests, statusReports: payout events, returns: a returned payout event}}
                """;
        assertThatThrownBy(() -> Geography.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mx-central-1").hasMessageContaining("'MX'");
    }

    @Test
    void theStandardFileKnowsWhichCountryEachRegionStandsIn() {
        Geography g = Geography.standard();
        assertThat(g.countryOf(Cloud.AWS, "eu-west-2")).map(Geography.Country::code).contains("GB");
        assertThat(g.regionsIn(Cloud.GCP, "CL")).extracting(Geography.Region::region).containsExactly("southamerica-west1");
        assertThat(g.regionsIn(Cloud.AZURE, "CO")).isEmpty();
    }

    @Test
    void aCountryOnNoContinentFailsAtLoadNamingIt() {
        String yaml = """
                countries:
                  - {code: GB, name: the United Kingdom, words: [uk]}
                  - {code: JP, name: Japan, words: [japan]}
                regions: {}
                payeeWords: [payout]
                payoutSection: payoutChannel
                payeesUnknown: elsewhere
                payoutAreas:
                  - {id: elsewhere, rails: [{rail: a provider, mode: BATCH, settles: in days, cutoff: its own, limits: its own}],
                     account: {rail: a provider, name: recipient, fields: ["recipient_id:TEXT"], paying: ["balance_id:TEXT"], check: its own,
                               orders: payout requests, statusReports: payout events, returns: a returned payout event}}
                continents:
                  Europe: [GB]
                """;
        assertThatThrownBy(() -> Geography.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("country JP stands on 0 continents");
    }

    @Test
    void anAreaWithoutTheAccountItsPayeesRegisterFailsAtLoadNamingIt() {
        String yaml = """
                countries:
                  - {code: GB, name: the United Kingdom, words: [uk]}
                regions: {}
                payeeWords: [payout]
                payoutSection: payoutChannel
                payeesUnknown: elsewhere
                payoutAreas:
                  - {id: elsewhere, rails: [{rail: a provider, mode: BATCH, settles: in days, cutoff: its own, limits: its own}]}
                """;
        assertThatThrownBy(() -> Geography.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("payout area 'elsewhere' needs an id, rails and an account");
    }

    @Test
    void peopleAreWhereTheFirstRegionIsAndInLaterRegionsOnlyOnOtherContinents() {
        Geography g = Geography.standard();
        // a London service with its standby in Belgium serves the United Kingdom only
        assertThat(g.peopleIn(request(Cloud.GCP, "europe-west2", "europe-west1"))).extracting(Geography.Country::code).containsExactly("GB");
        // active in Virginia and Ireland: people on both continents
        assertThat(g.peopleIn(request(Cloud.AWS, "us-east-1", "eu-west-1"))).extracting(Geography.Country::code).containsExactly("US", "IE");
        // a country the description names wins over every region
        assertThat(g.peopleIn(dev.architect.request.ConsultationRequest.builder("S", "Parking for drivers in Norway.")
                .deployment(new dev.architect.request.Deployment(Cloud.AWS, java.util.List.of("eu-north-1"))).build()))
                .extracting(Geography.Country::code).containsExactly("NO");
    }

    @Test
    void aCountryIsNamedByItsCodeAndAnUnknownCodeStandsForItself() {
        assertThat(Geography.standard().nameOf("GB")).isEqualTo("the United Kingdom");
        assertThat(Geography.standard().nameOf("XX")).isEqualTo("XX");
    }

    private static dev.architect.request.ConsultationRequest request(Cloud cloud, String... regions) {
        return dev.architect.request.ConsultationRequest.builder("S", "A parking service.")
                .deployment(new dev.architect.request.Deployment(cloud, java.util.List.of(regions))).build();
    }

    @Test
    void theStandardFileKnowsTheContinentOfARegionOfAnyCloud() {
        Geography g = Geography.standard();
        assertThat(g.continentOf("us-east-1")).contains("North America");
        assertThat(g.continentOf("eu-west-2")).contains("Europe");
        assertThat(g.continentOf("southeastasia")).contains("Asia");
        assertThat(g.continentOf("sa-east-1")).contains("South America");
        assertThat(g.continentOf("a-data-centre-of-our-own")).isEmpty();
    }

    @Test
    void anAdjectiveSaysTheUsersAreSpreadOnlyWhereItDescribesThemOrWhatServesThem() {
        Geography g = Geography.standard();
        // a seed bank whose shipments cross borders: the users (curators, requesters) are not said to be anywhere
        assertThat(g.spreadOverContinents(request("A genebank. International shipments need a phytosanitary certificate."))).isEmpty();
        assertThat(g.spreadOverContinents(request("Global settings are edited by one administrator."))).isEmpty();
        assertThat(g.spreadOverContinents(request("A global audience reads the scores."))).contains("the request's words \"global audience\"");
        // one word between the adjective and what it describes
        assertThat(g.spreadOverContinents(request("A worldwide news site."))).contains("the request's words \"worldwide news site\"");
        assertThat(g.spreadOverContinents(request("Our students are international, and they sit exams online.")))
                .contains("the request's words \"students are international\"");
        // a partner's service and goods are not the users
        assertThat(g.spreadOverContinents(request("Card payments go through a global payment service."))).isEmpty();
        assertThat(g.spreadOverContinents(request("Payouts go by international bank transfer. Most shipments are international."))).isEmpty();
        assertThat(g.spreadOverContinents(request("Editors publish articles, readers worldwide read them.")))
                .contains("the request's words \"readers worldwide\"");
        assertThat(g.spreadOverContinents(request("We ship seed packets worldwide to research stations."))).isEmpty();
        // negated: says nothing
        assertThat(g.spreadOverContinents(request("Our customers are not international."))).isEmpty();
    }

    private static dev.architect.request.ConsultationRequest request(String description) {
        return dev.architect.request.ConsultationRequest.builder("Sys", description).build();
    }
}
