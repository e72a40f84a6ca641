package dev.architect.offline.internal.design;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Cardinality;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.ColumnDefault;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Priority;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskStatus;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.offline.internal.design.AccessAndClockRules.AccessRule;
import dev.architect.offline.internal.design.AccessAndClockRules.ClockForm;
import dev.architect.offline.internal.design.AccessAndClockRules.ClockRule;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where each access and clock rule the request states ({@link AccessAndClockRules}) lands once the dossier's parts are built.
 * An access rule: the membership table it reads (a link table with a foreign key to the record) or the owner column, the row
 * predicate documented on the table (every list, search and get reads only the rows it admits), a 404 (never a 403) on the
 * record's get, a read sequence that checks it, a requirement quoting the sentence, a release check and a risk where a
 * search index, a cache or an object store could serve the record around it. A clock rule: the column the server's clock
 * sets and nothing updates, the 422 deadline-passed refusal judged by that clock, the cut-off's column on the record that
 * holds it, the step in the writing sequence, a requirement and a release check; a release at a time of its own becomes a
 * release_at column and a scheduled release sequence. A rule whose record or people bind to nothing is an open question.
 */
final class AccessAndClockLandings {

    private static final String PROBLEM = "Problem";

    /** The dossier's parts with the rules landed, the release checks the hardening phase runs, and the risks they add. */
    record Landed(DataModel model, List<ApiSpec> apis, List<SequenceDiagram> sequences, Requirements requirements, List<String> checks,
                  List<Risk> risks) {
    }

    private AccessAndClockLandings() {
    }

