package dev.architect.offline.internal.design;

import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostOption;
import dev.architect.dossier.CostScenario;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.RunRatePoint;
import dev.architect.dossier.ScenarioName;
import dev.architect.figures.CapacityCalculator;
import dev.architect.figures.CostCalculator;
import dev.architect.figures.PriceTable;
import dev.architect.figures.ResourceNeed;
import dev.architect.figures.Sizing;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.design.CostPlanner.Variant;
import dev.architect.offline.internal.rules.Architecture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cost of a design beyond its first month: scenarios of lower and higher load, the fit to the budget, and when it
 * does not fit, cheaper variants of the same design (a one-year commitment, tiered storage, a CDN, fewer regions),
 * each priced the same way as the design itself.
 */
final class CostOutlook {

    /** Load and data-growth multipliers of the low and high scenarios. */
    static final double LOW = 0.5;
    static final double HIGH = 2;

    private final Topology t;
    private final Architecture a;
    private final PriceTable prices;
    private final CostCalculator calculator;
    /** The monthly rate at which the request says use grows, when it states one ("growing 5% a month"). */
    private final java.util.Optional<Double> monthlyGrowth;
    /**
     * The resources each variant of the design needs at a workload, planned once: without stated growth an option's
     * months 1 and 36, and its totals with and without a commitment, all price the same plan, and the designed variant at
     * the request's own workload is the plan {@link #decide} has already made. A plan is a pure function of its topology,
     * architecture, workload and variant, so a kept one is the plan that would be made again.
     */
    private final java.util.Map<Workload, java.util.Map<Variant, List<ResourceNeed>>> planned = new java.util.IdentityHashMap<>();
    /** Why no store is offered for tiering when none is worth moving or may move, for the cost's notes; empty otherwise. */
    private java.util.Optional<String> tieringKept = java.util.Optional.empty();
    /** The workload of a month a stated window falls in, made once per workload. */
    private final java.util.Map<Workload, Workload> windowMonths = new java.util.IdentityHashMap<>();
    /** The workload of each month when use grows, made once per base workload and month. */
    private final java.util.Map<Workload, java.util.Map<Integer, Workload>> months = new java.util.IdentityHashMap<>();

    CostOutlook(Topology t, Architecture a, PriceTable prices) {
        this.t = t;
        this.a = a;
        this.prices = prices;
        this.calculator = CostCalculator.with(prices);
        this.monthlyGrowth = t.stated.monthlyGrowth().map(dev.architect.internal.facts.StatedFact::value);
    }

    /**
     * The workload of a month when use grows at a stated rate: load at (1 + r)^(m - 1) of month 1's, and data growth
     * such that the data added by month m is the compounded sum month 1's growth x ((1 + r)^(m - 1) - 1) / r, not
     * month 1's growth x (m - 1).
     */
    Workload grown(Workload w, int month) {
        if (monthlyGrowth.isEmpty() || month <= 1) {
            return w;
        }
        // one workload object per month, so the plans of that month's workload are made once (see planned)
        return months.computeIfAbsent(w, x -> new java.util.HashMap<>()).computeIfAbsent(month, m -> {
            double r = monthlyGrowth.get();
            double load = Math.pow(1 + r, m - 1);
            return w.scaled(load, (load - 1) / r / (m - 1));
        });
    }

    /** The design's monthly total in a month: as the calculator grows its lines, re-planned at that month's load when use grows or the request states seasons. */
    private double totalAt(Workload w, Variant variant, int month, double discount) {
        return calculator(w).total(w.cloud(), needs(monthly(w, month), variant), month, discount);
    }

    /** The workload of each calendar month of a stated season, made once per workload and calendar month. */
    private final java.util.Map<Workload, java.util.Map<Integer, Workload>> calendarMonths = new java.util.IdentityHashMap<>();

    /**
     * The workload of a month of operation: grown at the stated rate of use, then at its calendar month's share of a stated
     * season (month 1 is January: the workload's own average is January's).
     */
    Workload monthly(Workload w, int month) {
        Workload grown = grown(w, month);
        if (!w.loadMonths().seasonal()) {
            return grown;
        }
        int calendar = dev.architect.figures.LoadMonths.calendarMonth(month);
        return calendarMonths.computeIfAbsent(grown, x -> new java.util.HashMap<>()).computeIfAbsent(calendar, grown::inCalendarMonth);
    }

    /** The note that gives the average of each calendar month and where it comes from. */
    static final String MONTHS_NOTE = "[load-months] ";

    /** Each calendar month's average requests a second, with the stated season or usual rate and the window's month. */
    private static java.util.Optional<String> monthsNote(Workload w) {
        dev.architect.figures.LoadMonths lm = w.loadMonths();
        if (!lm.seasonal() && lm.windowMonth() == 0) {
            return java.util.Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            double average = w.inCalendarMonth(m).averageRps();
            String cell = Workload.monthName(m).substring(0, 3) + " " + Numbers.format(average);
            if (m == lm.windowMonth() && w.windowRequests() > 0) {
                double with = Numbers.round(average + w.windowRequests() / Workload.SECONDS_PER_MONTH, 2);
                cell = cell + " + window = " + Numbers.format(with);
            }
            cells.add(cell);
        }
        return java.util.Optional.of(MONTHS_NOTE + "Average requests/s by calendar month (month 1 of the run rate is January): "
                + String.join(" | ", cells) + ". Basis: " + w.averageBasis() + (lm.basis().isEmpty() ? "" : "; " + lm.basis())
                + (w.windowRequests() > 0 && lm.windowMonth() > 0 ? "; the window adds " + Numbers.format(w.windowRequests()) + " requests / "
                + Numbers.format(Workload.SECONDS_PER_MONTH) + " s to its month" : "")
                + ". Parts that scale with requests (serverless, requests, egress, logs) follow each month; always-on instances and"
                + " databases are sized for the peak and do not change");
    }

