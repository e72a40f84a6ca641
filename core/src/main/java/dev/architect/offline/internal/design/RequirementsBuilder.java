package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Priority;
import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.QualityAttributeType;
import dev.architect.dossier.Requirements;
import dev.architect.figures.Sizing;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The requirements analysis: a functional requirement per capability (and per regime's duties), quality-attribute
 * scenarios whose targets are the request's numbers, the constraints, every assumption, and open questions for the
 * assumptions that would change the design most.
 */
final class RequirementsBuilder {

    private RequirementsBuilder() {
    }

    /** The requirements, a dated goal's time to market among them ({@code dated}: the deadlines the request's dates set). */
    static Requirements build(ConsultationRequest request, Workload w, Topology t, Sizing s, Catalogue catalogue,
                              List<RoadmapBuilder.Deadline> dated) {
        List<FunctionalRequirement> functional = new ArrayList<>();
        for (Topology.Placement p : t.placements) {
            functional.add(new FunctionalRequirement("fr-archetype-" + p.archetype().id(), p.archetype().name(),
                    p.archetype().requirement() + ". Recognised because " + p.recognised().because() + ".", Priority.MUST));
        }
        for (Capability c : t.capabilities) {
            String plural = c.resource().plural().replace('-', ' ');
            // The archetypes that claim it on the request's words; one brought along by another (the notifications its
            // reminders go through) is placed with the capability but does not design it.
            List<String> designers = t.designersOf(c).stream().map(p -> p.archetype().name().toLowerCase(java.util.Locale.ROOT)).toList();
            String designedBy = String.join(" and as ", designers) + (designers.size() == 1 ? " (see that requirement)" : " (see those requirements)");
            String what = c.designedByArchetype() ? "Designed as " + designedBy : c.designedByShape() ? shaped(c)
                    : switch (c.resource().flow()) {
                // the stream the request states where it states one, else every write at peak
                case INGEST -> "Accept " + plural + " in batches at " + Numbers.shown(w.streamWrites() > 0 ? w.streamWrites() : w.peakWrites())
                        + " writes/s and query them by source and time window";
                case SEARCH -> "Search across the catalogue of records with relevance ranking";
                case PAYMENT -> "Take and refund payments with provider tokens; a retried request never charges twice";
                case NOTIFY -> "Send " + plural + " asynchronously and record their delivery";
                case CRUD -> "Create, list, read and update " + plural;
                case OPEN -> "Not designed yet: " + CapabilityNameGrammar.standard().objects(c.name())
                        .map(o -> "no sentence of the request says what happens to " + o + " (who creates, changes or ends them)")
                        .orElse("the request does not say which records " + c.name() + " keeps or how they are used") + " (open question "
                        + openQuestionId(c) + "); the design keeps only a labelled placeholder for it";
            };
            functional.add(new FunctionalRequirement(requirementId(c), Names.capitalise(c.name()), what, Priority.MUST));
        }
        if (regulatedIds(w).contains("fr-data-subject-rights")) {
            addRegulated(functional, new FunctionalRequirement("fr-data-subject-rights", "Data-subject rights",
                    // the LGPD gives a complete answer to an access request 15 days (Art. 19); GDPR and the Swiss FADP a month
                    "Export or erase a person's data on request, within " + (w.compliance().contains(ComplianceRegime.LGPD) ? 15 : 30)
                            + " days, across every copy", Priority.MUST));
        }
        if (regulatedIds(w).contains("fr-audit-trail")) {
            addRegulated(functional, new FunctionalRequirement("fr-audit-trail", "Audit trail",
                    "Record who read or changed regulated data, when and from where, tamper-evident", Priority.MUST));
        }
        String actor = t.actors.get(0).name();
        List<QualityAttribute> qas = new ArrayList<>();
        // People's requests and a stated stream of devices' messages are separate scenarios: the stream arrives through the
        // ingestion path, and a person's request is measured at the people's own rate.
        double people = w.userRequestsPerSecond();
        boolean stream = w.streamWrites() > 0;
        qas.add(new QualityAttribute("qa-latency", QualityAttributeType.PERFORMANCE,
                "A " + actor + " request at the peak of " + Numbers.shown(people) + " requests/s" + (stream ? " from people" : ""),
                "p99 latency", w.p99Ms(), "ms"));
        qas.add(new QualityAttribute("qa-throughput", QualityAttributeType.SCALABILITY,
                "The busiest expected moment" + (stream ? " of people's requests" : "") + ", "
                        + Numbers.shown(Numbers.round(w.peakWrites() - w.streamWrites(), 2)) + " writes and "
                        + Numbers.shown(w.peakReads()) + " reads a second", "requests served per second without breaching the latency target",
                people, "requests/s"));
        if (stream) {
            StatedFacts.read(request).writeRate().ifPresent(rate -> qas.add(new QualityAttribute("qa-ingestion", QualityAttributeType.SCALABILITY,
                    "The busiest expected moment of the stream the request states (" + rate.field() + ": \"" + rate.phrase() + "\"), "
                            + Numbers.shown(w.streamWrites()) + " writes a second arriving through the ingestion path, apart from people's requests"
                            + (StatedFacts.read(request).readingsPerDeviceMessage() > 1 ? ", each a device message carrying "
                            + Numbers.shown(StatedFacts.read(request).readingsPerDeviceMessage()) + " readings" : ""),
                    "writes accepted a second with none lost" + GoalTargets.streamDeadline(request.goals(), rate.phrase())
                            .map(d -> ", each processed " + d).orElse(""), w.streamWrites(), "writes/s")));
        }
        qas.add(new QualityAttribute("qa-availability", QualityAttributeType.AVAILABILITY,
                "The system serves requests through the loss of " + dev.architect.offline.internal.catalog.SiteTerms.of(w.cloud()).failureDomain(), "monthly availability", w.availabilityPercent(), "%"));
        qas.add(new QualityAttribute("qa-rpo", QualityAttributeType.DURABILITY,
                "The primary database is lost", "data lost (recovery point objective)", w.rpoMinutes(), "minutes"));
        qas.add(new QualityAttribute("qa-rto", QualityAttributeType.RELIABILITY,
                "A disaster takes the production environment down", "time to restore service (recovery time objective)", w.rtoMinutes(), "minutes"));
        // The data kept, one logical copy: the cost's 'data-5y' figure; the storage lines bill its copies ('storage-5y', physical)
        qas.add(new QualityAttribute("qa-growth", QualityAttributeType.SCALABILITY,
                "Five years of growth at " + Numbers.format(w.growthGbPerMonth()) + " GB a month", "data kept after five years (one logical copy)",
                w.rawStorageGb(5), "GB"));
        qas.add(new QualityAttribute("qa-security", QualityAttributeType.SECURITY,
                "A critical vulnerability is published for a dependency", "days until patched in production", 7, "days"));
        qas.add(new QualityAttribute("qa-delivery", QualityAttributeType.MAINTAINABILITY,
                "A reviewed change is merged", "time from merge to production", 60, "minutes"));
        for (ComplianceRegime regime : w.compliance()) {
            qas.add(new QualityAttribute("qa-" + Names.slug(regime.label()), QualityAttributeType.COMPLIANCE,
                    "The annual " + regime.label() + " assessment", "open high findings", 0, "findings"));
        }
        qas.addAll(GoalTargets.of(request.goals(), request.description(), dated));
        w.budgetUsd().ifPresent(b -> qas.add(new QualityAttribute("qa-cost", QualityAttributeType.COST,
                "Production at the expected load", "monthly infrastructure cost at list prices", b, "USD")));

        List<String> constraints = new ArrayList<>(request.constraints());
        // Which way money moves is a fact the design rests on (card capture in, payouts out), stated with its evidence; the
        // phrases and where they were found, not the request's sentences (which could read as claims of their own).
        Archetypes.standard().moneyDirections(request, w.capabilities()).forEach((direction, evidence) -> constraints.add(
                Names.capitalise(direction.meaning()) + ": the request says " + String.join(", ", evidence.stream()
                        .map(e -> "'" + e.phrase() + "' in " + (e.field() == dev.architect.offline.internal.archetype.RequestField.DESCRIPTION
                                ? "the description" : Names.withArticle(e.field().label()))).distinct().toList())));
        constraints.add("Runs on " + w.cloud().displayName() + " in " + String.join(", ", w.regions()));
        constraints.add("Built and run by a team of " + w.teamSize() + " knowing " + String.join(", ", w.expertise()));
        List<dev.architect.dossier.Assumption> assumptions = new ArrayList<>(w.assumptions());
        List<OpenQuestion> questions = questions(w, catalogue, t);
        questions.addAll(unenforcedInvariants(request, w, t));
        questions.addAll(VerbLedRecords.questions(request, t));
        payeesAssumed(request, t).ifPresent(p -> {
            // The regions say where the system runs, not where the people it pays are: nothing is assumed of their countries.
            String provider = "Through a payouts provider's local rails, wherever they are";
            assumptions.add(new dev.architect.dossier.Assumption(PAYEES_ASSUMED, "payees", "No sentence of the request says where the people paid"
                    + " out are (" + (request.deployment() == null || request.deployment().regions().isEmpty() ? "where the system runs does not say"
                    : "the regions " + String.join(", ", request.deployment().regions()) + " say where the system runs, not where they are")
                    + "), so they are paid through a payouts provider whose local rails reach them wherever they are", provider.toLowerCase(java.util.Locale.ROOT)));
            questions.add(new OpenQuestion("oq-payee-countries", "Where are the people the system pays out, and in which currencies?",
                    "The payout rails, their cut-offs, the account details collected and whether one bank or a payouts provider reaches"
                            + " them all follow from it (assumption " + PAYEES_ASSUMED + ")",
                    List.of(provider + " (assumed)", "In named countries (name them), paid on their own rails", "Paid by the payment provider that took their money"),
                    provider + " (assumed)"));
        });
        return new Requirements(functional, qas, constraints, assumptions, questions);
    }

    private static final String PAYEES_ASSUMED = "as-payee-countries";

    /** Where payees are taken to be when the design pays people out and no words of the request place them. */
    private static java.util.Optional<dev.architect.offline.internal.catalog.Geography.Payees> payeesAssumed(ConsultationRequest request, Topology t) {
        boolean paysOut = t.placements.stream().anyMatch(p -> p.archetype().direction() == dev.architect.offline.internal.archetype.MoneyDirection.OUTGOING);
        return paysOut ? dev.architect.offline.internal.catalog.Geography.standard().payees(request).filter(
                dev.architect.offline.internal.catalog.Geography.Payees::assumed) : java.util.Optional.empty();
    }

    /** How a general capability shape designs the capability, the words that chose it, and the tables it brings. */
    private static String shaped(Capability c) {
        var s = c.shaped();
        if (!s.ownsDesign()) {
            return "Designed as " + Names.withArticle(s.shape().label()) + " (see requirement " + requirementId(s.sharedWith())
                    + ", whose design serves it too). Chosen because the " + s.evidence().describe();
        }
        return "Designed as " + Names.withArticle(s.shape().label()) + ": " + s.design().requirement() + ". Chosen because the "
                + s.evidence().describe() + "; tables " + String.join(", ", s.design().entities().stream().map(e -> e.name()).toList());
    }

    /** The ids of the functional requirements the request's compliance regimes add. */
    static java.util.Set<String> regulatedIds(Workload w) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (w.compliance().contains(ComplianceRegime.GDPR) || w.compliance().contains(ComplianceRegime.FADP)
                || w.compliance().contains(ComplianceRegime.LGPD)) {
            ids.add("fr-data-subject-rights");
        }
        if (w.compliance().contains(ComplianceRegime.HIPAA) || w.compliance().contains(ComplianceRegime.PCI_DSS)
                || w.compliance().contains(ComplianceRegime.SOC2)) {
            ids.add("fr-audit-trail");
        }
        return ids;
    }

    /**
     * Adds what a compliance regime requires; when the request already names it as a capability (an "audit trail"
     * capability under HIPAA), the one requirement keeps the capability's place and takes the regime's wording.
     */
    private static void addRegulated(List<FunctionalRequirement> functional, FunctionalRequirement regulated) {
        for (int i = 0; i < functional.size(); i++) {
            if (functional.get(i).id().equals(regulated.id())) {
                FunctionalRequirement named = functional.get(i);
                functional.set(i, new FunctionalRequirement(named.id(), named.title(), regulated.description(), named.priority()));
                return;
            }
        }
        functional.add(regulated);
    }

    static String requirementId(Capability c) {
        return requirementId(c.slug());
    }

    /** The id of the functional requirement of the capability with this slug. */
    static String requirementId(String capabilitySlug) {
        return "fr-" + capabilitySlug;
    }

    static String openQuestionId(Capability c) {
        return "oq-capability-" + c.slug();
    }

    /**
     * An invariant a record with a lifecycle states but no column, constraint or conditional update keeps: an open question
     * saying what is missing, never a check the design pretends to make.
     */
    private static List<OpenQuestion> unenforcedInvariants(ConsultationRequest request, Workload w, Topology t) {
        List<OpenQuestion> out = new ArrayList<>();
        for (Capability c : t.capabilities) {
            if (c.shaped() == null || !c.shaped().ownsDesign() || !c.shaped().shape().id().equals("record-lifecycle")) {
                continue;
            }
            List<RecordLifecycles.Unenforced> missing = RecordLifecycles.standard().unenforced(c.name(), request, w.capabilities(), t.lifecycleSetting);
            for (int n = 0; n < missing.size(); n++) {
                RecordLifecycles.Unenforced u = missing.get(n);
                out.add(new OpenQuestion("oq-invariant-" + c.slug() + (n == 0 ? "" : "-" + (n + 1)),
                        "How must '" + u.invariant().name() + "' be enforced for " + c.name() + "?",
                        "The request states it (" + u.invariant().sentence().field().label() + " \"" + u.invariant().sentence().text()
                                + "\"), but the data model does not keep it: " + u.missing(), List.of(), null));
            }
        }
        return out;
    }

    private static List<OpenQuestion> questions(Workload w, Catalogue catalogue, Topology t) {
        List<OpenQuestion> out = new ArrayList<>();
        for (Capability c : t.capabilities) {
            if (c.open()) {
                out.add(new OpenQuestion(openQuestionId(c), CapabilityNameGrammar.standard().objects(c.name())
                        .map(o -> "What happens to " + o + " in '" + c.name() + "': who creates, changes and ends them, and what must always hold of them?")
                        .orElse("What does '" + c.name() + "' own, and how is it used?"),
                        "Its tables, keys, unique constraints and indexes follow from the records it owns and their invariants, and from"
                                + " its access patterns (who reads or changes what, by which key, how often); until then the design keeps"
                                + " only a labelled placeholder", List.of(), null));
            }
        }
        if (!w.isGiven("load.peakRequestsPerSecond")) {
            out.add(new OpenQuestion("oq-peak", "What peak traffic must the system handle?",
                    "Instances, the datastore and the broker are sized from it",
                    List.of("About " + Numbers.format(w.peakRps()) + " requests/s (assumed)", "Hundreds a second", "Thousands a second"),
                    "About " + Numbers.format(w.peakRps()) + " requests/s (assumed)"));
        }
        // A stated figure its own physical counts contradict: which one holds changes the sizing and the cost
        for (dev.architect.dossier.Assumption a : w.assumptions()) {
            if (a.id().equals(Workload.PEAK_AGAINST_DEVICES)) {
                out.add(new OpenQuestion("oq-peak-against-devices", "Which holds: the stated peak or the devices' own reports?",
                        "The stated peak and the devices and report rates the request names do not agree (far apart, or devices that reach the"
                                + " stated writes, leaving people's own writes to the part of the peak left); the design is sized for "
                                + a.value() + " (" + a.id() + "), and the other figure would change the instances, the ingestion stream and the cost",
                        List.of("The devices' reports are the writes", "The stated peak holds: other writers make up the difference"),
                        "The devices' reports are the writes"));
            } else if (a.id().equals(Workload.GROWTH_AGAINST_COUNTS)) {
                out.add(new OpenQuestion("oq-growth-against-counts", "Which holds: the stated data growth or the counts and sizes the request states?",
                        "The stated growth and what the request's own counts write differ by a large factor; storage is sized for "
                                + a.value() + " (" + a.id() + "), and the other figure would change the stores, their tiering and the cost",
                        List.of("The counts and sizes stated hold", "The stated growth holds (compressed, deduplicated or partly kept)"),
                        "The counts and sizes stated hold"));
            } else if (a.id().equals(HeldReports.REPORTS_NOT_STORED)) {
                out.add(new OpenQuestion("oq-reports-not-stored", "Must every device report be kept, or only what the design stores of them?",
                        "The design keeps the devices' reports in memory and stores only what its own processes make of them, each for its own "
                                + "retention, so the stores gain " + a.value() + " (" + a.id() + "); keeping every report for the whole retention "
                                + "would add a store of its own for them and change the storage and the cost by the figure the assumption names",
                        List.of("Only what the design stores of them", "Every report, for the whole retention"), "Only what the design stores of them"));
            }
        }
        if (!w.isGiven("availability.targetPercent")) {
            out.add(new OpenQuestion("oq-availability", "How much downtime can the business accept?",
                    "Decides single zone, multi-zone or multi-region, and roughly doubles cost at each step",
                    List.of("99.5%", "99.9% (assumed)", "99.99%"), "99.9% (assumed)"));
        }
        if (w.budgetUsd().isEmpty()) {
            out.add(new OpenQuestion("oq-budget", "What monthly infrastructure budget is approved?",
                    "Without it the cost estimate cannot be checked against a limit", List.of(), null));
        }
        for (ComplianceRegime regime : w.compliance()) {
            if (catalogue.compliance(regime).isEmpty()) {
                out.add(new OpenQuestion("oq-" + Names.slug(regime.label()), "Which " + regime.label() + " controls apply, and who assesses them?",
                        "The offline catalogue has no control set for " + regime.label() + "; map its controls with the assessor",
                        List.of(), null));
            }
        }
        return out;
    }
}