    /**
     * Lands every access and clock rule the request states.
     *
     * @param request the request whose sentences state the rules
     * @param model the data model the rules bind to
     * @param apis the API specifications whose operations filter or refuse
     * @param sequences the sequences the checks join
     * @param requirements the requirements that quote the rules
     * @param c4 the containers a record could be served from around the rule
     */
    static Landed land(ConsultationRequest request, DataModel model, List<ApiSpec> apis, List<SequenceDiagram> sequences, Requirements requirements,
                       C4Model c4) {
        AccessAndClockRules.Read read = AccessAndClockRules.standard().read(request, model);
        List<Entity> entities = new ArrayList<>(model.entities());
        List<ApiSpec> specs = new ArrayList<>(apis);
        List<SequenceDiagram> flows = new ArrayList<>(sequences);
        List<FunctionalRequirement> functional = new ArrayList<>(requirements.functional());
        List<OpenQuestion> questions = new ArrayList<>(requirements.openQuestions());
        List<String> checks = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        functional.forEach(f -> ids.add(f.id()));
        Set<String> released = new HashSet<>();
        // only a release that makes the record public admits everyone after it; another lifts a hold and leaves who reads it alone
        read.clock().stream().filter(c -> c.form() == ClockForm.RELEASE && c.opens()).forEach(c -> released.add(c.entity()));
        int n = 0;
        for (AccessRule rule : read.access()) {
            AccessRule r = designed(rule, entities);
            boolean placeholder = r.bound() && DataModelBuilder.isPlaceholder(RuleInvariants.entity(new DataModel(entities), r.entity()));
            if (!r.bound() || placeholder) {
                // what is unknown, never an absence the request may contradict: the people it names may be an actor under another name
                questions.add(new OpenQuestion("oq-access-" + (++n), "Who may see the records the rule \"" + r.sentence() + "\" keeps, and through which"
                        + " relationship?", "The " + r.field() + " restricts who sees " + (r.entity() == null ? "a record" : "the " + noun(r.entity()))
                        + (r.unnamed() == null ? "" : " (\"" + r.unnamed() + "\")") + ", but " + (r.entity() == null ? "none of its nouns names an entity"
                        : placeholder ? "that record is a placeholder not designed yet" : "which actor of the request its people are, and through which"
                        + " relationship they reach the record, is not stated in a form the design can keep") + ", so no membership table, row"
                        + " predicate or 404 keeps it yet", List.of(), null));
                continue;
            }
            String predicate = access(r, entities, released.contains(r.entity()), c4);
            Entity e = RuleInvariants.entity(new DataModel(entities), r.entity());
            String noun = noun(e.name());
            String id = id(ids, "fr-access-" + Names.slug(noun));
            String who = r.scope() == null ? "the people the " + r.field() + " names" : "its own " + r.scope() + "'s people, as the " + r.field()
                    + " says" + (r.scoped().isEmpty() ? "" : " (and so each of " + Names.list(r.scoped().stream().map(x -> Names.plural(noun(x))).toList())
                    + ", keyed and filtered the same way)");
            functional.add(new FunctionalRequirement(id, Names.capitalise(r.sentence()), "Show a " + noun + " only to " + who
                    + " (\"" + r.sentence() + "\"): every list, search and get of " + e.name() + " reads only the rows where "
                    + predicate + ", with the caller taken from the verified token; a " + noun + " the caller may not see is answered 404, the"
                    + " same answer as for one that does not exist, never 403, so its existence is not disclosed.", Priority.MUST));
            checks.add("Release check: a caller the rule leaves out lists and searches " + Names.plural(noun) + " and gets one by id: it is absent"
                    + " from every list and search, and the get answers 404 exactly as for an unknown id (\"" + r.sentence() + "\")");
            String refusal = "Not found: also a " + noun + " the caller may not see (\"" + r.sentence() + "\"), so its existence is not disclosed";
            specs.replaceAll(s -> filtered(s, e.name(), entities, predicate, refusal));
            for (String other : r.scoped()) {
                String column = Names.table(r.scope()) + "_id";
                specs.replaceAll(s -> filtered(s, other, entities, other + "." + column + " = :caller_" + column, "Not found: also a " + noun(other)
                        + " of another " + r.scope() + " (\"" + r.sentence() + "\"), so its existence is not disclosed"));
            }
            // two rules on one record (a scope and a rule on people) share its read sequence and its risk, the first one's
            readFlow(flows, specs, e, entities, predicate).filter(d -> flows.stream().noneMatch(x -> x.id().equals(d.id()))).ifPresent(flows::add);
            List<String> around = c4 == null ? List.of() : c4.containers().stream().filter(c -> c.kind() == ContainerKind.SEARCH_INDEX
                    || c.kind() == ContainerKind.CACHE || c.kind() == ContainerKind.OBJECT_STORE).map(Container::id).toList();
            if (!around.isEmpty() && risks.stream().noneMatch(x -> x.id().equals("risk-access-" + Names.slug(noun)))) {
                risks.add(new Risk("risk-access-" + Names.slug(noun), "A copy of a " + noun + " served around its access rule",
                        "The rule \"" + r.sentence() + "\" is checked on the database's rows, but " + String.join(", ", around) + " can hold or serve "
                                + Names.plural(noun) + " too; a search hit, a cached page or a signed download link answered from there would"
                                + " show a " + noun + " (or that it exists) to someone the rule leaves out", 3, 4,
                        "Index and cache " + Names.plural(noun) + " with the fields the rule reads and filter every search and cached read by the"
                                + " same predicate; issue download links only after the check, short-lived; a test searches as a caller the rule"
                                + " leaves out", "Tech lead", RiskStatus.OPEN, List.of(), around));
            }
        }
        int h = 0;
        for (AccessAndClockRules.Hidden hidden : read.hidden()) {
            for (AccessAndClockRules.Part part : hidden.parts().stream().filter(x -> !x.bound()).toList()) {
                questions.add(new OpenQuestion("oq-hidden-" + (++h), "Which field of which record is \"" + part.words() + "\", which "
                        + Names.list(hidden.roles()) + " must never see (\"" + hidden.sentence() + "\")?", "The " + hidden.field() + " keeps a part of"
                        + " a record from " + Names.list(hidden.roles()) + ", but no column of the data model bears that name, so no view shaped for "
                        + (hidden.roles().size() == 1 ? "that role" : "those roles") + " leaves it out yet, and the API returns every field to every"
                        + " caller allowed to read the record", List.of(), null));
            }
            hide(hidden, entities, specs, functional, checks, ids);
        }
        for (ClockRule c : read.clock()) {
            Entity e = RuleInvariants.entity(new DataModel(entities), c.entity());
            if (DataModelBuilder.isPlaceholder(e)) {
                // A stamp or a cut-off on a record nothing designs yet would be a column on an empty table: a question instead
                String id = "oq-clock-" + Names.slug(noun(e.name()));
                if (questions.stream().anyMatch(q -> q.id().equals(id))) {
                    continue;
                }
                questions.add(new OpenQuestion(id, "How is the " + noun(e.name()) + " recorded, so that the"
                        + " rule \"" + c.sentence() + "\" can be kept by the server's clock?", "The sentence names the " + noun(e.name()) + ", whose record"
                        + " is a placeholder not designed yet, so no stamp or cut-off is placed on it", List.of(), null));
                continue;
            }
            clock(c, e, entities, specs, flows, functional, checks, ids, questions);
        }
        return new Landed(new DataModel(entities), specs, flows, new Requirements(functional, requirements.qualityAttributes(),
                requirements.constraints(), requirements.assumptions(), questions), checks, risks);
    }

    private static String noun(String entity) {
        return entity.replace('_', ' ');
    }

