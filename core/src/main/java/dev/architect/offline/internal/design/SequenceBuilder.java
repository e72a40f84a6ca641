package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.ResourceFlow;
import static dev.architect.offline.internal.design.Topology.*;

import dev.architect.dossier.MessageKind;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.Placement;
import dev.architect.offline.internal.rules.MigrationRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flows that matter most: the main write (payment if there is one), a cached read, ingestion through the stream,
 * sign-in, and routing during a migration, each between the C4 elements that take part.
 */
final class SequenceBuilder {

    private final Topology t;
    private final Set<String> participants = new LinkedHashSet<>();
    private final List<SequenceStep> steps = new ArrayList<>();

    /** An API path as the APIs expose it (scoped by tenant in a multi-tenant product). */
    private java.util.function.UnaryOperator<String> scoped = java.util.function.UnaryOperator.identity();

    private SequenceBuilder(Topology t) {
        this.t = t;
    }

    static List<SequenceDiagram> build(Topology t) {
        return build(t, java.util.function.UnaryOperator.identity());
    }

    /** The flows, with each API path as {@code scope} turns it (a tenant prefix). */
    static List<SequenceDiagram> build(Topology t, java.util.function.UnaryOperator<String> scope) {
        List<SequenceDiagram> out = new ArrayList<>();
        Optional<Actor> human = t.actors.stream().filter(a -> !a.machine()).findFirst();
        // A capability an archetype designs gets the archetype's own flows instead of the generic write.
        Optional<Capability> write = t.capabilities.stream().filter(c -> c.is(ResourceFlow.PAYMENT) && !c.designedByArchetype()).findFirst()
                .or(() -> t.capabilities.stream().filter(c -> c.is(ResourceFlow.CRUD) && !c.designedByArchetype()).findFirst());
        if (human.isPresent() && write.isPresent()) {
            out.add(builder(t, scope).write(human.get(), write.get()));
        }
        Optional<Capability> read = t.capabilities.stream().filter(c -> c.is(ResourceFlow.CRUD) && !c.designedByArchetype()).findFirst();
        if (human.isPresent() && read.isPresent() && t.hasCache()) {
            out.add(builder(t, scope).cachedRead(human.get(), read.get()));
        }
        t.capabilities.stream().filter(c -> c.is(ResourceFlow.INGEST)).findFirst()
                .ifPresent(c -> out.add(builder(t, scope).ingest(c)));
        Set<String> ids = new java.util.HashSet<>();
        for (Placement p : t.placements) {
            for (Archetype.Flow f : t.presentFlows(p)) {
                if (ids.add(f.id())) {
                    out.add(builder(t, scope).archetypeFlow(p, f));
                }
            }
        }
        for (Capability c : t.capabilities) {
            if (c.ownsShapedDesign()) {
                for (Archetype.Flow f : c.shaped().design().flows()) {
                    if (ids.add(f.id())) {
                        out.add(builder(t, scope).archetypeFlow(t.placementOf(c), f));
                    }
                }
            }
        }
        if (human.isPresent() && t.waitingRoom) {
            out.add(builder(t, scope).waitingRoom(human.get()));
        }
        human.ifPresent(a -> out.add(builder(t, scope).signIn(a)));
        if (t.legacy && human.isPresent()) {
            out.add(builder(t, scope).routing(human.get()));
        }
        return out;
    }

    private static SequenceBuilder builder(Topology t, java.util.function.UnaryOperator<String> scope) {
        SequenceBuilder b = new SequenceBuilder(t);
        b.scoped = scope;
        return b;
    }

    private SequenceDiagram write(Actor actor, Capability c) {
        String unit = c.unitId();
        String path = "/api/v1" + scoped.apply("/" + c.resource().plural());
        boolean payment = c.is(ResourceFlow.PAYMENT);
        step(actor.id(), WEB, payment ? "Pay (card entered in the provider's hosted fields)" : "Create " + Names.withArticle(words(c)), MessageKind.SYNC);
        toUnit("POST " + path + " with Idempotency-Key", unit);
        step(unit, unit, "Validate the token's scopes and the request", MessageKind.SYNC);
        if (payment) {
            Optional<External> provider = t.externals.stream().filter(External::payments).findFirst();
            if (t.cardVault) {
                step(unit, CARD_VAULT, "Exchange the card number for a token", MessageKind.SYNC);
                step(CARD_VAULT, unit, "Token", MessageKind.REPLY);
            } else if (provider.isPresent()) {
                step(unit, provider.get().id(), "Create the charge with the card token and the idempotency key", MessageKind.SYNC);
                step(provider.get().id(), unit, "Authorised", MessageKind.REPLY);
            }
        }
        step(unit, c.storeId(), "Insert the " + words(c) + (t.hasBroker() ? "" : " and its outbox event") + " in one transaction", MessageKind.SYNC);
        if (t.hasCache()) {
            step(unit, CACHE, "Evict cached " + c.resource().plural().replace('-', ' '), MessageKind.SYNC);
        }
        if (t.hasBroker()) {
            step(unit, BROKER, "Publish " + words(c) + " created", MessageKind.ASYNC);
        }
        fromUnit(unit, "201 Created");
        step(WEB, actor.id(), "Show the confirmation", MessageKind.REPLY);
        return diagram("seq-" + c.slug() + "-write", (payment ? "Take a payment" : "Create " + Names.withArticle(words(c))),
                "The main write path: idempotent, one transaction, then events");
    }

