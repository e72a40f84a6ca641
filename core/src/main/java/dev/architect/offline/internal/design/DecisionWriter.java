package dev.architect.offline.internal.design;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.Complexity;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DecisionStatus;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.Condition;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.OperationalBurden;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Phrases;
import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import dev.architect.offline.internal.rules.Scored;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a rule's choice as an ADR in the request's own terms: the context states this system's figures and where
 * each came from; the rationale says why the chosen option suits those figures, how close they are to its limits,
 * what the team's skills add, how each runner-up fares on the same figures, which driver is traded when nothing fits
 * them all, and what change in the request would reopen the decision.
 */
final class DecisionWriter {

    /** A {name} placeholder in a sentence template. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}");

    private DecisionWriter() {
    }

    static List<Decision> write(Architecture a, C4Model c4, CapacityPlan capacity) {
        List<Decision> out = new ArrayList<>();
        // In a single-zone layout a primary-and-standby store runs without its zone-redundant mode, as the C4 model shows it.
        boolean oneZone = a.find(dev.architect.dossier.DecisionTopic.AVAILABILITY).map(c -> c.chosen().size("zones", 3) < 2).orElse(false);
        for (Choice choice : a.choices()) {
            Choice applied = pinned(shownWith(choice, capacity), a);
            out.add(productNamed(write(a, a.decisionId(choice), applied, c4), applied, a.workload().cloud(), oneZone, c4));
        }
        return platformLeavesOthersParts(out, c4);
    }

    /**
     * The deployment decision shapes the parts that run on its platform: a part built as another decision's chosen product
     * (a managed WebSocket gateway, a consumer on another service, a function at the edge) is that decision's, so the
     * deployment decision does not also claim it for its own platform.
     */
    private static List<Decision> platformLeavesOthersParts(List<Decision> decisions, C4Model c4) {
        return decisions.stream().map(d -> {
            if (d.topic() != dev.architect.dossier.DecisionTopic.DEPLOYMENT) {
                return d;
            }
            List<String> own = d.relatedElements().stream().filter(id -> c4.containers().stream().filter(k -> k.id().equals(id)).findFirst()
                    .map(k -> decisions.stream().noneMatch(o -> o != d && o.relatedElements().contains(id) && o.chosenOption().equals(k.technology())))
                    .orElse(true)).toList();
            return own.size() == d.relatedElements().size() ? d : new Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(),
                    d.options(), d.chosenOption(), d.rationale(), d.consequences(), own);
        }).toList();
    }

    /**
     * The decision with each option named by the product that implements it on the request's cloud ("Amazon MSK
     * (Apache Kafka)"), the pattern kept in the option's text; the catalogue's name where it names no product.
     */
    private static Decision productNamed(Decision d, Choice choice, Cloud cloud, boolean oneZone, C4Model c4) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Scored s : choice.shown()) {
            boolean standby = choice.rule().topic() == dev.architect.dossier.DecisionTopic.DATASTORE && s.entry().size("instances", 0) > 0;
            names.put(s.entry().name(), Technologies.inZones(optionName(s.entry(), choice, cloud), oneZone && standby));
        }
        // A time-series or wide-column primary keeps reference data in the relational product (the C4 model and stack
        // draw both); the chosen option says so, so the relational product is not read as rejected while it runs.
        Shapes.Store store = choice.rule().topic() == dev.architect.dossier.DecisionTopic.DATASTORE
                ? Shapes.of(Shapes.Store.class, choice.shape()) : null;
        if (store == Shapes.Store.TIME_SERIES || store == Shapes.Store.WIDE_COLUMN) {
            String reference = Technologies.inZones(choice.section().option("relational-single").technologyOn(cloud), oneZone);
            // only where the C4 model draws that store: with a store per service and none holding reference data there is none
            if (c4.containers().stream().anyMatch(k -> k.technology().equals(reference))) {
                names.computeIfPresent(choice.chosen().name(), (k, product) -> product + ", with reference data in " + reference);
            }
        }
        // A design fact set after the decision may change what the chosen option is (regions that hold no copy of one another).
        java.util.Optional<String> renamed = choice.rule().nameAsApplied(choice);
        renamed.ifPresent(applied -> names.put(choice.chosen().name(), applied));
        // The option's text starts with the pattern it implements when the name is a product ("Log-based event streaming: ...").
        List<DecisionOption> options = d.options().stream().map(o -> {
            String name = names.getOrDefault(o.name(), o.name());
            boolean product = !name.equals(o.name()) && !(renamed.isPresent() && o.name().equals(choice.chosen().name()));
            String summary = product ? o.name() + ": " + o.summary() : o.summary();
            return new DecisionOption(name, summary, o.pros(), o.cons(), o.cost(), o.complexity());
        }).toList();
        return new Decision(d.id(), d.title(), d.topic(), d.status(), d.context(), d.drivers(), options,
                names.getOrDefault(d.chosenOption(), d.chosenOption()), d.rationale(), d.consequences(), d.relatedElements());
    }

    /**
     * An option as the product that implements it on the request's cloud ("Amazon MSK"), or its pattern name when the
     * catalogue names no product; the pattern is added when two shown options would otherwise share a product name.
     */
    private static String optionName(CatalogueEntry e, Choice choice, Cloud cloud) {
        String product = e.technologyOn(cloud);
        long same = choice.shown().stream().filter(s -> s.entry().technologyOn(cloud).equals(product)).count();
        return same > 1 && !product.equals(e.name()) ? product + " (" + e.name() + ")" : product;
    }

    /**
     * The availability choice told that a compliance decision (made after it) pins personal data to each person's home
     * region, so its ADR does not promise a replicated copy of the data in another region.
     */
    static Choice pinned(Choice choice, Architecture a) {
        if (choice.rule().topic() != dev.architect.dossier.DecisionTopic.AVAILABILITY || !a.pinsDataToHomeRegion()) {
            return choice;
        }
        return new Choice(choice.rule(), choice.section(), choice.ranked(), choice.drivers(),
                choice.facts().with(Fact.HOME_REGION_PINNING, true, false, "the compliance decision"), choice.regime(), choice.namedBy());
    }

    /**
     * The choice with the instance count the capacity plan settled on (after the availability layout adds one per
     * zone), so an ADR never states a different count from the cost; the rule itself weighed the load alone.
     */
    private static Choice shownWith(Choice choice, CapacityPlan capacity) {
        Facts f = choice.facts();
        Facts shown = f;
        for (java.util.Map.Entry<Fact, String> quoted : QUOTED_FROM_CAPACITY.entrySet()) {
            Fact fact = quoted.getKey();
            if (!shown.has(fact)) {
                continue;
            }
            Optional<dev.architect.dossier.Estimate> e = capacity.estimate(quoted.getValue());
            if (e.isPresent() && !sameFigure(shown.number(fact), e.get().value())) {
                shown = shown.with(fact, e.get().value(), shown.isAssumed(fact), "the capacity plan: " + e.get().basis());
            } else if (e.isPresent() && (fact == Fact.APP_INSTANCES || fact == Fact.STORE_READ_CAPACITY)) {
                // the same figure, but the plan's basis names the store and layout as priced
                shown = shown.with(fact, e.get().value(), shown.isAssumed(fact), "the capacity plan: " + e.get().basis());
            }
        }
        if (shown == f) {
            return choice;
        }
        return new Choice(choice.rule(), choice.section(), choice.ranked(), choice.drivers(), shown, choice.regime(), choice.namedBy());
    }

    /**
     * Figures an ADR quotes that the capacity plan also states, by the plan's estimate id: the ADR quotes the plan's
     * figure (one source), so the data held after five years a retention per class shrinks, or the connections the
     * request states, or the read capacity of the store that takes the reads as it is priced, read the same in the decision as
     * in the capacity plan and the cost.
     */
    private static final java.util.Map<Fact, String> QUOTED_FROM_CAPACITY = new java.util.EnumMap<>(java.util.Map.of(
            Fact.APP_INSTANCES, "app-instances",
            Fact.STORAGE_5Y_GB, "data-5y",
            Fact.CONCURRENT_CONNECTIONS, "concurrent-connections",
            Fact.STORE_READ_CAPACITY, "store-reads"));

    private static boolean sameFigure(double a, double b) {
        return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.005);
    }

    private static Decision write(Architecture a, String id, Choice choice, C4Model c4) {
        Facts f = choice.facts();
        String system = a.workload().system();
        Workload w = a.workload();
        List<String> drivers = choice.drivers().stream().map(d -> Evidence.driver(f, d)).toList();
        Cloud cloud = a.workload().cloud();
        Scored best = choice.best();
        // The chosen option as this design applies it (data pinned to home regions is not replicated): its summary and first con
        List<DecisionOption> options = choice.shown().stream().map(s -> option(s, best, f, a.workload(), cloud,
                s.entry() == best.entry() ? choice.rule().summaryAsApplied(choice) : java.util.Optional.empty(),
                s.entry() == best.entry() ? choice.rule().strengthAsApplied(choice) : java.util.Optional.empty(),
                s.entry() == best.entry() ? choice.rule().pricePaid(choice) : java.util.Optional.empty())).toList();
        String chosen = "this choice"; // the consequences sit under the chosen option's name
        List<Consequence> consequences = new ArrayList<>();
        // The catalogue's pros are in the options section; here the good consequences are this request's margins.
        List<Condition> margins = cited(best.met()).stream().filter(c -> telling(c, f) && !narrow(c, f)).limit(2).toList();
        if (margins.isEmpty()) {
            consequences.add(Consequence.good(Names.capitalise(choice.rule().strengthAsApplied(choice)
                    .orElseGet(() -> fill(best.entry().pros().get(0), f, w, best.entry().technologyOn(cloud))))));
        }
        String named = lower(choice.rule().nameAsApplied(choice).orElse(best.entry().name()));
        margins.forEach(c -> consequences.add(Consequence.good(Names.capitalise(argued(margin(c, f, named,
                LoadSources.figure(Evidence.phrase(f, c.fact()), c.fact(), w)), best.entry(), c, f, w, cloud)))));
        if (best.familiarity() == Scored.Familiarity.KNOWN) {
            consequences.add(Consequence.good(system + "'s team already runs " + best.skill(f) + ", so " + named + " needs no new hire and no "
                    + "learning plan before " + (w.capabilities().isEmpty() ? "launch" : join(w.capabilities()) + " go live")));
        }
        String paid = choice.rule().pricePaid(choice)
                .orElseGet(() -> clause(sourced(best.entry().cons().get(0), f, w, best.entry().technologyOn(cloud)), system));
        consequences.add(Consequence.bad("What " + system + " gives up with " + named + ": " + paid));
        best.missed().forEach(c -> consequences.add(c.missedAsLooserTarget(f)
                ? new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL, "For " + system + ", " + Evidence.phrase(f, c.fact()) + " is looser than the "
                        + c.fact().format(c.bound().orElseThrow()) + " " + chosen + " is built for, so part of what it offers goes unused")
                : Consequence.bad(gap(c, f, w, named).map(g -> Names.capitalise(g) + "; the risk register holds this trade-off")
                        .orElseGet(() -> "For " + system + ", " + argued(shortfall(f, c, system, chosen), best.entry(), c, f, w, cloud))
                        + "; " + stillWins(choice, c, f, w))));
        if (best.familiarity() == Scored.Familiarity.UNFAMILIAR) {
            consequences.add(Consequence.bad(system + "'s team, which lists " + f.name(Fact.EXPERTISE) + ", learns " + best.skill(f)
                    + " before launch; the risk register holds the learning plan"));
        }
        budgetTrade(choice).ifPresent(dearer -> consequences.add(Consequence.bad("To stay near its budget, " + system + " gives up "
                + lower(dearer.entry().name()) + "; revisit this decision if the budget grows to the design's first estimate")));
        consequences.addAll(choice.rule().extraConsequences(choice));
        return new Decision(id, choice.rule().title(choice), choice.rule().topic(), DecisionStatus.PROPOSED,
                context(choice, a.workload()), drivers, options, best.entry().name(), rationale(choice, a.workload()), consequences,
                choice.rule().relatedElements(choice, c4));
    }

    /**
     * Why the chosen option is kept although it misses one of its own conditions: the request names it, or the nearest
     * alternative falls short too (by more on its own figure, or as well), said in this request's figures.
     */
    static String stillWins(Choice choice, Condition missed, Facts f, Workload w) {
        String system = w.system();
        if (choice.namedBy() != null) {
            return system + " takes that trade because the request names " + choice.namedBy();
        }
        Optional<Scored> next = choice.shown().stream().skip(1).findFirst();
        if (next.isPresent() && next.get().missed().isEmpty()) {
            // the alternative meets this figure, and lost on something else: that is the trade, said as the comparison says it
            return system + " takes that trade: " + lower(compare(choice.best(), next.get(), f, w,
                    choice.rule().nameAsApplied(choice).orElse(choice.best().entry().name())));
        }
        return next.map(r -> {
            Condition worst = r.missed().stream().min(Comparator.comparingDouble(c -> c.fit(f))).orElseThrow();
            boolean wider = worst.fit(f) < missed.fit(f);
            return system + " takes that trade because " + lower(r.entry().name()) + ", the nearest alternative, "
                    + (wider ? "would miss by more: " : "falls short as well: ") + shortfall(f, worst, system, "it");
        }).orElse(system + " takes that trade because the catalogue offers no other option for it");
    }

    private static String context(Choice choice, Workload workload) {
        Facts f = choice.facts();
        String system = workload.system();
        String problem = problem(choice, workload);
        boolean worded = !problem.equals(choice.section().question());
        // a worded problem cites its own figures; the drivers list every one with where it came from
        List<String> stated = worded ? List.of() : choice.drivers().stream().filter(d -> !f.isAssumed(d)).map(d -> Evidence.phrase(f, d)).toList();
        List<Fact> assumedFacts = choice.drivers().stream().filter(f::isAssumed).toList();
        List<String> assumed = assumedFacts.stream().map(d -> Evidence.phrase(f, d)).toList();
        StringBuilder sb = new StringBuilder(problem);
        if (!stated.isEmpty()) {
            sb.append(" For ").append(system).append(" the request sets ").append(join(stated)).append('.');
        }
        if (!assumed.isEmpty()) {
            // named by what the request leaves out ("global audience"), then what this decision assumes in its place
            sb.append(" The request for ").append(system).append(" does not state its ")
                    .append(join(assumedFacts.stream().map(Fact::label).distinct().toList())).append(", so this decision assumes ")
                    .append(join(assumed)).append("; ").append(atStake(choice, assumedFacts)).append('.');
        }
        if (choice.regime() != null) {
            // a regime the compliance field does not list is designed for on the request's own words: the ADR quotes them
            workload.assumptions().stream().filter(x -> x.topic().equals("compliance") && x.value().equals(choice.regime().label()))
                    .findFirst().ifPresent(x -> sb.append(' ').append(x.statement()).append('.'));
        }
        return sb.toString();
    }

    /**
     * What an assumed figure puts at stake: the runner-up that weighs it and so could win on another answer, else the
     * choice itself.
     */
    private static String atStake(Choice choice, List<Fact> assumed) {
        return choice.shown().stream().skip(1)
                .filter(s -> java.util.stream.Stream.concat(s.met().stream(), s.missed().stream()).anyMatch(c -> assumed.contains(c.fact())))
                .findFirst()
                .map(s -> "the open questions ask for it, since another answer could favour " + lower(s.entry().name()) + " over "
                        + lower(choice.best().entry().name()))
                .orElse("the open questions ask for it, since another answer could change the case for " + lower(choice.best().entry().name()));
    }

    /**
     * The question this decision answers, in the request's own terms when the catalogue words it for a system (its
     * capabilities by name, its regions, its figures); the catalogue's general question when a figure it cites is missing.
     */
    private static String problem(Choice choice, Workload workload) {
        String template = choice.section().context();
        if (template == null || template.contains("{capabilityList}") && workload.capabilities().isEmpty()
                || template.contains("{regionList}") && workload.regions().isEmpty()) {
            return choice.section().question();
        }
        Facts f = choice.facts();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            Optional<Fact> fact = Fact.byKey(m.group(1));
            if (fact.isPresent() && !f.has(fact.get())) {
                return choice.section().question();
            }
        }
        return Names.capitalise(fill(template, f, workload, choice.best().entry().technologyOn(workload.cloud()))) + ".";
    }

    private static DecisionOption option(Scored s, Scored best, Facts f, Workload w, Cloud cloud, java.util.Optional<String> summary,
                                         java.util.Optional<String> firstPro, java.util.Optional<String> firstCon) {
        String system = w.system();
        CatalogueEntry e = s.entry();
        String product = e.technologyOn(cloud);
        List<String> pros = new ArrayList<>(e.pros().stream().map(t -> Names.capitalise(fill(t, f, w, product))).toList());
        firstPro.ifPresent(pro -> pros.set(0, Names.capitalise(pro)));
        // Yes/no traits the option is made for are in the drivers already; a pro is a figure with the room it leaves.
        cited(s.met()).stream().filter(c -> telling(c, f)).forEach(c -> pros.add(Names.capitalise(argued(margin(c, f, "it"), e, c, f, w, cloud))));
        if (s.familiarity() == Scored.Familiarity.KNOWN) {
            pros.add(system + "'s team already runs " + s.skill(f) + ", alongside " + others(f, s.skill(f)));
        }
        List<String> cons = new ArrayList<>(e.cons().stream().map(t -> Names.capitalise(fill(t, f, w, product))).toList());
        firstCon.ifPresent(con -> cons.set(0, Names.capitalise(con)));
        // A trait or category the option is built for and this request lacks is argued once, in the rationale's comparison.
        s.missed().stream().filter(c -> c.bound().isPresent()).forEach(c -> cons.add(Names.capitalise(argued(shortfall(f, c, system, "it"), e, c, f, w, cloud))));
        if (s.familiarity() == Scored.Familiarity.UNFAMILIAR) {
            cons.add("New to " + system + "'s team, which lists " + f.name(Fact.EXPERTISE) + " but not " + s.skill(f));
        }
        // Which of this system's figures the option answers, by name rather than as a count of conditions.
        int figures = s.met().size() + s.missed().size();
        // the figures it fits, named, so the summary says what in this request it answers
        List<String> fitted = s.met().stream().map(c -> Evidence.phrase(f, c.fact())).distinct().toList();
        // The catalogue's description and this system's fit are one sentence: what the option is, then what it answers here.
        String fit = s.fitsFully() ? (fitted.isEmpty() ? "it fits every figure of " + system + " it depends on"
                : "in " + system + " it fits what it depends on: " + join(fitted))
                : "for " + system + " it falls short on " + join(s.missed().stream().map(c -> c.fact().label()).distinct().toList())
                        + (figures == 1 ? ", the one figure it depends on" : figures == s.missed().size() ? ", all the figures it depends on"
                        : ", among the " + figures + " figures it depends on");
        return new DecisionOption(e.name(), summary.orElse(e.summary()) + "; " + fit + ". " + licence(s, best, f, w, cloud) + ".",
                pros, cons, e.cost() + "; " + burden(s, best, f, w), e.complexity());
    }

    /**
     * An option's licence and maturity in this system's terms: for the chosen option, what they mean to the team that
     * will run it; for a runner-up, set against the chosen product's, so a reader sees whether they differ at all.
     */
    static String licence(Scored s, Scored best, Facts f, Workload w, Cloud cloud) {
        CatalogueEntry e = s.entry();
        String terms = "Licence: " + e.licence() + "; maturity: " + e.maturity();
        String system = w.system();
        if (s.entry() == best.entry()) {
            // The team's fit is said here, once per ADR, only where it tells: a skill it already runs, or one it must learn.
            return terms + switch (s.familiarity()) {
                case KNOWN -> ", on " + s.skill(f) + ", which " + system + "'s team already runs";
                case UNFAMILIAR -> ", for " + system + "'s team to learn before launch, as it lists " + f.name(Fact.EXPERTISE) + " but not " + s.skill(f);
                default -> "";
            };
        }
        CatalogueEntry chosen = best.entry();
        // Named mid-sentence: an option with no product of its own ("No broker") is written as a phrase, a product by its name
        String product = chosen.technologyOn(cloud).equals(chosen.name()) ? lower(chosen.name()) : chosen.technologyOn(cloud);
        boolean sameLicence = chosen.licence().equals(e.licence());
        boolean sameMaturity = chosen.maturity().equals(e.maturity());
        if (sameLicence && sameMaturity) {
            return terms + ", the same terms as " + product + ", chosen for " + system + ", so the figures above decide between them";
        }
        return terms + ", where " + system + "'s choice, " + product + ", is " + (sameMaturity ? "as " : "") + chosen.maturity()
                + (sameLicence ? ", with the same licence" : ", with licence " + chosen.licence());
    }

    /**
     * What running the option asks of the team, as a level; for the chosen option, once per ADR, the team that will
     * carry it ("for PawChart's team of 4"). The team's size is not stamped on every runner-up: whether the team knows
     * an option is among its pros or cons.
     */
    private static String burden(Scored s, Scored best, Facts f, Workload w) {
        String level = "operational burden " + Scored.burden(s.entry(), f).label();
        if (s.entry() != best.entry()) {
            return level;
        }
        return level + (f.has(Fact.TEAM_SIZE) ? " for " + w.system() + "'s team of " + Numbers.format(f.number(Fact.TEAM_SIZE))
                : " for " + w.system() + "'s team");
    }

    private static String rationale(Choice choice, Workload w) {
        String system = w.system();
        Facts f = choice.facts();
        Scored best = choice.best();
        String chosen = choice.rule().nameAsApplied(choice).orElse(best.entry().name());
        List<String> sentences = new ArrayList<>();
        if (choice.namedBy() != null) {
            // The request named the integration that does this job: it is the design's, and what it trades is said, not hidden.
            sentences.add("The request names " + choice.namedBy() + ", so " + lower(chosen) + " is chosen for " + system
                    + (best.fitsFully() ? "" : "; it trades " + Evidence.phrase(f, best.missed().get(0).fact()) + " ("
                    + shortfall(f, best.missed().get(0), system, "it") + "), which the risk register records for its owner to confirm or change"));
        } else if (best.fitsFully()) {
            List<Condition> telling = cited(best.met()).stream().filter(c -> telling(c, f)).toList();
            // A bound met by a hair is no argument for the option: it is said as the narrow fit it is, after the reasons.
            List<Condition> strong = telling.stream().filter(c -> !narrow(c, f)).toList();
            List<Condition> thin = telling.stream().filter(c -> narrow(c, f)).toList();
            // The first figure carries where it comes from and why it matters to the option; the rest are listed as further evidence.
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < strong.size(); i++) {
                Condition c = strong.get(i);
                String figure = i == 0 ? margin(c, f, "it", LoadSources.figure(Evidence.phrase(f, c.fact()), c.fact(), w)) : margin(c, f, "it");
                reasons.add(i == 0 ? argued(figure, best.entry(), c, f, w, Cloud.of(f.name(Fact.CLOUD))) : figure);
            }
            sentences.add(reasons.isEmpty() ? chosen + " is chosen for " + system + strength(choice, f, w)
                    : lead(chosen, system, strong.get(0)) + join(reasons));
            thin.forEach(c -> sentences.add("The fit on " + c.fact().label() + " is narrow: " + margin(c, f, lower(chosen))
                    + "; it is the first figure to check again as " + system + " changes"));
        } else {
            Condition traded = best.missed().get(0);
            List<String> kept = best.met().stream().map(c -> Evidence.phrase(f, c.fact())).distinct().toList();
            sentences.add("No option fits every driver of " + system + ", so " + lower(chosen) + (kept.isEmpty() ? "" : " keeps " + join(kept) + " and")
                    + " trades " + traded.fact().label() + ": " + gap(traded, f, w, "it").orElseGet(() -> shortfall(f, traded, system, "it")));
            choice.shown().stream().skip(1).findFirst().filter(r -> !r.missed().isEmpty()).ifPresent(r -> sentences.add(
                    "The nearest alternative, " + lower(r.entry().name()) + ", would instead fall short on "
                            + join(r.missed().stream().map(c -> Evidence.phrase(f, c.fact())).distinct().toList()) + ", a wider gap for "
                            + system + ", so the smaller one is the one to carry"));
            sentences.add("The risk register holds it as the trade-off on " + traded.fact().label() + ", for its owner to confirm "
                    + Evidence.phrase(f, traded.fact()) + (f.isAssumed(traded.fact()) ? ", which the request does not state," : "")
                    + " or change the design");
        }
        switch (best.familiarity()) {
            case KNOWN -> {
                String product = best.entry().technologyOn(Cloud.of(f.name(Fact.CLOUD)));
                sentences.add(system + "'s team already runs " + best.skill(f) + alongside(f, best.skill(f)) + (product.toLowerCase(Locale.ROOT)
                        .contains(best.skill(f).toLowerCase(Locale.ROOT)) ? ", which tips the balance toward " + lower(chosen)
                        : ", and those skills carry over to " + product + ", which tips the balance toward it"));
            }
            case UNFAMILIAR -> {
                if (Scored.burden(best.entry(), f) != OperationalBurden.LOW) {
                    sentences.add("Nobody on " + system + "'s team, which lists " + f.name(Fact.EXPERTISE) + ", runs " + best.skill(f) + " yet, but "
                            + lower(chosen) + " still fits these figures better, and the risk register plans how the team learns it");
                }
            }
            default -> { }
        }
        budgetTrade(choice).ifPresent(dearer -> sentences.add(system + " has " + Evidence.phrase(f, Fact.COST_PRESSURE) + ", so running cost weighs here: "
                + lower(chosen) + " is chosen over " + lower(dearer.entry().name()) + ", which " + (dearer.fit() >= best.fit() ? "fits these figures at least as well"
                : "comes close on these figures") + " but costs more to run (" + lower(dearer.entry().cost()) + "); what the budget trades away: "
                + clause(fill(dearer.entry().pros().get(0), f, w, dearer.entry().technologyOn(Cloud.of(f.name(Fact.CLOUD)))), system)));
        Optional<Scored> traded = budgetTrade(choice);
        for (Scored other : choice.shown().subList(1, choice.shown().size())) {
            if (traded.filter(t -> t == other).isEmpty()) { // the budget sentence already says why it lost
                sentences.add(compare(best, other, f, w, chosen));
            }
        }
        nearestChange(choice, f, w).ifPresent(sentences::add);
        return String.join(". ", sentences.stream().map(Names::capitalise).toList()) + ".";
    }

    /**
     * A figure set against an option's bound, followed by why that figure matters to the option when the catalogue
     * says so ("a team of 6 could grow 2.5-fold before reaching its ceiling of 15: one pipeline ... is what one team can
     * share"), so a pro or con argues instead of only stating the fact.
     */
    private static String argued(String figure, CatalogueEntry option, Condition c, Facts f, Workload w, Cloud cloud) {
        // one colon a sentence: a figure that already has one ("it is not needed: ...") takes the reason after a semicolon
        String joint = figure.contains(":") ? "; " : ": ";
        return option.because(c.fact()).map(why -> figure + joint + clause(fill(why, f, w, option.technologyOn(cloud)), w.system()))
                .orElse(figure);
    }

    /** The opening of the rationale, by what kind of figure carries the choice: room under a ceiling, a load it pays off at, a target. */
    private static String lead(String chosen, String system, Condition first) {
        if (first.fact().stricterWhenLower().isPresent()) {
            return chosen + " is what " + system + "'s own targets call for, since ";
        }
        if (first.fact() == Fact.TEAM_SIZE) {
            return chosen + " is sized to the team that will run " + system + ", since ";
        }
        return first.operator().startsWith("<") ? chosen + " carries " + system + "'s load with room to spare, since "
                : chosen + " pays its way at " + system + "'s load, since ";
    }

    /** The option that would have won without the budget, when the budget changed the choice. */
    static Optional<Scored> budgetTrade(Choice choice) {
        Scored unweighted = choice.ranked().stream().max(Comparator.comparingDouble(s -> s.score() + s.budgetCost())).orElseThrow();
        return unweighted == choice.best() || unweighted.budgetCost() == 0 ? Optional.empty() : Optional.of(unweighted);
    }

    /**
     * Why a runner-up lost, in this request's figures: the driver that decided it and by how much, or, when it fits as
     * well, what tips it (the team's skills, complexity this system would pay for).
     */
    private static String compare(Scored best, Scored other, Facts f, Workload w, String chosenName) {
        String system = w.system();
        String name = other.entry().name();
        if (!other.missed().isEmpty()) {
            Condition worst = other.missed().stream().min(Comparator.comparingDouble(c -> c.fit(f))).orElseThrow();
            List<String> more = other.missed().stream().filter(c -> c != worst).map(c -> c.fact().label()).distinct().toList();
            return rejected(best, other, worst, more, f, w, lower(chosenName));
        }
        if (!other.unpreferred().isEmpty()) {
            // a preference, not a fit: the option would work here, and the reason it scores lower is the catalogue's
            Condition c = other.unpreferred().get(0);
            Cloud cloud = Cloud.of(f.name(Fact.CLOUD));
            return name + " would work for " + system + " too, but scores lower with " + Evidence.phrase(f, c.fact()) + ": "
                    + other.entry().because(c.fact()).map(t -> clause(fill(t, f, w, other.entry().technologyOn(cloud)), system))
                            .orElse("it is the better way for " + meantFor(c) + ", and " + lower(chosenName) + " is the better way here");
        }
        if (other.familiarity() == Scored.Familiarity.UNFAMILIAR && best.familiarity() != Scored.Familiarity.UNFAMILIAR) {
            return name + " would carry the same figures, but " + system + "'s team, which lists " + f.name(Fact.EXPERTISE) + ", would first have to learn " + other.skill(f)
                    + ", with " + Scored.burden(other.entry(), f).label() + " operational burden";
        }
        if (best.familiarity() == Scored.Familiarity.KNOWN && other.familiarity() != Scored.Familiarity.KNOWN) {
            return name + " would carry the same figures; " + system + "'s experience with " + best.skill(f) + " decides it";
        }
        String drawback = clause(fill(other.entry().cons().get(0), f, w,
                other.entry().technologyOn(Cloud.of(f.name(Fact.CLOUD)))), system);
        if (rank(other.entry().complexity()) > rank(best.entry().complexity())) {
            return name + " would carry the same figures at " + other.entry().complexity().name().toLowerCase(Locale.ROOT)
                    + " complexity, and " + system + " would pay for what nothing in its request needs: " + drawback;
        }
        return name + " would carry these figures as well; " + lower(best.entry().name()) + " is preferred because with " + lower(name)
                + " " + drawback;
    }

    /**
     * Why a runner-up that misses a bound would not do for this system, said as what would happen had it been chosen
     * (it would be out of room at launch, or cost more than it returns), where the load comes from, why the bound is
     * there, and how the chosen option takes the same figure; the wording follows the bound's direction and how far
     * the figure lies from it.
     */
    private static String rejected(Scored best, Scored other, Condition worst, List<String> more, Facts f, Workload w, String chosen) {
        String system = w.system();
        String name = other.entry().name();
        Cloud cloud = Cloud.of(f.name(Fact.CLOUD));
        String why = other.entry().because(worst.fact()).map(t -> clause(fill(t, f, w, other.entry().technologyOn(cloud)), system)).orElse("");
        String also = more.isEmpty() ? "" : " (it falls short on " + join(more) + " as well)";
        String value = Evidence.phrase(f, worst.fact());
        String sourced = LoadSources.figure(value, worst.fact(), w);
        String sentence;
        if (!(worst.operand() instanceof Double) || !(f.value(worst.fact()) instanceof Double)) {
            return name + " was set aside on " + worst.fact().label() + also + ": it is meant for " + meantFor(worst) + ", while " + system
                    + " has " + value + where(worst.fact(), f, w) + (why.isEmpty() ? "" : ", and " + why);
        }
        String bound = worst.fact().format(worst.bound().orElseThrow());
        if (worst.missedAsLooserTarget(f)) {
            return name + " is not needed for " + system + also + ": " + value + " is looser than the " + bound
                    + " that would call for it" + (why.isEmpty() ? "" : ", and " + why) + "; " + chosen + " meets the target as stated";
        }
        if (worst.fact().stricterWhenLower().isPresent()) {
            return "With " + lower(name) + ", " + system + " would miss its own " + worst.fact().label() + also + ": " + value + " is stricter than the "
                    + bound + " it is built for" + (why.isEmpty() ? "" : ", since " + why) + "; " + chosen + " is built to meet it";
        }
        double actual = f.number(worst.fact());
        double limit = worst.bound().orElseThrow();
        String alongside = sameFigure(best, worst.fact(), f, chosen);
        if (!grows(worst.fact())) {
            // a team, a count of regions or capabilities, a share of the budget: not a load that arrives at launch
            return name + (worst.operator().startsWith("<") ? " is built for " + Evidence.requirement(worst) + ", and " + system + " is past that with "
                    : worst.fact() == Fact.TEAM_SIZE ? " is built for " + teamOf(worst) + ", and " + system + " has "
                    : " needs " + Evidence.requirement(worst) + " to pay off, and " + system + " has ") + value + also
                    + (why.isEmpty() ? "" : ": " + why) + alongside;
        }
        if (worst.operator().startsWith("<")) {
            double over = actual / Math.max(limit, 1e-9);
            String opening = over < 1.5
                    ? name + " would start " + system + " with no room to grow" + also + ": " + sourced + " already sits past its ceiling of " + bound
                    : over < 5 ? "Had " + system + " taken " + lower(name) + ", " + sourced + " would overrun its ceiling of " + bound
                            + " at launch" + also + other.entry().pastCeiling(worst.fact()).or(() -> PastCeiling.of(worst.fact())).map(first -> ": " + first).orElse("")
                    : name + " is out of range for " + system + also + ": its ceiling of " + bound + " is a fraction of " + sourced
                            + ", a gap no tuning closes" + other.entry().pastCeiling(worst.fact()).or(() -> PastCeiling.of(worst.fact())).map(first -> ": " + first).orElse("");
            return opening + (why.isEmpty() ? "" : "; " + why) + alongside;
        }
        double reach = limit <= 0 ? 0 : actual / limit;
        String opening = reach >= 0.6
                ? name + " comes close for " + system + also + ": it pays off from " + bound + ", and " + sourced
                        + " is near enough that growth could bring it in (see what would reopen this decision)"
                : reach >= 0.1 ? name + " would cost " + system + " more than it returns" + also + ": it pays off from " + bound + ", and "
                        + LoadSources.of(worst.fact(), w).map(from -> from + " produce " + value).orElse(system + " has " + value)
                : name + " answers a problem " + system + " does not have" + also + ": it earns its keep from " + bound + ", far above "
                        + sourced;
        return opening + (why.isEmpty() ? "" : "; " + why) + alongside;
    }

    /** Whether a fact is a load that grows with use (requests, writes, events, stored data), rather than a count or a share set by people. */
    private static boolean grows(Fact fact) {
        return switch (fact) {
            case PEAK_RPS, PEAK_READS, PEAK_WRITES, POSITION_WRITES, EVENTS_PER_SECOND, STORAGE_5Y_GB, APP_INSTANCES, MONEY_WRITES, PAYOUTS_PER_RUN, CONCURRENT_CONNECTIONS,
                 MONTHLY_USERS, READ_WRITE_RATIO, ROUTING_ELEMENTS -> true;
            default -> false;
        };
    }

    /**
     * A catalogue text filled as {@link #fill} does, with each load figure followed by the capabilities it comes from
     * ("40 writes/s at peak from appointments and reminders"), for the sentences that say what this system pays.
     */
    private static String sourced(String template, Facts f, Workload w, String product) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        boolean once = false;
        while (m.find()) {
            Optional<Fact> fact = Fact.byKey(m.group(1)).filter(f::has).filter(DecisionWriter::grows);
            // one source a sentence: a second figure from the same capabilities would only repeat them
            String value = fact.isPresent() && !once ? LoadSources.figure(Evidence.phrase(f, fact.get()), fact.get(), w) : m.group();
            once |= fact.isPresent() && LoadSources.of(fact.get(), w).isPresent();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return fill(out.toString(), f, w, product);
    }

    /**
     * What a system meets first when it runs an option past the ceiling of a load that grows with use, from
     * {@code limits.yaml}: "at 9,524 reads/s at peak from alerts and dashboards, past the 500/s it is built for, reads
     * queue behind writes ...". Nothing for a floor, a target or a count.
     */
    private static Optional<String> gap(Condition c, Facts f, Workload w, String option) {
        if (!grows(c.fact()) || !c.operator().startsWith("<") || c.bound().isEmpty() || !(f.value(c.fact()) instanceof Double)) {
            return Optional.empty();
        }
        return PastCeiling.of(c.fact()).map(first -> "at " + LoadSources.figure(Evidence.phrase(f, c.fact()), c.fact(), w) + ", past the "
                + c.fact().format(c.bound().get()) + " " + option + " is built for, " + first);
    }

    /** How the chosen option takes the figure a runner-up missed on, when a condition of its own weighs that figure. */
    private static String sameFigure(Scored best, Fact fact, Facts f, String chosen) {
        return best.met().stream().filter(c -> c.fact() == fact && c.bound().isPresent()).findFirst()
                .map(c -> c.operator().startsWith("<") ? "; " + chosen + " stays within its own ceiling of " + c.fact().format(c.bound().get())
                        : "; " + chosen + " is built for it, from " + c.fact().format(c.bound().get()) + " up")
                .orElse("");
    }

    /** The change in the request that would reopen the decision: the runner-up's closest unmet bound, in the request's units. */
    private static Optional<String> nearestChange(Choice choice, Facts f, Workload w) {
        String best = lower(choice.rule().nameAsApplied(choice).orElse(choice.best().entry().name()));
        for (Scored other : choice.shown().subList(1, choice.shown().size())) {
            Optional<Condition> closest = other.missed().stream().filter(c -> c.bound().isPresent())
                    .max(Comparator.comparingDouble(c -> c.fit(f)));
            if (closest.isPresent() && other.missed().size() == 1) {
                Condition c = closest.get();
                return Optional.of(trigger(c, false, f, w) + ": " + lower(other.entry().name()) + " would then fit without a gap, and "
                        + best + " would have to win again against it on " + what(choice.best(), other));
            }
        }
        return choice.best().met().stream().filter(c -> c.bound().isPresent() && !everyRequestMeets(c)).max(Comparator.comparingDouble(c -> -headroom(c, f)))
                .map(c -> trigger(c, true, f, w) + ", where " + best + " stops fitting" + successor(choice, c).map(s -> " and "
                        + lower(s.entry().name()) + " takes over").orElse(""))
                .or(() -> changedCase(choice, f, w, best));
    }

    /**
     * The trigger when no figure bounds the choice: the runner-up that misses on one trait or category of the request
     * ("own data centres", "the services style"), which would fit if that changed.
     */
    private static Optional<String> changedCase(Choice choice, Facts f, Workload w, String best) {
        Optional<String> preferred = choice.shown().stream().skip(1).filter(o -> o.missed().isEmpty() && o.unpreferred().size() == 1).findFirst()
                .map(o -> {
                    Condition c = o.unpreferred().get(0);
                    return "This decision would reopen if " + w.system() + " moved from " + Evidence.phrase(f, c.fact()) + " to " + meantFor(c) + ": "
                            + lower(o.entry().name()) + " would then be the better way, and " + best + " would have to win again against it on "
                            + what(choice.best(), o);
                });
        if (preferred.isPresent()) {
            return preferred;
        }
        return choice.shown().stream().skip(1).filter(o -> o.missed().size() == 1 && o.missed().get(0).bound().isEmpty()).findFirst()
                .map(o -> {
                    Condition c = o.missed().get(0);
                    return "This decision would reopen if " + w.system() + " moved from " + Evidence.phrase(f, c.fact()) + " to " + meantFor(c) + ": " + lower(o.entry().name()) + " would then fit, and " + best + " would have to win again against it on "
                            + what(choice.best(), o);
                });
    }

    /**
     * The change that reopens a decision, worded by what moves the figure: load grows with the capabilities that
     * produce it, a team by hiring or shrinking, a target by the business changing its mind.
     */
    private static String trigger(Condition c, boolean leaving, Facts f, Workload w) {
        String system = w.system();
        String crossing = Evidence.crossing(c, leaving);
        String today = today(c, f, w);
        if (c.fact() == Fact.TEAM_SIZE) {
            // leaving "at most 6" means growing past 6; reaching "at least 12" means growing to 12
            boolean grows = leaving == c.operator().startsWith("<");
            boolean past = leaving ? c.operator().length() == 2 : c.operator().length() == 1;
            String move = grows ? (past ? "grows past " : "grows to ") : (past ? "shrinks below " : "shrinks to ");
            return "Reopen this decision if " + system + "'s team " + move + c.fact().format(c.bound().orElseThrow())
                    + " people (it has " + Numbers.format(f.number(Fact.TEAM_SIZE)) + ")";
        }
        if (c.fact().stricterWhenLower().isPresent()) {
            return "Reopen this decision if the business moves " + system + "'s " + c.fact().label() + " to " + c.fact().format(c.bound().orElseThrow())
                    + " (it is " + today + ")";
        }
        boolean rising = leaving == c.operator().startsWith("<");
        Optional<String> from = LoadSources.of(c.fact(), w);
        if (from.isPresent() && rising) {
            boolean past = c.operator().equals("<=") || c.operator().equals(">");
            return "Reopen this decision when growth in " + from.get() + " takes " + system + "'s " + c.fact().label() + (past ? " above " : " to ")
                    + c.fact().format(c.bound().orElseThrow()) + " (it is " + today + ")";
        }
        return "This decision would reopen if " + system + "'s " + c.fact().label() + " " + crossing + " (it is " + today + ")";
    }

    /** What a runner-up that could fit would be weighed on: the running cost and the team's time, or the team's skills. */
    private static String what(Scored best, Scored other) {
        if (other.familiarity() == Scored.Familiarity.KNOWN && best.familiarity() != Scored.Familiarity.KNOWN) {
            return "the team's own experience with " + lower(other.entry().name());
        }
        int gap = rank(other.entry().complexity()) - rank(best.entry().complexity());
        return gap > 0 ? "the extra operating work it would bring" : gap < 0 ? "how much simpler it is to run" : "running cost";
    }

    /** The option of the same decision that is built for the far side of a chosen option's bound, if the catalogue has one. */
    private static Optional<Scored> successor(Choice choice, Condition c) {
        return choice.ranked().stream().filter(s -> s != choice.best())
                .filter(s -> java.util.stream.Stream.concat(s.met().stream(), s.missed().stream()).anyMatch(o -> o.fact() == c.fact() && o.bound().isPresent()
                        && !o.operator().substring(0, 1).equals(c.operator().substring(0, 1))))
                .findFirst();
    }

    /**
     * Whether a met condition says something about this request worth a sentence: a load, size or target with its
     * bound, not a count that only sorts requests into kinds (one region, one deployable) nor a zero.
     */
    private static boolean telling(Condition c, Facts f) {
        return c.bound().isPresent() && !everyRequestMeets(c) && f.number(c.fact()) != 0 && c.fact() != Fact.REGIONS && c.fact() != Fact.SERVICE_COUNT;
    }

    /** "At least one" holds for every request: it tells nothing about why an option fits, and no change would undo it. */
    private static boolean everyRequestMeets(Condition c) {
        return c.bound().isPresent() && c.operator().startsWith(">") && c.bound().get() <= 1;
    }

    /** How much room a met numeric condition leaves, as a ratio (0 means at the bound). */
    private static double headroom(Condition c, Facts f) {
        double actual = f.number(c.fact()) + 1;
        double bound = c.bound().orElseThrow() + 1;
        return Math.abs(Math.log(actual / bound));
    }

    /**
     * A met numeric condition as evidence, with the room it leaves: "a team of 6 could grow 2.5-fold before the
     * modular monolith's ceiling of 15", "a 99.95% availability target is at least as strict as the 99.9% multiple
     * zones are meant for". {@code option} names the option in the sentence ("it" when the sentence is about it).
     */
    private static String margin(Condition c, Facts f, String option) {
        return margin(c, f, option, Evidence.phrase(f, c.fact()));
    }

    /**
     * The met conditions an ADR cites, one ceiling per figure: where an option both fits comfortably up to one bound
     * ({@code when}) and holds up to a higher one ({@code requires}: the capacity the cost sizes the part for), only the
     * higher bound is its ceiling, so the ADR never quotes two ceilings for the same figure of the same option.
     */
    static List<Condition> cited(List<Condition> met) {
        return met.stream().filter(c -> !c.operator().startsWith("<") || c.bound().isEmpty() || met.stream().noneMatch(o -> o != c
                && o.fact() == c.fact() && o.operator().startsWith("<") && o.bound().isPresent() && o.bound().get() > c.bound().get())).toList();
    }

    /** Whether a met bound is met so narrowly that a small change would undo it: no reason to cite in the option's favour. */
    private static boolean narrow(Condition c, Facts f) {
        if (c.bound().isEmpty() || c.fact().stricterWhenLower().isPresent() || !(f.value(c.fact()) instanceof Double)) {
            return false;
        }
        double actual = f.number(c.fact());
        double limit = c.bound().get();
        return c.operator().startsWith("<") ? limit / Math.max(actual, 1e-9) < 1.1 : limit > 0 && actual / limit < 1.1;
    }

    /** A met condition as {@link #margin(Condition, Facts, String)} words it, with the figure given as {@code phrase}. */
    private static String margin(Condition given, Facts f, String option, String phrase) {
        // a bound read from another fact quotes it as the decision shows it (the capacity plan's figure), not as first weighed
        Condition c = given.against(f);
        if (c.bound().isEmpty()) {
            return phrase;
        }
        String bound = c.fact().format(c.bound().get());
        String whose = possessive(option);
        boolean upper = c.operator().startsWith("<");
        Optional<Boolean> stricterWhenLower = c.fact().stricterWhenLower();
        if (stricterWhenLower.isPresent()) {
            boolean strictSide = stricterWhenLower.get() == upper;
            return strictSide ? phrase + " is at least as strict as the " + bound + " " + option + " is meant for"
                    : phrase + " is loose enough for " + option + ", which is meant for targets of " + bound + " or looser";
        }
        double actual = f.number(c.fact());
        double limit = c.bound().get();
        if (upper) {
            double room = limit / Math.max(actual, 1e-9);
            if (room < 1.1) {
                return phrase + " sits at " + whose + " ceiling of " + bound + ", so the fit holds only as long as that figure does not grow";
            }
            // Far below the bound the figure is the need, not headroom to boast of: "1.67 events/s could grow 2,994-fold"
            // argues for capacity nobody asked for.
            if (room >= 10) {
                return phrase + " is the need, a small part of " + whose + " ceiling of " + bound;
            }
            return phrase + " could grow " + Numbers.format(Numbers.round(room, 1)) + "-fold before reaching " + whose + " ceiling of " + bound;
        }
        if (limit <= 0) { // "more than none": a multiple of zero means nothing
            return phrase + " is above the " + bound + " from which " + option + " pays off";
        }
        double past = actual / limit;
        return past < 1.1 ? phrase + " has only just crossed the " + bound + " from which " + option + " pays off, so the case for it rests on that figure holding"
                : phrase + " is " + fold(past) + " the " + bound + " from which " + option + " pays off";
    }

    /**
     * Why a missed condition speaks against an option, following the bound's direction and saying by how much:
     * "it needs peak writes of at least 5,000/s to pay off, and Clinic has 9 writes/s at peak", "200,000 writes/s at
     * peak is 100 times its ceiling of 2,000/s". {@code option} is the sentence's name for the option.
     */
    private static String shortfall(Facts f, Condition c, String system, String option) {
        String value = Evidence.phrase(f, c.fact());
        if (!(c.operand() instanceof Double) || !(f.value(c.fact()) instanceof Double)) {
            return option + " is meant for " + meantFor(c) + ", and " + system + " has " + value;
        }
        String bound = c.fact().format(c.bound().orElseThrow());
        if (c.missedAsLooserTarget(f)) {
            // A looser target is no reason against an option, only no reason for it.
            return option + " is not needed: " + value + " is looser than the " + bound + " that would call for it";
        }
        if (c.fact().stricterWhenLower().isPresent()) {
            return value + " is stricter than the " + bound + " " + option + " is built for";
        }
        double actual = f.number(c.fact());
        double limit = c.bound().orElseThrow();
        String whose = possessive(option);
        return switch (c.operator()) {
            // a team is not a load an option pays off at: it is who will run it, so the sentence says what it is built for
            case ">=", ">" -> c.fact() == Fact.TEAM_SIZE ? option + " is built for " + teamOf(c) + ", and " + system + " has " + value
                    + " to run it" : option + " needs " + Evidence.requirement(c) + " to pay off, and " + system + " has " + value;
            case "<=", "<" -> value + " is " + (actual / Math.max(limit, 1e-9) < 1.5 ? "past " : fold(actual / Math.max(limit, 1e-9)) + " ")
                    + whose + " ceiling of " + bound;
            default -> value + " is not the " + bound + " " + option + " is designed for";
        };
    }

    /**
     * Where a yes-or-no fact about place holds, in this request's terms: the cloud and regions a public cloud means, the
     * regions users are close to ("a public cloud, AWS in eu-west-1").
     */
    private static String where(Fact fact, Facts f, Workload w) {
        String regions = w.regions().isEmpty() ? "" : " in " + join(w.regions());
        return switch (fact) {
            case CLOUD_MANAGED -> f.has(Fact.CLOUD) && Boolean.TRUE.equals(f.value(fact)) ? ", " + Evidence.phrase(f, Fact.CLOUD) + regions : "";
            case AUDIENCE_GLOBAL -> Boolean.FALSE.equals(f.value(fact)) && !w.regions().isEmpty() ? " (" + join(w.regions()) + ")" : "";
            default -> "";
        };
    }

    /** A floor on the team as the people it takes: "a team of more than 10", "a team of at least 12". */
    private static String teamOf(Condition c) {
        return "a team of " + (c.operator().equals(">") ? "more than " : "at least ") + c.fact().format(c.bound().orElseThrow());
    }

    private static String possessive(String option) {
        return option.equals("it") ? "its" : option + "'s";
    }

    /** A multiple in words: "3 times", "2.5 times", "40 times". */
    private static String fold(double ratio) {
        return Numbers.format(ratio >= 10 ? Math.round(ratio) : Numbers.round(ratio, 1)) + " times";
    }

    /** A request's figure as the prose shows it elsewhere: whole numbers from 100 up ("166/s", not "166.15/s"). */
    private static String today(Condition c, Facts f, Workload w) {
        double v = f.number(c.fact());
        String figure = c.fact().format(Math.abs(v) >= 100 ? (double) Math.round(v) : v) + " today";
        // a region count reads better with the regions it counts
        return c.fact() == Fact.REGIONS && !w.regions().isEmpty() ? figure + ", " + join(w.regions()) : figure;
    }

    /** What a yes/no or named condition asks for, in words: "the services or monolith-satellites style", "a PostgreSQL primary database". */
    private static String meantFor(Condition c) {
        if (c.operand() instanceof List<?> names) {
            List<String> each = names.stream().map(String::valueOf).toList();
            return switch (c.fact()) {
                case STYLE -> "the " + String.join(" or ", each) + " style";
                case STORE_ENGINE -> "a " + String.join(" or ", each) + " primary database";
                case CLOUD -> String.join(" or ", each.stream().map(n -> Cloud.of(n).displayName()).toList());
                default -> each.size() == 1 ? Evidence.phrase(c.fact(), each.get(0)) : Evidence.requirement(c);
            };
        }
        return Evidence.requirement(c);
    }

    /** Why the chosen option wins when no figure of the request presses on it: its first strength, as this system has it. */
    private static String strength(Choice choice, Facts f, Workload w) {
        String system = w.system();
        Scored best = choice.best();
        String product = best.entry().technologyOn(Cloud.of(f.name(Fact.CLOUD)));
        List<String> pros = best.entry().pros().stream().map(t -> sourced(t, f, w, product)).toList();
        String pro = choice.rule().strengthAsApplied(choice).orElseGet(() -> pros.stream().filter(t -> !t.contains(":")).findFirst().orElse(pros.get(0)));
        return " for its main strength here: " + clause(pro, system);
    }

    /** A catalogue text inside a sentence: lower-cased at the start unless it starts with a name (the system's, a product's). */
    private static String clause(String text, String system) {
        return text.startsWith(system) ? text : Phrases.inSentence(text);
    }

    /** The rest of the team's listed skills, or its size when it lists no other. */
    private static String others(Facts f, String skill) {
        List<String> rest = java.util.Arrays.stream(f.name(Fact.EXPERTISE).split(", ")).filter(x -> !x.equals(skill)).toList();
        return rest.isEmpty() ? "nothing else it lists" : join(rest);
    }

    /** The team's other listed skills as a trailing clause (", beside Python and Django"), or nothing when it lists no other. */
    private static String alongside(Facts f, String skill) {
        List<String> rest = java.util.Arrays.stream(f.name(Fact.EXPERTISE).split(", ")).filter(x -> !x.isBlank() && !x.equals(skill)).toList();
        return rest.isEmpty() ? "" : ", beside " + join(rest);
    }

    private static int rank(Complexity c) {
        return c.ordinal();
    }

    private static String join(List<String> parts) {
        return Names.list(parts);
    }

    private static String lower(String name) {
        return Phrases.inSentence(name);
    }

    /**
     * A catalogue text in this request's terms ({@link Evidence#fill}), with the request's capabilities and regions
     * named where the text lists them.
     */
    private static String fill(String template, Facts f, Workload w, String product) {
        String named = template.replace("{capabilityList}", w.capabilities().isEmpty() ? w.system() + "'s capabilities" : join(w.capabilities()))
                .replace("{regionList}", w.regions().isEmpty() ? "one region" : join(w.regions()));
        return Evidence.fill(named, f, w.system(), product);
    }

}
