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

    /**
     * The capacity plan of these figures alone.
     *
     * @return the plan, one estimate per figure
     */
    public CapacityPlan toPlan() {
        return toPlan(List.of());
    }

    /**
     * The capacity plan with a design's own figures: a figure whose id is already in the plan replaces it (the design's
     * count of application instances over all its parts and regions, say), the others are added after.
     *
     * @param designFigures the design's own figures
     * @return the plan
     */
    public CapacityPlan toPlan(List<Figure> designFigures) {
        List<Figure> figures = new java.util.ArrayList<>(List.of(peakRps, averageRps, peakReads, peakWrites, appInstances, storage1y,
                storage3y, storage5y, storageGrowthPerMonth, egressGbPerMonth, requestsPerMonthMillions, logsGbPerMonth));
        for (Figure f : designFigures) {
            int at = java.util.stream.IntStream.range(0, figures.size()).filter(i -> figures.get(i).id().equals(f.id())).findFirst().orElse(-1);
            if (at >= 0) {
                figures.set(at, f);
            } else {
                figures.add(f);
            }
        }
        return new CapacityPlan(figures.stream().map(Figure::toEstimate).toList());
    }
}
