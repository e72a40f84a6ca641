package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.offline.internal.catalog.ResourceFlow;
import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Component;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Interaction;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.Person;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.DecidedPart;
import dev.architect.offline.internal.archetype.Role;
import dev.architect.offline.internal.design.Topology.Part;
import dev.architect.offline.internal.design.Topology.Placement;
import dev.architect.offline.internal.rules.MigrationRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The C4 model: people from the actors; the designed system with a container per deployable unit (a monolith's
 * capabilities become its components), its stores, cache, broker and workers; integrations, the CDN, the identity
 * provider and the legacy system as external systems; relationships for every call and data flow.
 */
final class C4Builder {

    private final Topology t;
    private final Technologies tech;
    private final List<Relationship> relationships = new ArrayList<>();
    private final Set<String> related = new HashSet<>();
    /** Which capability's module owns each archetype table: read for every capability, so worked out once. */
    private final java.util.Map<String, String> tableOwners;

    private C4Builder(Topology t, Technologies tech) {
        this.t = t;
        this.tech = tech;
        this.tableOwners = ModuleTables.owners(t);
    }

    static C4Model build(Topology t, Technologies tech) {
        return new C4Builder(t, tech).model();
    }

    private C4Model model() {
        List<Person> people = new ArrayList<>();
        List<SoftwareSystem> systems = new ArrayList<>();
        systems.add(new SoftwareSystem(t.systemId, t.systemName, "The system being designed", false));
        for (Actor a : t.actors) {
            if (a.machine()) {
                systems.add(new SoftwareSystem(a.id(), a.name(), a.description(), true));
            } else {
                people.add(new Person(a.id(), a.name(), a.description(), a.external()));
            }
        }
        for (External e : t.externals) {
            systems.add(new SoftwareSystem(e.id(), e.name(), e.description(), true));
        }
        if (t.hasCdn()) {
            systems.add(new SoftwareSystem(CDN, tech.cdn, "Content delivery network caching pages, assets and public API responses at the edge", true));
        }
        if (t.identitySource.isPresent()) {
            systems.add(new SoftwareSystem(IDENTITY_PROVIDER, t.identitySource.get().name(),
                    "Existing identity source users sign in at, federated over OIDC or SAML: " + t.identitySource.get().purpose(), true));
        } else if (t.managedIdentity()) {
            systems.add(new SoftwareSystem(IDENTITY_PROVIDER, tech.identity, "Managed OpenID Connect provider: sign-in, MFA, tokens", true));
        }
        if (!pushed().isEmpty()) {
            Clients.PushServices push = Clients.standard().pushServices();
            systems.add(new SoftwareSystem(PUSH_SERVICES, push.name(), push.description(), true));
        }
        if (t.legacy) {
            systems.add(new SoftwareSystem(MigrationRule.LEGACY_ID, "Existing system", "The system being replaced; serves what is not yet migrated", true));
        }

        List<Container> containers = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        containers.add(container(WEB, "Web application", ContainerKind.WEB_APP, "TypeScript, React single-page app",
                "The user interface in the browser"));
        for (Clients.Client c : t.clients) {
            containers.add(container(c.id(), c.name(), c.kind(), c.technology() + (c.technologyStated() ? "" : " (assumed)"),
                    "Used by " + (c.actorIds().isEmpty() ? "every person" : actorNames(c.actorIds())) + ", as " + c.evidence()
                            + "; calls the same API as the web application"));
        }
        if (t.gateway) {
            containers.add(container(GATEWAY, "API gateway", ContainerKind.API_GATEWAY, tech.gateway(),
                    "Terminates TLS, checks tokens, rate-limits and routes to the " + (t.style == Shapes.Style.FUNCTIONS ? "functions" : "services")));
        }
        for (Unit u : t.units) {
            String technology = u.kind() == ContainerKind.FUNCTION ? tech.language.language() + " on " + tech.platform : tech.service();
            containers.add(container(u.id(), u.name(), u.kind(), technology, "Serves " + names(u.capabilities())));
            for (Capability c : u.capabilities()) {
                String owned = owned(c);
                if (c.componentId() != null) {
                    components.add(new Component(c.componentId(), Names.capitalise(c.name()) + " module", u.id(),
                            tech.language.framework(), owned != null ? "Owns " + owned + "; other modules call its public interface only"
                                    : keepsNoTables(c)));
                } else if (u.kind() == ContainerKind.SERVICE) {
                    // A service of its own still has inside it the module that owns its capability, behind its API
                    components.add(new Component(dev.architect.offline.internal.catalog.Words.joinedId(u.id(), c.slug(), "module"), Names.capitalise(c.name()) + " module", u.id(),
                            tech.language.framework(), owned != null ? "Owns " + owned + " behind the service's API; only this service reads or writes them"
                                    : keepsNoTables(c)));
                }
            }
        }
        if (t.worker) {
            containers.add(container(WORKER, "Background worker", ContainerKind.WORKER, tech.service(),
                    "Consumes queued jobs: notifications, integrations, retries"));
        }
        if (t.streamProcessor) {
            containers.add(container(STREAM_PROCESSOR, "Stream processor", ContainerKind.WORKER,
                    tech.language.language() + " consumer group on " + tech.platform, "Consumes the ingestion stream and writes batches to the store"));
        }
        t.stores.forEach((id, caps) -> containers.add(store(id, caps)));
        if (t.hasCache()) {
            containers.add(container(CACHE, "Cache", ContainerKind.CACHE, tech.cache, "Hot reads, cache-aside with TTLs"));
        }
        if (t.hasBroker()) {
            String carries = String.join("; ", t.carriedByBroker.stream().map(p -> "also the " + Names.lowerFirst(p.name())
                    + " as its own topics: " + Names.lowerFirst(p.responsibility())).toList());
            containers.add(container(BROKER, t.messaging == Shapes.Messaging.STREAM ? "Event stream" : "Message queue",
                    ContainerKind.MESSAGE_BROKER, tech.broker, (t.messaging == Shapes.Messaging.STREAM
                            ? "Partitioned, replicated log of events" : "Work queues with dead-letter queues") + (carries.isEmpty() ? "" : "; " + carries)));
        }
        for (DecidedPart d : t.decidedParts()) {
            Archetype.Component part = Archetypes.standard().decidedPart(d);
            draw(part.id(), part.name(), part.kind(), tech.of(part), part.responsibility(), part.modules(), containers, components);
        }
        for (Part p : t.parts) {
            draw(p.id(), p.name(), p.kind(), p.technology(), p.responsibility(), p.modules(), containers, components);
        }

        relate();
        relateArchetypes(containers);
        return new C4Model(people, systems, processesOfTheirService(containers), components, relationships);
    }

