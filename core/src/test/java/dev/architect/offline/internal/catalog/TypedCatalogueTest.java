package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A custom catalogue with a value outside a closed vocabulary fails when it is read, naming the entry. */
class TypedCatalogueTest {

    private static String standardText() throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Catalogue read(String text) {
        return Catalogue.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "custom.yaml");
    }

    @Test
    void theStandardCatalogueBindsEveryResourceFlow() throws IOException {
        Catalogue c = read(standardText());

        assertThat(c.resources()).extracting(ResourceShape::flow).doesNotContainNull().doesNotContain(ResourceFlow.OPEN);
        assertThat(c.resourceFor("card payments").orElseThrow().flow()).isEqualTo(ResourceFlow.PAYMENT);
    }

    @Test
    void aReasonForAFactNoConditionOfTheOptionWeighsFailsAtLoadNamingTheEntry() throws IOException {
        // the modular monolith weighs team size and divergent load, not storage
        String text = standardText().replaceFirst("because:\n          teamSize:", "because:\n          storage5yGb:");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("modular-monolith").hasMessageContaining("because.storage5yGb");
    }

    @Test
    void whatAnOptionMeetsPastItsCeilingIsItsOwnAndMustNameAFactItBounds() throws IOException {
        Catalogue c = read(standardText());
        // A pub/sub relay has no primary: past its ceiling it meets its own limit, not the database's queueing commits.
        assertThat(c.decisions().get("documentRooms").option("broadcast-rooms").pastCeiling(Fact.PEAK_WRITES))
                .hasValueSatisfying(t -> assertThat(t).contains("bus").doesNotContain("primary"));

        String text = standardText().replaceFirst("pastCeiling:\n          peakWritesPerSecond:", "pastCeiling:\n          storage5yGb:");
        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("broadcast-rooms")
                .hasMessageContaining("pastCeiling.storage5yGb");
    }

    @Test
    void everyFigureAnOptionWeighsAgainstABoundSaysWhyItMattersToIt() throws IOException {
        // an ADR cites each such figure as a pro or con of the option; without its reason it would state a fact, not argue
        Catalogue c = read(standardText());
        java.util.List<String> unexplained = new java.util.ArrayList<>();
        c.decisions().forEach((name, section) -> section.options().forEach(o -> java.util.stream.Stream
                .concat(o.conditions().stream(), o.unfamiliarConditions().stream())
                .filter(condition -> condition.bound().isPresent() && o.because(condition.fact()).isEmpty())
                .forEach(condition -> unexplained.add(name + "/" + o.id() + "/" + condition.fact().key()))));

        assertThat(unexplained).isEmpty();
        assertThat(c.decisions().get("architectureStyle").option("modular-monolith").because(Fact.TEAM_SIZE)).isPresent();
    }

    @Test
    void aContextCitingAnUnknownPlaceholderFailsAtLoadNamingTheSection() throws IOException {
        String text = standardText().replaceFirst("\\{system} has to deliver \\{capabilityList}", "{system} has to deliver {capabilityNames}");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("How should the system be split into deployable units?").hasMessageContaining("{capabilityNames}");
    }

    @Test
    void aMisspeltResourceFlowFailsAtLoadNamingTheEntryAndTheValue() throws IOException {
        String text = standardText().replaceFirst("flow: crud", "flow: crudd");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("custom.yaml").hasMessageContaining("resources.[1].flow").hasMessageContaining("crudd");
    }

    @Test
    void theOpenFlowIsNotACatalogueValue() throws IOException {
        String text = standardText().replaceFirst("flow: crud", "flow: open");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resources.[1]").hasMessageContaining("flow 'open'");
    }

    @Test
    void aShapeOutsideItsSectionsVocabularyFailsAtLoadNamingTheSectionAndOption() throws IOException {
        String text = standardText().replaceFirst("shape: stream", "shape: strem");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("section 'messaging'").hasMessageContaining("shape 'strem'").hasMessageContaining("[none, queue, stream]");
    }

    @Test
    void everyBoundSectionOfTheStandardCatalogueUsesOnlyItsVocabulary() throws IOException {
        Catalogue c = read(standardText());

        for (var section : Shapes.BY_SECTION.entrySet()) {
            assertThat(c.section(section.getKey()).options()).extracting(CatalogueEntry::shape).as(section.getKey())
                    .isSubsetOf(Shapes.labels(section.getValue()));
        }
        assertThat(Shapes.of(Shapes.Style.class, "monolith-satellites")).isEqualTo(Shapes.Style.MONOLITH_SATELLITES);
    }

    @Test
    void aMisspeltOperationalBurdenFailsAtLoadNamingTheOptionAndTheValue() throws IOException {
        // the first "high" burden is the microservices option's
        String text = standardText().replaceFirst("operationalBurden: high", "operationalBurden: moderate");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("options.[1].operationalBurden").hasMessageContaining("'microservices'").hasMessageContaining("moderate");
    }

    @Test
    void aMisspeltCloudInAPerCloudBurdenFailsAtLoadNamingTheOptionAndTheKey() throws IOException {
        // "gpc" would otherwise never be read: the broker on Google Cloud would quietly get its managed, low burden
        String text = standardText().replaceFirst("operationalBurdenOn: \\{gcp: high", "operationalBurdenOn: {gpc: high");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("mqtt-broker-stream").hasMessageContaining("operationalBurdenOn.gpc").hasMessageContaining("not a cloud");
    }

    @Test
    void aPerCloudBurdenWithNoValueFailsAtLoadNamingTheOptionAndTheKey() throws IOException {
        // "gcp:" with nothing after it: copying the map failed with a bare NullPointerException
        String text = standardText().replaceFirst("operationalBurdenOn: \\{gcp: high", "operationalBurdenOn: {gcp: ");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("mqtt-broker-stream")
                .hasMessageContaining("operationalBurdenOn.gcp has no value");
    }

    @Test
    void aMisspeltCloudInAnOptionsProductsFailsAtLoadNamingTheOptionAndTheKey() throws IOException {
        String text = standardText().replaceFirst("gcp: Cloud SQL for PostgreSQL 16 \\(regional HA\\)", "gpc: Cloud SQL for PostgreSQL 16 (regional HA)");

        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalStateException.class).hasMessageContaining("custom.yaml")
                .hasMessageContaining("catalogue entry 'relational-single'").hasMessageContaining("technology.gpc");
    }

    @Test
    void theBurdenOfAnOptionIsBoundPerCloud() throws IOException {
        CatalogueEntry broker = read(standardText()).section("ingestionPath").options().stream()
                .filter(o -> o.id().equals("mqtt-broker-stream")).findFirst().orElseThrow();

        assertThat(broker.operationalBurden()).isEqualTo(OperationalBurden.LOW);
        assertThat(broker.operationalBurdenOn(dev.architect.request.Cloud.AWS)).isEqualTo(OperationalBurden.LOW);
        assertThat(broker.operationalBurdenOn(dev.architect.request.Cloud.GCP)).isEqualTo(OperationalBurden.HIGH);
    }
}
