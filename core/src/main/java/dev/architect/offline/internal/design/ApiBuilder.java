package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.dossier.ApiAuth;
import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.HttpMethod;
import dev.architect.dossier.ParameterLocation;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.ValueType;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.archetype.ArchetypeSchemas;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.Placement;
import dev.architect.offline.internal.design.Topology.Resource;
import dev.architect.offline.internal.design.Topology.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One REST API per unit that serves requests, with a resource per capability: list, create, read and update for
 * ordinary records; idempotent create and refund for payments; batched, accepted-for-processing ingestion; search;
 * notifications. Unsafe operations take an {@code Idempotency-Key}; payments require it.
 */
final class ApiBuilder {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String PROBLEM = "Problem";

    private final boolean erasure;
    private final List<ApiOperation> operations = new ArrayList<>();
    private final Map<String, SchemaDefinition> schemas = new LinkedHashMap<>();

    private ApiBuilder(boolean erasure) {
        this.erasure = erasure;
    }

    /** @param erasure whether personal-data resources get a DELETE for the right to erasure (GDPR) */
    static List<ApiSpec> build(Topology t, boolean erasure) {
        List<ApiSpec> specs = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        Set<String> archetypesDone = new HashSet<>();
        for (Unit u : t.units) {
            ApiBuilder b = new ApiBuilder(erasure);
            // The archetypes served by this unit come first; a generic operation never shadows one of theirs.
            for (Placement p : t.placements) {
                if (p.unitId().equals(u.id()) && archetypesDone.add(p.archetype().id())) {
                    b.archetype(p.archetype(), null, t.chosenShapes);
                }
            }
            // Then the capabilities a general shape designs (tagged with the capability), then plain resources.
            u.capabilities().stream().filter(Capability::ownsShapedDesign).forEach(c -> b.archetype(c.shaped().design(), null, t.chosenShapes));
            u.capabilities().stream().filter(c -> !c.designedByArchetype() && !c.designedByShape()).forEach(b::resource);
            b.operations.removeIf(o -> !operationIds.add(o.operationId()));
            b.dedupePaths();
            b.problem();
            if (b.operations.isEmpty()) {
                // Every capability of the unit is still an open question: a labelled read keeps the container's API in place.
                u.capabilities().stream().filter(Capability::open).forEach(b::placeholder);
            }
            if (b.operations.isEmpty()) {
                continue; // each of its capabilities is served by a mechanism's own component (its API is that one's)
            }
            specs.add(new ApiSpec(u.id() + "-api", u.name() + " API", "1.0.0", u.id(),
                    "REST API of " + u.name() + ": " + String.join(", ", u.capabilities().stream().map(Capability::name).toList()),
                    "/api/v1", ApiAuth.BEARER_JWT, b.operations, List.copyOf(b.schemas.values())));
        }
        // Components an archetype adds that serve operations of their own (the video session service, the gateway).
        for (Topology.Part part : t.parts) {
            ApiBuilder b = new ApiBuilder(erasure);
            for (Placement p : t.placements) {
                b.archetype(p.archetype(), part.id(), t.chosenShapes);
            }
            b.operations.removeIf(o -> !operationIds.add(o.operationId()));
            if (!b.operations.isEmpty()) {
                b.problem();
                specs.add(new ApiSpec(part.id() + "-api", part.name() + " API", "1.0.0", part.id(), part.responsibility(),
                        "/api/v1", ApiAuth.BEARER_JWT, b.operations, List.copyOf(b.schemas.values())));
            }
        }
        if (t.waitingRoom) {
            specs.add(waitingRoom(erasure));
        }
        return specs;
    }