    private static String id(Set<String> ids, String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String role(String actor) {
        return Names.slug(actor).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Changes the model so the rule's rows can be filtered (membership table, owner and subset columns); returns the row predicate. */
    private static String access(AccessRule r, List<Entity> entities, boolean released, C4Model c4) {
        Entity e = RuleInvariants.entity(new DataModel(entities), r.entity());
        String table = e.name();
        String anchorColumn = "id";
        List<String> admits = new ArrayList<>();
        if (r.scope() != null) {
            String column = scope(r, entities, c4);
            e = RuleInvariants.entity(new DataModel(entities), table);
            admits.add(table + "." + column + " = :caller_" + column);
        }
        if (!r.roles().isEmpty() && !r.denied()) {
            admits.add(":caller_role in (" + String.join(", ", r.roles().stream().map(x -> "'" + role(x) + "'").toList()) + ")");
        }
        if (!r.members().isEmpty()) {
            String anchor = r.anchor();
            if (!anchor.equals(table)) {
                anchorColumn = anchor + "_id";
                e = RuleLandings.withField(e, EntityField.of(anchorColumn, DataType.UUID));
                e = withRelation(e, new EntityRelation(anchorColumn, anchor, Cardinality.MANY_TO_ONE));
            }
            String members = anchor + "_member";
            if (RuleInvariants.entity(new DataModel(entities), members) == null) {
                Entity owner = RuleInvariants.entity(new DataModel(entities), anchor);
                entities.add(new Entity(members, owner.ownerContainerId(), "Who stands in a relationship to one " + noun(anchor) + " (" + r.relation()
                        + "), read by the rule \"" + r.sentence() + "\" on every list, search and get", List.of(EntityField.of(anchor + "_id", DataType.UUID),
                        EntityField.of("person_id", DataType.UUID), EntityField.of("role", DataType.TEXT), EntityField.of("added_at", DataType.TIMESTAMP)),
                        List.of(anchor + "_id", "person_id"), List.of(new EntityRelation(anchor + "_id", anchor, Cardinality.MANY_TO_ONE)),
                        List.of(new EntityIndex(List.of("person_id"), false, "the records one caller stands in, for lists and searches filtered by the rule")),
                        List.of(new EntityConstraint(ConstraintKind.ONE_OF, List.of("role"), r.members().stream().map(AccessAndClockLandings::role).toList(),
                                "the people the rule names by their relationship"))));
            }
            String exists = "exists (select 1 from " + members + " m where m." + anchor + "_id = " + table + "." + anchorColumn
                    + " and m.person_id = :caller_id" + (r.denied() ? "" : " and m.role in (" + String.join(", ", r.members().stream()
                    .map(x -> "'" + role(x) + "'").toList()) + ")") + ")";
            admits.add(r.denied() ? ":caller_role not in (" + String.join(", ", r.members().stream().map(x -> "'" + role(x) + "'").toList())
                    + ") or not " + exists : exists);
        }
        if (r.owner() != null) {
            String column = Names.table(Names.singular(last(r.owner()))) + "_id";
            e = RuleLandings.withField(e, EntityField.of(column, DataType.UUID));
            e = RuleLandings.withIndex(e, new EntityIndex(List.of(column), false, "every read of " + table + " is filtered by its " + noun(column)));
            admits.add(table + "." + column + " = :caller_" + column);
        }
        String visible = admits.size() == 1 ? admits.get(0) : "(" + String.join(") or (", admits) + ")";
        if (released) {
            visible = "(" + visible + ") or " + table + ".release_at <= now()";
        }
        if (r.subset() != null) {
            e = RuleLandings.withField(e, new EntityField(r.subset(), DataType.BOOLEAN, false, false, "Whether the rule \"" + r.sentence() + "\" holds for this "
                    + noun(table) + "; every other " + noun(table) + " is read as usual"));
            visible = "not " + table + "." + r.subset() + " or " + (admits.size() == 1 && !released ? visible : "(" + visible + ")");
        }
        String documented = "Rows visible (\"" + r.sentence() + "\"): every list, search and get reads only the rows where " + visible
                + "; the service sets :caller_id and :caller_role from the verified token, and a row outside it is answered 404, never 403.";
        e = described(e, documented);
        entities.set(RuleLandings.indexOf(entities, table), e);
        return visible;
    }

    /**
     * Keys each record a scoping rule keeps apart by the scope's column ({@link Tenancy#keyed}): the column leads its unique
     * and list indexes, refers to the scope's table where the model has one, and where the database enforces a row policy the
     * DDL carries one on it; every other record the rule lists is keyed and filtered the same way. Returns the column.
     */
    private static String scope(AccessRule r, List<Entity> entities, C4Model c4) {
        String column = Names.table(r.scope()) + "_id";
        Entity target = RuleInvariants.entity(new DataModel(entities), Names.table(r.scope()));
        String plural = Names.plural(r.scope());
        List<String> tables = new ArrayList<>();
        tables.add(r.entity());
        tables.addAll(r.scoped());
        for (String name : tables) {
            Entity e = RuleInvariants.entity(new DataModel(entities), name);
            if (e == null || DataModelBuilder.isPlaceholder(e)) {
                continue;
            }
            TenantStores.Table store = c4 == null ? TenantStores.tables("") : Tenancy.isolation(e.ownerContainerId(), c4);
            String policy = store.rowSecurity() ? "One " + r.scope() + " never reads or writes another's " + Names.plural(noun(name)) + " (\"" + r.sentence()
                    + "\"), even through a query that forgets its filter: a row policy compares " + column + " with the " + r.scope()
                    + " the service sets for each transaction from the caller's verified token (the session's app." + column + "), never from a parameter;"
                    + " jobs that work across " + plural + " connect as a role allowed to bypass it" : null;
            Entity keyed = Tenancy.keyed(e, column, r.scope(), "The " + r.scope() + " the row belongs to; a caller reads and writes only its own "
                    + r.scope() + "'s rows, taken from the verified token's " + column + " claim (\"" + r.sentence() + "\")",
                    target == null || !target.ownerContainerId().equals(e.ownerContainerId()) ? null : target.name(), policy);
            if (!name.equals(r.entity())) {
                String predicate = name + "." + column + " = :caller_" + column;
                keyed = described(keyed, "Rows visible (\"" + r.sentence() + "\"): every list, search and get reads only the rows where " + predicate
                        + "; the service sets :caller_" + column + " from the verified token, and a row outside it is answered 404, never 403.");
            }
            entities.set(RuleLandings.indexOf(entities, name), keyed);
        }
        return column;
    }

    /**
     * Lands the bound parts of a hidden-field rule: per record and role, the record's response schema without those parts
     * under a name for the role ("AssessmentForHrContact"), the reads of the record saying that role gets it, each column's
     * description saying whom it is never returned to, a requirement and a release check.
     */
    private static void hide(AccessAndClockRules.Hidden hidden, List<Entity> entities, List<ApiSpec> specs, List<FunctionalRequirement> functional,
                             List<String> checks, Set<String> ids) {
        java.util.Map<String, List<String>> byEntity = new java.util.LinkedHashMap<>();
        hidden.parts().stream().filter(AccessAndClockRules.Part::bound)
                .forEach(x -> byEntity.computeIfAbsent(x.entity(), k -> new ArrayList<>()).add(x.column()));
        String quote = "\"" + hidden.sentence() + "\"";
        for (var entry : byEntity.entrySet()) {
            Entity e = RuleInvariants.entity(new DataModel(entities), entry.getKey());
            List<String> columns = entry.getValue().stream().distinct().toList();
            String noun = noun(e.name());
            List<EntityField> fields = e.fields().stream().map(f -> !columns.contains(f.name()) ? f : new EntityField(f.name(), f.type(), f.nullable(),
                    f.unique(), (f.description() == null || f.description().isBlank() ? "" : f.description().strip() + (f.description().strip().endsWith(".")
                    ? " " : ". ")) + "Never returned to " + Names.list(hidden.roles()) + " (" + quote + ")", f.columnDefault())).toList();
            entities.set(RuleLandings.indexOf(entities, e.name()), new Entity(e.name(), e.ownerContainerId(), e.description(), fields, e.primaryKey(),
                    e.relations(), e.indexes(), e.constraints()));
            Set<String> properties = new HashSet<>(columns.stream().map(Names::camel).toList());
            properties.addAll(columns);
            List<String> views = new ArrayList<>();
            for (String actor : hidden.roles()) {
                String view = Names.pascal(e.name()) + "For" + Names.pascal(Names.slug(actor).replace('-', '_'));
                if (!ApiSpec.SCHEMA_NAME.matcher(view).matches()) {
                    continue;
                }
                specs.replaceAll(spec -> viewed(spec, e.name(), entities, view, properties, actor, quote));
                if (specs.stream().anyMatch(spec -> spec.schemas().stream().anyMatch(d -> d.name().equals(view)))) {
                    views.add(view);
                }
            }
            String parts = Names.list(columns);
            functional.add(new FunctionalRequirement(id(ids, "fr-view-" + Names.slug(noun)), Names.capitalise(hidden.sentence()), "Leave " + parts
                    + " out of every " + noun + " " + Names.list(hidden.roles()) + " reads, as the " + hidden.field() + " says (" + quote + "): "
                    + (views.isEmpty() ? "the service builds the response for that role without them" : "the response for that role is the "
                    + Names.list(views) + " schema, chosen by the caller's role in the verified token") + ", and no sequence, notification,"
                    + " export or search result sends them to that role.", Priority.MUST));
            checks.add("Release check: as " + Names.list(hidden.roles()) + ", read a " + noun + " by id, in a list and in a search: " + parts
                    + " appear in none of the responses (" + quote + ")");
        }
    }

    /** The spec with a view of the record's response schema for a role, without the hidden properties, named on its reads. */
    private static ApiSpec viewed(ApiSpec s, String entity, List<Entity> entities, String view, Set<String> hidden, String actor, String quote) {
        dev.architect.dossier.SchemaDefinition full = s.schemas().stream().filter(d -> d.name().equals(Names.pascal(entity))).findFirst().orElse(null);
        if (full == null || s.schemas().stream().anyMatch(d -> d.name().equals(view))) {
            return s;
        }
        List<dev.architect.dossier.SchemaProperty> kept = full.properties().stream().filter(x -> !hidden.contains(x.name())).toList();
        if (kept.size() == full.properties().size() || kept.isEmpty()) {
            return s;
        }
        List<dev.architect.dossier.SchemaDefinition> schemas = new ArrayList<>(s.schemas());
        schemas.add(new dev.architect.dossier.SchemaDefinition(view, "The " + noun(entity) + " as " + actor + " reads it: "
                + full.properties().stream().map(dev.architect.dossier.SchemaProperty::name).filter(hidden::contains).toList() + " left out (" + quote + ")", kept));
        Set<String> named = segments(entity, entities);
        List<ApiOperation> ops = new ArrayList<>();
        for (ApiOperation o : s.operations()) {
            boolean read = o.method() == HttpMethod.GET && o.path().split("/").length > 1 && named.contains(o.path().split("/")[1]);
            ops.add(!read ? o : new ApiOperation(o.operationId(), o.method(), o.path(), o.summary(), (o.description() == null || o.description().isBlank()
                    ? "" : o.description().strip() + " ") + "A caller with the role " + role(actor) + " gets " + view + " instead, without the fields "
                    + actor + " must never see (" + quote + ").", o.tags(), o.parameters(), o.requestSchema(), o.responses(), o.idempotent()));
        }
        return new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(), s.basePath(), s.auth(), ops, schemas);
    }

    /**
     * A scoping rule whose first record is a placeholder not designed yet keeps the others it lists: the first of them that is
     * designed leads ("workers, timesheets or payslips" with payslips a placeholder: timesheets); a rule on people is as read.
     */
    private static AccessRule designed(AccessRule r, List<Entity> entities) {
        if (r.scope() == null || r.entity() == null) {
            return r;
        }
        List<String> all = new ArrayList<>();
        all.add(r.entity());
        all.addAll(r.scoped());
        List<String> designed = all.stream().filter(x -> !DataModelBuilder.isPlaceholder(RuleInvariants.entity(new DataModel(entities), x))).toList();
        if (designed.isEmpty() || designed.get(0).equals(r.entity())) {
            return r;
        }
        return new AccessRule(r.field(), r.sentence(), designed.get(0), designed.get(0), null, r.denied(), r.roles(), r.members(), r.relation(), r.owner(),
                r.unnamed(), r.scope(), designed.subList(1, designed.size()));
    }

    private static Entity described(Entity e, String documented) {
        return new Entity(e.name(), e.ownerContainerId(), e.description() == null || e.description().isBlank() ? documented
                : e.description() + (e.description().strip().endsWith(".") ? " " : ". ") + documented, e.fields(), e.primaryKey(), e.relations(), e.indexes(), e.constraints());
    }

    private static String last(String name) {
        List<String> words = RecordLifecycles.tokens(name);
        return words.isEmpty() ? name : words.get(words.size() - 1);
    }

    /** The spec with the entity's lists and searches filtered and its reads by id answering 404 for a row the caller may not see. */
    private static ApiSpec filtered(ApiSpec s, String entity, List<Entity> entities, String predicate, String refusal) {
        Set<String> named = segments(entity, entities);
        List<ApiOperation> ops = new ArrayList<>();
        boolean changed = false;
        boolean problem = s.schemas().stream().anyMatch(d -> d.name().equals(PROBLEM));
        for (ApiOperation o : s.operations()) {
            String[] parts = o.path().split("/");
            if (parts.length < 2 || !named.contains(parts[1])) {
                ops.add(o);
                continue;
            }
            boolean byId = o.path().contains("{");
            String note = byId ? "A " + noun(entity) + " the caller may not see is answered 404, as if it did not exist."
                    : o.method() == HttpMethod.GET ? "Lists only the rows where " + predicate + "." : null;
            List<ApiResponse> responses = new ArrayList<>(o.responses());
            if (byId) {
                responses = withResponse(responses, 404, refusal, problem);
            }
            ops.add(new ApiOperation(o.operationId(), o.method(), o.path(), o.summary(), note == null ? o.description() : o.description() == null
                    || o.description().isBlank() ? note : o.description() + " " + note, o.tags(), o.parameters(), o.requestSchema(), responses, o.idempotent()));
            changed = true;
        }
        return changed ? new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(), s.basePath(), s.auth(), ops, s.schemas()) : s;
    }

