package dev.architect.request;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.NamesOr;
import dev.architect.request.meta.Required;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller asks the architect to design. Only {@code system} and {@code description} are required; every
 * figure left out is stated as an assumption in the dossier rather than silently defaulted.
 *
 * <p>Build one in code with {@link #builder(String, String)}, or read a YAML or JSON document with
 * {@link RequestReader}. Instances are immutable; invalid values raise {@link dev.architect.exceptions.InvalidRequestException}
 * naming every offending field.
 */
@Doc("A system for the architect to design")
@JsonSerialize(using = CapabilityEntries.Writer.class)
@JsonDeserialize(using = CapabilityEntries.Reader.class)
public record ConsultationRequest(
        @Required @Doc("Name of the system") String system,
        @Required @Doc("Business context: what the system is for and who it serves") String description,
        @Doc("Business goals the design must serve") List<String> goals,
        @Doc("People and systems that use it") List<Actor> actors,
        @NamesOr(value = CapabilityLoad.class, into = "capabilityLoads")
        @Doc("Business capabilities it must provide, e.g. catalog, orders, payments; an entry may carry its load: {name, share or peakRequestsPerSecond, readWriteRatio}") List<String> capabilities,
        @Doc("External systems it integrates with") List<Integration> integrations,
        @Doc("Expected traffic") Load load,
        @Doc("Data volume and growth") DataVolume data,
        @Doc("Latency targets") Latency latency,
        @Doc("Availability and recovery objectives") Availability availability,
        @Doc("Regulatory regimes, e.g. PCI-DSS, HIPAA, GDPR, SOC 2") List<ComplianceRegime> compliance,
        @Doc("Infrastructure budget") Budget budget,
        @Doc("The team that builds and runs it") Team team,
        @Doc("Where it runs") Deployment deployment,
        @Doc("Constraints the design must respect, e.g. data must stay in the EU") List<String> constraints,
        @Doc("The system being replaced, for a redesign") ExistingSystem existingSystem,
        @Doc("The load of the capabilities whose load is known; written in a document as entries of capabilities") List<CapabilityLoad> capabilityLoads) {

    /**
     * Checks every field at once: {@code system} and {@code description} present and not blank, figures within their
     * ranges, no null list element. A bad request raises an {@code InvalidRequestException} listing every problem
     * with its field path. Null lists become empty ones.
     *
     * @param system the system's name
     * @param description what it does
     * @param goals business goals
     * @param actors who uses it
     * @param capabilities what it does, as capabilities
     * @param integrations external systems it talks to
     * @param load expected traffic, or null
     * @param data data volume, growth and retention, or null
     * @param latency latency targets, or null
     * @param availability availability target, RPO and RTO, or null
     * @param compliance regulatory regimes
     * @param budget infrastructure budget, or null
     * @param team the team, or null
     * @param deployment cloud and regions, or null
     * @param constraints constraints the design must respect
     * @param existingSystem the system being replaced, or null
     * @param capabilityLoads the stated load of some capabilities, each naming one that {@code capabilities} lists,
     *                        at most one each, their shares summing to at most 1
     */
    public ConsultationRequest {
        RequestConstraints.enforce(ConsultationRequest.class, system, description, goals, actors, capabilities,
                integrations, load, data, latency, availability, compliance, budget, team, deployment, constraints,
                existingSystem, capabilityLoads);
        checkCapabilityLoads(capabilities == null ? List.of() : capabilities, capabilityLoads == null ? List.of() : capabilityLoads,
                load == null ? null : load.peakRequestsPerSecond());
        goals = RequestConstraints.copy(goals);
        actors = RequestConstraints.copy(actors);
        capabilities = RequestConstraints.copy(capabilities);
        integrations = RequestConstraints.copy(integrations);
        // one regime named twice ("GDPR" and "UK GDPR" are spellings of one regime, whose option follows the regions) is
        // one regime: the design decides it once and its requirement, risk and decision ids stay unique
        compliance = RequestConstraints.copy(compliance).stream().distinct().toList();
        constraints = RequestConstraints.copy(constraints);
        capabilityLoads = RequestConstraints.copy(capabilityLoads);
    }

    /**
     * A request with no stated load per capability, as before capabilities could carry one.
     *
     * @param system the system's name
     * @param description what it does
     * @param goals business goals
     * @param actors who uses it
     * @param capabilities what it does, as capabilities
     * @param integrations external systems it talks to
     * @param load expected traffic, or null
     * @param data data volume, growth and retention, or null
     * @param latency latency targets, or null
     * @param availability availability target, RPO and RTO, or null
     * @param compliance regulatory regimes
     * @param budget infrastructure budget, or null
     * @param team the team, or null
     * @param deployment cloud and regions, or null
     * @param constraints constraints the design must respect
     * @param existingSystem the system being replaced, or null
     */
    public ConsultationRequest(String system, String description, List<String> goals, List<Actor> actors,
            List<String> capabilities, List<Integration> integrations, Load load, DataVolume data, Latency latency,
            Availability availability, List<ComplianceRegime> compliance, Budget budget, Team team,
            Deployment deployment, List<String> constraints, ExistingSystem existingSystem) {
        this(system, description, goals, actors, capabilities, integrations, load, data, latency, availability,
                compliance, budget, team, deployment, constraints, existingSystem, List.of());
    }

    /**
     * The stated load of a capability.
     *
     * @param capability a name {@code capabilities} lists
     * @return its load, or empty when the request states none
     */
    public Optional<CapabilityLoad> capabilityLoad(String capability) {
        return capabilityLoads.stream().filter(l -> l.name().equals(capability)).findFirst();
    }

    /**
     * The capabilities as a document writes them: each a name, or its {@link CapabilityLoad} when one is stated.
     *
     * @return the entries, in {@code capabilities} order; each a {@code String} or a {@code CapabilityLoad}
     */
    public List<Object> capabilityEntries() {
        return CapabilityEntries.entries(this);
    }

    /**
     * Each load names a listed capability, once; the shares leave room for nothing more than the whole. A problem is
     * named where a document writes it: {@code capabilities[2].share}.
     */
    private static void checkCapabilityLoads(List<String> capabilities, List<CapabilityLoad> loads, Double peak) {
        List<RequestProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double shares = 0;
        double rates = 0;
        for (int j = 0; j < loads.size(); j++) {
            CapabilityLoad l = loads.get(j);
            if (l == null) {
                continue; // already reported by enforce
            }
            int i = capabilities.indexOf(l.name());
            if (i < 0) {
                problems.add(RequestProblem.of("capabilityLoads[" + j + "].name", "names \"" + l.name()
                        + "\", which capabilities does not list"));
                continue;
            }
            if (!seen.add(l.name())) {
                problems.add(RequestProblem.of("capabilities[" + capabilities.lastIndexOf(l.name()) + "].name", "states a second load for \"" + l.name() + "\""));
                continue;
            }
            if (l.share() != null) {
                shares += l.share();
                if (shares > 1 + 1e-9) {
                    problems.add(RequestProblem.of("capabilities[" + i + "].share", "brings the capabilities' shares to "
                            + CapabilityEntries.format(shares) + "; together they can take at most 1 (all the traffic)"));
                }
            }
            if (peak != null && shares <= 1 + 1e-9) {
                // A share and an own rate together must still fit in the system's peak.
                rates += l.peakRequestsPerSecond() != null ? l.peakRequestsPerSecond() : l.share() != null ? l.share() * peak : 0;
                if (rates > peak * (1 + 1e-9) && (l.share() != null || l.peakRequestsPerSecond() != null)) {
                    String field = l.peakRequestsPerSecond() != null ? "peakRequestsPerSecond" : "share";
                    problems.add(RequestProblem.of("capabilities[" + i + "]." + field, "brings the capabilities' stated load to "
                            + CapabilityEntries.format(rates) + " requests/s, over load.peakRequestsPerSecond (" + CapabilityEntries.format(peak) + ")"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /**
     * Whether this is a redesign of a running system, which makes a migration plan part of the dossier.
     *
     * @return true when {@code existingSystem} is set
     */
    public boolean isRedesign() {
        return existingSystem != null;
    }

    /**
     * A builder for a request in code; only the two required fields up front.
     *
     * <pre>{@code
     * ConsultationRequest request = ConsultationRequest.builder("ShopFast", "Online store for a mid-size retailer")
     *         .capabilities("catalog", "cart", "orders").compliance(ComplianceRegime.PCI_DSS, ComplianceRegime.GDPR)
     *         .load(new Load(2000.0, 20.0, 2_000_000L, Audience.REGIONAL)).build();
     * }</pre>
     *
     * @param system      the system's name, e.g. {@code ShopFast}
     * @param description what it does, in a sentence or two
     * @return a builder with every other field empty
     */
    public static Builder builder(String system, String description) {
        return new Builder(system, description);
    }

    /**
     * A copy of this request as a builder, to vary one field.
     *
     * @return a builder holding every field of this request
     */
    public Builder toBuilder() {
        Builder b = new Builder(system, description);
        b.goals.addAll(goals);
        b.actors.addAll(actors);
        b.capabilities.addAll(capabilities);
        b.integrations.addAll(integrations);
        b.compliance.addAll(compliance);
        b.constraints.addAll(constraints);
        b.capabilityLoads.addAll(capabilityLoads);
        return b.load(load).data(data).latency(latency).availability(availability).budget(budget).team(team)
                .deployment(deployment).existingSystem(existingSystem);
    }

    /** Builds a request in code; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {
        private final String system;
        private final String description;
        private final List<String> goals = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();
        private final List<String> capabilities = new ArrayList<>();
        private final List<Integration> integrations = new ArrayList<>();
        private final List<ComplianceRegime> compliance = new ArrayList<>();
        private final List<String> constraints = new ArrayList<>();
        private final List<CapabilityLoad> capabilityLoads = new ArrayList<>();
        private Load load;
        private DataVolume data;
        private Latency latency;
        private Availability availability;
        private Budget budget;
        private Team team;
        private Deployment deployment;
        private ExistingSystem existingSystem;

        private Builder(String system, String description) {
            this.system = system;
            this.description = description;
        }

        /**
         * Adds business goals, e.g. "launch in six months"; none by default.
         *
         * @param goals the goals, in priority order
         * @return this builder
         */
        public Builder goals(String... goals) {
            this.goals.addAll(Arrays.asList(goals));
            return this;
        }

        /**
         * Adds a person or system that uses it.
         *
         * @param name who, e.g. "shopper"
         * @param description what they do with the system, or null
         * @return this builder
         */
        public Builder actor(String name, String description) {
            actors.add(new Actor(name, description));
            return this;
        }

        /**
         * Adds capabilities, the things the system does, e.g. "catalog", "orders"; each may become a module or service.
         *
         * @param capabilities the capabilities
         * @return this builder
         */
        public Builder capabilities(String... capabilities) {
            this.capabilities.addAll(Arrays.asList(capabilities));
            return this;
        }

        /**
         * Adds a capability with the load it brings, e.g. {@code CapabilityLoad.share("search", 0.8)}; the others share
         * what is left.
         *
         * @param load the capability's name and load
         * @return this builder
         */
        public Builder capability(CapabilityLoad load) {
            if (load != null && !capabilities.contains(load.name())) {
                capabilities.add(load.name());
            }
            capabilityLoads.add(load);
            return this;
        }

        /**
         * Adds an external system it talks to.
         *
         * @param name the external system, e.g. "Stripe"
         * @param purpose what for, or null
         * @return this builder
         */
        public Builder integration(String name, String purpose) {
            integrations.add(new Integration(name, purpose));
            return this;
        }

        /**
         * Adds regulatory regimes the design must satisfy.
         *
         * @param regimes the regimes
         * @return this builder
         */
        public Builder compliance(ComplianceRegime... regimes) {
            compliance.addAll(Arrays.asList(regimes));
            return this;
        }

        /**
         * Adds constraints the design must respect, e.g. "data stays in the EU".
         *
         * @param constraints the constraints, in plain words
         * @return this builder
         */
        public Builder constraints(String... constraints) {
            this.constraints.addAll(Arrays.asList(constraints));
            return this;
        }

        /**
         * Expected traffic; figures left out become stated assumptions.
         *
         * @param load the value, or null to leave it unstated
         * @return this builder
         */
        public Builder load(Load load) {
            this.load = load;
            return this;
        }

        /**
         * Data volume, growth and retention.
         *
         * @param data the value, or null to leave it unstated
         * @return this builder
         */
        public Builder data(DataVolume data) {
            this.data = data;
            return this;
        }

        /**
         * Latency targets.
         *
         * @param latency the value, or null to leave it unstated
         * @return this builder
         */
        public Builder latency(Latency latency) {
            this.latency = latency;
            return this;
        }

        /**
         * Availability target, RPO and RTO.
         *
         * @param availability the value, or null to leave it unstated
         * @return this builder
         */
        public Builder availability(Availability availability) {
            this.availability = availability;
            return this;
        }

        /**
         * The infrastructure budget.
         *
         * @param budget the value, or null to leave it unstated
         * @return this builder
         */
        public Builder budget(Budget budget) {
            this.budget = budget;
            return this;
        }

        /**
         * The team that builds and runs it.
         *
         * @param team the value, or null to leave it unstated
         * @return this builder
         */
        public Builder team(Team team) {
            this.team = team;
            return this;
        }

        /**
         * Where it runs: cloud and regions.
         *
         * @param deployment the value, or null to leave it unstated
         * @return this builder
         */
        public Builder deployment(Deployment deployment) {
            this.deployment = deployment;
            return this;
        }

        /**
         * The system being replaced, which makes the dossier carry a migration plan.
         *
         * @param existingSystem the value, or null to leave it unstated
         * @return this builder
         */
        public Builder existingSystem(ExistingSystem existingSystem) {
            this.existingSystem = existingSystem;
            return this;
        }

        /**
         * Builds and validates the request; a bad one raises an {@code InvalidRequestException} listing every problem
         * with its field path.
         *
         * @return the request
         */
        public ConsultationRequest build() {
            return new ConsultationRequest(system, description, goals, actors, capabilities, integrations, load, data,
                    latency, availability, compliance, budget, team, deployment, constraints, existingSystem, capabilityLoads);
        }
    }
}
