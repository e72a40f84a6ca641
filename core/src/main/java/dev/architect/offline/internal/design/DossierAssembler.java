package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Metadata;
import dev.architect.dossier.Roadmap;
import dev.architect.dossier.StageMetrics;
import dev.architect.figures.CostCalculator;
import dev.architect.figures.PriceTable;
import dev.architect.figures.Sizing;
import dev.architect.figures.Workload;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.RuleBook;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.ExistingApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;

/**
 * Builds the whole dossier from a request: figures with assumptions, decisions by the rules, then every other part
 * from the same topology, so cross-references hold by construction. Pure: no clock, no randomness.
 */
public final class DossierAssembler {

    public static final String PROVIDER = "offline";
    public static final String MODEL = "rules-v1";

    private final Catalogue catalogue;
    private final PriceTable prices;
    private volatile LastPlan lastPlan; // an immutable request and its immutable plan, compared by identity

    /**
     * The assembler for a catalogue and a price table.
     *
     * @param catalogue the options the rules score
     * @param prices the price table the cost quotes
     * @throws IllegalStateException when a data file names a section or option the catalogue lacks, naming the entry
     */
    public DossierAssembler(Catalogue catalogue, PriceTable prices) {
        // The named vendors speak of the catalogue's sections and options: checked here, where the catalogue is known.
        dev.architect.offline.internal.catalog.NamedVendors.standard().checkedAgainst(catalogue);
        this.catalogue = catalogue;
        this.prices = prices;
    }

    /**
     * Reads the data files the design needs besides the catalogue and the prices (the archetypes and what recognising
     * them reads, the words and vendors, the delivery figures, the general risks and alerts, the part loads, load profiles
     * and product facts the cost planner reads, the rules' own files), each once per JVM, so a broken
     * file fails when the architect is made, not inside a consultation; a consultation reads them on first use otherwise.
     */
    public static void readDesignFiles() {
        dev.architect.offline.internal.catalog.DataFiles.readCatalogFiles();
        Archetypes.readArchetypeFiles();
        DeliveryFigures.standard();
        dev.architect.offline.internal.catalog.CountDirections.standard();
        ArchiveRetrieval.standard();
        LeanBaseline.standard();
        GeneralRisksAndAlerts.standard();
        Clients.standard();
        LoadProfiles.standard();
        PartLoads.standard();
        ProductFacts.standard();
        NodeStorage.standard();
        RecordLifecycles.standard();
        SentenceRecords.standard();
        HeadKindRecords.standard();
        CapabilityNameGrammar.standard();
        OutcomeLimits.standard();
        RuleInvariants.standard();
        AccessAndClockRules.standard();
        RuleLedger.standard();
        FlowActors.standard();
        OrganisationActs.standard();
        BatchJobs.standard();
        DeviceLinks.standard();
        HeartbeatRates.standard();
        CommandRates.standard();
        ConcurrencyFleets.standard();
        HelperInstances.standard();
        MobilePush.standard();
        PastCeiling.standard();
        PushFanout.standard();
        RealtimeServices.standard();
        ServiceQuotas.standard();
        SmsFlows.standard();
        StoreTiering.standard();
        AutoscaledCompute.standard();
        dev.architect.offline.internal.catalog.DailyLoadShape.standard();
        dev.architect.figures.Workload.readFiles();
        Tenancy.readFiles();
        dev.architect.offline.internal.catalog.WorkContext.standard();
        Names.plural("record"); // its irregular plurals
        dev.architect.validation.Regions.jurisdiction("eu-west-1"); // the validator's vocabulary, which the workload reads
        dev.architect.validation.DossierValidator.readDataFiles(); // the rest of the validator's files, which every dossier meets
        dev.architect.offline.internal.rules.RuleBook.readRuleFiles(); // last: the store read capacities wait for the catalogue
    }

    /** The facts every part is built from, computed once per request. */
    private record Plan(Workload workload, List<Recognised> archetypes, Architecture architecture, Sizing sizing,
                        CapacityPlan capacity, Topology topology, Technologies tech, CostEstimate cost, List<CostPlanner.LimitNote> limits,
                        List<CostPlanner.PricedTier> tiers, List<CostPlanner.TextRate> textRates, List<CostPlanner.StoreLoad> storeLoads,
                        List<CostPlanner.FleetSized> fleets) {
    }

