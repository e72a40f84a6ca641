package dev.architect.offline.internal.rules;

import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.internal.facts.StatedFact;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much money the request says moves ({@code money-volumes.yaml}): a month's money movements from the stated counts
 * (else the assumption per monthly user), the bound a second they set on the money writes, and how many payouts one
 * payout run carries.
 */
final class MoneyVolumes {

    static final String RESOURCE = "/dev/architect/offline/money-volumes.yaml";

    /**
     * One cadence of payout runs.
     *
     * @param words        whole words that say it
     * @param runsPerMonth runs in a month of 730 hours
     */
    record Cadence(List<String> words, Double runsPerMonth) {
    }

    /** The file's shape. */
    record File(Double movementsPerUserPerMonth, String movementsBasis, List<String> payoutWords, Map<String, Cadence> cadences,
                String defaultCadence, String cadenceBasis, List<String> payeeWords) {
    }

    /**
     * A month's money movements or payouts.
     *
     * @param perMonth how many a month
     * @param basis    where the figure comes from, with its arithmetic
     * @param assumed  true when nothing in the request counts them
     */
    record Volume(double perMonth, String basis, boolean assumed) {
    }

    private final File file;
    /** Each cadence word as a whole-word pattern, compiled once: a sentence is searched for the earliest of them. */
    private final Map<String, Pattern> cadenceWords = new LinkedHashMap<>();