    /** A part the archetype data describes, drawn as a container with a component per module. */
    private void draw(String id, String name, ContainerKind kind, String technology, String responsibility, List<Archetype.Module> modules,
                      List<Container> containers, List<Component> components) {
        containers.add(container(id, name, kind, technology, responsibility));
        for (Archetype.Module m : modules) {
            components.add(new Component(id + "-" + (m.id() != null ? m.id() : Names.slug(m.name())), m.name(), id, technology, m.responsibility()));
        }
    }

    private Container container(String id, String name, ContainerKind kind, String technology, String description) {
        return new Container(id, name, t.systemId, kind, technology, description);
    }

    private Container store(String id, List<Capability> caps) {
        if (id.equals(SEARCH_INDEX)) {
            return container(id, "Search index", ContainerKind.SEARCH_INDEX, tech.searchIndex,
                    "Full-text index for " + (caps.isEmpty() ? "the records searched" : names(caps)));
        }
        if (caps.isEmpty()) {
            // The relational product the datastore decision chose, unless it chose a non-relational store (then the small
            // relational store beside it keeps these records).
            return container(id, "Database", ContainerKind.DATABASE, t.splitsReferenceData() ? tech.referenceStore : tech.primaryStore,
                    "Holds the relational records of the archetypes served here");
        }
        String what = names(caps);
        return switch (id) {
            case TELEMETRY_STORE -> container(id, "Telemetry store", ContainerKind.DATABASE, tech.primaryStore, "Holds " + what);
            case DB -> container(id, "Database", ContainerKind.DATABASE,
                    t.splitsReferenceData() ? tech.referenceStore : tech.primaryStore,
                    // The DDL emits a schema per owning container, so that is what the description may claim.
                    "Holds " + what + (caps.stream().map(Capability::writerId).distinct().count() > 1 ? ", one schema per unit that writes to it" : ""));
            default -> container(id, Names.capitalise(caps.get(0).name()) + " database", ContainerKind.DATABASE,
                    t.holdsReferenceData(id) ? tech.referenceStore : tech.primaryStore,
                    "Holds " + what + "; " + SOLE_OWNER);
        };
    }

