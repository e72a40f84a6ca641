package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DailyLoadShape;
import dev.architect.offline.internal.catalog.Shapes;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.DecidedPart;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.offline.internal.archetype.Role;
import dev.architect.offline.internal.catalog.ActorRoles;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.FactSheet;
import dev.architect.offline.internal.rules.MigrationRule;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of the designed system that every part of the dossier is built from: which deployable units hold which
 * capabilities, where each capability's data lives, and which supporting containers and external systems exist.
 * Computed once from the decisions so the C4 model, APIs, data model, flows and costs agree by construction.
 */
final class Topology {

    static final String WEB = "web";
    static final String APP = "app";
    static final String GATEWAY = "api-gateway";
    static final String DB = "db";
    static final String TELEMETRY_STORE = "telemetry-store";
    static final String CACHE = "cache";
    static final String CDN = "cdn";
    static final String BROKER = "broker";
    static final String WORKER = "worker";
    static final String STREAM_PROCESSOR = "stream-processor";
    static final String SEARCH_INDEX = "search-index";
    /** The gap after a sentence's closing mark, where a text is split into its sentences. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.;!?])\\s+");
    static final String IDENTITY = Archetypes.standard().decidedPart(DecidedPart.IDENTITY_SERVER).id();
    static final String IDENTITY_PROVIDER = "identity-provider";
    static final String CARD_VAULT = Archetypes.standard().decidedPart(DecidedPart.CARD_VAULT).id();
    static final String WAITING_ROOM = Archetypes.standard().decidedPart(DecidedPart.WAITING_ROOM).id();

    /** An API resource derived from a capability: names for the path, the table and the schema. */
    record Resource(String singular, String plural, ResourceFlow flow, List<String> fields) {

        String table() {
            return Names.table(singular);
        }

        String schema() {
            return Names.pascal(singular);
        }

        String idParameter() {
            return Names.camel(singular) + "Id";
        }
    }

