package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Shapes;
import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskStatus;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.OperationalBurden;
import dev.architect.offline.internal.catalog.Phrases;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.offline.internal.rules.Scored;
import dev.architect.request.ComplianceRegime;
import dev.architect.offline.internal.catalog.Facts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The risk register: from the budget, from each decision's weak spots and unmet conditions, from compliance, skills and assumptions. */
final class RiskBuilder {

    private final Architecture a;
    private final Topology t;
    private final List<Risk> risks = new ArrayList<>();
    /** Each store's load at peak as the cost lines give it: a store's risk and drill speak of its own writes. */
    private final List<CostPlanner.StoreLoad> storeLoads;
    /** The request, when known: a figure it states is never called unstated. */
    private dev.architect.request.ConsultationRequest request;

    private RiskBuilder(Architecture a, Topology t, List<CostPlanner.StoreLoad> storeLoads) {
        this.a = a;
        this.t = t;
        this.storeLoads = storeLoads;
    }

    /** The risks; {@code request}, when known, tells a figure it leaves out from one it states that the design replaced. */
    static List<Risk> build(Architecture a, Topology t, Technologies tech, CostEstimate cost, List<CostPlanner.LimitNote> limits,
                            List<CostPlanner.StoreLoad> storeLoads, dev.architect.request.ConsultationRequest request) {
        RiskBuilder b = new RiskBuilder(a, t, storeLoads);
        b.request = request;
        b.budget(cost);
        b.limits(limits);
        b.decisions(tech);
        b.compliance(tech);
        b.assumptions(tech);
        b.archetypes(tech);
        b.waitingRoom();
        return b.risks;
    }

    /**
     * The waiting room's own risk: an admission token is worth having, so it is shared, resold or farmed by bots that join
     * the queue many times; the contended command must accept only a token bound to its session, once.
     */
    private void waitingRoom() {
        if (!t.waitingRoom) {
            return;
        }
        String rate = a.facts().has(Fact.ADMISSION_RATE) ? Numbers.format(a.facts().number(Fact.ADMISSION_RATE)) + " people a second" : "its admission rate";
        add("risk-waiting-room-tokens", "Admission tokens are shared or farmed by bots",
                "The waiting room admits " + rate + " to a finite count that the surge contends for; a token is worth having, so it is copied to"
                        + " other sessions, sold, or collected by bots joining the queue from many addresses, and real people wait behind them",
                4, 4, "Bind each token to the session that joined (a hash of its session id in the signed token), make it single-use at the"
                        + " contended command (its id recorded as spent with the write), expire it after the session's minutes, and put a bot"
                        + " check (a challenge at the edge) on joining the queue; alert on one address or account joining many times",
                "Tech lead", List.of(id(DecisionTopic.SURGE_ABSORPTION)), List.of(WAITING_ROOM));
    }

    /** Each figure the cost found past a limit: a store past its product's maximum or one writer's capacity, a service past its quota. */
    private void limits(List<CostPlanner.LimitNote> limits) {
        List<String> datastore = a.find(DecisionTopic.DATASTORE).map(a::decisionId).stream().toList();
        for (CostPlanner.LimitNote limit : limits) {
            String element = limit.element();
            switch (limit.kind()) {
                case PRODUCT_LIMIT -> add("risk-product-limit-" + element, "Data outgrows the store's product limit", limit.text(), 4, 4,
                        "Plan sharding, archiving of old data or a store without this limit before that month; watch the size monthly",
                        "Tech lead", datastore, List.of(element));
                case WRITE_CAPACITY -> add("risk-write-capacity-" + element, "Writes outgrow one database writer", limit.text(), 4, 5,
                        "Partition " + element + " by key across writers, or move it to a store that scales writes, before launch; load-test the "
                                + "write path at the stated peak", "Tech lead", datastore, List.of(element));
                case SERVICE_LIMIT -> add("risk-service-limit-" + element, "Load passes a managed service's hard limit", limit.text(), 3, 4,
                        "Take the tier, quota or split the note names before launch and alert at 80% of the limit", "Tech lead", List.of(), List.of(element));
                case DEFAULT_QUOTA -> add("risk-default-quota-" + element, "Peak load passes a managed service's default quota", limit.text(), 4, 4,
                        "File the quota increase the note names as soon as the account exists and have it granted before launch; load-test at the "
                                + "stated peak against the raised quota, and alert on throttled requests and at 80% of the quota", "Tech lead", List.of(), List.of(element));
            }
        }
    }