    private Plan plan(ConsultationRequest asked) {
        // Residency in named countries deploys to the cloud's regions there when the request names no regions.
        // An identity product named in any field (not only as an integration) is the request's identity source.
        ConsultationRequest request = dev.architect.offline.internal.rules.SignIn.withNamedIssuer(CountryResidency.deployed(asked));
        // The figures the request states in words are read once here and passed on to the rules and the topology; the
        // workload asks for the same request and gets this reading back.
        StatedFacts stated = StatedFacts.read(request);
        Workload read = Workload.of(request);
        List<Recognised> archetypes = Archetypes.standard().recognise(request, read.capabilities());
        Plan first = plan(request, stated, read, archetypes, 0, Set.of(), Facts.empty());
        // Reports the design keeps in memory are not stored: the stores gain the rest of the growth
        Workload w = HeldReports.storedGrowth(request, read, first.architecture().facts(), archetypes);
        if (w != read) {
            first = plan(request, stated, w, archetypes, 0, Set.of(), Facts.empty());
        }
        // The stores' load as priced (the design's own processes' writes and data) is decided on again, and a store its
        // product cannot carry rules that product out, until the decision reasons on what the cost prices
        Facts priced = Facts.empty();
        Plan unruled = first;
        Facts unruledFacts = priced;
        for (int pass = 0; pass < PricedStoreLoad.PASSES; pass++) {
            Optional<Facts> next = PricedStoreLoad.refeed(first.architecture(), first.storeLoads(), first.limits(), priced);
            if (next.isEmpty()) {
                break;
            }
            priced = next.get();
            first = plan(request, stated, w, archetypes, 0, Set.of(), priced);
            // A choice the parts would not be built on (a wide-column store with nothing ingested) is decided again at once
            Optional<Facts> unbuilt = PricedStoreLoad.unbuilt(first.architecture(), first.topology(), priced);
            for (int again = 0; unbuilt.isPresent() && again < PricedStoreLoad.PASSES; again++) {
                priced = unbuilt.get();
                first = plan(request, stated, w, archetypes, 0, Set.of(), priced);
                unbuilt = PricedStoreLoad.unbuilt(first.architecture(), first.topology(), priced);
            }
            if (!priced.has(dev.architect.offline.internal.catalog.Fact.RULED_OUT)) {
                unruled = first;
                unruledFacts = priced;
            }
        }
        // No option carries the load: the first choice on the priced load stays, and its risk says what it cannot carry
        if (priced.has(dev.architect.offline.internal.catalog.Fact.RULED_OUT) && !PricedStoreLoad.carries(first.storeLoads(), first.limits())) {
            first = unruled;
            priced = unruledFacts;
        }
        Facts pricedLoad = priced;
        double designed = peak(first);
        if (w.budgetUsd().filter(b -> b > 0 && designed > b).isEmpty()) {
            return first;
        }
        // The budget is below what the design costs: running cost becomes a driver, one decision at a time in the
        // order they are made (the style first, the biggest lever), only where it changes the choice, and no further
        // once the design fits the budget, so that one expensive choice does not cheapen every other; a trade that saves
        // less than MATERIAL_SAVING of the budget is not made.
        double budget = w.budgetUsd().get();
        StoppablePass.step();
        Architecture allWeighed = RuleBook.decide(request, stated, w, catalogue, archetypes, designed, EnumSet.allOf(DecisionTopic.class), pricedLoad);
        Set<DecisionTopic> weighed = EnumSet.noneOf(DecisionTopic.class);
        Plan current = first;
        for (Choice c : allWeighed.choices()) {
            DecisionTopic topic = c.rule().topic();
            boolean changes = first.architecture().find(topic).map(f -> !f.chosen().id().equals(c.chosen().id())).orElse(false);
            if (changes && weighed.add(topic)) {
                Plan cheaper = plan(request, stated, w, archetypes, designed, weighed, pricedLoad);
                if (peak(current) - peak(cheaper) < MATERIAL_SAVING * budget) {
                    weighed.remove(topic); // saves too little to give up the better fit
                    continue;
                }
                current = cheaper;
                if (peak(current) <= budget) {
                    break;
                }
            }
        }
        return current;
    }