    /** An estimate whose run rate and TCO follow the stated growth of use, each month priced at its own load. */
    private CostEstimate compounded(Workload w, CostEstimate e, Variant variant, double discount) {
        CostEstimate priced = withWindowMonths(w, grownMonths(w, e, variant, discount), variant, discount);
        java.util.Optional<String> note = monthsNote(w);
        if (note.isEmpty() || priced.assumptions().stream().anyMatch(n -> n.startsWith(MONTHS_NOTE))) {
            return priced;
        }
        List<String> notes = new ArrayList<>(priced.assumptions());
        notes.add(note.get());
        return new CostEstimate(priced.currency(), priced.items(), priced.monthlyTotal(), priced.threeYearTco(), priced.priceDate(), notes,
                priced.runRate(), priced.scenarios(), priced.budget(), priced.options(), priced.drivers());
    }

    /**
     * An estimate whose TCO adds the months a stated window falls in ("results day", "two weeks in January") at their own
     * totals: the run rate's months are usual months, and each year's window months are priced at the prices of that year's
     * last month (12, 24, 36), or of the window's own calendar month where the request dates it ("30 April": 4, 16, 28), the
     * design planned for the window month's volumes and its peak-sized capacity unchanged.
     */
    private CostEstimate withWindowMonths(Workload w, CostEstimate e, Variant variant, double discount) {
        if (w.windowRequests() <= 0) {
            return e;
        }
        double added = 0;
        List<String> months = new ArrayList<>();
        // a window dated in a month ("the last five days before 30 April") is priced in that month of each year, else in the year's last
        int dated = w.loadMonths().windowMonth();
        for (int year = 1; year <= CostCalculator.TCO_MONTHS / 12; year++) {
            int month = dated > 0 ? 12 * (year - 1) + dated : 12 * year;
            double usual = totalAt(w, variant, month, discount);
            // one window-month workload per month's workload, so its plans are made once (see planned)
            Workload windowed = windowMonths.computeIfAbsent(monthly(w, month), Workload::inWindowMonth);
            double inWindow = calculator(w).total(w.cloud(), needs(windowed, variant), month, discount);
            double more = Numbers.round(inWindow - usual, 2);
            added += more * w.windowsAYear();
            months.add("month " + month + " " + Numbers.usd(inWindow) + " (" + Numbers.usd(usual) + " + " + Numbers.usd(more) + ")");
        }
        double tco = Numbers.round(e.threeYearTco() + added, 2);
        List<String> notes = new ArrayList<>(e.assumptions());
        notes.add(WINDOW_NOTE + "The run rate's months 1, 12, 36 and 60 are usual months. The stated window adds "
                + Numbers.format(w.windowRequests()) + " requests to each of the " + Numbers.format(w.windowsAYear()) + " month(s) a year it falls in ("
                + windowMonths.get(monthly(w, dated > 0 ? dated : 12)).averageBasis() + "; see the capacity's average requests); capacity and instance counts stay sized for the peak. "
                + "A window month, priced at the prices of " + (dated > 0 ? "its own month each year" : "each year's last month") + ": " + String.join("; ", months)
                + ". The three-year TCO adds them: " + Numbers.format(w.windowsAYear()) + " a year x the three years' extra = " + Numbers.usd(Numbers.round(added, 2))
                + ", " + Numbers.usd(e.threeYearTco()) + " + " + Numbers.usd(Numbers.round(added, 2)) + " = " + Numbers.usd(tco));
        return new CostEstimate(e.currency(), e.items(), e.monthlyTotal(), tco, e.priceDate(), notes, e.runRate(),
                e.scenarios(), e.budget(), e.options(), e.drivers());
    }

    /** The note that says how the TCO prices a stated window's months. */
    static final String WINDOW_NOTE = "[load-calendar] ";

    /** An estimate whose run rate and TCO follow the stated growth of use, each month priced at its own load. */
    private CostEstimate grownMonths(Workload w, CostEstimate e, Variant variant, double discount) {
        if (monthlyGrowth.isEmpty() && !w.loadMonths().seasonal()) {
            return e;
        }
        List<dev.architect.dossier.RunRatePoint> runRate = CostCalculator.RUN_RATE_MONTHS.stream()
                .map(m -> new dev.architect.dossier.RunRatePoint(m, m == 1 ? e.monthlyTotal() : totalAt(w, variant, m, discount))).toList();
        double tco = e.monthlyTotal();
        for (int month = 2; month <= CostCalculator.TCO_MONTHS; month++) {
            tco += totalAt(w, variant, month, discount);
        }
        // The calculator's own run-rate note describes linear growth of the month-1 lines: replaced by how these months were priced
        List<String> notes = e.assumptions().stream().map(n -> !n.startsWith(CostCalculator.RUN_RATE_NOTE) ? n : CostCalculator.RUN_RATE_NOTE
                + "month m prices the design sized again for month m's load" + (monthlyGrowth.isPresent() ? " and data growth (see given-load-growth)" : "")
                + (w.loadMonths().seasonal() ? (monthlyGrowth.isPresent() ? " and" : "") + " at its calendar month's share of the stated season (month 1 is"
                + " January; see " + MONTHS_NOTE.strip() + ")" : "") + ", its stored data grown "
                + "to that month; three-year TCO = the sum of the monthly totals of months 1 to " + CostCalculator.TCO_MONTHS
                + "; staff costs are not included").toList();
        return new CostEstimate(e.currency(), e.items(), e.monthlyTotal(), Numbers.round(tco, 2), e.priceDate(), notes, runRate,
                e.scenarios(), e.budget(), e.options(), e.drivers());
    }

