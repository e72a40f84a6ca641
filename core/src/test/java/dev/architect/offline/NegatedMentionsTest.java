package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.Recognised;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a request says it does not want designs nothing: a mechanism named only in a negated clause ("we do not take card
 * payments", "no realtime needed", "payments are out of scope") is not recognised, and its decisions, tables and risks
 * are absent. A negation that belongs to something else ("no booking may be lost") keeps the mechanism.
 */
class NegatedMentionsTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** Music tutors on Azure, two developers: payments, chat and video are each ruled out in a different phrasing. */
    private static final String TUTORS = """
            system: TutorNest
            description: >
              A booking site where 300 independent music tutors publish weekly availability and students book 45-minute
              lessons. Payments are out of scope for now (tutors invoice students themselves) and we do not need realtime
              chat. Lessons happen in person, without video. No lesson booking may be lost or double-booked.
            capabilities: [tutor profiles, availability, lesson booking, reminders]
            load: {peakRequestsPerSecond: 40, readWriteRatio: 20, monthlyActiveUsers: 12000}
            team: {size: 2, expertise: [TypeScript, Node.js, PostgreSQL]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    /** A farm shop on GCP that takes card payments and says they must never be lost: the negation is of the loss. */
    private static final String FARM_SHOP = """
            system: Hedgerow
            description: >
              An online farm shop for 2,000 weekly customers: customers order vegetable boxes and pay by card through Stripe.
              Card payments never lost, and no order is charged twice.
            capabilities: [catalogue, orders, card payments]
            integrations: [{name: Stripe, purpose: card payments and refunds}]
            load: {peakRequestsPerSecond: 25, readWriteRatio: 15}
            team: {size: 3, expertise: [Python, Django, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west2]}
            """;

    private static List<String> archetypes(String yaml) {
        ConsultationRequest r = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(r, r.capabilities()).stream().map(x -> x.archetype().id()).toList();
    }

    @Test
    void mechanismsTheRequestRulesOutAreNotDesigned() {
        assertThat(archetypes(TUTORS)).contains("booking-scheduling")
                .doesNotContain("payments-ledger", "realtime-messaging", "realtime-delivery", "video-sessions");
        Consultation c = ARCHITECT.consult(RequestReader.readString(TUTORS));
        assertThat(c.decision(DecisionTopic.REALTIME_TRANSPORT)).isEmpty();
        assertThat(c.dataModel().entities()).extracting(e -> e.name()).doesNotContain("payment", "ledger_entry");
        assertThat(c.risks()).noneMatch(r -> r.title().contains("Provider succeeded") || r.title().toLowerCase(java.util.Locale.ROOT).contains("reconnect"));
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void aNegationOfAHarmKeepsTheMechanism() {
        assertThat(archetypes(FARM_SHOP)).contains("payments-ledger");
        Consultation c = ARCHITECT.consult(RequestReader.readString(FARM_SHOP));
        assertThat(c.dataModel().entities()).extracting(e -> e.name()).contains("payment");
    }

    @Test
    void theSameWordsWithoutTheNegationDesignTheMechanism() {
        // the control: the tutors' request once the exclusions are lifted does design payments and chat
        String wanted = TUTORS.replace("Payments are out of scope for now (tutors invoice students themselves) and we do not need realtime\n  chat.",
                "Students pay for lessons by card through Stripe, and tutors and students exchange messages in realtime\n  chat.");
        assertThat(wanted).isNotEqualTo(TUTORS);
        assertThat(archetypes(wanted)).contains("payments-ledger", "booking-scheduling");
    }

    @Test
    void theEvidenceQuotesTheSentenceThatCountsNotTheOneThatRulesItOut() {
        String yaml = """
                system: Spokes
                description: >
                  We do not offer search across repair invoices. Mechanics search 6,000 spare parts by name and fit at the counter.
                capabilities: [spare parts, repairs]
                """;
        ConsultationRequest r = RequestReader.readString(yaml);
        Recognised search = Archetypes.standard().recognise(r, r.capabilities()).stream().filter(x -> x.archetype().id().equals("search"))
                .findFirst().orElseThrow();
        assertThat(search.because()).doesNotContain("We do not offer").contains("'Mechanics search 6,000 spare parts by name and fit at the counter.' says 'search'");
        // ruled out in the only sentence that names it: not recognised at all
        ConsultationRequest none = RequestReader.readString(yaml.replace("Mechanics search 6,000 spare parts", "Mechanics find 6,000 spare parts"));
        assertThat(Archetypes.standard().recognise(none, none.capabilities())).noneMatch(x -> x.archetype().id().equals("search"));
    }
}
