package dev.architect.offline.internal.design;

import dev.architect.figures.VendorUsage;
import dev.architect.internal.facts.StatedCount;
import dev.architect.internal.facts.StatedFact;
import dev.architect.offline.internal.catalog.Words;
import java.util.List;
import java.util.Optional;

/**
 * The use of a vendor read from what its integration carries: the request counts things ("2.5 million have a daily job
 * alert", "1,200 appointment reminders a day") and the purpose of the integration the design prices as that vendor says
 * it carries them ("alert and application emails", "appointment reminders by SMS"), so each thing counted is one use. The
 * count is the request's, given, with its phrase and the purpose's words as evidence.
 *
 * <p>For a vendor of messages the system sends (an SMS or e-mail provider) the thing counted must be what one message
 * carries (a reminder, an alert: sms-flows.yaml {@code messages}); a count of the work people do through the channel
 * ("sessions" started by SMS) is not a count of messages.
 *
 * <p>The thing counted must stand in the purpose as what is carried, not as whom or what it goes to: "SMS to drivers"
 * beside "300 drivers a day" counts drivers, not texts, and is not read.
 */
final class CarriedCounts {

    /** Words before a noun of the purpose that make it the receiver or the subject, not the thing carried. */
    private static final List<String> NOT_CARRIED = List.of("to", "for", "about", "from", "of", "by", "with", "at", "on");

    private CarriedCounts() {
    }

    /**
     * The first stated count whose counted thing the purpose of the integration, already read as this vendor, names as
     * carried; a count that names the vendor's own unit ("2 million SMS a month") is read by the caller before this.
     *
     * @param purpose the integration's purpose, or null
     * @param usage   the vendor's unit of use
     * @param volumes the request's stated counts
     * @return the month's count with its evidence, or empty
     */
    static Optional<StatedFact> carried(String purpose, VendorUsage usage, List<StatedCount> volumes) {
        if (purpose == null || purpose.isBlank()) {
            return Optional.empty();
        }
        Words said = Words.of(purpose);
        for (StatedCount c : volumes) {
            String[] words = c.noun().trim().split("\\s+");
            String head = words[words.length - 1];
            // a vendor of messages the system sends is used once per message counted, never once per session or order
            // ("22 million sessions a month" beside "SMS sessions and reminders"): only a count of what a message carries is its use
            if (usage.sentByTheSystem() && !SmsFlows.standard().carriesMessage(head)) {
                continue;
            }
            if (head.length() < 3 || usage.named(head) || !said.contains(head) || NOT_CARRIED.stream()
                    .anyMatch(p -> said.contains(p + " " + head) || said.contains(p + " the " + head) || said.contains(p + " their " + head))) {
                continue;
            }
            return Optional.of(new StatedFact(c.perMonth(), c.evidence() + " as stated, each sent through the integration whose purpose is \""
                    + purpose.strip() + "\"", c.field()));
        }
        return Optional.empty();
    }
}