    /** The calculator for the workload's first region: regional prices apply to every line the design is priced with. */
    private CostCalculator calculator(Workload w) {
        // The continent every stated region stands on picks the products priced per continent (a multi-region
        // configuration inside it, transfer out of it); regions on several continents keep the table's own rows.
        java.util.Set<String> continents = w.regions().stream().map(r -> dev.architect.offline.internal.catalog.Geography.standard().continentOf(r)
                .orElse("")).collect(java.util.stream.Collectors.toSet());
        String continent = continents.size() == 1 && !continents.contains("") ? continents.iterator().next() : null;
        return calculator.inRegion(w.cloud(), w.regions().isEmpty() ? null : w.regions().get(0), continent);
    }

    /** Sizes a workload for the datastore and availability the rules chose. */
    static Sizing size(Workload workload, Architecture architecture) {
        var store = architecture.chosen(DecisionTopic.DATASTORE);
        var availability = architecture.chosen(DecisionTopic.AVAILABILITY);
        return CapacityCalculator.size(workload, (int) store.size("copies", 2), (int) Math.max(2, availability.size("zones", 2)),
                store.size("compression", 1));
    }

    private List<ResourceNeed> needs(Workload w, Variant variant) {
        return planned.computeIfAbsent(w, x -> new java.util.HashMap<>())
                .computeIfAbsent(variant, v -> CostPlanner.plan(t, a, w, size(w, a), prices, v).needs());
    }

    /** The design's cost and the plan behind it: as designed, or with the budget option the design adopts. */
    record Outcome(CostPlanner planner, CostEstimate cost) {
    }