    /**
     * The waiting room's API: join the surge's queue, and poll the place with Retry-After until admitted with a signed,
     * single-use admission token bound to the session; the contended command accepts only a request carrying one.
     */
    private static ApiSpec waitingRoom(boolean erasure) {
        ApiBuilder b = new ApiBuilder(erasure);
        b.problem();
        b.schemas.put("WaitingRoomJoin", new SchemaDefinition("WaitingRoomJoin", "The session joining the queue", List.of(
                SchemaProperty.of("sessionId", ValueType.STRING, true))));
        b.schemas.put("WaitingRoomEntry", new SchemaDefinition("WaitingRoomEntry", "A place in the surge's first-come queue", List.of(
                SchemaProperty.of("entryId", ValueType.UUID, true), SchemaProperty.of("position", ValueType.INTEGER, true),
                SchemaProperty.of("ahead", ValueType.INTEGER, true), SchemaProperty.of("admitted", ValueType.BOOLEAN, true),
                SchemaProperty.of("retryAfterSeconds", ValueType.INTEGER, false), SchemaProperty.of("admissionToken", ValueType.STRING, false),
                SchemaProperty.of("expiresAt", ValueType.DATE_TIME, false))));
        List<String> tags = List.of(Topology.WAITING_ROOM);
        b.operations.add(new ApiOperation("joinWaitingRoom", HttpMethod.POST, "/waiting-room/entries", "Join the surge's queue",
                "Gives the session a place in the first-come queue, fixed at the time it joins; the same session joining again gets its"
                        + " existing entry back. The answer carries a Retry-After header: the client polls no sooner", tags, List.of(), "WaitingRoomJoin",
                List.of(new ApiResponse(202, "Queued: the entry with its place, the people ahead and the seconds to wait before polling", "WaitingRoomEntry", false),
                        new ApiResponse(429, "Joined too often from this address or account", PROBLEM, false)), true));
        b.operations.add(new ApiOperation("pollWaitingRoomEntry", HttpMethod.GET, "/waiting-room/entries/{entryId}", "Poll the place in the queue",
                "The place and the people ahead with a Retry-After header, until the entry is admitted: then a signed admission token bound"
                        + " to the session, single-use, expiring with it, which the contended command checks", tags,
                List.of(new ApiParameter("entryId", ParameterLocation.PATH, ValueType.UUID, true, "The entry the join returned")), null,
                List.of(new ApiResponse(200, "The place, or admitted with the admission token", "WaitingRoomEntry", false),
                        new ApiResponse(404, "No such entry, or it expired", PROBLEM, false)), true));
        return new ApiSpec(Topology.WAITING_ROOM + "-api", "Waiting room API", "1.0.0", Topology.WAITING_ROOM,
                "Queue of the surge's crowd: join, and poll the place until admitted at the rate the write path sustains",
                "/api/v1", ApiAuth.NONE, b.operations, List.copyOf(b.schemas.values()));
    }

    private void problem() {
        schemas.put(PROBLEM, new SchemaDefinition(PROBLEM, "RFC 9457 problem details", List.of(
                SchemaProperty.of("type", ValueType.URI, false), SchemaProperty.of("title", ValueType.STRING, true),
                SchemaProperty.of("status", ValueType.INTEGER, true), SchemaProperty.of("detail", ValueType.STRING, false))));
    }

    /**
     * Operations of an archetype served by a component (or, when null, by the unit) and kept by the chosen shapes, tagged
     * with the archetype's id, with the schemas they use.
     */
    private void archetype(Archetype a, String servedBy, java.util.Map<dev.architect.dossier.DecisionTopic, String> chosenShapes) {
        List<Archetype.Operation> served = a.operations().stream()
                .filter(o -> java.util.Objects.equals(o.servedBy(), servedBy) && o.presentWith(chosenShapes)).toList();
        if (served.isEmpty()) {
            return;
        }
        for (String name : a.schemasUsedBy(served)) {
            if (!schemas.containsKey(name)) {
                schemas.put(name, new SchemaDefinition(name, null, a.schemas().get(name).stream()
                        .map(spec -> ArchetypeSchemas.property(a, name, spec)).toList()));
            }
        }
        for (Archetype.Operation o : served) {
            List<ApiParameter> params = new ArrayList<>();
            java.util.regex.Matcher template = java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(o.path());
            while (template.find()) {
                String name = template.group(1);
                params.add(new ApiParameter(name, ParameterLocation.PATH, pathType(name), true, null));
            }
            for (String q : o.query()) {
                params.add(ArchetypeSchemas.query(a, o.id(), q));
            }
            for (String h : o.headers()) {
                params.add(ArchetypeSchemas.header(a, o.id(), h));
            }
            if (o.idempotent()) {
                params.add(idempotencyKey(true));
            }
            List<ApiResponse> responses = new ArrayList<>();
            if (o.page() != null) {
                params.addAll(paging());
                responses.add(ApiResponse.of(200, "A page of results and the cursor of the next", page(o.page())));
            }
            for (Archetype.Response r : o.responses()) {
                responses.add(r.status() >= 400 && r.schema() == null
                        ? ApiResponse.of(r.status(), r.description() != null ? r.description() : problemText(r.status()), PROBLEM)
                        : new ApiResponse(r.status(), r.description() != null ? r.description() : "OK", r.schema(), false));
            }
            responses.add(tooManyRequests());
            operations.add(new ApiOperation(o.id(), o.method(), o.path(), o.summary(), null, List.of(a.id()), params, o.request(),
                    responses, o.idempotent() || o.method() == HttpMethod.GET || o.method() == HttpMethod.PUT));
        }
    }

