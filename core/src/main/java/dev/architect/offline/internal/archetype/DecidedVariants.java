package dev.architect.offline.internal.archetype;

import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.Cloud;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parts of an archetype as the option a decision chose builds them on the request's cloud, read from
 * {@code decided-variants.yaml}: a WebSocket gateway that is a managed service (Amazon API Gateway WebSocket APIs, Azure
 * Web PubSub) holds the connections itself, so the design keeps a connection table and pushes through the service's
 * management API, alerts on the service's quotas and raises a quota rather than adding nodes.
 */
public record DecidedVariants(List<Variant> variants) {

    /** The shipped file. */
    public static final String RESOURCE = "/dev/architect/offline/decided-variants.yaml";

    public DecidedVariants {
        variants = List.copyOf(variants == null ? List.of() : variants);
    }

    /**
     * The archetype {@code archetype} as option {@code option} of the decision on {@code topic} builds it on the clouds
     * {@code on}: {@code says} is what the variant is, in a few words; {@code tokens} fill its text per cloud; the rest
     * replaces or adds to the archetype's parts, and {@code omit} names the parts the option has no use for (see the file).
     */
    public record Variant(String archetype, DecisionTopic topic, String option, List<String> on, String says,
                          Map<String, Map<String, String>> tokens, String requirement, List<Archetype.Component> components,
                          List<Archetype.EntityDef> entities, List<Archetype.Flow> flows, List<Archetype.AlertDef> alerts,
                          List<Archetype.RiskDef> risks, Archetype.Phase phase, List<String> omit) {
        public Variant {
            if (archetype == null || topic == null || option == null || says == null) {
                throw new IllegalStateException("variant of '" + archetype + "' needs an archetype, a topic, an option and what it says");
            }
            on = List.copyOf(on == null ? List.of() : on);
            tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
            components = List.copyOf(components == null ? List.of() : components);
            entities = List.copyOf(entities == null ? List.of() : entities);
            flows = List.copyOf(flows == null ? List.of() : flows);
            alerts = List.copyOf(alerts == null ? List.of() : alerts);
            risks = List.copyOf(risks == null ? List.of() : risks);
            omit = List.copyOf(omit == null ? List.of() : omit);
            if (on.isEmpty()) {
                throw new IllegalStateException("variant of '" + archetype + "' names no cloud it applies on");
            }
        }

        /** Whether it applies: the option chosen on its topic is its option, on one of its clouds. */
        boolean applies(Function<DecisionTopic, Optional<String>> chosenOption, Cloud cloud) {
            return on.contains(cloud.label()) && chosenOption.apply(topic).filter(option::equals).isPresent();
        }
    }

    private static final class Holder {
        static final DecidedVariants STANDARD = check(DataFiles.shipped(RESOURCE, DecidedVariants.class, "decided variants"), Archetypes.standard());
    }

    /** The variants shipped with the SDK, checked against the shipped archetypes. */
    public static DecidedVariants standard() {
        return Holder.STANDARD;
    }

    /** Reads a variants file and checks it against an archetype catalogue; the error names the variant. */
    public static DecidedVariants read(InputStream in, String source, Archetypes archetypes) {
        return check(DataFiles.read(in, source, DecidedVariants.class, "decided variants"), archetypes);
    }

    private static DecidedVariants check(DecidedVariants read, Archetypes archetypes) {
        for (Variant v : read.variants()) {
            Archetype a = archetypes.byId(v.archetype()).orElseThrow(() -> new IllegalStateException("variant names unknown archetype '" + v.archetype() + "'"));
            // The decision is the archetype's own or that of an archetype it requires (the transport its clients report over)
            boolean decides = a.decisions().stream().anyMatch(d -> d.topic() == v.topic()) || a.requires().stream()
                    .flatMap(r -> archetypes.byId(r).stream()).anyMatch(r -> r.decisions().stream().anyMatch(d -> d.topic() == v.topic()));
            if (!decides) {
                throw new IllegalStateException("variant of '" + a.id() + "': neither the archetype nor one it requires makes a decision on " + v.topic());
            }
            Set<String> parts = a.partNames();
            v.omit().stream().filter(x -> !parts.contains(x)).findFirst().ifPresent(x -> {
                throw new IllegalStateException("variant of '" + a.id() + "' for option '" + v.option() + "': omits '" + x + "', which the archetype does not have");
            });
            for (String cloud : v.on()) {
                if (java.util.Arrays.stream(Cloud.values()).noneMatch(c -> c.label().equals(cloud))) {
                    throw new IllegalStateException("variant of '" + a.id() + "': unknown cloud '" + cloud + "'");
                }
                // Each cloud it applies on fills every token its text uses: built once per cloud, the archetype checks the rest.
                with(a, v, cloud);
            }
        }
        return read;
    }

    /**
     * The recognised archetypes as the chosen options build them on the request's cloud.
     *
     * @param recognised the archetypes recognised in the request
     * @param chosenOption the id of the option chosen on a decision topic, if the design decided it
     * @param cloud the request's cloud
     * @return the archetypes with every variant that applies
     */
    public List<Recognised> apply(List<Recognised> recognised, Function<DecisionTopic, Optional<String>> chosenOption, Cloud cloud) {
        List<Recognised> out = new ArrayList<>(recognised);
        for (Variant v : variants) {
            if (v.applies(chosenOption, cloud)) {
                out.replaceAll(r -> r.archetype().id().equals(v.archetype())
                        ? new Recognised(with(r.archetype(), v, cloud.label()), r.evidence(), r.capabilities()) : r);
            }
        }
        return List.copyOf(out);
    }

    /** The variant's cloud tokens: every one of them must be filled, so no ${name} is left in the design. */
    private static Archetype with(Archetype a, Variant v, String cloud) {
        Map<String, String> tokens = v.tokens().getOrDefault(cloud, Map.of());
        Archetype varied = a.withVariant(v.requirement(), v.components(), v.entities(), v.flows(), v.alerts(), v.risks(), v.phase(), v.omit())
                .withTokens(tokens, Map.of());
        java.util.Set<String> ownComponents = new java.util.HashSet<>();
        v.components().forEach(c -> ownComponents.add(c.id()));
        java.util.Set<String> ownFlows = new java.util.HashSet<>();
        v.flows().forEach(f -> ownFlows.add(f.id()));
        String left = String.join(" ", varied.components().stream().filter(c -> ownComponents.contains(c.id())).map(c -> c.responsibility() + " "
                + String.join(" ", c.modules().stream().map(Archetype.Module::responsibility).toList())).toList())
                + " " + String.join(" ", varied.flows().stream().filter(f -> ownFlows.contains(f.id()))
                        .map(f -> f.description() + " " + String.join(" ", f.steps())).toList());
        if (left.contains("${")) {
            throw new IllegalStateException("variant of '" + a.id() + "' on " + cloud + ": a text token has no value: "
                    + left.substring(left.indexOf("${"), Math.min(left.length(), left.indexOf("${") + 30)));
        }
        return varied;
    }
}
