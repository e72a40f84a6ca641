package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Evidence;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A capability named as the redo of a record ("rebilling", "re-rating", "resubmission"; {@link CapabilityNameGrammar#redo})
 * is designed as the correction of that record: a new version that supersedes the one issued, with its reason, referring
 * to the original. The mechanism is the record correction of {@code capability-shapes.yaml}, reused as it stands.
 */
final class RecordRedos {

    /** The shape of capability-shapes.yaml whose mechanism a redo is. */
    static final String CORRECTION = "record-correction";

    private RecordRedos() {
    }

    /**
     * The design of a redo, or empty where the capability's name is none.
     *
     * @param names the capability's names in the design
     * @param request the request whose other words must name the redone record
     * @param capabilities every capability of the request
     */
    static Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request, List<String> capabilities) {
        List<String> elsewhere = elsewhere(names.capability(), request, capabilities);
        Optional<CapabilityNameGrammar.Redo> redo = redo(names.capability(), elsewhere);
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        CapabilityShapes.CapabilityShape c = CapabilityShapes.standard().shapes().stream().filter(s -> s.id().equals(CORRECTION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("capability shape '" + CORRECTION + "' is missing: a redo reuses its mechanism"));
        // A record done again is its correction only where the request says the first was wrong ("a corrected read triggers a
        // rebill"); a booking moved after a cancellation is no correction of what was issued (word-senses.yaml redo)
        dev.architect.offline.internal.archetype.WordSenses.Reading reading = dev.architect.offline.internal.archetype.WordSenses.standard()
                .readRedo(redo.get().word(), CORRECTION, around(names.capability(), redo.get(), request));
        if (!reading.counts()) {
            return Optional.empty();
        }
        // the record as the request names it: the word another capability's name uses ("bill" of "bill run", "rating" of "usage
        // rating"), else the base the request names ("bill"), else the noun ("booking")
        List<String> capabilityWords = CapabilityNameGrammar.words(String.join(" ", capabilities)).stream().map(Names::singular).toList();
        List<String> named = CapabilityNameGrammar.words(String.join(" ", elsewhere.stream().filter(java.util.Objects::nonNull).toList()))
                .stream().map(Names::singular).toList();
        String noun = Names.singular(redo.get().noun());
        String base = capabilityWords.contains(redo.get().base()) ? redo.get().base() : capabilityWords.contains(noun) ? noun
                : named.contains(redo.get().base()) ? redo.get().base() : noun;
        String requirement = "Each ${name} redoes " + ("aeiou".indexOf(base.charAt(0)) >= 0 ? "an " : "a ") + base + " already issued, referring to"
                + " the original (its subject_type '" + base + "' and subject_id) and the version it supersedes, with a reason. "
                + Character.toUpperCase(c.requirement().charAt(0)) + c.requirement().substring(1);
        CapabilityShapes.CapabilityShape shape = new CapabilityShapes.CapabilityShape(c.id(), c.label(), c.phrases(), c.notWithin(), c.otherSenses(),
                c.needContext(), c.context(), c.sharedAs(), requirement, c.entities(), c.schemas(), c.operations(), c.flows(), c.byIntegration(),
                c.performer(), c.action());
        Evidence evidence = new Evidence(RequestField.CAPABILITY, redo.get().word(), names.capability(), reading.note().isEmpty() ? null : reading.note());
        return Optional.of(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null));
    }

    /**
     * Whether a capability's name is the redo of a record the request names elsewhere ("re-rating" beside "usage rating"):
     * then it is that record's correction, never the catalogue's plain record of the bare noun (a rating is no review).
     *
     * @param capability the capability's name
     * @param request the request whose other words must name the redone record
     * @param capabilities every capability of the request
     * @return true when the name is such a redo
     */
    static boolean isRedo(String capability, ConsultationRequest request, List<String> capabilities) {
        return redo(capability, elsewhere(capability, request, capabilities)).isPresent();
    }

    private static Optional<CapabilityNameGrammar.Redo> redo(String capability, List<String> elsewhere) {
        return CapabilityNameGrammar.standard().redo(capability, String.join(" . ", elsewhere.stream().filter(java.util.Objects::nonNull).toList()));
    }

    /**
     * The texts around a redo, nearest first: the capability's name, then the sentences of the description and goals and
     * the actors and integrations that say the redo ("rebill", "rebills" for "rebilling").
     */
    private static List<String> around(String capability, CapabilityNameGrammar.Redo redo, ConsultationRequest request) {
        String prefix = redo.word().substring(0, redo.word().length() - redo.noun().length());
        List<String> forms = List.of(redo.word(), prefix + redo.base());
        List<String> out = new ArrayList<>(List.of(capability));
        List<String> texts = new ArrayList<>(CapabilityShapes.sentences(request.description()));
        request.goals().forEach(g -> texts.addAll(CapabilityShapes.sentences(g)));
        request.actors().forEach(a -> texts.add(a.name() + ": " + (a.description() == null ? "" : a.description())));
        request.integrations().forEach(i -> texts.add(i.name() + ": " + (i.purpose() == null ? "" : i.purpose())));
        texts.stream().filter(t -> forms.stream().anyMatch(f -> dev.architect.offline.internal.catalog.Words.of(t).contains(f))).forEach(out::add);
        return out;
    }

    /** The request's words other than the capability's own name: the other capabilities, description, goals, actors and integrations. */
    private static List<String> elsewhere(String capability, ConsultationRequest request, List<String> capabilities) {
        List<String> elsewhere = new ArrayList<>();
        capabilities.stream().filter(c -> !c.equalsIgnoreCase(capability)).forEach(elsewhere::add);
        elsewhere.add(request.description());
        elsewhere.addAll(request.goals());
        request.actors().stream().map(Actor::description).forEach(elsewhere::add);
        request.integrations().stream().map(Integration::purpose).forEach(elsewhere::add);
        return elsewhere;
    }
}
