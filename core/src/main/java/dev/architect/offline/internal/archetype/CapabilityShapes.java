package dev.architect.offline.internal.archetype;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Integration;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general capability shapes, {@code dev/architect/offline/capability-shapes.yaml}: how a capability that neither the
 * catalogue nor an archetype describes is designed (a waiting list with positions, a follow graph, an occupancy board).
 * A shape is chosen from the capability's own words, else from a sentence of the description that names the
 * capability, and is instantiated with the capability's names. Its parts use the archetype notation and are checked by
 * the same rules when the file is read (each shape is instantiated once with sample names), so a bad shape fails at
 * load naming it.
 */
public record CapabilityShapes(List<CapabilityShape> shapes, List<String> channels) {

    public static final String RESOURCE = "/dev/architect/offline/capability-shapes.yaml";

    /** The names a shape's tokens stand for, derived from one capability. */
    public record ShapeNames(String capability, String slug, String table, String schema, String path, String idParameter, String words) {

        /** Names a token may not produce: they are how the instantiated parts are checked. */
        private static final ShapeNames SAMPLE = new ShapeNames("Sample capability", "sample-capability", "sample_capability",
                "SampleCapability", "sample-capabilities", "sampleCapabilityId", "sample capability");

        String replace(String text) {
            String out = text.replace("${table}", table).replace("${Schema}", schema).replace("${path}", path)
                    .replace("${id}", idParameter).replace("${name}", words);
            int left = out.indexOf("${");
            if (left >= 0) {
                throw new IllegalStateException("unknown token '" + out.substring(left, Math.min(out.length(), out.indexOf('}', left) + 1)) + "'");
            }
            return out;
        }
    }

    /**
     * A shape as the file writes it; its parts hold the tokens of {@link ShapeNames}. Besides its phrases (and the longer
     * phrases {@code notWithin} which one of them means something else), a shape may name the words of another sense
     * ({@code otherSenses}: a seat map is not a geographic map) that stop it claiming a capability whose name, or a
     * description sentence naming it, has one; and the phrases that claim only in context ({@code needContext}: "map"
     * is geospatial only where the request speaks of a location, a distance or a route, one of {@code context}).
     * A shape with {@code sharedAs} is one mechanism per request ("earn", "redeem" and "point expiry" are one points
     * ledger): it is named after {@code sharedAs}, not the capability, and the first capability it claims owns the design.
     * A shape {@code byIntegration} claims only through an integration that keeps the capability's records (see
     * {@link CapabilityShapes#handedOff}), never from the capability's own words; its phrases name those systems.
     * A shape with a {@code performer} is a mechanism written for people (operators claiming tasks on handhelds) or for
     * machines (devices driven by a schedule): it does not claim a capability the request gives to the other
     * ({@link Performers}); without one, anyone may do the work.
     * A shape that is an {@code action} (sync, extract, send in bulk, compute a price, onboard) is named by what the
     * capability does, whatever it acts on: named at the capability's head it outranks a shape of an object named before
     * it ("invoice OCR"), and a capability whose own words it claims is designed by it, not handed off to the system it
     * works with.
     * A shape's {@code corroborated} phrases are words of many senses ("tickets", "grading", "feed") that claim a capability
     * only where the request says a second thing the shape is about, in the capability's name, a sentence about it or an
     * actor or integration naming it ({@link ShapeCorroboration}); its other phrases claim by themselves.
     * A shape's {@code grid} writes phrases as one small list of synonyms each followed by the words for an action on them
     * ("tariff", "rate", "charge" then "calculation", "rating"): each pair is one of its phrases.
     */
    public record CapabilityShape(String id, String label, List<String> phrases, List<String> notWithin, List<String> otherSenses,
                                  List<String> needContext, List<String> context, String sharedAs, String requirement,
                                  JsonNode entities, JsonNode schemas, JsonNode operations, JsonNode flows, boolean byIntegration,
                                  Performer performer, boolean action, PhraseGrid grid, List<String> corroborated) {

        /** The same shape whose every phrase claims by itself (the file's shapes before corroboration was read). */
        public CapabilityShape(String id, String label, List<String> phrases, List<String> notWithin, List<String> otherSenses,
                               List<String> needContext, List<String> context, String sharedAs, String requirement,
                               JsonNode entities, JsonNode schemas, JsonNode operations, JsonNode flows, boolean byIntegration,
                               Performer performer, boolean action, PhraseGrid grid) {
            this(id, label, phrases, notWithin, otherSenses, needContext, context, sharedAs, requirement, entities, schemas, operations, flows,
                    byIntegration, performer, action, grid, null);
        }

        /** The same shape with no phrase grid (the file's shapes before grids were added). */
        public CapabilityShape(String id, String label, List<String> phrases, List<String> notWithin, List<String> otherSenses,
                               List<String> needContext, List<String> context, String sharedAs, String requirement,
                               JsonNode entities, JsonNode schemas, JsonNode operations, JsonNode flows, boolean byIntegration,
                               Performer performer, boolean action) {
            this(id, label, phrases, notWithin, otherSenses, needContext, context, sharedAs, requirement, entities, schemas, operations, flows,
                    byIntegration, performer, action, null, null);
        }

        public CapabilityShape {
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalStateException("shape id '" + id + "' must be lower case words joined by dashes");
            }
            if (label == null || label.isBlank() || requirement == null || requirement.isBlank()) {
                throw new IllegalStateException("shape '" + id + "' needs a label and a requirement");
            }
            phrases = List.copyOf(grid == null ? phrases == null ? List.of() : phrases : grid.expand(id, phrases));
            notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
            otherSenses = List.copyOf(otherSenses == null ? List.of() : otherSenses);
            needContext = List.copyOf(needContext == null ? List.of() : needContext);
            context = List.copyOf(context == null ? List.of() : context);
            corroborated = List.copyOf(corroborated == null ? List.of() : corroborated);
            if (phrases.isEmpty()) {
                throw new IllegalStateException("shape '" + id + "': phrases are missing; nothing would choose it");
            }
            for (String p : needContext) {
                if (!phrases.contains(p)) {
                    throw new IllegalStateException("shape '" + id + "': needContext phrase '" + p + "' is not one of its phrases");
                }
            }
            for (String p : corroborated) {
                if (!phrases.contains(p)) {
                    throw new IllegalStateException("shape '" + id + "': corroborated phrase '" + p + "' is not one of its phrases");
                }
            }
            if (sharedAs != null && !sharedAs.matches("[a-z][a-z ]*[a-z]")) {
                throw new IllegalStateException("shape '" + id + "': sharedAs '" + sharedAs + "' must be lower case words");
            }
            if (!needContext.isEmpty() && context.isEmpty()) {
                throw new IllegalStateException("shape '" + id + "': needContext is given but no context words would ever confirm it");
            }
            if (entities == null || !entities.isArray() || entities.isEmpty()) {
                throw new IllegalStateException("shape '" + id + "' designs no entity");
            }
            if (operations == null || !operations.isArray() || operations.isEmpty()) {
                throw new IllegalStateException("shape '" + id + "' designs no API operation");
            }
            if (action && byIntegration) {
                throw new IllegalStateException("shape '" + id + "' cannot be both an action, claimed from the capability's own words, and byIntegration");
            }
        }