    /** What a service's own database says of who uses it, while only that service does. */
    private static final String SOLE_OWNER = "only its service reads or writes it";

    /**
     * A service's own database that parts of its archetypes (a sync node, a compaction job, a dispatcher) read or write too:
     * those parts are processes of that service, deployed beside it, so the database says they are, and each says which
     * service it belongs to. The text follows the design; a part serving another unit is left to the validator.
     */
    private List<Container> processesOfTheirService(List<Container> containers) {
        java.util.Map<String, String> ownerOf = new java.util.HashMap<>();
        t.stores.forEach((id, caps) -> {
            if (!caps.isEmpty() && !id.equals(DB) && !id.equals(TELEMETRY_STORE) && !id.equals(SEARCH_INDEX)) {
                ownerOf.put(id, caps.get(0).unitId());
            }
        });
        java.util.Map<String, List<String>> processes = new java.util.LinkedHashMap<>();
        // A part two units' archetypes both bring (an escalation job) is one process serving each of them.
        java.util.Map<String, List<String>> serviceOf = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<String>> partUnits = new java.util.HashMap<>();
        for (Relationship r : relationships) {
            String owner = ownerOf.get(r.destinationId());
            if (owner != null && !r.sourceId().equals(owner) && partUnits.computeIfAbsent(r.sourceId(), this::partUnits).contains(owner)) {
                List<String> of = processes.computeIfAbsent(r.destinationId(), k -> new ArrayList<>());
                if (!of.contains(r.sourceId())) {
                    of.add(r.sourceId());
                }
                List<String> services = serviceOf.computeIfAbsent(r.sourceId(), k -> new ArrayList<>());
                if (!services.contains(owner)) {
                    services.add(owner);
                }
            }
        }
        if (processes.isEmpty()) {
            return containers;
        }
        java.util.Map<String, Container> byId = new java.util.HashMap<>();
        containers.forEach(c -> byId.put(c.id(), c));
        return containers.stream().map(c -> {
            if (processes.containsKey(c.id())) {
                String service = byId.get(ownerOf.get(c.id())).name();
                String names = Names.list(processes.get(c.id()).stream().map(x -> Names.lowerFirst(byId.get(x).name())).toList());
                return new Container(c.id(), c.name(), c.systemId(), c.kind(), c.technology(), c.description().replace(SOLE_OWNER,
                        "read and written by the " + service + " and by its own processes (" + names + "), deployed with it; no other service reads it"));
            }
            if (serviceOf.containsKey(c.id())) {
                List<String> services = serviceOf.get(c.id());
                // A worker (a consumer, a scheduled job) is drawn and deployed on its own, working for its service; other
                // parts (a sync node) run as processes deployed with it.
                boolean worker = c.kind() == ContainerKind.WORKER;
                String kind = worker ? "a worker of the " : "a process of the ";
                String deployed = worker ? ", deployed on its own" : ", deployed with ";
                String of = services.size() == 1 ? kind + byId.get(services.get(0)).name() + deployed + (worker ? "" : "it") + " and working on its database"
                        : Names.list(services.stream().map(id -> kind + byId.get(id).name()).toList())
                                + deployed + (worker ? "" : "each") + " and working on each one's database";
                return new Container(c.id(), c.name(), c.systemId(), c.kind(), c.technology(), c.description() + "; " + of);
            }
            return c;
        }).toList();
    }

