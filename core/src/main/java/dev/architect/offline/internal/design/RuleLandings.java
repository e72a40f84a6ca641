package dev.architect.offline.internal.design;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Priority;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.offline.internal.design.RuleInvariants.Kind;
import dev.architect.offline.internal.design.RuleInvariants.Rule;
import dev.architect.offline.internal.design.RuleVersions.Versioned;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each rule the request states ({@link RuleInvariants}) lands once the dossier's parts are built: the constraint in
 * the bound entity's DDL, the problem status on the commands that write it, the check step inside the critical sequence's
 * transaction, a requirement quoting the sentence and a release check; a rule no entity is named by becomes an open question.
 * A rule already kept by the entity (the same constraint on the same columns, from an outcome limit or a record's lifecycle)
 * adds no second constraint.
 */
final class RuleLandings {

    private static final String PROBLEM = "Problem";

    /** The dossier's parts with the rules landed, and the release checks the hardening phase runs. */
    record Landed(DataModel model, List<ApiSpec> apis, List<SequenceDiagram> sequences, Requirements requirements, List<String> checks) {
    }

    private RuleLandings() {
    }

    /**
     * Lands every rule the request states.
     *
     * @param request the request whose sentences state the rules
     * @param model the data model the rules bind to
     * @param apis the API specifications whose commands refuse a broken rule
     * @param sequences the sequences whose transactions check it
     * @param requirements the requirements that quote it
     */
    static Landed land(ConsultationRequest request, DataModel model, List<ApiSpec> apis, List<SequenceDiagram> sequences, Requirements requirements) {
        return land(request, model, apis, sequences, requirements, Map.of(), true);
    }

    /**
     * Lands every rule the request states on the record its subject names, reached through the capability that writes it.
     *
     * @param request the request whose sentences state the rules
     * @param model the data model the rules bind to
     * @param apis the API specifications whose commands refuse a broken rule
     * @param sequences the sequences whose transactions check it
     * @param requirements the requirements that quote it
     * @param writers each capability's table and the capability's name
     * @param exclusionConstraints whether the chosen store has exclusion constraints (PostgreSQL); without them (SQL Server,
     *                             MySQL) an overlap rule is kept by a serializable check under a range lock, as the booking
     *                             decision's options say
     */
    static Landed land(ConsultationRequest request, DataModel model, List<ApiSpec> apis, List<SequenceDiagram> sequences, Requirements requirements,
                       Map<String, List<String>> writers, boolean exclusionConstraints) {
        RuleInvariants grammar = RuleInvariants.standard();
        List<Rule> rules = grammar.read(request, model, writers);
        if (rules.isEmpty()) {
            return new Landed(model, apis, sequences, requirements, List.of());
        }
        List<Entity> entities = new ArrayList<>(model.entities());
        List<ApiSpec> specs = new ArrayList<>(apis);
        List<SequenceDiagram> flows = new ArrayList<>(sequences);
        List<FunctionalRequirement> functional = new ArrayList<>(requirements.functional());
        List<OpenQuestion> questions = new ArrayList<>(requirements.openQuestions());
        List<String> checks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        functional.forEach(f -> ids.add(f.id()));
        int unbound = 0;
        for (Rule r : rules) {
            RuleInvariants.KindForms forms = grammar.forms(r.kind());
            Entity e = RuleInvariants.entity(new DataModel(entities), r.entity());
            List<Entity> guards = e == null ? guardedAlready(r, forms, entities) : List.of();
            if (!guards.isEmpty()) {
                // a tie (or a subject no writer names) decided by the guard an archetype or an earlier landing already put on the record
                String id = "fr-rule-" + r.slug();
                for (int n = 2; !ids.add(id); n++) {
                    id = "fr-rule-" + r.slug() + "-" + n;
                }
                List<String> names = guards.stream().map(Entity::name).toList();
                functional.add(new FunctionalRequirement(id, Names.capitalise(r.sentence()), "Kept as the " + r.field() + " says (\"" + r.sentence()
                        + "\") by the " + forms.guardedBy() + " constraint the design already puts on " + String.join(" and ", names)
                        + ", the record" + (names.size() == 1 ? "" : "s") + " its subject names: the database refuses what the rule forbids, whatever"
                        + " command or job writes it.", Priority.MUST));
                continue;
            }
            if (e == null || (r.kind() != Kind.PRECONDITION && r.kind() != Kind.NOT_EXCEED && r.kind() != Kind.ONCE_ONLY && r.kind() != Kind.IMMUTABLE
                    && r.scope() == null)) {
                questions.add(RuleInvariants.unbound(r, ++unbound));
                continue;
            }
            String problem = "/problems/" + forms.problem();
            Kept kept = keep(r, e, entities, grammar, exclusionConstraints);
            String noun = e.name().replace('_', ' ');
            Map<String, String> tokens = Map.of("${sentence}", r.sentence(), "${field}", r.field(), "${noun}", noun, "${table}", e.name(),
                    "${keeper}", kept.keeper(), "${status}", String.valueOf(forms.status()), "${problem}", problem);
            String id = "fr-rule-" + r.slug();
            for (int n = 2; !ids.add(id); n++) {
                id = "fr-rule-" + r.slug() + "-" + n;
            }
            String refusal = "Refused by the rule \"" + r.sentence() + "\" (problem type " + problem + ")";
            if (r.kind() == Kind.IMMUTABLE) {
                specs.replaceAll(s -> RuleVersions.versioned(s, e.name(), forms.status(), refusal));
            } else {
                boolean creates = r.kind() == Kind.ONCE_ONLY && grammar.creates(r);
                specs.replaceAll(s -> refuse(s, e.name(), creates ? null : r, forms.status(), refusal));
            }
            String requirement = fill(forms.requirement(), tokens);
            String check = fill(forms.check(), tokens);
            if (answers(specs, refusal)) {
                check(flows, e.name(), kept.step(), forms.status() + " " + problem);
            } else {
                // No operation of the API writes the record (a placeholder's API, a record only a job writes): the database keeps
                // the rule, but no answer carries its problem type, so the requirement promises none and asks which command does
                String question = "oq-" + id.substring("fr-".length()) + "-command";
                String unanswered = "an error no operation of the API answers yet (open question " + question + ")";
                requirement = requirement.replace(forms.status() + " (problem type " + problem + ")", unanswered);
                check = check.replace(forms.status() + " " + problem, unanswered);
                questions.add(new OpenQuestion(question, "Which command of the API writes the " + noun + " that the rule \"" + r.sentence()
                        + "\" refuses, and what does it answer?", "The database keeps the rule (" + kept.keeper() + "), but no operation of the API"
                        + " writes a " + noun + ", so no answer tells the caller why a write was refused (" + forms.status() + " " + problem
                        + " once one does)", List.of(), null));
                check(flows, e.name(), kept.step(), null);
            }
            functional.add(new FunctionalRequirement(id, Names.capitalise(r.sentence()), requirement, Priority.MUST));
            checks.add(check);
        }
        return new Landed(new DataModel(entities), specs, flows, new Requirements(functional, requirements.qualityAttributes(),
                requirements.constraints(), requirements.assumptions(), questions), checks);
    }

    /** What keeps a rule: the statement the requirement quotes and the step the transaction runs. */
    private record Kept(String keeper, String step) {
    }

    /** Changes the bound entity (and adds a reference quantity's row) so the database keeps the rule; returns what keeps it. */
    private static Kept keep(Rule r, Entity e, List<Entity> entities, RuleInvariants grammar, boolean exclusionConstraints) {
        String reason = "\"" + r.sentence() + "\"";
        Entity changed = e;
        Kept kept;
        switch (r.kind()) {
            case UNIQUE_PER_SCOPE, COUNT_CAP -> {
                String column = Names.table(r.scope()) + "_id";
                changed = withField(changed, EntityField.of(column, DataType.UUID));
                List<String> active = activeStates(changed, grammar);
                changed = withStatus(changed);
                List<String> values = new ArrayList<>();
                values.add(String.valueOf(r.most()));
                values.addAll(active.isEmpty() ? List.of("ACTIVE") : active);
                changed = withConstraint(changed, new EntityConstraint(ConstraintKind.ACTIVE_AT_MOST, List.of(column, "status"), values, reason));
                String states = String.join(", ", values.subList(1, values.size()));
                kept = r.most() == 1
                        ? new Kept("a partial unique index on " + e.name() + " (" + column + ") where status in (" + states + ") refuses a second",
                        "Insert the " + e.name().replace('_', ' ') + " in one transaction: the partial unique index on (" + column
                                + ") where status in (" + states + ") refuses a second standing one")
                        : new Kept("the writing transaction locks the " + r.scope() + " and counts its " + e.name() + " rows in (" + states
                                + "), refusing one more once " + r.most() + " stand",
                        "Lock the " + r.scope() + " (select ... for update), count its " + e.name() + " rows where status in (" + states
                                + ") and insert only while fewer than " + r.most() + " stand, in one transaction");
            }
            case EXCLUSIVE_IN_TIME -> {
                String column = Names.table(r.scope()) + "_id";
                changed = withField(changed, EntityField.of(column, DataType.UUID));
                List<String> period = RuleInvariants.period(changed);
                if (period == null) {
                    changed = withField(withField(changed, EntityField.of("starts_at", DataType.TIMESTAMP)), EntityField.of("ends_at", DataType.TIMESTAMP));
                    changed = withConstraint(changed, new EntityConstraint(ConstraintKind.ORDERED, List.of("starts_at", "ends_at"), "a period starts before it ends"));
                    period = List.of("starts_at", "ends_at");
                }
                changed = withConstraint(changed, new EntityConstraint(ConstraintKind.NO_OVERLAP, List.of(column, period.get(0), period.get(1)), reason));
                String noun = e.name().replace('_', ' ');
                // The data model states the rule either way; what keeps it at run time is what the chosen engine can run
                kept = exclusionConstraints
                        ? new Kept("an exclusion constraint on " + e.name() + " (" + column + " with =, [" + period.get(0) + ", " + period.get(1)
                        + ") with &&) refuses an overlap", "Insert the " + noun + " in one transaction: the exclusion constraint on ("
                        + column + ", [" + period.get(0) + ", " + period.get(1) + ")) refuses one overlapping another of the same " + r.scope())
                        : new Kept("a serializable transaction locks the " + r.scope() + "'s " + noun + " rows whose [" + period.get(0) + ", "
                        + period.get(1) + ") overlaps the new one and inserts only when there are none", "Insert the " + noun + " in one serializable"
                        + " transaction: lock the " + r.scope() + "'s " + noun + " rows whose [" + period.get(0) + ", " + period.get(1) + ") overlaps"
                        + " the new one (a range lock) and insert only when there are none");
            }
            case NOT_EXCEED -> {
                String owner = r.owner() == null ? null : Names.table(r.owner()) + "_id";
                String table = Names.table((r.owner() == null ? "" : r.owner() + " ") + r.quantity());
                if (owner != null) {
                    changed = withField(changed, EntityField.of(owner, DataType.UUID));
                }
                if (RuleInvariants.entity(new DataModel(entities), table) == null && !table.equals(e.name())) {
                    List<EntityField> fields = new ArrayList<>(List.of(EntityField.of("id", DataType.UUID)));
                    if (owner != null) {
                        fields.add(EntityField.of(owner, DataType.UUID));
                    }
                    fields.addAll(List.of(EntityField.of("limit_amount", DataType.DECIMAL), EntityField.of("reserved", DataType.DECIMAL),
                            EntityField.of("version", DataType.BIGINT), EntityField.of("updated_at", DataType.TIMESTAMP)));
                    entities.add(new Entity(table, e.ownerContainerId(), "The " + r.quantity() + (r.owner() == null ? "" : " of one " + r.owner())
                            + " and how much of it the standing " + e.name().replace('_', ' ') + " rows have reserved", fields, List.of("id"), List.of(),
                            owner == null ? List.of() : List.of(new EntityIndex(List.of(owner), true, "one " + r.quantity() + " row per " + r.owner()
                                    + ": every " + e.name().replace('_', ' ') + " of it reserves against the same row")),
                            List.of(new EntityConstraint(ConstraintKind.NOT_NEGATIVE, List.of("reserved", "limit_amount"), "neither is ever negative"),
                                    new EntityConstraint(ConstraintKind.AT_MOST, List.of("reserved", "limit_amount"), reason))));
                }
                String where = owner == null ? "id = :limitId" : owner + " = :" + Names.camel(owner);
                kept = new Kept("each " + e.name().replace('_', ' ') + " reserves its amount on the " + table + " row by one conditional update"
                        + " (reserved + amount <= limit_amount) and a CHECK keeps reserved within limit_amount",
                        "update " + table + " set reserved = reserved + :amount, version = version + 1 where " + where
                                + " and reserved + :amount <= limit_amount (no row: the " + r.quantity() + " would be exceeded), then insert the "
                                + e.name().replace('_', ' ') + ", in one transaction");
            }
            case ONCE_ONLY -> {
                if (grammar.creates(r)) {
                    // "never counted twice": the record itself is the act, so the write that creates it keeps the key
                    changed = withField(changed, new EntityField("idempotency_key", DataType.TEXT, false, false,
                            "The Idempotency-Key of the request that created it"));
                    changed = withIndex(changed, new EntityIndex(List.of("idempotency_key"), true, "a retried create is recorded once: " + reason));
                    kept = new Kept("the create inserts the " + e.name().replace('_', ' ') + " with the request's Idempotency-Key under a unique index on "
                            + e.name() + ".idempotency_key, so a retry or a second press returns the first " + e.name().replace('_', ' ')
                            + " and never writes another", "insert into " + e.name() + " (..., idempotency_key) values (..., :idempotencyKey) on conflict"
                            + " (idempotency_key) do nothing, then read the row by its key and reply with it");
                    break;
                }
                String at = Names.table(r.act()) + "_at";
                String key = Names.table(r.act()) + "_key";
                changed = withField(changed, new EntityField(at, DataType.TIMESTAMP, true, false, "When it was " + r.act() + "; set once"));
                changed = withField(changed, new EntityField(key, DataType.TEXT, true, false, "The Idempotency-Key of the request that did it"));
                changed = withIndex(changed, new EntityIndex(List.of(key), true, "a retried request is recorded once: " + reason));
                if (r.scope() != null) {
                    String column = Names.table(r.scope()) + "_id";
                    changed = withField(changed, EntityField.of(column, DataType.UUID));
                    changed = withIndex(changed, new EntityIndex(List.of(column, at), true, "once per " + r.scope() + ": " + reason));
                }
                kept = new Kept("one conditional update sets " + e.name() + "." + at + " where it is still null, and a unique " + key
                        + " records a retry once", "update " + e.name() + " set " + at + " = now(), " + key + " = :idempotencyKey where id = :id and "
                        + at + " is null (no row: already " + r.act() + ")");
            }
            case IMMUTABLE -> {
                Entity existing = RuleInvariants.entity(new DataModel(entities), e.name() + "_version");
                Versioned v = RuleVersions.versions(e, r, reason, existing);
                if (existing == null) {
                    entities.add(v.table());
                } else {
                    entities.set(indexOf(entities, existing.name()), v.table());
                }
                changed = v.record();
                kept = new Kept(v.keeper(), v.step());
            }
            default -> {
                boolean stored = r.guard() != null && RuleInvariants.entity(new DataModel(entities), r.guard()) != null;
                String guard = r.guard() == null ? "record it waits for" : r.guard().replace('_', ' ');
                String state = r.state() == null ? null : r.state().toUpperCase(Locale.ROOT);
                String noun = e.name().replace('_', ' ');
                kept = new Kept("the command reads the " + guard + " under a lock and checks that it " + (state == null ? "exists" : "is " + state)
                        + " before the " + noun + " is " + r.act(),
                        (stored ? "select status from " + r.guard() + " where id = :" + Names.camel(r.guard() + "_id") + " for share"
                                : "Read the " + guard + " under a lock") + "; refuse unless " + (state == null ? "it exists" : stored
                                ? "status = '" + state + "'" : "it is " + state) + ", then the " + noun + " is " + r.act() + " in the same transaction");
            }
        }
        entities.set(indexOf(entities, e.name()), changed);
        return kept;
    }

    static int indexOf(List<Entity> entities, String name) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("entity " + name + " is not in the model");
    }

    /** The entity's states that hold what it is for: every state of its status but the ended ones (empty where it has none). */
    private static List<String> activeStates(Entity e, RuleInvariants grammar) {
        List<String> states = e.constraints().stream().filter(c -> c.kind() == ConstraintKind.ONE_OF && c.fields().equals(List.of("status")))
                .findFirst().map(EntityConstraint::values).orElse(List.of());
        List<String> active = states.stream().filter(s -> !grammar.ended().contains(s.toLowerCase(Locale.ROOT))).toList();
        return active.isEmpty() ? states : active;
    }

    /** The entity with a status column and its states where it has none: a standing record is ACTIVE until it is ENDED. */
    private static Entity withStatus(Entity e) {
        Entity out = withField(e, EntityField.of("status", DataType.TEXT));
        if (out.constraints().stream().noneMatch(c -> c.kind() == ConstraintKind.ONE_OF && c.fields().equals(List.of("status")))) {
            out = withConstraint(out, new EntityConstraint(ConstraintKind.ONE_OF, List.of("status"), List.of("ACTIVE", "ENDED"),
                    "a record stands while ACTIVE and frees what it held once ENDED"));
        }
        return out;
    }

    static Entity withField(Entity e, EntityField f) {
        if (e.field(f.name()).isPresent()) {
            return e;
        }
        List<EntityField> fields = new ArrayList<>(e.fields());
        fields.add(f);
        return new Entity(e.name(), e.ownerContainerId(), e.description(), fields, e.primaryKey(), e.relations(), e.indexes(), e.constraints());
    }

    static Entity withIndex(Entity e, EntityIndex i) {
        if (e.indexes().stream().anyMatch(x -> x.fields().equals(i.fields()))) {
            return e;
        }
        List<EntityIndex> indexes = new ArrayList<>(e.indexes());
        indexes.add(i);
        return new Entity(e.name(), e.ownerContainerId(), e.description(), e.fields(), e.primaryKey(), e.relations(), indexes, e.constraints());
    }

    /** The entity with the constraint, unless one of the same kind on the same columns keeps it already. */
    private static Entity withConstraint(Entity e, EntityConstraint c) {
        if (e.constraints().stream().anyMatch(x -> x.kind() == c.kind() && x.fields().subList(0, Math.min(x.fields().size(), c.fields().size()))
                .equals(c.fields()))) {
            return e;
        }
        List<EntityConstraint> constraints = new ArrayList<>(e.constraints());
        constraints.add(c);
        return new Entity(e.name(), e.ownerContainerId(), e.description(), e.fields(), e.primaryKey(), e.relations(), e.indexes(), constraints);
    }

    /** The paths' first segments that name an entity: its plural, and its head noun's plural ("/orders" for customer_order). */
    static Set<String> segments(String entity) {
        String[] words = entity.split("_");
        return new HashSet<>(List.of(Names.slug(Names.plural(entity.replace('_', ' '))), Names.slug(Names.plural(words[words.length - 1]))));
    }

    /**
     * The spec with the commands a rule can refuse answering its status: the command named by the act the rule limits
     * ("accepted": POST .../accept), else the collection's create and, for a rule on what a record holds, its changes.
     */
    private static ApiSpec refuse(ApiSpec s, String entity, Rule rule, int status, String refusal) {
        if (rule == null) {
            // the record's own creation is the act: its create answers the refusal
            return refuse(s, entity, status, refusal, o -> o.method() == HttpMethod.POST && !o.path().contains("{"));
        }
        boolean act = rule.act() != null && (rule.kind() == Kind.ONCE_ONLY || rule.kind() == Kind.PRECONDITION) && s.operations().stream()
                .anyMatch(o -> o.method() == HttpMethod.POST && names(o, entity) && acts(o, rule.act()));
        return refuse(s, entity, status, refusal, o -> act ? o.method() == HttpMethod.POST && acts(o, rule.act())
                : o.method() == HttpMethod.POST && !o.path().contains("{") || (o.method() == HttpMethod.PUT || o.method() == HttpMethod.PATCH)
                && rule.kind() != Kind.ONCE_ONLY && rule.kind() != Kind.PRECONDITION);
    }

    /**
     * The records a rule that bound to none could mean (the ones its subject fits equally, else those its sentence names) that
     * already carry the constraint keeping a rule of its kind; empty where the kind names none or no candidate carries it.
     */
    private static List<Entity> guardedAlready(Rule r, RuleInvariants.KindForms forms, List<Entity> entities) {
        if (forms.guardedBy() == null) {
            return List.of();
        }
        DataModel model = new DataModel(entities);
        Set<String> candidates = new java.util.LinkedHashSet<>(r.rivals());
        if (candidates.isEmpty()) {
            RuleInvariants.mentions(RecordLifecycles.tokens(r.sentence()), model).forEach(m -> candidates.add(m.entity()));
        }
        return entities.stream().filter(x -> candidates.contains(x.name()))
                .filter(x -> x.constraints().stream().anyMatch(k -> k.kind() == forms.guardedBy())).toList();
    }

    /** Whether an operation of the API answers with the refusal (its description quotes the rule and its problem type). */
    static boolean answers(List<ApiSpec> specs, String refusal) {
        return specs.stream().flatMap(s -> s.operations().stream()).flatMap(o -> o.responses().stream())
                .anyMatch(x -> x.description() != null && x.description().contains(refusal));
    }

    private static boolean names(ApiOperation o, String entity) {
        String[] parts = o.path().split("/");
        return parts.length > 1 && segments(entity).contains(parts[1]);
    }

    /** Whether the operation's last segment is the act's verb ("accept" for "accepted", "pay" for "paid" is not read). */
    private static boolean acts(ApiOperation o, String act) {
        String[] parts = o.path().split("/");
        String last = parts[parts.length - 1];
        return !last.startsWith("{") && last.length() >= 3 && act.startsWith(last);
    }

    static ApiSpec refuse(ApiSpec s, String entity, int status, String refusal, java.util.function.Predicate<ApiOperation> refused) {
        Set<String> named = segments(entity);
        boolean problem = s.schemas().stream().anyMatch(d -> d.name().equals(PROBLEM));
        List<ApiOperation> ops = new ArrayList<>();
        boolean changed = false;
        for (ApiOperation o : s.operations()) {
            String first = o.path().split("/").length > 1 ? o.path().split("/")[1] : "";
            if (!refused.test(o) || !named.contains(first)) {
                ops.add(o);
                continue;
            }
            List<ApiResponse> responses = AccessAndClockLandings.withResponse(o.responses(), status, refusal, problem);
            ops.add(new ApiOperation(o.operationId(), o.method(), o.path(), o.summary(), o.description(), o.tags(), o.parameters(), o.requestSchema(),
                    responses, o.idempotent()));
            changed = true;
        }
        return changed ? new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(), s.basePath(), s.auth(), ops, s.schemas()) : s;
    }

    /**
     * The first sequence that writes the entity gains the rule's check, in the write's own transaction, before the write (the
     * last step naming the entity before the first reply), and its first reply after it names the refusal.
     */
    static void check(List<SequenceDiagram> flows, String entity, String step, String refusal) {
        String[] words = entity.split("_");
        List<String> head = List.of(words[words.length - 1]);
        for (int f = 0; f < flows.size(); f++) {
            SequenceDiagram d = flows.get(f);
            int write = -1;
            for (int i = 0; i < d.steps().size() && d.steps().get(i).kind() != MessageKind.REPLY; i++) {
                SequenceStep s = d.steps().get(i);
                if (s.kind() == MessageKind.SYNC && !s.from().equals(s.to()) && !RecordLifecycles.positions(RecordLifecycles.tokens(s.message()), head).isEmpty()) {
                    write = i;
                }
            }
            if (write <= 0) {
                continue;
            }
            List<SequenceStep> steps = new ArrayList<>(d.steps());
            SequenceStep w = steps.get(write);
            steps.add(write, new SequenceStep(w.from(), w.to(), "In the same transaction: " + step, MessageKind.SYNC));
            for (int i = write + 2; refusal != null && i < steps.size(); i++) {
                SequenceStep s = steps.get(i);
                if (s.kind() == MessageKind.REPLY) {
                    steps.set(i, new SequenceStep(s.from(), s.to(), s.message() + ", or " + refusal + " when the rule refuses it", s.kind()));
                    break;
                }
            }
            flows.set(f, new SequenceDiagram(d.id(), d.title(), d.description(), d.participants(), steps));
            return;
        }
    }

    private static String fill(String template, Map<String, String> tokens) {
        String out = template;
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            out = out.replace(t.getKey(), t.getValue());
        }
        return out;
    }
}
