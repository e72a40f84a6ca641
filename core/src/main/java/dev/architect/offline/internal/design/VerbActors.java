package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who does a flow's act, as the request's actors say of themselves: the actor whose own description uses the verb of the
 * flow's command, its title or its capability's name ("Site coordinator: enrols and randomises patients" randomises a
 * patient; "Haulier: books slots" books a slot), or whose name is the agent of that verb ("Picker" picks). The grammar is
 * data, {@code actor-verbs.yaml}. A verb in a negated clause ("never approves a quote") is no evidence. The evidence is
 * read in tiers (the step's command, then the flow's title, then the capability's name); in the first tier where an actor
 * speaks, an actor whose description also names the act's object ("books slots" for "slot booking") wins over one that
 * only uses the verb; two actors with the same evidence are {@link Reading#ambiguous() ambiguous}: asked, never guessed.
 *
 * @param openers words after which an actor's description starts another act
 * @param generic verbs that say nothing about who does a particular act
 * @param nominals how a noun made from a verb gives the verb
 * @param agents how a person's noun (the last word of an actor's name) gives the verb that person does
 */
record VerbActors(List<String> openers, List<String> generic, List<Ending> nominals, List<Ending> agents) {

    static final String RESOURCE = "/dev/architect/offline/actor-verbs.yaml";

    /**
     * A word ending and what replaces it to give the verb.
     *
     * @param ending the ending of the noun
     * @param verb what replaces the ending
     */
    record Ending(String ending, String verb) {
        Ending {
            if (ending == null || !ending.matches("[a-z]+") || verb == null || !verb.matches("[a-z]*")) {
                throw new IllegalStateException(RESOURCE + ": ending '" + ending + "' -> '" + verb + "' must be lower-case letters");
            }
        }
    }

    VerbActors {
        openers = required("openers", openers);
        generic = required("generic", generic);
        nominals = List.copyOf(nominals == null ? List.of() : nominals);
        agents = List.copyOf(agents == null ? List.of() : agents);
        if (nominals.isEmpty() || agents.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": nominals and agents must each list at least one ending");
        }
    }

    private static List<String> required(String key, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is missing or empty");
        }
        for (String w : words) {
            if (w == null || !w.matches("[a-z]+")) {
                throw new IllegalStateException(RESOURCE + ": " + key + " entry '" + w + "' must be one lower-case word");
            }
        }
        return List.copyOf(words);
    }

    /** The words that join the items of a list, whose next item is in the person of the first. */
    private static final Set<String> LIST_JOINS = Set.of("and", "or", "then");

    private static final class Holder {
        static final VerbActors STANDARD = DataFiles.shipped(RESOURCE, VerbActors.class, "actor verbs");
    }

    static VerbActors standard() {
        return Holder.STANDARD;
    }

    /** Reads a grammar in the shipped layout; the error names the file, the entry and what is wrong. */
    static VerbActors read(java.io.InputStream in, String source) {
        return DataFiles.read(in, source, VerbActors.class, "actor verbs");
    }

    /**
     * What the actors' words say about who does an act: the one actor, or the actors that tie, and the verb read.
     *
     * @param actors the actors that say they do it (one: sure; two or more: ambiguous; none: the actors are silent)
     * @param verb the verb as the act's text writes it, or null when silent
     */
    record Reading(List<Topology.Actor> actors, String verb) {
        static final Reading SILENT = new Reading(List.of(), null);

        boolean sure() {
            return actors.size() == 1;
        }

        boolean ambiguous() {
            return actors.size() > 1;
        }
    }

    /**
     * Who does the act the texts name, read tier by tier (the first text first).
     *
     * @param tiers the texts of the act, most particular first (a step's command, a flow's title, a capability's name)
     * @param people the actors that may do it, in the request's order
     * @return the reading of the first tier where an actor's words use one of the text's verbs; silent when none does
     */
    Reading who(List<String> tiers, List<Topology.Actor> people) {
        return who(tiers, tiers.size(), people);
    }

    /**
     * Who does the act the texts name, where only the first {@code direct} texts may speak by a verb alone: a flow's title or
     * a capability's name is a summary ("Quote and accept a price"), so an actor speaks for it only by a verb on an object it
     * names too, never by the verb alone (a driver who "accepts offers" does not accept a rider's quote).
     *
     * @param tiers the texts of the act, most particular first
     * @param direct how many of the first texts (a step's own command and message) may speak by a verb alone
     * @param people the actors that may do it, in the request's order
     * @return the reading of the first tier where an actor's words speak; silent when none does
     */
    Reading who(List<String> tiers, int direct, List<Topology.Actor> people) {
        for (int i = 0; i < tiers.size(); i++) {
            String text = tiers.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Reading r = tier(text, people, i < direct);
            if (!r.actors().isEmpty()) {
                return r;
            }
        }
        return Reading.SILENT;
    }

    /**
     * The capabilities whose verb two or more actors' own descriptions say they do ("Members: cancel bookings" and "Steward:
     * cancels bookings when a machine breaks"): who does it is asked, one question per capability, never guessed.
     *
     * @param request the request whose actors are read
     * @param capabilities the capabilities' names
     * @return the questions, in the capabilities' order
     */
    static List<dev.architect.dossier.OpenQuestion> questions(dev.architect.request.ConsultationRequest request, List<String> capabilities) {
        List<Topology.Actor> people = request.actors().stream()
                .map(a -> new Topology.Actor(Names.slug(a.name()), a.name(), a.description(), false, false)).toList();
        List<dev.architect.dossier.OpenQuestion> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (String c : capabilities) {
            Reading r = standard().who(List.of(c), 0, people);
            String id = "oq-actor-" + Names.slug(c);
            if (!r.ambiguous() || !ids.add(id)) {
                continue;
            }
            List<String> names = r.actors().stream().map(Topology.Actor::name).toList();
            List<String> options = new ArrayList<>(names);
            options.add("Each of them, for their own part of it (a permission per actor)");
            out.add(new dev.architect.dossier.OpenQuestion(id, "Who does \"" + c + "\": " + String.join(", ", names.subList(0, names.size() - 1))
                            + " or " + names.get(names.size() - 1) + "?",
                    "Each of " + Names.list(r.actors().stream().map(a -> a.name() + " (\"" + a.description() + "\")").toList())
                            + " says it does an act of it, so the request does not say whose act the capability's flow is, who its command"
                            + " authorises, or whose name its records keep; the sequence draws the one whose words fit the flow best until"
                            + " this is answered",
                    options, null));
        }
        return out;
    }

    private Reading tier(String text, List<Topology.Actor> people, boolean byVerbAlone) {
        List<String> words = RecordLifecycles.tokens(text).stream().filter(w -> w.matches("[a-z]+") && w.length() >= 3).toList();
        List<Topology.Actor> withObject = new ArrayList<>();
        List<Topology.Actor> verbOnly = new ArrayList<>();
        String verb = null;
        for (Topology.Actor a : people) {
            Set<String> acts = acts(a);
            Words own = Words.of(a.description() == null ? "" : a.description());
            // the actor's best evidence: a verb of the text it uses on an object the text names too ("cancel bookings" for
            // "booking cancellation", whichever word the text's verb is), else a verb alone
            String best = null;
            boolean object = false;
            for (String w : words) {
                Set<String> forms = nounOrVerbForms(w);
                if (generic.contains(w) || forms.stream().anyMatch(generic::contains) || forms.stream().noneMatch(acts::contains)) {
                    continue;
                }
                boolean named = words.stream().anyMatch(o -> !o.equals(w) && o.length() >= 4 && own.contains(Names.singular(o)));
                if (best == null || named && !object) {
                    best = w;
                    object = named;
                }
            }
            if (best != null) {
                verb = verb == null ? best : verb;
                (object ? withObject : verbOnly).add(a);
            }
        }
        List<Topology.Actor> found = withObject.isEmpty() && byVerbAlone ? verbOnly : withObject;
        return found.isEmpty() ? Reading.SILENT : new Reading(List.copyOf(new LinkedHashSet<>(found)), verb);
    }

    /**
     * The verbs an actor says it does: each word that opens an act of its description (its first word, a word after
     * punctuation or an opener: "books, moves and cancels slots", "who upload revisions"), outside a negated clause, as
     * the verb it is a form of, and the verb its name's last word is the agent of ("Picker": pick).
     */
    Set<String> acts(Topology.Actor a) {
        Set<String> out = new LinkedHashSet<>();
        String description = a.description() == null ? "" : a.description();
        Words said = Words.of(description);
        List<String> t = RecordLifecycles.tokens(description);
        boolean opens = true;
        // a list goes on in the person its first act is written in: after "manages depots," a word without -s ("kit lists")
        // is another object, not another act; after an opener that takes a bare verb ("who upload", "may request") any form is
        boolean listed = false;
        Boolean third = null;
        for (String w : t) {
            boolean joins = w.matches("[,;:()]") || LIST_JOINS.contains(w);
            if (joins || openers.contains(w)) {
                opens = true;
                listed = joins;
                continue;
            }
            if (opens && w.matches("[a-z]+")) {
                boolean thirdPerson = w.endsWith("s") && !w.endsWith("ss");
                third = third == null ? thirdPerson : third;
                boolean samePerson = !listed || !third || thirdPerson;
                if (samePerson && !generic.contains(w) && !nounByEnding(w) && said.contains(w)) {
                    out.addAll(verbForms(w));
                }
            }
            opens = false;
        }
        List<String> name = RecordLifecycles.tokens(a.name().replaceAll("\\([^)]*\\)", " "));
        if (!name.isEmpty()) {
            String head = Names.singular(name.get(name.size() - 1));
            for (Ending e : agents) {
                if (head.endsWith(e.ending()) && head.length() - e.ending().length() >= 3) {
                    out.add(normal(head.substring(0, head.length() - e.ending().length()) + e.verb()));
                }
            }
        }
        out.removeIf(v -> v.length() < 3 || generic.contains(v));
        return out;
    }

    /**
     * Whether a word is a noun made from a verb by a long ending ("escalation target", "management"): in an actor's
     * description it names a thing, never the actor's act. Short endings (-al, -ing, -ery) end verbs too, so they do not count.
     */
    private boolean nounByEnding(String w) {
        String one = Names.singular(w);
        return nominals.stream().anyMatch(e -> e.ending().length() >= 4 && one.endsWith(e.ending()) && one.length() - e.ending().length() >= 3);
    }

    /** The verbs a word of an actor's description may be a form of: itself, without its -s, or the verb of its participle. */
    private static Set<String> verbForms(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(normal(w));
        out.add(normal(Names.singular(w)));
        if (w.endsWith("ed")) {
            out.add(normal(SentenceRecords.standard().verbOf(w)));
        }
        return out;
    }

    /** The verbs a word of an act's text may be a form of, a noun made from a verb included ("randomisation", "booking"). */
    private Set<String> nounOrVerbForms(String w) {
        Set<String> out = verbForms(w);
        String one = Names.singular(w);
        for (Ending e : nominals) {
            if (one.endsWith(e.ending()) && one.length() - e.ending().length() >= 3) {
                out.add(normal(one.substring(0, one.length() - e.ending().length()) + e.verb()));
            }
        }
        return out;
    }

    /** One spelling of the verbs written -ize or -ise ("randomize", "randomise"). */
    private static String normal(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.endsWith("ize") ? v.substring(0, v.length() - 3) + "ise" : v;
    }
}