    /**
     * Prices the design; when it is over budget, prices cheaper variants and adopts the cheapest that keeps every hard
     * requirement and changes only how the design is bought or where its old data lives (a commitment, tiered storage):
     * fewer regions, a CDN or a self-run realtime gateway change what the other parts of the dossier draw, so they stay
     * options for a person to take.
     */
    Outcome decide(Workload w, Sizing s) {
        CostPlanner designed = CostPlanner.plan(t, a, w, s, prices, Variant.AS_DESIGNED);
        // the plan the options compare with, when the design was sized as they size it (always, from the assembler)
        CostPlanner asSized = s.equals(size(w, a)) ? designed : CostPlanner.plan(t, a, w, size(w, a), prices, Variant.AS_DESIGNED);
        planned.computeIfAbsent(w, x -> new java.util.HashMap<>()).put(Variant.AS_DESIGNED, asSized.needs());
        CostEstimate base = compounded(w, calculator(w).estimate(w.cloud(), designed.needs(), designed.notes), Variant.AS_DESIGNED, 0);
        double month1 = base.monthlyTotal();
        double month36 = base.monthlyTotalAt(36).orElse(month1);
        // the verdict covers the whole run rate: a month 60 over the budget is over it, as month 1 or 36 would be
        BudgetFit priced = BudgetFit.of(w.budgetUsd(), month1, BudgetCurve.laterPeak(base));
        Verdict verdict = verdict(priced, designed.unpricedCentralVendors());
        BudgetFit fit = verdict.fit();
        if (!verdict.notes().isEmpty()) {
            designed.notes.addAll(verdict.notes());
            base = compounded(w, calculator(w).estimate(w.cloud(), designed.needs(), designed.notes), Variant.AS_DESIGNED, 0);
        }
        // Over only because of an unpriced vendor: the infrastructure's own options do not change what the vendor costs, but
        // the cheapest baseline can leave the vendor the room it needs (the priced lines under the budget less the vendors'
        // low estimate); nothing else is priced
        boolean vendorsOnly = fit.status() == BudgetStatus.OVER && priced.status() != BudgetStatus.OVER;
        java.util.Optional<Candidate> leaner = vendorsOnly ? lean(w, asSized, fit.monthlyUsd() - vendorsLow(designed)) : java.util.Optional.empty();
        if (fit.status() != BudgetStatus.OVER || vendorsOnly && leaner.filter(c -> c.option().fitsBudget()).isEmpty()) {
            return new Outcome(designed, BudgetCurve.noted(base.withOutlook(scenarios(w, base, Variant.AS_DESIGNED, 0, designed),
                    fit.excluding(designed.notPriced()), List.of()), w.budgetUsd()));
        }
        StoppablePass.step();
        List<Candidate> candidates = vendorsOnly ? new ArrayList<>(leaner.stream().toList()) : candidates(w, asSized, fit.monthlyUsd(), BudgetCurve.peak(base));
        // The cheapest option that fits is adopted. When none fits, the cheapest that keeps every hard requirement and the
        // drawn design is adopted all the same where it saves a material share of the budget: the design should not stay
        // dearer than a variant that gives up nothing the request requires (tiering 1 PB of old data, a commitment); the
        // cost then says plainly that it is still over, and the options that would fit by giving something up stay listed.
        double designedPeak = BudgetCurve.peak(base);
        java.util.Optional<Candidate> adopt = candidates.stream().filter(c -> c.adoptable() && c.option().fitsBudget())
                .min(Comparator.comparingDouble(c -> peak(c.option())))
                .or(() -> candidates.stream().filter(Candidate::adoptable).min(Comparator.comparingDouble(c -> peak(c.option())))
                        .filter(c -> designedPeak - peak(c.option()) >= DossierAssembler.MATERIAL_SAVING * fit.monthlyUsd()));
        if (adopt.isEmpty()) {
            tieringKept.ifPresent(designed.notes::add);
            designed.notes.add(noFit(candidates, fit.monthlyUsd()));
            base = compounded(w, calculator(w).estimate(w.cloud(), designed.needs(), designed.notes), Variant.AS_DESIGNED, 0);
            return new Outcome(designed, BudgetCurve.noted(base.withOutlook(scenarios(w, base, Variant.AS_DESIGNED, 0, designed),
                    fit.excluding(designed.notPriced()), sorted(candidates, null)), w.budgetUsd()));
        }
        Candidate chosen = adopt.get();
        List<Candidate> listed = onTopOf(chosen, candidates, w, fit.monthlyUsd());
        CostPlanner adopted = CostPlanner.plan(t, a, w, s, prices, chosen.variant());
        List<String> notes = new ArrayList<>(adopted.notes);
        tieringKept.ifPresent(notes::add);
        RunRatePoint designedTop = BudgetCurve.costliest(base);
        notes.add("[budget-adopted] As designed the estimate is " + Numbers.usd(month1) + " in month 1 and " + Numbers.usd(month36)
                + " in month 36" + (designedTop.month() > 36 ? " (" + Numbers.usd(designedTop.monthlyTotal()) + " in month " + designedTop.month() + ")" : "")
                + (vendorsOnly ? ", within the " + Numbers.usd(fit.monthlyUsd()) + " budget on its priced lines but over it with the low estimate of the "
                        + "vendors it leaves out (" + Numbers.usd(vendorsLow(designed)) + ")" : ", over the " + Numbers.usd(fit.monthlyUsd()) + " budget")
                + "; the design adopts '" + chosen.option().title()
                + "' because it keeps every hard requirement (availability target, compliance, data residency, latency): "
                + String.join("; ", chosen.option().changes()) + ". It gives up: " + chosen.option().givesUp()
                + (chosen.option().fitsBudget() ? "" : ". It does not bring the design within the budget: at "
                        + Numbers.usd(peak(chosen.option())) + " in " + peakMonth(chosen.option())
                        + " it is still " + Numbers.usd(Numbers.round(peak(chosen.option()) - fit.monthlyUsd(), 2))
                        + " over" + wouldFit(listed).orElse(", and no priced option brings it within the budget"))
                + ". The other options stay listed below");
        CostEstimate adoptedBase = compounded(w, calculator(w).estimate(w.cloud(), adopted.needs(), notes, chosen.discount()), chosen.variant(),
                chosen.discount());
        Verdict adoptedVerdict = verdict(BudgetFit.of(w.budgetUsd(), adoptedBase.monthlyTotal(), BudgetCurve.laterPeak(adoptedBase)),
                adopted.unpricedCentralVendors());
        BudgetFit adoptedFit = adoptedVerdict.fit();
        if (!adoptedVerdict.notes().isEmpty()) {
            notes.addAll(adoptedVerdict.notes());
            adoptedBase = compounded(w, calculator(w).estimate(w.cloud(), adopted.needs(), notes, chosen.discount()), chosen.variant(),
                    chosen.discount());
        }
        return new Outcome(adopted, BudgetCurve.noted(adoptedBase.withOutlook(scenarios(w, adoptedBase, chosen.variant(), chosen.discount(), adopted),
                adoptedFit.excluding(adopted.notPriced()),
                sorted(listed, chosen)), w.budgetUsd()));
    }

    /**
     * The options as changes to the design the line items price once one is adopted: each other option is priced as the
     * adopted design plus its own changes (a one-year commitment listed beside an adopted tiering is tiering and the
     * commitment, not the commitment on the untiered design, which could cost more than the adopted line items for a
     * reason the option does not state); an option whose changes the adopted one already makes is no change and is not
     * listed, nor is one that does not make the adopted design cheaper.
     */
    private List<Candidate> onTopOf(Candidate adopted, List<Candidate> candidates, Workload w, double budget) {
        Variant base = adopted.variant();
        double adoptedPeak = peak(adopted.option());
        List<Candidate> out = new ArrayList<>();
        out.add(adopted);
        for (Candidate c : candidates) {
            List<String> own = c.option().changes().stream().filter(change -> !adopted.option().changes().contains(change)).toList();
            if (c == adopted || own.isEmpty()) {
                continue;
            }
            Variant both = base.and(c.variant());
            boolean committed = adopted.committed() || c.committed();
            double discount = Math.max(adopted.discount(), c.discount());
            boolean same = out.stream().anyMatch(x -> x.variant().equals(both) && x.committed() == committed);
            Candidate onTop = candidate(c.option().title() + " (on top of the adopted option)", w, both, committed, committed ? discount : 0, budget,
                    own, c.option().givesUp(), c.option().keepsHardRequirements());
            if (!same && peak(onTop.option()) < adoptedPeak) {
                out.add(onTop);
            }
        }
        return out;
    }

    /** The budget verdict and, when vendors central to the product are not priced, the notes that name them. */
    private record Verdict(BudgetFit fit, List<String> notes) {
    }