        /**
         * The shape's design for one capability: its parts with the capability's names, in the archetype notation
         * (so the builders that design an archetype's tables, operations and flows design these too).
         */
        public Archetype instantiate(ShapeNames names) {
            ObjectNode parts = JsonNodeFactory.instance.objectNode();
            parts.set("entities", entities);
            parts.set("schemas", schemas == null ? JsonNodeFactory.instance.objectNode() : schemas);
            parts.set("operations", operations);
            parts.set("flows", flows == null ? JsonNodeFactory.instance.arrayNode() : flows);
            Parts p = MAPPER.convertValue(substitute(parts, names), Parts.class);
            String designId = names.slug().matches("[a-z][a-z0-9-]*") ? names.slug() : "capability-" + names.slug();
            // a table of another capability a shape's record refers to (the licence a loan counts) is that capability's own
            Set<String> own = new HashSet<>();
            p.entities().forEach(e -> own.add(e.name()));
            List<String> borrowed = p.entities().stream().flatMap(e -> e.references().values().stream()).filter(t -> !own.contains(t)).distinct().toList();
            return new Archetype(designId, names.capability(), phrases, names.replace(requirement), List.of(), List.of(),
                    p.entities(), p.schemas(), p.operations(), p.flows(), List.of(), List.of(),
                    new Archetype.Phase(label, 1, List.of(), List.of()), List.of(), List.of(), List.of(), null, notWithin,
                    List.of(), null, List.of(), borrowed, List.of(), List.of(), List.of(), List.of(), false, false);
        }

