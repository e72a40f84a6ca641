package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.dossier.RunRatePoint;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts a migration needs only until the old system is switched off (the data migration loader, the reconciliation
 * worker) leave the run rate after the month the roadmap's decommission ends. A request written for this test: a
 * veterinary group leaving its legacy practice-management system.
 */
class TemporaryPartsLeaveTheRunRateTest {

    private static final String VETS = """
            system: PawLedger
            description: >
              A group of 30 veterinary clinics wants to migrate off our legacy practice management system (a Delphi
              application on SQL Server) that holds appointments, patient records and invoices, and run the new one in the cloud.
            capabilities: [appointments, patient records, invoicing]
            load: {peakRequestsPerSecond: 40, monthlyActiveUsers: 5000}
            data: {initialVolumeGb: 200, growthGbPerMonth: 2, retentionYears: 7}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 120}
            team: {size: 4, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws}
            """;

    @Test
    void theMigrationLoaderAndReconciliationAreBilledOnlyUntilTheDecommissionEnds() throws Exception {
        Consultation c = OfflineArchitect.create().consult(RequestReader.readString(VETS));
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
        List<CostLineItem> temporary = c.cost().items().stream()
                .filter(i -> i.id().startsWith("migration-loader") || i.id().startsWith("reconciliation-worker")).toList();
        assertThat(temporary).as("the migration's parts are priced in month 1").hasSizeGreaterThanOrEqualTo(2);
        int decommission = endWeek(c, c.roadmap().phases().stream().filter(p -> p.id().equals("phase-decommission")).findFirst().orElseThrow());
        // Months billed = ceil(decommission week x 12 / 52): a roadmap of, say, 60 weeks bills them in months 1 to 14.
        int lastMonth = (int) Math.ceil(decommission * 12 / 52.0);
        assertThat(lastMonth).isBetween(2, 35);
        double temporaryMonthly = temporary.stream().mapToDouble(CostLineItem::monthly).sum();
        temporary.forEach(i -> assertThat(i.assumption()).as(i.id()).contains("billed in months 1 to " + lastMonth + " only")
                .contains("decommission ends in week " + decommission));
        // The other lines grow only with stored data, linearly over these months (7-year retention): g a month from month 12 to 36.
        // Here the decommission ends in week 36: 36 x 12 / 52 = 8.31, month 9; the temporary lines are 123.81 a month;
        // month 12 = 1,015.44 - 123.81 + 11 g (g = (921.21 - 900.93) / 24 = 0.845) = 900.93, no longer 1,015.44 + 11 g.
        double month1 = c.cost().monthlyTotal();
        double month12 = at(c, 12);
        double month36 = at(c, 36);
        double g = (month36 - month12) / 24;
        assertThat(month12).isCloseTo(month1 - temporaryMonthly + 11 * g, org.assertj.core.data.Offset.offset(0.1));
        // TCO = sum over months 1..36 of (month 1 without the temporary lines + g (m - 1)) + the temporary lines x their months:
        // 36 x 891.63 + 0.845 x 630 + 123.81 x 9 = 32,098.68 + 532.35 + 1,114.29 = 33,745.3.
        double tco = 36 * (month1 - temporaryMonthly) + g * 630 + temporaryMonthly * lastMonth;
        assertThat(c.cost().threeYearTco()).isCloseTo(tco, org.assertj.core.data.Offset.offset(2.0));
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[part-migration-loader-temporary]"));
    }

    private static double at(Consultation c, int month) {
        return c.cost().runRate().stream().filter(p -> p.month() == month).mapToDouble(RunRatePoint::monthlyTotal).findFirst().orElseThrow();
    }

    private static int endWeek(Consultation c, RoadmapPhase p) {
        return p.durationWeeks() + p.dependsOn().stream().mapToInt(d -> endWeek(c, c.roadmap().phases().stream()
                .filter(x -> x.id().equals(d)).findFirst().orElseThrow())).max().orElse(0);
    }
}
