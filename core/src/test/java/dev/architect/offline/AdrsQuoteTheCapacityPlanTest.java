package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data an ADR says is held after five years is the capacity plan's figure, kept under the retention the request
 * states per class of data (raw readings a year, averages for ten), not the raw volume grown for five years computed
 * again for the decision.
 */
class AdrsQuoteTheCapacityPlanTest {

    private static final Pattern HELD = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?) GB held after five years");

    @Test
    void dataHeldAfterFiveYearsInEveryAdrIsTheCapacityPlansUnderTheStatedRetention() {
        Consultation c = ValidDossiers.of("""
                system: RiverGauge
                description: >
                  Flood warnings from 3,000 river gauges; each gauge reports its water level every 60 seconds. The service keeps
                  raw readings 1 year and hourly averages 10 years, and alerts duty officers when a river rises fast.
                actors:
                  - {name: Duty officer, description: watches the rivers and issues flood warnings}
                capabilities: [gauge ingestion, rise alerts, level history]
                data: {initialVolumeGb: 2000, growthGbPerMonth: 3000, retentionYears: 10}
                load: {peakRequestsPerSecond: 60, readWriteRatio: 1}
                team: {size: 5, expertise: [Python, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        double planned = c.capacity().estimate("data-5y").orElseThrow().value();
        // 2,000 GB + 3,000 GB/month grown for five years would be 182,000 GB; a year of raw readings keeps far less. The
        // prose writes whole gigabytes.
        assertThat(planned).isLessThan(182_000);
        List<Double> quoted = c.decisions().stream().filter(Decision::isInForce)
                .flatMap(d -> java.util.stream.Stream.concat(java.util.stream.Stream.of(d.context(), d.rationale()), d.drivers().stream()))
                .flatMap(text -> {
                    Matcher m = HELD.matcher(text);
                    List<Double> found = new java.util.ArrayList<>();
                    while (m.find()) {
                        found.add(Double.parseDouble(m.group(1).replace(",", "")));
                    }
                    return found.stream();
                }).toList();
        assertThat(quoted).isNotEmpty().allSatisfy(q -> assertThat(q).isCloseTo(planned, org.assertj.core.data.Offset.offset(0.5)));
    }
}