    private SequenceDiagram cachedRead(Actor actor, Capability c) {
        String unit = c.unitId();
        String front = t.hasCdn() ? CDN : WEB;
        step(actor.id(), front, "Open a " + words(c), MessageKind.SYNC);
        if (t.hasCdn()) {
            step(CDN, t.entryPoint(), "Cache miss at the edge: GET /api/v1" + scoped.apply("/" + c.resource().plural()) + "/{id}", MessageKind.SYNC);
            if (t.gateway) {
                step(GATEWAY, unit, "Forward", MessageKind.SYNC);
            }
        } else {
            toUnit("GET /api/v1" + scoped.apply("/" + c.resource().plural()) + "/{id}", unit);
        }
        step(unit, CACHE, "GET key", MessageKind.SYNC);
        step(CACHE, unit, "Miss", MessageKind.REPLY);
        step(unit, c.storeId(), "Select by id", MessageKind.SYNC);
        step(c.storeId(), unit, "Row", MessageKind.REPLY);
        step(unit, CACHE, "SET key with TTL", MessageKind.SYNC);
        if (t.hasCdn()) {
            step(unit, CDN, "200 OK, Cache-Control: public, max-age=60", MessageKind.REPLY);
            step(CDN, actor.id(), "The " + words(c), MessageKind.REPLY);
        } else {
            fromUnit(unit, "200 OK");
            step(WEB, actor.id(), "Show the " + words(c), MessageKind.REPLY);
        }
        return diagram("seq-" + c.slug() + "-read", "Read a " + words(c) + " through the cache", "Cache-aside read at peak");
    }

    private SequenceDiagram ingest(Capability c) {
        String source = t.deviceSource();
        String unit = c.unitId();
        String entry = t.gateway ? GATEWAY : unit;
        step(source, entry, "POST /api/v1" + scoped.apply("/" + c.resource().plural()) + " (batch of up to 1,000)", MessageKind.SYNC);
        if (t.gateway) {
            step(GATEWAY, unit, "Forward", MessageKind.SYNC);
        }
        if (t.streamProcessor) {
            step(unit, BROKER, "Append the batch, keyed by source id", MessageKind.ASYNC);
            step(unit, entry.equals(unit) ? source : entry, "202 Accepted", MessageKind.REPLY);
            step(STREAM_PROCESSOR, BROKER, "Poll the partition", MessageKind.SYNC);
            step(BROKER, STREAM_PROCESSOR, "Events", MessageKind.REPLY);
            step(STREAM_PROCESSOR, c.storeId(), "Bulk insert into the current time partition", MessageKind.SYNC);
            step(STREAM_PROCESSOR, BROKER, "Commit the offsets", MessageKind.SYNC);
        } else {
            step(unit, c.storeId(), "Bulk insert the batch", MessageKind.SYNC);
            step(unit, entry.equals(unit) ? source : entry, "202 Accepted", MessageKind.REPLY);
        }
        if (t.gateway) {
            step(GATEWAY, source, "202 Accepted", MessageKind.REPLY);
        }
        return diagram("seq-" + c.slug() + "-ingest", "Ingest " + c.resource().plural(), "High-volume ingestion: accept fast, store in batches");
    }

    private SequenceDiagram archetypeFlow(Placement p, Archetype.Flow f) {
        for (Archetype.Step s : f.parsed()) {
            String from = t.participant(p, f, s, s.from());
            String to = t.participant(p, f, s, s.to());
            if (from == null || to == null) {
                continue; // a step on the object storage of a design that keeps no files
            }
            // Two roles that are one element here (the monolith is both entry point and unit) need no hop between them.
            if (from.equals(to) && !s.from().equals(s.to())) {
                continue;
            }
            step(from, to, t.withChosen(s.message()), s.kind());
        }
        return diagram("seq-" + f.id(), f.title(), t.withChosen(f.description()));
    }

