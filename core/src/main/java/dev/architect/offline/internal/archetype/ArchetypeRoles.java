package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role an archetype's bare word must play where a request uses it, from {@code archetype-roles.yaml}: an act of the
 * archetype counts only with one of its objects as what it acts on ("members upload photos", not "readers upload taps"),
 * an object only as the head of what is said ("photos of the damage", not "the photo booth"). One engine reads every
 * archetype the file lists; the file's grammar (function words) also tells {@link WordSenses} that a selecting word which
 * only modifies another noun ("card" of "card terminal") selects nothing.
 *
 * @param grammar the function words the reading needs
 * @param roles each listed archetype's acts and objects
 * @param hardRequirements archetype id to what it carries that makes a weak reading a question rather than nothing
 */
public record ArchetypeRoles(Grammar grammar, List<Role> roles, Map<String, String> hardRequirements) {

    public static final String RESOURCE = "/dev/architect/offline/archetype-roles.yaml";

    /** A clause ends at these marks; a comma inside "500,000" does not end one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:()]|,(?=\\s)|\\s[-\u2013\u2014]\\s");

    /** Words that join two objects into one ("patterns and photos"): neither an end of the object nor a word of it. */
    private static final Set<String> JOINERS = Set.of("and", "or");

    /** The preposition after which an act written as a noun names what it acts on. */
    private static final String OF = "of";

    /** How many words an act looks past for its object, and how many before it for an object in the passive. */
    private static final int AFTER = 4;
    private static final int BEFORE = 2;

    /**
     * Closed lists of function words.
     *
     * @param boundaries words that end the object's noun phrase or start another clause
     * @param determiners words that stand before an object without being it
     * @param auxiliaries verbs of being and getting between an object and its act in the passive
     * @param manners words that say how or where an act is done, not what it acts on
     * @param ourselves first-person subjects ("we claim", "we submit claims")
     * @param towards prepositions after an object naming who it is sent to ("a claim to the insurer")
     */
    public record Grammar(List<String> boundaries, List<String> determiners, List<String> auxiliaries, List<String> manners,
                          List<String> ourselves, List<String> towards) {

        public Grammar {
            // both required: without them no object would ever read as sent by us, silently
            ourselves = Words.phrases(RESOURCE + ": grammar", "ourselves", ourselves);
            towards = Words.phrases(RESOURCE + ": grammar", "towards", towards);
            manners = Words.phrases(RESOURCE + ": grammar", "manners", manners);
            boundaries = Words.phrases(RESOURCE + ": grammar", "boundaries", boundaries);
            determiners = Words.phrases(RESOURCE + ": grammar", "determiners", determiners);
            auxiliaries = Words.phrases(RESOURCE + ": grammar", "auxiliaries", auxiliaries);
        }

        boolean function(String word) {
            return boundaries.contains(word) || determiners.contains(word) || JOINERS.contains(word);
        }
    }

    /**
     * One archetype's acts and the objects its mechanism handles.
     *
     * @param archetype the archetype's id
     * @param acts its acts, each form a request writes
     * @param objects what it handles, singular
     * @param outward acts by which the organisation sends one of the objects to another party (it then handles none)
     */
    public record Role(String archetype, List<String> acts, List<String> objects, List<String> outward) {

        public Role {
            String where = RESOURCE + ": archetype '" + archetype + "'";
            if (archetype == null || archetype.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a role without an archetype");
            }
            acts = acts == null ? List.of() : Words.phrases(where, "acts", acts);
            objects = Words.phrases(where, "objects", objects);
            outward = outward == null ? List.of() : Words.phrases(where, "outward", outward);
        }

        boolean isAct(String phrase) {
            return Words.of(phrase).firstMatch(acts).isPresent();
        }

        boolean isObject(String phrase) {
            return Words.of(phrase).firstMatch(objects).isPresent();
        }

        boolean own(String word) {
            return isAct(word) || isObject(word);
        }
    }

    /**
     * How a word reads in the texts around it.
     *
     * @param counts whether it plays the archetype's role in one of them
     * @param note the role found, or why none was, quoting the text; empty when the archetype or the word is not read here
     */
    public record Reading(boolean counts, String note) {
        static final Reading UNLISTED = new Reading(true, "");
    }

