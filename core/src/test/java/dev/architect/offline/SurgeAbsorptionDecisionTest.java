package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A request that states a short, sharp surge in its own figures (its peak over a base rate it states, or a crowd that
 * queues) gets a decision on how the surge is absorbed (surge-absorption.yaml, catalogue section surgeAbsorption): a
 * waiting room admitting at the rate the write path sustains when a mechanism of the design guards a finite count and the
 * crowd comes at once, pre-scaling when nothing finite is contended, and no decision for a steady load or a rate that is a
 * limit, not a base.
 */
class SurgeAbsorptionDecisionTest {

    private static Consultation consult(String yaml) {
        return OfflineArchitect.create().consult(RequestReader.readString(yaml));
    }

    private static Optional<Decision> surge(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.SURGE_ABSORPTION).findFirst();
    }

    private static Optional<Container> waitingRoom(Consultation c) {
        return c.c4().containers().stream().filter(x -> x.id().equals("waiting-room")).findFirst();
    }

    private static List<CostLineItem> lines(Consultation c, String idPrefix) {
        return c.cost().items().stream().filter(i -> i.id().startsWith(idPrefix)).toList();
    }

    @Test
    void aConcertOnSaleWithAQueuedCrowdAndBookedSeatsGetsAWaitingRoomAdmittingAtTheWritePathsRate() {
        Consultation c = consult("""
                system: Encore
                description: >
                  We sell seats for concerts in arenas. Each seat is sold once. Most days are quiet, around 30 requests per
                  second. When a big tour goes on sale, 60,000 fans are waiting in the queue at 10:00 and traffic jumps to
                  6,000 requests per second.
                capabilities: [seat booking, my tickets]
                load: {peakRequestsPerSecond: 6000, readWriteRatio: 12}
                team: {size: 5, expertise: [Java, PostgreSQL, AWS]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        Decision d = surge(c).orElseThrow();
        // the waiting room names the parts the cost prices (the service and its in-memory queue), no CDN it does not price
        assertThat(d.chosenOption()).contains("Virtual Waiting Room on AWS").contains("ElastiCache for Redis").doesNotContain("CloudFront");
        String drivers = String.join(" ", d.drivers());
        // 6,000 / 30 = 200 times the stated base
        assertThat(drivers).contains("peak over the stated base load 200x").contains("people arriving or waiting at once 60,000");
        // peak writes 6,000 / (12 + 1) = 461.54/s; each admitted person writes 20 / (12 + 1) = 1.54; 461.54 / 1.54 = 300 a second
        assertThat(drivers).contains("people admitted a second 300/s");
        Container room = waitingRoom(c).orElseThrow();
        assertThat(room.description()).contains("admits people at the rate the write path sustains");
        assertThat(c.c4().relationships()).anyMatch(r -> r.destinationId().equals(room.id()) && r.description().contains("admission tokens"));
        assertThat(lines(c, "waiting-room-compute")).singleElement().satisfies(l -> assertThat(l.assumption()).contains("admits 300 people a second"));
        assertThat(lines(c, "waiting-room-queue")).hasSize(1);
        // its API: join, and poll the place with Retry-After until admitted
        assertThat(c.apis()).anySatisfy(api -> assertThat(api.operations()).extracting(o -> o.operationId())
                .contains("joinWaitingRoom", "pollWaitingRoomEntry"));
        // its sequence ends at the contended command, which checks the admission token
        assertThat(c.sequences()).anySatisfy(seq -> {
            assertThat(seq.id()).isEqualTo("seq-waiting-room");
            assertThat(seq.steps()).anyMatch(st -> st.message().contains("admission token"));
        });
        // its risk: tokens shared or farmed by bots, at the rate it admits
        assertThat(c.risks()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("risk-waiting-room-tokens");
            assertThat(r.description()).contains("admits 300 people a second");
        });
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void aCourseRegistrationMorningWithPooledSeatsGetsAWaitingRoomOnAzure() {
        Consultation c = consult("""
                system: CoursePick
                description: >
                  Students book a seat in elective course sections, and a section is never booked beyond its seats.
                  Registration opens at 08:00 and about 15,000 students log in within the first ten minutes, pushing traffic
                  to 2,500 requests per second; the rest of the term sees about 10 requests per second.
                capabilities: [seat booking, my timetable]
                load: {peakRequestsPerSecond: 2500, readWriteRatio: 8}
                team: {size: 4, expertise: [C#, .NET, SQL Server, Azure]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);

        Decision d = surge(c).orElseThrow();
        // no Front Door named: the cost prices no CDN for the waiting room
        assertThat(d.chosenOption()).contains("Azure Cache for Redis").doesNotContain("Front Door");
        // peak writes 2,500 / (8 + 1) = 277.78/s; 20 / (8 + 1) = 2.22 writes each; 277.78 / 2.22 = 125 a second
        assertThat(String.join(" ", d.drivers())).contains("people admitted a second 125/s").contains("people arriving or waiting at once 15,000");
        // the stated crowd drains in 15,000 / 125 = 120 s
        assertThat(String.join(" ", d.drivers())).contains("admitted in 15,000 / 125 = 120 s");
        // the question names the rate only as what a queue would admit, whichever option wins
        assertThat(d.context()).contains("would admit 125 people a second");
        assertThat(waitingRoom(c)).isPresent();
    }

    @Test
    void aSneakerDropWithStockGetsAWaitingRoomOnGcp() {
        Consultation c = consult("""
                system: DropZone
                description: >
                  An online shop for limited sneaker releases with a few thousand pairs in stock; a drop must never oversell.
                  At a drop 120,000 people come in within the first minute, a surge to 8,000 requests per second; the rest of
                  the month the shop sees about 50 requests per second.
                capabilities: [product catalog, shopping cart and checkout]
                load: {peakRequestsPerSecond: 8000, readWriteRatio: 20}
                team: {size: 6, expertise: [TypeScript, PostgreSQL, GCP]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);

        Decision d = surge(c).orElseThrow();
        assertThat(d.chosenOption()).contains("Memorystore").doesNotContain("Cloud CDN");
        // peak writes 8,000 / 21 = 380.95/s; 20 / 21 = 0.95 writes each; 380.95 / 0.95 = 400 a second
        assertThat(String.join(" ", d.drivers())).contains("people admitted a second 400/s").contains("peak over the stated base load 160x");
        assertThat(waitingRoom(c)).isPresent();
    }

    @Test
    void aBenefitDeadlineWithNothingFiniteToContendForIsPreScaledWithNoWaitingRoom() {
        Consultation c = consult("""
                system: BenefitClaim
                description: >
                  A state agency takes applications for a heating benefit online until 30 November. In the last three days
                  before the deadline traffic climbs to 3,000 requests per second, against about 25 requests per second the
                  rest of the season. An applicant fills in a form, uploads proof of income and submits.
                capabilities: [apply for the benefit, upload proof of income]
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 5}
                team: {size: 8, expertise: [Java, PostgreSQL, AWS]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);

        Decision d = surge(c).orElseThrow();
        // 3,000 / 25 = 120 times the stated base; nothing finite contended, no crowd at once
        assertThat(d.chosenOption()).contains("Scheduled scaling actions");
        assertThat(String.join(" ", d.drivers())).contains("peak over the stated base load 120x").contains("no mechanism of the design guards a finite count");
        assertThat(waitingRoom(c)).isEmpty();
        assertThat(lines(c, "waiting-room")).isEmpty();
    }

    @Test
    void aSteadyHighLoadGetsNoSurgeDecision() {
        Consultation c = consult("""
                system: SteadyLedger
                description: >
                  A payments reporting API. Traffic is steady through the day at about 4,000 requests per second from
                  merchants' systems polling their balances; there is no busy season.
                capabilities: [balances, transaction history]
                load: {peakRequestsPerSecond: 5000, readWriteRatio: 40}
                deployment: {cloud: aws}
                """);

        // 5,000 / 4,000 = 1.25 times the base: below the 15 from which a peak is a surge
        assertThat(surge(c)).isEmpty();
        assertThat(waitingRoom(c)).isEmpty();
    }

    @Test
    void aRateThatIsALimitNotABaseLoadRaisesNoDecision() {
        Consultation c = consult("""
                system: KeyGate
                description: >
                  A partner API for shipment tracking. Each partner key is limited to 50 requests per second, and the
                  partners together peak at 5,000 requests per second.
                capabilities: [shipment tracking, partner keys]
                load: {peakRequestsPerSecond: 5000, readWriteRatio: 30}
                deployment: {cloud: gcp}
                """);

        // "50 requests per second" stands in no sentence of a base load (no quiet, usual, rest of ...): it is a limit
        assertThat(surge(c)).isEmpty();
    }

    @Test
    void callersWaitingInAQueueAreNoSurgeWhenTheirRequestsFitInAMinuteOfThePeak() {
        Consultation c = consult("""
                system: HelpLine
                description: >
                  A contact centre for a utility. Up to 250 callers wait in the queue at the same time for the next agent,
                  and agents look up the caller's account and log the call.
                capabilities: [account lookup, call log]
                load: {peakRequestsPerSecond: 200, readWriteRatio: 5}
                deployment: {cloud: azure}
                """);

        // 250 callers x 20 requests = 5,000 requests, below a minute of the peak (200 x 60 = 12,000): a queue of calls, not a surge
        assertThat(surge(c)).isEmpty();
    }

    @Test
    void aMessageQueueNamedBeforeACountOfUsersIsNoCrowdWaiting() {
        Consultation c = consult("""
                system: EventPipe
                description: >
                  Workers drain a message queue that holds the activity events of 50,000 users, and a dashboard shows each
                  account its activity.
                capabilities: [activity events, activity dashboard]
                load: {peakRequestsPerSecond: 500, readWriteRatio: 2}
                deployment: {cloud: aws}
                """);

        // "queue" stands before the users, in the sense of a message queue: 50,000 users are no crowd waiting at once
        assertThat(surge(c)).isEmpty();
    }

    @Test
    void aWaitingListAfterTheMembersCommaIsNoCrowdWaitingAndASmallClubStillGetsItsDossier() {
        // a tiny write path once divided a crowd by an admission rate rounded to zero and the consultation failed
        Consultation c = consult("""
                system: Moorings
                description: >
                  Our sailing club has 450 members, and a waiting list of about 90 families for a mooring. Members renew
                  their mooring once a year and book the crane for launching.
                capabilities: [mooring renewals, crane booking, waiting list offers]
                load: {monthlyActiveUsers: 400}
                budget: {monthlyUsd: 40}
                team: {size: 1, expertise: [Python]}
                deployment: {cloud: gcp, regions: [europe-west2]}
                """);

        // "waiting" follows the members in another clause (a list of families), so the members are no crowd in a queue
        assertThat(surge(c)).isEmpty();
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void aQueuedCrowdOnASmallWritePathIsAdmittedAtAFractionOfAPersonASecondNotAtNone() {
        Consultation c = consult("""
                system: OpenDay
                description: >
                  A school takes places for its holiday clubs once a term. Most days are quiet, around 0.1 requests per
                  second. When places open, 300 parents are waiting in the queue at 9:00 and traffic jumps to 3 requests
                  per second. Each place is taken once.
                capabilities: [holiday club booking, my bookings]
                load: {peakRequestsPerSecond: 3, readWriteRatio: 9}
                team: {size: 2, expertise: [Python, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        Decision d = surge(c).orElseThrow();
        // peak writes 3 / (9 + 1) = 0.3/s; each admitted person writes 20 / (9 + 1) = 2; 0.3 / 2 = 0.15 a second, and the
        // 300 parents are admitted in 300 / 0.15 = 2,000 s (rounded to tenths the rate would still read 0.2, not 0)
        assertThat(String.join(" ", d.drivers())).contains("people admitted a second 0.15/s");
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }
}
