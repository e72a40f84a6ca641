package dev.architect.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.exceptions.InvalidDossierException;
import dev.architect.testing.SampleDossiers;
import dev.architect.validation.DossierValidator;
import org.junit.jupiter.api.Test;

class DossierJsonTest {

    @Test
    void sampleDossierIsValidAndRoundTripsToAnEqualObject() {
        Consultation original = SampleDossiers.shopFastMigration();
        assertThat(DossierValidator.validate(original).violations()).isEmpty();

        String json = DossierJson.write(original);
        Consultation back = DossierJson.read(json);

        assertThat(back).isEqualTo(original);
        assertThat(DossierJson.write(back)).isEqualTo(json);
    }

    @Test
    void jsonCarriesTheSchemaVersionFirstAndDerivedRiskScores() {
        String json = DossierJson.write(SampleDossiers.shopFast());

        assertThat(json).startsWith("{\n  \"schemaVersion\" : \"" + DossierJson.SCHEMA_VERSION + "\"");
        assertThat(json).contains("\"score\" : 15", "\"band\" : \"HIGH\"");
    }

    @Test
    void anotherMajorSchemaVersionIsRefused() {
        String json = DossierJson.write(SampleDossiers.shopFast()).replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : \"2.0\"");

        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("schemaVersion 2.0");
    }

    @Test
    void anInvariantBrokenInTheJsonIsReportedWithItsPath() {
        String json = DossierJson.write(SampleDossiers.shopFast()).replace("\"likelihood\" : 3", "\"likelihood\" : 9");

        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("risks[0]")
                .hasMessageContaining("risk 'risk-peak': likelihood must be 1-5 but was 9");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsName() {
        String json = DossierJson.write(SampleDossiers.shopFast()).replace("\"summary\" :", "\"sumary\" : \"x\", \"summary\" :");

        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("sumary");
    }
}