    /** Path parameters named {@code somethingId} are ids; others (a slug) are strings. */
    private static ValueType pathType(String name) {
        return name.endsWith("Id") ? ValueType.UUID : ValueType.STRING;
    }

    private static String problemText(int status) {
        return switch (status) {
            case 400 -> "Malformed request";
            case 402 -> "Payment declined";
            case 403 -> "Not allowed for the caller";
            case 404 -> "Not found";
            case 409 -> "Conflicts with the current state";
            case 410 -> "No longer available";
            case 413 -> "Too large";
            case 422 -> "Invalid request";
            case 502 -> "An upstream system did not answer";
            default -> "Request failed";
        };
    }

    /** 429 with Retry-After (the OpenAPI renderer adds the header to every 429). */
    private static ApiResponse tooManyRequests() {
        return ApiResponse.of(429, "Rate limit reached; retry after the number of seconds in Retry-After", PROBLEM);
    }

    /** The cursor-paginated envelope of a schema: its items and the cursor of the next page (null on the last). */
    private String page(String item) {
        String name = item + "Page";
        schemas.computeIfAbsent(name, n -> new SchemaDefinition(n, "A page of " + item + " items", List.of(
                new SchemaProperty("items", ValueType.ARRAY, ValueType.OBJECT, item, true, false, null),
                new SchemaProperty("nextCursor", ValueType.STRING, null, null, true, true,
                        "Pass as cursor to get the next page; null on the last page"))));
        return name;
    }

    /** Two operations may not share a method and path; the first (an archetype's) wins. */
    private void dedupePaths() {
        Set<String> seen = new HashSet<>();
        operations.removeIf(o -> !seen.add(o.method() + " " + o.path()));
    }

    private void resource(Capability c) {
        Resource r = c.resource();
        switch (r.flow()) {
            case SEARCH -> search(c, r);
            case INGEST -> ingest(c, r);
            case PAYMENT -> payment(c, r);
            case NOTIFY -> notification(c, r);
            case CRUD -> crud(c, r);
            case OPEN -> { } // not designed: an open question, no invented operations
        }
    }

    /** The one operation of a capability nothing describes, labelled as such: its shape follows the open question. */
    private void placeholder(Capability c) {
        Resource r = c.resource();
        String s = r.schema();
        schemas.computeIfAbsent(s, n -> new SchemaDefinition(n, "Placeholder, not designed (" + RequirementsBuilder.openQuestionId(c) + ")",
                List.of(SchemaProperty.of("id", ValueType.UUID, true), SchemaProperty.of("createdAt", ValueType.DATE_TIME, true))));
        op("get" + s, HttpMethod.GET, "/" + r.plural() + "/{" + r.idParameter() + "}", "Placeholder, not designed: get " + Names.withArticle(words(r.singular()))
                + " (see " + RequirementsBuilder.openQuestionId(c) + ")", c, List.of(idParam(r)), null,
                List.of(ApiResponse.of(200, "The " + words(r.singular()), s), ApiResponse.of(404, "Not found", PROBLEM)));
    }

    private void crud(Capability c, Resource r) {
        String s = r.schema();
        String collection = "/" + r.plural();
        String item = collection + "/{" + r.idParameter() + "}";
        defineRecord(r);
        op("list" + plural(r), HttpMethod.GET, collection, "List " + words(r.plural()), c, paging(), null,
                List.of(ApiResponse.of(200, "A page of " + words(r.plural()) + " and the next cursor", page(s)), tooManyRequests()));
        op("create" + s, HttpMethod.POST, collection, "Create " + Names.withArticle(words(r.singular())), c,
                List.of(idempotencyKey(false)), s + "Input",
                List.of(ApiResponse.of(201, "Created", s), ApiResponse.of(422, "Invalid " + words(r.singular()), PROBLEM), tooManyRequests()));
        op("get" + s, HttpMethod.GET, item, "Get " + Names.withArticle(words(r.singular())), c, List.of(idParam(r)), null,
                List.of(ApiResponse.of(200, "The " + words(r.singular()), s), ApiResponse.of(404, "Not found", PROBLEM)));
        op("update" + s, HttpMethod.PATCH, item, "Update " + Names.withArticle(words(r.singular())), c, List.of(idParam(r)), s + "Input",
                List.of(ApiResponse.of(200, "Updated", s), ApiResponse.of(404, "Not found", PROBLEM),
                        ApiResponse.of(422, "Invalid change", PROBLEM)));
        if (erasure && (r.singular().equals("account") || r.singular().equals("patient"))) {
            op("erase" + s, HttpMethod.DELETE, item, "Erase a " + words(r.singular()) + " and their personal data", c,
                    List.of(idParam(r)), null, List.of(new ApiResponse(204, "Erased", null, false), ApiResponse.of(404, "Not found", PROBLEM)));
        }
    }