    /** A part with its technology: "Realtime gateway (Amazon API Gateway WebSocket)", "Bank gateway on Amazon ECS". */
    private static String named(Topology.Part part) {
        String technology = part.technology();
        if (technology == null || technology.isBlank()) {
            return part.name();
        }
        return technology.startsWith(part.name()) ? technology : part.name() + " (" + technology + ")";
    }

    /**
     * The risks each recognised archetype carries, tied to its decisions and the containers it adds; the text names the
     * parts of this design the risk lands on, with their technology, so it reads as this system's risk.
     */
    private void archetypes(Technologies tech) {
        Facts design = GeneralRisksAndAlerts.standard().designFacts(a, t);
        java.util.Set<String> ids = new java.util.HashSet<>();
        risks.forEach(r -> ids.add(r.id()));
        for (Topology.Placement p : t.placements) {
            List<String> decisions = p.archetype().decisions().stream().map(d -> a.find(d.topic()))
                    .flatMap(java.util.Optional::stream).map(a::decisionId).distinct().toList();
            List<String> elements = new java.util.ArrayList<>(p.archetype().components().stream()
                    .map(c -> t.element(p, c.id())).flatMap(java.util.Optional::stream).toList());
            elements.add(p.unitId());
            // The parts the risk lands on, each with its technology: the archetype's own component, then the unit serving
            // it. A component that can stand in for the unit when its decision leaves it out (an outbox relay) is plumbing
            // the mechanism's risks do not land on.
            List<String> plumbing = p.archetype().components().stream().filter(c -> c.absentWhen() != null && c.absentWhen().standIn() != null)
                    .map(dev.architect.offline.internal.archetype.Archetype.Component::id).toList();
            List<String> parts = new ArrayList<>();
            t.parts.stream().filter(part -> elements.contains(part.id()) && !plumbing.contains(part.id())).findFirst()
                    .map(RiskBuilder::named).ifPresent(parts::add);
            t.units.stream().filter(u -> u.id().equals(p.unitId())).findFirst().ifPresent(u -> parts.add(u.name() + " (" + tech.service() + ")"));
            List<String> leftOut = leftOut(p);
            java.util.function.UnaryOperator<String> named = text -> externalsNamed(p, text);
            for (var template : p.archetype().risks()) {
                var r = template.withText(named);
                String id = "risk-" + Names.slug(r.title());
                // A risk that names a part this design left out (the stream when readings are written directly) is not this design's.
                boolean onLeftOut = dev.architect.offline.internal.catalog.Words.of(r.title() + ". " + r.description() + ". " + r.mitigation())
                        .containsAny(leftOut);
                if (!onLeftOut && GeneralRisksAndAlerts.holds("archetype " + p.archetype().id() + " risk " + r.title(), r.when(), design) && ids.add(id)) {
                    String description = parts.isEmpty() ? r.description()
                            : r.description() + "; in " + a.workload().system() + " this lands on " + Names.list(parts.stream().map(this::theNamed).toList());
                    String mitigation = parts.isEmpty() ? r.mitigation()
                            : "For " + theNamed(parts.get(0)) + ": " + Phrases.inSentence(r.mitigation());
                    add(id, r.title(), description, r.likelihood(), r.impact(), mitigation, "Tech lead", decisions,
                            elements.stream().distinct().toList());
                }
            }
        }
    }

    /**
     * The text with each {@code {external:ID}} replaced by the name of the system this design connects for that external
     * of the archetype: the request's own integration where one matched ("Canvas LMS"), else the one the design added, so
     * a risk names the integration and the data the request states, not another domain's.
     */
    private String externalsNamed(Topology.Placement p, String text) {
        if (text == null || !text.contains(EXTERNAL_TOKEN)) {
            return text;
        }
        String out = text;
        for (var e : p.externals().entrySet()) {
            String name = t.externals.stream().filter(x -> x.id().equals(e.getValue())).map(Topology.External::name).findFirst()
                    .orElseThrow(() -> new IllegalStateException("archetype " + p.archetype().id() + ": external " + e.getKey() + " is not placed"));
            out = out.replace(EXTERNAL_TOKEN + e.getKey() + "}", name.replace(" (to be chosen)", ""));
        }
        if (out.contains(EXTERNAL_TOKEN)) {
            throw new IllegalStateException("archetype " + p.archetype().id() + ": a risk names an external it does not have: " + out);
        }
        return out;
    }

