package dev.architect.offline.internal.design;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How often the flows that send or receive text messages run, from {@code sms-flows.yaml}: once for each item of work
 * the flow serves (a refill ready for pickup, an appointment due), so where the request states how many such items come
 * a month, the flow runs that often; otherwise a rate per monthly active user, stated as an assumption of its own with a
 * low and a high, and asked as an open question, since it can decide the budget verdict. With the steps of each flow to
 * and from the SMS provider they give the messages a month.
 */
final class SmsFlows {

    static final String RESOURCE = "/dev/architect/offline/sms-flows.yaml";

    /**
     * A flow's runs: once per item of work named by {@code per} (singular words a stated count may name), else
     * {@code perUserMonth} per monthly active user (between {@code low} and {@code high}), with why and the question
     * that settles it.
     */
    record Runs(List<String> per, double perUserMonth, double low, double high, String basis, String question) {

        /** The runs per monthly user a scenario assumes: the low end for the low scenario, the high for the high, else the base. */
        double at(dev.architect.dossier.ScenarioName scenario) {
            return switch (scenario) {
                case LOW -> low;
                case HIGH -> high;
                case BASE -> perUserMonth;
            };
        }
    }

    /** The file's shape. */
    record File(List<String> messages, Map<String, Runs> flows) {
    }

    private final List<String> messages;
    private final Map<String, Runs> flows;

    private SmsFlows(List<String> messages, Map<String, Runs> flows) {
        this.messages = messages;
        this.flows = flows;
    }

    private static final class Holder {
        static final SmsFlows STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "SMS flows", SmsFlows::read);
    }

    static SmsFlows standard() {
        return Holder.STANDARD;
    }

    /** Whether a noun names what one message the system sends carries ("reminders", "alert"), as the file's messages list. */
    boolean carriesMessage(String noun) {
        return messages.contains(Names.singular(noun.toLowerCase(java.util.Locale.ROOT)));
    }

    /** How often an archetype flow runs, when the file says. */
    Optional<Runs> runs(String flowId) {
        return Optional.ofNullable(flows.get(flowId));
    }

    /** The items a flow serves, in the plural, as a list that reads "refills, orders or appointments". */
    static String items(Runs r) {
        List<String> plural = r.per().stream().map(x -> x.endsWith("y") && !x.endsWith("ay") && !x.endsWith("ey") ? x.substring(0, x.length() - 1) + "ies"
                : x.endsWith("s") || x.endsWith("sh") || x.endsWith("ch") ? x + "es" : x + "s").toList();
        return plural.size() <= 1 ? String.join("", plural)
                : String.join(", ", plural.subList(0, plural.size() - 1)) + " or " + plural.get(plural.size() - 1);
    }

    /**
     * Whether a stated count counts an item a flow serves: a one-word item as the count's noun names it ("refills" a
     * refill), an item of several words where the noun holds them in order ("text refills").
     */
    static boolean counts(dev.architect.internal.facts.StatedCount count, String item) {
        if (!item.contains(" ")) {
            return count.counts(item);
        }
        String noun = " " + count.noun() + " ";
        return noun.contains(" " + item + " ") || noun.contains(" " + item + "s ");
    }

    /** The assumption a flow's rate per monthly user is stated under, when the request states no count of its items. */
    static String assumption(String flowId) {
        return "as-sms-" + flowId;
    }

    /** The open question that settles a flow's assumed rate. */
    static String question(String flowId) {
        return "oq-sms-" + flowId;
    }

    /**
     * Reads the file; a flow no archetype draws, a missing or non-positive rate, a low above the rate or a high below it,
     * no item words, or a blank basis or question fails naming the flow.
     */
    static SmsFlows read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "SMS flows");
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (dev.architect.offline.internal.archetype.Archetype a : dev.architect.offline.internal.archetype.Archetypes.standard().archetypes()) {
            a.flows().forEach(f -> drawn.add(f.id()));
            (a.kinds() == null ? List.<dev.architect.offline.internal.archetype.Archetype.Kind>of() : a.kinds())
                    .forEach(k -> (k.flows() == null ? List.<dev.architect.offline.internal.archetype.Archetype.Flow>of() : k.flows()).forEach(f -> drawn.add(f.id())));
        }
        Map<String, Runs> flows = new LinkedHashMap<>();
        (file.flows() == null ? Map.<String, Runs>of() : file.flows()).forEach((id, r) -> {
            String at = where + ": flows." + id;
            if (!drawn.contains(id)) {
                throw new IllegalStateException(at + ": no archetype draws a flow of that id");
            }
            if (r == null || !(r.perUserMonth() > 0) || Double.isInfinite(r.perUserMonth())) {
                throw new IllegalStateException(at + ".perUserMonth must be a positive number");
            }
            if (!(r.low() > 0) || r.low() > r.perUserMonth() || r.high() < r.perUserMonth() || Double.isInfinite(r.high())) {
                throw new IllegalStateException(at + ": low must be above 0 and at most perUserMonth, high at least perUserMonth");
            }
            if (r.per() == null || r.per().isEmpty() || r.per().stream().anyMatch(p -> p == null || !p.matches("[a-z]+( [a-z]+)*"))) {
                throw new IllegalStateException(at + ".per must list the items a run serves, in lower-case words");
            }
            if (r.basis() == null || r.basis().isBlank()) {
                throw new IllegalStateException(at + ".basis must say why");
            }
            if (r.question() == null || r.question().isBlank()) {
                throw new IllegalStateException(at + ".question must ask what settles the rate");
            }
            flows.put(id, r);
        });
        return new SmsFlows(dev.architect.offline.internal.catalog.Words.phrases(where, "messages", file.messages()), flows);
    }
}