    /**
     * The budget verdict with the vendors central to the product that the estimate leaves out (video, SMS). A design
     * within budget on its priced lines is within only if their high estimate still fits, over if even their low one
     * does not, and otherwise not known (status UNKNOWN with the budget and the priced gap); a vendor without an
     * estimate always leaves it not known. The first note names them without figures, for the summary; the second
     * gives the estimated range and its basis.
     */
    static Verdict verdict(BudgetFit priced, List<CostPlanner.UnpricedVendor> vendors) {
        if (vendors.isEmpty()) {
            return new Verdict(priced, List.of());
        }
        boolean estimated = vendors.stream().allMatch(v -> v.low().isPresent() && v.high().isPresent());
        double low = Numbers.round(vendors.stream().mapToDouble(v -> v.low().orElse(0.0)).sum(), 2);
        double high = Numbers.round(vendors.stream().mapToDouble(v -> v.high().orElse(0.0)).sum(), 2);
        String names = String.join(", ", vendors.stream().map(v -> v.name() + " (" + v.category() + ")").toList())
                + (vendors.size() == 1 ? " is" : " are") + " not priced";
        String range = estimated ? Numbers.usd(low) + " to " + Numbers.usd(high) + " a month" : "not estimated";
        // An end above a vendor's published table has no figure: the range gives the end it has, the basis says why
        String basis = String.join("; ", vendors.stream().map(v -> v.name() + ": " + (v.low().isPresent() && v.high().isPresent()
                ? Numbers.usd(v.low().get()) + " to " + Numbers.usd(v.high().get()) + " a month = "
                : v.low().map(l -> "from " + Numbers.usd(l) + " a month = ").orElse("")) + v.basis()).toList());
        // A vendor whose estimate at its low end is more than the whole budget decides the verdict by itself: say so plainly
        List<String> alone = vendors.stream().filter(v -> v.low().isPresent() && priced.monthlyUsd() != null && priced.monthlyUsd() > 0 && v.low().get() > priced.monthlyUsd())
                // no estimate here: this note goes into the summary, which quotes only the cost's own figures; the range is in the next note
                .map(v -> v.name() + " alone costs more than the whole " + Numbers.usd(priced.monthlyUsd()) + " budget even at the low end of its estimate").toList();
        String aloneText = alone.isEmpty() ? "" : "; " + String.join("; ", alone);
        if (priced.status() != BudgetStatus.WITHIN) {
            return new Verdict(priced, List.of("[budget-unpriced] " + names + " and comes on top of this estimate" + aloneText,
                    "[budget-unpriced-estimate] " + range + " on top of the priced lines: " + basis));
        }
        double headroom = -priced.gapUsd();
        double budget = priced.monthlyUsd();
        String estimate = "[budget-unpriced-estimate] " + range + " against the " + Numbers.usd(headroom) + " the priced lines leave under the "
                + Numbers.usd(budget) + " budget: " + basis;
        if (estimated && high <= headroom) {
            return new Verdict(priced, List.of("[budget-unpriced] " + names + "; even at the high end of its estimate the total stays within the budget",
                    estimate));
        }
        if (vendors.stream().allMatch(v -> v.low().isPresent()) && low > headroom) {
            double gap = Numbers.round(low - headroom, 2);
            return new Verdict(new BudgetFit(budget, BudgetStatus.OVER, gap), List.of("[budget-unpriced] " + names
                    + "; even at the low end of its estimate the total is over the budget" + aloneText, estimate + "; over by " + Numbers.usd(gap)
                    + " at the low end"));
        }
        return new Verdict(BudgetFit.notKnown(budget, priced.gapUsd()), List.of("[budget-unpriced] " + names
                + ", and within its estimated range it could take the total over the budget", estimate));
    }

    /**
     * Says plainly that no option is adopted and by how much the cheapest that keeps the drawn design and every hard
     * requirement still misses (its costlier of months 1 and 36 over the budget); an option that would fit only by
     * giving one up or by redrawing the design is named as a person's choice. The design stays as drawn and over budget.
     */
    private String noFit(List<Candidate> candidates, double budget) {
        Comparator<Candidate> cheapest = Comparator.comparingDouble(c -> peak(c.option()));
        StringBuilder out = new StringBuilder("[budget-no-fit] No option that keeps every hard requirement and the drawn design fits the "
                + Numbers.usd(budget) + " budget, so none is adopted and the design stays over it");
        java.util.Optional<Candidate> keeping = candidates.stream().filter(Candidate::adoptable).min(cheapest);
        if (keeping.isPresent()) {
            CostOption o = keeping.get().option();
            out.append(": the cheapest that does, '").append(o.title()).append("', is ").append(Numbers.usd(peak(o))).append(" in ")
                    .append(peakMonth(o)).append(", still ")
                    .append(Numbers.usd(Numbers.round(peak(o) - budget, 2))).append(" over");
        } else {
            out.append(": no priced option keeps them all");
        }
        wouldFit(candidates).ifPresent(out::append);
        return out.toString();
    }