    /**
     * The budget warning, naming the month whose total breaks the budget and comparing that month's total with it: month 1
     * when it is over already, else month 36 (a design within the budget in month 1 and over it by month 36 says so, rather
     * than that month 1's total "exceeds" a budget it is under). Over only with the vendors it does not price, it says that.
     */
    static String overBudget(CostEstimate cost) {
        double budget = cost.budget().monthlyUsd();
        double month1 = cost.monthlyTotal();
        double month36 = cost.monthlyTotalAt(36).orElse(month1);
        if (month1 > budget) {
            return "The estimated monthly cost in month 1, " + Numbers.usd(month1) + ", exceeds the budget of " + Numbers.usd(budget)
                    + (month36 > month1 ? "; it grows to " + Numbers.usd(month36) + " in month 36" : "");
        }
        // The first month of the run rate over the budget (12, 36 or 60), and any later one beside it
        List<BudgetCurve.Over> over = BudgetCurve.over(cost, budget);
        if (!over.isEmpty()) {
            BudgetCurve.Over first = over.get(0);
            return "The estimated monthly cost in month " + first.month() + ", " + Numbers.usd(first.total()) + ", exceeds the budget of "
                    + Numbers.usd(budget) + (over.size() > 1 ? ", as does " + BudgetCurve.months(over.subList(1, over.size())) : "")
                    + " (month 1, " + Numbers.usd(month1) + ", is within it)";
        }
        return "The priced lines (" + Numbers.usd(month1) + " in month 1, " + Numbers.usd(month36) + " in month 36) are within the budget of "
                + Numbers.usd(budget) + ", but with the vendors this estimate does not price the total is over it by at least "
                + Numbers.usd(cost.budget().gapUsd());
    }

    /** The least share of the budget a budget trade must save a month to be worth giving up the better fit. */
    static final double MATERIAL_SAVING = 0.05;

    /** The costliest month of the run rate, as the budget fit compares them. */
    private static double peak(Plan p) {
        return BudgetCurve.peak(p.cost());
    }

    private Plan plan(ConsultationRequest request, StatedFacts stated, Workload w, List<Recognised> recognised, double designedMonthlyUsd,
                      Set<DecisionTopic> budgetTopics, Facts priced) {
        StoppablePass.step();
        Architecture a = RuleBook.decide(request, stated, w, catalogue, recognised, designedMonthlyUsd, budgetTopics, priced);
        // The archetypes as the options chosen build them on this cloud (a managed WebSocket service holds the connections).
        List<Recognised> archetypes = dev.architect.offline.internal.archetype.DecidedVariants.standard()
                .apply(recognised, topic -> a.find(topic).map(c -> c.chosen().id()), w.cloud());
        Sizing s = CostOutlook.size(w, a);
        StoppablePass.step();
        Topology t = Topology.of(a, request, stated, catalogue, archetypes);
        StoppablePass.step();
        CostOutlook.Outcome cost = new CostOutlook(t, a, prices).decide(w, s);
        return new Plan(w, archetypes, a, s, s.toPlan(cost.planner().figures()), t, new Technologies(a, catalogue), cost.cost(),
                cost.planner().limits(), cost.planner().pricedTiers(), cost.planner().textRates(), cost.planner().storeLoads(),
                cost.planner().fleets());
    }

    /** The cost estimate alone. */
    public CostEstimate cost(ConsultationRequest request) {
        return figuresPlan(request).cost();
    }

    /**
     * Whether the request replaces a running system: the design's {@link dev.architect.offline.internal.catalog.Fact#REDESIGN}
     * fact, read from the plan the figures share (the model path asks after its capacity and cost).
     */
    public boolean replacesARunningSystem(ConsultationRequest request) {
        return figuresPlan(request).architecture().facts().flag(dev.architect.offline.internal.catalog.Fact.REDESIGN);
    }

    /** The capacity plan alone. */
    public CapacityPlan capacity(ConsultationRequest request) {
        return figuresPlan(request).capacity();
    }

    /**
     * The plan for the figures, kept for the last request asked: the model path's grounding asks for a request's
     * capacity and then its cost, and one plan (a design pass, two over budget) serves both.
     */
    private Plan figuresPlan(ConsultationRequest request) {
        LastPlan last = lastPlan;
        if (last != null && last.request() == request) {
            return last.plan();
        }
        Plan p = plan(request);
        if (!StoppablePass.stopping()) { // a warm-up told to stop does not displace a consultation's plan
            lastPlan = new LastPlan(request, p);
        }
        return p;
    }

    private record LastPlan(ConsultationRequest request, Plan plan) {
    }