        /**
         * The phrase by which this shape claims a text, or empty: a phrase outside its {@code notWithin}, where neither
         * the capability's name nor a sentence naming it uses the word in another sense, and a phrase that needs context
         * only where the request gives it.
         */
        Optional<String> claim(Words text, Sense sense) {
            if (byIntegration) {
                return Optional.empty(); // claimed only through the integration that keeps the records
            }
            if (performer != null && sense.performedBy() != null && performer != sense.performedBy()) {
                return Optional.empty(); // robots assigned pick tasks are not operators scanning on handhelds
            }
            if (!otherSenses.isEmpty() && (sense.capability().containsAny(otherSenses)
                    || sense.namingSentences().stream().anyMatch(w -> w.containsAny(otherSenses)))) {
                return Optional.empty();
            }
            Optional<String> hit = text.firstMatch(phrases, notWithin);
            if (hit.isEmpty() || !needContext.contains(hit.get()) || sense.givesContext(context)) {
                return hit;
            }
            List<String> firm = phrases.stream().filter(p -> !needContext.contains(p)).toList();
            return text.firstMatch(firm, notWithin);
        }

        private static JsonNode substitute(JsonNode node, ShapeNames names) {
            if (node.isTextual()) {
                return TextNode.valueOf(names.replace(node.asText()));
            }
            if (node.isArray()) {
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                node.forEach(n -> out.add(substitute(n, names)));
                return out;
            }
            if (node.isObject()) {
                ObjectNode out = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    out.set(names.replace(e.getKey()), substitute(e.getValue(), names));
                }
                return out;
            }
            return node;
        }
    }

    /**
     * Phrases written as a grid: each of {@code words} (synonyms for one thing: "tariff", "rate", "charge") followed by each
     * of {@code then} (the words for what is done to it: "calculation", "rating"), so a synonym is listed once.
     */
    public record PhraseGrid(List<String> words, List<String> then) {

        public PhraseGrid {
            words = List.copyOf(words == null ? List.of() : words);
            then = List.copyOf(then == null ? List.of() : then);
        }

        /** The shape's phrases followed by the grid's, each once; a grid with an empty side fails naming the shape. */
        List<String> expand(String shape, List<String> phrases) {
            if (words.isEmpty() || then.isEmpty()) {
                throw new IllegalStateException("shape '" + shape + "': a grid needs both words and then, or it makes no phrase");
            }
            Set<String> out = new java.util.LinkedHashSet<>(phrases == null ? List.of() : phrases);
            for (String w : words) {
                for (String t : then) {
                    out.add(w + " " + t);
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * A capability whose records an integrated system keeps: the shape that designs the hand-off to it, the evidence, and
     * the integration that owns the records.
     */
    public record HandedOff(CapabilityShape shape, Evidence evidence, Integration integration) {

        /** The hand-off designed under the capability's names. */
        public ShapedCapability design(ShapeNames names) {
            return new ShapedCapability(shape, evidence, shape.instantiate(names), null);
        }
    }

    /** The parts of a shape, bound to the archetype records once its tokens are replaced. */
    record Parts(List<Archetype.EntityDef> entities, Map<String, List<String>> schemas, List<Archetype.Operation> operations,
                 List<Archetype.Flow> flows) {
    }

    /**
     * What tells a word's sense for one capability: its name, the description's sentences that name it (where another
     * sense would show), and the whole request text (where a location, a distance or a route gives context; null where
     * only the name is known, so context is not held against it), and who the request says performs it (null: unknown).
     */
    record Sense(Words capability, List<Words> namingSentences, Words request, Performer performedBy) {

        Sense(Words capability, List<Words> namingSentences, Words request) {
            this(capability, namingSentences, request, null);
        }

        boolean givesContext(List<String> context) {
            return request == null || capability.containsAny(context) || request.containsAny(context);
        }
    }

    /**
     * A capability designed by a shape: which shape, the words that chose it, and the design with the capability's names;
     * or, for a shape shared across the request, the slug of the earlier capability whose design it is ({@code sharedWith}, else null).
     */
    public record ShapedCapability(CapabilityShape shape, Evidence evidence, Archetype design, String sharedWith) {

        /** Whether this capability's design is its own (its tables, operations and flows are built for it). */
        public boolean ownsDesign() {
            return sharedWith == null;
        }

        /** The same shape and evidence, designed under other names (a shared shape's) or by an earlier capability. */
        public ShapedCapability renamed(ShapeNames names) {
            return new ShapedCapability(shape, evidence, shape.instantiate(names), null);
        }

        public ShapedCapability sharing(String owner) {
            return new ShapedCapability(shape, evidence, design, owner);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public CapabilityShapes {
        shapes = List.copyOf(shapes == null ? List.of() : shapes);
        channels = List.copyOf(channels == null ? List.of() : channels);
        Set<String> ids = new HashSet<>();
        for (CapabilityShape s : shapes) {
            if (!ids.add(s.id())) {
                throw new IllegalStateException("shape '" + s.id() + "' is defined twice");
            }
            try {
                s.instantiate(ShapeNames.SAMPLE);
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new IllegalStateException("shape '" + s.id() + "': " + rootMessage(e), e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? e.getMessage() : t.getMessage();
        int nl = m == null ? -1 : m.indexOf('\n');
        return nl < 0 ? String.valueOf(m) : m.substring(0, nl);
    }

    private static final class Holder {
        static final CapabilityShapes STANDARD = load();
    }

    /** The shapes shipped with the SDK, read once. */
    public static CapabilityShapes standard() {
        return Holder.STANDARD;
    }

    private static CapabilityShapes load() {
        return DataFiles.shipped(RESOURCE, CapabilityShapes.class, "capability shapes");
    }

    /** Reads a shapes file; the error names the file, the shape and what is wrong with it. */
    public static CapabilityShapes read(InputStream in, String source) {
        return DataFiles.read(in, source, CapabilityShapes.class, "capability shapes");
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](\\s+|$)");

    /**
     * The integration that keeps a capability's records, and the hand-off design, or empty: an integration whose purpose
     * names every word of the capability ("SAP Plant Maintenance: work orders") and which is a system of record for it,
     * as a {@code byIntegration} shape's phrase says in the integration's name or purpose, or in a sentence of the
     * description naming the capability ("raises a work order in the operator's maintenance system"). The capability is
     * then that system's, not a table of our own: it is handed off and its external reference tracked.
     */
    public Optional<HandedOff> handedOff(String capability, String description, List<Integration> integrations) {
        List<String> own = contentWords(capability);
        if (own.isEmpty() || headIsOneOf(capability, channels) || namedByAction(capability)) {
            return Optional.empty();
        }
        List<Words> naming = sentences(description).stream().map(Words::of)
                .filter(sentence -> own.stream().allMatch(w -> names(sentence, w))).toList();
        for (CapabilityShape s : shapes) {
            if (!s.byIntegration()) {
                continue;
            }
            for (Integration i : integrations) {
                Words purpose = Words.of(i.purpose() == null ? "" : i.purpose());
                if (!own.stream().allMatch(w -> names(purpose, w) || names(purpose, singular(w)))) {
                    continue;
                }
                String quoted = i.name() + (i.purpose() == null ? "" : ": " + i.purpose());
                // The phrase speaks for the capability from the integration's name ("SAP Plant Maintenance"), or from its
                // purpose only beside the capability's words: "buying licences and fetching title metadata" supplies the
                // titles' metadata, not the licences.
                Optional<Evidence> evidence = Words.of(i.name()).firstMatch(s.phrases(), s.notWithin())
                        .or(() -> besideCapability(i.purpose(), own).flatMap(near -> Words.of(near).firstMatch(s.phrases(), s.notWithin())))
                        .map(p -> new Evidence(RequestField.INTEGRATION, p, quoted))
                        .or(() -> naming.stream().flatMap(w -> w.firstMatch(s.phrases(), s.notWithin())
                                .map(p -> new Evidence(RequestField.DESCRIPTION, p, w.sentenceWith(p).orElse(description))).stream()).findFirst());
                if (evidence.isPresent()) {
                    return Optional.of(new HandedOff(s, evidence.get(), i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The integration a shaped capability works with (the ERP an "ERP sync" pulls from, the OCR service an "OCR
     * extraction" calls), or empty: the first whose name or purpose shares a word with the capability beyond the shape's
     * own phrase ("bank integration" and "Banking partner API"); else the first that names the phrase itself ("OCR" of
     * "AWS Textract: OCR of PDF invoices"); else, where the capability names a kind of system of record (an ERP, a CRM),
     * the first integration that names one ("SAP S/4HANA"); else the first whose name a sentence of the description naming
     * the capability's words says ("takings are posted to the accounting system (Xero)" for "accounting sync").
     */
    public Optional<Integration> counterpart(String capability, String phrase, List<Integration> integrations, String description) {
        List<String> systems = integrations.stream().map(i -> i.name() + " " + (i.purpose() == null ? "" : i.purpose())).toList();
        Optional<Integer> found = counterpart(capability, phrase, systems);
        if (found.isPresent()) {
            return Optional.of(integrations.get(found.get()));
        }
        Set<String> phraseWords = new HashSet<>(contentTokens(phrase == null ? "" : phrase));
        List<String> own = contentWords(capability).stream().filter(w -> !phraseWords.contains(w)).toList();
        List<Words> naming = own.isEmpty() ? List.of() : sentences(description).stream().map(Words::of)
                .filter(sentence -> own.stream().allMatch(w -> names(sentence, w) || names(sentence, singular(w)))).toList();
        return integrations.stream().filter(i -> naming.stream().anyMatch(w -> w.contains(i.name()))).findFirst();
    }

    /** The index of the system (its name and purpose in one text) a shaped capability works with; see the method above. */
    Optional<Integer> counterpart(String capability, String phrase, List<String> systems) {
        Set<String> phraseWords = new HashSet<>(contentTokens(phrase == null ? "" : phrase));
        // "and" of "CV upload and parsing" names no system: only content words ("erp", "bank") match a system's name or purpose
        List<String> own = contentTokens(capability).stream().filter(w -> w.length() >= 3 && !phraseWords.contains(w) && !LINKING_WORDS.contains(w))
                .map(CapabilityShapes::base).toList();
        for (int i = 0; i < systems.size(); i++) {
            if (contentTokens(systems.get(i)).stream().map(CapabilityShapes::base).anyMatch(own::contains)) {
                return Optional.of(i);
            }
        }
        for (int i = 0; phrase != null && i < systems.size(); i++) {
            if (Words.of(systems.get(i)).contains(phrase)) {
                return Optional.of(i);
            }
        }
        List<String> kinds = shapes.stream().filter(CapabilityShape::byIntegration).flatMap(s -> s.phrases().stream()).toList();
        for (int i = 0; Words.of(capability).containsAny(kinds) && i < systems.size(); i++) {
            if (Words.of(systems.get(i)).containsAny(kinds)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A word's base for comparing names: "banking" and "banks" are "bank". */
    private static String base(String word) {
        String w = stem(word);
        return w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * Whether an {@code action} shape claims the capability from its own words ("ERP sync", "bank reconciliation"): what it
     * does to another system's records is ours to design, so no integration takes it as a hand-off.
     */
    private boolean namedByAction(String capability) {
        Words whole = Words.of(capability);
        Sense sense = new Sense(whole, List.of(), null);
        return shapes.stream().anyMatch(s -> s.action() && s.claim(whole, sense).isPresent());
    }

    /**
     * The shape that designs a capability, with its evidence: the first shape whose phrase the capability's name
     * contains; else the first whose phrase occurs in a sentence of the description that names one of the
     * capability's words ("fans follow teams" for "team following"). Empty when no shape fits.
     */
    public Optional<ShapedCapability> design(ShapeNames names, String description) {
        return design(names, description, null);
    }

    /**
     * The same, for a capability the request says people or machines perform ({@link Performers}; null when it does
     * not say): a shape written for the other performer does not claim it.
     */
    public Optional<ShapedCapability> design(ShapeNames names, String description, Performer performedBy) {
        return design(names, description, performedBy, ShapeCorroboration.of(description));
    }

    /**
     * The same, read against the whole request: a shape one word claims ("tickets", "grading") fires only where the request's
     * sentences, actors or integrations corroborate it ({@link ShapeCorroboration}), and the evidence says what did.
     */
    public Optional<ShapedCapability> design(ShapeNames names, dev.architect.request.ConsultationRequest request, Performer performedBy) {
        List<String> sentences = new ArrayList<>(sentences(request.description()));
        request.goals().forEach(g -> sentences.addAll(sentences(g)));
        request.constraints().forEach(c -> sentences.addAll(sentences(c)));
        List<String> parties = new ArrayList<>();
        request.actors().forEach(a -> parties.add(a.name() + ": " + (a.description() == null ? "" : a.description())));
        request.integrations().forEach(i -> parties.add(i.name() + ": " + (i.purpose() == null ? "" : i.purpose())));
        return design(names, request.description(), performedBy, new ShapeCorroboration(sentences, parties), request.integrations());
    }

    private Optional<ShapedCapability> design(ShapeNames names, String description, Performer performedBy, ShapeCorroboration around) {
        return design(names, description, performedBy, around, null);
    }

    /**
     * The same; {@code integrations} are the request's (null when unknown): a shape that works with another system none of them
     * is gives the capability to another shape that reads it without one, so no partner is invented where the words have
     * another reading ("offline tablet viewing and sync" with no system named is the devices' own sync).
     */
    private Optional<ShapedCapability> design(ShapeNames names, String description, Performer performedBy, ShapeCorroboration around,
                                              List<Integration> integrations) {
        // A capability named after a channel ("parent app", "client portal") is a client of the others, not a mechanism.
        if (headIsOneOf(names.capability(), channels)) {
            return Optional.empty();
        }
        Words capability = Words.of(names.capability());
        List<String> own = contentWords(names.capability());
        List<String> naming = own.isEmpty() ? List.of() : sentences(description).stream()
                .filter(sentence -> own.stream().allMatch(w -> names(Words.of(sentence), w))).toList();
        // Context for a shape's claim is read only where the request speaks of this capability: a "shift" worked offline in
        // another sentence does not make a drawing register an attendance register.
        Sense sense = new Sense(capability, naming.stream().map(Words::of).toList(), speakingOf(names.capability(), around.texts()), performedBy);
        // The first shape in file order whose phrase the name contains; but where that phrase is an object named before the
        // head and an action shape names the head, the action wins: "invoice OCR" is an extraction of invoices, not an
        // invoice document ("offline sync" stays the device sync, whose phrase names the head too).
        Words head = Words.of(own.isEmpty() ? "" : lastWord(names.capability()));
        for (CapabilityShape s : shapes) {
            Optional<String> hit = s.claim(capability, sense);
            if (hit.isPresent()) {
                CapabilityShape chosen = s;
                String phrase = hit.get();
                if (!head.contains(lastWord(phrase)) && s.claim(head, sense).isEmpty()) {
                    for (CapabilityShape a : shapes) {
                        Optional<String> action = a.action() ? a.claim(capability, sense).filter(p -> head.contains(lastWord(p))) : Optional.empty();
                        if (action.isPresent()) {
                            chosen = a;
                            phrase = action.get();
                            break;
                        }
                    }
                }
                if (chosen != s && partnerless(chosen, names, phrase, integrations, description)) {
                    chosen = s;
                    phrase = hit.get();
                }
                if (partnerless(chosen, names, phrase, integrations, description) && readWithoutPartner(chosen, capability, sense, names, integrations, description)) {
                    continue; // another shape reads the capability without a system nobody named: that one designs it
                }
                Optional<String> corroborated = around.corroborate(shapes, chosen, phrase, names.capability());
                WordSenses.Reading reading = around.sense(chosen, phrase, names.capability(), names.capability());
                if (corroborated.isEmpty() || !reading.counts()) {
                    continue; // one word of many senses, and nothing else in the request says this mechanism (or says another)
                }
                return Optional.of(new ShapedCapability(chosen, new Evidence(RequestField.CAPABILITY, phrase, names.capability(),
                        joined(corroborated.get(), reading.note())), chosen.instantiate(names), null));
            }
        }
        // The description speaks for a capability only where a sentence names every word of it, and only through a
        // phrase right beside one of those words: "fans follow teams" is team following; "reviews with photos and owners
        // reply" does not make photos a reply thread.
        for (String sentence : naming) {
            List<String> tokens = contentTokens(sentence);
            for (CapabilityShape s : shapes) {
                for (int i = 0; i < tokens.size(); i++) {
                    String token = tokens.get(i);
                    if (own.stream().noneMatch(w -> names(Words.of(token), w))) {
                        continue;
                    }
                    String near = String.join(" ", tokens.subList(Math.max(0, i - NEAR), Math.min(tokens.size(), i + NEAR + 1)));
                    Optional<String> hit = s.claim(Words.of(near), sense);
                    Optional<String> corroborated = hit.flatMap(h -> around.corroborate(shapes, s, h, names.capability()));
                    Optional<WordSenses.Reading> reading = hit.map(h -> around.sense(s, h, names.capability(), sentence));
                    if (corroborated.isPresent() && reading.get().counts()) {
                        return Optional.of(new ShapedCapability(s, new Evidence(RequestField.DESCRIPTION, hit.get(), sentence,
                                joined(corroborated.get(), reading.get().note())), s.instantiate(names), null));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a shape works with another system (its flows call the integration) while none of the request's integrations
     * is that system; false where the integrations are not known.
     */
    private boolean partnerless(CapabilityShape shape, ShapeNames names, String phrase, List<Integration> integrations, String description) {
        return integrations != null && worksWithAnotherSystem(shape.instantiate(names))
                && counterpart(names.capability(), phrase, integrations, description).isEmpty();
    }

    /** Whether a shape other than {@code chosen} claims the capability's name without needing a system the request does not name. */
    private boolean readWithoutPartner(CapabilityShape chosen, Words capability, Sense sense, ShapeNames names, List<Integration> integrations,
                                       String description) {
        return shapes.stream().filter(x -> x != chosen)
                .anyMatch(x -> x.claim(capability, sense).filter(p -> !partnerless(x, names, p, integrations, description)).isPresent());
    }

    /** Whether a design's flows call the integration role: a step from or to the system it works with. */
    public static boolean worksWithAnotherSystem(Archetype design) {
        String role = Role.INTEGRATION.name().toLowerCase(Locale.ROOT);
        return design.flows().stream().flatMap(f -> f.parsed().stream()).anyMatch(x -> x.from().equals(role) || x.to().equals(role));
    }

    /** What corroborated a shape and how its word read, as one note; null when neither says anything. */
    private static String joined(String corroborated, String reading) {
        String both = java.util.stream.Stream.of(corroborated, reading).filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.joining("; "));
        return both.isEmpty() ? null : both;
    }

    /**
     * Whether a shape's phrase names the capability's head, its last word ("judging" in "project judging"): the
     * capability is that mechanism applied to the words before it, even where a catalogue resource matches one of those.
     */
    public boolean namesHead(String capability) {
        List<String> words = contentTokens(capability);
        if (words.isEmpty()) {
            return false;
        }
        Words head = Words.of(words.get(words.size() - 1));
        Words whole = Words.of(capability);
        // Only the capability's own words: a phrase that needs context ("schedule" of devices) must find it there to
        // take a capability from the catalogue ("appointment schedule" stays appointments).
        Sense sense = new Sense(whole, List.of(), whole);
        return shapes.stream().anyMatch(s -> s.claim(whole, sense).isPresent() && s.phrases().stream()
                .anyMatch(p -> whole.contains(p) && head.contains(lastWord(p))));
    }

    /**
     * Whether a shape's phrase names the capability's head ("reviews" in "proctor reviews", "pick tasks") in the sense the
     * request gives it: context may come from the description ("a human proctor reviews the flags"), and the description's
     * sentences naming the capability may show another sense. A plain record the catalogue names by that same word
     * (reviews, tasks, reports) then gives way to the mechanism the request describes.
     */
    public boolean namesHeadInContext(String capability, String description) {
        return namesHeadInContext(capability, description, null);
    }

    /** The same, for a capability the request says people or machines perform (null when it does not say). */
    public boolean namesHeadInContext(String capability, String description, Performer performedBy) {
        List<String> words = contentTokens(capability);
        if (words.isEmpty() || headIsOneOf(capability, channels)) {
            return false;
        }
        Words head = Words.of(words.get(words.size() - 1));
        Words whole = Words.of(capability);
        List<String> own = contentWords(capability);
        List<Words> naming = own.isEmpty() ? List.of() : sentences(description).stream().map(Words::of)
                .filter(sentence -> own.stream().allMatch(w -> names(sentence, w))).toList();
        Sense sense = new Sense(whole, naming, speakingOf(capability, sentences(description)), performedBy);
        return shapes.stream().anyMatch(s -> s.claim(whole, sense).filter(p -> head.contains(lastWord(p))).isPresent());
    }

    /**
     * Whether an archetype that claims a capability by a word before its head ("billing" of "quarterly billing run",
     * "charge" of "freight charge calculation") gives it to an action shape that names the head in the request's sense:
     * the capability is that action on the object, not the archetype's mechanism. An archetype whose own phrases name the
     * head ("payment run", "reconciliation" of payouts) keeps it.
     */
    public boolean yieldsToAction(String capability, String hit, List<String> archetypePhrases, String description) {
        List<String> words = contentTokens(capability);
        if (words.isEmpty() || headIsOneOf(capability, channels)) {
            return false;
        }
        String head = words.get(words.size() - 1);
        Words whole = Words.of(capability);
        String headBase = base(head);
        if (contentTokens(hit).stream().map(CapabilityShapes::base).anyMatch(headBase::equals)
                || archetypePhrases.stream().anyMatch(p -> whole.contains(p) && base(lastWord(p)).equals(headBase))) {
            return false;
        }
        List<String> own = contentWords(capability);
        List<Words> naming = own.isEmpty() ? List.of() : sentences(description).stream().map(Words::of)
                .filter(sentence -> own.stream().allMatch(w -> names(sentence, w))).toList();
        Sense sense = new Sense(whole, naming, speakingOf(capability, sentences(description)), null);
        Words headWord = Words.of(head);
        return shapes.stream().filter(CapabilityShape::action).anyMatch(s -> s.claim(whole, sense).filter(p -> headWord.contains(lastWord(p))).isPresent());
    }

    /**
     * The texts that speak of a capability, as one text: those naming one of its words (singular or plural, a gerund by its
     * verb; not the words that only join its name, "and", "with"), and the opening sentence, which says what the organisation
     * is. Where a shape needs context, it is read here and nowhere else in the request.
     *
     * @param capability the capability's name
     * @param texts the request's sentences (and its actors and integrations, each as one text)
     * @return the texts naming it, joined by stops; empty when none does
     */
    public static Words speakingOf(String capability, List<String> texts) {
        // the opening sentence says what the organisation is ("A city bike scheme"), which speaks of every capability
        Set<String> out = new java.util.LinkedHashSet<>(texts.isEmpty() ? List.of() : List.of(texts.get(0)));
        out.addAll(naming(capability, texts));
        return Words.of(String.join(" . ", out));
    }

    /**
     * The texts naming one of a capability's words, in their order (see {@link #speakingOf}): a word is named by any of its
     * forms ("warnings" by "warned", "escalation" by "escalated", "acknowledgements" by "acknowledges").
     */
    static List<String> naming(String capability, List<String> texts) {
        Set<String> own = new HashSet<>();
        contentTokens(capability).stream().filter(w -> w.length() >= 3 && !LINKING_WORDS.contains(w)).forEach(w -> own.add(root(w)));
        return texts.stream().filter(t -> contentTokens(t).stream().anyMatch(w -> own.contains(root(w)))).toList();
    }

    /**
     * A word without its endings, to tell two forms of one word: a plural "s", then one of "ment", "ion", "ing", "ed", then a
     * final "e" ("acknowledgements" and "acknowledged" are "acknowledg"); an ending is taken off only where four letters stay.
     */
    static String root(String word) {
        // a past form that no ending rule reaches ("paid by card" speaks of payments, "sold" of sales)
        String irregular = IRREGULAR_PAST.get(word);
        if (irregular != null) {
            return root(irregular);
        }
        String w = word.endsWith("s") && !word.endsWith("ss") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        for (String ending : ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    /** Past forms of verbs whose nouns capabilities are named by, with the noun that shares their root. */
    private static final Map<String, String> IRREGULAR_PAST = Map.of("paid", "payment", "sold", "sale", "bought", "buying", "held", "holding",
            "sent", "sending", "lent", "lending", "spent", "spending", "kept", "keeping", "built", "building");

    /** The endings {@link #root} takes off, one at most. */
    private static final List<String> ENDINGS = List.of("ment", "ion", "ing", "ed");

    /** Whether the capability's head, its last word, is one of these phrases. */
    public static boolean headIsOneOf(String capability, List<String> phrases) {
        List<String> words = contentTokens(capability);
        return !words.isEmpty() && Words.of(words.get(words.size() - 1)).containsAny(phrases);
    }

    private static String lastWord(String phrase) {
        List<String> words = contentTokens(phrase);
        return words.isEmpty() ? phrase : words.get(words.size() - 1);
    }

    /** The words of a text within {@link #NEAR} of any of the capability's words, joined, or empty when none occurs. */
    private static Optional<String> besideCapability(String text, List<String> own) {
        List<String> tokens = contentTokens(text == null ? "" : text);
        List<String> near = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (own.stream().anyMatch(w -> names(Words.of(token), w) || names(Words.of(token), singular(w)))) {
                // the window's words, each once, in their order; windows of two words are joined by a stop
                near.add(String.join(" ", tokens.subList(Math.max(0, i - NEAR), Math.min(tokens.size(), i + NEAR + 1))));
            }
        }
        return near.isEmpty() ? Optional.empty() : Optional.of(String.join(". ", near));
    }

    /** "events" is named by "event", "policies" by "policy": a capability written in the plural, as its records are. */
    private static String singular(String word) {
        return word.endsWith("ies") && word.length() > 4 ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }

    /** How many words either side of a capability's word a shape's phrase may be, to speak for it. */
    private static final int NEAR = 2;

    private static boolean names(Words words, String word) {
        return words.contains(word) || words.contains(stem(word));
    }

    static List<String> contentTokens(String sentence) {
        List<String> out = new ArrayList<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words that join a capability's name and identify nothing in it. */
    private static final Set<String> LINKING_WORDS = Set.of("and", "the", "for", "with", "from", "into", "via", "per", "our", "its", "all", "any", "not");

    /** The words of a capability name that can identify it in a sentence (not "the", "of", "and"). */
    static List<String> contentWords(String capability) {
        List<String> out = new ArrayList<>();
        for (String w : capability.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    /** "following" is named by "follow", "tracking" by "track": the verb of a capability written as a gerund. */
    static String stem(String word) {
        return word.endsWith("ing") && word.length() > 5 ? word.substring(0, word.length() - 3) : word;
    }

    /** A text's sentences (split at . ; ! ?), each stripped and with its spaces collapsed. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, text.substring(start, m.start()));
            start = m.end();
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
