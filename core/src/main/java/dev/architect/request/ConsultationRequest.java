package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Required;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a caller asks the architect to design. Only {@code system} and {@code description} are required; every
 * figure left out is stated as an assumption in the dossier rather than silently defaulted.
 *
 * <p>Build one in code with {@link #builder(String, String)}, or read a YAML or JSON document with
 * {@link RequestReader}. Instances are immutable; invalid values raise {@link dev.architect.exceptions.InvalidRequestException}
 * naming every offending field.
 */
@Doc("A system for the architect to design")
public record ConsultationRequest(
        @Required @Doc("Name of the system") String system,
        @Required @Doc("Business context: what the system is for and who it serves") String description,
        @Doc("Business goals the design must serve") List<String> goals,
        @Doc("People and systems that use it") List<Actor> actors,
        @Doc("Business capabilities it must provide, e.g. catalog, orders, payments") List<String> capabilities,
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
        @Doc("The system being replaced, for a redesign") ExistingSystem existingSystem) {

    public ConsultationRequest {
        RequestConstraints.enforce(ConsultationRequest.class, system, description, goals, actors, capabilities,
                integrations, load, data, latency, availability, compliance, budget, team, deployment, constraints,
                existingSystem);
        goals = RequestConstraints.copy(goals);
        actors = RequestConstraints.copy(actors);
        capabilities = RequestConstraints.copy(capabilities);
        integrations = RequestConstraints.copy(integrations);
        compliance = RequestConstraints.copy(compliance);
        constraints = RequestConstraints.copy(constraints);
    }

    /** Whether this is a redesign of a running system, which makes a migration plan part of the dossier. */
    public boolean isRedesign() {
        return existingSystem != null;
    }

    public static Builder builder(String system, String description) {
        return new Builder(system, description);
    }

    /** A copy of this request as a builder, to vary one field. */
    public Builder toBuilder() {
        Builder b = new Builder(system, description);
        b.goals.addAll(goals);
        b.actors.addAll(actors);
        b.capabilities.addAll(capabilities);
        b.integrations.addAll(integrations);
        b.compliance.addAll(compliance);
        b.constraints.addAll(constraints);
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

        public Builder goals(String... goals) {
            this.goals.addAll(Arrays.asList(goals));
            return this;
        }

        public Builder actor(String name, String description) {
            actors.add(new Actor(name, description));
            return this;
        }

        public Builder capabilities(String... capabilities) {
            this.capabilities.addAll(Arrays.asList(capabilities));
            return this;
        }

        public Builder integration(String name, String purpose) {
            integrations.add(new Integration(name, purpose));
            return this;
        }

        public Builder compliance(ComplianceRegime... regimes) {
            compliance.addAll(Arrays.asList(regimes));
            return this;
        }

        public Builder constraints(String... constraints) {
            this.constraints.addAll(Arrays.asList(constraints));
            return this;
        }

        public Builder load(Load load) {
            this.load = load;
            return this;
        }

        public Builder data(DataVolume data) {
            this.data = data;
            return this;
        }

        public Builder latency(Latency latency) {
            this.latency = latency;
            return this;
        }

        public Builder availability(Availability availability) {
            this.availability = availability;
            return this;
        }

        public Builder budget(Budget budget) {
            this.budget = budget;
            return this;
        }

        public Builder team(Team team) {
            this.team = team;
            return this;
        }

        public Builder deployment(Deployment deployment) {
            this.deployment = deployment;
            return this;
        }

        public Builder existingSystem(ExistingSystem existingSystem) {
            this.existingSystem = existingSystem;
            return this;
        }

        public ConsultationRequest build() {
            return new ConsultationRequest(system, description, goals, actors, capabilities, integrations, load, data,
                    latency, availability, compliance, budget, team, deployment, constraints, existingSystem);
        }
    }
}
