package dev.architect.offline.internal.design;

import dev.architect.dossier.OpenQuestion;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.internal.facts.StatedCount;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.offline.internal.catalog.CountDirections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request's own volumes bound to the capability that writes them: each count a period the request states ("about 2.3
 * million parcels a week", "12k bookings/day", "4.5 million journeys on a weekday", read by {@link StatedFacts#volumes()})
 * and each rate a second, minute or hour ("11,000 taps per second") whose counted noun a capability's name holds in its
 * object (the words before "from", "for", "of" ...), whole words in the singular, and not as what a view of it reads
 * ("journey history"). One such capability: bound. Several: the sentence does not say which writes them, so none is
 * chosen and an open question asks. A count of people, places or years is never a volume (the reader reads counts a
 * period only).
 *
 * <p>A bound count sets that part's writes at peak (its reads, when it counts look-ups or views): the month's count over
 * {@link Workload#SECONDS_PER_MONTH} times the usual day's peak over its average; a rate a second is already the peak.
 *
 * @param bound the capabilities bound, by name, in capabilities order
 * @param ambiguous the counts several capabilities could write, each with the names it could bind to
 * @param conflicts the capabilities two disagreeing counts bind to, each with both counts' evidence
 */
record StatedPartRates(Map<String, Bound> bound, List<Ambiguous> ambiguous, List<String> conflicts) {

    /** The assumption that names how the stated volumes became the parts' loads. */
    static final String NOTE = "stated-part-load";

    /**
     * One capability's load from a stated volume.
     *
     * @param capability the capability, as the request names it
     * @param perSecond its writes (or reads) a second at peak
     * @param reads whether the volume counts look-ups or views (reads), not records written
     * @param arithmetic the count, its conversion to a second at peak, and the quoted phrase
     * @param quote the field and the phrase it was read from
     */
    record Bound(String capability, double perSecond, boolean reads, String arithmetic, String quote) {
    }

    /**
     * A stated volume whose noun several capabilities act on.
     *
     * @param evidence the volume as stated, quoted
     * @param capabilities the capabilities it could bind to
     */
    record Ambiguous(String evidence, List<String> capabilities) {
    }

    /** Words that end the object of a capability's name: what comes after them is its input or audience. */
    private static final Set<String> ENDS_OBJECT = Set.of("from", "for", "of", "to", "by", "with", "via", "into", "in", "on", "at", "per");
    /** Nouns after a counted noun in a capability's name that make it a view that reads the records ("journey history", "order search"). */
    private static final Set<String> VIEWS = Set.of("lookup", "look-up", "view", "search", "query", "history", "list", "listing", "dashboard",
            "statement", "summary", "overview", "analytics", "report", "export");
    /** Articles: a name that holds one is a verb and its object ("book a sailing with a vehicle"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Two counts of the same part differ when one is more than this share above the other. */
    private static final double DISAGREE = 0.1;
    /** "11,000 taps per second", "300 scans/min", "2,000 orders an hour": a rate within the day. */
    private static final Pattern SHORT_RATE = Pattern.compile("\\b" + StatedFacts.NUMBER + "\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)"
            + "(?:\\s+(?:a|an|per|each|every)\\s+|\\s*/\\s*)(second|sec|s|minute|min|hour|hr)\\b");

    /**
     * Reads the request's volumes and binds each to the capability that writes it.
     *
     * @param description the request's description
     * @param goals its goals
     * @param stated its stated facts
     * @param capabilities the capabilities, as named
     * @param actors the request's actors, by name: a count of them a period is people, not what they do
     * @param shape the usual day's peak over its average
     * @return the bindings, the ambiguous counts and the conflicts
     */
    static StatedPartRates of(String description, List<String> goals, StatedFacts stated, List<String> capabilities, List<String> actors,
                              double shape) {
        Map<String, List<Bound>> found = new LinkedHashMap<>();
        List<Ambiguous> ambiguous = new ArrayList<>();
        // "2.5 million monthly players" counts people (the monthly users, or an actor): no volume of anything they do
        Set<String> people = new java.util.HashSet<>();
        actors.forEach(a -> {
            String[] w = a.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+");
            people.add(Names.singular(w[w.length - 1]));
        });
        Optional<String> users = stated.users().map(u -> u.phrase().toLowerCase(Locale.ROOT));
        for (StatedCount c : stated.volumes()) {
            List<String> nouns = List.of(c.noun().toLowerCase(Locale.ROOT).trim().split("\\s+"));
            String phrase = c.phrase().toLowerCase(Locale.ROOT);
            if (people.contains(Names.singular(nouns.get(nouns.size() - 1))) || users.filter(u -> u.contains(phrase) || phrase.contains(u)).isPresent()
                    || LIMIT.matcher(before(description, goals, c.phrase())).find() || nouns.get(0).equals("free")) {
                continue;
            }
            double perSecond = Numbers.round(c.perMonth() / Workload.SECONDS_PER_MONTH * shape, 4);
            String quote = c.field() + " \"" + c.phrase() + "\"";
            String arithmetic = c.evidence() + " / " + Numbers.format(Workload.SECONDS_PER_MONTH) + " s x " + Numbers.format(shape)
                    + " (the usual day's peak over its average) = " + Numbers.shown(perSecond);
            boolean reads = CountDirections.standard().of(before(description, goals, c.phrase()), c.noun()) == CountDirections.Direction.READ;
            bind(c.noun(), reads, quote, perSecond, arithmetic, capabilities, found, ambiguous);
        }
        for (String[] text : texts(description, goals)) {
            Matcher m = SHORT_RATE.matcher(text[1].toLowerCase(Locale.ROOT));
            while (m.find()) {
                double n = StatedFacts.number(m, 1);
                double perSecond = switch (m.group(5)) {
                    case "minute", "min" -> n / 60;
                    case "hour", "hr" -> n / 3600;
                    default -> n;
                };
                perSecond = Numbers.round(perSecond, 4);
                String phrase = text[1].substring(m.start(), m.end());
                String quote = text[0] + " \"" + phrase + "\"";
                String arithmetic = perSecond == n ? Numbers.format(n) + " a second, as stated (" + quote + "), taken as the peak"
                        : quote + " = " + Numbers.shown(perSecond) + " a second, taken as the peak";
                boolean reads = CountDirections.standard().of(text[1].substring(0, m.start()), m.group(4)) == CountDirections.Direction.READ;
                bind(m.group(4), reads, quote, perSecond, arithmetic, capabilities, found, ambiguous);
            }
        }
        Map<String, Bound> bound = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (String capability : capabilities) {
            List<Bound> all = found.getOrDefault(capability, List.of());
            if (all.isEmpty()) {
                continue;
            }
            double low = all.stream().mapToDouble(Bound::perSecond).min().orElseThrow();
            double high = all.stream().mapToDouble(Bound::perSecond).max().orElseThrow();
            if (high > low * (1 + DISAGREE)) {
                conflicts.add(capability + ": " + String.join(" against ", all.stream().map(Bound::arithmetic).toList()));
            } else {
                bound.put(capability, all.get(0));
            }
        }
        return new StatedPartRates(bound, ambiguous, conflicts);
    }

    /** Words before a count that make it a limit per person, not a volume: "a metered paywall allows 5 free articles a month". */
    private static final Pattern LIMIT = Pattern.compile("\\b(?:allows?|allowed|allowing|limits?|limited\\s+to|capped\\s+at|at\\s+most|"
            + "no\\s+more\\s+than|quota\\s+of|maximum\\s+of)\\s+(?:about\\s+)?$");

    /** The words of a phrase's sentence before it, lower case; empty where the phrase stands in none of the texts. */
    private static String before(String description, List<String> goals, String phrase) {
        List<String> all = new ArrayList<>(goals);
        all.add(0, description == null ? "" : description);
        for (String text : all) {
            int at = text.indexOf(phrase);
            if (at >= 0) {
                String head = text.substring(0, at).toLowerCase(Locale.ROOT);
                return head.substring(Math.max(head.lastIndexOf(". "), head.lastIndexOf("; ")) + 1);
            }
        }
        return "";
    }

    /** The description and each goal, with the field each is in. */
    private static List<String[]> texts(String description, List<String> goals) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"description", description == null ? "" : description});
        for (int i = 0; i < goals.size(); i++) {
            out.add(new String[] {"goals[" + i + "]", goals.get(i)});
        }
        return out;
    }

    private static void bind(String noun, boolean reads, String quote, double perSecond, String arithmetic, List<String> capabilities,
                             Map<String, List<Bound>> found, List<Ambiguous> ambiguous) {
        List<String> words = List.of(noun.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        String head = Names.singular(words.get(words.size() - 1));
        List<String> writers = capabilities.stream().filter(c -> writes(c, head)).toList();
        if (reads && writers.size() > 1) {
            // things read ("gates check 180,000 passes a day") are read by the capability named for checking them ("gate pass
            // check"), not by the one that keeps them ("pass sales")
            List<String> checking = writers.stream().filter(c -> checks(c, head)).toList();
            writers = checking.size() == 1 ? checking : writers;
        }
        if (writers.size() > 1) {
            // the capability whose name holds every word of the counted noun ("work orders" of "work orders", not "order packing")
            List<String> whole = writers.stream().filter(c -> words.stream().allMatch(w -> object(c).contains(Names.singular(w)))).toList();
            writers = whole.size() == 1 ? whole : writers;
        }
        if (writers.size() > 1) {
            // the capability named after the record itself ("inspection reports", not "report approval", which keeps approvals)
            List<String> named = writers.stream().filter(c -> object(c).get(object(c).size() - 1).equals(head)).toList();
            writers = named.size() == 1 ? named : writers;
        }
        if (writers.size() == 1) {
            found.computeIfAbsent(writers.get(0), k -> new ArrayList<>()).add(new Bound(writers.get(0), perSecond, reads, arithmetic, quote));
        } else if (writers.size() > 1 && ambiguous.stream().noneMatch(a -> a.evidence().equals(quote))) {
            ambiguous.add(new Ambiguous(quote, writers));
        }
    }

    /** Whether a capability's name holds the noun followed by a noun of reading it ("pass check", "forecast lookup"). */
    private static boolean checks(String capability, String head) {
        List<String> words = object(capability);
        int at = words.indexOf(head);
        return at >= 0 && at + 1 < words.size()
                && CountDirections.standard().of("", words.get(at + 1)) == CountDirections.Direction.READ;
    }

    /** The words of a capability's name before the first word that ends its object, in the singular. */
    private static List<String> object(String capability) {
        List<String> out = new ArrayList<>();
        for (String w : capability.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            if (ENDS_OBJECT.contains(w)) {
                break;
            }
            if (!w.isEmpty()) {
                out.add(Names.singular(w));
            }
        }
        return out;
    }

    /**
     * Whether a capability's name holds the noun as what it keeps or does ("journey building", "parcel drop-off", "bookings"),
     * not as what a view of it reads ("journey history", "order search"), nor as its input ("journey building from taps" holds
     * no taps of its own), nor as the object of a verb ("book a sailing" writes bookings, not sailings).
     */
    private static boolean writes(String capability, String head) {
        List<String> words = object(capability);
        for (int i = 0; i < words.size(); i++) {
            if (ARTICLES.contains(words.get(i))) {
                return false; // "book a sailing": the noun is a verb's object, and what the capability writes is the booking
            }
            if (words.get(i).equals(head) && (i == words.size() - 1 || !VIEWS.contains(words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The open questions: one for each volume several capabilities could write, one for each part two volumes disagree on.
     *
     * @return the questions, ids {@code oq-volume-N}
     */
    List<OpenQuestion> questions() {
        List<OpenQuestion> out = new ArrayList<>();
        int n = 0;
        for (Ambiguous a : ambiguous) {
            out.add(new OpenQuestion("oq-volume-" + (++n), "Which capability writes the volume " + a.evidence() + ": "
                    + String.join(" or ", a.capabilities()) + "? Each acts on what it counts, so none takes it and their load stays the "
                    + "assumed weights (assumption as-part-load)", "the parts' load and what each part is sized for", options(a.capabilities()), null));
        }
        for (String c : conflicts) {
            out.add(new OpenQuestion("oq-volume-" + (++n), "Two stated volumes disagree for " + c + "; which holds? Neither is used and the "
                    + "part keeps the assumed weights (assumption as-part-load)", "the parts' load and what each part is sized for",
                    List.of("the first", "the second", "neither: the capability's load is another figure"), null));
        }
        return out;
    }

    private static List<String> options(List<String> capabilities) {
        List<String> out = new ArrayList<>(capabilities);
        out.add("several of them, each its own share");
        return out;
    }

    /**
     * Whether nothing was bound or questioned.
     *
     * @return true when the request's volumes name no capability
     */
    boolean isEmpty() {
        return bound.isEmpty() && ambiguous.isEmpty() && conflicts.isEmpty();
    }
}