    /** A business capability placed in a unit, with its data store and (in a monolith) its module. */
    record Capability(String name, String slug, String unitId, String componentId, String storeId, String writerId,
                      Resource resource, boolean claimed, CapabilityShapes.ShapedCapability shaped, boolean regulated, String handedOffTo) {

        /**
         * From the names that place it only: the cost planner keys its maps by capability, and a record's own hash
         * would walk the whole shape and archetype behind it on every lookup. Equal capabilities still hash equal.
         */
        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, unitId, componentId, storeId);
        }

        /** Whether an archetype designs this capability instead of plain records (its crud, payment or notify flow). */
        boolean designedByArchetype() {
            return claimed && (is(ResourceFlow.CRUD) || is(ResourceFlow.PAYMENT) || is(ResourceFlow.NOTIFY) || is(ResourceFlow.OPEN));
        }

        /** Nothing describes what this capability owns: its data and API are an open question, not invented records. */
        boolean open() {
            return is(ResourceFlow.OPEN) && !claimed && shaped == null && !regulated;
        }

        /** A general capability shape (a waiting list, a follow graph) designs it: no catalogue resource or archetype does. */
        boolean designedByShape() {
            return shaped != null;
        }

        /** A shape designs it with tables, operations and flows of its own (not through an earlier capability's design). */
        boolean ownsShapedDesign() {
            return shaped != null && shaped.ownsDesign();
        }

        /** The element that does the capability's work: its module if it has one, else its unit. */
        String workerElement() {
            return componentId != null ? componentId : unitId;
        }

        boolean is(ResourceFlow flow) {
            return resource.flow() == flow;
        }
    }

    /** A deployable unit that serves requests: the monolith, a service or a function. */
    record Unit(String id, String name, ContainerKind kind, List<Capability> capabilities) {
    }

    /** An external system the design talks to. */
    /** An external system; {@code named} when the request's integrations name it (not a placeholder an archetype adds). */
    record External(String id, String name, String description, String purpose, boolean async, boolean payments, boolean named) {

        /** The name and the purpose as one text, where the words of both are looked for. */
        String nameAndPurpose() {
            return name + " " + purpose;
        }
    }

    /** A container an archetype adds, with the technology its decision chose on the request's cloud. */
    record Part(String id, String name, ContainerKind kind, String technology, String responsibility, List<Archetype.Module> modules) {
    }

    /**
     * A recognised archetype placed in the design: the unit that serves it, its relational store, where its
     * time-series history lives, and the ids of its externals (matched integrations or added placeholders).
     */
    record Placement(Recognised recognised, String unitId, String storeId, String historyStoreId, Map<String, String> externals,
                     String capability) {

        /** An archetype's placement, which designs no one capability by a shape. */
        Placement(Recognised recognised, String unitId, String storeId, String historyStoreId, Map<String, String> externals) {
            this(recognised, unitId, storeId, historyStoreId, externals, null);
        }

        Archetype archetype() {
            return recognised.archetype();
        }
    }

    /** A user of the system: a person, or a device that is better drawn as an external system. */
    record Actor(String id, String name, String description, boolean external, boolean machine) {
    }

    /** The prefix of a flow participant that is one of the request's actors by name, {@code person:<slug>}. */
    static final String PERSON = "person:";

    final String systemId;
    final String systemName;
    final Shapes.Style style;
    final Shapes.Store storeShape;
    final Shapes.Messaging messaging;
    final Shapes.Caching caching;
    final Shapes.Identity identity;
    final Shapes.Deployment deployment;
    /** The shape of every option chosen, by topic, for the parts of archetypes that some options make unnecessary. */
    final Map<DecisionTopic, String> chosenShapes = new java.util.EnumMap<>(DecisionTopic.class);

    /** What the request says around its capabilities (description, goals, actors, integrations), for work that follows its words. */
    final Words said;
    /** The request's description, whose sentences may name the integration a shaped capability works with. */
    private final String description;
    /** The request's goals, where a stated volume may stand beside the description (StatedPartRates). */
    final List<String> goals;
    /** The shape of the option chosen for each compliance regime the catalogue decides, so regime work follows the design. */
    final Map<ComplianceRegime, String> complianceShapes = new java.util.EnumMap<>(ComplianceRegime.class);

    /** The ingestion option chosen (catalogue id), when the design decides how readings come in. */
    final Optional<String> ingestionOption;
    /** The name of every option chosen, by topic, for archetype text that names the mechanism the decision chose. */
    private final Map<DecisionTopic, String> chosenNames = new java.util.EnumMap<>(DecisionTopic.class);
    private static final java.util.regex.Pattern CHOSEN = java.util.regex.Pattern.compile("\\{chosen:([A-Z_]+)}");

    /**
     * Archetype text with each {@code {chosen:TOPIC}} replaced by the option the decision on that topic chose, so a
     * phase or a flow says "guarded by the overlap check in a serializable transaction" where the store has
     * no exclusion constraint, instead of naming one mechanism whatever was decided. {@code {silentAfter}} becomes how
     * long a reporting device must be quiet to count as silent (physical-counts.yaml with the stated interval).
     */
    String withChosen(String text) {
        java.util.regex.Matcher m = CHOSEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            DecisionTopic topic = DecisionTopic.valueOf(m.group(1));
            String name = chosenNames.get(topic);
            if (name == null) {
                throw new IllegalStateException("archetype text '" + text + "' names the decision on " + topic + ", which this design does not make");
            }
            // Mid-sentence the name starts lower-case, unless it starts with an acronym ("MQTT broker into a stream").
            boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
            String inSentence = acronym ? name : name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(inSentence));
        }
        m.appendTail(out);
        // How long a device of the fleet must be quiet to count as silent: the stated interval times the data's count
        return out.indexOf(SILENT_AFTER) < 0 ? out.toString() : out.toString().replace(SILENT_AFTER, dev.architect.offline.internal.catalog.PhysicalCounts
                .standard().silentAfter(stated.deviceRate().map(dev.architect.internal.facts.DeviceRate::intervalSeconds)));
    }

    /** The placeholder archetype text uses for how long a device must be quiet to count as silent. */
    private static final String SILENT_AFTER = "{silentAfter}";

    /** The flows of a placed archetype that the chosen shapes keep (a flow can be absent, e.g. indexing when search stays in the database). */
    java.util.List<Archetype.Flow> presentFlows(Placement p) {
        return p.archetype().flows().stream().filter(f -> f.absentWhen() == null || !f.absentWhen().excludes(chosenShapes)).toList();
    }
    /** Search runs as full-text search in the relational store: no separate index. */
    final boolean searchInDatabase;
    final List<Actor> actors = new ArrayList<>();
    /** The ids of the actors the request names, whose descriptions are the request's words (not an assumed actor's). */
    private final Set<String> requestActorIds = new HashSet<>();
    /** The client apps besides the browser (phone, handheld, kiosk, desktop) the actors or the description name. */
    final List<Clients.Client> clients;
    final List<Unit> units = new ArrayList<>();
    final List<Capability> capabilities = new ArrayList<>();
    final List<External> externals = new ArrayList<>();
    /**
     * The assumed external system of each shaped capability whose flow calls the system it works with where the request
     * names none that is it (by capability name): the call and its reply are drawn to it, never the unit talking to itself.
     */
    private final Map<String, String> assumedCounterparts = new LinkedHashMap<>();
    /** Data stores by container id, with the capabilities whose data they hold. */
    final Map<String, List<Capability>> stores = new LinkedHashMap<>();
    /** Where records with a lifecycle are designed: whether capabilities share a store, and what the archetypes already design. */
    final RecordLifecycles.Setting lifecycleSetting;
    /** Recognised archetypes in catalogue order, and the containers they add. */
    final List<Placement> placements = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    /** Archetype components the design does not build, and the element that does their work (by component id). */
    private final Map<String, String> standIns = new LinkedHashMap<>();
    /** Archetype brokers on the product of the shared broker: topics on it, drawn once (by component id). */
    final List<Part> carriedByBroker = new ArrayList<>();
    final boolean gateway;
    final boolean worker;
    final boolean streamProcessor;
    final boolean searchIndex;
    final boolean cardVault;
    /** Whether the surge decision chose a waiting room: the part that queues the surge's crowd and admits it. */
    final boolean waitingRoom;
    /** Whether the request replaces a running system: the design's {@link Fact#REDESIGN} fact, so a migration is planned. */
    final boolean legacy;
    /** The sentence of the request that states a window for the cutover ("over a long weekend"), when one does. */
    final Optional<String> statedWindow;
    /** How the regions run, so the plan's drills promise only the failover the design has. */
    final dev.architect.offline.internal.rules.RegionMode regionMode;
    /** The integration users sign in at, when identity is federated with it: it is the identity provider, not a second system. */
    Optional<Integration> identitySource = Optional.empty();
    /** The names of the integrations where users' identities live (Okta, a school's Google Workspace). */
    private final List<String> identitySources = new ArrayList<>();
    /** The CDN the request already runs ("Fastly: our CDN"), whose own prices bill the edge when it has a price row. */
    Optional<Integration> incumbentCdn = Optional.empty();
    /** Figures the request states in words (connections, devices, retention per class), which sizing keeps as stated. */
    final dev.architect.internal.facts.StatedFacts stated;
    /** Who signs in, from the actors, and how those who bring an identity sign in: the identity line prices them. */
    final dev.architect.offline.internal.rules.SignIn signIn;
    /**
     * The countries the system serves: those its description and goals name ("in 40 cities of Brazil and Mexico"), and
     * those its regions stand in, each once; a vendor that prices by country is read against them.
     */
    final List<dev.architect.offline.internal.catalog.Geography.Country> countries;
    /** Where the people are: the countries the description and goals name, else those the regions stand in (a vendor billing by destination). */
    final List<dev.architect.offline.internal.catalog.Geography.Country> peopleCountries;
    /** Whether a payout to the request's payees can miss a cut-off: the rail of one of their countries has one (Pix has none). */
    final boolean payoutCutoff;
    /** Bulk binary content the request names (medical imaging studies, video footage): what sizes a file it does not size. */
    final java.util.Optional<dev.architect.offline.internal.catalog.BulkContent.Named> bulkContent;
    /** Who makes the request's traffic (machines on an interval, staff, consumers) and any all-day window: how each part's load runs over the day. */
    final DailyLoadShape.Makers makers;
    /** What the request says of the clients on a concurrency-sized part (concurrency-fleets.yaml): players a match, devices holding a socket. */
    final ConcurrencyFleets.Said concurrencySaid;
    /** The request's sentence that lets an old file wait hours for a restore (archive-retrieval.yaml), when one does. */
    final Optional<String> slowRestore;

    private Topology(Architecture architecture, ConsultationRequest request, dev.architect.internal.facts.StatedFacts stated, Catalogue catalogue,
                     List<Recognised> recognised) {
        this.stated = stated;
        this.signIn = dev.architect.offline.internal.rules.SignIn.of(request);
        this.bulkContent = dev.architect.offline.internal.catalog.BulkContent.standard().named(request);
        this.makers = DailyLoadShape.standard().makers(request, stated);
        this.concurrencySaid = ConcurrencyFleets.standard().said(request);
        this.slowRestore = ArchiveRetrieval.standard().tolerated(request);
        var geography = dev.architect.offline.internal.catalog.Geography.standard();
        payoutCutoff = geography.payoutCutoff(geography.payees(request));
        countries = geography.served(request);
        peopleCountries = geography.peopleIn(request);
        String slug = Names.slug(request.system());
        systemId = slug.equals(WEB) || slug.equals(APP) || slug.equals(DB) ? slug + "-system" : slug;
        systemName = request.system();
        style = Shapes.of(Shapes.Style.class, architecture.shape(DecisionTopic.ARCHITECTURE_STYLE));
        storeShape = Shapes.of(Shapes.Store.class, architecture.shape(DecisionTopic.DATASTORE));
        messaging = Shapes.of(Shapes.Messaging.class, architecture.shape(DecisionTopic.MESSAGING));
        caching = Shapes.of(Shapes.Caching.class, architecture.shape(DecisionTopic.CACHING));
        identity = Shapes.of(Shapes.Identity.class, architecture.shape(DecisionTopic.SECURITY));
        deployment = Shapes.of(Shapes.Deployment.class, architecture.shape(DecisionTopic.DEPLOYMENT));
        architecture.compliance().forEach(c -> complianceShapes.putIfAbsent(c.regime(), c.shape()));
        cardVault = architecture.compliance().stream()
                .anyMatch(c -> c.regime() == ComplianceRegime.PCI_DSS && c.shape().equals("vault"));
        waitingRoom = architecture.find(DecisionTopic.SURGE_ABSORPTION)
                .filter(c -> c.shape().equals(dev.architect.offline.internal.rules.SurgeAbsorption.WAITING_ROOM)).isPresent();
        legacy = architecture.facts().flag(Fact.REDESIGN);
        regionMode = architecture.regionMode();
        statedWindow = legacy ? statedWindow(request) : Optional.empty();
        architecture.choices().forEach(c -> chosenShapes.putIfAbsent(c.rule().topic(), c.shape()));
        architecture.choices().forEach(c -> chosenNames.putIfAbsent(c.rule().topic(), c.chosen().name()));
        this.ingestionOption = architecture.find(DecisionTopic.INGESTION).map(c -> c.chosen().id());
        searchInDatabase = "database".equals(chosenShapes.get(DecisionTopic.SEARCH_ENGINE));

        Set<String> used = new HashSet<>(List.of(WEB, APP, GATEWAY, DB, TELEMETRY_STORE, CACHE, CDN, BROKER, WORKER,
                STREAM_PROCESSOR, SEARCH_INDEX, IDENTITY, IDENTITY_PROVIDER, CARD_VAULT, WAITING_ROOM, MigrationRule.LEGACY_ID, systemId));
        // Archetype containers keep their catalogue ids; capabilities, actors and integrations make way for them.
        Map<String, Part> partsById = new LinkedHashMap<>();
        for (Recognised r : recognised) {
            for (Archetype.Component c : r.archetype().components()) {
                if (c.absentWhen() != null && c.absentWhen().excludes(chosenShapes)) {
                    c.absentWhen().standInParticipant().ifPresent(x -> standIns.put(c.id(), x));
                    continue;
                }
                dev.architect.request.Cloud cloud = architecture.workload().cloud();
                String technology = c.technologyOn(cloud, topic -> architecture.find(topic).map(ch -> ch.chosen().technologyOn(cloud)));
                String placed = onChosenPlatform(technology, c.decidedBy() == null, architecture);
                partsById.putIfAbsent(c.id(), new Part(c.id(), c.name(), c.kind(), fileProcessor(c.id(), placed, cloud), c.responsibility(), c.modules()));
                used.add(c.id());
            }
        }
        // One product, one container: a stream an archetype needs on the product of the shared broker is topics on it.
        String brokerProduct = architecture.find(DecisionTopic.MESSAGING).filter(c -> !c.shape().equals("none"))
                .map(c -> c.chosen().technologyOn(architecture.workload().cloud())).orElse(null);
        for (Part part : partsById.values()) {
            if (part.kind() == ContainerKind.MESSAGE_BROKER && part.technology().equals(brokerProduct)) {
                carriedByBroker.add(part);
                standIns.put(part.id(), Role.BROKER.name().toLowerCase(Locale.ROOT));
            } else {
                parts.add(part);
            }
        }
        Set<String> claimedCapabilities = new HashSet<>();
        recognised.forEach(r -> claimedCapabilities.addAll(r.capabilities()));
        // Capabilities one archetype designs together (payments and refunds) live in the unit of the first of them.
        Map<String, String> homeOf = new LinkedHashMap<>();
        recognised.forEach(r -> r.capabilities().forEach(c -> homeOf.putIfAbsent(c, r.capabilities().get(0))));
        // A capability claimed only by archetypes that do not take readings in ("live tracking" of couriers, kept in dispatch's
        // live index) is theirs to design, not a stream of readings in batches, whatever the catalogue reads in its words.
        Set<String> notReadings = Archetypes.notReadings(recognised);
        // A capability only archetypes without tables design keeps its state in memory (presence heartbeats): it is kept in
        // that archetype's in-memory store, and no database of its own is drawn or priced for it.
        Map<String, String> memoryStoreOf = new LinkedHashMap<>();
        for (Recognised r : recognised) {
            if (r.archetype().entities().isEmpty()) {
                r.archetype().components().stream().filter(c -> c.kind() == ContainerKind.CACHE && partsById.containsKey(c.id()))
                        .findFirst().ifPresent(c -> r.capabilities().forEach(name -> memoryStoreOf.putIfAbsent(name, c.id())));
            }
        }
        recognised.stream().filter(r -> !r.archetype().entities().isEmpty()).forEach(r -> r.capabilities().forEach(memoryStoreOf::remove));
        Map<String, Capability> placed = new LinkedHashMap<>();
        for (var a : request.actors()) {
            Words text = Words.of(a.name() + " " + (a.description() == null ? "" : a.description()));
            boolean machine = ActorRoles.standard().isMachine(text);
            boolean staff = ActorRoles.standard().isStaff(text);
            actors.add(new Actor(unique(used, Names.slug(a.name())), a.name(), a.description(), !staff, machine));
            requestActorIds.add(actors.get(actors.size() - 1).id());
        }
        if (actors.isEmpty()) {
            actors.add(new Actor(unique(used, "user"), "User", "Uses the system (assumed; no actors were named)", true, false));
        }
        clients = Clients.standard().of(request, actors);
        clients.forEach(c -> used.add(c.id()));

        boolean split = splitsReferenceData();
        boolean stream = messaging == Shapes.Messaging.STREAM;
        Set<String> resourceNames = new HashSet<>();
        Set<String> regulatedIds = RequirementsBuilder.regulatedIds(architecture.workload());
        Words requestContext = Catalogue.requestContext(request);
        said = requestContext;
        description = request.description();
        goals = List.copyOf(request.goals());
        lifecycleSetting = new RecordLifecycles.Setting(style != Shapes.Style.SERVICES,
                recognised.stream().flatMap(r -> r.evidence().stream()).toList());
        for (String name : architecture.workload().capabilities()) {
            String capSlug = unique(used, Names.slug(name));
            // A capability whose records an integration keeps (work orders raised in the operator's maintenance system) is
            // handed off to it, whatever the catalogue calls its words: no table of ours is its system of record.
            // A capability a compliance regime already designs (the audit trail, data-subject rights) is that duty, not a shape.
            boolean regulated = regulatedIds.contains(RequirementsBuilder.requirementId(capSlug));
            Optional<CapabilityShapes.HandedOff> handedOff = claimedCapabilities.contains(name) || regulated ? Optional.empty()
                    : CapabilityShapes.standard().handedOff(name, request.description(), request.integrations());
            // "re-rating" redoes the request's ratings: a correction of that record (RecordRedos), never a catalogue row of the bare noun
            boolean redo = !claimedCapabilities.contains(name) && RecordRedos.isRedo(name, request, architecture.workload().capabilities());
            // a name led by its verbs ("enrol and randomise a patient") is commands on its object's record, never the catalogue's CRUD of a noun in it
            Optional<Resource> commanded = handedOff.isPresent() || redo ? Optional.empty()
                    : VerbLedRecords.resource(name, request, catalogue, requestContext, claimedCapabilities.contains(name), resourceNames);
            Resource resource = handedOff.isPresent() || redo ? ownResource(name, resourceNames) : commanded.isPresent() ? commanded.get()
                    : resource(name, catalogue, resourceNames, requestContext, notReadings.contains(name), request,
                    dev.architect.offline.internal.archetype.Performers.of(name, request).orElse(null));
            boolean ingest = resource.flow() == ResourceFlow.INGEST;
            // The invoice of 'invoice upload' is a record the catalogue knows, served by the archetype that keeps its file.
            boolean keptRecord = resource.flow() == ResourceFlow.CRUD
                    && Archetypes.keepsNamedRecord(recognised, name, resource.singular(), resource.plural());
            String unitId = switch (style) {
                case SERVICES -> capSlug + "-service";
                case FUNCTIONS -> capSlug + "-function";
                case MONOLITH_SATELLITES -> ingest ? capSlug + "-service" : APP;
                case MONOLITH -> APP;
            };
            used.add(unitId);
            String componentId = unitId.equals(APP) ? unique(used, capSlug + "-module") : null;
            String storeId = resource.flow() == ResourceFlow.SEARCH && !searchInDatabase ? SEARCH_INDEX
                    : ingest && split ? TELEMETRY_STORE
                    : style == Shapes.Style.SERVICES ? capSlug + "-db" : DB;
            used.add(storeId);
            String writerId = ingest && stream ? STREAM_PROCESSOR : unitId;
            Capability home = placed.get(homeOf.getOrDefault(name, name));
            boolean designed = claimedCapabilities.contains(name) && !keptRecord && !ingest && resource.flow() != ResourceFlow.SEARCH;
            if (designed && home != null && style != Shapes.Style.MONOLITH) {
                unitId = home.unitId();
                storeId = home.storeId();
                writerId = home.writerId();
            }
            boolean inMemory = designed && style == Shapes.Style.SERVICES && memoryStoreOf.containsKey(name);
            if (inMemory) {
                storeId = memoryStoreOf.get(name);
            }
            // What neither the catalogue nor an archetype describes is designed by a general shape chosen from its words.
            CapabilityShapes.ShapedCapability shaped = handedOff.isPresent() ? handedOff.get().design(shapeNames(name, capSlug, resource))
                    : resource.flow() == ResourceFlow.OPEN && !claimedCapabilities.contains(name) && !regulated
                    ? CapabilityShapes.standard().design(shapeNames(name, capSlug, resource), request,
                            dev.architect.offline.internal.archetype.Performers.of(name, request).orElse(null))
                    // else, where one rule sentence names its record and states a shape designed with confidence ("bib numbers
                    // within a race are never reused or skipped": a gap-free number per race), that record, from the rule (lane A,
                    // #14); before the readers of its verbs and sentences, which take a forbidden act ("reused") for a state
                    .or(() -> RuleRecords.standard().design(shapeNames(name, capSlug, resource), request))
                    // else, where its name is noun-led and its head says what kind of record it is ("container release status",
                    // "slot capacity by lane block"), that record, named after the noun its modifier binds to (lane B, #14); before
                    // the lifecycle reader, whose verbs from any sentence naming the object would make a capacity a record CLOSED by a planner
                    .or(() -> HeadKindRecords.standard().design(shapeNames(name, capSlug, resource), request, architecture.workload().capabilities())
                            .map(h -> h.shaped().renamed(shapeNames(name, capSlug, Names.table(h.recordName()).equals(resource.singular()) ? resource
                                    : sharedResource(h.recordName(), resourceNames)))))
                    // else, where the request's sentences use verbs on it, a record with the lifecycle they describe
                    .or(() -> RecordLifecycles.standard().design(shapeNames(name, capSlug, resource), request, architecture.workload().capabilities(),
                            lifecycleSetting))
                    // else, where the sentences that name its object say what one record keeps, that record (named after the object)
                    .or(() -> SentenceRecords.standard().design(shapeNames(name, capSlug, resource), request, architecture.workload().capabilities())
                            .map(d -> d.renamed(shapeNames(name, capSlug, objectResource(name, request, resource, resourceNames)))))
                    .orElse(null) : null;
            if (shaped != null && shaped.shape().sharedAs() != null) {
                // One mechanism per request: the first capability it claims owns the design, named after the mechanism,
                // and the others are served by it from the same unit and store.
                String sharedId = shaped.shape().id();
                Optional<Capability> owner = capabilities.stream()
                        .filter(o -> o.shaped() != null && o.shaped().ownsDesign() && o.shaped().shape().id().equals(sharedId)).findFirst();
                if (owner.isPresent()) {
                    shaped = shaped.sharing(owner.get().slug());
                    unitId = owner.get().unitId();
                    storeId = owner.get().storeId();
                    writerId = owner.get().writerId();
                } else {
                    shaped = shaped.renamed(shapeNames(name, capSlug, sharedResource(shaped.shape().sharedAs(), resourceNames)));
                }
            }
            Capability c = new Capability(name, capSlug, unitId, componentId, storeId, writerId, resource,
                    claimedCapabilities.contains(name) && !keptRecord, shaped, regulated, handedOff.map(h -> h.integration().name()).orElse(null));
            placed.put(name, c);
            capabilities.add(c);
            if (!inMemory) {
                stores.computeIfAbsent(storeId, k -> new ArrayList<>()).add(c);
            }
        }
        // Work an archetype gives to staff (approving a payout batch, settling a referral) is never a customer's: where no
        // actor of the request is the organisation's own, its staff are drawn as an assumed person who does it.
        // An actor outside the organisation whose words the flow names does that flow's staff work (a teacher publishes the
        // quiz she wrote), so only work nobody named can do needs the assumed staff.
        boolean staffWork = java.util.stream.Stream.concat(recognised.stream().map(Recognised::archetype),
                        capabilities.stream().filter(c -> c.shaped() != null).map(c -> c.shaped().design()))
                .flatMap(a -> a.flows().stream()).filter(f -> f.steps().stream().anyMatch(step -> step.startsWith("staff ")))
                .anyMatch(f -> OrganisationActs.standard().mayAct(f, actors).stream()
                        .noneMatch(a -> !a.machine() && a.external() && FlowActors.standard().named(f, "staff", a)));
        if (staffWork && actors.stream().noneMatch(a -> !a.machine() && !a.external())) {
            actors.add(new Actor(unique(used, "operations-staff"), "Operations staff",
                    "The organisation's own people who approve, review and settle what customers may not (assumed: no actor of the request is staff)",
                    false, false));
        }
        Map<String, List<Capability>> byUnit = new LinkedHashMap<>();
        capabilities.forEach(c -> byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c));
        byUnit.forEach((id, caps) -> units.add(new Unit(id, unitName(id, caps), unitKind(), List.copyOf(caps))));

        gateway = style == Shapes.Style.SERVICES || style == Shapes.Style.FUNCTIONS;
        streamProcessor = stream && capabilities.stream().anyMatch(c -> c.is(ResourceFlow.INGEST));
        worker = messaging == Shapes.Messaging.QUEUE && (style == Shapes.Style.MONOLITH || style == Shapes.Style.MONOLITH_SATELLITES);
        if (!searchInDatabase && chosenShapes.containsKey(DecisionTopic.SEARCH_ENGINE)) {
            stores.computeIfAbsent(SEARCH_INDEX, k -> new ArrayList<>()); // the search archetype's engine, with or without a search capability
        }
        searchIndex = stores.containsKey(SEARCH_INDEX);

        incumbentCdn = dev.architect.offline.internal.catalog.NamedVendors.standard().named("caching", request.integrations())
                .or(() -> dev.architect.offline.internal.catalog.NamedVendors.standard().named("contentDelivery", request.integrations()));
        for (Integration i : request.integrations()) {
            if (FactSheet.isIdentitySource(i)) {
                identitySources.add(i.name());
            }
            if (federatedIdentity() && identitySource.isEmpty() && FactSheet.isIdentitySource(i)) {
                identitySource = Optional.of(i);
                continue;
            }
            externals.add(new External(unique(used, "ext-" + Names.slug(i.name())), i.name(),
                    i.purpose() == null ? "External system" : i.purpose(), i.purpose() == null ? i.name() : i.purpose(),
                    FactSheet.isAsync(i), FactSheet.isPaymentProvider(i), true));
        }
        for (Capability c : capabilities) {
            if (c.handedOffTo() == null && c.shaped() != null && c.shaped().ownsDesign() && callsIntegration(c.shaped().design())
                    && namedCounterpart(c).isEmpty()) {
                String name = "Other system for " + c.name() + " (not named in the request)";
                externals.add(new External(unique(used, "ext-" + c.slug() + "-counterpart"), name,
                        "The system " + c.name() + " works with; the request names none of its integrations as it",
                        "what " + c.name() + " sends and receives, assumed", false, false, false));
                assumedCounterparts.put(c.name(), name);
            }
        }
        // Readings are sent by the devices that take them, never by a person: where the design takes readings in and the
        // request names no machine, phone app or machine integration to send them, the devices are drawn as assumed.
        boolean deviceWork = capabilities.stream().anyMatch(c -> c.is(ResourceFlow.INGEST)) || recognised.stream().map(Recognised::archetype)
                .flatMap(a -> a.flows().stream()).flatMap(f -> f.steps().stream()).anyMatch(step -> step.startsWith("device ") && Words.of(step).contains("readings"));
        boolean machineSender = actors.stream().anyMatch(Actor::machine)
                || externals.stream().anyMatch(e -> !e.payments() && ActorRoles.standard().isMachine(Words.of(e.name())));
        boolean sender = machineSender || clients.stream().anyMatch(c -> c.kind() == ContainerKind.MOBILE_APP);
        // Machines the request counts as reporting on an interval ("3,000 robots ... 5 times a second") are drawn as
        // themselves, sending to the part that takes their messages, even where people carry an app: the app is not them.
        Optional<dev.architect.internal.facts.DeviceRate> counted = stated.deviceRate().filter(d -> !d.countAssumed() && !d.noun().isEmpty()
                && ActorRoles.standard().isReportingMachine(d.noun()));
        boolean devicesSend = deviceWork || recognised.stream().map(Recognised::archetype).flatMap(a -> a.flows().stream())
                .flatMap(f -> f.steps().stream()).anyMatch(step -> step.startsWith("device "));
        if (devicesSend && !machineSender && counted.isPresent()) {
            dev.architect.internal.facts.DeviceRate d = counted.get();
            actors.add(new Actor(unique(used, Names.slug(d.noun())), Names.capitalise(d.noun()), "The " + dev.architect.internal.Numbers.format(d.devices())
                    + " " + d.noun() + " that report every " + dev.architect.internal.Numbers.format(d.intervalSeconds()) + " s (" + d.field() + " \""
                    + d.phrase() + "\")", true, true));
        } else if (deviceWork && !sender) {
            actors.add(new Actor(unique(used, "devices"), "Devices", "The devices that take the readings and send them in batches "
                    + "(assumed: the request names no device that sends them)", true, true));
        }
        for (Recognised r : recognised) {
            placements.add(place(r, used, architecture));
        }
    }

    /**
     * An archetype part's technology on the platform the deployment decision chose: a worker written as "Consumer on
     * Azure Container Apps" runs on AKS when the decision chose Kubernetes, so no container names a rejected platform.
     */
    /**
     * A file processor's technology: a function on each file's event, unless one file of the size the request states takes
     * longer than the cloud's function may run (file-processing.yaml); then a batch job a file on spot capacity, with the
     * same tools.
     */
    private String fileProcessor(String componentId, String technology, dev.architect.request.Cloud cloud) {
        var processing = dev.architect.offline.internal.catalog.FileProcessing.standard();
        if (!processing.processes(componentId)) {
            return technology;
        }
        java.util.Optional<Double> mb = stated.mediaUploads().map(m -> m.size().value()).or(() -> stated.fileMb().map(dev.architect.internal.facts.StatedFact::value));
        return mb.flatMap(size -> processing.batchFor(cloud, technology, size)).map(b -> processing.onBatch(b, technology)).orElse(technology);
    }

    private static String onChosenPlatform(String technology, boolean ownTechnology, Architecture architecture) {
        String out = technology;
        // The platform it runs on and the broker it reads from are the ones the deployment and messaging decisions chose.
        for (DecisionTopic topic : List.of(DecisionTopic.DEPLOYMENT, DecisionTopic.MESSAGING)) {
            var choice = architecture.find(topic);
            // A part another decision builds runs where that decision's option says (a stream consumer the detection ADR
            // puts on Azure Container Apps stays there when the deployment decision chose functions for the services).
            if (choice.isEmpty() || topic == DecisionTopic.DEPLOYMENT && !ownTechnology) {
                continue;
            }
            // Without a broker a consumer polls the transactional outbox in the database.
            String chosen = choice.get().shape().equals("none") ? "the database outbox"
                    : choice.get().chosen().technologyOn(architecture.workload().cloud());
            for (var option : choice.get().ranked()) {
                String other = option.entry().technologyOn(architecture.workload().cloud());
                // A broker option of two products ("Amazon SQS and SNS") is named by either in a consumer ("reading Amazon SQS").
                // Not so for a platform: a function on storage events ("AWS Lambda on S3 events") is priced as the function it is.
                List<String> names = new ArrayList<>(List.of(other));
                if (topic == DecisionTopic.MESSAGING) {
                    java.util.Arrays.stream(other.split(" and ")).filter(n -> n.contains(" ") && !n.equals(other)).forEach(names::add);
                } else if (ownTechnology && !other.contains(" and ")) {
                    // A worker names the platform's product, not the option's configuration: "Worker on Amazon ECS" is the
                    // "Amazon ECS on Fargate" option, "Cloud Run job" the "Google Cloud Run with VPC" one. A part another
                    // decision builds keeps what that decision's option says it runs on.
                    String product = other.split(" on | with | \\(")[0];
                    java.util.stream.Stream.of(product, product.replaceFirst("^(Google|Amazon|AWS|Azure|Microsoft) ", ""))
                            .filter(n -> n.contains(" ")).forEach(names::add);
                }
                for (String name : names) {
                    if (!other.equals(chosen) && !name.isBlank() && !chosen.contains(name) && out.contains(name)
                            && !out.contains(chosen)) {
                        out = out.replace(name, chosen);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The request's description, where its stated volumes stand.
     *
     * @return the description, or an empty text
     */
    String description() {
        return description == null ? "" : description;
    }

    /** The first sentence of the description, constraints, goals or existing system that names a window (delivery.yaml). */
    private static Optional<String> statedWindow(ConsultationRequest request) {
        List<String> phrases = DeliveryFigures.standard().cutover().windowPhrases();
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.constraints());
        texts.addAll(request.goals());
        if (request.isRedesign()) {
            texts.add(request.existingSystem().description());
        }
        return texts.stream().filter(x -> x != null).flatMap(x -> java.util.Arrays.stream(SENTENCE_END.split(x)))
                .filter(sentence -> Words.of(sentence).containsAny(phrases)).map(String::strip).findFirst();
    }

    static Topology of(Architecture architecture, ConsultationRequest request, dev.architect.internal.facts.StatedFacts stated,
                       Catalogue catalogue, List<Recognised> recognised) {
        return new Topology(architecture, request, stated, catalogue, recognised);
    }

    /** Places an archetype: in the unit of the capability it claims, else the first unit; externals matched by phrase. */
    private Placement place(Recognised r, Set<String> used, Architecture architecture) {
        Capability home = r.capability().flatMap(name -> capabilities.stream().filter(c -> c.name().equals(name)).findFirst())
                .orElse(units.get(0).capabilities().get(0));
        String relational = home.storeId().equals(SEARCH_INDEX) || home.storeId().equals(TELEMETRY_STORE)
                ? (style == Shapes.Style.SERVICES ? home.slug() + "-db" : DB) : home.storeId();
        // An archetype without tables whose capability lives in its in-memory store needs no database
        boolean inMemory = r.archetype().entities().isEmpty() && parts.stream().anyMatch(x -> x.id().equals(relational));
        if (!inMemory) {
            stores.computeIfAbsent(relational, k -> new ArrayList<>());
        }
        String history = stores.containsKey(TELEMETRY_STORE) ? TELEMETRY_STORE : relational;
        Map<String, String> externalIds = new LinkedHashMap<>();
        for (Archetype.External x : r.archetype().externals()) {
            // An integration that the decision's named-vendor job says is another kind of system (an accounting system
            // beside payouts) is not this external, however its purpose words overlap.
            Optional<String> section = x.decidedBy() == null ? Optional.empty() : r.archetype().decisions().stream()
                    .filter(d -> d.topic() == x.decidedBy()).map(Archetype.Decision::section).findFirst();
            // ...nor is one whose own words state the other sense the archetype lists (a lab system "sending HL7 v2 over
            // MLLP" is a message feed, not the FHIR record system).
            Optional<External> match = externals.stream()
                    .filter(e -> Words.of(e.nameAndPurpose()).containsAny(x.phrases()))
                    .filter(e -> !Words.of(e.nameAndPurpose()).containsAny(r.archetype().otherSenses()))
                    .filter(e -> section.isEmpty() || !dev.architect.offline.internal.catalog.NamedVendors.standard()
                            .playsOtherRole(section.get(), Words.of(e.nameAndPurpose())))
                    .findFirst();
            External e = match.orElseGet(() -> {
                String name = x.decidedBy() == null ? x.name() + " (to be chosen)" : architecture.find(x.decidedBy())
                        .map(c -> c.chosen().technologyOn(architecture.workload().cloud())).orElse(x.name() + " (to be chosen)");
                External added = new External(unique(used, "ext-" + x.id()), name, x.description(), x.description(), false, false, false);
                externals.add(added);
                return added;
            });
            externalIds.put(x.id(), e.id());
        }
        return new Placement(r, home.unitId(), relational, history, externalIds);
    }

    /** The element that does an archetype component's work: itself, its stand-in, or none when the design leaves it out. */
    Optional<String> element(Placement p, String componentId) {
        if (standIns.containsKey(componentId)) {
            return Optional.of(participant(p, componentId));
        }
        return parts.stream().map(Part::id).filter(componentId::equals).findFirst();
    }

    /**
     * The C4 element a participant of one flow stands for: the person the flow's words name among the actors of the
     * kind its role needs ({@link FlowActors}), and for a {@code web} step whose message names another person, the client
     * that person uses; otherwise as {@link #participant(Placement, String)}.
     */
    String participant(Placement p, Archetype.Flow f, Archetype.Step step, String name) {
        if (name.startsWith(PERSON)) {
            return person(name).orElseGet(() -> participant(p, f, step, "actor"));
        }
        Optional<Role> role = standIns.containsKey(name) ? Optional.empty() : Role.of(name);
        if (role.isEmpty()) {
            return participant(p, name);
        }
        List<Actor> people = actors.stream().filter(a -> !a.machine()).toList();
        Optional<Actor> picked = switch (role.get()) {
            // Who starts a flow is its first person unless the flow's words for that person name another (a listener downloads)
            // ...but where an actor's own description uses the verb of the step's command, the flow's title or the capability's
            // name ("enrols and randomises patients"), that actor does it (VerbActors)
            case ACTOR -> saidToDo(p, f, step, people, true).or(() -> FlowActors.standard().pick(f, "actor", List.of(), people));
            // Staff work goes to the staff actor the flow's words fit best, or to an outside actor they name (a teacher)
            // In a shaped capability's flow, staff work that would go to a staff actor sharing no word with the capability or
            // the flow goes to the person the request connects to the capability (who "uploads a CV" confirms what was read)
            // An organisation act (issuing, approving, publishing) is done by the organisation's people, however many words an
            // outsider shares with the capability, unless the outsider's own description says it does the act (OrganisationActs)
            case STAFF -> {
                List<Actor> may = OrganisationActs.standard().mayAct(f, people);
                Optional<Actor> said = saidToDo(p, f, step, may, false);
                if (said.isPresent()) {
                    yield said;
                }
                Optional<Actor> staff = FlowActors.standard().pick(f, "staff", may.stream().filter(a -> !a.external()).toList(),
                        may.stream().filter(Actor::external).toList());
                yield p.capability() != null && p.recognised() == null && staff.isPresent()
                        && !ShapeRoles.connected(staff.get(), p.capability(), FlowActors.flowWords(f))
                        ? ShapeRoles.person(p.capability(), FlowActors.flowWords(f), may).or(() -> staff) : staff;
            }
            // A step for another person than the flow's actor names that person ("Push the offer to the driver's app")
            case WEB -> FlowActors.standard().names(f, "web", step.message()) ? FlowActors.standard().pick(f, "web", List.of(), people) : Optional.empty();
            default -> Optional.empty();
        };
        if (picked.isEmpty()) {
            return participant(p, name);
        }
        if (role.get() == Role.WEB) {
            // The browser, unless the person the step is for uses an installed app
            String id = picked.get().id();
            return clients.stream().filter(c -> c.actorIds().contains(id)).findFirst().map(Clients.Client::id).orElse(WEB);
        }
        return picked.get().id();
    }

    /**
     * The person whose own description says it does a flow step's act ({@link VerbActors}): read from the command the step
     * issues (the message of the step its call leads to), then the step's own message ("POST /cases/{id}/accept or /decline"),
     * and for the flow's starter also from the flow's title and the capability's name; staff work is read from its own command only, so a customer who books is never the staff who
     * confirms. Where two people say it, the one the flow's words fit best among them ({@link FlowActors}); the question is
     * asked by {@link VerbActors#questions}. Empty where no person's description speaks.
     */
    private Optional<Actor> saidToDo(Placement p, Archetype.Flow f, Archetype.Step step, List<Actor> people, boolean starter) {
        List<Archetype.Step> steps = f.parsed();
        int at = steps.indexOf(step);
        // the command is what the entry asks the unit to do; a call onwards to a sign-in provider or a vendor is no act of the person
        String command = at >= 0 && at + 1 < steps.size() && steps.get(at + 1).from().equals(step.to())
                && Role.of(steps.get(at + 1).to()).filter(r -> r == Role.UNIT).isPresent() ? steps.get(at + 1).message() : null;
        List<String> tiers = new ArrayList<>();
        tiers.add(command);
        tiers.add(step.message());
        if (starter) {
            tiers.add(f.title());
            tiers.add(p.capability());
        }
        // only the request's own actors speak: an assumed actor's description is the design's words, not the request's
        VerbActors.Reading r = VerbActors.standard().who(tiers, 2, people.stream().filter(a -> requestActorIds.contains(a.id())).toList());
        if (r.sure()) {
            return Optional.of(r.actors().get(0));
        }
        return r.ambiguous() ? FlowActors.standard().pick(f, starter ? "actor" : "staff", r.actors(), List.of()) : Optional.empty();
    }

    /**
     * What sends a device's readings: a machine actor, else the app people carry (a handheld, a phone) when the request
     * names one, else an integration that is a machine ("Wind farm gateways"), and only then the first actor.
     */
    String deviceSource() {
        return actors.stream().filter(Actor::machine).findFirst().map(Actor::id)
                .or(() -> clients.stream().filter(c -> c.kind() == ContainerKind.MOBILE_APP).findFirst().map(Clients.Client::id))
                .or(() -> externals.stream().filter(e -> !e.payments() && ActorRoles.standard().isMachine(Words.of(e.name())))
                        .findFirst().map(External::id))
                .orElse(actors.get(0).id());
    }

    /**
     * The C4 element a flow participant of an archetype stands for in this design; null for the object storage of a design
     * that keeps no files, whose steps are left out.
     */
    String participant(Placement p, String name) {
        if (name.startsWith(PERSON)) {
            return person(name).orElseGet(() -> participant(p, "actor"));
        }
        if (standIns.containsKey(name)) {
            return participant(p, standIns.get(name));
        }
        if (Role.of(name).filter(r -> r == Role.FILES).isPresent()) {
            return filesStore().orElse(null);
        }
        if (name.startsWith("external:")) {
            return p.externals().get(name.substring("external:".length()));
        }
        return Role.of(name).map(role -> switch (role) {
            case ACTOR -> actors.stream().filter(a -> !a.machine()).findFirst().orElse(actors.get(0)).id();
            case STAFF -> actors.stream().filter(a -> !a.machine() && !a.external()).findFirst()
                    .or(() -> actors.stream().filter(a -> !a.machine()).findFirst()).orElse(actors.get(0)).id();
            // A device with no machine actor is the app people carry (a handheld, a phone) when the request names one.
            case DEVICE -> deviceSource();
            case WEB -> WEB;
            case ENTRY -> entryPoint();
            case UNIT -> p.unitId();
            case STORE -> p.storeId();
            case HISTORY -> p.historyStoreId();
            case BROKER -> hasBroker() ? BROKER : p.unitId();
            case SEARCH -> searchIndex ? SEARCH_INDEX : p.storeId();
            case IDP -> managedIdentity() ? IDENTITY_PROVIDER : IDENTITY;
            case LEGACY -> legacy ? MigrationRule.LEGACY_ID : entryPoint();
            // The system that keeps a handed-off capability's records; without one, the unit stands in.
            case INTEGRATION -> p.externals().getOrDefault(INTEGRATION_KEY, p.unitId());
            case SOURCE -> source(p);
            case INGRESS -> gateway ? GATEWAY : p.unitId();
            case FILES -> name; // resolved above: null where the design keeps no files
            case SENDER -> sender(p).map(External::id).orElseGet(() -> actors.stream().filter(a -> !a.machine()).findFirst().orElse(actors.get(0)).id());
        }).orElse(name);
    }

    /** The integration that sends a placed archetype's files in ({@link Role#SENDER}), if one does. */
    Optional<External> sender(Placement p) {
        var directions = dev.architect.offline.internal.catalog.IntegrationDirections.standard();
        List<String> words = p.archetype() == null ? List.of() : p.archetype().phrases();
        return externals.stream().filter(e -> e.purpose() != null && directions.sendsFiles(e.purpose(), words).isPresent()).findFirst();
    }

    /** The request's person a {@code person:<slug>} participant names (a record's lifecycle names who does each command). */
    private Optional<String> person(String participant) {
        String slug = participant.substring(PERSON.length());
        return actors.stream().filter(a -> !a.machine() && Names.slug(a.name()).equals(slug)).map(Actor::id).findFirst();
    }

    /** The object storage an archetype of the design keeps its files in (snapshots, exports, uploads), if it keeps any. */
    Optional<String> filesStore() {
        return parts.stream().filter(x -> x.kind() == ContainerKind.OBJECT_STORE).map(Part::id).findFirst();
    }

    /**
     * Where a flow reads the records of the request's main capability (the first other one that keeps records, not
     * readings or a search index): through the service that owns them when they are another unit's, since only that service reads its
     * store; else from the store this unit shares with it.
     */
    private String source(Placement p) {
        return capabilities.stream().filter(c -> !c.unitId().equals(p.unitId()) && !c.is(ResourceFlow.INGEST) && !c.is(ResourceFlow.SEARCH))
                .findFirst().map(Capability::unitId).orElse(p.storeId());
    }

    /** The names a capability shape's tokens take for this capability. */
    private static CapabilityShapes.ShapeNames shapeNames(String name, String slug, Resource r) {
        return new CapabilityShapes.ShapeNames(name, slug, r.table(), r.schema(), r.plural(), r.idParameter(), r.singular().replace('_', ' '));
    }

    /**
     * The archetypes that design a capability, as the request's words claim it: an archetype brought along by another (the
     * notifications its reminders go through) or placed with the capability only to host it does not design it.
     */
    List<Placement> designersOf(Capability c) {
        return placements.stream().filter(p -> p.recognised().capabilities().contains(c.name())
                && p.recognised().evidence().stream().anyMatch(e -> e.field() != dev.architect.offline.internal.archetype.RequestField.ARCHETYPE)).toList();
    }

    /**
     * Where a shaped capability's flows run: its unit and its store, as a placement with no archetype of its own (the
     * roles of a shape's flow resolve as they do for an archetype's).
     */
    Placement placementOf(Capability c) {
        // The system a handed-off capability's records are kept in, else the one a shaped capability works with (the ERP a
        // sync pulls from, the OCR service an extraction calls).
        String system = c.handedOffTo() != null ? c.handedOffTo() : namedCounterpart(c).orElse(assumedCounterparts.get(c.name()));
        Map<String, String> owner = system == null ? Map.of() : externals.stream().filter(e -> e.name().equals(system))
                .findFirst().map(e -> Map.of(INTEGRATION_KEY, e.id())).orElse(Map.of());
        return new Placement(null, c.unitId(), c.storeId(), c.storeId(), owner, c.name());
    }

    /** The integration of the request a shaped capability works with (the ERP a sync pulls from), if one is it. */
    private Optional<String> namedCounterpart(Capability c) {
        return c.shaped() == null ? Optional.empty() : CapabilityShapes.standard().counterpart(c.name(), c.shaped().evidence().phrase(),
                        externals.stream().map(e -> new dev.architect.request.Integration(e.name(), e.purpose())).toList(), description)
                .map(dev.architect.request.Integration::name);
    }

    /** Whether a design's flows call the integration role: a step from or to the system it works with. */
    static boolean callsIntegration(Archetype design) {
        String role = Role.INTEGRATION.name().toLowerCase(Locale.ROOT);
        return design.flows().stream().flatMap(f -> f.parsed().stream()).anyMatch(s -> s.from().equals(role) || s.to().equals(role));
    }

    /** Where a handed-off capability's placement names the external system that keeps its records. */
    private static final String INTEGRATION_KEY = "integration";

    private static String unique(Set<String> used, String id) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private Resource resource(String capability, Catalogue catalogue, Set<String> taken, Words context, boolean notReadings, ConsultationRequest request,
                              dev.architect.offline.internal.archetype.Performer performedBy) {
        String description = request.description();
        Optional<ResourceShape> shape = catalogue.resourceFor(capability, context);
        // A row named by a word of many senses ("review") is that row only where a neighbouring word selects its sense
        // (word-senses.yaml): a panel's "proposal review" is no customer's product rating.
        if (shape.isPresent() && !wordSense(shape.get(), capability, request)) {
            shape = Optional.empty();
        }
        if (notReadings && shape.isPresent() && shape.get().flow() == ResourceFlow.INGEST) {
            shape = Optional.empty();
        }
        // "Project judging" is judging (a capability shape), not project records: a resource matched only on a word before
        // the head gives way to a shape that names the head.
        if (shape.isPresent() && !CapabilityShapes.headIsOneOf(capability, shape.get().match())
                && CapabilityShapes.standard().namesHead(capability)) {
            shape = Optional.empty();
        }
        // "Proctor reviews" worked by staff, "pick tasks" in a warehouse, "collection reports" run per period: a plain CRUD record
        // the catalogue names by the head's own word gives way to the mechanism a shape designs, where the request gives the
        // shape's sense; a word the catalogue row claimed only through the request's context (a shop's catalogue) stays the row's.
        if (shape.isPresent() && shape.get().flow() == ResourceFlow.CRUD
                && !shape.get().needContext().contains(capabilityWordOf(shape.get(), capability))
                && CapabilityShapes.standard().namesHeadInContext(capability, description, performedBy)) {
            shape = Optional.empty();
        }
        if (shape.isPresent() && taken.add(shape.get().singular())) {
            ResourceShape s = shape.get();
            return new Resource(s.singular(), s.plural(), s.flow(), s.fields());
        }
        return ownResource(capability, taken);
    }

    /** Whether the catalogue row's word in the capability reads in the sense the row designs, where the word has several. */
    private static boolean wordSense(ResourceShape shape, String capability, ConsultationRequest request) {
        Optional<String> hit = Words.of(capability).firstMatch(shape.match(), shape.notWithin());
        return hit.isEmpty() || dev.architect.offline.internal.archetype.WordSenses.standard().read(
                dev.architect.offline.internal.archetype.WordSenses.Kind.RESOURCE, shape.singular(), hit.get(),
                dev.architect.offline.internal.archetype.WordSenses.aroundCapabilityAsRecord(request, capability, hit.get())).counts();
    }

    /** The catalogue row's word the capability's name matched ("reports" of "collection reports"), or empty. */
    private static String capabilityWordOf(ResourceShape row, String capability) {
        return Words.of(capability).firstMatch(row.match(), row.notWithin()).orElse("");
    }

    /**
     * The resource named after the capability itself, not a catalogue resource: what it holds is an open question unless
     * an archetype or a shape designs it.
     */
    private static Resource ownResource(String capability, Set<String> taken) {
        // "session management" keeps sessions, "overbooking protection" a booking capacity: named after what it keeps, not its generic action
        String slug = Names.slug(CapabilityNameGrammar.standard().resourceWords(capability).orElse(capability));
        String last = slug.substring(slug.lastIndexOf('-') + 1);
        String singular = Names.table(slug.substring(0, slug.length() - last.length()) + Names.singular(last));
        while (!taken.add(singular)) {
            singular = singular + "_item";
        }
        String plural = Names.pluralOfLast(singular.replace('_', '-'));
        return new Resource(singular, plural, ResourceFlow.OPEN, List.of());
    }

    /**
     * The resource a record its sentences describe is named after: its object ("berth window allocation": berth window),
     * where that differs from the capability's own resource; else the capability's own.
     */
    private static Resource objectResource(String capability, ConsultationRequest request, Resource own, Set<String> taken) {
        Optional<List<String>> object = SentenceRecords.standard().object(capability, SentenceRecords.sentences(request));
        if (object.isEmpty() || Names.table(Names.singular(String.join(" ", object.get()))).equals(own.singular())) {
            return own;
        }
        return sharedResource(Names.singular(String.join(" ", object.get())), taken);
    }

    /** The resource a shared shape is named after ("points ledger"): its own words, never a catalogue resource's. */
    private static Resource sharedResource(String name, Set<String> taken) {
        String singular = Names.table(name);
        while (!taken.add(singular)) {
            singular = singular + "_item";
        }
        return new Resource(singular, Names.pluralOfLast(singular.replace('_', '-')), ResourceFlow.OPEN, List.of());
    }

    private ContainerKind unitKind() {
        return style == Shapes.Style.FUNCTIONS ? ContainerKind.FUNCTION : ContainerKind.SERVICE;
    }

    private String unitName(String id, List<Capability> caps) {
        if (id.equals(APP)) {
            return systemName + " application";
        }
        String cap = Names.capitalise(caps.get(0).name());
        return style == Shapes.Style.FUNCTIONS ? cap + " function" : cap + " service";
    }

    /** A time-series or wide-column primary store keeps reference data (users, devices, settings) in a relational one. */
    boolean splitsReferenceData() {
        return storeShape == Shapes.Store.TIME_SERIES || storeShape == Shapes.Store.WIDE_COLUMN;
    }

    /**
     * Whether a store keeps records in the relational reference store rather than in the non-relational primary: beside a
     * telemetry store, every other store holds the capabilities' records (accounts, wallets, orders), whose own write
     * rate is not the telemetry's; without one, only the shared database does.
     */
    boolean holdsReferenceData(String storeId) {
        return splitsReferenceData() && !storeId.equals(TELEMETRY_STORE) && !storeId.equals(SEARCH_INDEX)
                && (storeId.equals(DB) || stores.containsKey(TELEMETRY_STORE));
    }

    boolean hasCache() {
        return caching != Shapes.Caching.NONE;
    }

    boolean hasCdn() {
        return caching == Shapes.Caching.CDN_CACHE;
    }

    boolean hasBroker() {
        return messaging != Shapes.Messaging.NONE;
    }

    boolean managedIdentity() {
        return identity == Shapes.Identity.MANAGED || identity == Shapes.Identity.MANAGED_MESH || federatedIdentity();
    }

    /** The parts decisions add to this design, in drawing order: the identity server the team runs, the card vault, the waiting room. */
    List<DecidedPart> decidedParts() {
        List<DecidedPart> out = new ArrayList<>();
        if (!managedIdentity()) {
            out.add(DecidedPart.IDENTITY_SERVER);
        }
        if (cardVault) {
            out.add(DecidedPart.CARD_VAULT);
        }
        if (waitingRoom) {
            out.add(DecidedPart.WAITING_ROOM);
        }
        return out;
    }

    /**
     * Whether an external system is an integration users' identities live at, drawn beside a sign-in service of the
     * design's own (a managed pool or an identity server that federates with it), not as the identity provider itself.
     */
    boolean holdsIdentities(External e) {
        return e.named() && identitySources.contains(e.name());
    }

    /** Users sign in at an identity source the request already has: an external system, no user pool of ours. */
    boolean federatedIdentity() {
        return identity == Shapes.Identity.FEDERATED;
    }

    /** The element browsers and clients call: the gateway, or the monolith. */
    String entryPoint() {
        return gateway ? GATEWAY : units.stream().filter(u -> u.id().equals(APP)).findFirst().orElse(units.get(0)).id();
    }

    /** The entry point as people call it, for prose. */
    String entryPointName() {
        return gateway ? "the API gateway" : "the " + unit(entryPoint()).name();
    }

    Unit unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    /** The capability an integration serves: the first whose flow or name matches its purpose, else the first. */
    Capability ownerOf(External e) {
        // A capability handed off to this system is what it serves.
        Optional<Capability> handedOff = capabilities.stream().filter(c -> e.name().equals(c.handedOffTo())
                || e.name().equals(assumedCounterparts.get(c.name()))).findFirst();
        if (handedOff.isPresent()) {
            return handedOff.get();
        }
        Words purpose = Words.of(e.nameAndPurpose());
        for (Capability c : capabilities) {
            if (e.payments() && c.is(ResourceFlow.PAYMENT) || e.async() && c.is(ResourceFlow.NOTIFY)
                    || purpose.contains(c.resource().singular().replace('_', ' ')) || purpose.contains(c.name())) {
                return c;
            }
        }
        return capabilities.stream().filter(c -> !c.is(ResourceFlow.SEARCH) && !c.is(ResourceFlow.INGEST)).findFirst().orElse(capabilities.get(0));
    }

    /** The capabilities that change state through requests (everything but search). */
    List<Capability> writable() {
        return capabilities.stream().filter(c -> !c.is(ResourceFlow.SEARCH)).toList();
    }
}
