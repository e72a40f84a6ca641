package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ComplianceRegime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The roadmap's planning figures are data: every regime has its work, and a bad entry fails at load naming it. */
class DeliveryFiguresTest {

    private static DeliveryFigures read(String yaml) {
        return DeliveryFigures.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static final String FILE = """
            foundation: {personWeeks: 10, maxParallel: 3}
            routing: {personWeeks: 6, maxParallel: 2}
            hardening: {personWeeks: 12, maxParallel: 4}
            parallelRun: {cycleWeeks: 4, cycles: 1, cyclesWithMoney: 2}
            dataMigration: {perCapabilityPersonWeeks: 2, perTerabytePersonWeeks: 2, maxParallel: 3}
            cutover: {personWeeks: 4, maxParallel: 4, hypercareWeeks: 2, rollbackWindowDays: 30, windowPhrases: [weekend], assumedWindow: "a weekend"}
            decommission: {personWeeks: 4, maxParallel: 2}
            regimes:
              - {regime: "%s", assurance: %s, personWeeks: 4, assessorWeeks: %d, work: "an audit"}
            """;

    @Test
    void everyRegimeHasItsHardeningWorkAndEveryAuditOrValidationTakesAssessorWeeks() {
        DeliveryFigures figures = DeliveryFigures.standard();
        Arrays.stream(ComplianceRegime.values()).forEach(r -> assertThat(figures.work(r)).as(r.label()).isPresent());
        assertThat(figures.work(ComplianceRegime.FDA_PART_11).orElseThrow().assurance()).isEqualTo(DeliveryFigures.Assurance.VALIDATION);
        for (ComplianceRegime r : new ComplianceRegime[]{ComplianceRegime.PCI_DSS, ComplianceRegime.SOX, ComplianceRegime.FEDRAMP, ComplianceRegime.HIPAA}) {
            assertThat(figures.work(r).orElseThrow().assessorWeeks()).as(r.label()).isPositive();
        }
    }

    @Test
    void anUnknownRegimeOrAnAuditWithoutAssessorWeeksFailsAtLoadNamingTheEntry() {
        assertThat(read(String.format(java.util.Locale.ROOT, FILE, "PCI DSS", "AUDIT", 3)).regimes()).hasSize(1);
        assertThatThrownBy(() -> read(String.format(java.util.Locale.ROOT, FILE, "PCI DSSS", "AUDIT", 3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.yaml").hasMessageContaining("regimes");
        assertThatThrownBy(() -> read(String.format(java.util.Locale.ROOT, FILE, "SOX", "AUDIT", 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regime SOX").hasMessageContaining("assessor");
    }

    @Test
    void aRegimeWithRowsForChosenOptionsStillNeedsOneRowForAnyDesign() {
        String onlyForAnOption = FILE.replace("%s\", assurance: %s, personWeeks: 4, assessorWeeks: %d,",
                "PCI DSS\", options: [vault], assurance: AUDIT, personWeeks: 4, assessorWeeks: 3,");
        assertThatThrownBy(() -> read(onlyForAnOption)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regime PCI-DSS").hasMessageContaining("without options or volume");
    }

    @Test
    void everyOptionARegimeRowNamesIsAShapeOfThatRegimesCatalogueDecision() {
        var catalogue = dev.architect.offline.internal.catalog.Catalogue.standard();
        DeliveryFigures.standard().regimes().stream().filter(r -> !r.options().isEmpty()).forEach(r -> assertThat(
                catalogue.compliance(r.regime()).orElseThrow().options().stream().map(o -> o.shape()).toList())
                .as(r.regime().label()).containsAll(r.options()));
    }

    @Test
    void calendarWeeksArePersonWeeksOverThePeopleWhoCanShareThem() {
        assertThat(RoadmapBuilder.weeks(12, 2, 4)).isEqualTo(6);
        assertThat(RoadmapBuilder.weeks(12, 10, 4)).isEqualTo(3);
        assertThat(RoadmapBuilder.weeks(3, 10, 4)).as("at least 2 weeks").isEqualTo(2);
        assertThat(RoadmapBuilder.weeks(500, 1, 4)).as("at most a year").isEqualTo(52);
    }
}