    public ArchetypeRoles {
        if (grammar == null) {
            throw new IllegalStateException(RESOURCE + ": no grammar");
        }
        roles = List.copyOf(roles == null ? List.of() : roles);
        hardRequirements = Map.copyOf(hardRequirements == null ? Map.of() : hardRequirements);
        Set<String> seen = new HashSet<>();
        for (Role r : roles) {
            if (!seen.add(r.archetype())) {
                throw new IllegalStateException(RESOURCE + ": archetype '" + r.archetype() + "' is listed twice");
            }
        }
    }

    private static final class Holder {
        static final ArchetypeRoles STANDARD = checked(DataFiles.shipped(RESOURCE, ArchetypeRoles.class, "archetype roles"), Archetypes.standard(), RESOURCE);
    }

    /** The shipped roles, read once and checked against the shipped archetypes. */
    public static ArchetypeRoles standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a roles file and checks it against an archetype catalogue; the error names the entry.
     *
     * @param in the file
     * @param source its name, for errors
     * @param catalogue the archetypes its ids must name
     * @return the checked roles
     */
    public static ArchetypeRoles read(InputStream in, String source, Archetypes catalogue) {
        return checked(DataFiles.read(in, source, ArchetypeRoles.class, "archetype roles"), catalogue, source);
    }

    private static ArchetypeRoles checked(ArchetypeRoles roles, Archetypes catalogue, String source) {
        List<String> ids = new ArrayList<>(roles.roles().stream().map(Role::archetype).toList());
        ids.addAll(roles.hardRequirements().keySet());
        for (String id : ids) {
            if (catalogue.byId(id).isEmpty()) {
                throw new IllegalStateException(source + ": archetype '" + id + "' is not in the archetype catalogue");
            }
        }
        roles.hardRequirements().forEach((id, what) -> {
            if (what == null || what.isBlank()) {
                throw new IllegalStateException(source + ": hardRequirements." + id + " says nothing");
            }
        });
        return roles;
    }

    /** What the archetype carries that makes a weak reading of its word a question, if anything. */
    public Optional<String> hardRequirement(String archetype) {
        return Optional.ofNullable(hardRequirements.get(archetype));
    }