    /** The responses with the status's description added to the one it has, or the status added (a problem body when asked). */
    static List<ApiResponse> withResponse(List<ApiResponse> responses, int status, String description, boolean problem) {
        List<ApiResponse> out = new ArrayList<>();
        boolean merged = false;
        for (ApiResponse r : responses) {
            if (r.status() == status) {
                out.add(new ApiResponse(status, r.description() == null ? description : r.description() + "; " + description, r.schema(), r.array()));
                merged = true;
            } else {
                out.add(r);
            }
        }
        if (!merged) {
            out.add(ApiResponse.of(status, description, problem ? PROBLEM : null));
            out.sort(java.util.Comparator.comparingInt(ApiResponse::status));
        }
        return out;
    }

    /**
     * The paths' first segments that name an entity: its plural; its head noun's plural where no other entity ends in that
     * noun ("/files" is stored_file's as much as case_file's, so neither's); its first word's plural where it is the root of
     * the family of entities starting with that word ("/cases" for case_file).
     */
    private static Set<String> segments(String entity, List<Entity> entities) {
        String[] words = entity.split("_");
        Set<String> out = new HashSet<>(List.of(Names.slug(Names.plural(noun(entity)))));
        String head = words[words.length - 1];
        if (entities.stream().noneMatch(o -> !o.name().equals(entity) && (o.name().equals(head) || o.name().endsWith("_" + head)))) {
            out.add(Names.slug(Names.plural(head)));
        }
        if (entity.equals(AccessAndClockRules.root(words[0], new DataModel(entities)))) {
            out.add(Names.slug(Names.plural(words[0])));
        }
        return out;
    }

