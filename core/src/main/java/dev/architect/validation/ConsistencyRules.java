package dev.architect.validation;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Estimate;
import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.Risk;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.dossier.TechCategory;
import dev.architect.dossier.TechChoice;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules that hold the parts of a dossier to one story: the availability decision against the database and the
 * instance counts; a residency claim against the regions; a compliance approach against the vendors it relies on;
 * mitigations and cost items against what was rejected; the stack against its language and the team; the summary
 * against the figures. They read prose (a model's or the offline architect's) with the words in {@link Vocabulary}.
 */
final class ConsistencyRules {

    /** Region names as AWS and Google Cloud write them: eu-west-1, europe-west1, us-central1, ap-southeast-2. */
    private static final Pattern REGION = Pattern.compile("\\b[a-z]{2,}(?:-[a-z]+)+-?[0-9]{1,2}\\b");
    private static final Pattern DOLLARS = Pattern.compile("\\$([0-9][0-9,]*(?:\\.[0-9]+)?)");
    private static final Pattern RATE = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?) requests/s");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)% availability");
    // A count may be written with thousands separators ("1,788 application instances"): read whole, never from the comma.
    private static final Pattern INSTANCES = Pattern.compile("\\b([0-9][0-9,]*) (?:application |app |stateless )?instances?\\b");

    private final Consultation c;
    private final ConsultationRequest request;
    private final Vocabulary words = Vocabulary.standard();
    private final List<Violation> out;

    private ConsistencyRules(Consultation c, ConsultationRequest request, List<Violation> out) {
        this.c = c;
        this.request = request;
        this.out = out;
    }

    /** Checks {@code c}; {@code request}, when known, adds its regions and the team's languages. */
    static void check(Consultation c, ConsultationRequest request, List<Violation> out) {
        ConsistencyRules rules = new ConsistencyRules(c, request, out);
        rules.availability();
        rules.residency();
        rules.homeRegionCopies();
        rules.complianceVendors();
        rules.rejectedOptions();
        rules.stack();
        rules.language();
        rules.summary();
    }

    // --- availability vs database and instance counts

    private enum Layout { SINGLE_ZONE, MULTI_ZONE, MULTI_REGION }

    private void availability() {
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue; // a superseded or deprecated record keeps the figures it was decided on
            }
            if (d.topic() != DecisionTopic.AVAILABILITY) {
                continue;
            }
            // The option's name speaks first: a single-zone summary may mention restoring into "another zone".
            Optional<Layout> layout = layout(d.chosenOption()).or(() -> layout(d.chosen().summary()));
            if (layout.isEmpty()) {
                continue;
            }
            String path = "decisions[" + i + "].chosenOption";
            if (layout.get() == Layout.SINGLE_ZONE) {
                // A standby in another zone priced beside a single-zone decision pays for a layout that was not chosen.
                for (int j = 0; j < c.cost().items().size(); j++) {
                    CostLineItem item = c.cost().items().get(j);
                    Optional<String> standby = Words.firstIn(item.name() + " " + item.unit() + " " + nullToEmpty(item.assumption()), words.standbyPriced());
                    if (standby.isPresent()) {
                        out.add(error("cost.items[" + j + "]", DossierValidator.Rule.AVAILABILITY_TOPOLOGY, "decision '" + d.id()
                                + "' runs in a single zone but cost item '" + item.id() + "' pays for a standby (" + standby.get() + ")"));
                    }
                }
                // Another decision's title or chosen option promising a standby ("one relational database (primary and standby)")
                // tells the reader of that ADR a layout the availability decision did not choose
                for (int j = 0; j < c.decisions().size(); j++) {
                    Decision other = c.decisions().get(j);
                    if (j == i || !other.isInForce()) {
                        continue;
                    }
                    Optional<String> standby = Words.firstIn(other.title() + ". " + other.chosenOption(), words.standbyPriced());
                    if (standby.isPresent()) {
                        out.add(new Violation(Severity.WARNING, "decisions[" + j + "].title", DossierValidator.Rule.AVAILABILITY_TOPOLOGY.id(),
                                "decision '" + other.id() + "' (decisions[" + j + "].title '" + other.title() + "') promises a " + standby.get()
                                        + " layout but decision '" + d.id() + "' (" + path + ") runs in a single zone"));
                    }
                }
                for (Container k : c.c4().containers()) {
                    Optional<String> redundant = Words.firstIn(k.technology() + " " + nullToEmpty(k.description()), words.zoneRedundant());
                    if (k.kind() == ContainerKind.DATABASE && redundant.isPresent()) {
                        out.add(error(path, DossierValidator.Rule.AVAILABILITY_TOPOLOGY, "decision '" + d.id() + "' runs in a single zone but database '"
                                + k.id() + "' is deployed across zones (" + redundant.get() + "); either the decision or the database is wrong"));
                    }
                }
            } else {
                for (Estimate e : c.capacity().estimates()) {
                    // no always-on instance at all (functions) is the platform's to spread; exactly one cannot be
                    if (e.unit().toLowerCase(Locale.ROOT).startsWith("instance") && e.value() > 0 && e.value() < 2) {
                        out.add(error(path, DossierValidator.Rule.AVAILABILITY_TOPOLOGY, "decision '" + d.id() + "' spreads the system over "
                                + (layout.get() == Layout.MULTI_ZONE ? "zones" : "regions") + " but capacity estimate '" + e.id()
                                + "' has " + format(e.value()) + " instance; one instance cannot survive a zone loss"));
                    }
                }
                if (layout.get() == Layout.MULTI_REGION) {
                    Set<String> regions = regions();
                    if (request != null && regions.size() < 2) {
                        out.add(error(path, DossierValidator.Rule.AVAILABILITY_TOPOLOGY, "decision '" + d.id()
                                + "' fails over to another region but the deployment names " + regions.size() + " region(s) " + regions));
                    }
                }
            }
        }
    }

    private Optional<Layout> layout(String chosen) {
        if (Words.firstIn(chosen, words.availability().multiRegion()).isPresent()) {
            return Optional.of(Layout.MULTI_REGION);
        }
        if (Words.firstIn(chosen, words.availability().multiZone()).isPresent()) {
            return Optional.of(Layout.MULTI_ZONE);
        }
        if (Words.firstIn(chosen, words.availability().singleZone()).isPresent()) {
            return Optional.of(Layout.SINGLE_ZONE);
        }
        return Optional.empty();
    }

    // --- residency vs regions; compliance approach vs vendors

    /** Regions the dossier (or the request) deploys to, in order. */
    private Set<String> regions() {
        Set<String> regions = new LinkedHashSet<>();
        if (request != null && request.deployment() != null && request.deployment().regions() != null) {
            request.deployment().regions().forEach(r -> regions.add(r.toLowerCase(Locale.ROOT).trim()));
        }
        Stream.concat(c.requirements().constraints().stream(), c.cost().items().stream().map(i -> i.name() + " " + i.assumption()))
                .forEach(text -> {
                    Matcher m = REGION.matcher(text.toLowerCase(Locale.ROOT));
                    while (m.find()) {
                        if (words.jurisdiction(m.group()).isPresent()) {
                            regions.add(m.group());
                        }
                    }
                });
        return regions;
    }

    private void residency() {
        Map<String, String> claims = new LinkedHashMap<>(); // path -> text that claims residency
        for (int i = 0; i < c.requirements().constraints().size(); i++) {
            claims.put("requirements.constraints[" + i + "]", c.requirements().constraints().get(i));
        }
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue; // a superseded or deprecated record keeps the figures it was decided on
            }
            claims.put("decisions[" + i + "].chosenOption", d.chosenOption() + ". " + d.chosen().summary());
        }
        Set<String> regions = regions();
        boolean pinned = Choices.pinningDecision(c).isPresent();
        for (Map.Entry<String, String> claim : claims.entrySet()) {
            for (Map.Entry<String, List<String>> residency : words.residency().entrySet()) {
                Optional<String> phrase = Words.firstIn(claim.getValue(), residency.getValue());
                if (phrase.isEmpty()) {
                    continue;
                }
                boolean servedAtHome = regions.stream().anyMatch(r -> words.jurisdiction(r).filter(residency.getKey()::equals).isPresent());
                if (pinned && servedAtHome && claim.getKey().startsWith("requirements.")) {
                    continue; // the constraint holds: the jurisdiction's people's records stay in its region
                }
                List<String> outside = regions.stream().filter(r -> words.jurisdiction(r).filter(j -> !j.equals(residency.getKey())).isPresent()).toList();
                if (!outside.isEmpty()) {
                    out.add(error(claim.getKey(), DossierValidator.Rule.RESIDENCY_REGIONS, "'" + phrase.get() + "' but the system is deployed to "
                            + String.join(", ", outside) + ", outside " + residency.getKey()));
                }
            }
        }
    }

    /**
     * With personal data pinned to home regions no region holds a copy of another's records, so a cost item or runbook
     * text that replicates the database to another region contradicts the decision (text about data holding no personal
     * data, such as reference data, may still be copied).
     */
    private void homeRegionCopies() {
        Optional<String> decision = Choices.pinningDecision(c);
        if (decision.isEmpty()) {
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int j = 0; j < c.cost().items().size(); j++) {
            CostLineItem item = c.cost().items().get(j);
            texts.put("cost.items[" + j + "]", item.name() + ". " + nullToEmpty(item.assumption()));
        }
        for (int j = 0; j < c.operations().alerts().size(); j++) {
            var alert = c.operations().alerts().get(j);
            texts.put("operations.alerts[" + j + "]", alert.condition() + ". " + alert.action());
        }
        texts.put("operations.backupAndRecovery.strategy", c.operations().backupAndRecovery().strategy());
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Optional<String> copy = Words.firstIn(text.getValue(), words.regionCopy());
            if (copy.isPresent() && Words.firstIn(text.getValue(), words.notPersonal()).isEmpty()) {
                out.add(error(text.getKey(), DossierValidator.Rule.HOME_REGION_COPY, "decision '" + decision.get() + "' pins personal data to "
                        + "each person's home region but " + text.getKey() + " copies the database to another region ('" + copy.get() + "')"));
            }
        }
    }

    /** Words that mark a compliance approach relying on a payment provider, and words that mark such a vendor. */
    private static final List<String> PROVIDER_APPROACH = List.of("provider tokenisation", "provider tokenization", "hosted payment fields", "hosted fields");
    private static final List<String> PAYMENT_VENDOR = List.of("payment", "payments", "card", "cards", "stripe", "adyen", "braintree",
            "paypal", "worldpay", "checkout.com", "acquirer", "psp");

    private void complianceVendors() {
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue; // a superseded or deprecated record keeps the figures it was decided on
            }
            if (d.topic() != DecisionTopic.COMPLIANCE || Words.firstIn(d.chosenOption(), PROVIDER_APPROACH).isEmpty()) {
                continue;
            }
            boolean vendor = c.c4().systems().stream().filter(SoftwareSystem::external)
                    .anyMatch(s -> Words.firstIn(s.name() + " " + nullToEmpty(s.description()), PAYMENT_VENDOR).isPresent());
            if (!vendor && !c.c4().systems().isEmpty()) {
                out.add(error("decisions[" + i + "].chosenOption", DossierValidator.Rule.COMPLIANCE_VENDOR, "decision '" + d.id() + "' relies on a payment "
                        + "provider's hosted fields and tokens, but the C4 model has no external payment provider"));
            }
        }
    }

    // --- mitigations, stack and cost items vs what was rejected

    private void rejectedOptions() {
        Map<String, String> rejected = Choices.rejected(c, Choices.Scope.WHOLE_DOSSIER);
        List<dev.architect.dossier.RoadmapPhase> phases = c.roadmap().phases();
        for (int i = 0; i < phases.size(); i++) {
            dev.architect.dossier.RoadmapPhase p = phases.get(i);
            String text = p.name() + ". " + p.goal() + ". " + String.join(". ", p.deliverables()) + ". " + String.join(". ", p.exitCriteria());
            // Only what a decision rejected: a stack alternative such as "Go" is also a word of plain English ("go live").
            for (Map.Entry<String, String> e : rejected.entrySet()) {
                if (e.getValue().startsWith("decision") && Words.contains(text, e.getKey())) {
                    out.add(error("roadmap.phases[" + i + "]", DossierValidator.Rule.PLAN_NAMES_REJECTED, "phase '" + p.id()
                            + "' builds '" + e.getKey() + "', which " + e.getValue() + " rejected"));
                    break;
                }
            }
        }
        for (int i = 0; i < c.risks().size(); i++) {
            Risk r = c.risks().get(i);
            for (Map.Entry<String, String> e : rejected.entrySet()) {
                if (Words.contains(r.mitigation(), e.getKey())) {
                    out.add(error("risks[" + i + "].mitigation", DossierValidator.Rule.MITIGATION_NAMES_REJECTED, "risk '" + r.id()
                            + "' is mitigated with '" + e.getKey() + "', which " + e.getValue() + " rejected"));
                }
            }
        }
    }

    private void stack() {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        c.decisions().forEach(d -> decisions.put(d.id(), d));
        for (int i = 0; i < c.techStack().size(); i++) {
            TechChoice t = c.techStack().get(i);
            Decision d = t.decisionId() == null ? null : decisions.get(t.decisionId());
            if (d == null) {
                continue;
            }
            // A combined chosen option ("CDN and cache") names its parts; a part is not the rejected stand-alone option.
            if (Words.contains(d.chosenOption(), t.choice())) {
                continue;
            }
            d.options().stream().filter(o -> !o.name().equals(d.chosenOption()) && o.name().equalsIgnoreCase(t.choice())).findFirst()
                    .ifPresent(o -> out.add(error("techStack[" + c.techStack().indexOf(t) + "].choice", DossierValidator.Rule.STACK_MISMATCH,
                            "the tech stack chooses '" + t.choice() + "', which decision '" + d.id() + "' rejected for '" + d.chosenOption() + "'")));
        }
        Map<String, String> rejected = Choices.rejected(c, Choices.Scope.WHOLE_DOSSIER);
        for (int i = 0; i < c.cost().items().size(); i++) {
            CostLineItem item = c.cost().items().get(i);
            for (Map.Entry<String, String> e : rejected.entrySet()) {
                if (Words.contains(item.name(), e.getKey())) {
                    out.add(error("cost.items[" + i + "].name", DossierValidator.Rule.STACK_MISMATCH, "cost item '" + item.id() + "' pays for '"
                            + e.getKey() + "', which " + e.getValue() + " rejected"));
                }
            }
        }
    }

    // --- language: tools of another language; the team's languages

    private void language() {
        Optional<TechChoice> language = c.techStack().stream().filter(t -> t.category() == TechCategory.LANGUAGE).findFirst();
        Optional<Vocabulary.LanguageFamily> family = language.flatMap(l -> words.familyOf(l.choice()));
        if (family.isEmpty()) {
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < c.decisions().size(); i++) {
            if (!c.decisions().get(i).isInForce()) {
                continue;
            }
            List<Consequence> consequences = c.decisions().get(i).consequences();
            for (int j = 0; j < consequences.size(); j++) {
                texts.put("decisions[" + i + "].consequences[" + j + "]", consequences.get(j).text());
            }
        }
        for (int i = 0; i < c.risks().size(); i++) {
            texts.put("risks[" + i + "].mitigation", c.risks().get(i).mitigation());
        }
        for (int i = 0; i < c.techStack().size(); i++) {
            texts.put("techStack[" + i + "].choice", c.techStack().get(i).choice());
        }
        for (int i = 0; i < c.c4().containers().size(); i++) {
            texts.put("c4.containers[" + i + "].technology", c.c4().containers().get(i).technology());
        }
        for (Vocabulary.LanguageFamily other : words.languages()) {
            if (other.family().equals(family.get().family())) {
                continue;
            }
            texts.forEach((path, text) -> Words.firstIn(text, other.tools()).ifPresent(tool -> out.add(error(path,
                    DossierValidator.Rule.LANGUAGE_MISMATCH, "'" + tool + "' is a " + other.family() + " tool but the stack is "
                            + language.get().choice()))));
        }
        if (request == null || request.team() == null || request.team().expertise() == null) {
            return;
        }
        List<Vocabulary.LanguageFamily> known = request.team().expertise().stream().map(words::familyOf).flatMap(Optional::stream).distinct().toList();
        boolean learningPlanned = c.risks().stream().anyMatch(r -> Words.contains(r.title() + " " + r.mitigation() + " " + nullToEmpty(r.description()),
                language.get().choice()) || family.get().names().stream().anyMatch(n -> Words.contains(r.title(), n)));
        if (!known.isEmpty() && !known.contains(family.get()) && !learningPlanned) {
            out.add(error("techStack[" + c.techStack().indexOf(language.get()) + "].choice", DossierValidator.Rule.LANGUAGE_MISMATCH,
                    "the stack is " + language.get().choice() + " but the team knows " + String.join(", ", request.team().expertise())
                            + "; choose a language the team knows or add a risk with a learning plan"));
        }
    }

    // --- summary vs figures

    private void summary() {
        String summary = c.summary();
        List<Double> money = new ArrayList<>();
        if (!c.cost().items().isEmpty()) {
            money.add(c.cost().monthlyTotal());
            money.add(c.cost().threeYearTco());
            c.cost().items().forEach(i -> money.add(i.monthly()));
            // The run rate over time, the scenarios and the budget fit are the cost's own figures too.
            c.cost().runRate().forEach(p -> money.add(p.monthlyTotal()));
            c.cost().scenarios().forEach(s -> money.add(s.monthlyTotal()));
            c.cost().options().forEach(o -> {
                money.add(o.monthlyTotal());
                money.add(o.month36Total());
            });
            if (c.cost().budget() != null) {
                money.add(c.cost().budget().gapUsd());
                if (c.cost().budget().monthlyUsd() != null) {
                    money.add(c.cost().budget().monthlyUsd());
                }
            }
        }
        c.requirements().qualityAttributes().forEach(q -> money.add(q.target()));
        if (request != null && request.budget() != null && request.budget().monthlyUsd() != null) {
            money.add(request.budget().monthlyUsd());
        }
        if (!c.cost().items().isEmpty()) {
            figures(summary, DOLLARS, money, "$", "the cost estimate (monthly " + format(c.cost().monthlyTotal()) + ", three-year "
                    + format(c.cost().threeYearTco()) + ")");
        }
        List<Double> rates = c.capacity().estimates().stream().filter(e -> e.unit().startsWith("requests/s")).map(Estimate::value).toList();
        if (!rates.isEmpty()) {
            figures(summary, RATE, rates, "", "the capacity plan's request rates " + rates.stream().map(ConsistencyRules::format).toList());
        }
        List<Double> availability = new ArrayList<>(c.requirements().qualityAttributes().stream().filter(q -> q.unit().equals("%"))
                .map(QualityAttribute::target).toList());
        c.operations().slos().forEach(s -> availability.add(s.objectivePercent()));
        if (!availability.isEmpty()) {
            figures(summary, PERCENT, availability, "", "the availability targets " + availability.stream().map(ConsistencyRules::format).toList());
        }
        List<Double> instances = new ArrayList<>(c.capacity().estimates().stream().filter(e -> e.unit().startsWith("instance"))
                .map(Estimate::value).toList());
        c.cost().items().stream().filter(i -> i.unit().startsWith("instance")).forEach(i -> instances.add(i.quantity()));
        if (!instances.isEmpty()) {
            figures(summary, INSTANCES, instances, "", "the capacity plan and cost items " + instances.stream().map(ConsistencyRules::format).toList());
            for (int i = 0; i < c.decisions().size(); i++) {
                Decision d = c.decisions().get(i);
                if (!d.isInForce()) {
                    continue; // a superseded or deprecated record keeps the figures it was decided on
                }
                String text = d.context() + " " + d.rationale() + " " + String.join(" ", d.consequences().stream().map(Consequence::text).toList());
                figures(text, INSTANCES, instances, "", "the capacity plan and cost items " + instances.stream().map(ConsistencyRules::format).toList(),
                        "decisions[" + i + "]");
            }
        }
    }

    private void figures(String text, Pattern figure, List<Double> known, String prefix, String where) {
        figures(text, figure, known, prefix, where, "summary");
    }

    private void figures(String text, Pattern figure, List<Double> known, String prefix, String where, String path) {
        Matcher m = figure.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1).replace(",", ""));
            boolean matches = known.stream().anyMatch(k -> Math.abs(k - value) <= Math.max(0.01, Math.abs(k) * 0.02));
            if (!matches) {
                out.add(error(path, DossierValidator.Rule.SUMMARY_FIGURES, "'" + m.group() + "' does not match " + where));
            }
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Violation error(String path, DossierValidator.Rule rule, String message) {
        return new Violation(Severity.ERROR, path, rule.id(), message);
    }
}