    private SequenceDiagram signIn(Actor actor) {
        String idp = t.managedIdentity() ? IDENTITY_PROVIDER : IDENTITY;
        // An actor who brings the identity of an organisation signs in there: directly at its Google or Microsoft accounts,
        // or through the sign-in service, which federates the sign-in to it
        Optional<String> source = t.signIn.federated().contains(actor.name())
                ? t.externals.stream().filter(t::holdsIdentities).map(Topology.External::id).findFirst() : Optional.empty();
        boolean direct = source.isPresent() && t.signIn.direct() && t.managedIdentity();
        if (direct) {
            idp = source.get();
        }
        step(actor.id(), WEB, "Sign in", MessageKind.SYNC);
        step(WEB, idp, direct ? "Authorisation code flow with PKCE, with the account their organisation holds"
                : "Authorisation code flow with PKCE", MessageKind.SYNC);
        if (source.isPresent() && !direct) {
            step(idp, source.get(), "Redirect to the organisation's own sign-in (SAML 2.0 or OpenID Connect)", MessageKind.SYNC);
            step(source.get(), idp, "Signed assertion naming the user", MessageKind.REPLY);
        }
        if (direct) {
            // Google's and Microsoft's access tokens are for their own APIs (Google's are opaque): the application checks the
            // ID token, a signed JWT it is the audience of, and the organisation's domain or tenant in it
            step(idp, WEB, "ID token (a signed JWT naming the user and the domain or tenant of their organisation)", MessageKind.REPLY);
            step(WEB, t.entryPoint(), "API call with the ID token", MessageKind.SYNC);
            step(t.entryPoint(), idp, "Fetch signing keys (cached)", MessageKind.SYNC);
            step(t.entryPoint(), t.entryPoint(), "Verify signature, expiry, issuer, audience (the client id of the application) and the domain or tenant of the organisation",
                    MessageKind.SYNC);
        } else {
            step(idp, WEB, "ID and access tokens (short-lived)", MessageKind.REPLY);
            step(WEB, t.entryPoint(), "API call with the bearer token", MessageKind.SYNC);
            step(t.entryPoint(), idp, "Fetch signing keys (cached)", MessageKind.SYNC);
            step(t.entryPoint(), t.entryPoint(), "Verify signature, expiry, audience and scopes", MessageKind.SYNC);
        }
        step(t.entryPoint(), WEB, "200 OK", MessageKind.REPLY);
        return diagram("seq-sign-in", "Sign in and call the API", "OpenID Connect sign-in; every API call carries a verified token");
    }

    /** The surge's crowd joins the waiting room, polls its place, and calls the contended command with its admission token. */
    private SequenceDiagram waitingRoom(Actor actor) {
        step(actor.id(), WEB, "Open the sale as the surge starts", MessageKind.SYNC);
        step(WEB, WAITING_ROOM, "Join the queue: " + "POST /waiting-room/entries" + " (the session's id)", MessageKind.SYNC);
        step(WAITING_ROOM, WEB, "202 Accepted: the entry, its place and the people ahead; Retry-After in seconds", MessageKind.REPLY);
        step(WEB, WAITING_ROOM, "Poll the place after Retry-After: " + "GET /waiting-room/entries/{entryId}", MessageKind.SYNC);
        step(WAITING_ROOM, WAITING_ROOM, "Admit the head of the queue at the rate the write path sustains", MessageKind.SYNC);
        step(WAITING_ROOM, WEB, "200 OK: admitted, with a signed single-use admission token bound to the session, expiring with it", MessageKind.REPLY);
        step(WEB, t.entryPoint(), "The contended command (book, order) with the admission token", MessageKind.SYNC);
        step(t.entryPoint(), WAITING_ROOM, "Fetch the token signing key (cached)", MessageKind.SYNC);
        step(t.entryPoint(), t.entryPoint(), "Verify the signature, the session and the expiry; record the token spent in the same transaction as the write", MessageKind.SYNC);
        step(t.entryPoint(), WEB, "201 Created; 403 for a missing, foreign or spent token", MessageKind.REPLY);
        return diagram("seq-waiting-room", "Join the waiting room and act when admitted",
                "The surge's crowd waits in a first-come queue at the edge; only an admitted session's token reaches the contended command");
    }

    private SequenceDiagram routing(Actor actor) {
        step(actor.id(), WEB, "Use a feature", MessageKind.SYNC);
        step(WEB, t.entryPoint(), "API call", MessageKind.SYNC);
        step(t.entryPoint(), t.entryPoint(), "Look up the route: migrated or not", MessageKind.SYNC);
        step(t.entryPoint(), MigrationRule.LEGACY_ID, "Forward a not-yet-migrated request", MessageKind.SYNC);
        step(MigrationRule.LEGACY_ID, t.entryPoint(), "Response", MessageKind.REPLY);
        step(t.entryPoint(), WEB, "Response", MessageKind.REPLY);
        return diagram("seq-strangler-routing", "Route a request during the migration", "The routing layer decides per capability");
    }

    private void toUnit(String call, String unit) {
        if (t.gateway) {
            step(WEB, GATEWAY, call, MessageKind.SYNC);
            step(GATEWAY, unit, "Forward with the verified token", MessageKind.SYNC);
        } else {
            step(WEB, unit, call, MessageKind.SYNC);
        }
    }

    private void fromUnit(String unit, String reply) {
        if (t.gateway) {
            step(unit, GATEWAY, reply, MessageKind.REPLY);
            step(GATEWAY, WEB, reply, MessageKind.REPLY);
        } else {
            step(unit, WEB, reply, MessageKind.REPLY);
        }
    }

    private void step(String from, String to, String message, MessageKind kind) {
        participants.add(from);
        participants.add(to);
        steps.add(new SequenceStep(from, to, message, kind));
    }

    private SequenceDiagram diagram(String id, String title, String description) {
        return new SequenceDiagram(id, title, description, List.copyOf(participants), steps);
    }

    private static String words(Capability c) {
        return c.resource().singular().replace('_', ' ');
    }
}