    private MoneyVolumes(File file) {
        this.file = file;
        file.cadences().values().forEach(c -> c.words().forEach(word -> cadenceWords.computeIfAbsent(word,
                w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b"))));
    }

    private static final class Holder {
        static final MoneyVolumes STANDARD = DataFiles.shipped(RESOURCE, "money volumes", MoneyVolumes::read);
    }

    static MoneyVolumes standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads the file; an unknown key, a missing or non-positive figure, a blank basis, a cadence without words or a
     * default cadence the file does not define fails naming the file and the entry.
     */
    static MoneyVolumes read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File f = DataFiles.read(in, where, File.class, "money volumes");
        if (f.movementsPerUserPerMonth() == null || !(f.movementsPerUserPerMonth() > 0) || f.movementsPerUserPerMonth().isInfinite()) {
            throw new IllegalStateException(where + ": movementsPerUserPerMonth must be a positive number");
        }
        if (f.movementsBasis() == null || f.movementsBasis().isBlank() || f.cadenceBasis() == null || f.cadenceBasis().isBlank()) {
            throw new IllegalStateException(where + ": movementsBasis and cadenceBasis must say why");
        }
        if (f.payoutWords() == null || f.payoutWords().isEmpty()) {
            throw new IllegalStateException(where + ": payoutWords must list the words that say payouts are made");
        }
        if (f.payeeWords() == null || f.payeeWords().isEmpty()) {
            throw new IllegalStateException(where + ": payeeWords must list the words that say someone is paid");
        }
        if (f.cadences() == null || f.cadences().isEmpty()) {
            throw new IllegalStateException(where + ": cadences must list at least one cadence");
        }
        f.cadences().forEach((name, c) -> {
            String at = where + ": cadences." + name;
            if (c == null || c.words() == null || c.words().isEmpty()) {
                throw new IllegalStateException(at + ".words must list the words that say it");
            }
            if (c.runsPerMonth() == null || !(c.runsPerMonth() > 0) || c.runsPerMonth().isInfinite()) {
                throw new IllegalStateException(at + ".runsPerMonth must be a positive number");
            }
        });
        if (!f.cadences().containsKey(f.defaultCadence())) {
            throw new IllegalStateException(where + ": defaultCadence '" + f.defaultCadence() + "' is not one of cadences " + f.cadences().keySet());
        }
        return new MoneyVolumes(f);
    }

    /**
     * A month's money movements: the stated counts of the money capabilities, else the stated counts of what the system
     * does (each moves money once), else the monthly active users at the file's figure (an assumption).
     *
     * @param stated  the figures the request states in its words
     * @param w       the workload
     * @param money   the capabilities that move money
     */
    Volume movements(StatedFacts stated, Workload w, List<String> money) {
        List<StatedFact> own = money.isEmpty() ? List.of() : stated.actionVolumes(money);
        if (!own.isEmpty()) {
            return counted(own, "");
        }
        List<StatedFact> actions = stated.actionVolumes(w.capabilities());
        if (!actions.isEmpty()) {
            return counted(actions, ", each moving money once");
        }
        double users = w.monthlyActiveUsers();
        double perMonth = users * file.movementsPerUserPerMonth();
        return new Volume(perMonth, Numbers.format(users) + " monthly active users" + (w.isGiven("load.monthlyActiveUsers") ? " (load.monthlyActiveUsers)" : " (assumed)")
                + " x " + Numbers.format(file.movementsPerUserPerMonth()) + " money movements a user a month (assumed, the request counts none: "
                + file.movementsBasis() + ") = " + Numbers.format(Numbers.round(perMonth, 0)) + " a month", true);
    }

    private static Volume counted(List<StatedFact> counts, String each) {
        double perMonth = counts.stream().mapToDouble(StatedFact::value).sum();
        return new Volume(perMonth, String.join(" + ", counts.stream().map(v -> Numbers.format(Numbers.round(v.value(), 0)) + " a month (stated: "
                + v.phrase() + ")").toList()) + each, false);
    }

    /**
     * The bound a second a month's movements set at peak: / 2,628,000 s x the peak over the average (the stated spike
     * factor, else {@link Workload#PEAK_TO_AVERAGE}), rounded to 2 decimals.
     */
    static double atPeak(Volume v, StatedFacts stated) {
        return Numbers.round(v.perMonth() / Workload.SECONDS_PER_MONTH * shape(stated), 2);
    }

    static double shape(StatedFacts stated) {
        return stated.spikeFactor().map(StatedFact::value).orElse(Workload.PEAK_TO_AVERAGE);
    }

    /**
     * Payouts one run carries: the stated counts of the payout capabilities (else every money movement, an upper bound) /
     * the runs a month the request's sentence on payouts names (else the default cadence, an assumption).
     *
     * @param request   the request, for the sentence that says how often payouts run
     * @param stated    the figures the request states in its words
     * @param payouts   the capabilities whose name says they pay out
     * @param movements the month's money movements ({@link #movements})
     * @return the payouts a run and its arithmetic; assumed when either figure is
     */
    Volume perRun(ConsultationRequest request, StatedFacts stated, List<String> payouts, Volume movements) {
        List<StatedFact> own = payouts.isEmpty() ? List.of() : stated.actionVolumes(payouts);
        if (own.isEmpty() && payees(request, payouts).isEmpty()) {
            // Customers who pay are no payees: with nobody named as paid, no payout volume is designed from the money that moves
            return new Volume(0, "who is paid out: no actor (actors[].description) or sentence of the description names anyone paid, and no "
                    + "payouts are counted, so no payout volume is designed from the money that moves: 0 payouts a run until it says who is paid "
                    + "and how many", true);
        }
        Volume month = own.isEmpty() ? new Volume(movements.perMonth(), "every money movement may end in a payout, an upper bound: " + movements.basis(), true)
                : counted(own, "");
        Optional<Map.Entry<String, String>> said = cadence(request);
        String name = said.map(Map.Entry::getKey).orElse(file.defaultCadence());
        double runs = file.cadences().get(name).runsPerMonth();
        double perRun = Numbers.round(month.perMonth() / runs, 0);
        boolean assumed = month.assumed() || said.isEmpty();
        String runText = "(" + month.basis() + ") / " + Numbers.format(runs) + " runs a month (" + name + ": "
                + said.map(e -> "the request's words \"" + e.getValue() + "\"").orElse("assumed, the request says not how often: " + file.cadenceBasis())
                + ") = " + Numbers.format(perRun) + " payouts a run";
        // The people paid, as many as the request says there are ("850 member growers"): each is paid at most once a run, so a
        // run carries that many, fewer only when the stated payouts a month spread over the runs are fewer
        Optional<Map.Entry<String, StatedFact>> paid = payeeActor(request, payouts)
                .flatMap(actor -> StatedFacts.population(request, plural(actor)).map(f -> Map.entry(actor, f)));
        if (paid.isPresent() && (assumed || paid.get().getValue().value() < perRun)) {
            StatedFact people = paid.get().getValue();
            double each = Numbers.round(people.value(), 0);
            return new Volume(each, "the people paid, as the request counts them: " + Numbers.format(each) + " " + plural(paid.get().getKey())
                    + " (given: " + people.evidence() + "), each paid at most once a run = " + Numbers.format(each) + " payouts a run"
                    + (assumed ? "" : ", fewer than the stated payouts spread over the runs: " + runText), false);
        }
        return new Volume(perRun, (assumed ? "how many payouts a run carries, so: " : "the stated payouts and how often they run: ") + runText, assumed);
    }

    /**
     * The actor the request says is paid, by the last word of its name in lower case ("grower"): the first actor the
     * words that name the payees ({@link #payees}) name, or the first named as receiving money ("riders are paid").
     */
    private Optional<String> payeeActor(ConsultationRequest request, List<String> payouts) {
        Optional<String> evidence = payees(request, payouts);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        Words said = Words.of(evidence.get());
        for (var a : request.actors()) {
            String[] words = a.name().toLowerCase(Locale.ROOT).strip().split("\\s+");
            String head = words[words.length - 1];
            if (said.contains(head) || said.contains(plural(head))) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the request says who is paid, when it does: a sentence or an actor's description with a word that says someone
     * receives money ("drivers are paid out weekly", "payouts to sellers", "salaries"), or a payout capability or sentence
     * that names an actor beside its payout word ("driver payouts" with an actor Driver). A payout word alone ("payout
     * reconciliation with partners") names no payee: paying customers and partners who settle are not paid out.
     *
     * @param request the request
     * @param payouts the capabilities whose name says they pay out
     * @return the words that name the payees, quoted; empty when nobody is named
     */
    Optional<String> payees(ConsultationRequest request, List<String> payouts) {
        List<String> actorNames = request.actors().stream().map(a -> a.name().toLowerCase(Locale.ROOT).strip()).toList();
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        texts.addAll(request.constraints());
        request.integrations().stream().map(Integration::purpose).forEach(texts::add);
        request.actors().stream().map(a -> a.description()).forEach(texts::add);
        Words elsewhere = Words.of(String.join(". ", texts.stream().filter(java.util.Objects::nonNull).toList()) + ". " + String.join(". ", actorNames));
        for (String capability : payouts) {
            // "restaurant payouts" where the request speaks of restaurants, "driver payouts" beside an actor Driver: the word
            // before the payout word names who is paid, unless it says when ("weekly payouts")
            String[] words = capability.toLowerCase(Locale.ROOT).strip().split("\\s+");
            for (int i = 1; i < words.length; i++) {
                String before = words[i - 1];
                boolean payoutAt = Words.of(words[i]).containsAny(file.payoutWords());
                boolean when = cadenceWords.keySet().stream().anyMatch(c -> c.equals(before));
                if (payoutAt && !when && elsewhere.contains(before)) {
                    return Optional.of("capability \"" + capability + "\"");
                }
            }
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = SENTENCES.matcher(text);
            while (m.find()) {
                Words sentence = Words.of(m.group());
                boolean paid = sentence.containsAny(file.payeeWords());
                boolean namesActor = sentence.containsAny(file.payoutWords()) && actorNames.stream().anyMatch(sentence::contains)
                        || sentence.containsAny(receiving(actorNames));
                if (paid || namesActor) {
                    return Optional.of("\"" + m.group().strip() + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The phrases that name an actor as receiving money ("growers paid within 10 days", "payments to growers", "pay the
     * growers"): an actor followed by "paid", or after "payments to" or "pay"; "growers pay" is the actor paying.
     */
    private static List<String> receiving(List<String> actorNames) {
        List<String> out = new ArrayList<>();
        for (String actor : actorNames) {
            for (String form : List.of(actor, plural(actor))) {
                for (String phrase : List.of(form + " paid", form + " are paid", "payments to " + form, "payment to " + form, "payments to the " + form,
                        "pay " + form, "pays " + form, "pay the " + form, "pays the " + form, "paying " + form)) {
                    out.add(phrase);
                }
            }
        }
        return out;
    }

    /** An actor's name in the plural, as the request speaks of many ("grower" - "growers", "delivery" - "deliveries"). */
    private static String plural(String actor) {
        return actor.endsWith("s") ? actor : actor.endsWith("y") ? actor.substring(0, actor.length() - 1) + "ies" : actor + "s";
    }

    /** Whether a capability's name says it pays out ("driver payouts", "seller disbursements"). */
    boolean paysOut(String capability) {
        return Words.of(capability).containsAny(file.payoutWords());
    }

    private static final Pattern SENTENCES = Pattern.compile("[^.;!?\\n]+");

    /**
     * The cadence the first sentence naming payouts (or the payees: an actor whose description says it receives payouts)
     * states, by its name and the words found: the earliest word in that sentence.
     */
    private Optional<Map.Entry<String, String>> cadence(ConsultationRequest request) {
        List<String> named = new ArrayList<>(file.payoutWords());
        request.actors().stream().filter(a -> a.description() != null && Words.of(a.description()).containsAny(file.payoutWords()))
                .map(a -> a.name().toLowerCase(Locale.ROOT).trim()).forEach(name -> {
                    named.add(name);
                    named.add(name + "s");
                });
        // A sentence that says an actor receives money ("our riders are paid every week") says how often payouts run too
        named.addAll(receiving(request.actors().stream().map(a -> a.name().toLowerCase(Locale.ROOT).strip()).toList()));
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        texts.addAll(request.constraints());
        request.integrations().stream().map(Integration::purpose).forEach(texts::add);
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = SENTENCES.matcher(text);
            while (m.find()) {
                String sentence = m.group().toLowerCase(Locale.ROOT);
                if (!Words.of(sentence).containsAny(named)) {
                    continue;
                }
                // Where the payout is named: a cadence word nearest to it says how often it runs ("6,000 deliveries a day, and our
                // riders are paid every week" pays weekly)
                List<int[]> at = new ArrayList<>();
                for (String word : named) {
                    Matcher n = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(sentence);
                    while (n.find()) {
                        at.add(new int[] {n.start(), n.end()});
                    }
                }
                Map<String, String> found = new LinkedHashMap<>();
                int best = Integer.MAX_VALUE;
                String bestName = null;
                for (Map.Entry<String, Cadence> c : file.cadences().entrySet()) {
                    for (String word : c.getValue().words()) {
                        Matcher cadence = cadenceWords.get(word).matcher(sentence);
                        while (cadence.find()) {
                            int from = cadence.start();
                            int to = cadence.end();
                            // the gap between the two, in characters: nothing between them is 0 or 1
                            int distance = at.stream().mapToInt(p -> from >= p[1] ? from - p[1] : to <= p[0] ? p[0] - to : 0).min().orElse(from);
                            if (distance < best) {
                                best = distance;
                                bestName = c.getKey();
                                found.put(c.getKey(), word);
                            }
                        }
                    }
                }
                if (bestName != null) {
                    return Optional.of(Map.entry(bestName, found.get(bestName)));
                }
            }
        }
        return Optional.empty();
    }
}
