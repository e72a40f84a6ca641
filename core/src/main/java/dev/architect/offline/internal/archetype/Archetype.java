package dev.architect.offline.internal.archetype;

import dev.architect.dossier.AlertSeverity;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.MessageKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of system, or part of one, whose defining mechanism the offline architect knows how to design (realtime
 * messaging, payments and a ledger, booking): the phrases that recognise it in a request, the words too general to
 * recognise it alone but that name capabilities it designs once recognised ({@code alsoClaims}: "orders" in a shop,
 * not in a maintenance system), the longer phrases inside which its words mean something else ({@code notWithin}:
 * "payment" in "payment matching", "charge" in "in charge of"), the way money moves that it designs ({@code direction}:
 * card payments take money in, payouts send it out), what else its mechanism needs in the request ({@code needs}), the
 * tables of another archetype it writes to ({@code borrows}: the ledger), the archetypes without which its words mean
 * nothing ({@code onlyWith}: "documents" attach to cases only where cases are designed), whether a capability it claims
 * that the catalogue reads as readings taken in batches stays so ({@code ingests}: telemetry takes readings in, while
 * dispatch keeps couriers' positions in its own live index), whether the record a claimed capability names stays a
 * record of its own that this archetype serves ({@code keepsNamedRecord}: 'invoice upload' keeps the invoice, its file is
 * what files and media keep; 'photo upload' names only the files), and what it brings to the design. Read from {@code archetypes.yaml}; every reference inside an archetype (a flow's participant, an
 * entity's owner or key, an operation's schema) is checked when the file is read, naming the archetype.
 */
public record Archetype(String id, String name, List<String> phrases, String requirement, List<Component> components,
                        List<External> externals, List<EntityDef> entities, Map<String, List<String>> schemas,
                        List<Operation> operations, List<Flow> flows, List<Decision> decisions, List<RiskDef> risks,
                        Phase phase, List<String> requires, List<AlertDef> alerts, List<String> alsoClaims,
                        String onlyWhenNamed, List<String> notWithin, List<Yield> yieldsTo, MoneyDirection direction,
                        List<Need> needs, List<String> borrows, List<String> onlyWith, List<Kind> kinds, List<String> dueCues,
                        List<String> otherSenses, Boolean ingests, Boolean keepsNamedRecord) {

    /** The token a ONE_OF value list names to take a kind's vocabulary: {@code [$states]} takes the kind's states. */
    static final String VOCABULARY_TOKEN = "$";

    /** The text token replaced by the due time the request states, or by the kind's words for it when none is stated. */
    public static final String DUE_TOKEN = "${due}";

    /**
     * A kind of the archetype's mechanism (a case that is applied for and decided, a request offered to someone who
     * accepts or declines it, a report reviewed and appealed), chosen by its {@code phrases} in the request; the one
     * without phrases is the neutral default. It fills the {@code [$name]} value lists of the archetype's constraints from
     * its {@code vocabulary} (states, actors), adds its command {@code operations} and {@code schemas}, and replaces the
     * archetype's flows of the same id with its own. {@code dueWhenUnstated} names the due time when the request states none.
     * {@code omit} names the archetype's components, entities, operations, flows, risks (by title) and alerts this kind has no
     * use for (devices that only report their state raise no alerts); {@code components}, {@code entities}, {@code requirement} and
     * {@code phase} add to or replace the archetype's; {@code says} is what its phrase says of the request, shown with the
     * evidence (by default "a case of kind" and its name). A {@code sentIn} kind is chosen, before any kind's phrases, when an
     * integration of the request sends the archetype's files in ({@code integration-directions.yaml}): files a modality or
     * a partner sends are received from that system, not uploaded by a person.
     */
    public record Kind(String id, String name, List<String> phrases, List<String> notWithin, Map<String, List<String>> vocabulary,
                       Map<String, List<String>> schemas, List<Operation> operations, List<Flow> flows, String dueWhenUnstated,
                       List<String> omit, List<Component> components, List<EntityDef> entities, String requirement, Phase phase,
                       String says, Boolean sentIn) {
        public Kind {
            sentIn = sentIn != null && sentIn;
            // What its phrase says of the request, shown with the evidence: by default the kind of case it designs.
            says = says == null ? "a case of kind '" + name + "'" : says;
            entities = List.copyOf(entities == null ? List.of() : entities);
            omit = List.copyOf(omit == null ? List.of() : omit);
            components = List.copyOf(components == null ? List.of() : components);
            if (id == null || !id.matches("[a-z][a-z0-9-]*") || name == null || name.isBlank()) {
                throw new IllegalStateException("kind '" + id + "' needs a lower-case id and a name");
            }
            phrases = List.copyOf(phrases == null ? List.of() : phrases);
            notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
            vocabulary = vocabulary == null ? Map.of() : new LinkedHashMap<>(vocabulary);
            schemas = schemas == null ? Map.of() : new LinkedHashMap<>(schemas);
            operations = List.copyOf(operations == null ? List.of() : operations);
            flows = List.copyOf(flows == null ? List.of() : flows);
            dueWhenUnstated = dueWhenUnstated == null ? "its due time" : dueWhenUnstated;
        }

        /** The neutral default, chosen when no other kind's phrases occur (a kind chosen by a sender is not it). */
        public boolean isDefault() {
            return phrases.isEmpty() && !sentIn;
        }
    }

    /** The default kind, or empty for an archetype without kinds. */
    public java.util.Optional<Kind> defaultKind() {
        return kinds.stream().filter(Kind::isDefault).findFirst();
    }

    /**
     * This archetype as that kind designs it: its states and actors in the constraints, its commands and flows, and the
     * stated due time (or the kind's words for it) wherever the text says {@value #DUE_TOKEN}.
     */
    public Archetype forKind(Kind kind, String due) {
        String dueText = due == null ? kind.dueWhenUnstated() : due;
        java.util.function.Predicate<String> kept = x -> !kind.omit().contains(x);
        List<Component> keptComponents = new ArrayList<>(components.stream().filter(c -> kept.test(c.id())).toList());
        keptComponents.addAll(kind.components());
        java.util.function.UnaryOperator<String> text = t -> t == null ? null : t.replace(DUE_TOKEN, dueText);
        List<EntityDef> specialised = entities.stream().filter(e -> kept.test(e.name())).map(e -> new EntityDef(e.name(), e.owner(), text.apply(e.description()), e.fields(), e.key(),
                e.references(), e.indexes(), e.constraints().stream().map(c -> withVocabulary(c, kind)).toList(), e.absentWhen(), e.serves()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        specialised.addAll(kind.entities());
        Map<String, List<String>> allSchemas = new LinkedHashMap<>(schemas);
        allSchemas.putAll(kind.schemas());
        List<Operation> allOperations = new ArrayList<>(operations.stream().filter(o -> kept.test(o.id())).toList());
        allOperations.addAll(kind.operations());
        // The kind's own flows (raise, decide) come first: they are what the case does; the archetype's follow.
        List<Flow> allFlows = new ArrayList<>();
        kind.flows().stream().filter(k -> flows.stream().noneMatch(f -> f.id().equals(k.id()))).forEach(allFlows::add);
        for (Flow f : flows.stream().filter(f -> kept.test(f.id())).toList()) {
            allFlows.add(kind.flows().stream().filter(k -> k.id().equals(f.id())).findFirst().orElse(f));
        }
        List<Flow> dueFlows = allFlows.stream().map(f -> new Flow(f.id(), text.apply(f.title()), text.apply(f.description()),
                f.steps().stream().map(text).toList(), f.absentWhen())).toList();
        List<AlertDef> dueAlerts = alerts.stream().filter(a -> kept.test(a.name())).map(a -> new AlertDef(a.name(), a.when(), text.apply(a.condition()), a.severity(), a.action())).toList();
        Phase base = kind.phase() == null ? phase : kind.phase();
        Phase duePhase = new Phase(base.name(), base.personWeeks(), base.deliverables(), base.exitCriteria().stream().map(text).toList());
        List<RiskDef> keptRisks = risks.stream().filter(r -> kept.test(r.title())).toList();
        return new Archetype(id, name, phrases, text.apply(kind.requirement() == null ? requirement : kind.requirement()), keptComponents,
                externals.stream().filter(x -> kept.test(x.id())).toList(),
                specialised, allSchemas, allOperations, dueFlows, decisions, keptRisks, duePhase, requires, dueAlerts, alsoClaims, onlyWhenNamed, notWithin, yieldsTo, direction, needs, borrows,
                onlyWith, List.of(), dueCues, otherSenses, ingests, keepsNamedRecord);
    }

    /** The token a column, index field or schema property stands as, replaced by a list ({@code ${payeeAccount}}). */
    private static String token(String name) {
        return "${" + name + "}";
    }

    /**
     * This archetype with its tokens replaced: each {@code ${name}} of {@code texts} in its prose, flows, operations,
     * risks and alerts; each column, index field or schema property that is a {@code ${name}} of {@code columns} by those
     * columns ({@code name:TYPE}) or, in a schema, by them as camelCase properties (required unless the column is nullable).
     * An archetype without tokens is returned as it is.
     *
     * @param texts what each text token stands for
     * @param columns the columns each column token stands for
     * @return the archetype as the request designs it
     */
    public Archetype withTokens(Map<String, String> texts, Map<String, List<String>> columns) {
        java.util.function.UnaryOperator<String> text = t -> replaced(t, texts);
        List<Component> c = components.stream().map(x -> new Component(x.id(), x.name(), x.kind(), x.decidedBy(), x.technology(),
                text.apply(x.responsibility()), x.absentWhen(), x.modules().stream().map(m -> new Module(m.id(), m.name(), text.apply(m.responsibility()))).toList(),
                x.temporary())).toList();
        List<External> x = externals.stream().map(e -> new External(e.id(), e.name(), text.apply(e.description()), e.phrases(), e.decidedBy())).toList();
        List<EntityDef> en = expandedEntities(entities, texts, columns);
        Map<String, List<String>> sc = expandedSchemas(schemas, columns);
        List<Operation> ops = operations.stream().map(o -> new Operation(o.id(), o.method(), o.path(), text.apply(o.summary()), o.request(), o.page(),
                o.query(), o.idempotent(), o.responses().stream().map(r -> new Response(r.status(), r.schema(), text.apply(r.description()))).toList(),
                o.servedBy(), o.absentWhen(), o.headers())).toList();
        List<Flow> fl = flows.stream().map(f -> new Flow(f.id(), text.apply(f.title()), text.apply(f.description()), f.steps().stream().map(text).toList(),
                f.absentWhen())).toList();
        List<RiskDef> rs = risks.stream().map(r -> new RiskDef(r.title(), r.when(), text.apply(r.description()), r.likelihood(), r.impact(),
                text.apply(r.mitigation()))).toList();
        List<AlertDef> al = alerts.stream().map(a -> new AlertDef(a.name(), a.when(), text.apply(a.condition()), a.severity(), text.apply(a.action()))).toList();
        Phase ph = new Phase(phase.name(), phase.personWeeks(), phase.deliverables().stream().map(text).toList(), phase.exitCriteria().stream().map(text).toList());
        List<Decision> ds = decisions.stream().map(d -> new Decision(d.topic(), d.section(), d.consequence() == null ? null : text.apply(d.consequence()))).toList();
        return new Archetype(id, name, phrases, text.apply(requirement), c, x, en, sc, ops, fl, ds, rs, ph, requires, al, alsoClaims,
                onlyWhenNamed, notWithin, yieldsTo, direction, needs, borrows, onlyWith, kinds, dueCues, otherSenses, ingests, keepsNamedRecord);
    }

    /** Each text token replaced in a text. */
    private static String replaced(String t, Map<String, String> texts) {
        if (t == null || !t.contains("${")) {
            return t;
        }
        String out = t;
        for (var e : texts.entrySet()) {
            out = out.replace(token(e.getKey()), e.getValue());
        }
        return out;
    }

    /** A list with each token in it replaced by the items it stands for, mapped. */
    private static List<String> expanded(List<String> list, Map<String, List<String>> columns, java.util.function.UnaryOperator<String> as) {
        return list.stream().flatMap(f -> columns.entrySet().stream().filter(e -> f.equals(token(e.getKey()))).findFirst()
                .map(e -> e.getValue().stream().map(as)).orElse(java.util.stream.Stream.of(f))).toList();
    }

    private static List<EntityDef> expandedEntities(List<EntityDef> entities, Map<String, String> texts, Map<String, List<String>> columns) {
        return entities.stream().map(e -> new EntityDef(e.name(), e.owner(), replaced(e.description(), texts), expanded(e.fields(), columns, c -> c), e.key(),
                e.references(), e.indexes().stream().map(i -> new IndexDef(expanded(i.fields(), columns, c -> c.substring(0, c.indexOf(':'))), i.unique(),
                        replaced(i.reason(), texts))).toList(), e.constraints(), e.absentWhen(), e.serves())).toList();
    }

    private static Map<String, List<String>> expandedSchemas(Map<String, List<String>> schemas, Map<String, List<String>> columns) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        schemas.forEach((k, v) -> out.put(k, expanded(v, columns, Archetype::asProperty)));
        return out;
    }

    /** A column ({@code pix_key:TEXT}, {@code bic:TEXT?}) as an API property ({@code pixKey:STRING!}, {@code bic:STRING}). */
    private static String asProperty(String column) {
        int colon = column.indexOf(':');
        boolean nullable = column.endsWith("?");
        String type = column.substring(colon + 1, nullable ? column.length() - 1 : column.length());
        StringBuilder camel = new StringBuilder();
        boolean up = false;
        for (char ch : column.substring(0, colon).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                camel.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        String apiType = switch (type) {
            case "TEXT" -> "STRING";
            case "TIMESTAMP" -> "DATE_TIME";
            default -> type;
        };
        return camel + ":" + apiType + (nullable ? "" : "!");
    }

    private static ConstraintDef withVocabulary(ConstraintDef c, Kind kind) {
        if (c.values().size() != 1 || !c.values().get(0).startsWith(VOCABULARY_TOKEN)) {
            return c;
        }
        String word = c.values().get(0).substring(VOCABULARY_TOKEN.length());
        List<String> values = kind.vocabulary().get(word);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("kind '" + kind.id() + "' has no vocabulary '" + word + "' for the constraint on " + c.fields());
        }
        return new ConstraintDef(c.kind(), c.fields(), values, c.reason());
    }

    /**
     * Something the mechanism cannot exist without, found anywhere in the request besides the archetype's own phrase:
     * dispatch needs someone dispatched (a driver, a courier) and a job handed out (offered, assigned), stock
     * reservation needs stock. A single word ("trips", "nearby") does not make the mechanism; {@code what} is shown with
     * the evidence, and {@code notWithin} names the longer phrases in which a word means something else.
     */
    public record Need(String what, List<String> phrases, List<String> notWithin) {
        public Need {
            if (what == null || what.isBlank()) {
                throw new IllegalStateException("a need says what it is");
            }
            phrases = List.copyOf(phrases == null ? List.of() : phrases);
            notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
            if (phrases.isEmpty()) {
                throw new IllegalStateException("need '" + what + "' has no phrases");
            }
        }
    }

    /**
     * A more specific archetype this one gives way to: when that one is recognised and every piece of evidence for this
     * one is among these general phrases, this one is not recognised ("payments" in a bank-reconciliation request, or
     * in a request whose named billing vendor runs its subscriptions).
     */
    public record Yield(String archetype, List<String> phrases) {
        public Yield {
            if (archetype == null) {
                throw new IllegalStateException("yieldsTo needs an archetype");
            }
            phrases = List.copyOf(phrases == null ? List.of() : phrases);
        }
    }

    /** This archetype with the tables it borrows from another (already resolved ones are not added twice). */
    Archetype withBorrowed(List<EntityDef> borrowed) {
        List<EntityDef> all = new ArrayList<>(entities);
        borrowed.stream().filter(b -> entities.stream().noneMatch(e -> e.name().equals(b.name()))).forEach(all::add);
        return new Archetype(id, name, phrases, requirement, components, externals, all, schemas, operations, flows, decisions,
                risks, phase, requires, alerts, alsoClaims, onlyWhenNamed, notWithin, yieldsTo, direction, needs, borrows, onlyWith, kinds, dueCues,
                otherSenses, ingests, keepsNamedRecord);
    }

    /** This archetype with other flows and operations (the work another archetype's event starts, see {@link Handoffs}). */
    Archetype withFlowsAndOperations(List<Flow> newFlows, List<Operation> newOperations) {
        return new Archetype(id, name, phrases, requirement, components, externals, entities, schemas, newOperations, newFlows, decisions,
                risks, phase, requires, alerts, alsoClaims, onlyWhenNamed, notWithin, yieldsTo, direction, needs, borrows, onlyWith, kinds, dueCues,
                otherSenses, ingests, keepsNamedRecord);
    }

    /**
     * This archetype as a decided option builds it ({@link DecidedVariants}): the requirement and phase given replace its
     * own, components, flows, alerts and risks replace those of the same id, name or title or are added, entities are added
     * (an entity of the same name is replaced), and the components, externals, entities, operations, flows, risks (by title) and
     * alerts named in {@code omit} are left out: the parts a mechanism the option does not use would need.
     */
    Archetype withVariant(String newRequirement, List<Component> newComponents, List<EntityDef> newEntities, List<Flow> newFlows,
                          List<AlertDef> newAlerts, List<RiskDef> newRisks, Phase newPhase, List<String> omit) {
        java.util.function.Predicate<String> kept = x -> !omit.contains(x);
        List<Component> c = replacing(components.stream().filter(x -> kept.test(x.id())).toList(), newComponents, Component::id);
        List<EntityDef> en = replacing(entities.stream().filter(x -> kept.test(x.name())).toList(), newEntities, EntityDef::name);
        List<Flow> fl = replacing(flows.stream().filter(x -> kept.test(x.id())).toList(), newFlows, Flow::id);
        List<AlertDef> al = replacing(alerts.stream().filter(x -> kept.test(x.name())).toList(), newAlerts, AlertDef::name);
        List<RiskDef> rs = replacing(risks.stream().filter(x -> kept.test(x.title())).toList(), newRisks, RiskDef::title);
        List<Operation> ops = operations.stream().filter(x -> kept.test(x.id())).toList();
        return new Archetype(id, name, phrases, newRequirement == null ? requirement : newRequirement, c, externals.stream().filter(x -> kept.test(x.id())).toList(), en, schemas, ops, fl,
                decisions, rs, newPhase == null ? phase : newPhase, requires, al, alsoClaims, onlyWhenNamed, notWithin, yieldsTo, direction, needs,
                borrows, onlyWith, kinds, dueCues, otherSenses, ingests, keepsNamedRecord);
    }

    /** Each of {@code own} replaced by the one of {@code given} with the same key, in place; the others of {@code given} added. */
    private static <T> List<T> replacing(List<T> own, List<T> given, java.util.function.Function<T, String> key) {
        List<T> out = new ArrayList<>();
        for (T o : own) {
            out.add(given.stream().filter(g -> key.apply(g).equals(key.apply(o))).findFirst().orElse(o));
        }
        given.stream().filter(g -> own.stream().noneMatch(o -> key.apply(o).equals(key.apply(g)))).forEach(out::add);
        return out;
    }

    /** The tables this archetype defines itself, not those it borrows. */
    List<EntityDef> ownEntities() {
        return entities.stream().filter(e -> !borrows.contains(e.name())).toList();
    }

    /** The names {@code omit} may give: its components, externals, entities, operations and flows by id, risks by title, alerts by name. */
    Set<String> partNames() {
        Set<String> names = new HashSet<>();
        components.forEach(c -> names.add(c.id()));
        externals.forEach(x -> names.add(x.id()));
        entities.forEach(e -> names.add(e.name()));
        operations.forEach(o -> names.add(o.id()));
        flows.forEach(f -> names.add(f.id()));
        risks.forEach(r -> names.add(r.title()));
        alerts.forEach(a -> names.add(a.name()));
        return names;
    }

    /** Entities this archetype's tables refer to that it does not define (those of an archetype it requires). */
    List<String> borrowedEntities() {
        Set<String> own = new HashSet<>();
        entities.forEach(e -> own.add(e.name()));
        return entities.stream().flatMap(e -> e.references().values().stream()).filter(t -> !own.contains(t)).distinct().toList();
    }

    /** The schemas these operations use, directly or nested inside another schema, in catalogue order. */
    public List<String> schemasUsedBy(List<Operation> used) {
        Set<String> reached = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        used.forEach(o -> todo.addAll(o.schemaNames()));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (reached.add(name)) {
                schemas.getOrDefault(name, List.of()).stream().map(p -> Property.parse("schema '" + name + "'", p).ref())
                        .filter(java.util.Objects::nonNull).forEach(todo::add);
            }
        }
        return schemas.keySet().stream().filter(reached::contains).toList();
    }

    /** Participants of this archetype's flows that are neither roles nor its own components or externals. */
    List<String> borrowedParticipants() {
        Set<String> own = new HashSet<>();
        components.forEach(c -> own.add(c.id()));
        externals.forEach(x -> own.add("external:" + x.id()));
        List<String> out = new ArrayList<>();
        for (Flow f : flows) {
            for (Step s : f.parsed()) {
                for (String end : List.of(s.from(), s.to())) {
                    if (Role.of(end).isEmpty() && !own.contains(end)) {
                        out.add(end);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A container the archetype adds; its technology is the chosen option of {@code decidedBy} when set. A service holds
     * code of this system's own, so it lists its {@code modules}: the components drawn inside it. A {@code temporary}
     * part (a migration loader) runs only until the roadmap's decommission ends, and is billed no longer.
     */
    public record Component(String id, String name, ContainerKind kind, DecisionTopic decidedBy,
                            Map<String, String> technology, String responsibility, Gate absentWhen, List<Module> modules, Boolean temporary) {
        public Component {
            temporary = Boolean.TRUE.equals(temporary);
            technology = technology == null ? Map.of() : Map.copyOf(technology);
            modules = modules == null ? List.of() : List.copyOf(modules);
        }

        /**
         * Its product on a cloud: with {@code decidedBy}, the option chosen on that topic ({@code chosen} answers it),
         * else its default, else its name; without, its technology on the cloud, else its default, else its name.
         */
        public String technologyOn(dev.architect.request.Cloud cloud, java.util.function.Function<DecisionTopic, java.util.Optional<String>> chosen) {
            String otherwise = technology.getOrDefault("default", name);
            return decidedBy != null ? chosen.apply(decidedBy).orElse(otherwise) : technology.getOrDefault(cloud.label(), otherwise);
        }

        /** Everything a component needs to be drawn, so a bad entry fails when the file is read, naming it. */
        void check(String where) {
            require(id, where, "component id");
            require(responsibility, where + " component '" + id + "'", "responsibility");
            if (kind == null) {
                throw new IllegalStateException(where + " component '" + id + "': kind is missing");
            }
            if (decidedBy == null && technology.isEmpty()) {
                throw new IllegalStateException(where + " component '" + id + "': needs decidedBy or technology");
            }
            if (kind == ContainerKind.SERVICE && modules.isEmpty()) {
                throw new IllegalStateException(where + " component '" + id + "': a SERVICE needs modules, the components drawn inside it");
            }
            for (Module m : modules) {
                require(m.name(), where + " component '" + id + "' module", "name");
                require(m.responsibility(), where + " component '" + id + "' module '" + m.name() + "'", "responsibility");
            }
        }
    }

    /**
     * A component inside an archetype's service: what it is and what it alone does. {@code id}, optional, is its id
     * inside the service when the slug of its name would not do ("realm" for the realm and client configuration).
     */
    public record Module(String id, String name, String responsibility) {
    }

    /**
     * Options of a decision that make a part of the archetype unnecessary (full-text search in the database needs no
     * indexer): the component or flow is left out when the decision on {@code topic} chose one of these shapes. A left-out
     * component's {@code standIn}, a role, takes its place in flows (with no broker the outbox is polled by the unit); or
     * {@code standInExternal}, one of the archetype's externals (with no routing engine of our own the maps vendor answers).
     */
    public record Gate(DecisionTopic topic, List<String> shapes, Role standIn, String standInExternal) {
        public Gate {
            if (topic == null) {
                throw new IllegalStateException("absentWhen needs a topic");
            }
            if (standIn != null && standInExternal != null) {
                throw new IllegalStateException("absentWhen takes a standIn or a standInExternal, not both");
            }
            shapes = List.copyOf(shapes == null ? List.of() : shapes);
        }

        /** A gate whose left-out part is stood in for by a role, or by nothing. */
        public Gate(DecisionTopic topic, List<String> shapes, Role standIn) {
            this(topic, shapes, standIn, null);
        }

        /** The participant that takes a left-out component's place in flows ({@code broker}, {@code external:maps}), if any. */
        public java.util.Optional<String> standInParticipant() {
            return standIn != null ? java.util.Optional.of(standIn.name().toLowerCase(java.util.Locale.ROOT))
                    : java.util.Optional.ofNullable(standInExternal).map(x -> "external:" + x);
        }

        /** Whether the part is left out, given the shape chosen for each topic decided. */
        public boolean excludes(Map<DecisionTopic, String> chosenShapes) {
            String chosen = chosenShapes.get(topic); // null when the design did not decide the topic: nothing is left out
            return chosen != null && shapes.contains(chosen);
        }
    }

    /**
     * An external system the archetype talks to, matched to one of the request's integrations by its phrases; when none
     * matches it is named after the chosen option of {@code decidedBy}, or marked "to be chosen".
     */
    public record External(String id, String name, String description, List<String> phrases, DecisionTopic decidedBy) {
        public External {
            phrases = List.copyOf(phrases == null ? List.of() : phrases);
        }
    }

    /**
     * An invariant of an entity: which kind, on which columns, with which values (a status's states; a quorum's parent
     * status column, state and count), protecting which business rule.
     */
    public record ConstraintDef(ConstraintKind kind, List<String> fields, List<String> values, String reason) {
        public ConstraintDef {
            fields = List.copyOf(fields == null ? List.of() : fields);
            values = List.copyOf(values == null ? List.of() : values);
        }
    }

    /** An index; {@code unique} for a unique constraint; {@code reason} is the access pattern or rule it serves. */
    public record IndexDef(List<String> fields, boolean unique, String reason) {
        public IndexDef {
            fields = List.copyOf(fields == null ? List.of() : fields);
        }
    }

    /**
     * A table: its owner ({@code unit}, the unit serving the capability, or a component id), its columns, primary key,
     * foreign keys (column to entity), indexes and constraints; {@code absentWhen} leaves it out when another archetype's
     * decision designs the same records (an alert table when rule-based detection keeps incidents); {@code serves} names
     * the capabilities the table serves, in the words a request lists them by ("appeals"), so a request that lists one of
     * them gives that capability's module the table, where otherwise the archetype's home capability keeps it.
     */
    public record EntityDef(String name, String owner, String description, List<String> fields, List<String> key,
                            Map<String, String> references, List<IndexDef> indexes, List<ConstraintDef> constraints, Gate absentWhen,
                            List<String> serves) {
        public EntityDef {
            serves = List.copyOf(serves == null ? List.of() : serves);
            fields = List.copyOf(fields == null ? List.of() : fields);
            key = List.copyOf(key == null ? List.of("id") : key);
            references = references == null ? Map.of() : new LinkedHashMap<>(references);
            indexes = List.copyOf(indexes == null ? List.of() : indexes);
            constraints = List.copyOf(constraints == null ? List.of() : constraints);
            owner = owner == null ? "unit" : owner;
        }

        public List<Column> columns() {
            return fields.stream().map(f -> Column.parse("entity '" + name + "'", f)).toList();
        }

        /** Whether the table is part of the design, given the shape chosen for each topic decided. */
        public boolean presentWith(Map<DecisionTopic, String> chosenShapes) {
            return absentWhen == null || !absentWhen.excludes(chosenShapes);
        }
    }

    /** A response: status, the schema of its body (null for none, or a problem for errors) and what it means. */
    public record Response(int status, String schema, String description) {
    }

    /**
     * An API operation. {@code page} names the item schema of a cursor-paginated list; {@code query} holds extra query
     * parameters as {@code name:TYPE} with {@code !} when required; {@code headers} request headers in the same notation (a
     * conditional update's {@code If-Match}); {@code idempotent} adds a required Idempotency-Key;
     * {@code servedBy} names the component whose API serves it (by default the unit's); {@code absentWhen} leaves it out
     * when another archetype's decision designs the same operation.
     */
    public record Operation(String id, HttpMethod method, String path, String summary, String request, String page,
                            List<String> query, boolean idempotent, List<Response> responses, String servedBy, Gate absentWhen,
                            List<String> headers) {
        public Operation {
            query = List.copyOf(query == null ? List.of() : query);
            headers = List.copyOf(headers == null ? List.of() : headers);
            responses = List.copyOf(responses == null ? List.of() : responses);
        }

        /** Whether the operation is part of the design, given the shape chosen for each topic decided. */
        public boolean presentWith(Map<DecisionTopic, String> chosenShapes) {
            return absentWhen == null || !absentWhen.excludes(chosenShapes);
        }

        /** The schemas the operation names directly: its request body, page item and response bodies. */
        List<String> schemaNames() {
            List<String> out = new ArrayList<>();
            if (request != null) {
                out.add(request);
            }
            if (page != null) {
                out.add(page);
            }
            responses.stream().map(Response::schema).filter(java.util.Objects::nonNull).forEach(out::add);
            return out;
        }
    }

    /** One message of a flow, parsed from {@code "from -> to: message"} ({@code ->} call, {@code ~>} event, {@code -->} reply). */
    public record Step(String from, String to, MessageKind kind, String message) {

        private static final Pattern STEP = Pattern.compile("\\s*([a-z0-9:-]+)\\s*(-->|->|~>)\\s*([a-z0-9:-]+)\\s*:\\s*(.+)");

        static Step parse(String where, String text) {
            Matcher m = STEP.matcher(text);
            if (!m.matches()) {
                throw new IllegalStateException(where + ": step '" + text + "' must read 'from -> to: message'");
            }
            MessageKind kind = switch (m.group(2)) {
                case "->" -> MessageKind.SYNC;
                case "~>" -> MessageKind.ASYNC;
                default -> MessageKind.REPLY;
            };
            return new Step(m.group(1), m.group(3), kind, m.group(4).trim());
        }
    }

    /** A critical sequence. */
    public record Flow(String id, String title, String description, List<String> steps, Gate absentWhen) {
        public Flow {
            steps = List.copyOf(steps == null ? List.of() : steps);
        }

        public List<Step> parsed() {
            return steps.stream().map(s -> Step.parse("flow '" + id + "'", s)).toList();
        }
    }

    /**
     * A decision the archetype raises, drawn from a section of the decision catalogue; {@code consequence}, optional, is a
     * sentence its ADR adds as a consequence for this request (where a command's fast loop runs), left out when blank.
     */
    public record Decision(DecisionTopic topic, String section, String consequence) {
    }

    /**
     * A risk the archetype carries, scored 1-5 for likelihood and impact; {@code when} (the notation of
     * general-risks-and-alerts.yaml, over the design's facts) limits it to designs it fits.
     */
    public record RiskDef(String title, java.util.Map<String, Object> when, String description, int likelihood, int impact, String mitigation) {
        public RiskDef {
            when = when == null ? java.util.Map.of() : java.util.Map.copyOf(when);
            when.forEach((key, test) -> dev.architect.offline.internal.catalog.Condition.parse("risk '" + title + "'", key, test));
        }

        /** The same risk with its title, description and mitigation passed through {@code text}. */
        public RiskDef withText(java.util.function.UnaryOperator<String> text) {
            return new RiskDef(text.apply(title), when, text.apply(description), likelihood, impact, text.apply(mitigation));
        }

        /** The ids of the externals its text names as {@code {external:ID}} (the system this design connects for it). */
        public java.util.Set<String> externalsNamed() {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{external:([a-z0-9-]+)}").matcher(title + " " + description + " " + mitigation);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }
    }

    /**
     * An alert on the archetype's mechanism: its condition, how loud it is and what the responder does; {@code when}
     * (the notation of general-risks-and-alerts.yaml, over the design's facts) limits it to designs it fits.
     */
    public record AlertDef(String name, java.util.Map<String, Object> when, String condition, AlertSeverity severity, String action) {
        public AlertDef {
            if (name == null || !name.matches("[a-z][a-z0-9-]*") || condition == null || severity == null || action == null) {
                throw new IllegalStateException("alert '" + name + "' needs a lower-case name, a condition, a severity and an action");
            }
            when = when == null ? java.util.Map.of() : java.util.Map.copyOf(when);
            when.forEach((key, test) -> dev.architect.offline.internal.catalog.Condition.parse("alert '" + name + "'", key, test));
        }
    }

    /** The delivery phase of the archetype: its effort in person-weeks, what it delivers and when it is done. */
    public record Phase(String name, int personWeeks, List<String> deliverables, List<String> exitCriteria) {
        public Phase {
            deliverables = List.copyOf(deliverables == null ? List.of() : deliverables);
            exitCriteria = List.copyOf(exitCriteria == null ? List.of() : exitCriteria);
        }
    }

    public Archetype {
        String where = "archetype '" + id + "'";
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalStateException("archetype id '" + id + "' must be lower case words joined by dashes");
        }
        require(name, where, "name");
        require(requirement, where, "requirement");
        phrases = List.copyOf(phrases == null ? List.of() : phrases);
        if (phrases.isEmpty()) {
            throw new IllegalStateException(where + ": phrases are missing; nothing would recognise it");
        }
        components = List.copyOf(components == null ? List.of() : components);
        externals = List.copyOf(externals == null ? List.of() : externals);
        entities = List.copyOf(entities == null ? List.of() : entities);
        schemas = schemas == null ? Map.of() : new LinkedHashMap<>(schemas);
        operations = List.copyOf(operations == null ? List.of() : operations);
        flows = List.copyOf(flows == null ? List.of() : flows);
        decisions = List.copyOf(decisions == null ? List.of() : decisions);
        risks = List.copyOf(risks == null ? List.of() : risks);
        requires = List.copyOf(requires == null ? List.of() : requires);
        alerts = List.copyOf(alerts == null ? List.of() : alerts);
        alsoClaims = List.copyOf(alsoClaims == null ? List.of() : alsoClaims);
        notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
        yieldsTo = List.copyOf(yieldsTo == null ? List.of() : yieldsTo);
        needs = List.copyOf(needs == null ? List.of() : needs);
        borrows = List.copyOf(borrows == null ? List.of() : borrows);
        onlyWith = List.copyOf(onlyWith == null ? List.of() : onlyWith);
        kinds = List.copyOf(kinds == null ? List.of() : kinds);
        dueCues = List.copyOf(dueCues == null ? List.of() : dueCues);
        otherSenses = List.copyOf(otherSenses == null ? List.of() : otherSenses);
        ingests = Boolean.TRUE.equals(ingests);
        keepsNamedRecord = Boolean.TRUE.equals(keepsNamedRecord);
        if (phase == null) {
            throw new IllegalStateException(where + ": phase is missing");
        }
        // Column tokens ("${payeeAccount}") stand for the columns of the request's payees' rail; checked as the default reads them.
        Map<String, List<String>> checkedWith = dev.architect.offline.internal.catalog.Geography.standard()
                .payoutTokens(java.util.Optional.empty()).columns();
        check(where, components, externals, expandedEntities(entities, Map.of(), checkedWith), expandedSchemas(schemas, checkedWith),
                operations, flows, risks, phase, requires, borrows);
        if (onlyWhenNamed != null && externals.stream().noneMatch(x -> x.id().equals(onlyWhenNamed))) {
            throw new IllegalStateException(where + ": onlyWhenNamed '" + onlyWhenNamed + "' is not one of its externals");
        }
    }

    /** One neutral default kind, and every kind fills every vocabulary the constraints ask for, so a bad kind fails at load. */
    void checkKinds() {
        String where = "archetype '" + id + "'";
        boolean asksVocabulary = entities.stream().flatMap(e -> e.constraints().stream())
                .anyMatch(c -> c.values().size() == 1 && c.values().get(0).startsWith(VOCABULARY_TOKEN));
        if (kinds.isEmpty()) {
            if (asksVocabulary) {
                throw new IllegalStateException(where + ": a constraint takes a kind's vocabulary, but the archetype has no kinds");
            }
            return;
        }
        if (kinds.stream().filter(Kind::isDefault).count() != 1) {
            throw new IllegalStateException(where + ": exactly one kind must be the neutral default (a kind without phrases)");
        }
        if (kinds.stream().filter(Kind::sentIn).count() > 1) {
            throw new IllegalStateException(where + ": at most one kind is chosen by an integration sending files in (sentIn)");
        }
        Set<String> ids = new HashSet<>();
        for (Kind k : kinds) {
            if (k.sentIn() && !k.phrases().isEmpty()) {
                throw new IllegalStateException(where + " kind '" + k.id() + "': a kind chosen by a sender (sentIn) takes no phrases");
            }
            if (!ids.add(k.id())) {
                throw new IllegalStateException(where + ": kind '" + k.id() + "' is defined twice");
            }
            Set<String> names = partNames();
            k.omit().stream().filter(x -> !names.contains(x)).findFirst().ifPresent(x -> {
                throw new IllegalStateException(where + " kind '" + k.id() + "': omits '" + x + "', which the archetype does not have");
            });
            try {
                forKind(k, null);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(where + " kind '" + k.id() + "': " + e.getMessage(), e);
            }
        }
    }

    /**
     * The external system that must be named in the request for this archetype to be recognised, when its mechanism is
     * an integration with that system (an EHR over FHIR): a capability word alone ("patient records") does not invent it.
     */
    public java.util.Optional<External> namedSystemRequired() {
        return externals.stream().filter(x -> x.id().equals(onlyWhenNamed)).findFirst();
    }

    private static void require(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": " + field + " is missing");
        }
    }

    /** Every reference inside the archetype resolves, so a bad entry fails when the file is read. */
    private static void check(String where, List<Component> components, List<External> externals, List<EntityDef> entities,
                              Map<String, List<String>> schemas, List<Operation> operations, List<Flow> flows,
                              List<RiskDef> risks, Phase phase, List<String> requires, List<String> borrows) {
        Set<String> componentIds = new HashSet<>();
        for (Component c : components) {
            c.check(where);
            componentIds.add(c.id());
        }
        Set<String> entityNames = new HashSet<>();
        entities.forEach(e -> entityNames.add(e.name()));
        entityNames.addAll(borrows); // tables of another archetype this one posts to (the ledger); the catalogue resolves them
        for (EntityDef e : entities) {
            String at = where + " entity '" + e.name() + "'";
            if (!e.owner().equals("unit") && !componentIds.contains(e.owner())) {
                throw new IllegalStateException(at + ": owner '" + e.owner() + "' is neither 'unit' nor a component");
            }
            Set<String> cols = new HashSet<>();
            e.columns().forEach(c -> cols.add(c.name()));
            List<String> used = new ArrayList<>(e.key());
            used.addAll(e.references().keySet());
            e.indexes().forEach(i -> used.addAll(i.fields()));
            for (ConstraintDef c : e.constraints()) {
                if (c.kind() == null || !c.kind().accepts(c.fields().size()) || !c.kind().acceptsValues(c.values().size())) {
                    throw new IllegalStateException(at + ": constraint " + c.kind() + " on " + c.fields() + " with values " + c.values() + " is malformed");
                }
                if (c.kind() == ConstraintKind.QUORUM && (!e.references().containsKey(c.fields().get(0)) || !c.values().get(2).matches("[1-9][0-9]?"))) {
                    throw new IllegalStateException(at + ": a QUORUM's first field must refer to its parent and its count (values[2]) be a number from 1 to 99");
                }
                if (c.kind() == ConstraintKind.NOT_PARENTS && !e.references().containsKey(c.fields().get(0))) {
                    throw new IllegalStateException(at + ": a NOT_PARENTS constraint's first field must refer to its parent");
                }
                used.addAll(c.fields());
            }
            for (String col : used) {
                if (!cols.contains(col)) {
                    throw new IllegalStateException(at + ": unknown column '" + col + "'");
                }
            }
            e.references().forEach((col, target) -> {
                // An entity of a required archetype is checked by the catalogue, which knows them all.
                if (!entityNames.contains(target) && requires.isEmpty()) {
                    throw new IllegalStateException(at + ": column '" + col + "' refers to unknown entity '" + target + "'");
                }
            });
        }
        schemas.forEach((schema, props) -> props.forEach(p -> {
            Property parsed = Property.parse(where + " schema '" + schema + "'", p);
            if (parsed.ref() != null && !schemas.containsKey(parsed.ref())) {
                throw new IllegalStateException(where + " schema '" + schema + "': unknown schema '" + parsed.ref() + "'");
            }
        }));
        for (Operation o : operations) {
            String at = where + " operation '" + o.id() + "'";
            if (o.method() == null || o.path() == null || o.summary() == null) {
                throw new IllegalStateException(at + ": method, path and summary are required");
            }
            for (String s : new String[] {o.request(), o.page()}) {
                if (s != null && !schemas.containsKey(s)) {
                    throw new IllegalStateException(at + ": unknown schema '" + s + "'");
                }
            }
            o.responses().forEach(r -> {
                if (r.schema() != null && !schemas.containsKey(r.schema())) {
                    throw new IllegalStateException(at + ": response " + r.status() + " has unknown schema '" + r.schema() + "'");
                }
            });
            o.query().forEach(q -> Property.parse(at, q));
            o.headers().forEach(h -> Property.parse(at, h));
            if (o.servedBy() != null && !componentIds.contains(o.servedBy())) {
                throw new IllegalStateException(at + ": servedBy '" + o.servedBy() + "' is not a component");
            }
            if (o.page() == null && o.responses().stream().noneMatch(r -> r.status() < 300)) {
                throw new IllegalStateException(at + ": needs a success response or a page");
            }
        }
        Set<String> externalIds = new HashSet<>();
        externals.forEach(x -> externalIds.add("external:" + x.id()));
        for (Component c : components) {
            if (c.absentWhen() != null && c.absentWhen().standInExternal() != null && !externalIds.contains("external:" + c.absentWhen().standInExternal())) {
                throw new IllegalStateException(where + " component '" + c.id() + "': standInExternal '" + c.absentWhen().standInExternal()
                        + "' is not one of its externals");
            }
        }
        for (Flow f : flows) {
            for (Step s : f.parsed()) {
                for (String end : List.of(s.from(), s.to())) {
                    // A component of a required archetype is checked by the catalogue, which knows them all.
                    // person:<slug> is one of the request's actors by name (a lifecycle's shape names who does each command)
                    if (Role.of(end).isEmpty() && !componentIds.contains(end) && !externalIds.contains(end) && requires.isEmpty()
                            && !end.startsWith("person:")) {
                        throw new IllegalStateException(where + " flow '" + f.id() + "': unknown participant '" + end
                                + "' (a role " + Role.names() + ", a component, external:<id> or person:<actor>)");
                    }
                }
            }
        }
        for (RiskDef r : risks) {
            if (r.likelihood() < 1 || r.likelihood() > 5 || r.impact() < 1 || r.impact() > 5) {
                throw new IllegalStateException(where + " risk '" + r.title() + "': likelihood and impact are 1-5");
            }
            for (String named : r.externalsNamed()) {
                if (!externalIds.contains("external:" + named)) {
                    throw new IllegalStateException(where + " risk '" + r.title() + "': {external:" + named + "} is not one of its externals");
                }
            }
        }
        if (phase.personWeeks() < 1) {
            throw new IllegalStateException(where + ": phase personWeeks must be at least 1");
        }
    }
}