    /** The first sequence that names the entity (its participants: a person, the service, the store), whichever kind of step. */
    private static SequenceDiagram naming(List<SequenceDiagram> flows, Entity e, List<Entity> entities) {
        Set<String> words = new HashSet<>(List.of(e.name().split("_")));
        for (SequenceDiagram d : flows) {
            if (d.participants().size() >= 3 && d.steps().stream().anyMatch(s -> RecordLifecycles.tokens(s.message()).stream()
                    .anyMatch(w -> words.contains(Names.singular(w)) || segments(e.name(), entities).contains(w)))) {
                return d;
            }
        }
        return null;
    }

    /** A read sequence for the guarded record: the request, the query with the rule's predicate, the 404 for a hidden row. */
    private static java.util.Optional<SequenceDiagram> readFlow(List<SequenceDiagram> flows, List<ApiSpec> specs, Entity e, List<Entity> entities,
                                                                String predicate) {
        SequenceDiagram d = naming(flows, e, entities);
        // the read the flow calls: the record's get by id, else its list, as an API of the dossier offers it
        Set<String> named = segments(e.name(), entities);
        ApiOperation get = specs.stream().flatMap(s -> s.operations().stream()).filter(o -> o.method() == HttpMethod.GET && o.path().split("/").length > 1
                && named.contains(o.path().split("/")[1])).sorted(java.util.Comparator.comparing(o -> o.path().split("/").length == 3 && o.path().endsWith("}") ? 0 : o.path().endsWith("}") ? 2 : 1)).findFirst().orElse(null);
        if (d == null || get == null) {
            return java.util.Optional.empty();
        }
        String person = d.participants().get(0);
        String app = d.steps().get(0).to();
        String db = d.participants().stream().filter(p -> !p.equals(person) && !p.equals(app)).findFirst().orElse(null);
        if (db == null || app.equals(person)) {
            return java.util.Optional.empty();
        }
        String noun = noun(e.name());
        return java.util.Optional.of(new SequenceDiagram("seq-read-" + Names.slug(noun), "Read a " + noun + " the access rule keeps from others",
                "Every list, search and get of " + e.name() + " filters by the rule in the query itself, so a row the caller may not see is never read",
                List.of(person, app, db), List.of(
                new SequenceStep(person, app, "GET " + get.path() + " with the bearer token", MessageKind.SYNC),
                new SequenceStep(app, app, "Take caller_id and caller_role from the verified token, never from the request's parameters", MessageKind.SYNC),
                new SequenceStep(app, db, "select ... from " + e.name() + " where " + (get.path().endsWith("}") ? "id = :id and " : "") + "(" + predicate + ")",
                        MessageKind.SYNC),
                new SequenceStep(db, app, "The row, or none when it does not exist or the caller may not see it", MessageKind.REPLY),
                new SequenceStep(app, person, get.path().endsWith("}") ? "200 with the " + noun + ", or 404 in both other cases (never 403)"
                        : "200 with only the rows the caller may see", MessageKind.REPLY))));
    }