    /**
     * The dossier for a request.
     *
     * @param request the request
     * @param today the date of the consultation, against which the dates the request states ("live by 2027-04-15") are read
     * @return the dossier
     */
    public Consultation assemble(ConsultationRequest asked, java.time.LocalDate today) {
        ConsultationRequest request = dev.architect.offline.internal.rules.SignIn.withNamedIssuer(CountryResidency.deployed(asked));
        Plan p = plan(request);
        Workload w = p.workload();
        Architecture a = p.architecture();
        Topology t = p.topology();
        Optional<Tenancy> tenancy = Tenancy.of(request, t);
        // Tenants kept apart in every store that holds their data, not only in the relational database's rows.
        C4Model c4 = tenancy.isPresent() ? TenantStores.isolate(C4Builder.build(t, p.tech())) : C4Builder.build(t, p.tech());
        List<ApiSpec> unscoped = ApiBuilder.build(t, w.compliance().contains(ComplianceRegime.GDPR)
                || w.compliance().contains(ComplianceRegime.FADP) || w.compliance().contains(ComplianceRegime.LGPD));
        List<ApiSpec> apis = tenancy.map(x -> x.scope(unscoped)).orElse(unscoped);
        boolean audited = !a.compliance().isEmpty();
        boolean outbox = (t.style == Shapes.Style.MONOLITH || t.style == Shapes.Style.MONOLITH_SATELLITES) && t.messaging != Shapes.Messaging.STREAM
                && (t.externals.stream().anyMatch(Topology.External::async) || t.capabilities.stream().anyMatch(c -> c.is(ResourceFlow.NOTIFY)));
        List<String> warnings = new ArrayList<>();
        if (p.cost().budget().status() == BudgetStatus.OVER) {
            warnings.add(overBudget(p.cost()));
        }
        statedLoadMismatch(request, w).ifPresent(warnings::add);
        StatedDates.Read dates = StatedDates.read(request, today);
        warnings.addAll(dates.passed());
        RoadmapBuilder.Plan roadmap = RoadmapBuilder.build(w, t, request.goals(), RoadmapBuilder.deadlines(request.goals(), dates))
                .withChecks(GoalTargets.checks(request.goals(), request.description()));
        roadmap.lateWarning().ifPresent(warnings::add);
        dev.architect.dossier.Requirements requirements = RequirementsBuilder.build(request, w, t, p.sizing(), catalogue, dates.deadlines());
        Optional<dev.architect.dossier.OpenQuestion> residencyQuestion = CountryResidency.question(request, w);
        Optional<dev.architect.dossier.OpenQuestion> farUsersQuestion = FarUsersQuestion.of(request, a);
        Optional<dev.architect.dossier.OpenQuestion> rpoQuestion = RpoAcrossRegionsQuestion.of(a);
        List<dev.architect.dossier.OpenQuestion> textQuestions = new ArrayList<>(TextRateQuestions.of(p.textRates(), p.cost()));
        textQuestions.addAll(FleetCapacityQuestions.of(p.fleets(), p.cost()));
        // a stated volume several capabilities could write, or two that disagree for one part, is asked, never guessed
        textQuestions.addAll(StatedPartRates.of(request.description(), request.goals(), StatedFacts.read(request), w.capabilities(),
                request.actors().stream().map(dev.architect.request.Actor::name).toList(), 1).questions());
        // a mechanism with a hard requirement named only by a word in none of its roles is asked about, not designed
        textQuestions.addAll(UnsureArchetypeQuestions.of(request, w.capabilities()));
        // a capability whose verb two actors say they do is asked: whose act it is decides the flow's actor and its permission
        textQuestions.addAll(VerbActors.questions(request, w.capabilities()));
        if (roadmap.launchQuestion().isPresent() || residencyQuestion.isPresent() || farUsersQuestion.isPresent() || rpoQuestion.isPresent()
                || !textQuestions.isEmpty()) {
            List<dev.architect.dossier.OpenQuestion> questions = new ArrayList<>(requirements.openQuestions());
            roadmap.launchQuestion().ifPresent(questions::add);
            residencyQuestion.ifPresent(questions::add);
            farUsersQuestion.ifPresent(questions::add);
            rpoQuestion.ifPresent(questions::add);
            questions.addAll(textQuestions);
            requirements = new dev.architect.dossier.Requirements(requirements.functional(), requirements.qualityAttributes(),
                    requirements.constraints(), requirements.assumptions(), questions);
        }
        Metadata metadata = new Metadata(PROVIDER, MODEL, null, 0, 0, 0,
                List.of(stage("analyze"), stage("decide"), stage("design"), stage("plan")), warnings);
        List<dev.architect.dossier.Decision> decisions = pastItsLimit(asPriced(CountryResidency.stated(perService(DecisionWriter.write(a, c4, p.capacity()), t), request, w), p.tiers()), p.limits());
        // The rules the request states as sentences land in the data model, the commands, the sequences, the requirements
        // and the release checks
        RuleLandings.Landed stated = RuleLandings.land(request, DataModelBuilder.build(t, audited, valueTrail(w), a.auditBindsContentHash(), outbox),
                apis, SequenceBuilder.build(t, path -> tenancy.map(x -> x.scopePath(path)).orElse(path)), requirements, writers(t),
                exclusionConstraints(a.facts()));
        // who may see a record and what the server's clock decides land the same way
        AccessAndClockLandings.Landed kept = AccessAndClockLandings.land(request, stated.model(), stated.apis(), stated.sequences(), stated.requirements(), c4);
        List<String> checks = new java.util.ArrayList<>(stated.checks());
        checks.addAll(kept.checks());
        RuleLandings.Landed rules = new RuleLandings.Landed(kept.model(), kept.apis(), kept.sequences(), kept.requirements(), checks);
        RoadmapBuilder.Plan checked = roadmap.withChecks(rules.checks());
        // every clause that states a rule is kept or asked about: stated access rules first, then the ledger asks about each
        // clause no part of the design quotes
        return RuleLedger.asked(request, UnkeptAccessQuestions.asked(new Consultation(request.system(), summary(p), rules.requirements(),
                decisions, c4, rules.sequences(), rules.apis(), tenancy.map(x -> x.scope(rules.model(), c4)).orElseGet(rules::model),
                StackParts.listed(TechStackBuilder.build(a, t, p.tech()), c4, decisions), withAccessRisks(withFarUsersRisk(withResidencyRisk(withLaunchRisk(RiskBuilder.build(a, t, p.tech(), p.cost(), p.limits(), p.storeLoads(), request), roadmap), request, w), request, a), kept.risks()),
                ServiceQuotas.withQuotaChecks(OperationsBuilder.build(a, t, p.tech(), p.storeLoads()), p.limits()), p.capacity(), p.cost(),
                new Roadmap(checked.phases()),
                t.legacy ? MigrationBuilder.build(a, t, replaced(request, w), ExistingApi.of(request)) : null, metadata), request));
    }

