package dev.architect.deliverables.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A sentence spliced after "because" ("Good, because ...", "Chosen option: ..., because ...") reads as a clause: an
 * ordinary first word is in lower case, while names keep their capital (GDPR, the system's name, a product the dossier
 * names mid-sentence). Requests written for this test: a pet-clinic booking site under GDPR, a wine club's orders, a
 * delivery-van telemetry feed.
 */
class SplicedClausesTest {

    private static final List<String> REQUESTS = List.of("""
            system: Petwise
            description: Online booking for a chain of pet clinics in Germany and France, with reminders by email and a customer portal.
            capabilities: [appointments, pet records, reminders, invoices]
            load: {peakRequestsPerSecond: 80, monthlyActiveUsers: 60000}
            data: {initialVolumeGb: 50, growthGbPerMonth: 2, retentionYears: 10}
            compliance: [GDPR]
            deployment: {cloud: aws}
            """, """
            system: Corkline
            description: A wine club sells monthly cases to members; members manage subscriptions and pay by card.
            capabilities: [subscriptions, orders, payments, member accounts]
            load: {peakRequestsPerSecond: 150, monthlyActiveUsers: 40000}
            data: {initialVolumeGb: 20, growthGbPerMonth: 1, retentionYears: 7}
            budget: {monthlyUsd: 3000}
            deployment: {cloud: azure}
            """, """
            system: VanBeacon
            description: Delivery vans send their position and engine readings every 10 seconds; dispatchers watch a live map and alerts.
            capabilities: [telemetry ingestion, live map, alerts, trip history]
            load: {peakRequestsPerSecond: 3000, monthlyActiveUsers: 500}
            data: {initialVolumeGb: 500, growthGbPerMonth: 200, retentionYears: 2}
            deployment: {cloud: gcp}
            """);

    /** "because" and the first word after it. */
    private static final Pattern SPLICE = Pattern.compile("because (\\p{Lu})([\\p{L}-]*)");
    /** A capitalised word used mid-sentence, after a word in lower case: how the dossier writes a name. */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Ll}[\\p{L}'-]*,? (\\p{Lu}[\\p{L}-]*)");
    /** Ordinary words that open the standalone sentences decisions are written from. */
    private static final Set<String> ORDINARY = Set.of("A", "An", "The", "What", "Every", "Each", "It", "No", "One", "Nothing", "All",
            "Most", "Takes", "Users", "Simplest", "Writes", "Stops");

    @Test
    void aClauseAfterBecauseStartsInLowerCaseUnlessItStartsWithAName() throws Exception {
        int splices = 0;
        int names = 0;
        for (String yaml : REQUESTS) {
            Consultation c = OfflineArchitect.create().consult(RequestReader.readString(yaml));
            List<? extends Deliverable> pages = new MarkdownRenderer().render(c, List.of());
            Set<String> midSentence = new HashSet<>(List.of(c.system().split("[^\\p{L}]+")));
            List<String> all = new ArrayList<>();
            for (Deliverable d : pages) {
                Matcher m = NAME.matcher(d.content());
                while (m.find()) {
                    midSentence.add(m.group(1));
                }
                all.add(d.content());
            }
            for (Deliverable d : pages.stream().map(Deliverable.class::cast).filter(p -> p.path().startsWith("decisions/")).toList()) {
                Matcher m = SPLICE.matcher(d.content());
                while (m.find()) {
                    String word = m.group(1) + m.group(2);
                    boolean moreCapitals = m.group(2).chars().anyMatch(Character::isUpperCase);
                    assertThat(ORDINARY).as(d.path() + ": because " + word).doesNotContain(word);
                    assertThat(moreCapitals || midSentence.contains(word) || midSentence.contains(word.split("-")[0]))
                            .as(d.path() + ": 'because " + word + "' starts with an ordinary word").isTrue();
                    names++;
                }
                splices += d.content().split("because ", -1).length - 1;
            }
        }
        // Many splices were read, and names survived among them (GDPR, the system names)
        assertThat(splices).isGreaterThan(60);
        assertThat(names).isGreaterThan(0);
    }
}
