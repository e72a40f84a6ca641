package dev.architect.figures;

import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.Estimate;
import java.util.List;

/**
 * The capacity figures of a design as numbers, each with the arithmetic behind it. {@link #toPlan()} turns them into
 * the dossier's {@link CapacityPlan}; the same figures feed the cost estimate and, on the LLM path, the model's facts.
 */
public record Sizing(
        Figure peakRps,
        Figure averageRps,
        Figure peakReads,
        Figure peakWrites,
        Figure appInstances,
        Figure storage1y,
        Figure storage3y,
        Figure storage5y,
        Figure storageGrowthPerMonth,
        Figure egressGbPerMonth,
        Figure requestsPerMonthMillions,
        Figure logsGbPerMonth) {

    /** A computed figure: dossier id, name, value, unit and the formula with its inputs. */
    public record Figure(String id, String name, double value, String unit, String basis) {

        Estimate toEstimate() {
            return new Estimate(id, name, value, unit, basis);
        }
    }

    public CapacityPlan toPlan() {
        return new CapacityPlan(List.of(peakRps, averageRps, peakReads, peakWrites, appInstances, storage1y, storage3y,
                storage5y, storageGrowthPerMonth, egressGbPerMonth, requestsPerMonthMillions, logsGbPerMonth).stream()
                .map(Figure::toEstimate).toList());
    }
}
