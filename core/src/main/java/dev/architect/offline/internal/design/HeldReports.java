package dev.architect.offline.internal.design;

import dev.architect.dossier.Assumption;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.offline.internal.archetype.ReportSinks;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Optional;

/**
 * The data growth the stores gain when the design keeps the devices' reports in memory (a live index of latest positions,
 * report-sinks.yaml): the reports are not stored rows, so the growth their count gives (every report kept for the whole
 * retention) is not the stores'. The stores gain the stated growth, or people's own writes where none is stated; what the
 * design's own processes write from the reports (trail segments) is priced per store by the cost, kept as long as that
 * part's own retention says.
 */
final class HeldReports {

    private HeldReports() {
    }

    /** The topic of the growth figure. */
    static final String GROWTH = "data.growthGbPerMonth";
    /**
     * The assumption that the stated growth stands because the reports are held in memory, in place of the workload's
     * check of the stated growth against the counts; its open question asks whether every report must be kept after all.
     */
    static final String REPORTS_NOT_STORED = "as-reports-not-stored";
    /** The topic it carries: the stated growth is used as stated, so the figure is not an assumption of the request's. */
    static final String STORED_GROWTH = "stored data growth";
    /** The id the workload gives an assumed growth. */
    static final String ASSUMED_GROWTH = "as-data-growthGbPerMonth";

    /**
     * The workload with the growth its stores gain, when the decided facts say the reports are held in memory (the
     * database's writes are the peak writes less the reports) and the workload's growth counts those reports; the
     * workload itself otherwise.
     *
     * @param request    the request
     * @param w          the workload as read from the request
     * @param decided    the facts the first design pass was decided on
     * @param recognised the archetypes the request calls for
     * @return the workload whose growth the stores gain
     */
    static Workload storedGrowth(ConsultationRequest request, Workload w, Facts decided, List<Recognised> recognised) {
        double reports = w.streamWrites();
        Optional<ReportSinks.Sink> sink = ReportSinks.standard().first(recognised);
        if (reports <= 0 || sink.isEmpty() || !heldInMemory(w, decided)) {
            return w;
        }
        String held = Numbers.format(reports) + " reports/s (" + decided.source(Fact.POSITION_WRITES).orElse("the devices' reports") + ") go to the "
                + sink.get().component() + " and are kept in memory, not stored as rows (" + sink.get().basis() + ")";
        String flows = "; what the design's own processes write from them (segments of a trail, for instance) is priced per store and kept as long as "
                + "that part's own retention says (the cost's flow-writes notes)";
        Double stated = request.data() == null ? null : request.data().growthGbPerMonth();
        if (stated != null) {
            if (w.growthGbPerMonth() <= stated) {
                return w;
            }
            Assumption counted = w.assumptions().stream().filter(a -> a.id().equals(Workload.GROWTH_AGAINST_COUNTS)).findFirst().orElse(null);
            String countedText = counted == null ? Numbers.format(w.growthGbPerMonth()) + " GB/month" : counted.value();
            return w.withGrowth(stated, Workload.GROWTH_AGAINST_COUNTS, new Assumption(REPORTS_NOT_STORED, STORED_GROWTH, GROWTH + " " + Numbers.format(stated)
                    + " GB a month is what the stores gain: the request's own counts give " + countedText + " only if every device report were "
                    + "stored for the " + w.retentionYears() + "-year retention, and the " + held + flows + " (open question oq-reports-not-stored)",
                    Numbers.format(stated) + " GB/month"));
        }
        // No growth stated: the growth was derived from every write, the reports among them; people's writes are what is stored
        double people = Numbers.round(Math.max(0, w.peakWrites() - reports) / w.peakToAverage() * Workload.KB_PER_WRITE
                * Workload.SECONDS_PER_MONTH / 1_000_000, 2);
        if (people >= w.growthGbPerMonth()) {
            return w;
        }
        return w.withGrowth(people, ASSUMED_GROWTH, new Assumption(ASSUMED_GROWTH, GROWTH, "Growth derived from people's own writes: "
                + Numbers.format(Numbers.round(Math.max(0, w.peakWrites() - reports), 2)) + " writes/s at peak (the " + Numbers.format(w.peakWrites())
                + " less the reports) / " + Numbers.format(w.peakToAverage()) + " peak to average x " + Numbers.format(Workload.KB_PER_WRITE)
                + " KB a write x " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s a month = " + Numbers.format(people) + " GB a month; the "
                + held + flows, Numbers.format(people) + " GB/month"));
    }

    /** Whether the decisions took the reports out of the database's writes: the facts the datastore decision weighs say so. */
    private static boolean heldInMemory(Workload w, Facts decided) {
        return decided.has(Fact.PEAK_WRITES) && decided.has(Fact.POSITION_WRITES)
                && Math.abs(decided.number(Fact.POSITION_WRITES) - w.streamWrites()) < 0.01
                && Math.abs(decided.number(Fact.PEAK_WRITES) - Numbers.round(w.peakWrites() - w.streamWrites(), 2)) < 0.01;
    }
}
