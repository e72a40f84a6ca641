package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.ProperNames;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of domain archetypes, {@code dev/architect/offline/archetypes.yaml}, and their recognition in a
 * request. An archetype is present when one of its phrases occurs, as whole words, in a capability, the description,
 * a goal or an integration, and the rest of its mechanism is there too: each of its {@code needs} is found somewhere in
 * the request, and the money it handles moves the way it designs ({@code direction}, against the request's
 * {@code moneyDirections}). A single word does not make a mechanism: "trips" is not dispatch without anyone dispatched,
 * "payments" is not card capture when the system only pays out. Closed vocabularies (container kinds, decision topics,
 * column types, HTTP methods, constraint kinds) are enums bound when the file is read, so a bad entry fails at load
 * naming it. {@code decidedParts} describes the parts a decision adds whatever the archetypes (the identity server, the
 * card vault), checked and drawn like an archetype's components.
 */
public record Archetypes(List<MoneyCue> moneyDirections, String replacement, String connectionsHeldBy, String filesHeldBy, Double filesFromMb,
                         String filesServedBy, List<Archetype> archetypes, java.util.Map<DecidedPart, Archetype.Component> decidedParts) {

    public static final String RESOURCE = "/dev/architect/offline/archetypes.yaml";

    public Archetypes {
        moneyDirections = List.copyOf(moneyDirections == null ? List.of() : moneyDirections);
        archetypes = resolveBorrowed(List.copyOf(archetypes == null ? List.of() : archetypes));
        Set<String> ids = new HashSet<>();
        for (Archetype a : archetypes) {
            if (!ids.add(a.id())) {
                throw new IllegalStateException("archetype '" + a.id() + "' is defined twice");
            }
        }
        if (replacement != null && !ids.contains(replacement)) {
            throw new IllegalStateException("replacement names unknown archetype '" + replacement + "'");
        }
        java.util.Map<DecidedPart, Archetype.Component> parts = new java.util.EnumMap<>(DecidedPart.class);
        if (decidedParts != null) {
            parts.putAll(decidedParts);
        }
        decidedParts = java.util.Collections.unmodifiableMap(parts);
        if (connectionsHeldBy != null && !ids.contains(connectionsHeldBy)) {
            throw new IllegalStateException("connectionsHeldBy names unknown archetype '" + connectionsHeldBy + "'");
        }
        if (filesHeldBy != null && (!ids.contains(filesHeldBy) || filesFromMb == null || !(filesFromMb > 0))) {
            throw new IllegalStateException("filesHeldBy names unknown archetype '" + filesHeldBy + "' or has no positive filesFromMb");
        }
        if (filesServedBy != null && !ids.contains(filesServedBy)) {
            throw new IllegalStateException("filesServedBy names unknown archetype '" + filesServedBy + "'");
        }
        Set<String> components = new HashSet<>();
        parts.forEach((part, c) -> {
            if (c == null) {
                throw new IllegalStateException("decided part " + part + " is empty");
            }
            c.check("decided part " + part);
            components.add(c.id());
        });
        Set<String> entities = new HashSet<>();
        Set<String> operations = new HashSet<>();
        for (Archetype a : archetypes) {
            a.components().forEach(c -> unique(components, c.id(), a, "component"));
            a.ownEntities().forEach(e -> unique(entities, e.name(), a, "entity"));
            a.operations().forEach(o -> unique(operations, o.id(), a, "operation"));
        }
        for (Archetype a : archetypes) {
            a.checkKinds();
            for (String with : a.onlyWith()) {
                if (archetypes.stream().noneMatch(x -> x.id().equals(with))) {
                    throw new IllegalStateException("archetype '" + a.id() + "' is only recognised with unknown archetype '" + with + "'");
                }
            }
            for (Archetype.Yield y : a.yieldsTo()) {
                if (archetypes.stream().noneMatch(x -> x.id().equals(y.archetype()))) {
                    throw new IllegalStateException("archetype '" + a.id() + "' yields to unknown archetype '" + y.archetype() + "'");
                }
            }
            Set<String> reachable = new HashSet<>();
            Set<String> reachableEntities = new HashSet<>();
            for (String required : a.requires()) {
                Archetype r = archetypes.stream().filter(x -> x.id().equals(required)).findFirst().orElseThrow(() ->
                        new IllegalStateException("archetype '" + a.id() + "' requires unknown archetype '" + required + "'"));
                r.components().forEach(c -> reachable.add(c.id()));
                r.entities().forEach(e -> reachableEntities.add(e.name()));
            }
            for (String e : a.borrowedEntities()) {
                if (!reachableEntities.contains(e)) {
                    throw new IllegalStateException("archetype '" + a.id() + "': a table refers to entity '" + e
                            + "', which is neither its own nor one of an archetype it requires");
                }
            }
            for (String p : a.borrowedParticipants()) {
                if (!reachable.contains(p)) {
                    throw new IllegalStateException("archetype '" + a.id() + "': flow participant '" + p
                            + "' is neither a role, its own component or external, nor a component of an archetype it requires");
                }
            }
        }
    }

    /** Each archetype that borrows tables gets their definitions from the one archetype that defines them. */
    private static List<Archetype> resolveBorrowed(List<Archetype> archetypes) {
        List<Archetype> out = new ArrayList<>();
        for (Archetype a : archetypes) {
            List<Archetype.EntityDef> borrowed = new ArrayList<>();
            for (String name : a.borrows()) {
                List<Archetype.EntityDef> defined = archetypes.stream().filter(x -> x != a).flatMap(x -> x.ownEntities().stream())
                        .filter(e -> e.name().equals(name)).toList();
                if (defined.size() != 1) {
                    throw new IllegalStateException("archetype '" + a.id() + "' borrows table '" + name + "', which "
                            + (defined.isEmpty() ? "no other archetype defines" : "several archetypes define"));
                }
                borrowed.add(defined.get(0));
            }
            out.add(borrowed.isEmpty() ? a : a.withBorrowed(borrowed));
        }
        return List.copyOf(out);
    }

    private static void unique(Set<String> seen, String id, Archetype a, String kind) {
        if (!seen.add(id)) {
            throw new IllegalStateException("archetype '" + a.id() + "': " + kind + " '" + id + "' is also defined by another archetype");
        }
    }

    private static final class Holder {
        static final Archetypes STANDARD = load();
    }

    /** The archetypes shipped with the SDK, read once. */
    public static Archetypes standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads, once per JVM, the data files of this package that recognising archetypes and building their variants read,
     * so that a first design pass does not read them between a consultation's model calls.
     */
    public static void readArchetypeFiles() {
        standard();
        CapabilityShapes.standard();
        Paraphrases.standard();
        ReportSinks.standard();
        LonePhrases.standard();
        JurisdictionTerms.standard();
        WordSenses.standard();
        ArchetypeRoles.standard();
        MoneyRecipient.standard();
        RoutingEngines.standard();
        CommandDeadline.standard();
        OfferWindow.standard();
        Handoffs.standard();
        DecidedVariants.standard();
    }

    private static Archetypes load() {
        Archetypes shipped = DataFiles.shipped(RESOURCE, Archetypes.class, "archetype catalogue");
        Paraphrases.standard().check(shipped.archetypes().stream().map(Archetype::id).toList());
        return shipped;
    }

    /** Reads an archetype catalogue; the error names the file, the entry and what is wrong with it. */
    public static Archetypes read(InputStream in, String source) {
        return DataFiles.read(in, source, Archetypes.class, "archetype catalogue");
    }

    /** The part a decision adds (the identity server, the card vault); an error naming it when the file lacks it. */
    public Archetype.Component decidedPart(DecidedPart part) {
        Archetype.Component c = decidedParts.get(part);
        if (c == null) {
            throw new IllegalStateException("archetype catalogue has no decidedParts." + part);
        }
        return c;
    }

    public Optional<Archetype> byId(String id) {
        return archetypes.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Which way money moves in the request, each direction with the phrases that say so; a direction nothing speaks
     * for is absent (a request that only says "payments" has neither).
     */
    public java.util.Map<MoneyDirection, List<Evidence>> moneyDirections(ConsultationRequest request, List<String> capabilities) {
        java.util.Map<MoneyDirection, List<Evidence>> out = new java.util.EnumMap<>(MoneyDirection.class);
        List<String> names = ProperNames.of(request);
        for (MoneyCue cue : moneyDirections) {
            // a phrase that needs context ("card") finds it in its own sentence, not anywhere in the request
            List<Evidence> found = inEachField(request, capabilities, (field, text) -> inContext(cue, names, field, text));
            for (Evidence e : found) {
                out.computeIfAbsent(cue.direction(), d -> new ArrayList<>()).add(e.meaning(cue.direction().meaning()));
            }
        }
        // The verbs an architect reads as the direction though no fixed phrase says it ("settlement payments to policyholders").
        Paraphrases.standard().money().forEach((direction, patterns) -> {
            List<Evidence> said = out.getOrDefault(direction, List.of());
            for (Evidence e : paraphrased(request, capabilities, patterns, names)) {
                if (sameFinding(said, e) < 0) {
                    out.computeIfAbsent(direction, d -> new ArrayList<>()).add(e.meaning(direction.meaning()));
                }
            }
        });
        received(out);
        return out;
    }

    /** The cue's first phrase in a field whose own sentence gives the context it needs, or empty. */
    private static Optional<Evidence> inContext(MoneyCue cue, List<String> names, RequestField field, String text) {
        List<String> phrases = new ArrayList<>(cue.phrases());
        while (!phrases.isEmpty()) {
            Optional<Evidence> e = find(phrases, cue.notWithin(), names, field, text);
            if (e.isEmpty() || cue.phrasesIn(Words.of(Words.of(e.get().text()).sentenceWith(e.get().phrase()).orElse(e.get().text())))
                    .contains(e.get().phrase())) {
                return e;
            }
            phrases.remove(e.get().phrase());
        }
        return Optional.empty();
    }

    /**
     * Money a phrase says goes out that its sentence says we receive ({@link MoneyRecipient}: "payouts from the processors",
     * "Etsy sends us payouts") comes in; so does the same phrase standing bare elsewhere ("payout reconciliation"), unless
     * a sentence says we pay it ("we pay out weekly"). The evidence quotes the words that decided.
     */
    private static void received(java.util.Map<MoneyDirection, List<Evidence>> money) {
        List<Evidence> out = money.getOrDefault(MoneyDirection.OUTGOING, List.of());
        if (out.isEmpty()) {
            return;
        }
        MoneyRecipient reader = MoneyRecipient.standard();
        java.util.Map<Evidence, MoneyRecipient.Reading> readings = new java.util.LinkedHashMap<>();
        for (Evidence e : out) {
            readings.put(e, reader.read(Words.of(e.text()).sentenceWith(e.phrase()).orElse(e.text()), e.phrase()));
        }
        java.util.Map<String, String> receivedAs = new java.util.HashMap<>();
        Set<String> paidByUs = new HashSet<>();
        readings.forEach((e, r) -> {
            if (r.stance() == MoneyRecipient.Stance.RECEIVED) {
                receivedAs.putIfAbsent(e.phrase(), r.words());
            } else if (r.stance() == MoneyRecipient.Stance.PAID_BY_US) {
                paidByUs.add(e.phrase());
            }
        });
        List<Evidence> stillOut = new ArrayList<>();
        readings.forEach((e, r) -> {
            boolean bareButReceived = r.stance() == MoneyRecipient.Stance.BARE && receivedAs.containsKey(e.phrase()) && !paidByUs.contains(e.phrase());
            if (r.stance() == MoneyRecipient.Stance.RECEIVED || bareButReceived) {
                String words = r.stance() == MoneyRecipient.Stance.RECEIVED ? r.words() : receivedAs.get(e.phrase());
                money.computeIfAbsent(MoneyDirection.INCOMING, d -> new ArrayList<>())
                        .add(e.meaning(MoneyDirection.INCOMING.meaning() + ": we receive it, '" + words + "'"));
            } else {
                stillOut.add(e);
            }
        });
        if (stillOut.isEmpty()) {
            money.remove(MoneyDirection.OUTGOING);
        } else {
            money.put(MoneyDirection.OUTGOING, stillOut);
        }
    }

    /**
     * The evidence that money moves the way the archetype designs, or empty when the request says it moves only the
     * other way. Money words that say no direction keep their usual meaning: a shop's "payments" are taken in.
     */
    private static Optional<List<Evidence>> direction(Archetype a, java.util.Map<MoneyDirection, List<Evidence>> money) {
        if (a.direction() == null) {
            return Optional.of(List.of());
        }
        List<Evidence> same = money.getOrDefault(a.direction(), List.of());
        if (!same.isEmpty()) {
            return Optional.of(same.subList(0, 1));
        }
        boolean otherWayOnly = !money.isEmpty();
        return a.direction() == MoneyDirection.INCOMING && !otherWayOnly ? Optional.of(List.of()) : Optional.empty();
    }

    private static boolean ownWord(Archetype a, Evidence e) {
        return e.means() == null || a.phrases().contains(e.phrase()) || a.alsoClaims().contains(e.phrase());
    }

    private static int sameFinding(List<Evidence> evidence, Evidence e) {
        for (int i = 0; i < evidence.size(); i++) {
            Evidence x = evidence.get(i);
            if (x.field() == e.field() && x.text().equals(e.text())) {
                return i;
            }
        }
        return -1;
    }

    /** The first finding of each need, or empty when one of them is nowhere in the request. */
    private static Optional<List<Evidence>> needs(Archetype a, ConsultationRequest request, List<String> capabilities) {
        List<Evidence> out = new ArrayList<>();
        List<String> names = ProperNames.of(request);
        for (Archetype.Need need : a.needs()) {
            List<Evidence> found = everywhere(request, capabilities, need.phrases(), need.notWithin(), names);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            out.add(found.get(0).meaning(need.what()));
        }
        return Optional.of(out);
    }

    /** Every field of the request where one of the phrases occurs: description, goals, capabilities, integrations. */
    private static List<Evidence> everywhere(ConsultationRequest request, List<String> capabilities, List<String> phrases, List<String> notWithin,
                                             List<String> names) {
        return inEachField(request, capabilities, (field, text) -> find(phrases, notWithin, names, field, text));
    }

    /** Every field of the request where one of the patterns occurs, with the words that say it as the phrase. */
    private static List<Evidence> paraphrased(ConsultationRequest request, List<String> capabilities, List<Paraphrases.Pattern> patterns,
                                              List<String> names) {
        return patterns.isEmpty() ? List.of() : inEachField(request, capabilities, (field, text) -> paraphrase(patterns, names, field, text));
    }

    /** A finding in the description, each goal, each capability and each integration, in that order. */
    private static List<Evidence> inEachField(ConsultationRequest request, List<String> capabilities,
                                              java.util.function.BiFunction<RequestField, String, Optional<Evidence>> finder) {
        List<Evidence> out = new ArrayList<>();
        finder.apply(RequestField.DESCRIPTION, request.description()).filter(e -> !handedOff(request, e)).ifPresent(out::add);
        for (String goal : request.goals()) {
            finder.apply(RequestField.GOAL, goal).filter(e -> !handedOff(request, e)).ifPresent(out::add);
        }
        for (String c : capabilities) {
            finder.apply(RequestField.CAPABILITY, c).ifPresent(out::add);
        }
        for (Integration i : request.integrations()) {
            if (!handsOff(i)) {
                finder.apply(RequestField.INTEGRATION, asEvidence(i)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Evidence> paraphrase(List<Paraphrases.Pattern> patterns, List<String> names, RequestField field, String text) {
        return Paraphrases.first(patterns, text, names).map(p -> new Evidence(field, p, text.strip()));
    }

    /**
     * A phrase in what a person does, read from the actor's description alone (its name is a role, "Listener app", not a
     * statement of what the system does), and quoted with the actor's name so the evidence shows whose words they are. A
     * machine's description says what the device sends ("a sensor reporting temperature"), not a feature of the system.
     */
    private static Optional<Evidence> findInActor(Actor actor, java.util.function.Function<String, Optional<Evidence>> finder) {
        if (actor.description() == null || actor.description().isBlank()
                || dev.architect.offline.internal.catalog.ActorRoles.standard().isMachine(Words.of(actor.name()))) {
            return Optional.empty();
        }
        return finder.apply(actor.description())
                .map(e -> new Evidence(e.field(), e.phrase(), actor.name() + ": " + e.text(), e.means()));
    }

    /**
     * Whether the request replaces a running system, and what says so: the existing system it describes, else the
     * first phrase of the replacement archetype ("migrate from the mainframe") found in it.
     */
    public Optional<Evidence> replacing(ConsultationRequest request, List<String> capabilities) {
        if (replacement == null) {
            return Optional.empty();
        }
        if (request.isRedesign()) {
            return Optional.of(new Evidence(RequestField.EXISTING_SYSTEM, "existing system", request.existingSystem().description().strip()));
        }
        Archetype a = byId(replacement).orElseThrow();
        return everywhere(request, capabilities, a.phrases(), a.notWithin(), ProperNames.of(request)).stream()
                .filter(e -> sense(a, request, e).counts()).findFirst();
    }

    /**
     * Connections the request says are held at once ("28,000 chargers keep a websocket open", "900,000 connected
     * customers"), as evidence in the field that states them: a count of connections needs a tier that holds them.
     */
    private static Optional<Evidence> statedConnections(ConsultationRequest request) {
        return dev.architect.internal.facts.StatedFacts.read(request).concurrentConnections().map(c -> {
            boolean goal = c.field().startsWith("goals[");
            String text = goal ? request.goals().get(Integer.parseInt(c.field().replaceAll("\\D", ""))) : request.description();
            return new Evidence(goal ? RequestField.GOAL : RequestField.DESCRIPTION, c.phrase(), text,
                    "a count of connections held at once, which a realtime tier holds");
        });
    }

    /**
     * Files the request sizes per item ("each sequencing run is about 120 GB", "8 MB recordings") need an object store:
     * when no archetype recognised keeps files in one, the files archetype is recognised on the stated size, so their bytes
     * go to object storage priced per GB and the database keeps the records that describe them; when it is recognised on
     * its words ("uploaded"), the stated size is shown beside them, since it is what sizes the store. A size under
     * {@code filesFromMb} is a record, not a file.
     */
    private void statedFiles(ConsultationRequest request, List<String> capabilities, List<Recognised> recognised) {
        Optional<dev.architect.internal.facts.StatedFact> size = dev.architect.internal.facts.StatedFacts.read(request).fileMb()
                .filter(f -> filesHeldBy != null && f.value() >= filesFromMb);
        if (size.isEmpty()) {
            return;
        }
        dev.architect.internal.facts.StatedFact f = size.get();
        boolean goal = f.field().startsWith("goals[");
        String text = goal ? request.goals().get(Integer.parseInt(f.field().replaceAll("\\D", ""))) : request.description();
        Evidence sized = new Evidence(goal ? RequestField.GOAL : RequestField.DESCRIPTION, f.phrase(), text,
                "a size per stored item: files, whose bytes belong in object storage");
        for (int i = 0; i < recognised.size(); i++) {
            Recognised r = recognised.get(i);
            if (r.archetype().id().equals(filesHeldBy)) {
                List<Evidence> evidence = new ArrayList<>(r.evidence());
                evidence.add(sized);
                recognised.set(i, new Recognised(r.archetype(), evidence, r.capabilities()));
                return;
            }
        }
        boolean stored = recognised.stream().anyMatch(r -> r.archetype().requires().contains(filesHeldBy)
                || r.archetype().components().stream().anyMatch(c -> c.kind() == dev.architect.dossier.ContainerKind.OBJECT_STORE));
        if (!stored) {
            byId(filesHeldBy).map(a -> ofKind(new Recognised(a, List.of(sized), List.of()), request, capabilities)).ifPresent(recognised::add);
        }
    }

    /**
     * The capabilities that are not readings taken in batches, whatever the catalogue reads in their words: those claimed
     * only by recognised archetypes that do not take readings in ("live tracking" of couriers is kept in dispatch's live
     * index; {@link Archetype#ingests()} is false for it), so the archetype designs them.
     */
    public static Set<String> notReadings(List<Recognised> recognised) {
        Set<String> out = new java.util.LinkedHashSet<>();
        recognised.forEach(r -> r.capabilities().forEach(c -> {
            if (recognised.stream().filter(x -> x.capabilities().contains(c)).noneMatch(x -> x.archetype().ingests())) {
                out.add(c);
            }
        }));
        return out;
    }

    /**
     * Whether a capability keeps the record it names although archetypes claim it: every archetype claiming it serves a
     * record ({@link Archetype#keepsNamedRecord()}), and none of their phrases names that record ('invoice upload' keeps the
     * invoice, whose file the files archetype keeps; in 'photo upload' the photos are the files).
     */
    public static boolean keepsNamedRecord(List<Recognised> recognised, String capability, String singular, String plural) {
        List<Recognised> claiming = recognised.stream().filter(r -> r.capabilities().contains(capability)).toList();
        return !claiming.isEmpty() && claiming.stream().allMatch(r -> r.archetype().keepsNamedRecord()
                && r.archetype().phrases().stream().flatMap(p -> java.util.Arrays.stream(p.split(" ")))
                        .noneMatch(w -> w.equalsIgnoreCase(singular) || w.equalsIgnoreCase(plural)));
    }

    /** The archetypes a request names, in catalogue order, each with its evidence. */
    /**
     * Whether the archetype's word for a capability is an object before its head that an action shape names ("billing"
     * of "quarterly billing run"): the capability is the action's, unless the archetype's own words name the head too.
     */
    private static boolean givenToAction(Archetype a, String capability, String hit, String description) {
        List<String> own = new ArrayList<>(a.phrases());
        own.addAll(a.alsoClaims());
        return CapabilityShapes.standard().yieldsToAction(capability, hit, own, description);
    }

    public List<Recognised> recognise(ConsultationRequest request, List<String> capabilities) {
        return recognise(request, capabilities, new ArrayList<>());
    }

    /**
     * An archetype that carries a hard requirement (money, health data; archetype-roles.yaml) whose own words the request
     * uses only in another sense or another role, while the rest of its mechanism is there: the word it was read from
     * and why it did not count, so the dossier asks rather than designing it or saying nothing.
     *
     * @param archetype the archetype left out
     * @param evidence the first of its words that did not count
     * @param why how that word reads where it stands
     */
    public record Unsure(Archetype archetype, Evidence evidence, String why) {
    }

    /**
     * The archetypes with a hard requirement that the request names only by words playing no role of theirs (see
     * {@link Unsure}); each is not recognised.
     *
     * @param request the request
     * @param capabilities its capabilities
     * @return the archetypes left out, each with the word and its reading
     */
    public List<Unsure> unsure(ConsultationRequest request, List<String> capabilities) {
        List<Unsure> out = new ArrayList<>();
        List<Recognised> recognised = recognise(request, capabilities, out);
        out.removeIf(u -> recognised.stream().anyMatch(r -> r.archetype().id().equals(u.archetype().id())));
        return out;
    }

    private List<Recognised> recognise(ConsultationRequest request, List<String> capabilities, List<Unsure> unsure) {
        java.util.Map<MoneyDirection, List<Evidence>> money = moneyDirections(request, capabilities);
        ArchetypeRoles roles = ArchetypeRoles.standard();
        List<String> names = ProperNames.of(request);
        List<Recognised> out = new ArrayList<>();
        for (Archetype a : archetypes) {
            List<Paraphrases.Pattern> patterns = Paraphrases.standard().of(a.id());
            List<Evidence> evidence = new ArrayList<>();
            if (a.id().equals(replacement) && request.isRedesign()) {
                replacing(request, capabilities).ifPresent(evidence::add); // the existing system the request describes
            }
            List<String> claimed = new ArrayList<>();
            for (String c : capabilities) {
                Optional<String> hit = Words.of(c).firstMatch(a.phrases(), a.notWithin(), names).or(() -> Paraphrases.first(patterns, c, names))
                        .filter(p -> !Words.of(c).containsAny(a.otherSenses()))
                        .filter(p -> !givenToAction(a, c, p, request.description()));
                if (hit.isPresent()) {
                    evidence.add(new Evidence(RequestField.CAPABILITY, hit.get(), c));
                    claimed.add(c);
                }
            }
            // A partner's name in the text ("Fish auction sale notes") names that system, not a mechanism of this design
            List<String> partners = PartnerNames.runs(a, request.integrations());
            find(a, partners, patterns, names, RequestField.DESCRIPTION, request.description()).ifPresent(evidence::add);
            for (String goal : request.goals()) {
                find(a, partners, patterns, names, RequestField.GOAL, goal).ifPresent(evidence::add);
            }
            for (Actor actor : request.actors()) {
                findInActor(actor, text -> find(a, partners, patterns, names, RequestField.ACTOR, text)).ifPresent(evidence::add);
            }
            if (a.id().equals(connectionsHeldBy) && evidence.isEmpty()) {
                statedConnections(request).ifPresent(evidence::add); // connections the request counts are held by this mechanism
            }
            for (Integration i : request.integrations()) {
                // an integration's name says what the partner is; only a partner the archetype works with speaks for it there
                if (!handsOff(i)) {
                    find(a, partners, patterns, names, RequestField.INTEGRATION, PartnerNames.speaking(a, i))
                            .map(e -> new Evidence(e.field(), e.phrase(), asEvidence(i), e.means())).ifPresent(evidence::add);
                }
            }
            // A word of many senses ("mainframe", "reporting") counts only where a neighbouring word selects the sense this
            // archetype designs (word-senses.yaml); the reading is shown beside the evidence
            List<Unsure> dropped = new ArrayList<>();
            readSenses(a, request, evidence, claimed, dropped);
            // ...and a bare word of the archetype counts only where it plays the archetype's role (archetype-roles.yaml):
            // "members upload photos", not "readers upload taps"; the role found is shown beside the evidence
            readRoles(a, request, evidence, claimed, dropped);
            if (evidence.isEmpty() && !dropped.isEmpty() && roles.hardRequirement(a.id()).isPresent()
                    && direction(a, money).isPresent() && needs(a, request, capabilities).isPresent()) {
                unsure.add(dropped.get(0)); // the mechanism is otherwise there: ask rather than design it or drop it silently
            }
            Optional<Archetype.External> mustBeNamed = a.namedSystemRequired();
            if (mustBeNamed.isPresent() && !evidence.isEmpty()) {
                List<Evidence> named = namings(request, capabilities, mustBeNamed.get().phrases());
                if (named.isEmpty()) {
                    continue; // the request never names the system the mechanism integrates with
                }
                // The naming is the evidence that counts: show it first, once.
                List<Evidence> rest = evidence.stream().filter(e -> named.stream().noneMatch(n -> n.field() == e.field() && n.text().equals(e.text()))).toList();
                evidence.clear();
                evidence.addAll(named);
                evidence.addAll(rest);
            }
            // A sentence that says a books-keeping integration does the work ("the ERP does invoicing and dunning") hands it off
            evidence.removeIf(e -> handedOff(request, e));
            // A machine's own messages ("every charger sends heartbeats, status notifications ...") call for no mechanism
            // for people (device-messages.yaml forPeople); those that track or read the machines take them as evidence
            if (dev.architect.offline.internal.catalog.DeviceMessages.standard().forPeople().contains(a.id())) {
                evidence.removeIf(Archetypes::sentByMachine);
            }
            // A phrase of many senses ("kept 10 years", "move off") alone does not say the mechanism: another of its phrases must
            if (LonePhrases.standard().onlyLone(a, evidence)) {
                continue;
            }
            if (!evidence.isEmpty()) {
                // The archetype's word alone is not its mechanism: the money must move its way and what it needs be there.
                Optional<List<Evidence>> moves = direction(a, money);
                Optional<List<Evidence>> needed = needs(a, request, capabilities);
                if (moves.isEmpty() || needed.isEmpty()) {
                    continue;
                }
                for (Evidence e : java.util.stream.Stream.concat(moves.get().stream(), needed.get().stream()).toList()) {
                    // A field already shown for the archetype's own word is not repeated: it is said what it also establishes.
                    int same = sameFinding(evidence, e);
                    if (same < 0) {
                        evidence.add(e);
                    } else {
                        Evidence shown = evidence.get(same);
                        boolean said = shown.phrase().equals(e.phrase()) || shown.means() != null && shown.means().contains("'" + e.phrase() + "':");
                        String also = said ? e.means() : "also '" + e.phrase() + "': " + e.means();
                        evidence.set(same, shown.meaning(shown.means() == null ? also : shown.means() + "; " + also));
                    }
                }
                // Words too general to recognise the archetype still name capabilities it designs once it is present.
                for (String c : capabilities) {
                    Optional<String> hit = Words.of(c).firstMatch(a.alsoClaims(), a.notWithin(), names)
                            .filter(p -> !givenToAction(a, c, p, request.description()))
                            .filter(p -> roles.read(a.id(), p, aroundName(request, c, p), people(request)).counts());
                    if (!claimed.contains(c) && hit.isPresent()) {
                        evidence.add(new Evidence(RequestField.CAPABILITY, hit.get(), c));
                        claimed.add(c);
                    }
                }
                claimed.sort(java.util.Comparator.comparingInt(capabilities::indexOf)); // the first in the request places it
                out.add(ofKind(new Recognised(a, evidence, claimed), request, capabilities));
            }
        }
        modifiersYield(out);
        // A general archetype gives way to a more specific one recognised on the same words ("payments" when matching bank
        // transfers); only its own words count here, not the supporting facts (which way money moves, what it needs).
        List<Recognised> recognised = List.copyOf(out);
        out.removeIf(r -> r.archetype().yieldsTo().stream().anyMatch(y ->
                recognised.stream().anyMatch(x -> x.archetype().id().equals(y.archetype()))
                        && r.evidence().stream().filter(e -> ownWord(r.archetype(), e)).allMatch(e -> y.phrases().contains(e.phrase()))));
        // An archetype whose words mean something only beside another ("documents" of cases) needs that one recognised.
        List<Recognised> onTheirOwn = List.copyOf(out);
        out.removeIf(r -> !r.archetype().onlyWith().stream().allMatch(with -> onTheirOwn.stream().anyMatch(x -> x.archetype().id().equals(with))));
        // One whose tables refer to another's and that names no capability of its own is placed with it, so its rows
        // live beside the rows they refer to (two signatures beside the cases they approve).
        List<Recognised> hosts = List.copyOf(out);
        out.replaceAll(r -> r.capabilities().isEmpty() && !r.archetype().borrowedEntities().isEmpty() ? r.archetype().requires().stream()
                .flatMap(req -> hosts.stream().filter(x -> x.archetype().id().equals(req) && !x.capabilities().isEmpty()))
                .findFirst().map(host -> new Recognised(r.archetype(), r.evidence(), host.capabilities().subList(0, 1))).orElse(r) : r);
        statedFiles(request, capabilities, out);
        // An archetype that builds on another (presence on the realtime connection) brings it along, saying why.
        List<Recognised> withRequired = new ArrayList<>(out);
        for (Recognised r : out) {
            for (String required : r.archetype().requires()) {
                if (withRequired.stream().noneMatch(x -> x.archetype().id().equals(required))) {
                    byId(required).ifPresent(a -> withRequired.add(ofKind(new Recognised(a, List.of(new Evidence(RequestField.ARCHETYPE,
                            r.evidence().get(0).phrase(), r.archetype().name())), r.capability().stream().toList()), request, capabilities)));
                }
            }
        }
        // Catalogue order by id (ids are unique): indexOf would compare whole archetype records field by field.
        List<String> order = archetypes.stream().map(Archetype::id).toList();
        withRequired.sort(java.util.Comparator.comparingInt(x -> order.indexOf(x.archetype().id())));
        // Payouts go over the rail of the country the payees are in: the tokens of a payouts archetype take its account and orders.
        var geography = dev.architect.offline.internal.catalog.Geography.standard();
        var tokens = geography.payoutTokens(geography.payees(request));
        java.util.Map<String, String> texts = new java.util.HashMap<>(tokens.texts());
        texts.put("rollupBucket", rollupBucket(request));
        // A regime's own terms (NCPDP SCRIPT, the DEA's biennial inventory) only where the request's people are in its country
        texts.putAll(JurisdictionTerms.standard().texts(request));
        // How long trails of positions are kept: the request's figure for them, else their own period (personal data)
        texts.put("trailRetention", dev.architect.offline.internal.catalog.PersonalDataRetention.standard().trailRetention(request));
        // The dispatcher's offers are paced to fit the assignment window the request states, read with dispatch's due cues.
        OfferWindow offers = OfferWindow.standard();
        texts.putAll(offers.tokens(request, byId(offers.archetype()).orElseThrow(() -> new IllegalStateException(
                OfferWindow.RESOURCE + ": archetype '" + offers.archetype() + "' is not in the catalogue")).dueCues()));
        // A command's expiry is never longer than its stated deadline, and one the cloud path cannot meet is decided at the edge.
        texts.putAll(CommandDeadline.standard().tokens(request));
        // ...and the design then draws the edge's controller and its local loop beside the cloud path.
        withRequired.replaceAll(r -> new Recognised(CommandDeadline.standard().atEdge(r.archetype(), request), r.evidence(), r.capabilities()));
        // An index fed by other archetypes' records names only those the design has (permits and passes, not paid sessions).
        texts.putAll(Handoffs.standard().feedTokens(withRequired.stream().map(r -> r.archetype().id()).collect(java.util.stream.Collectors.toSet())));
        withRequired.replaceAll(r -> new Recognised(r.archetype().withTokens(texts, tokens.columns()), r.evidence(), r.capabilities()));
        // Work one archetype's event starts (an accepted order starts the dispatch) opens with that event, not a person's call.
        return Handoffs.standard().apply(withRequired);
    }

    /**
     * A capability is what its head, its last word, names: "driver payouts" are payouts to drivers, not dispatch. An
     * archetype that claims a capability only through one word standing before the head (a modifier: "driver") gives it up
     * when another recognised archetype claims it through a phrase naming the head ("payouts"); it stays recognised on
     * its other evidence. A claim through a longer phrase ("driver location" of "driver location tracking") is kept.
     */
    private static void modifiersYield(List<Recognised> recognised) {
        for (int i = 0; i < recognised.size(); i++) {
            Recognised r = recognised.get(i);
            List<String> kept = new ArrayList<>(r.capabilities());
            for (String c : r.capabilities()) {
                List<String> words = CapabilityShapes.contentTokens(c);
                if (words.size() < 2) {
                    continue;
                }
                Words head = Words.of(words.get(words.size() - 1));
                Optional<Evidence> own = claim(r, c);
                boolean modifierOnly = own.isPresent() && CapabilityShapes.contentTokens(own.get().phrase()).size() == 1 && !head.contains(own.get().phrase());
                boolean headNamedByAnother = recognised.stream().filter(x -> x != r).map(x -> claim(x, c)).flatMap(Optional::stream)
                        .anyMatch(e -> head.contains(lastOf(e.phrase())));
                if (modifierOnly && headNamedByAnother) {
                    kept.remove(c);
                }
            }
            if (kept.size() < r.capabilities().size()) {
                List<Evidence> evidence = r.evidence().stream().filter(e -> e.field() != RequestField.CAPABILITY || kept.contains(e.text())).toList();
                recognised.set(i, new Recognised(r.archetype(), evidence.isEmpty() ? r.evidence() : evidence, kept));
            }
        }
    }

    /** The evidence by which an archetype claims a capability, if it does. */
    private static Optional<Evidence> claim(Recognised r, String capability) {
        return r.capabilities().contains(capability) ? r.evidence().stream()
                .filter(e -> e.field() == RequestField.CAPABILITY && e.text().equals(capability.strip())).findFirst() : Optional.empty();
    }

    private static String lastOf(String phrase) {
        List<String> words = CapabilityShapes.contentTokens(phrase);
        return words.isEmpty() ? phrase : words.get(words.size() - 1);
    }

    /**
     * The bucket history is rolled up into, as the request states it for its aggregates ("ten-minute averages" kept 20
     * years: "10-minute"), so the design's tables and flows say what the cost sizes; 5 minutes when it states none.
     */
    private static String rollupBucket(ConsultationRequest request) {
        double minutes = dev.architect.internal.facts.StatedFacts.read(request).aggregateRetention()
                .flatMap(dev.architect.internal.facts.Retention::intervalMinutes).orElse(dev.architect.internal.facts.Retention.DEFAULT_BUCKET_MINUTES);
        return minutes >= 1_440 && minutes % 1_440 == 0 ? dev.architect.internal.Numbers.format(minutes / 1_440) + "-day"
                : minutes >= 60 && minutes % 60 == 0 ? dev.architect.internal.Numbers.format(minutes / 60) + "-hour"
                : minutes < 1 ? dev.architect.internal.Numbers.format(minutes * 60) + "-second" : dev.architect.internal.Numbers.format(minutes) + "-minute";
    }

    /**
     * The archetype as the kind the request describes designs it (a request offered and accepted, an application
     * decided), with the due time the request states; the kind and the due time are shown with the evidence. The
     * kind whose phrases occur most often wins, the catalogue's order breaking ties; with none, the neutral default.
     */
    private static Recognised ofKind(Recognised r, ConsultationRequest request, List<String> capabilities) {
        Archetype a = r.archetype();
        if (a.kinds().isEmpty()) {
            return r;
        }
        List<String> texts = new ArrayList<>(capabilities);
        texts.add(request.description());
        texts.addAll(request.goals());
        request.actors().forEach(x -> texts.add(x.name() + (x.description() == null ? "" : " " + x.description())));
        Archetype.Kind chosen = a.defaultKind().orElseThrow();
        List<Evidence> kindEvidence = List.of();
        long best = 0;
        // Files a system sends in (a modality's C-STORE, a partner's file drop) are received from it, whatever they are.
        Optional<Archetype.Kind> sentIn = a.kinds().stream().filter(Archetype.Kind::sentIn).findFirst();
        Optional<Evidence> sender = sentIn.flatMap(k -> sendsFilesIn(request, a, k));
        if (sender.isPresent()) {
            chosen = sentIn.get();
            kindEvidence = List.of(sender.get());
            best = Long.MAX_VALUE;
        }
        for (Archetype.Kind k : a.kinds()) {
            List<Evidence> found = new ArrayList<>();
            for (String phrase : k.phrases()) {
                texts.stream().filter(t -> t != null && Words.of(t).firstMatch(List.of(phrase), k.notWithin()).isPresent()).findFirst()
                        .ifPresent(t -> found.add(new Evidence(fieldOf(t, request, capabilities), phrase, t.strip(), k.says())));
            }
            if (found.size() > best) {
                best = found.size();
                chosen = k;
                kindEvidence = found.subList(0, 1);
            }
        }
        Optional<Evidence> due = DueTime.stated(request, a.dueCues()).map(DueTime.Stated::evidence);
        List<Evidence> evidence = new ArrayList<>(r.evidence());
        evidence.addAll(kindEvidence);
        due.ifPresent(evidence::add);
        return new Recognised(a.forKind(chosen, due.map(Evidence::phrase).orElse(null)), evidence, r.capabilities());
    }

    /**
     * The integration that sends an archetype's files in, as evidence: its purpose says it is the caller and what it sends is
     * files, by its protocol or by the archetype's own words for files.
     */
    private static Optional<Evidence> sendsFilesIn(ConsultationRequest request, Archetype a, Archetype.Kind k) {
        var directions = dev.architect.offline.internal.catalog.IntegrationDirections.standard();
        for (Integration i : request.integrations()) {
            String purpose = i.purpose() == null ? "" : i.purpose();
            var group = directions.sendsFiles(purpose, a.phrases());
            if (group.isPresent()) {
                Words words = Words.of(purpose);
                String phrase = group.get().phrases().stream().filter(x -> words.containsAny(List.of(x))).findFirst().orElse(group.get().phrases().get(0));
                return Optional.of(new Evidence(RequestField.INTEGRATION, phrase, asEvidence(i), k.says()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the work an integration's purpose names is done there, so its words call for no mechanism of this design: a
     * system of record that keeps the books ("SAP FI-CA: receivables, payments and dunning") takes the payments and runs
     * the dunning itself, and the design hands that work to it instead of building it again (integration-kinds.yaml).
     */
    private static boolean handsOff(Integration i) {
        return dev.architect.offline.internal.catalog.IntegrationKinds.standard().keepsBooks(i).isPresent();
    }

    /**
     * Whether a phrase of the description or a goal sits in a sentence that gives its work to an integration keeping the
     * books: the sentence names that integration, or the kind of system it is ("the ERP does invoicing, payment collection
     * and dunning"), so the phrase says what the integration does, not what this design builds.
     */
    private static boolean handedOff(ConsultationRequest request, Evidence e) {
        if (e.field() != RequestField.DESCRIPTION && e.field() != RequestField.GOAL || e.text() == null) {
            return false;
        }
        List<Integration> keepers = request.integrations().stream().filter(Archetypes::handsOff).toList();
        if (keepers.isEmpty()) {
            return false;
        }
        Optional<String> sentence = Words.of(e.text()).sentenceWith(e.phrase());
        if (sentence.isEmpty()) {
            return false;
        }
        Words said = Words.of(sentence.get());
        return said.containsAny(dev.architect.offline.internal.catalog.IntegrationKinds.standard().booksSystems())
                || keepers.stream().anyMatch(i -> said.contains(i.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Keeps the evidence whose word of many senses reads, where it was found, in the sense the archetype designs
     * ({@link WordSenses}), with that reading beside it; a capability claimed only by a word read in another sense is
     * no longer claimed.
     */
    private static void readSenses(Archetype a, ConsultationRequest request, List<Evidence> evidence, List<String> claimed, List<Unsure> dropped) {
        for (int i = evidence.size() - 1; i >= 0; i--) {
            Evidence e = evidence.get(i);
            WordSenses.Reading reading = sense(a, request, e);
            if (!reading.counts()) {
                if (!reading.otherSense()) {
                    dropped.add(0, new Unsure(a, e, reading.note())); // a word read in another sense is settled, not asked about
                }
                evidence.remove(i);
                if (e.field() == RequestField.CAPABILITY) {
                    claimed.remove(e.text());
                }
            } else if (!reading.note().isEmpty()) {
                evidence.set(i, e.meaning(e.means() == null ? reading.note() : e.means() + "; " + reading.note()));
            }
        }
    }

    /**
     * Keeps the evidence whose bare word plays the archetype's role where it stands ({@link ArchetypeRoles}), with the
     * role found beside it; a capability claimed only by a word in no role of the archetype is no longer claimed.
     */
    private static void readRoles(Archetype a, ConsultationRequest request, List<Evidence> evidence, List<String> claimed, List<Unsure> dropped) {
        ArchetypeRoles roles = ArchetypeRoles.standard();
        for (int i = evidence.size() - 1; i >= 0; i--) {
            Evidence e = evidence.get(i);
            if (e.field() == RequestField.EXISTING_SYSTEM || e.field() == RequestField.ARCHETYPE || !a.phrases().contains(e.phrase())) {
                continue;
            }
            // an object the request says we send to another party ("we claim ... from HMRC") is ours to send wherever it is named
            ArchetypeRoles.Reading reading = roles.sentByUs(a.id(), e.phrase(), requestTexts(request))
                    .map(sent -> new ArchetypeRoles.Reading(false, sent))
                    .orElseGet(() -> roles.read(a.id(), e.phrase(),
                            e.field() == RequestField.CAPABILITY ? aroundName(request, e.text(), e.phrase()) : List.of(e.text()), people(request)));
            if (!reading.counts()) {
                dropped.add(0, new Unsure(a, e, reading.note()));
                evidence.remove(i);
                if (e.field() == RequestField.CAPABILITY) {
                    claimed.remove(e.text());
                }
            } else if (!reading.note().isEmpty()) {
                evidence.set(i, e.meaning(e.means() == null ? reading.note() : e.means() + "; " + reading.note()));
            }
        }
    }

    /** The request's description and goals, then each actor and integration as one text. */
    private static List<String> requestTexts(ConsultationRequest request) {
        List<String> out = new ArrayList<>();
        out.add(request.description() == null ? "" : request.description());
        out.addAll(request.goals());
        out.addAll(WordSenses.parties(request));
        return out;
    }

    /** Words naming people who may do an act: the last word of each actor's name that is no machine, and the roles of staff and public. */
    private static List<String> people(ConsultationRequest request) {
        var roles = dev.architect.offline.internal.catalog.ActorRoles.standard();
        List<String> out = new ArrayList<>(roles.staffActorWords());
        out.addAll(roles.publicRoles());
        for (Actor actor : request.actors()) {
            List<String> words = CapabilityShapes.contentTokens(actor.name());
            if (!words.isEmpty() && !roles.isMachine(Words.of(actor.name()))) {
                out.add(words.get(words.size() - 1));
            }
        }
        return out;
    }

    /**
     * A capability's name and the texts of the request that name it with the phrase (its sentences, actors and
     * integrations; {@link WordSenses#aroundCapability}), without the whole request: a role is read where the capability
     * is spoken of, not anywhere.
     */
    private static List<String> aroundName(ConsultationRequest request, String capability, String phrase) {
        return WordSenses.nearCapability(request, capability, phrase);
    }

    /** How an archetype's word reads in the field it was found in: a capability among the sentences naming it, else its sentence. */
    private static WordSenses.Reading sense(Archetype a, ConsultationRequest request, Evidence e) {
        if (e.field() == RequestField.EXISTING_SYSTEM || e.field() == RequestField.ARCHETYPE) {
            return WordSenses.Reading.UNLISTED;
        }
        List<String> around = e.field() == RequestField.CAPABILITY ? WordSenses.aroundCapability(request, e.text(), e.phrase())
                : WordSenses.aroundText(e.text(), e.phrase());
        return WordSenses.standard().read(WordSenses.Kind.ARCHETYPE, a.id(), e.phrase(), around);
    }

    /** Whether a phrase of the description or a goal is, in its sentence, a message a machine sends (device-messages.yaml). */
    private static boolean sentByMachine(Evidence e) {
        if (e.field() != RequestField.DESCRIPTION && e.field() != RequestField.GOAL || e.text() == null) {
            return false;
        }
        return dev.architect.offline.internal.catalog.DeviceMessages.standard().sentByMachine(e.text(), e.phrase());
    }

    /** An integration as the evidence quotes it: "Stripe: card payments", or its name alone. */
    private static String asEvidence(Integration i) {
        return i.name() + (i.purpose() == null ? "" : ": " + i.purpose());
    }

    private static RequestField fieldOf(String text, ConsultationRequest request, List<String> capabilities) {
        return capabilities.contains(text) ? RequestField.CAPABILITY : request.goals().contains(text) ? RequestField.GOAL : RequestField.DESCRIPTION;
    }

    /**
     * The archetype's phrase in one field, unless the same field says the other sense ({@code otherSenses}): an integration
     * with Epic "over an HL7 v2 interface" states its protocol, which wins over what the vendor's name would suggest.
     */
    private static Optional<Evidence> find(Archetype a, List<Paraphrases.Pattern> patterns, List<String> names, RequestField field, String text) {
        if (text != null && !a.otherSenses().isEmpty() && Words.of(text).containsAny(a.otherSenses())) {
            return Optional.empty();
        }
        return find(a.phrases(), a.notWithin(), names, field, text).or(() -> paraphrase(patterns, names, field, text));
    }

    /** The same, where the runs of the partners' names ({@link PartnerNames#runs}) give the archetype's words the partner's sense. */
    private static Optional<Evidence> find(Archetype a, List<String> partners, List<Paraphrases.Pattern> patterns, List<String> names,
                                           RequestField field, String text) {
        if (partners.isEmpty()) {
            return find(a, patterns, names, field, text);
        }
        if (text != null && !a.otherSenses().isEmpty() && Words.of(text).containsAny(a.otherSenses())) {
            return Optional.empty();
        }
        List<String> notWithin = new ArrayList<>(a.notWithin());
        notWithin.addAll(partners);
        return find(a.phrases(), notWithin, names, field, text).or(() -> paraphrase(patterns, names, field, text));
    }

    private static Optional<Evidence> find(List<String> phrases, RequestField field, String text) {
        return find(phrases, List.of(), List.of(), field, text);
    }

    /** The first phrase in the text, outside the longer phrases that change its sense and the request's proper names. */
    private static Optional<Evidence> find(List<String> phrases, List<String> notWithin, List<String> names, RequestField field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Words.of(text).firstMatch(phrases, notWithin, names).map(p -> new Evidence(field, p, text.strip()));
    }

    /** Where the request names an external system by one of its phrases: integrations first, then the text fields. */
    private static List<Evidence> namings(ConsultationRequest request, List<String> capabilities, List<String> phrases) {
        List<Evidence> out = new ArrayList<>();
        for (Integration i : request.integrations()) {
            find(phrases, RequestField.INTEGRATION, asEvidence(i)).ifPresent(out::add);
        }
        find(phrases, RequestField.DESCRIPTION, request.description()).ifPresent(out::add);
        for (String goal : request.goals()) {
            find(phrases, RequestField.GOAL, goal).ifPresent(out::add);
        }
        for (String c : capabilities) {
            find(phrases, RequestField.CAPABILITY, c).ifPresent(out::add);
        }
        return out;
    }
}
