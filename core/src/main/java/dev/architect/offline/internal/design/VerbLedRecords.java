package dev.architect.offline.internal.design;

import dev.architect.dossier.OpenQuestion;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A capability named by its verbs ("enrol and randomise a patient", "dispense the right kit at each visit", "book a truck
 * slot") is those commands on its object's record, not the catalogue's CRUD of a noun in it and not a placeholder: the
 * record is named after the object ({@link CapabilityNameGrammar#verbLed}), each verb is a command leading to the state named
 * after it, and where the request does not say what a command produces, an open question asks it. A name whose verbs are all
 * generic record keeping ("add and edit a supplier") keeps the catalogue's record.
 */
final class VerbLedRecords {

    private VerbLedRecords() {
    }

    /** A verb-led reading of the name whose verbs are not all generic record keeping, or empty. */
    static Optional<CapabilityNameGrammar.VerbLed> commanding(String capability, ConsultationRequest request) {
        return CapabilityNameGrammar.standard().verbLed(capability, RecordLifecycles.sentences(request),
                request.actors().stream().map(Actor::name).toList()).filter(l -> !l.keepingOnly());
    }

    /**
     * The resource of a verb-led capability, named after its object, where no archetype claims it and the catalogue claims
     * it as CRUD or not at all (a payment, a search or an ingest the catalogue names keeps its own flow); empty otherwise.
     *
     * @param capability the capability's name
     * @param request    the request whose sentences decide a verb the name's grammar leaves unsure
     * @param catalogue  the catalogue whose row may claim the capability
     * @param context    the request's words the catalogue reads
     * @param claimed    whether an archetype claims the capability
     * @param taken      the resource names already used (the new one is added)
     */
    static Optional<Topology.Resource> resource(String capability, ConsultationRequest request, Catalogue catalogue, Words context, boolean claimed,
                                                Set<String> taken) {
        if (claimed) {
            return Optional.empty();
        }
        Optional<CapabilityNameGrammar.VerbLed> led = commanding(capability, request);
        if (led.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResourceShape> row = catalogue.resourceFor(capability, context);
        if (row.isPresent() && row.get().flow() != ResourceFlow.CRUD) {
            return Optional.empty();
        }
        String singular = Names.table(recordName(led.get()));
        while (!taken.add(singular)) {
            singular = singular + "_item";
        }
        return Optional.of(new Topology.Resource(singular, Names.pluralOfLast(singular.replace('_', '-')), ResourceFlow.OPEN, List.of()));
    }

    /**
     * The record a verb-led name keeps: the act of its first verb where that verb holds its object for a time and the
     * lexicon names its act ("book a sailing": a booking, which refers to the sailing), else its object ("inspect a weld": weld).
     */
    static String recordName(CapabilityNameGrammar.VerbLed led) {
        String first = led.verbs().get(0);
        RecordLifecycles.Verb known = RecordLifecycles.standard().known(first);
        if (CapabilityNameGrammar.standard().verbLed().holding().contains(first) && known != null && !known.acts().isEmpty()) {
            return Names.singular(known.acts().get(0));
        }
        return led.singular();
    }

    /**
     * A verb the lifecycle lexicon does not know, as a command leading to the state named after it ("randomise":
     * RANDOMISED, "lock": LOCKED, "pay": PAID), done by the record's owner unless a sentence names who does it.
     */
    static RecordLifecycles.Verb derived(String base) {
        String participle = participle(base);
        List<String> forms = new ArrayList<>(List.of(base, third(base)));
        if (!forms.contains(participle)) {
            forms.add(participle);
        }
        return new RecordLifecycles.Verb(base, forms, participle.toUpperCase(Locale.ROOT), RecordLifecycles.By.OWNER, false, List.of(), false,
                List.of(), false, false, false);
    }

    /** A verb's participle: an irregular one of sentence-records.yaml read backwards ("pay": paid), else by the regular endings. */
    static String participle(String base) {
        for (Map.Entry<String, String> e : SentenceRecords.standard().irregular().entrySet()) {
            if (e.getValue().equals(base)) {
                return e.getKey();
            }
        }
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (base.length() > 2 && base.endsWith("y") && !vowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        return doubled(base) ? base + base.charAt(base.length() - 1) + "ed" : base + "ed";
    }

    /** A verb's -ing form ("randomise": randomising, "lock": locking, "ship": shipping). */
    static String gerund(String base) {
        if (base.endsWith("e") && !base.endsWith("ee") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        return doubled(base) ? base + base.charAt(base.length() - 1) + "ing" : base + "ing";
    }

    private static String third(String base) {
        if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch") || base.endsWith("sh")) {
            return base + "es";
        }
        if (base.length() > 2 && base.endsWith("y") && !vowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    /** A short verb of one consonant, one vowel, one consonant doubles its last letter ("ship": shipped; "lock", "recall": no). */
    private static boolean doubled(String base) {
        int n = base.length();
        return n >= 3 && n <= 4 && !vowel(base.charAt(n - 1)) && "wxy".indexOf(base.charAt(n - 1)) < 0 && vowel(base.charAt(n - 2))
                && !vowel(base.charAt(n - 3));
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * The open questions of verb-led capabilities designed as a record with a lifecycle: for each verb of the name the
     * lifecycle lexicon does not know, what the command produces and from what (the request names the act, not its result).
     *
     * @param request the request
     * @param t       the topology whose capabilities are asked about
     */
    static List<OpenQuestion> questions(ConsultationRequest request, Topology t) {
        List<OpenQuestion> out = new ArrayList<>();
        for (Topology.Capability c : t.capabilities) {
            if (c.shaped() == null || !c.shaped().ownsDesign() || !c.shaped().shape().id().equals("record-lifecycle")) {
                continue;
            }
            Optional<CapabilityNameGrammar.VerbLed> led = commanding(c.name(), request);
            if (led.isEmpty()) {
                continue;
            }
            String object = c.resource().singular().replace('_', ' ');
            for (String verb : led.get().verbs()) {
                if (RecordLifecycles.standard().known(verb) != null) {
                    continue;
                }
                out.add(new OpenQuestion("oq-command-" + c.slug() + "-" + verb,
                        "What does " + gerund(verb) + " " + Names.withArticle(object) + " produce in '" + c.name() + "', and from what?",
                        "The design keeps '" + verb + "' as a command that moves " + Names.withArticle(object) + " to "
                                + participle(verb).toUpperCase(Locale.ROOT) + " (only from the state before it, 409 otherwise); what the command"
                                + " reads, decides and records besides (a value drawn, a quantity taken, a document made) is not said by the request",
                        List.of(), null));
            }
        }
        return out;
    }
}