    /**
     * The cheapest listed option that fits the budget, which the design did not adopt because it redraws the design or
     * gives up a hard requirement: named with its price, so the text and the options table say the same thing.
     */
    private java.util.Optional<String> wouldFit(List<Candidate> candidates) {
        return candidates.stream().filter(c -> c.option().fitsBudget()).min(Comparator.comparingDouble(c -> peak(c.option())))
                .map(c -> "; '" + c.option().title() + "' would fit at " + Numbers.usd(peak(c.option()))
                        + (c.option().keepsHardRequirements() ? " and keeps every hard requirement, but it is not adopted because it redraws the design: "
                                + redraws(c.variant()) + ", so the decision behind it would have to be taken again; what it gives up is "
                                + dev.architect.offline.internal.catalog.Phrases.inSentence(c.option().givesUp()) + ", and whether the saving is worth that is a choice for a person"
                                : " but gives up a hard requirement (" + dev.architect.offline.internal.catalog.Phrases.inSentence(c.option().givesUp()) + "), a choice for a person"));
    }

    /** What an option changes in the drawn design, in words: the parts its decisions, diagrams and operations would lose. */
    private static String redraws(Variant v) {
        List<String> parts = new ArrayList<>();
        if (v.selfRunRealtime()) {
            parts.add("the managed realtime service the realtime decision chose, and the diagrams and operations drawn for it, become WebSocket "
                    + "gateway instances the team runs");
        }
        if (v.cdn()) {
            parts.add("a CDN goes in front of an origin the edge decision drew without one");
        }
        if (v.oneRegion()) {
            parts.add("the regions the availability decision drew become one");
        }
        return parts.isEmpty() ? "it changes the regions, the edge or the realtime gateway" : String.join("; ", parts);
    }

    /**
     * An option's costliest month of the run rate (1, 12, 36 or 60), as priced when it was made; an option made elsewhere
     * is measured on its months 1 and 36.
     */
    private double peak(CostOption o) {
        RunRatePoint top = curves.get(o);
        return top != null ? top.monthlyTotal() : Math.max(o.monthlyTotal(), o.month36Total());
    }

    /** "month 60": the month of an option's costliest total. */
    private String peakMonth(CostOption o) {
        RunRatePoint top = curves.get(o);
        return "month " + (top != null ? top.month() : o.month36Total() > o.monthlyTotal() ? 36 : 1);
    }

    /** Each option's costliest month of the run rate, by the option (identity: two options may be equal as records). */
    private final java.util.Map<CostOption, RunRatePoint> curves = new java.util.IdentityHashMap<>();

    private List<CostScenario> scenarios(Workload w, CostEstimate base, Variant variant, double discount, CostPlanner planned) {
        return List.of(scenario(ScenarioName.LOW, w, LOW, variant, discount, planned),
                new CostScenario(ScenarioName.BASE, base.monthlyTotal(), "The request's load and data growth as stated (month 1)"),
                scenario(ScenarioName.HIGH, w, HIGH, variant, discount, planned));
    }

    /**
     * A scenario's month-1 total: the same design, its stores on the tiers the plan at the request's load chose, and the
     * rates the cost assumes for text messages at the scenario's end of their range (they can decide the verdict).
     */
    private CostScenario scenario(ScenarioName name, Workload w, double factor, Variant variant, double discount, CostPlanner planned) {
        Workload scaled = w.scaled(factor, factor);
        CostPlanner plan = CostPlanner.plan(t, a, scaled, size(scaled, a), prices, variant, planned, name);
        double total = calculator(w).total(w.cloud(), plan.needs(), 1, discount);
        List<String> rates = planned.textRates().stream().map(r -> r.assumption() + " at " + Numbers.format(r.runs().at(name)) + " a monthly user").toList();
        return new CostScenario(name, total, "Load (requests, reads, writes, users) x " + Numbers.format(factor)
                + " and data growth x " + Numbers.format(factor) + (rates.isEmpty() ? "" : ", the assumed text-message rates at their "
                + (name == ScenarioName.LOW ? "low" : "high") + " (" + String.join(", ", rates) + ")") + ", same design, month 1");
    }

    /** A priced option with the variant of the design behind it, so options can be combined and one adopted. */
    private record Candidate(CostOption option, Variant variant, boolean committed, double discount) {

        /** Keeps every hard requirement and leaves the drawn design (regions, edge) as it is. */
        boolean adoptable() {
            return option.keepsHardRequirements() && !variant.oneRegion() && !variant.cdn() && !variant.selfRunRealtime();
        }
    }

    private static List<CostOption> sorted(List<Candidate> candidates, Candidate adopted) {
        return candidates.stream().map(c -> c == adopted ? c.option().asAdopted() : c.option())
                .sorted(Comparator.comparing((CostOption o) -> !o.adopted()).thenComparing(o -> !o.fitsBudget())
                        .thenComparing(o -> !o.keepsHardRequirements()).thenComparingDouble(CostOption::monthlyTotal)).toList();
    }

