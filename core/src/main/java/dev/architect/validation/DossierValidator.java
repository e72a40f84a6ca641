package dev.architect.validation;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.C4Element;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.Risk;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that the parts of a dossier agree with one another: every reference (an ADR naming a C4 element, a risk
 * naming a decision, an API's owning container, a sequence participant, an entity's owner, a relationship's ends)
 * points at something that exists, plus a few warnings an architect reviewing the dossier would raise.
 *
 * <p>Rules are listed in {@link Rule}; each violation carries the JSON path of the offending element. Thread-safe
 * and stateless.
 */
public final class DossierValidator {

    /** The rules, by the stable name violations carry. */
    public enum Rule {
        /** A reference to a C4 element id the model does not define. */
        UNKNOWN_ELEMENT("unknown-element"),
        /** A reference to a decision id the dossier does not hold. */
        UNKNOWN_DECISION("unknown-decision"),
        /** A reference to a container id the model does not define. */
        UNKNOWN_CONTAINER("unknown-container"),
        /** A container placed in a software system the model does not define. */
        UNKNOWN_SYSTEM("unknown-system"),
        /** A reference to an entity the data model does not define. */
        UNKNOWN_ENTITY("unknown-entity"),
        /** An alert guarding a service-level objective the operations plan does not define. */
        UNKNOWN_SLO("unknown-slo"),
        /** A container placed in an external system; only the designed system is decomposed. */
        CONTAINER_IN_EXTERNAL_SYSTEM("container-in-external-system"),
        /** An operation id used by more than one API of the dossier. */
        DUPLICATE_OPERATION_ID("duplicate-operation-id"),
        /** A relation whose target has no single-field key, or whose field types differ. */
        FOREIGN_KEY_MISMATCH("foreign-key-mismatch"),
        /** A warning: a foreign key between entities owned by different containers, so they share a database. */
        SHARED_DATA("shared-data"),
        /** A warning: a container with no relationships. */
        UNUSED_ELEMENT("unused-element"),
        /** A warning: a three-year TCO below 36 months of the lowest monthly total the run rate quotes up to month 36. */
        TCO_BELOW_RUN_COST("tco-below-run-cost"),
        /**
         * A budget option that does not price what it says: the adopted one's totals are not the estimate's (month 1 and
         * month 36), or another one costs more at the costlier month than the design it is a cheaper variant of.
         */
        COST_OPTION_MISMATCH("cost-option-mismatch"),
        /**
         * A cost scenario of more load (low, base, high in that order) that totals less than one of less load: the same
         * design carrying more requests, writes and data never costs less, so a tier or size chosen at one load is wrong.
         */
        SCENARIO_ORDER("scenario-order"),
        /** A warning: a designed software system with no containers. */
        EMPTY_SYSTEM("empty-system"),
        /** A superseded decision that does not name its successor back, or names one that does not exist. */
        BROKEN_SUPERSESSION("broken-supersession"),
        /** The availability decision against the database's deployment and the instance counts. */
        AVAILABILITY_TOPOLOGY("availability-topology"),
        /** A data-residency claim against the regions the system is deployed to. */
        RESIDENCY_REGIONS("residency-regions"),
        /**
         * A cost item or runbook text copying the whole database to another region while a decision in force pins
         * personal data to each person's home region.
         */
        HOME_REGION_COPY("home-region-copy"),
        /** A compliance approach against the vendors it relies on (provider tokenisation needs a payment provider). */
        COMPLIANCE_VENDOR("compliance-vendor"),
        /** A risk mitigated with an option or product the dossier rejected. */
        MITIGATION_NAMES_REJECTED("mitigation-names-rejected"),
        /** The tech stack or a cost item against the decisions (a rejected option chosen or paid for). */
        STACK_MISMATCH("stack-mismatch"),
        /** Tools of another language than the stack's, or a language the team does not know without a learning plan. */
        LANGUAGE_MISMATCH("language-mismatch"),
        /** Figures in the summary or a decision that the cost estimate or capacity plan does not hold. */
        SUMMARY_FIGURES("summary-figures"),
        /**
         * The datastore decision against the C4 databases: one relational database beside a database per service, or a
         * relational product other than the one the decision chose.
         */
        DATASTORE_MODEL("datastore-model"),
        /** An integration the request names that the C4 model leaves out or leaves without a relationship. */
        INTEGRATION_WIRING("integration-wiring"),
        /** A C4 container or component that is an option or product an ADR rejected. */
        REJECTED_ELEMENT("rejected-element"),
        /** Plan, flow or runbook text relying on a feature the chosen relational engine lacks (an exclusion constraint on MySQL). */
        ENGINE_FEATURE("engine-feature"),
        /**
         * A container, the data model, a flow, the runbook, the plan or a mitigation naming (or a constraint relying on) a
         * database feature that only other products than the design's databases have: row-level security on Cloud Spanner.
         */
        DATABASE_FEATURE("database-feature"),
        /** A roadmap phase that builds an option or component an ADR rejected (a stream after direct writes were chosen). */
        PLAN_NAMES_REJECTED("plan-names-rejected"),
        /** A runbook saying a primary-and-standby store needs no failover step (text of a consensus-replicated store). */
        RUNBOOK_FAILOVER("runbook-failover"),
        /** A cost item paying for a product that no decision, container, stack entry or external system chose. */
        COST_NOT_CHOSEN("cost-not-chosen"),
        /** A decision on the job a named integration does (search, moderation, statements) that never names it. */
        NAMED_INTEGRATION("named-integration"),
        /** A failover to another region promised while personal data is pinned to home regions: no region holds a copy. */
        NO_COPY_TO_FAIL_OVER("no-copy-to-fail-over"),
        /** A risk or runbook for one writing region (fence the old writer) while the regions run active-active. */
        REGION_WRITERS("region-writers"),
        /** An asynchronous copy written beside an RPO of 0 as if it met it. */
        RPO_UNMET("rpo-unmet"),
        /** Backups copied to another region that no cost item prices. */
        BACKUP_COPY_UNPRICED("backup-copy-unpriced"),
        /** A signature or audit trail bound to the content's hash with no field in the data model holding it. */
        CONTENT_HASH("content-hash"),
        /** A message-broker container built on an option that chose no broker or stream (direct writes). */
        BROKER_NOT_CHOSEN("broker-not-chosen"),
        /**
         * A container's technology against the option a decision about it chose and the cost items priced on it: where
         * two name products of one family (where code runs, streams, caches), they name the same one.
         */
        PRODUCT_MISMATCH("product-mismatch"),
        /**
         * A container or component whose technology offers alternatives ("X or Y", "X (or Y)"): a part is built on one
         * technology, and the others belong in its decision's options.
         */
        TECHNOLOGY_ALTERNATIVES("technology-alternatives"),
        /**
         * Text placing parts in cloud zones or a second region (the availability decision, cost and capacity sizing, the
         * recovery strategy, a risk) while the request hosts the system on premises at one site.
         */
        PLACEMENT_SITES("placement-sites"),
        /**
         * An availability decision that serves every user from one region (a warm standby, a pilot light) while the regions
         * span continents and the request sets a latency target, with no consequence saying what the far users trade.
         */
        LATENCY_TRADE_OFF("latency-trade-off"),
        /** A figure a decision quotes for a quantity the capacity plan states (data after five years, connections) that is not the plan's. */
        QUOTED_FIGURE("quoted-figure"),
        /**
         * A warning: a rate in decision, risk or operations prose ("N writes/s") that no capacity estimate, capacity basis or
         * cost line of the dossier gives.
         */
        QUOTED_RATE("quoted-rate"),
        /** A flow step calling a container with an HTTP method and path that no API of the dossier offers. */
        FLOW_OPERATION("flow-operation"),
        /**
         * A flow step from a container to a database whose description says another container owns it alone ("only its
         * service reads or writes it"): the store is read and written by its owner only, unless the design declares it shared.
         */
        STORE_OWNER("store-owner"),
        /**
         * An ADR's chosen option not carried into the other artifacts: a product it names (where code runs, a stream or queue,
         * a cache, the capacity a container service runs on) that no container, component or stack entry is built on; a cost
         * line on a part built on the chosen capacity pricing another (EC2 hours for Fargate); two decisions in force placing
         * one container on different platforms; a relationship drawn to a product in a protocol it does not speak. A chosen
         * product that no cost line prices and no cost note explains is a warning.
         */
        CHOICE_CARRIED("choice-carried"),
        /**
         * With an RPO of 0, an availability layout in which every region takes writes (active-active) chosen beside a store
         * that takes every write on one primary and copies to other regions asynchronously: a lost region takes its last
         * writes with it, so the two decisions promise what neither keeps. The layout and store words are read from
         * {@code regions-fit-store.yaml}, whole words.
         */
        REGIONS_FIT_STORE("regions-fit-store"),
        /**
         * A product a container is built on (and the cost lines on it price) that no decision in force chose and no tech-stack
         * entry lists, or two products of a family a design runs one of (two CDNs) named across containers and chosen options
         * ({@code built-products.yaml}).
         */
        BUILT_IS_CHOSEN("built-is-chosen"),
        /**
         * Prose saying the request leaves out a field ("assumed: the request does not say data.initialVolumeGb", "does not
         * state its peak load") that the request states ({@code stated-request.yaml}).
         */
        STATED_CALLED_UNSTATED("stated-called-unstated"),
        /** A sentence placing data in a region ("data stays in eastus") that is not one of the request's deployment regions. */
        REGION_NAMED("region-named"),
        /**
         * A decision giving up the request's latency target ("trades p99 latency target") with no risk related to it and no
         * open question naming the target for its owner to accept.
         */
        LATENCY_GIVEN_UP("latency-given-up"),
        /**
         * A column comment saying the database sets the value ("set by the database", "default now()") on a column with no
         * default: every insert that leaves it out fails ({@code promises-kept.yaml}).
         */
        COLUMN_CLAIM("column-claim"),
        /**
         * A requirement, release check or flow step answering with a problem type ("422 /problems/deadline-passed") that no
         * operation of the API answers with, or answers with another status.
         */
        UNDECLARED_PROBLEM("undeclared-problem"),
        /**
         * A warning: an open question asserting an absence the dossier contradicts: "no constraint keeps it" about a rule ("never
         * edited") while a record it names already carries the constraint that keeps such a rule (APPEND_ONLY).
         */
        ABSENCE_CONTRADICTED("absence-contradicted"),
        /**
         * A warning: a part an in-force decision's chosen option names (read replicas, a shared cache) that no cost item prices or no
         * C4 container draws ({@code prose-against-figures.yaml}).
         */
        CHOSEN_PART_UNBUILT("chosen-part-unbuilt"),
        /**
         * The budget verdict against the risks and the summary: over with no budget risk, with one that does not say so or is
         * rated below what the overshoot calls for; within beside a risk or a summary saying it is over.
         */
        BUDGET_RISK_VERDICT("budget-risk-verdict"),
        /**
         * A warning: an access or isolation rule the request's description states ("a driver must never see ...") that no
         * requirement keeps and no open question or risk quotes, so the dossier drops it without a word.
         */
        ACCESS_RULE_UNANSWERED("access-rule-unanswered");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        /**
         * The rule's stable name, as violations carry it, e.g. {@code unknown-container}.
         *
         * @return the name
         */
        public String id() {
            return id;
        }
    }

    private DossierValidator() {
    }

    /**
     * Checks every cross-reference of a dossier and the warnings of {@link Rule}; the records have already checked
     * their own invariants when built. Never throws for a broken dossier: the report says what is wrong.
     *
     * <pre>{@code
     * ValidationReport report = DossierValidator.validate(consultation);
     * if (report.hasErrors()) {
     *     System.err.println(report.describe());
     * }
     * }</pre>
     *
     * @param c the dossier
     * @return every violation with the JSON path of the offending element, errors first
     */
    public static ValidationReport validate(Consultation c) {
        return validate(c, null);
    }

    /**
     * Reads, once per JVM, the validator's data files (its vocabulary, the product families, the placement words), so
     * that a first validation, e.g. of a consultation's first model reply, does not wait for them to be read.
     */
    public static void readDataFiles() {
        Vocabulary.standard();
        ProductRules.families();
        BuiltProductRules.families();
        PlacementRules.placement();
        RegionWriterRules.vocabulary();
        StatedRequestRules.readWords();
        PromiseRules.readWords();
        ProseFigureRules.load();
    }

    /**
     * The access or isolation rules the request's description states ("a driver must never see what is in the bag") that no
     * requirement of the dossier keeps and no open question or risk quotes: each clause as the request words it. What
     * {@link Rule#ACCESS_RULE_UNANSWERED} warns about, for a writer that would rather ask about them than drop them.
     *
     * @param c the dossier
     * @param request the request it answers
     * @return the clauses, in the description's order
     */
    public static List<String> unansweredAccessRules(Consultation c, ConsultationRequest request) {
        return ProseFigureRules.unanswered(c, request).stream().map(ProseFigureRules.Unanswered::clause).toList();
    }

    /**
     * Validates a dossier against itself and, when {@code request} is not null, against the request it answers (its
     * regions and the team's languages).
     *
     * @param c the dossier
     * @param request the request it answers, or null
     * @return every violation found
     */
    public static ValidationReport validate(Consultation c, ConsultationRequest request) {
        List<Violation> out = new ArrayList<>();
        C4Model c4 = c.c4();
        Map<String, C4Element> elements = c4.elements().collect(Collectors.toMap(C4Element::id, Function.identity()));
        Set<String> containers = ids(c4.containers().stream().map(Container::id));
        Set<String> decisions = ids(c.decisions().stream().map(Decision::id));

        checkC4(c4, elements, out);
        for (int i = 0; i < c.decisions().size(); i++) {
            // A superseded decision is kept as written for the design it was made for, whose elements may since be gone.
            if (c.decisions().get(i).status() == dev.architect.dossier.DecisionStatus.SUPERSEDED) {
                continue;
            }
            List<String> related = c.decisions().get(i).relatedElements();
            for (int j = 0; j < related.size(); j++) {
                refersTo(elements.keySet(), related.get(j), "decisions[" + i + "].relatedElements[" + j + "]",
                        Rule.UNKNOWN_ELEMENT, "C4 element", out);
            }
        }
        for (int i = 0; i < c.risks().size(); i++) {
            Risk r = c.risks().get(i);
            for (int j = 0; j < r.relatedDecisions().size(); j++) {
                refersTo(decisions, r.relatedDecisions().get(j), "risks[" + i + "].relatedDecisions[" + j + "]",
                        Rule.UNKNOWN_DECISION, "decision", out);
            }
            for (int j = 0; j < r.relatedElements().size(); j++) {
                refersTo(elements.keySet(), r.relatedElements().get(j), "risks[" + i + "].relatedElements[" + j + "]",
                        Rule.UNKNOWN_ELEMENT, "C4 element", out);
            }
        }
        for (int i = 0; i < c.sequences().size(); i++) {
            SequenceDiagram s = c.sequences().get(i);
            for (int j = 0; j < s.participants().size(); j++) {
                refersTo(elements.keySet(), s.participants().get(j), "sequences[" + i + "].participants[" + j + "]",
                        Rule.UNKNOWN_ELEMENT, "C4 element", out);
            }
        }
        checkSupersession(c.decisions(), out);
        checkApis(c.apis(), containers, out);
        checkData(c, containers, out);
        for (int i = 0; i < c.techStack().size(); i++) {
            String d = c.techStack().get(i).decisionId();
            if (d != null) {
                refersTo(decisions, d, "techStack[" + i + "].decisionId", Rule.UNKNOWN_DECISION, "decision", out);
            }
        }
        Set<String> slos = new HashSet<>();
        for (int i = 0; i < c.operations().slos().size(); i++) {
            var slo = c.operations().slos().get(i);
            slos.add(slo.id());
            if (slo.containerId() != null) {
                refersTo(containers, slo.containerId(), "operations.slos[" + i + "].containerId", Rule.UNKNOWN_CONTAINER, "container", out);
            }
        }
        for (int i = 0; i < c.operations().alerts().size(); i++) {
            String slo = c.operations().alerts().get(i).sloId();
            if (slo != null) {
                refersTo(slos, slo, "operations.alerts[" + i + "].sloId", Rule.UNKNOWN_SLO, "SLO", out);
            }
        }
        for (int i = 0; i < c.cost().items().size(); i++) {
            String container = c.cost().items().get(i).containerId();
            if (container != null) {
                refersTo(containers, container, "cost.items[" + i + "].containerId", Rule.UNKNOWN_CONTAINER, "container", out);
            }
        }
        // A temporary part (a migration loader) leaves the run rate, so the floor is the lowest quoted month up to 36
        double floor = c.cost().runRate().stream().filter(p -> p.month() <= 36).mapToDouble(dev.architect.dossier.RunRatePoint::monthlyTotal)
                .min().orElse(c.cost().monthlyTotal());
        if (c.cost().threeYearTco() + 0.01 < Math.min(floor, c.cost().monthlyTotal()) * 36) {
            out.add(new Violation(Severity.WARNING, "cost.threeYearTco", Rule.TCO_BELOW_RUN_COST.id(),
                    "three-year TCO " + c.cost().threeYearTco() + " is below 36 months of the lowest monthly total up to month 36 "
                            + Math.min(floor, c.cost().monthlyTotal())));
        }
        costOptions(c, out);
        scenarioOrder(c, out);
        ConsistencyRules.check(c, request, out);
        DatastoreRules.check(c, out);
        IntegrationRules.check(c, request, out);
        RejectedElementRules.check(c, out);
        ArtifactTextRules.check(c, out);
        ClaimRules.check(c, out);
        ProductRules.check(c, out);
        PlacementRules.check(c, request, out);
        QuotedFigureRules.check(c, out);
        FlowApiRules.check(c, out);
        StoreOwnerRules.check(c, out);
        ChoiceRules.check(c, out);
        BuiltProductRules.check(c, out);
        RegionWriterRules.check(c, out);
        StatedRequestRules.check(c, request, out);
        PromiseRules.check(c, out);
        ProseFigureRules.check(c, request, out);
        return new ValidationReport(out);
    }

    /** A superseded decision names its successor, and the successor names it back. */
    private static void checkSupersession(List<Decision> decisions, List<Violation> out) {
        Map<String, Decision> byId = new java.util.HashMap<>();
        decisions.forEach(d -> byId.putIfAbsent(d.id(), d));
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.supersededBy() != null) {
                Decision successor = byId.get(d.supersededBy());
                if (successor == null || !d.id().equals(successor.supersedes())) {
                    out.add(error("decisions[" + i + "].supersededBy", Rule.BROKEN_SUPERSESSION, "decision '" + d.id()
                            + "' is superseded by '" + d.supersededBy() + "', which "
                            + (successor == null ? "does not exist" : "does not say it supersedes it")));
                }
            }
            if (d.supersedes() != null) {
                Decision predecessor = byId.get(d.supersedes());
                if (predecessor == null || !d.id().equals(predecessor.supersededBy())) {
                    out.add(error("decisions[" + i + "].supersedes", Rule.BROKEN_SUPERSESSION, "decision '" + d.id()
                            + "' supersedes '" + d.supersedes() + "', which "
                            + (predecessor == null ? "does not exist" : "does not name it as its successor")));
                }
            }
        }
    }

    private static void checkC4(C4Model c4, Map<String, C4Element> elements, List<Violation> out) {
        Map<String, SoftwareSystem> systems = c4.systems().stream().collect(Collectors.toMap(SoftwareSystem::id, s -> s));
        for (int i = 0; i < c4.containers().size(); i++) {
            Container k = c4.containers().get(i);
            SoftwareSystem system = systems.get(k.systemId());
            String path = "c4.containers[" + i + "].systemId";
            if (system == null) {
                out.add(error(path, Rule.UNKNOWN_SYSTEM, "container '" + k.id() + "' belongs to unknown system '"
                        + k.systemId() + "'" + known(systems.keySet())));
            } else if (system.external()) {
                out.add(error(path, Rule.CONTAINER_IN_EXTERNAL_SYSTEM, "container '" + k.id()
                        + "' is placed in external system '" + k.systemId() + "'; only the designed system is decomposed"));
            }
        }
        Set<String> containerIds = ids(c4.containers().stream().map(Container::id));
        for (int i = 0; i < c4.components().size(); i++) {
            Component k = c4.components().get(i);
            refersTo(containerIds, k.containerId(), "c4.components[" + i + "].containerId", Rule.UNKNOWN_CONTAINER, "container", out);
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < c4.relationships().size(); i++) {
            Relationship r = c4.relationships().get(i);
            refersTo(elements.keySet(), r.sourceId(), "c4.relationships[" + i + "].sourceId", Rule.UNKNOWN_ELEMENT, "C4 element", out);
            refersTo(elements.keySet(), r.destinationId(), "c4.relationships[" + i + "].destinationId", Rule.UNKNOWN_ELEMENT, "C4 element", out);
            used.add(r.sourceId());
            used.add(r.destinationId());
        }
        for (int i = 0; i < c4.containers().size(); i++) {
            Container k = c4.containers().get(i);
            boolean componentUsed = c4.componentsOf(k.id()).stream().anyMatch(x -> used.contains(x.id()));
            if (!used.contains(k.id()) && !componentUsed) {
                out.add(new Violation(Severity.WARNING, "c4.containers[" + i + "]", Rule.UNUSED_ELEMENT.id(),
                        "container '" + k.id() + "' has no relationships; nothing uses it and it uses nothing"));
            }
        }
        for (int i = 0; i < c4.systems().size(); i++) {
            SoftwareSystem s = c4.systems().get(i);
            if (!s.external() && c4.containersOf(s.id()).isEmpty()) {
                out.add(new Violation(Severity.WARNING, "c4.systems[" + i + "]", Rule.EMPTY_SYSTEM.id(),
                        "system '" + s.id() + "' is being designed but has no containers"));
            }
        }
    }

    private static void checkApis(List<ApiSpec> apis, Set<String> containers, List<Violation> out) {
        Map<String, String> operationOwners = new HashMap<>();
        for (int i = 0; i < apis.size(); i++) {
            ApiSpec api = apis.get(i);
            refersTo(containers, api.containerId(), "apis[" + i + "].containerId", Rule.UNKNOWN_CONTAINER, "container", out);
            for (int j = 0; j < api.operations().size(); j++) {
                ApiOperation op = api.operations().get(j);
                String other = operationOwners.putIfAbsent(op.operationId(), api.id());
                if (other != null) {
                    out.add(error("apis[" + i + "].operations[" + j + "].operationId", Rule.DUPLICATE_OPERATION_ID,
                            "operationId '" + op.operationId() + "' of api '" + api.id() + "' is also used by api '" + other + "'"));
                }
            }
        }
    }

    private static void checkData(Consultation c, Set<String> containers, List<Violation> out) {
        List<Entity> entities = c.dataModel().entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            refersTo(containers, e.ownerContainerId(), "dataModel.entities[" + i + "].ownerContainerId",
                    Rule.UNKNOWN_CONTAINER, "container", out);
            for (int j = 0; j < e.relations().size(); j++) {
                EntityRelation r = e.relations().get(j);
                String path = "dataModel.entities[" + i + "].relations[" + j + "]";
                Optional<Entity> target = c.dataModel().entity(r.targetEntity());
                if (target.isEmpty()) {
                    out.add(error(path + ".targetEntity", Rule.UNKNOWN_ENTITY, "entity '" + e.name()
                            + "' refers to unknown entity '" + r.targetEntity() + "'"));
                    continue;
                }
                Entity t = target.get();
                if (t.primaryKey().size() != 1) {
                    out.add(error(path, Rule.FOREIGN_KEY_MISMATCH, "entity '" + e.name() + "' refers to '" + t.name()
                            + "', whose primary key has " + t.primaryKey().size() + " fields; a relation needs a single-field key"));
                    continue;
                }
                EntityField from = e.field(r.field()).orElseThrow();
                EntityField to = t.field(t.primaryKey().get(0)).orElseThrow();
                if (from.type() != to.type()) {
                    out.add(error(path, Rule.FOREIGN_KEY_MISMATCH, "field '" + e.name() + "." + from.name() + "' is "
                            + from.type() + " but refers to '" + t.name() + "." + to.name() + "' of type " + to.type()));
                }
                if (!t.ownerContainerId().equals(e.ownerContainerId())) {
                    out.add(new Violation(Severity.WARNING, path, Rule.SHARED_DATA.id(), "entity '" + e.name()
                            + "' (owned by '" + e.ownerContainerId() + "') has a foreign key into '" + t.name()
                            + "' (owned by '" + t.ownerContainerId() + "'); the two containers now share a database"));
                }
            }
        }
    }

    private static void refersTo(Set<String> known, String id, String path, Rule rule, String kind, List<Violation> out) {
        if (!known.contains(id)) {
            out.add(error(path, rule, "refers to unknown " + kind + " '" + id + "'" + known(known)));
        }
    }

    private static String known(Set<String> ids) {
        if (ids.isEmpty()) {
            return "; there are none";
        }
        List<String> sorted = ids.stream().sorted().limit(12).toList();
        return "; known: " + String.join(", ", sorted) + (ids.size() > 12 ? ", ..." : "");
    }

    private static Violation error(String path, Rule rule, String message) {
        return new Violation(Severity.ERROR, path, rule.id(), message);
    }

    private static Set<String> ids(java.util.stream.Stream<String> ids) {
        return ids.collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The scenarios' totals rise with their load: low at most base, base at most high (a cent of rounding allowed). A
     * scenario of more load that costs less means the design was priced on a tier or size that does not follow the load.
     */
    private static void scenarioOrder(Consultation c, List<Violation> out) {
        List<dev.architect.dossier.CostScenario> scenarios = c.cost().scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            for (int j = 0; j < scenarios.size(); j++) {
                dev.architect.dossier.CostScenario less = scenarios.get(i);
                dev.architect.dossier.CostScenario more = scenarios.get(j);
                if (less.name().compareTo(more.name()) < 0 && more.monthlyTotal() + 0.01 < less.monthlyTotal()) {
                    out.add(new Violation(Severity.ERROR, "cost.scenarios[" + j + "]", Rule.SCENARIO_ORDER.id(), "scenario '"
                            + more.name().name().toLowerCase(java.util.Locale.ROOT) + "' costs " + more.monthlyTotal() + " a month, less than scenario '"
                            + less.name().name().toLowerCase(java.util.Locale.ROOT) + "' (" + less.monthlyTotal() + ") with less load: the same design "
                            + "carrying more load never costs less"));
                }
            }
        }
    }

    /**
     * Each budget option prices the design the estimate shows with only its stated changes: the adopted option's month-1
     * and month-36 totals are the estimate's own, and no option costs more at its costlier month than the design does.
     */
    private static void costOptions(Consultation c, List<Violation> out) {
        double month1 = c.cost().monthlyTotal();
        double month36 = c.cost().monthlyTotalAt(36).orElse(month1);
        double designPeak = Math.max(month1, month36);
        for (int i = 0; i < c.cost().options().size(); i++) {
            dev.architect.dossier.CostOption o = c.cost().options().get(i);
            String path = "cost.options[" + i + "]";
            if (o.adopted() && (Math.abs(o.monthlyTotal() - month1) > 0.01 || Math.abs(o.month36Total() - month36) > 0.01)) {
                out.add(new Violation(Severity.ERROR, path, Rule.COST_OPTION_MISMATCH.id(), "the adopted option '" + o.title() + "' costs "
                        + o.monthlyTotal() + " in month 1 and " + o.month36Total() + " in month 36, but the estimate priced with it costs "
                        + month1 + " and " + month36));
            } else if (!o.adopted() && Math.max(o.monthlyTotal(), o.month36Total()) > designPeak + 0.01) {
                out.add(new Violation(Severity.ERROR, path, Rule.COST_OPTION_MISMATCH.id(), "option '" + o.title() + "' costs "
                        + Math.max(o.monthlyTotal(), o.month36Total()) + " at its costlier month, more than the design it changes ("
                        + designPeak + "): an option is the design with only its stated changes, and cheaper"));
            }
        }
    }
}