    private void payment(Capability c, Resource r) {
        String s = r.schema();
        String collection = "/" + r.plural();
        String item = collection + "/{" + r.idParameter() + "}";
        defineRecord(r);
        schemas.put("Refund", new SchemaDefinition("Refund", "A refund of part or all of a payment", List.of(
                SchemaProperty.of("id", ValueType.UUID, true), SchemaProperty.of("amount", ValueType.DECIMAL, true),
                SchemaProperty.of("currency", ValueType.CURRENCY, true), SchemaProperty.of("status", ValueType.STRING, true), SchemaProperty.of("createdAt", ValueType.DATE_TIME, true))));
        schemas.put("RefundInput", new SchemaDefinition("RefundInput", null, List.of(
                SchemaProperty.of("amount", ValueType.DECIMAL, true), SchemaProperty.of("currency", ValueType.CURRENCY, true),
                SchemaProperty.of("reason", ValueType.STRING, false))));
        List<ApiResponse> charged = List.of(ApiResponse.of(201, "Accepted by the provider", s),
                ApiResponse.of(409, "Idempotency key reused with a different request", PROBLEM),
                ApiResponse.of(422, "Declined or invalid", PROBLEM));
        op("create" + s, HttpMethod.POST, collection, "Take a payment with a provider token", c,
                List.of(idempotencyKey(true)), s + "Input", charged);
        op("list" + plural(r), HttpMethod.GET, collection, "List " + words(r.plural()), c, paging(), null,
                List.of(ApiResponse.of(200, "A page of " + words(r.plural()) + " and the next cursor", page(s)), tooManyRequests()));
        op("get" + s, HttpMethod.GET, item, "Get " + Names.withArticle(words(r.singular())), c, List.of(idParam(r)), null,
                List.of(ApiResponse.of(200, "The " + words(r.singular()), s), ApiResponse.of(404, "Not found", PROBLEM)));
        op("refund" + s, HttpMethod.POST, item + "/refunds", "Refund a " + words(r.singular()), c,
                List.of(idParam(r), idempotencyKey(true)), "RefundInput",
                List.of(ApiResponse.of(201, "Refund accepted", "Refund"), ApiResponse.of(404, "Not found", PROBLEM),
                        ApiResponse.of(409, "Idempotency key reused with a different request", PROBLEM)));
    }

    private void ingest(Capability c, Resource r) {
        String s = r.schema();
        defineRecord(r);
        schemas.put(s + "Batch", new SchemaDefinition(s + "Batch", "Up to 1,000 " + words(r.plural()) + " sent together", List.of(
                SchemaProperty.of("batchId", ValueType.UUID, true),
                new SchemaProperty("items", ValueType.ARRAY, ValueType.OBJECT, s + "Input", true, false, null))));
        op("ingest" + plural(r), HttpMethod.POST, "/" + r.plural(), "Send a batch of " + words(r.plural()), c, List.of(), s + "Batch",
                List.of(new ApiResponse(202, "Accepted for processing", null, false),
                        ApiResponse.of(413, "Batch too large", PROBLEM), ApiResponse.of(429, "Slow down; retry after the given time", PROBLEM)));
        op("list" + plural(r) + "BySource", HttpMethod.GET, "/sources/{sourceId}/" + r.plural(),
                "List a source's " + words(r.plural()) + " in a time window", c,
                List.of(new ApiParameter("sourceId", ParameterLocation.PATH, ValueType.UUID, true, "The device or source"),
                        new ApiParameter("from", ParameterLocation.QUERY, ValueType.DATE_TIME, true, "Window start, inclusive"),
                        new ApiParameter("to", ParameterLocation.QUERY, ValueType.DATE_TIME, true, "Window end, exclusive")),
                null, List.of(new ApiResponse(200, words(r.plural()) + " in time order", s, true)));
    }