    /**
     * Each table and the names of the capabilities that write it: a capability's own table, the tables its shape designs,
     * and an archetype's tables, written by the capabilities the archetype claims; the words a rule reaches its record by.
     */
    private static Map<String, List<String>> writers(Topology t) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Topology.Capability c : t.capabilities) {
            out.computeIfAbsent(c.resource().table(), k -> new ArrayList<>()).add(c.name());
            if (c.ownsShapedDesign()) {
                c.shaped().design().entities().forEach(e -> out.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(c.name()));
            }
        }
        for (Topology.Placement p : t.placements) {
            for (dev.architect.offline.internal.archetype.Archetype.EntityDef e : p.archetype().entities()) {
                out.computeIfAbsent(e.name(), k -> new ArrayList<>()).addAll(p.recognised().capabilities());
            }
        }
        return out;
    }

    /**
     * The system a migration replaces: the one the request describes, else the one its words name, described by the
     * sentence that names it.
     */
    private static dev.architect.request.ExistingSystem replaced(ConsultationRequest request, Workload w) {
        if (request.isRedesign()) {
            return request.existingSystem();
        }
        dev.architect.offline.internal.archetype.Evidence named = Archetypes.standard().replacing(request, w.capabilities()).orElseThrow();
        return new dev.architect.request.ExistingSystem("As the " + named.field().label() + " says: " + Names.capitalise(named.text())
                + (named.text().endsWith(".") ? "" : "."), List.of(), null);
    }

    /** The register with the risks of the access rules' records being served around them. */
    private static List<dev.architect.dossier.Risk> withAccessRisks(List<dev.architect.dossier.Risk> risks, List<dev.architect.dossier.Risk> access) {
        List<dev.architect.dossier.Risk> out = new java.util.ArrayList<>(risks);
        out.addAll(access);
        return out;
    }

    /** The register with where the data of each country named for residency must stay. */
    private static List<dev.architect.dossier.Risk> withResidencyRisk(List<dev.architect.dossier.Risk> risks, ConsultationRequest request, Workload w) {
        Optional<dev.architect.dossier.Risk> residency = CountryResidency.risk(request, w);
        if (residency.isEmpty()) {
            return risks;
        }
        List<dev.architect.dossier.Risk> all = new ArrayList<>(risks);
        all.add(residency.get());
        return all;
    }

    /** The register with the risk that users far from the one serving region miss the latency target (goal). */
    private static List<dev.architect.dossier.Risk> withFarUsersRisk(List<dev.architect.dossier.Risk> risks, ConsultationRequest request,
                                                                     dev.architect.offline.internal.rules.Architecture a) {
        Optional<dev.architect.dossier.Risk> far = FarUsersQuestion.risk(request, a);
        if (far.isEmpty()) {
            return risks;
        }
        List<dev.architect.dossier.Risk> all = new ArrayList<>(risks);
        all.add(far.get());
        return all;
    }

    /** The register with the risk a launch date raises (scope moved after it, or a date the plan misses). */
    private static List<dev.architect.dossier.Risk> withLaunchRisk(List<dev.architect.dossier.Risk> risks, RoadmapBuilder.Plan roadmap) {
        if (roadmap.launchRisk().isEmpty()) {
            return risks;
        }
        List<dev.architect.dossier.Risk> all = new ArrayList<>(risks);
        all.add(roadmap.launchRisk().get());
        return all;
    }

    /**
     * Whether the audit trail keeps the values a change replaced and why: the regimes whose records must show every change
     * (21 CFR Part 11, SOX's financial records) ask for it; elsewhere it would keep personal data that an erasure cannot reach.
     */
    private static boolean valueTrail(Workload w) {
        return w.compliance().contains(ComplianceRegime.FDA_PART_11) || w.compliance().contains(ComplianceRegime.SOX);
    }

    /**
     * With a service per capability each service owns its database, so the datastore decision says the chosen database
     * is per service: one model for the ADR, the C4 databases and their cost, not "one relational database" beside several.
     */
    static List<dev.architect.dossier.Decision> perService(List<dev.architect.dossier.Decision> decisions, Topology t) {
        List<String> databases = t.stores.keySet().stream().filter(id -> !id.equals(Topology.SEARCH_INDEX) && !id.equals(Topology.TELEMETRY_STORE)).toList();
        if (t.style != Shapes.Style.SERVICES || databases.size() < 2) {
            return decisions;
        }
        return decisions.stream().map(d -> d.topic() != DecisionTopic.DATASTORE ? d : perService(d, databases)).toList();
    }

    private static dev.architect.dossier.Decision perService(dev.architect.dossier.Decision d, List<String> databases) {
        String chosen = d.chosenOption() + " per service";
        List<dev.architect.dossier.DecisionOption> options = d.options().stream().map(o -> !o.name().equals(d.chosenOption()) ? o
                : new dev.architect.dossier.DecisionOption(chosen, o.summary(), o.pros(), o.cons(), o.cost(), o.complexity())).toList();
        List<dev.architect.dossier.Consequence> consequences = new ArrayList<>(d.consequences());
        consequences.add(dev.architect.dossier.Consequence.good("Each of the " + databases.size() + " services owns its database ("
                + String.join(", ", databases) + "); no service reads another's tables, so each changes its schema on its own"));
        consequences.add(dev.architect.dossier.Consequence.bad(databases.size() + " databases to run, back up and pay for, and queries across "
                + "services go through their APIs or events instead of joins"));
        return new dev.architect.dossier.Decision(d.id(), d.title() + " per service", d.topic(), d.status(), d.context(), d.drivers(), options,
                chosen, d.rationale(), consequences, d.relatedElements(), d.date(), d.supersedes(), d.supersededBy());
    }

    /**
     * The datastore decision names the tier its store is priced on when the cost prices a tier the chosen option does not
     * name (Hyperscale past General Purpose's largest size): the ADR and the cost describe the same database.
     */
    static List<dev.architect.dossier.Decision> asPriced(List<dev.architect.dossier.Decision> decisions, List<CostPlanner.PricedTier> tiers) {
        if (tiers.isEmpty()) {
            return decisions;
        }
        return decisions.stream().map(d -> {
            if (d.topic() != DecisionTopic.DATASTORE) {
                return d;
            }
            Optional<CostPlanner.PricedTier> tier = tiers.stream().filter(x -> d.relatedElements().contains(x.storeId())).findFirst()
                    .or(() -> tiers.stream().findFirst());
            return tier.map(x -> asPriced(d, x)).orElse(d);
        }).toList();
    }

    /**
     * The datastore decision says when its chosen store itself passes its product's documented maximum: a record that
     * weighs the options by how far each is past its ceiling cannot stay silent that the chosen one is past its own.
     */
    static List<dev.architect.dossier.Decision> pastItsLimit(List<dev.architect.dossier.Decision> decisions, List<CostPlanner.LimitNote> limits) {
        List<CostPlanner.LimitNote> passed = limits.stream().filter(l -> l.kind() == CostPlanner.LimitKind.PRODUCT_LIMIT).toList();
        if (passed.isEmpty()) {
            return decisions;
        }
        return decisions.stream().map(d -> {
            if (d.topic() != DecisionTopic.DATASTORE || !d.isInForce()) {
                return d;
            }
            List<dev.architect.dossier.Consequence> consequences = new ArrayList<>(d.consequences());
            passed.forEach(l -> consequences.add(new dev.architect.dossier.Consequence(dev.architect.dossier.ConsequenceKind.BAD,
                    "The chosen store itself passes its product's maximum: " + l.text() + "; before that month split the data (files to object "
                            + "storage, old history to an archive) or move " + l.element() + " to a store without this limit (see the risk register)")));
            return new dev.architect.dossier.Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(), d.options(),
                    d.chosenOption(), d.rationale(), consequences, d.relatedElements(), d.date(), d.supersedes(), d.supersededBy());
        }).toList();
    }

    private static dev.architect.dossier.Decision asPriced(dev.architect.dossier.Decision d, CostPlanner.PricedTier tier) {
        String chosen = d.chosenOption() + " on the " + tier.tier() + " tier";
        List<dev.architect.dossier.DecisionOption> options = d.options().stream().map(o -> !o.name().equals(d.chosenOption()) ? o
                : new dev.architect.dossier.DecisionOption(chosen, o.summary(), o.pros(), o.cons(), o.cost(), o.complexity())).toList();
        String rationale = d.rationale() + " The cost prices " + tier.storeId() + " on the " + tier.tier() + " tier: " + tier.why()
                + ". Its primary and its high-availability replica in another zone are the primary and standby this decision names, "
                + "each billed as a replica; an option with named replicas adds read replicas on top of them.";
        return new dev.architect.dossier.Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(), options,
                chosen, rationale, d.consequences(), d.relatedElements(), d.date(), d.supersedes(), d.supersededBy());
    }

    /**
     * A write rate the description states ("150,000 sensors every 30 seconds" is 5,000 writes/s) is used as stated, but a
     * reader must see when the load fields gave less: a peak with a ratio that gives 4,545 writes/s is not the same
     * system, and the peak the design is sized for is no longer the field's.
     */
    static Optional<String> statedLoadMismatch(ConsultationRequest request, Workload w) {
        if (w.loadBasis().isEmpty() || request.load() == null || request.load().peakRequestsPerSecond() == null) {
            return Optional.empty();
        }
        double fieldPeak = request.load().peakRequestsPerSecond();
        if (Math.abs(w.peakRps() - fieldPeak) <= fieldPeak * Workload.RATE_TOLERANCE) {
            // The peak is kept and the devices' writes are taken from it: worth a word only where a stated ratio gave fewer writes
            return request.load().readWriteRatio() == null ? Optional.empty() : Optional.of("load.peakRequestsPerSecond is "
                    + Numbers.format(fieldPeak) + " at " + Numbers.format(request.load().readWriteRatio()) + " reads per write, whose writes the"
                    + " description's devices alone reach: the peak is kept, the devices' writes are taken from it and people's part of it is"
                    + " split apart (" + w.loadBasis().get() + "); correct whichever is wrong");
        }
        return Optional.of("load.peakRequestsPerSecond is " + Numbers.format(fieldPeak) + " but the description states more writes: the design is sized for "
                + Numbers.format(w.peakRps()) + " requests/s at peak (" + w.loadBasis().get() + "); correct whichever is wrong");
    }

    private static StageMetrics stage(String name) {
        return new StageMetrics(name, 1, 0, 0, 0);
    }

    /** The cost note that names vendors central to the product left unpriced (CostOutlook's budget verdict). */
    private static final String BUDGET_UNPRICED = "[budget-unpriced]";

    /** The booking decision's option whose database refuses an overlap itself; it needs the engine that has exclusion constraints. */
    private static final String EXCLUSION_CONSTRAINT = "exclusion-constraint";

    /**
     * Whether the chosen store refuses an overlap itself: the booking decision's exclusion-constraint option can be built on
     * it (its required engine), or no relational engine was chosen and nothing says otherwise.
     */
    private boolean exclusionConstraints(dev.architect.offline.internal.catalog.Facts facts) {
        return catalogue.section("bookingConsistency").option(EXCLUSION_CONSTRAINT).required().stream()
                .allMatch(c -> !facts.has(c.fact()) || c.holds(facts));
    }

    /** The availability option's name as the ADR writes it (regions that hold no copy of one another are not a failover pair). */
    private static String availabilityAsApplied(Architecture a) {
        Choice applied = DecisionWriter.pinned(a.choice(DecisionTopic.AVAILABILITY), a);
        return applied.rule().nameAsApplied(applied).orElse(applied.chosen().name());
    }

    /**
     * The unit of the stated stream: writes, or device messages with the readings they carry where each carries several
     * ("9,000 device messages/s carrying 2,700,000 readings/s").
     */
    private static String streamUnit(StatedFacts stated, Workload w) {
        double readings = stated.readingsPerDeviceMessage();
        return readings > 1 ? " device messages/s carrying " + Numbers.format(Numbers.round(w.streamWrites() * readings, 2)) + " readings/s" : " writes/s";
    }

    private static String summary(Plan p) {
        Architecture a = p.architecture();
        Workload w = p.workload();
        StringBuilder sb = new StringBuilder();
        sb.append(w.system()).append(": ").append(lower(a.chosen(DecisionTopic.ARCHITECTURE_STYLE).name()))
                .append(" with ").append(w.capabilities().size()).append(" capabilities on ").append(p.tech().primaryStore)
                .append(", ").append(lower(a.chosen(DecisionTopic.CACHING).name()))
                .append(", ").append(lower(a.chosen(DecisionTopic.MESSAGING).name()))
                .append(", deployed on ").append(p.tech().platform).append(" (").append(lower(availabilityAsApplied(a)))
                .append("). Sized for ").append(w.streamWrites() > 0
                        ? Numbers.format(w.userRequestsPerSecond()) + " requests/s from people and a stream of " + Numbers.format(w.streamWrites())
                                + streamUnit(p.topology().stated, w) : Numbers.format(w.peakRps()) + " requests/s").append(" at peak with a ")
                .append(w.p99Ms()).append(" ms p99 and ").append(Numbers.format(w.availabilityPercent())).append("% availability. ")
                .append("Estimated ").append(Numbers.usd(p.cost().monthlyTotal())).append(" a month in month 1 and ")
                .append(Numbers.usd(p.cost().monthlyTotalAt(36).orElse(p.cost().monthlyTotal()))).append(" in month 36")
                // a later month that costs more is the one the budget verdict stands on: the summary says it too
                .append(BudgetCurve.costliest(p.cost()).month() > 36 && p.cost().budget().status() == BudgetStatus.OVER
                        ? " (" + Numbers.usd(BudgetCurve.peak(p.cost())) + " in month " + BudgetCurve.costliest(p.cost()).month() + ")" : "")
                .append(" at list prices of ")
                .append(p.cost().priceDate()).append(" (three-year TCO ").append(Numbers.usd(p.cost().threeYearTco())).append(")");
        BudgetFit fit = p.cost().budget();
        if (fit.monthlyUsd() != null) {
            sb.append(switch (fit.status()) {
                case OVER -> ", over the ";
                case WITHIN -> ", within the ";
                case UNKNOWN -> ", not known to fit the ";
            }).append(Numbers.usd(fit.monthlyUsd())).append(" budget");
        }
        // A vendor central to the product that is not priced is named in the summary, with its estimated range
        p.cost().assumptions().stream().filter(n -> n.startsWith(BUDGET_UNPRICED + " ")).findFirst()
                .ifPresent(n -> sb.append(" (").append(n.substring(BUDGET_UNPRICED.length()).strip()).append(')'));
        p.cost().options().stream().filter(dev.architect.dossier.CostOption::adopted).findFirst()
                .ifPresent(o -> sb.append(" after adopting a budget option that keeps every hard requirement: ").append(lower(o.title())));
        sb.append('.');
        if (!w.assumptions().isEmpty()) {
            int n = w.assumptions().size();
            sb.append(' ').append(n).append(n == 1 ? " figure is an assumption" : " figures are assumptions").append("; see the requirements.");
        }
        return sb.toString();
    }

    private static String lower(String name) {
        return dev.architect.offline.internal.catalog.Phrases.inSentence(name);
    }
}
