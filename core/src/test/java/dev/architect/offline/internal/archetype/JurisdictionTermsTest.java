package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One country's regime (lane rule 3): a pharmacy designed for the United States names NCPDP SCRIPT and the DEA's biennial
 * inventory; one in the United Kingdom, Australia or nowhere the request says names neither, and its columns and codes are
 * no country's (drug_code, PERIODIC).
 */
class JurisdictionTermsTest {

    private static String design(String description, Cloud cloud, String region) {
        ConsultationRequest r = ConsultationRequest.builder("Chemist", description)
                .capabilities("repeat prescriptions", "controlled drugs register")
                .deployment(new Deployment(cloud, List.of(region))).build();
        return Archetypes.standard().recognise(r, r.capabilities()).stream()
                .filter(x -> x.archetype().id().equals("prescription-dispensing") || x.archetype().id().equals("controlled-substance-register"))
                .map(x -> x.archetype().requirement() + " " + x.archetype().components() + " " + x.archetype().externals() + " "
                        + x.archetype().entities() + " " + x.archetype().operations() + " " + x.archetype().flows() + " " + x.archetype().phase())
                .collect(Collectors.joining(" | "));
    }

    private static final String PHARMACY = "A chain of community pharmacies; pharmacists dispense electronic prescriptions, patients ask for "
            + "repeat prescriptions, and controlled drugs are kept in a witnessed register.";

    @Test
    void aPharmacyInTheUnitedKingdomIsDesignedWithNoAmericanTerm() {
        String uk = design(PHARMACY + " The branches are in England.", Cloud.AZURE, "uksouth");
        assertThat(uk).contains("controlled_substance_entry").contains("prescription");
        assertThat(uk).doesNotContain("NCPDP").doesNotContain("NewRx").doesNotContain("biennial").doesNotContain("NDC").doesNotContain("DEA")
                .doesNotContain("${");
        assertThat(uk).contains("national e-prescription service").contains("periodic inventory");
    }

    @Test
    void aPharmacyWhoseCountryNothingSaysIsDesignedInNoCountrysTerms() {
        // Australia's regions are in geography.yaml, but the term has no Australian wording: the neutral one is used
        String au = design(PHARMACY + " The branches are in Victoria, Australia.", Cloud.AWS, "ap-southeast-2");
        assertThat(au).doesNotContain("NCPDP").doesNotContain("biennial").contains("periodic inventory");
    }

    @Test
    void aPharmacyInTheUnitedStatesKeepsItsRegimesTerms() {
        String us = design(PHARMACY, Cloud.AWS, "us-east-2");
        assertThat(us).contains("NCPDP SCRIPT").contains("the DEA's biennial inventory").doesNotContain("${");
    }

    @Test
    void theTokenReadsAsTheCountrysOwnOnlyWhereThePeopleAreInThatCountryAlone() {
        JurisdictionTerms terms = JurisdictionTerms.standard();
        assertThat(terms.texts(List.of("US")).get("erxStandard")).isEqualTo("NCPDP SCRIPT");
        assertThat(terms.texts(List.of("GB")).get("erxStandard")).isEqualTo("e-prescription");
        assertThat(terms.texts(List.of()).get("erxStandard")).isEqualTo("e-prescription");
        // a chain in two countries takes neither's regime
        assertThat(terms.texts(List.of("US", "CA")).get("controlledCount")).doesNotContain("DEA");
    }

    @Test
    void aTermWithoutANeutralWordingOrForAnUnknownCountryFailsAtLoadNamingIt() {
        assertThatThrownBy(() -> read("terms:\n  erxStandard:\n    in: {US: NCPDP SCRIPT}\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("erxStandard").hasMessageContaining("otherwise");
        assertThatThrownBy(() -> read("terms:\n  erxStandard:\n    in: {XX: NCPDP SCRIPT}\n    otherwise: e-prescription\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("erxStandard").hasMessageContaining("'XX'");
        assertThat(read("terms:\n  erxStandard:\n    in: {US: NCPDP SCRIPT}\n    otherwise: e-prescription\n").texts(List.of("US")))
                .containsEntry("erxStandard", "NCPDP SCRIPT");
    }

    private static JurisdictionTerms read(String yaml) {
        return JurisdictionTerms.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