    /**
     * How an archetype's phrase reads in the texts around it, nearest first: it counts where, in one of them, it plays the
     * archetype's role. A phrase of several words, a word the archetype's role does not list, or an archetype this file
     * does not list is not read here.
     *
     * @param archetype the archetype's id
     * @param phrase the archetype's phrase as found
     * @param texts the texts around it, nearest first (a capability's name, then the sentences naming it)
     * @param people words naming the people who may do an act (the request's actors)
     * @return whether it counts, with the role found or why none was
     */
    public Reading read(String archetype, String phrase, List<String> texts, Collection<String> people) {
        Optional<Role> role = roles.stream().filter(r -> r.archetype().equals(archetype)).findFirst();
        if (role.isEmpty() || CapabilityShapes.contentTokens(phrase).size() != 1 || !role.get().own(phrase)) {
            return Reading.UNLISTED;
        }
        if (role.get().isObject(phrase)) {
            Optional<String> sent = sentByUs(role.get(), phrase, texts);
            if (sent.isPresent()) {
                return new Reading(false, sent.get());
            }
        }
        String weak = null;
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            for (String sentence : CapabilityShapes.sentences(text)) {
                // the field the word was found in is quoted beside the reading already; a text around it is quoted here
                String quoted = k == 0 ? "" : " in '" + ShapeCorroboration.shorten(sentence) + "'";
                for (String clause : CLAUSE_END.split(sentence)) {
                    List<String> tokens = CapabilityShapes.contentTokens(clause);
                    for (int i = 0; i < tokens.size(); i++) {
                        if (!Words.of(tokens.get(i)).contains(phrase)) {
                            continue;
                        }
                        Reading r = role.get().isObject(phrase) ? asObject(role.get(), tokens, i, phrase, quoted)
                                : asAct(role.get(), tokens, i, phrase, quoted, people);
                        if (r.counts()) {
                            return r;
                        }
                        weak = weak == null ? r.note() : weak;
                    }
                }
            }
        }
        return new Reading(false, weak == null ? "'" + phrase + "' plays no role of the mechanism where it stands" : weak);
    }

    /**
     * Where, in any of the texts, the organisation sends the object to another party ("submits a claim to the insurer", "we
     * claim 25 percent from HMRC", "we file applications", "claims are submitted to the fund"): the reading, quoting it; empty
     * where the role has no outward acts or no text says so. Such an object is a submission we make, not one we handle.
     */
    private Optional<String> sentByUs(Role role, String phrase, List<String> texts) {
        if (role.outward().isEmpty() || !role.isObject(phrase)) {
            return Optional.empty();
        }
        for (String text : texts) {
            for (String sentence : CapabilityShapes.sentences(text)) {
                for (String clause : CLAUSE_END.split(sentence)) {
                    List<String> tokens = CapabilityShapes.contentTokens(clause);
                    for (int i = 0; i < tokens.size(); i++) {
                        if (Words.of(tokens.get(i)).contains(phrase) || Words.of(phrase).contains(tokens.get(i))) {
                            Optional<String> how = sentAt(role, tokens, i);
                            if (how.isPresent()) {
                                return Optional.of("'" + phrase + "' is sent by us, not handled: '" + how.get() + "' in '" + ShapeCorroboration.shorten(sentence) + "'");
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where any of the texts says the organisation sends an archetype's object word to another party (see {@link #read}): the
     * reading, quoting the words; empty where none does or the archetype lists no outward acts. Read over every text of the
     * request that uses the word, so a bare "Gift Aid repayment claims" of an integration is read as the claims we make.
     *
     * @param archetype the archetype's id
     * @param phrase the object word as found
     * @param texts the request's texts that may use it
     * @return the reading, when the object is ours to send
     */
    public Optional<String> sentByUs(String archetype, String phrase, List<String> texts) {
        Optional<Role> role = roles.stream().filter(r -> r.archetype().equals(archetype)).findFirst();
        return role.isEmpty() || CapabilityShapes.contentTokens(phrase).size() != 1 ? Optional.empty() : sentByUs(role.get(), phrase, texts);
    }

    /** The words showing the object at {@code i} sent by us to another party, or empty. */
    private Optional<String> sentAt(Role role, List<String> tokens, int i) {
        // "we claim": the object's word used as our verb
        if (i > 0 && grammar.ourselves().contains(tokens.get(i - 1))) {
            return Optional.of(tokens.get(i - 1) + " " + tokens.get(i));
        }
        // "a claim to the insurer", "claims are submitted to the fund": towards a party that is not us
        int j = i + 1;
        while (j < tokens.size() && grammar.auxiliaries().contains(tokens.get(j))) {
            j++;
        }
        if (j < tokens.size() && role.outward().contains(tokens.get(j))) {
            j++;
        }
        if (j < tokens.size() && grammar.towards().contains(tokens.get(j))) {
            int party = j + 1;
            while (party < tokens.size() && grammar.determiners().contains(tokens.get(party))) {
                party++;
            }
            if (party < tokens.size() && !grammar.ourselves().contains(tokens.get(party)) && !grammar.function(tokens.get(party))) {
                return Optional.of(String.join(" ", tokens.subList(i, party + 1)));
            }
        }
        // "we submit claims", "we file two applications": an outward act of ours before the object
        for (int k = i - 1, content = 0; k > 0 && content < BEFORE; k--) {
            String w = tokens.get(k);
            if (role.outward().contains(w) && grammar.ourselves().contains(tokens.get(k - 1))) {
                return Optional.of(String.join(" ", tokens.subList(k - 1, i + 1)));
            }
            if (grammar.boundaries().contains(w)) {
                break;
            }
            if (!grammar.determiners().contains(w)) {
                content++;
            }
        }
        return Optional.empty();
    }

    /** An object counts as the head of what is said: at a clause's end, before a function word or another word of the role. */
    private Reading asObject(Role role, List<String> tokens, int i, String phrase, String quoted) {
        if (i + 1 >= tokens.size() || grammar.function(tokens.get(i + 1)) || role.own(tokens.get(i + 1))) {
            return new Reading(true, "'" + phrase + "' named as what is handled" + quoted);
        }
        return new Reading(false, "'" + phrase + "' only qualifies '" + tokens.get(i + 1) + "'" + quoted);
    }

    /**
     * An act counts with one of the role's objects after it in its clause, or before it in the passive ("photos are
     * uploaded"); with nothing after it, where it stands alone or after a person who does it ("donor booking").
     */
    private Reading asAct(Role role, List<String> tokens, int i, String phrase, String quoted, Collection<String> people) {
        String seen = null;
        int content = 0;
        for (int j = i + 1; j < tokens.size() && content < AFTER; j++) {
            String w = tokens.get(j);
            if (j == i + 1 && OF.equals(w)) {
                continue; // the act as a noun names its object after "of": "an intake of new clubs", "the upload of scans"
            }
            if (grammar.boundaries().contains(w)) {
                break;
            }
            if (grammar.determiners().contains(w) || JOINERS.contains(w)) {
                continue;
            }
            Optional<String> object = objectAt(role, tokens, j);
            if (object.isPresent()) {
                return actsOn(phrase, object.get(), quoted);
            }
            seen = seen == null ? w : seen;
            content++;
        }
        String subject = null;
        content = 0;
        for (int j = i - 1; j >= 0 && content < BEFORE; j--) {
            String w = tokens.get(j);
            if (grammar.auxiliaries().contains(w) || grammar.manners().contains(w)) {
                continue;
            }
            if (grammar.function(w)) {
                break;
            }
            Optional<String> before = objectAt(role, tokens, j);
            if (before.isPresent()) {
                return actsOn(phrase, before.get(), quoted);
            }
            subject = subject == null ? w : subject;
            content++;
        }
        if (seen != null) {
            return new Reading(false, "'" + phrase + "' acts on '" + seen + "', which this mechanism does not keep" + quoted);
        }
        if (subject == null) {
            return new Reading(true, "'" + phrase + "' named on its own" + quoted);
        }
        if (Words.of(subject).containsAny(people)) {
            return new Reading(true, "'" + phrase + "' done by '" + subject + "'" + quoted);
        }
        return new Reading(false, "'" + phrase + "' of '" + subject + "', which this mechanism does not keep" + quoted);
    }

    private static Reading actsOn(String phrase, String object, String quoted) {
        return new Reading(true, "'" + phrase + "' acts on '" + object + "'" + quoted);
    }

    /** The role's object whose words start at {@code j}, as the text writes it. */
    private static Optional<String> objectAt(Role role, List<String> tokens, int j) {
        for (String o : role.objects()) {
            int length = CapabilityShapes.contentTokens(o).size();
            if (j + length <= tokens.size()) {
                String said = String.join(" ", tokens.subList(j, j + length));
                if (Words.of(said).contains(o)) {
                    return Optional.of(said);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word only modifies another noun wherever it stands in the text: every occurrence opens a noun phrase (at
     * the clause's start or after a determiner) and is followed by a word that is neither a function word nor one of
     * {@code vocabulary} ("card" of "the card terminal", while "card payments", "charged to the card" and "graded wrong
     * gets a regrade" keep it). A phrase of several words is never read so.
     *
     * @param text the text
     * @param word the word
     * @param vocabulary the words of the reading it would select (the ambiguous word and every sense's selecting words)
     * @return true when the word occurs and every occurrence modifies another noun
     */
    public boolean onlyModifies(String text, String word, Collection<String> vocabulary) {
        if (CapabilityShapes.contentTokens(word).size() != 1) {
            return false;
        }
        boolean found = false;
        for (String sentence : CapabilityShapes.sentences(text)) {
            for (String clause : CLAUSE_END.split(sentence)) {
                List<String> tokens = CapabilityShapes.contentTokens(clause);
                for (int i = 0; i < tokens.size(); i++) {
                    if (!Words.of(tokens.get(i)).contains(word)) {
                        continue;
                    }
                    found = true;
                    // a noun phrase opens with the word ("Card terminal: ...", "the card terminal") and goes on to another head;
                    // after a verb or a noun ("graded wrong gets a regrade") it says something of its own
                    boolean opens = i == 0 || grammar.determiners().contains(tokens.get(i - 1));
                    if (!opens || i + 1 >= tokens.size() || grammar.function(tokens.get(i + 1)) || Words.of(tokens.get(i + 1)).containsAny(vocabulary)) {
                        return false;
                    }
                }
            }
        }
        return found;
    }
}