    /**
     * The units whose archetypes add a part or use it through an archetype they require (paging repeats its pages with the
     * case workflow's escalation job); empty for anything else.
     */
    private java.util.Set<String> partUnits(String id) {
        return t.placements.stream().filter(p -> brings(p.archetype(), id) || p.archetype().requires().stream()
                        .anyMatch(r -> Archetypes.standard().byId(r).filter(a -> brings(a, id)).isPresent()))
                .map(Placement::unitId).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean brings(Archetype a, String componentId) {
        return a.components().stream().anyMatch(c -> c.id().equals(componentId));
    }

    /** The C4 id of the platforms' push services (APNs and FCM). */
    static final String PUSH_SERVICES = "push-services";

    private String actorNames(List<String> actorIds) {
        return Names.list(t.actors.stream().filter(a -> actorIds.contains(a.id())).map(Actor::name).toList());
    }

    /** The installed apps notifications reach by push: where the design sends notifications, or the request says they reach the app. */
    private List<Clients.Client> pushed() {
        return t.clients.stream().filter(c -> c.push() && (c.pushStated() || notifier() != null)).toList();
    }

    /** What sends push notifications: the design's notifier, else the background worker, else the entry point itself. */
    private String pushSender() {
        String n = notifier();
        return n != null ? n : t.worker ? WORKER : t.entryPoint();
    }

    /**
     * What sends the notifications: the component an archetype's flow has call a provider whose phrases name push
     * delivery, else the unit of a notification capability.
     */
    private String notifier() {
        List<String> pushWords = Clients.standard().pushServices().phrases();
        for (Placement p : t.placements) {
            for (Archetype.Flow f : t.presentFlows(p)) {
                for (Archetype.Step s : f.parsed()) {
                    boolean push = s.to().startsWith("external:") && p.archetype().externals().stream()
                            .anyMatch(x -> s.to().equals("external:" + x.id()) && x.phrases().stream().anyMatch(pushWords::contains));
                    if (push && s.kind() != MessageKind.REPLY) {
                        return t.participant(p, f, s, s.from());
                    }
                }
            }
        }
        return t.capabilities.stream().filter(c -> c.is(ResourceFlow.NOTIFY)).map(Capability::workerElement).findFirst().orElse(null);
    }

    private String names(List<Capability> caps) {
        return String.join(", ", caps.stream().map(this::owned).filter(java.util.Objects::nonNull).distinct().toList());
    }

    /**
     * What a capability keeps, in the words of the data model: its own records; for a capability an archetype designs
     * without records of its own, the tables that archetype keeps in the unit, owned by the first capability it claims
     * (null for the others it claims, which work through that one), so no module owns records the data model lacks
     * beside the archetype's tables.
     */
    private String owned(Capability c) {
        List<Placement> designers = t.designersOf(c);
        if (designers.isEmpty() || DataModelBuilder.hasOwnRecords(c) || c.is(ResourceFlow.INGEST) || c.is(ResourceFlow.SEARCH)) {
            return c.resource().plural();
        }
        // Each capability listed keeps the tables that serve it, wherever the archetype designing them is placed
        List<String> tables = ModuleTables.of(tableOwners, c);
        if (!tables.isEmpty()) {
            return String.join(", ", tables);
        }
        // An archetype whose tables all live in its own parts (or that keeps none) leaves the capability placing it its own words.
        return designers.stream().anyMatch(p -> p.recognised().capability().filter(c.name()::equals).isPresent()) ? c.resource().plural() : null;
    }

    /** A capability whose design keeps no table for it: the module it works through, whose interface it calls. */
    private String keepsNoTables(Capability c) {
        return "Serves " + c.name() + " on the records of " + designHome(c) + ", through its interface; keeps no tables of its own";
    }

    /** The module of the capability that places the archetype designing this one ("the Refill requests module"). */
    private String designHome(Capability c) {
        return t.designersOf(c).stream().flatMap(p -> p.recognised().capability().stream())
                .flatMap(name -> t.capabilities.stream().filter(o -> o.name().equals(name))).findFirst()
                .map(o -> "the " + Names.capitalise(o.name()) + " module").orElse("the unit");
    }

    private void relate() {
        String front = t.hasCdn() ? CDN : WEB;
        for (Actor a : t.actors) {
            List<Clients.Client> own = t.clients.stream().filter(c -> c.actorIds().contains(a.id())).toList();
            if (!a.machine()) {
                // An actor that names its client uses that one; a client only the description names serves everyone.
                t.clients.stream().filter(c -> c.actorIds().isEmpty() || own.contains(c))
                        .forEach(c -> rel(a.id(), c.id(), "Uses", c.kind() == ContainerKind.MOBILE_APP ? "Installed app" : "HTTPS", Interaction.SYNC));
                if (!own.isEmpty()) {
                    continue;
                }
            }
            if (a.machine()) {
                rel(a.id(), readingsEntry(), "Sends data to", DeviceLinks.standard().link(t.ingestionOption), Interaction.ASYNC);
            } else {
                rel(a.id(), front, "Uses", "HTTPS", Interaction.SYNC);
            }
        }
        if (t.hasCdn()) {
            rel(CDN, WEB, "Serves cached pages and assets of", "HTTPS", Interaction.SYNC);
            rel(CDN, t.entryPoint(), "Forwards uncached API requests to", "HTTPS", Interaction.SYNC);
        }
        rel(WEB, t.entryPoint(), "Calls the API of", "JSON/HTTPS", Interaction.SYNC);
        if (t.gateway) {
            for (Unit u : t.units) {
                rel(GATEWAY, u.id(), "Routes " + names(u.capabilities()) + " requests to", "JSON/HTTPS", Interaction.SYNC);
            }
        }
        String idp = t.managedIdentity() ? IDENTITY_PROVIDER : IDENTITY;
        rel(WEB, idp, "Signs users in with", "OpenID Connect", Interaction.SYNC);
        if (t.waitingRoom) {
            rel(WEB, WAITING_ROOM, "Joins the surge's queue and polls its place at", "JSON/HTTPS", Interaction.SYNC);
            rel(t.entryPoint(), WAITING_ROOM, "Checks admission tokens against the signing key of", "JWKS over HTTPS, cached", Interaction.SYNC);
        }
        for (Clients.Client c : t.clients) {
            if (!c.signsIn()) {
                // Its users never sign in: it reads the public API anonymously, limited per address, and has no sign-in.
                rel(c.id(), t.entryPoint(), "Calls, without signing in, the public API of", "JSON/HTTPS, rate-limited per address", Interaction.SYNC);
                continue;
            }
            rel(c.id(), t.entryPoint(), "Calls the API of", "JSON/HTTPS", Interaction.SYNC);
            rel(c.id(), idp, "Signs users in with", c.kind() == ContainerKind.MOBILE_APP
                    ? "OpenID Connect (authorization code with PKCE)" : "OpenID Connect", Interaction.SYNC);
        }
        for (Clients.Client c : pushed()) {
            rel(pushSender(), PUSH_SERVICES, "Sends push notifications through", "HTTP/2 (APNs), HTTPS (FCM v1)", Interaction.ASYNC);
            rel(PUSH_SERVICES, c.id(), "Delivers push notifications to", "APNs / FCM", Interaction.ASYNC);
        }
        rel(t.entryPoint(), idp, "Fetches token signing keys from", "HTTPS (JWKS)", Interaction.SYNC);

        boolean publishes = false;
        Capability firstCrud = t.capabilities.stream().filter(c -> c.is(ResourceFlow.CRUD)).findFirst().orElse(null);
        for (Capability c : t.capabilities) {
            String store = c.storeId();
            if (c.is(ResourceFlow.SEARCH)) {
                rel(c.workerElement(), store, "Queries", "HTTPS", Interaction.SYNC);
            } else if (c.is(ResourceFlow.INGEST) && t.streamProcessor) {
                rel(c.workerElement(), BROKER, "Appends " + c.resource().plural() + " to", "Kafka protocol", Interaction.ASYNC);
                rel(c.workerElement(), store, "Queries " + c.resource().plural() + " in", storeProtocol(store), Interaction.SYNC);
                publishes = true;
            } else if (owned(c) != null) {
                rel(c.workerElement(), store, "Reads and writes " + owned(c) + " in", storeProtocol(store), Interaction.SYNC);
            }
            if (t.hasCache() && (c.is(ResourceFlow.CRUD) || firstCrud == null && c == t.capabilities.get(0))) {
                rel(c.workerElement(), CACHE, "Caches " + c.resource().plural() + " in", "RESP over TLS", Interaction.SYNC);
            }
            if (t.hasBroker() && (c.is(ResourceFlow.NOTIFY) || c.is(ResourceFlow.PAYMENT) || !t.worker && !c.is(ResourceFlow.INGEST) && !c.is(ResourceFlow.SEARCH) && t.gateway)) {
                rel(c.workerElement(), BROKER, "Publishes " + c.resource().singular().replace('_', ' ') + " events to", brokerProtocol(), Interaction.ASYNC);
                publishes = true;
            }
            if (c.is(ResourceFlow.PAYMENT) && t.cardVault) {
                rel(c.workerElement(), CARD_VAULT, "Exchanges card numbers for tokens with", "mTLS", Interaction.SYNC);
            }
        }
        // A card vault with no capability whose flow is a payment (a gift card shop's orders taken by card) serves the first
        // capability, where the order that takes the card is placed: a vault nothing calls would keep no card out of scope.
        if (t.cardVault && t.capabilities.stream().noneMatch(c -> c.is(ResourceFlow.PAYMENT))) {
            rel(t.capabilities.get(0).workerElement(), CARD_VAULT, "Exchanges card numbers for tokens with", "mTLS", Interaction.SYNC);
        }
        // A search archetype designs its own indexing path (indexer fed by the outbox or change capture).
        if (t.searchIndex && firstCrud != null && !t.chosenShapes.containsKey(DecisionTopic.SEARCH_ENGINE)) {
            rel(firstCrud.workerElement(), SEARCH_INDEX, "Indexes changed " + firstCrud.resource().plural() + " in", "HTTPS", Interaction.ASYNC);
        }
        if (t.streamProcessor) {
            rel(STREAM_PROCESSOR, BROKER, "Consumes events from", "Kafka protocol", Interaction.ASYNC);
            t.capabilities.stream().filter(c -> c.is(ResourceFlow.INGEST)).map(Capability::storeId).distinct().forEach(store ->
                    rel(STREAM_PROCESSOR, store, "Writes batches to", storeProtocol(store), Interaction.SYNC));
        }
        java.util.Set<String> wiredByFlows = wiredByArchetypeFlows();
        java.util.Set<String> leftOut = calledOnlyByLeftOutFlows();
        var directions = dev.architect.offline.internal.catalog.IntegrationDirections.standard();
        for (External e : t.externals) {
            // A system whose files a flow receives (a PACS's C-STORE) is still called for what the system asks of it (query/retrieve)
            boolean sendsByFlowAndAsked = wiredByFlows.contains(e.id()) && t.placements.stream().anyMatch(p -> t.sender(p).filter(e::equals).isPresent())
                    && directions.callsIn(e.purpose()).isPresent() && directions.calledToo(e.purpose());
            if (wiredByFlows.contains(e.id()) && !sendsByFlowAndAsked) {
                continue; // an archetype's flows call it from the component that uses it (an alarm from the rule evaluator)
            }
            if (leftOut.contains(e.id())) {
                continue; // only a flow the design left out calls it: no part makes the call, so no edge is drawn
            }
            if (e.id().equals(t.deviceSource()) && t.capabilities.stream().anyMatch(c -> c.is(ResourceFlow.INGEST))) {
                // The integration stands for the devices that take readings: it sends them in, as the ingest flow shows.
                rel(e.id(), readingsEntry(), "Sends " + e.purpose() + " to", DeviceLinks.standard().link(t.ingestionOption), Interaction.ASYNC);
                continue;
            }
            if (t.holdsIdentities(e)) {
                signInAt(e, idp);
                continue;
            }
            Capability owner = t.ownerOf(e);
            var callsIn = directions.callsIn(e.purpose());
            if (callsIn.isPresent()) {
                // The external system is the caller (a PACS pushing studies, a USSD gateway's callbacks): its calls come in,
                // to the entry point unless a flow draws them to the part that receives them (the intake receiver).
                if (!sendsByFlowAndAsked) {
                    rel(e.id(), t.entryPoint(), "Sends " + e.purpose() + " to", callsIn.get().technology(), Interaction.ASYNC);
                }
                if (!directions.calledToo(e.purpose())) {
                    continue;
                }
            }
            if (e.async() && t.worker) {
                rel(WORKER, e.id(), "Calls for " + e.purpose(), "HTTPS", Interaction.ASYNC);
                if (!relatedFrom(owner.workerElement(), BROKER)) {
                    rel(owner.workerElement(), BROKER, "Queues " + e.name() + " jobs on", brokerProtocol(), Interaction.ASYNC);
                }
                publishes = true;
            } else {
                rel(owner.workerElement(), e.id(), "Calls for " + e.purpose(), "HTTPS", e.async() ? Interaction.ASYNC : Interaction.SYNC);
            }
        }
        if (t.worker) {
            rel(WORKER, BROKER, "Consumes jobs from", brokerProtocol(), Interaction.ASYNC);
            rel(WORKER, t.stores.containsKey(DB) ? DB : t.stores.keySet().iterator().next(), "Records job outcomes in", "SQL", Interaction.SYNC);
        }
        if (t.hasBroker() && !publishes) {
            Capability c = t.capabilities.get(0);
            rel(c.workerElement(), BROKER, "Publishes " + c.resource().singular().replace('_', ' ') + " events to", brokerProtocol(), Interaction.ASYNC);
        }
        if (t.legacy) {
            rel(t.entryPoint(), MigrationRule.LEGACY_ID, "Routes not-yet-migrated requests to", "HTTPS", Interaction.SYNC);
            String firstStore = t.stores.keySet().stream().filter(s -> !s.equals(SEARCH_INDEX)).findFirst().orElse(t.entryPoint());
            rel(MigrationRule.LEGACY_ID, firstStore, "Replicates changed data during the transition to", "Change data capture", Interaction.ASYNC);
        }
    }

    /** Where devices send their readings: the API gateway, else the unit that takes readings in, else the entry point. */
    private String readingsEntry() {
        return t.gateway ? GATEWAY : t.capabilities.stream().filter(c -> c.is(ResourceFlow.INGEST)).map(Capability::unitId)
                .findFirst().orElse(t.entryPoint());
    }

    /**
     * The external systems an archetype's flows call or are called by, including an integration that stands for the
     * devices sending readings ("Wind farm gateways"): it sends them in, so nothing of ours calls it for them.
     */
    private java.util.Set<String> wiredByArchetypeFlows() {
        return externalsCalledIn(t::presentFlows);
    }

    /**
     * The integrations only a flow the chosen design leaves out would call (the maps vendor's route when a routing engine
     * of our own computes every route): no part of this design calls them, so no edge is drawn to them.
     */
    private java.util.Set<String> calledOnlyByLeftOutFlows() {
        java.util.Set<String> ids = externalsCalledIn(p -> p.archetype().flows().stream().filter(f -> !t.presentFlows(p).contains(f)).toList());
        ids.removeAll(wiredByArchetypeFlows());
        return ids;
    }

    /** The integrations (and device sources) the given flows of each placed archetype call or are called by. */
    private java.util.Set<String> externalsCalledIn(java.util.function.Function<Placement, List<Archetype.Flow>> flows) {
        java.util.Set<String> externals = new java.util.HashSet<>();
        t.externals.forEach(e -> externals.add(e.id()));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Placement p : t.placements) {
            for (Archetype.Flow f : flows.apply(p)) {
                for (Archetype.Step s : f.parsed()) {
                    for (String who : List.of(s.from(), s.to())) {
                        if (who.startsWith("external:") || Role.of(who).filter(r -> r == Role.DEVICE || r == Role.SENDER).isPresent()) {
                            String id = t.participant(p, who);
                            if (who.startsWith("external:") || externals.contains(id)) {
                                ids.add(id);
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Every call and event of an archetype's flows is a relationship, so the diagrams show the mechanism. */
    private void relateArchetypes(List<Container> containers) {
        java.util.Map<String, ContainerKind> kinds = new java.util.HashMap<>();
        containers.forEach(c -> kinds.put(c.id(), c.kind()));
        for (Placement p : t.placements) {
            for (Archetype.Flow f : t.presentFlows(p)) {
                for (Archetype.Step s : f.parsed()) {
                    if (s.kind() == MessageKind.REPLY) {
                        continue;
                    }
                    String from = t.participant(p, f, s, s.from());
                    String to = t.participant(p, f, s, s.to());
                    if (from == null || to == null) {
                        continue; // a step on the object storage of a design that keeps no files
                    }
                    ContainerKind kind = kinds.get(to);
                    // A system sending files in calls over its own protocol (DICOM C-STORE, SFTP), as its purpose says
                    var sentOver = Role.of(s.from()).filter(r -> r == Role.SENDER).flatMap(r -> t.sender(p))
                            .flatMap(e -> dev.architect.offline.internal.catalog.IntegrationDirections.standard().callsIn(e.purpose()));
                    String technology = sentOver.isPresent() ? sentOver.get().technology() : kind == ContainerKind.DATABASE ? storeProtocol(to)
                            : kind == ContainerKind.MESSAGE_BROKER ? "events" : kind == ContainerKind.OBJECT_STORE ? "HTTPS (object API)"
                            : kind == ContainerKind.CACHE ? "RESP or HTTPS" : "HTTPS";
                    rel(from, to, shortly(s.message()), technology, s.kind() == MessageKind.ASYNC ? Interaction.ASYNC : Interaction.SYNC);
                }
            }
        }
    }

    /** The first clause of a flow message, for a relationship label. */
    private static String shortly(String message) {
        int cut = message.indexOf(" (");
        String first = cut > 0 ? message.substring(0, cut) : message;
        return first.length() > 90 ? first.substring(0, 87) + "..." : first;
    }

    private String storeProtocol(String store) {
        if (store.equals(TELEMETRY_STORE)) {
            return t.storeShape == Shapes.Store.WIDE_COLUMN ? "CQL" : "SQL";
        }
        if (t.parts.stream().anyMatch(p -> p.id().equals(store) && p.kind() == ContainerKind.CACHE)) {
            return "RESP over TLS"; // state an archetype keeps in memory (presence), not a database
        }
        return store.equals(SEARCH_INDEX) ? "HTTPS" : "SQL";
    }

    /** What the chosen broker's product speaks, from its catalogue entry (SQS over HTTPS, Service Bus over AMQP). */
    private String brokerProtocol() {
        return tech.brokerProtocol();
    }

    private boolean relatedFrom(String source, String destination) {
        return related.contains(source + "->" + destination);
    }

    private void rel(String source, String destination, String description, String technology, Interaction interaction) {
        if (!source.equals(destination) && related.add(source + "->" + destination)) {
            relationships.add(new Relationship(source, destination, description, technology, interaction));
        }
    }

    /**
     * The identity source a design with a sign-in service of its own names (Okta, a school's Google Workspace): no unit of
     * the application calls it. The sign-in service federates the sign-in of the actors who bring that identity to it, and
     * the application only validates the tokens it is given; where the organisations' Google or Microsoft accounts are
     * accepted directly, the web application signs those actors in there itself.
     */
    private void signInAt(External source, String idp) {
        String who = String.join(", ", t.signIn.federated());
        String whom = who.isEmpty() ? "users" : who;
        if (t.signIn.direct() && t.managedIdentity()) {
            rel(WEB, source.id(), "Signs " + whom + " in with their organisation's accounts at", "OpenID Connect", Interaction.SYNC);
            rel(t.entryPoint(), source.id(), "Fetches token signing keys from", "HTTPS (JWKS)", Interaction.SYNC);
        } else {
            rel(idp, source.id(), "Federates the sign-in of " + whom + " to", "SAML 2.0 or OpenID Connect", Interaction.SYNC);
        }
    }

}