    /** The priced options; {@code designed} is the design as planned at the workload, sized as {@link #size} sizes it. */
    private List<Candidate> candidates(Workload w, CostPlanner designed, double budget, double designedPeak) {
        List<Candidate> candidates = new ArrayList<>();
        double discount = prices.commitment(w.cloud()).map(c -> c.discount()).orElse(0.0);
        if (discount > 0) {
            String product = prices.commitment(w.cloud()).orElseThrow().product();
            // Products sold with their own commitment (Spanner, Memorystore) take its rate, not the cloud's
            List<String> own = designed.needs().stream().map(ResourceNeed::resourceKind).distinct()
                    .flatMap(kind -> prices.commitment(w.cloud(), kind).stream()).distinct()
                    .map(c -> c.discount() == 0 ? c.product() : c.product() + " (" + Numbers.format(Numbers.round(c.discount() * 100, 2)) + "% off)").toList();
            candidates.add(candidate("One-year commitment on always-on resources", w, Variant.AS_DESIGNED, true, discount, budget,
                    List.of("Buy " + product + " for instances, database nodes, cache and brokers (" + Numbers.format(discount * 100)
                            + "% off on-demand" + (own.isEmpty() ? ")" : "); products on their own terms: " + String.join("; ", own))),
                    "The freedom to shrink or change instance families for a year", true));
        }
        if (w.growthGbPerMonth() > 0 && w.retentionYears() * 12 > CostPlanner.HOT_MONTHS) {
            tiering(w, budget).ifPresent(candidates::add);
        }
        lean(w, designed, budget).ifPresent(candidates::add);
        if (!t.hasCdn() && w.readWriteRatio() >= 3) {
            candidates.add(candidate("Put a CDN in front of the origin", w, new Variant(java.util.Set.of(), false, true), false, 0, budget,
                    List.of("Serve pages, assets and public GET responses from a CDN; the origin sees the misses"),
                    "Simplicity: cache keys, TTLs and purging need design; personalised responses still reach the origin", true));
        }
        if (designed.managedRealtime()) {
            candidates.add(candidate("Run the realtime gateway yourself", w, new Variant(java.util.Set.of(), false, false, true), false, 0, budget,
                    List.of("Replace the managed realtime service with WebSocket gateway instances on the application platform, sized by "
                            + "connections (assumption as-connections-per-instance)"),
                    "A managed service: the team drains connections on deploys, scales on connection counts and runs the fan-out itself", true));
        }
        int regions = designed.regions();
        if (regions > 1) {
            boolean required = w.availabilityPercent() >= 99.95 || w.isGiven("deployment.regions") && w.regions().size() > 1;
            candidates.add(candidate("One region instead of " + regions, w, new Variant(java.util.Set.of(), true, false), false, 0, budget,
                    List.of("Run in one region across zones; keep backups in a second region"),
                    "Surviving the loss of a whole region" + (required ? " (the request requires it)" : ""), !required));
        }
        // Only changes that make the design cheaper (at the costlier of months 1 and 36) are options at all.
        candidates.removeIf(c -> peak(c.option()) >= designedPeak);
        List<Candidate> keeping = candidates.stream().filter(c -> c.option().keepsHardRequirements()).toList();
        List<Candidate> combined = new ArrayList<>();
        if (keeping.size() > 1) {
            combined.add(combine(together(keeping), keeping, w, budget, discount));
        }
        List<Candidate> adoptable = keeping.stream().filter(Candidate::adoptable).toList();
        if (adoptable.size() > 1 && adoptable.size() < keeping.size()) {
            combined.add(combine(together(adoptable) + " (regions and edge as drawn)", adoptable, w, budget, discount));
        }
        candidates.addAll(combined);
        return candidates;
    }

    /**
     * Tiering decided store by store: a store whose use allows it (no append-only record, no reads of old rows, see
     * {@link StoreTiering}) is moved only when the move saves at least the threshold a month at month 36, its own lines
     * priced with and without it. The option names each store it moves with its saving, and each it leaves whole with why;
     * empty when no store is worth moving.
     */
    private java.util.Optional<Candidate> tiering(Workload w, double budget) {
        StoreTiering rules = StoreTiering.standard();
        java.util.Map<String, String> whole = new java.util.LinkedHashMap<>();
        java.util.Set<String> open = new java.util.LinkedHashSet<>();
        for (String id : t.stores.keySet()) {
            rules.keptWhole(t, id).ifPresentOrElse(why -> whole.put(id, why), () -> open.add(id));
        }
        Workload at36 = grown(w, 36);
        List<ResourceNeed> kept = needs(at36, Variant.AS_DESIGNED);
        List<ResourceNeed> moved = needs(at36, new Variant(open, false, false));
        java.util.Map<String, Double> savings = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> small = new java.util.LinkedHashMap<>();
        for (String id : open) {
            double saving = Numbers.round(storeTotal(at36, kept, id) - storeTotal(at36, moved, id), 2);
            if (saving <= 0) {
                continue; // nothing to move (a store that does not grow, or whose history the design already tiers)
            }
            (saving >= rules.minMonthlySaving() ? savings : small).put(id, saving);
        }
        if (savings.isEmpty()) {
            List<String> why = new ArrayList<>();
            whole.forEach((id, reason) -> why.add(id + " stays whole: " + reason));
            small.forEach((id, saving) -> why.add(id + " would save only " + Numbers.usd(saving) + " a month by month 36, under the "
                    + Numbers.usd(rules.minMonthlySaving()) + " a store the move is worth"));
            if (!why.isEmpty()) {
                tieringKept = java.util.Optional.of("[tiering-kept] No option moves old data to object storage: " + String.join("; ", why));
            }
            return java.util.Optional.empty();
        }
        List<String> changes = new ArrayList<>();
        changes.add("Move data older than " + CostPlanner.HOT_MONTHS + " months from " + Names.list(savings.entrySet().stream()
                .map(e -> e.getKey() + " (saving " + Numbers.usd(e.getValue()) + " a month by month 36)").toList())
                + " to infrequent-access object storage");
        whole.forEach((id, why) -> changes.add("Keep " + id + " whole: " + why));
        if (!small.isEmpty()) {
            changes.add("Keep " + Names.list(List.copyOf(small.keySet())) + " whole: moving " + (small.size() == 1 ? "it" : "them") + " would save only "
                    + Names.list(small.values().stream().map(Numbers::usd).toList()) + " a month by month 36, under the "
                    + Numbers.usd(rules.minMonthlySaving()) + " a store the move is worth");
        }
        String title = "Tier data older than " + CostPlanner.HOT_MONTHS + " months to object storage in " + Names.list(List.copyOf(savings.keySet()));
        return java.util.Optional.of(candidate(title, w, new Variant(savings.keySet(), false, false), false, 0, budget, changes,
                "Fast queries over old data in " + Names.list(List.copyOf(savings.keySet())) + ": they run through a slower path (seconds, not milliseconds)",
                true));
    }

