package dev.architect.internal.engine;

import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OperationsPlan;
import dev.architect.dossier.Priority;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.Risk;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.TechChoice;
import dev.architect.internal.facts.RegimeNames;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The least each stage's reply must contain, in proportion to the request and the design: an empty array passes a
 * JSON schema (even a strict one), so these checks are what keeps a model from handing back an empty section. Each
 * problem is phrased for the model (field path and what is missing) and goes back to it as a repair; a stage that
 * still falls short after its repairs fails with a typed error. {@link #ofDossier} checks the assembled dossier
 * once more, so a consultation never completes with an empty section.
 */
final class Completeness {

    /** Containers that serve requests and so expose an HTTP API of their own. */
    private static final Set<ContainerKind> API_KINDS = Set.of(ContainerKind.SERVICE, ContainerKind.API_GATEWAY);
    /** Containers that hold code, so have modules worth drawing as components. */
    private static final Set<ContainerKind> CODE_KINDS = Set.of(ContainerKind.SERVICE, ContainerKind.WEB_APP,
            ContainerKind.API_GATEWAY, ContainerKind.FUNCTION, ContainerKind.WORKER);
    /** Must-have requirements per sequence diagram owed: one critical flow for every two of them, at least one. */
    private static final int MUST_REQUIREMENTS_PER_FLOW = 2;

    private Completeness() {
    }

    static List<String> requirements(Requirements reply) {
        List<String> problems = new ArrayList<>();
        if (reply.functional().isEmpty()) {
            problems.add("functional is empty; list the functional requirements the request implies, at least one per capability");
        }
        if (reply.qualityAttributes().isEmpty()) {
            problems.add("qualityAttributes is empty; state the measurable quality attributes (latency, availability, ...)");
        }
        return problems;
    }

    static List<String> design(List<Container> containers, List<TechChoice> techStack) {
        List<String> problems = new ArrayList<>();
        if (techStack.isEmpty()) {
            problems.add("techStack is empty; name the technology chosen for each container");
        }
        if (!containers.isEmpty() && containers.stream().allMatch(Container::isDataStore)) {
            problems.add("containers holds only data stores; add the services or applications that use them");
        }
        return problems;
    }

    /**
     * The same, knowing the tech stack: a service that runs the identity product the stack names (a Keycloak server) speaks
     * OpenID Connect, a standard protocol, not an API of the design's own to specify.
     */
    static List<String> apis(List<ApiSpec> apis, List<Container> containers, List<TechChoice> techStack) {
        List<String> problems = new ArrayList<>();
        Set<String> served = apis.stream().map(ApiSpec::containerId).collect(Collectors.toSet());
        Set<String> identityProducts = techStack.stream().filter(t -> t.category() == dev.architect.dossier.TechCategory.IDENTITY)
                .map(TechChoice::choice).collect(Collectors.toSet());
        for (Container c : containers) {
            if (c.kind() == ContainerKind.SERVICE && !served.contains(c.id()) && !identityProducts.contains(c.technology())) {
                problems.add("apis has no API for container '" + c.id() + "' (" + c.kind() + "); add one with containerId '"
                        + c.id() + "'");
            }
        }
        if (apis.isEmpty() && problems.isEmpty() && containers.stream().anyMatch(c -> API_KINDS.contains(c.kind()))) {
            problems.add("apis is empty; specify the API the design's gateway exposes");
        }
        return problems;
    }

    static List<String> components(List<dev.architect.dossier.Component> components, List<Container> containers) {
        Set<String> drawn = components.stream().map(dev.architect.dossier.Component::containerId).collect(Collectors.toSet());
        return containers.stream().filter(c -> c.kind() == ContainerKind.SERVICE && !drawn.contains(c.id()))
                .map(c -> "components has none inside container '" + c.id() + "'; give each service its main modules")
                .collect(Collectors.toCollection(ArrayList::new));
    }

    static boolean hasCode(List<Container> containers) {
        return containers.stream().anyMatch(c -> CODE_KINDS.contains(c.kind()));
    }

    /**
     * Every database holds at least one entity. Entities name the container that owns them, usually the service that
     * writes them rather than the database, so the check is by count: at least one entity per database, and every
     * database that an entity names as its owner is covered by that.
     */
    static List<String> data(List<Entity> entities, List<Container> containers) {
        List<String> databases = containers.stream().filter(c -> c.kind() == ContainerKind.DATABASE).map(Container::id).toList();
        if (entities.size() >= databases.size()) {
            return List.of();
        }
        return List.of("entities has " + entities.size() + " but the design has " + databases.size() + " databases "
                + databases + "; give every database the entities it holds");
    }

    static List<String> flows(List<SequenceDiagram> sequences, Requirements requirements) {
        long must = requirements.functional().stream().filter(r -> r.priority() == Priority.MUST).count();
        long owed = Math.max(1, (must + MUST_REQUIREMENTS_PER_FLOW - 1) / MUST_REQUIREMENTS_PER_FLOW);
        if (sequences.size() >= owed) {
            return List.of();
        }
        String critical = requirements.functional().stream().filter(r -> r.priority() == Priority.MUST)
                .map(FunctionalRequirement::id).collect(Collectors.joining(", "));
        return List.of("sequences has " + sequences.size() + " but at least " + owed + " are needed: one per critical flow"
                + (critical.isEmpty() ? "" : " (the must-have requirements are " + critical + ")"));
    }

    static List<String> risks(List<Risk> risks, ConsultationRequest request) {
        List<String> problems = new ArrayList<>();
        if (risks.isEmpty()) {
            problems.add("risks is empty; record the risks of this design, scored for likelihood and impact");
        }
        for (ComplianceRegime regime : request.compliance()) {
            if (risks.stream().noneMatch(r -> names(r, regime))) {
                problems.add("risks has none about " + regime.label() + ", which the request must comply with; add one "
                        + "naming " + regime.label() + " in its id, title or description");
            }
        }
        return problems;
    }

    static List<String> operations(OperationsPlan operations, int roadmapPhases) {
        List<String> problems = new ArrayList<>();
        if (operations.slos().isEmpty()) {
            problems.add("operations.slos is empty; derive SLOs from the quality attributes");
        }
        if (operations.monitoring().isEmpty()) {
            problems.add("operations.monitoring is empty; say what is monitored");
        }
        if (operations.alerts().isEmpty()) {
            problems.add("operations.alerts is empty; add the alerts that page or notify someone");
        }
        if (operations.ciCd().isEmpty()) {
            problems.add("operations.ciCd is empty; describe how changes are built and deployed");
        }
        if (roadmapPhases == 0) {
            problems.add("roadmap.phases is empty; plan the delivery in phases");
        }
        return problems;
    }

    /** The assembled dossier's empty sections, each one a reason not to hand the dossier over. */
    static List<String> ofDossier(Consultation c, ConsultationRequest request) {
        List<String> problems = new ArrayList<>(requirements(c.requirements()));
        problems.addAll(design(c.c4().containers(), c.techStack()));
        if (c.c4().containers().isEmpty()) {
            problems.add("c4.containers is empty");
        }
        if (c.decisions().isEmpty()) {
            problems.add("decisions is empty");
        }
        problems.addAll(apis(c.apis(), c.c4().containers(), c.techStack()));
        problems.addAll(components(c.c4().components(), c.c4().containers()));
        problems.addAll(data(c.dataModel().entities(), c.c4().containers()));
        problems.addAll(flows(c.sequences(), c.requirements()));
        problems.addAll(risks(c.risks(), request));
        problems.addAll(operations(c.operations(), c.roadmap().phases().size()));
        if (c.cost().items().isEmpty()) {
            problems.add("cost.items is empty");
        }
        return problems;
    }

    private static boolean names(Risk risk, ComplianceRegime regime) {
        return RegimeNames.mentions(String.join(" ", risk.id(), risk.title(), String.valueOf(risk.description()), risk.mitigation()), regime);
    }
}