    /** The start of a token that names one of the archetype's externals in its risks' text. */
    static final String EXTERNAL_TOKEN = "{external:";

    /**
     * The words that name an archetype's components this design leaves out: each one's name and its last word ("ingestion
     * stream", "stream"), unless a part the design keeps is called that too (a shared broker that is a stream).
     */
    private List<String> leftOut(Topology.Placement p) {
        Set<String> kept = new HashSet<>();
        t.parts.forEach(part -> kept.add(head(part.name())));
        t.units.forEach(u -> kept.add(head(u.name())));
        if (t.hasBroker()) {
            kept.add(t.messaging == Shapes.Messaging.STREAM ? "stream" : "queue");
            kept.add("broker");
        }
        List<String> out = new ArrayList<>();
        for (var c : p.archetype().components()) {
            if (c.absentWhen() != null && c.absentWhen().excludes(t.chosenShapes)) {
                String head = head(c.name());
                out.add(c.name().toLowerCase(java.util.Locale.ROOT));
                if (!kept.contains(head)) {
                    out.add(head);
                }
            }
        }
        return out;
    }

    /** The last word of a name, lower-cased: what a sentence calls the part ("the evaluator"). */
    private static String head(String name) {
        String[] words = name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** A part's name inside a sentence, with its article: "the outbox relay", "the Shelfmark application". */
    private String theNamed(String name) {
        return "the " + (name.startsWith(a.workload().system()) ? name : Phrases.inSentence(name));
    }


    private void budget(CostEstimate cost) {
        Workload w = a.workload();
        if (w.budgetUsd().isEmpty()) {
            return;
        }
        double budget = w.budgetUsd().get();
        // The costliest month of the run rate, as the cost's budget fit measures it: growth can break a budget month 1 meets,
        // and data that keeps growing can break it after month 36
        double total = BudgetCurve.peak(cost);
        dev.architect.dossier.RunRatePoint top = BudgetCurve.costliest(cost);
        String when = cost.monthlyTotalAt(36).map(m36 -> " in month 1 and " + Numbers.usd(m36) + " in month 36").orElse("")
                + (top.month() > 36 ? ", " + Numbers.usd(top.monthlyTotal()) + " in month " + top.month() : "");
        List<String> drivers = List.of(id(DecisionTopic.ARCHITECTURE_STYLE), id(DecisionTopic.DATASTORE), id(DecisionTopic.AVAILABILITY));
        if (total > budget) {
            double overPercent = (total / budget - 1) * 100;
            // An option priced in cost.md that fits the budget and keeps the hard requirements makes the overrun a choice.
            java.util.Optional<dev.architect.dossier.CostOption> fitting = cost.options().stream()
                    .filter(o -> o.fitsBudget() && o.keepsHardRequirements())
                    .min(java.util.Comparator.comparingInt((dev.architect.dossier.CostOption o) -> o.changes().size())
                            .thenComparingDouble(o -> Math.max(o.monthlyTotal(), o.month36Total())));
            int likelihood = overPercent <= 5 ? 3 : overPercent <= 25 ? 4 : 5;
            int impact = fitting.isPresent() ? (overPercent <= 5 ? 2 : 3) : (overPercent <= 5 ? 3 : 4);
            String remedy = fitting.map(o -> "Take the priced option \"" + o.title() + "\" (" + Numbers.usd(Math.max(o.monthlyTotal(), o.month36Total()))
                    + " a month at the costlier month; gives up " + Phrases.inSentence(o.givesUp()) + ") or commit")
                    .orElse("No priced option fits the budget without dropping a hard requirement: agree a larger budget or a smaller scope with "
                            + "the budget holder; meanwhile commit");
            add("risk-budget", "Run cost exceeds the budget", "Estimated " + Numbers.usd(cost.monthlyTotal()) + " a month" + when
                    + " at list prices against a budget of " + Numbers.usd(budget) + " (" + Numbers.format(Numbers.round(overPercent, 1))
                    + "% over at the costlier month; cheaper options are priced in cost.md)", likelihood, impact,
                    remedy + " to one- or three-year savings plans or reservations (typically 30-50% off compute and databases), right-size "
                            + "after a load test, and revisit the costliest line items with the budget holder", "Engineering manager", drivers, List.of());
        } else if (cost.budget() != null && cost.budget().status() == dev.architect.dossier.BudgetStatus.OVER && !cost.budget().unpriced().isEmpty()) {
            // the priced lines fit, but the verdict is over because even the low end of what is not priced takes it over: the
            // risk says so, never "little headroom" beside an over verdict
            String vendors = Names.list(cost.budget().unpriced());
            add("risk-budget", "Unpriced vendors take the run cost over the budget", "The priced lines (" + Numbers.usd(cost.monthlyTotal()) + " a month"
                    + when + ") fit the " + Numbers.usd(budget) + " budget, but " + vendors + ", not priced, take" + (cost.budget().unpriced().size() == 1 ? "s" : "")
                    + " it over by at least " + Numbers.usd(cost.budget().gapUsd()) + " at the low end of the estimate in cost.md", 4, 3,
                    "Get a count of the messages or calls (or a quote) for " + vendors + " before launch, cap what is sent per user, and agree the "
                            + "budget with the budget holder", "Engineering manager", drivers, List.of());
        } else if (total > budget * 0.8) {
            add("risk-budget", "Little headroom in the budget", "Estimated " + Numbers.usd(total) + " a month uses "
                    + Numbers.format(total / budget * 100) + "% of the " + Numbers.usd(budget) + " budget; growth will exceed it", 3, 3,
                    headroomRemedy(cost), "Engineering manager", drivers, List.of());
        }
    }

    /**
     * What to do about little headroom: reservations where the price does not take them yet; where the design already
     * adopted a budget option (a commitment is in the price), that option named as taken, and the largest line checked
     * before launch instead, so the risk never advises what the cost has done.
     */
    private static String headroomRemedy(CostEstimate cost) {
        java.util.Optional<dev.architect.dossier.CostOption> adopted = cost.options().stream().filter(dev.architect.dossier.CostOption::adopted).findFirst();
        if (adopted.isEmpty()) {
            return "Set a cost-anomaly alert at 90% of the budget and plan reservations before launch";
        }
        String largest = cost.items().stream().max(java.util.Comparator.comparingDouble(dev.architect.dossier.CostLineItem::monthly))
                .map(i -> "; check the figures the largest line, " + i.name() + " (" + Numbers.usd(i.monthly()) + " a month), rests on before launch")
                .orElse("");
        return "Set a cost-anomaly alert at 90% of the budget; the price already takes '" + adopted.get().title() + "', so no cheaper way to buy "
                + "the same design is left" + largest;
    }

    private void decisions(Technologies tech) {
        Workload w = a.workload();
        for (Choice c : a.choices()) {
            Scored best = c.best();
            if (!best.fitsFully()) {
                Condition traded = best.missed().get(0);
                String product = c.chosen().technologyOn(w.cloud());
                add("risk-fit-" + Names.slug(c.chosen().id()), "Trade-off on " + traded.fact().label() + ": " + Phrases.inSentence(c.chosen().name()),
                        product + " is meant for " + Evidence.requirement(traded) + ", and " + w.system() + " has "
                                + Evidence.phrase(c.facts(), traded.fact()) + "; no option meets every driver, so this is the gap to carry", 3, 3,
                        "Confirm " + Evidence.phrase(c.facts(), traded.fact()) + (c.facts().isAssumed(traded.fact()) ? " (assumed)" : "")
                                + " with the product owner; if it holds, "
                                + "load-test or rehearse " + product + " at that figure before launch and revisit " + a.decisionId(c) + " if it grows",
                        "Tech lead", List.of(a.decisionId(c)), List.of());
            }
            if (best.familiarity() == Scored.Familiarity.UNFAMILIAR) {
                // A managed, low-burden tool is a smaller step to learn than one the team must operate itself.
                OperationalBurden burden = Scored.burden(best.entry(), c.facts());
                boolean light = burden == OperationalBurden.LOW;
                // heavier here than the pattern's own burden: on this cloud the team runs the product itself (EMQX on GKE)
                boolean selfRun = burden.compareTo(best.entry().operationalBurden()) > 0 || w.cloud() == dev.architect.request.Cloud.ON_PREMISES;
                String learnOn = dev.architect.offline.internal.catalog.SiteTerms.of(w.cloud()).learnOn();
                String product = c.chosen().technologyOn(w.cloud());
                add("risk-skills-" + Names.slug(c.chosen().id()), "The team has not run " + best.skill(c.facts()),
                        "The team lists " + c.facts().name(Fact.EXPERTISE) + " but not " + best.skill(c.facts()) + ", and "
                                + product + " has " + burden.label() + " operational burden" + (light ? "" : " for a team of "
                                + Numbers.format(c.facts().number(Fact.TEAM_SIZE))), light ? 2 : 3, light ? 2 : 3,
                        "Learning plan: two engineers build a spike on " + product + " in the first phase"
                                + (light ? " and write down its limits and failure modes"
                                : selfRun ? ", run it on " + learnOn + ", rehearse an upgrade and a scale-out, and write the runbooks"
                                : ", work through the vendor's training and write the runbooks")
                                // what they rehearse is what fails in this kind of part, with this request's figures
                                + (c.rule() != null && c.rule().topic() == DecisionTopic.DATASTORE
                                        ? Rehearsals.rehearse(c, w, Rehearsals.Store.busiest(c.facts(), storeLoads))
                                        : Rehearsals.rehearse(c, w, c.facts())).map(r -> "; before launch they " + r)
                                        .orElse("; before launch they rehearse a failure of it on " + learnOn + " under a load test at "
                                                + Evidence.phrase(c.facts(), Fact.PEAK_RPS)),
                        "Engineering manager", List.of(a.decisionId(c)), List.of());
            }
        }
        general(tech);
    }

    /** The general risks of general-risks-and-alerts.yaml whose conditions hold for this design. */
    private void general(Technologies tech) {
        GeneralRisksAndAlerts general = GeneralRisksAndAlerts.standard();
        // a store's risk speaks of the store's own writes (the busiest's, named, when there are several), not the system's
        Rehearsals.Store store = Rehearsals.Store.busiest(general.designFacts(a, t), storeLoads);
        Facts design = store.facts();
        Map<String, String> values = general.values(a, t, tech);
        values.put("storeWrites", Numbers.format(Numbers.round(design.number(Fact.PEAK_WRITES), 2)));
        values.put("storeNamed", store.named());
        Set<String> ids = new HashSet<>();
        risks.forEach(r -> ids.add(r.id()));
        for (GeneralRisksAndAlerts.RiskDef r : general.risks()) {
            if (GeneralRisksAndAlerts.holds("risk " + r.id(), r.when(), design) && ids.add(r.id())) {
                List<String> decisions = r.decisions().stream().map(a::find).flatMap(Optional::stream).map(a::decisionId).toList();
                List<String> elements = r.elements().stream().flatMap(role -> elements(role).stream()).distinct().toList();
                add(r.id(), GeneralRisksAndAlerts.fill(r.title(), values), GeneralRisksAndAlerts.fill(r.description(), values),
                        r.likelihood(), r.impact(), GeneralRisksAndAlerts.fill(r.mitigation(), values), r.owner(), decisions, elements);
            }
        }
    }

    /** The elements a role of the risks file stands for in this design. */
    private List<String> elements(String role) {
        return switch (role) {
            case "store" -> {
                String storeId = t.stores.containsKey(TELEMETRY_STORE) ? TELEMETRY_STORE : t.stores.keySet().stream()
                        .filter(s -> !s.equals(SEARCH_INDEX)).findFirst().orElse(null);
                yield storeId == null ? List.of() : List.of(storeId);
            }
            case "cache" -> t.hasCache() ? List.of(CACHE) : List.of();
            case "broker" -> t.hasBroker() ? List.of(BROKER) : List.of();
            case "gateway" -> t.gateway ? List.of(GATEWAY) : List.of();
            case "unit" -> List.of(t.units.get(0).id());
            case "legacy" -> List.of(dev.architect.offline.internal.rules.MigrationRule.LEGACY_ID);
            default -> throw new IllegalStateException(GeneralRisksAndAlerts.RESOURCE + ": unknown element role '" + role
                    + "' (store, cache, broker, gateway, unit or legacy)");
        };
    }

    private void compliance(Technologies tech) {
        String system = a.workload().system();
        // Where regulated data rests in this design: the primary store, and the cache when there is one.
        String stores = tech.primaryStore + (t.hasCache() ? " and " + tech.cache : "");
        for (Choice c : a.compliance()) {
            String adr = a.decisionId(c);
            List<String> storeIds = t.stores.keySet().stream().limit(2).toList();
            int before = risks.size();
            regimeRisk(c, tech, system, stores, adr, storeIds);
            suggestedBy(c.regime(), before);
        }
        for (ComplianceRegime regime : a.workload().compliance()) {
            if (a.compliance().stream().noneMatch(c -> c.regime() == regime)) {
                int before = risks.size();
                add("risk-" + Names.slug(regime.label()), regime.label() + " controls are not designed yet",
                        "The offline catalogue has no control set for " + regime.label() + ", so " + system + "'s design does not show them yet", 3, 4,
                        "Engage the assessor to map " + regime.label() + " controls onto " + stores + " before design freeze", "Security lead", List.of(), List.of());
                suggestedBy(regime, before);
            }
        }
    }

    /**
     * A regime the request's compliance field does not list but its facts suggest: the risks added for it since
     * {@code from} say so, with the evidence and the open question, so a reader sees why regime-specific advice is here.
     */
    private void suggestedBy(ComplianceRegime regime, int from) {
        String id = "as-compliance-" + regime.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        a.workload().assumptions().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(assumed -> {
            for (int i = from; i < risks.size(); i++) {
                Risk r = risks.get(i);
                String because = assumed.statement().replaceFirst(", and its compliance field.*$", "");
                risks.set(i, new Risk(r.id(), r.title(), r.description() + " (" + regime.label() + " is not stated but assumed: "
                        + Phrases.inSentence(because) + "; " + id + ")", r.likelihood(), r.impact(), r.mitigation(), r.owner(), r.status(),
                        r.relatedDecisions(), r.relatedElements()));
            }
        });
    }

    /** The risk the chosen control set of one regime carries in this design. */
    private void regimeRisk(Choice c, Technologies tech, String system, String stores, String adr, List<String> storeIds) {
        {
            switch (c.regime()) {
                case PCI_DSS -> add("risk-pci-scope", "Card data enters systems outside the segment",
                        "A form, log line or support tool of " + system + " that captures card numbers pulls it, and " + tech.primaryStore
                                + " with it, into PCI DSS scope", 2, 5,
                        (c.chosen().shape().equals("tokenisation") ? "Card numbers only in the provider's hosted fields, never in " + tech.primaryStore
                                : c.chosen().shape().equals("vault") ? "Card numbers only inside the vault's segment, tokens in " + tech.primaryStore
                                : "Card numbers only in the assessed components")
                                + "; scrub 13-19 digit numbers from " + tech.observability + " logs; quarterly scope review",
                        "Security lead", List.of(adr), storeIds);
                case HIPAA -> add("risk-phi-leak", "PHI leaks into logs, analytics or non-eligible services",
                        "Debug logs, error trackers or analytics pipelines of " + system + " receive PHI outside the BAA", 2, 5,
                        "Redact PHI at the logging layer before it reaches " + tech.observability + "; allow only BAA-eligible services on "
                                + tech.cloud.displayName() + "; review " + system + "'s data flows each release",
                        "Security lead", List.of(adr), storeIds);
                case GDPR -> add("risk-gdpr-erasure", "Erasure misses copies of personal data",
                        "Backups of " + stores + " and " + system + "'s logs keep copies of personal data after an erasure request", 3, 4,
                        "Crypto-shredding with per-person keys, or a documented expiry of " + tech.primaryStore + " backups; erasure tests in "
                                + system + "'s pipeline",
                        "Data protection officer", List.of(adr), storeIds);
                case FADP -> add("risk-fadp-disclosure-abroad", "Personal data is disclosed abroad without a safeguard",
                        "A processor or region of " + system + " outside Switzerland (an email, SMS or analytics vendor) receives personal data"
                                + " from " + stores + " in a country the Federal Council does not list as adequate, with no clauses in place", 3, 4,
                        "List every processor and its country before launch; standard contractual clauses adapted to Swiss law for each one"
                                + " outside the adequate countries; the privacy notice names them",
                        "Data protection officer", List.of(adr), storeIds);
                case LGPD -> add("risk-lgpd-transfer-abroad", "Personal data leaves Brazil without a safeguard",
                        "A processor or region of " + system + " outside Brazil (an email, SMS, maps or analytics vendor) receives personal"
                                + " data of people in Brazil from " + stores + " with no adequacy decision or standard contractual clauses"
                                + " of the ANPD in place, or a security incident is reported to the ANPD late", 3, 4,
                        "List every processor and its country before launch; the ANPD's standard contractual clauses in each contract"
                                + " with a processor outside Brazil; the data protection officer (encarregado) named in the privacy notice;"
                                + " an incident runbook that reports to the ANPD within three working days",
                        "Data protection officer", List.of(adr), storeIds);
                case SOC2 -> add("risk-soc2-drift", "Controls drift between audits",
                        "Manual changes to " + tech.platform + " and stale access to " + tech.primaryStore + " accumulate between audit windows", 3, 3,
                        "Policy-as-code checks on the " + tech.infrastructureAsCode() + " changes in " + system
                                + "'s pipeline and quarterly access reviews with evidence",
                        "Security lead", List.of(adr), List.of());
                case ISO_27001 -> add("risk-iso27001-lapse", "The ISMS lapses between surveillance audits",
                        "The risk register, statement of applicability and management reviews of " + system + " are not kept up "
                                + "between audits, so the surveillance audit finds nonconformities", 3, 3,
                        "An ISMS owner, quarterly management reviews and internal audits on the calendar; control evidence collected "
                                + "from the " + tech.infrastructureAsCode() + " pipeline", "Security lead", List.of(adr), List.of());
                case CCPA -> add("risk-ccpa-missed-copy", "A deletion or an opt-out misses a copy or a partner feed",
                        "Backups and logs of " + stores + ", and data already sent to advertising or analytics partners, keep a "
                                + "Californian's data after a deletion or a Do Not Sell or Share request", 3, 4,
                        "Check the stored opt-out before every outbound partner feed; deletion tests across " + stores
                                + " in the pipeline; every request and its answer logged for 24 months",
                        "Data protection officer", List.of(adr), storeIds);
                case SOX -> add("risk-sox-unapproved-change", "A change reaches the financial records without an independent approval",
                        "An emergency fix or a console change to " + system + "'s financial components skips segregation of duties, "
                                + "which the auditors report as a control deficiency", 3, 4,
                        "The pipeline refuses a deploy approved by its own author; break-glass changes logged and reviewed within a day; "
                                + "quarterly access review of " + tech.primaryStore, "Security lead", List.of(adr), storeIds);
                case FEDRAMP -> add("risk-fedramp-boundary", "A service outside the authorisation is used",
                        "A managed service or SaaS that " + system + " adopts is not authorised at its impact level, which "
                                + "continuous monitoring reports to the agency", 2, 5,
                        "An allow-list of authorised services enforced by cloud policy in the government region; monthly scans with "
                                + "a plan of actions and milestones for each finding", "Security lead", List.of(adr), List.of());
                case FDA_PART_11 -> add("risk-part11-unaudited-change", "A regulated record changes without a complete audit entry",
                        "A data fix, migration script or admin tool writes to " + tech.primaryStore + " outside the application, so "
                                + "no entry records who changed what, from which value to which, and why", 2, 5,
                        "Only the application's role writes regulated tables; audit_event is append-only in the database; data "
                                + "fixes pass through a validated, audited change procedure", "Quality assurance lead", List.of(adr), storeIds);
                case EIDAS -> add("risk-eidas-validation-lost", "Signatures stop verifying after their certificates expire",
                        "Documents signed in " + system + " lose their proof when the signing or time-stamp certificates expire or are "
                                + "revoked, years before the documents may be challenged", 2, 4,
                        "Keep signed documents as PAdES B-LTA with revocation data; re-time-stamp the archive before its time stamp "
                                + "expires; alert on certificate expiry", "Security lead", List.of(adr), storeIds);
                case FERPA -> add("risk-ferpa-disclosure", "Student records seen by staff with no educational interest in them",
                        "A reviewer, support agent or partner of " + system + " reads the records of students outside the courses or "
                                + "exams they serve, or records leave for a use the institution never agreed to", 3, 4,
                        "Scope every read by role and course or exam; log each disclosure with its purpose; review access per "
                                + "institution each term", "Security lead", List.of(adr), storeIds);
                case COPPA -> add("risk-coppa-collection-before-consent", "A child's data is collected before a parent consents",
                        "A feature of " + system + " added later (chat, profile, analytics) collects from an account under 13 that "
                                + "has no verifiable parental consent yet", 3, 4,
                        "Make the child flag part of every feature's checks; test each release with a child account; keep "
                                + "collection off until consent is recorded", "Privacy lead", List.of(adr), storeIds);
                case PSD2 -> add("risk-psd2-declined-without-sca", "Payments declined or charged back for missing authentication",
                        "Charges " + system + " makes after the customer has gone (damage fees, usage top-ups, renewals) are sent "
                                + "without a mandate or as customer-initiated, so issuers decline them or they come back as "
                                + "chargebacks", 3, 3,
                        "Set up a mandate with SCA at the first payment; flag later charges as merchant-initiated with its "
                                + "reference; watch the soft-decline rate", "Payments lead", List.of(adr), storeIds);
                default -> add("risk-" + Names.slug(c.regime().label()), c.regime().label() + " obligations are unmapped",
                        system + "'s controls are not yet traced to " + c.regime().label() + " requirements", 3, 3,
                        "Map the controls of " + system + " with the assessor", "Security lead", List.of(adr), List.of());
            }
        }
    }

    private void assumptions(Technologies tech) {
        Workload w = a.workload();
        List<String> missing = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        Double statedPeak = request == null || request.load() == null ? null : request.load().peakRequestsPerSecond();
        Double statedTarget = request == null || request.availability() == null ? null : request.availability().targetPercent();
        if (!w.isGiven("load.peakRequestsPerSecond")) {
            (statedPeak == null ? missing : replaced).add("peak load (" + Numbers.format(Numbers.round(w.peakRps(), 0)) + " requests/s assumed"
                    + (statedPeak == null ? "" : " in place of the stated " + Numbers.format(statedPeak)) + ")");
        }
        if (!w.isGiven("availability.targetPercent")) {
            (statedTarget == null ? missing : replaced).add("availability target (" + Numbers.format(w.availabilityPercent()) + "% assumed"
                    + (statedTarget == null ? "" : " in place of the stated " + Numbers.format(statedTarget) + "%") + ")");
        }
        if (!missing.isEmpty() || !replaced.isEmpty()) {
            String what = (missing.isEmpty() ? "" : w.system() + "'s request does not state its " + Names.list(missing))
                    + (missing.isEmpty() || replaced.isEmpty() ? "" : "; ")
                    + (replaced.isEmpty() ? "" : "the design sizes on its own " + Names.list(replaced) + ", for the reasons the assumptions give");
            add("risk-assumed-load", "Sizing rests on assumed figures", what + "; " + w.assumptions().size() + " figures in all are assumptions", 3, 3,
                    "Confirm the open questions before committing to capacity on " + tech.platform + " and " + tech.primaryStore + " or to contracts",
                    "Product owner", List.of(id(DecisionTopic.ARCHITECTURE_STYLE)), List.of());
        }
    }

    private String id(DecisionTopic topic) {
        return a.decisionId(a.choice(topic));
    }

    private void add(String id, String title, String description, int likelihood, int impact, String mitigation, String owner,
                     List<String> decisions, List<String> elements) {
        risks.add(new Risk(id, title, description, likelihood, impact, mitigation, owner, RiskStatus.OPEN, decisions, elements));
    }
}