    private void search(Capability c, Resource r) {
        String s = r.schema();
        schemas.put(s, new SchemaDefinition(s, "One search hit", List.of(SchemaProperty.of("id", ValueType.UUID, true),
                SchemaProperty.of("type", ValueType.STRING, true), SchemaProperty.of("title", ValueType.STRING, true),
                SchemaProperty.of("score", ValueType.NUMBER, true))));
        List<ApiParameter> params = new ArrayList<>();
        params.add(new ApiParameter("q", ParameterLocation.QUERY, ValueType.STRING, true, "Search text"));
        params.addAll(paging());
        op("search" + Names.pascal(c.slug()).replace("Search", ""), HttpMethod.GET, "/" + r.plural(), "Search", c, params, null,
                List.of(ApiResponse.of(200, "Hits, best first, and the next cursor", page(s)), tooManyRequests()));
    }

    private void notification(Capability c, Resource r) {
        String s = r.schema();
        defineRecord(r);
        op("send" + s, HttpMethod.POST, "/" + r.plural(), "Queue a " + words(r.singular()), c, List.of(idempotencyKey(false)),
                s + "Input", List.of(ApiResponse.of(202, "Queued", s), ApiResponse.of(422, "Invalid", PROBLEM)));
        op("get" + s, HttpMethod.GET, "/" + r.plural() + "/{" + r.idParameter() + "}", "Get " + Names.withArticle(words(r.singular())), c,
                List.of(idParam(r)), null, List.of(ApiResponse.of(200, "The " + words(r.singular()), s), ApiResponse.of(404, "Not found", PROBLEM)));
    }

    /** The resource's schema and its input (what a client may set). */
    private void defineRecord(Resource r) {
        List<Field> fields = r.fields().stream().map(Field::parse).toList();
        List<SchemaProperty> record = new ArrayList<>();
        record.add(SchemaProperty.of("id", ValueType.UUID, true));
        List<SchemaProperty> input = new ArrayList<>();
        for (Field f : fields) {
            if (f.column().equals("idempotency_key")) {
                continue; // travels as a header
            }
            SchemaProperty p = new SchemaProperty(f.property(), f.valueType(), null, null, !f.nullable(), f.nullable(), null);
            record.add(p);
            input.add(p);
        }
        record.add(SchemaProperty.of("status", ValueType.STRING, true));
        record.add(SchemaProperty.of("createdAt", ValueType.DATE_TIME, true));
        schemas.put(r.schema(), new SchemaDefinition(r.schema(), Names.capitalise(words(r.singular())), record));
        schemas.put(r.schema() + "Input", new SchemaDefinition(r.schema() + "Input", "What a client sends to create or change "
                + Names.withArticle(words(r.singular())), input));
    }

    private void op(String id, HttpMethod method, String path, String summary, Capability c, List<ApiParameter> params,
                    String requestSchema, List<ApiResponse> responses) {
        boolean idempotent = method != HttpMethod.POST && method != HttpMethod.PATCH
                || params.stream().anyMatch(p -> p.name().equals(IDEMPOTENCY_KEY));
        operations.add(new ApiOperation(id, method, path, summary, null, List.of(c.slug()), params, requestSchema, responses, idempotent));
    }

    private static List<ApiParameter> paging() {
        return List.of(new ApiParameter("limit", ParameterLocation.QUERY, ValueType.INTEGER, false, "Page size, 1-100, default 20", 1L, 100L),
                new ApiParameter("cursor", ParameterLocation.QUERY, ValueType.STRING, false, "Opaque cursor from the previous page"));
    }

    private static ApiParameter idempotencyKey(boolean required) {
        return new ApiParameter(IDEMPOTENCY_KEY, ParameterLocation.HEADER, ValueType.STRING, required,
                "Unique per logical request; a retry with the same key returns the first result" + (required ? " and is never applied twice" : ""));
    }

    private static ApiParameter idParam(Resource r) {
        return new ApiParameter(r.idParameter(), ParameterLocation.PATH, ValueType.UUID, true, null);
    }

    private static String plural(Resource r) {
        return Names.pascal(r.plural());
    }

    private static String words(String name) {
        return name.replace('_', ' ').replace('-', ' ');
    }
}