    // ---------------------------------------------------------------------------------------------------------------- clock

    private static void clock(ClockRule c, Entity e, List<Entity> entities, List<ApiSpec> specs, List<SequenceDiagram> flows,
                              List<FunctionalRequirement> functional, List<String> checks, Set<String> ids, List<OpenQuestion> questions) {
        String noun = noun(e.name());
        String quote = "\"" + c.sentence() + "\"";
        switch (c.form()) {
            case STAMP -> {
                Entity changed = RuleLandings.withField(e, new EntityField("stamped_at", DataType.TIMESTAMP, false, false, "Set from the database's clock (now()) in the insert that writes the "
                        + noun + " (a value the client sends is ignored) and never updated: " + quote, ColumnDefault.NOW));
                entities.set(RuleLandings.indexOf(entities, e.name()), changed);
                functional.add(new FunctionalRequirement(id(ids, "fr-clock-" + Names.slug(noun) + "-stamp"), Names.capitalise(c.sentence()),
                        "Stamp each " + noun + " with the server's clock, as the " + c.field() + " says (" + quote + "): " + e.name() + ".stamped_at"
                                + " is set by the database (now()) in the transaction that records the completed write, never from a time the client"
                                + " sends, and nothing updates it afterwards, whatever else happens to the " + noun + ".", Priority.MUST));
                checks.add("Release check: a client whose clock is an hour off writes a " + noun + ": stamped_at is the server's time; an update"
                        + " that tries to change stamped_at leaves it unchanged or is refused (" + quote + ")");
                RuleLandings.check(flows, e.name(), "stamped_at = now() from the database's clock, never a time the client sends; nothing updates it later",
                        null);
            }
            case DEADLINE -> {
                Entity changed = RuleLandings.withField(e, new EntityField("stamped_at", DataType.TIMESTAMP, false, false, "Set from the database's clock (now()) in the insert that receives the "
                        + noun + ", and never updated: the time the cut-off is judged by (" + quote + ")", ColumnDefault.NOW));
                entities.set(RuleLandings.indexOf(entities, e.name()), changed);
                String where;
                if (c.period() != null) {
                    Entity period = RuleInvariants.entity(new DataModel(entities), c.period());
                    entities.set(RuleLandings.indexOf(entities, period.name()), RuleLandings.withField(period, new EntityField("closes_at", DataType.TIMESTAMP, false, false,
                            "The cut-off its " + Names.plural(noun) + " are judged against by the server's clock" + (c.time() == null ? "" : " (stated: "
                                    + c.time() + ")"))));
                    where = c.period() + ".closes_at";
                } else {
                    where = "the cut-off" + (c.time() == null ? "" : " (" + c.time() + ")");
                    questions.add(new OpenQuestion("oq-deadline-" + Names.slug(noun), "Which record holds the cut-off of the rule " + quote
                            + ": one per period or call, or one fixed time?", "The " + noun + " is refused after it by the server's clock, but no"
                            + " record the sentence names holds the cut-off, so it has no column yet", List.of(), null));
                }
                String problem = "/problems/deadline-passed";
                String refusal = "The cut-off has passed by the server's clock (" + quote + ", problem type " + problem + ")";
                specs.replaceAll(s -> refuse(s, e.name(), entities, refusal));
                // the 422 is promised only where an operation answers it; a record no operation creates gets a question instead
                boolean answered = RuleLandings.answers(specs, refusal);
                String question = "oq-deadline-" + Names.slug(noun) + "-command";
                String answer = answered ? "422 (problem type " + problem + ")" : "an error no operation of the API answers yet (open question "
                        + question + ")";
                functional.add(new FunctionalRequirement(id(ids, "fr-clock-" + Names.slug(noun) + "-deadline"), Names.capitalise(c.sentence()),
                        "Refuse a " + noun + " received after " + where + ", as the " + c.field() + " says (" + quote + "), judged by the server's"
                                + " clock when the upload or request completes (stamped_at = now()), never the client's: a late one is answered "
                                + answer + " and nothing is written.", Priority.MUST));
                checks.add("Release check: with the client's clock set 5 minutes behind, a " + noun + " completed one second after " + where
                        + " gets " + (answered ? "422 " + problem : "refused") + "; one whose upload started before the cut-off and completed after"
                        + " it is judged at completion; one completed one second before is accepted (" + quote + ")");
                if (!answered) {
                    questions.add(new OpenQuestion(question, "Which command of the API receives the " + noun + " that the rule " + quote
                            + " refuses after its cut-off, and what does it answer?", "The " + noun + " is stamped by the server's clock, but no"
                            + " operation of the API creates one, so no answer tells the sender the cut-off has passed (422 " + problem
                            + " once one does)", List.of(), null));
                }
                RuleLandings.check(flows, e.name(), "stamped_at = now(); refuse " + (answered ? "with 422 deadline-passed " : "")
                        + "when stamped_at is after " + where + " (the server's clock, never a time the client sends)", answered ? "422 " + problem : null);
            }
            case RELEASE -> {
                Entity changed = RuleLandings.withField(e, new EntityField("release_at", DataType.TIMESTAMP, true, false, "When the " + noun
                        + " is released (" + quote + "), by the server's clock; nothing reads it through the API before"));
                changed = RuleLandings.withIndex(changed, new EntityIndex(List.of("release_at"), false, "the scheduled release finds what is due"));
                entities.set(RuleLandings.indexOf(entities, e.name()), changed);
                functional.add(new FunctionalRequirement(id(ids, "fr-clock-" + Names.slug(noun) + "-release"), Names.capitalise(c.sentence()),
                        "Release each " + noun + " at its own " + e.name() + ".release_at, as the " + c.field() + " says (" + quote + "): "
                                + (c.opens() ? "reads admit everyone once release_at <= now() by the server's clock, and only the people its"
                                + " access rule names before" : "reads withhold it until release_at <= now() by the server's clock, and then show it"
                                + " to those its access rule admits") + "; a scheduled job publishes what is due (index, feeds, notices) within a"
                                + " minute of it, never before.", Priority.MUST));
                checks.add("Release check: a " + noun + " whose release_at is one minute ahead is answered 404 to " + (c.opens() ? "an outsider"
                        : "its own reader") + "; after it passes, " + (c.opens() ? "the outsider" : "that reader") + " reads it and the scheduled"
                        + " release has published it once (" + quote + ")");
                SequenceDiagram d = naming(flows, e, entities);
                if (d != null) {
                    String app = d.steps().get(0).to();
                    String db = d.participants().stream().filter(p -> !p.equals(d.participants().get(0)) && !p.equals(app)).findFirst().orElse(null);
                    if (db != null && !app.equals(d.participants().get(0))) {
                        flows.add(new SequenceDiagram("seq-release-" + Names.slug(noun), "Release a " + noun + " when its release time comes",
                                "A scheduled job in the service releases what is due by the server's clock", List.of(app, db), List.of(
                                new SequenceStep(app, db, "Every minute: claim the " + e.name() + " rows whose release_at <= now() and not yet released,"
                                        + " locking each so two runs never release one twice", MessageKind.SYNC),
                                new SequenceStep(db, app, "The " + Names.plural(noun) + " due", MessageKind.REPLY),
                                new SequenceStep(app, db, "In one transaction mark each released and insert its released event in the outbox",
                                        MessageKind.SYNC))));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown clock form " + c.form());
        }
    }

    /** The spec with the entity's create refusing a late one with 422. */
    private static ApiSpec refuse(ApiSpec s, String entity, List<Entity> entities, String refusal) {
        Set<String> named = segments(entity, entities);
        boolean problem = s.schemas().stream().anyMatch(d -> d.name().equals(PROBLEM));
        Predicate<ApiOperation> create = o -> o.method() == HttpMethod.POST && !o.path().contains("{") && o.path().split("/").length > 1
                && named.contains(o.path().split("/")[1]);
        if (s.operations().stream().noneMatch(create)) {
            return s;
        }
        List<ApiOperation> ops = new ArrayList<>();
        for (ApiOperation o : s.operations()) {
            ops.add(!create.test(o) ? o : new ApiOperation(o.operationId(), o.method(), o.path(), o.summary(), o.description(), o.tags(),
                    o.parameters(), o.requestSchema(), withResponse(o.responses(), 422, refusal, problem), o.idempotent()));
        }
        return new ApiSpec(s.id(), s.title(), s.version(), s.containerId(), s.description(), s.basePath(), s.auth(), ops, s.schemas());
    }

    private static Entity withRelation(Entity e, EntityRelation r) {
        if (e.relations().stream().anyMatch(x -> x.field().equals(r.field()))) {
            return e;
        }
        List<EntityRelation> relations = new ArrayList<>(e.relations());
        relations.add(r);
        return new Entity(e.name(), e.ownerContainerId(), e.description(), e.fields(), e.primaryKey(), relations, e.indexes(), e.constraints());
    }

}