    /**
     * The cheapest baseline, tried when the whole system's peak is one the smallest sizes carry and the design prices an
     * always-on instance those sizes replace: the same parts, counts and zones, so it keeps every hard requirement the
     * design keeps (availability included) and gives up only headroom (lean-baseline.yaml).
     */
    private java.util.Optional<Candidate> lean(Workload w, CostPlanner designed, double budget) {
        LeanBaseline lean = LeanBaseline.standard();
        if (!lean.carries(w.peakRps())) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> kinds = new java.util.HashSet<>(designed.needs().stream().map(ResourceNeed::resourceKind).toList());
        long zones = (long) a.chosen(DecisionTopic.AVAILABILITY).size("zones", 2);
        String kept = zones >= 2 ? "; the " + zones + " zones the availability decision spans for the " + Numbers.format(w.availabilityPercent())
                + "% target keep an instance in each and the database's standby, so the count does not fall" : "";
        List<String> changes = lean.all().stream().filter(s -> kinds.contains(s.from()) && prices.price(w.cloud(), s.to()).isPresent())
                .map(s -> "Run " + s.what() + ", as many as designed (the system's " + Numbers.format(w.peakRps()) + " requests/s at peak are under the "
                        + Numbers.format(lean.maxPeak()) + " these sizes carry" + kept + ")").toList();
        if (changes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(candidate("Cheapest baseline: the smallest sizes", w, Variant.LEAN, false, 0, budget, changes, lean.givesUp(), true));
    }

    /** The low end of the estimates of the vendors central to the product that the priced lines leave out (0 where none is given). */
    private static double vendorsLow(CostPlanner designed) {
        return designed.unpricedCentralVendors().stream().mapToDouble(v -> v.low().orElse(0.0)).sum();
    }

    /** A store's own lines at month 36, on demand: what tiering it changes. */
    private double storeTotal(Workload w, List<ResourceNeed> needs, String storeId) {
        return calculator(w).total(w.cloud(), needs.stream().filter(n -> storeId.equals(n.containerId())).toList(), 36, 0);
    }

    /**
     * A combined option's title: what it does, each part's title in turn ("One-year commitment on always-on resources and
     * tier data older than 3 months to object storage"), never a description of itself that a summary would repeat.
     */
    private static String together(List<Candidate> parts) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String title = parts.get(i).option().title();
            titles.add(i == 0 ? title : dev.architect.offline.internal.catalog.Phrases.inSentence(title));
        }
        return titles.size() == 1 ? titles.get(0) : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }

    private Candidate combine(String title, List<Candidate> parts, Workload w, double budget, double discount) {
        Variant all = parts.stream().map(Candidate::variant).reduce(Variant.AS_DESIGNED, Variant::and);
        boolean committed = parts.stream().anyMatch(Candidate::committed);
        return candidate(title, w, all, committed, committed ? discount : 0, budget, parts.stream().flatMap(c -> c.option().changes().stream()).toList(),
                String.join("; ", parts.stream().map(c -> c.option().givesUp()).toList()), true);
    }

    private Candidate candidate(String title, Workload w, Variant variant, boolean committed, double discount, double budget,
                                List<String> changes, String givesUp, boolean keeps) {
        return new Candidate(option(title, w, variant, discount, budget, changes, givesUp, keeps), variant, committed, discount);
    }

    private CostOption option(String title, Workload w, Variant variant, double discount, double budget,
                              List<String> changes, String givesUp, boolean keeps) {
        StoppablePass.step(); // each option is a plan of its own
        double month1 = totalAt(w, variant, 1, discount);
        double month36 = totalAt(w, variant, 36, discount);
        if (discount > 0) {
            // A commitment only takes a share off always-on prices: on the same design it can never raise a month's total
            for (int month : List.of(1, 36)) {
                double committed = month == 1 ? month1 : month36;
                double onDemand = totalAt(w, variant, month, 0);
                if (committed > onDemand) {
                    throw new IllegalStateException("cost option '" + title + "': month " + month + " costs " + Numbers.usd(committed) + " with a "
                            + Numbers.format(discount * 100) + "% commitment but " + Numbers.usd(onDemand) + " on demand for the same design " + variant
                            + "; a commitment discount can never raise a total");
                }
            }
        }
        // The option fits when every month of the run rate does: months 12 and 60 as well as 1 and 36
        RunRatePoint top = new RunRatePoint(1, month1);
        for (int month : CostCalculator.RUN_RATE_MONTHS) {
            double total = month == 1 ? month1 : month == 36 ? month36 : totalAt(w, variant, month, discount);
            if (total > top.monthlyTotal() + 0.005) {
                top = new RunRatePoint(month, total);
            }
        }
        CostOption option = new CostOption(title, month1, month36, changes, givesUp, top.monthlyTotal() <= budget, keeps);
        curves.put(option, top);
        return option;
    }
}
