package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.OfflineArchitect;
import dev.architect.request.Availability;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The figures' warm-up pass gives way to a consultation: it stops between steps and leaves nothing that changes a later pass. */
class StoppablePassTest {

    /** Over its budget, so the pass weighs running cost and prices the budget options: the most steps a pass has. */
    private static final ConsultationRequest OVER_BUDGET = ConsultationRequest.builder("Lettings", "Tenants find flats to rent, "
                    + "book viewings and sign leases; landlords list flats, collect rent by card and keep the signed documents")
            .capabilities("listings", "viewings", "leases", "payments", "documents")
            .integration("Stripe", "Card payments")
            .compliance(ComplianceRegime.GDPR)
            .load(new Load(900.0, 12.0, 300_000L, null))
            .data(new DataVolume(120.0, 15.0, 7))
            .availability(new Availability(99.95, 5, 60))
            .budget(new Budget(400.0))
            .team(new Team(6, List.of("Kotlin", "PostgreSQL")))
            .deployment(new Deployment(Cloud.AZURE, List.of("westeurope", "northeurope")))
            .build();

    private static final ConsultationRequest WITHIN_BUDGET = ConsultationRequest.builder("Allotments", "Gardeners book allotment "
                    + "plots for a season and get reminders when their plot's rent is due")
            .capabilities("plots", "bookings", "reminders")
            .load(new Load(40.0, 8.0, 5_000L, null))
            .budget(new Budget(5_000.0))
            .deployment(new Deployment(Cloud.GCP, List.of("europe-west2")))
            .build();

    @Test
    void aPassNeverToldToStopRunsToItsEndThroughEveryStepOfTheBudgetWeighing() {
        OfflineArchitect plain = OfflineArchitect.create();
        OfflineArchitect stoppable = OfflineArchitect.create();
        AtomicInteger steps = new AtomicInteger();

        boolean ended = StoppablePass.run(() -> steps.incrementAndGet() < 0, () -> stoppable.capacity(OVER_BUDGET));

        assertThat(ended).isTrue();
        // a plan's rules, topology and cost, the budget options, the weighing of every decision and its re-plans
        assertThat(steps.get()).isGreaterThan(8);
        assertThat(stoppable.capacity(OVER_BUDGET)).isEqualTo(plain.capacity(OVER_BUDGET));
        assertThat(stoppable.cost(OVER_BUDGET)).isEqualTo(plain.cost(OVER_BUDGET));
    }

    @Test
    void aPassToldToStopEndsAtItsNextStepAndTheNextPassGivesTheFiguresOfAnArchitectThatNeverRanIt() {
        OfflineArchitect plain = OfflineArchitect.create();
        OfflineArchitect stopped = OfflineArchitect.create();
        AtomicInteger steps = new AtomicInteger();

        // told to stop at its fourth step: inside the first plan's cost, after its rules and topology
        boolean ended = StoppablePass.run(() -> steps.incrementAndGet() >= 4, () -> stopped.capacity(OVER_BUDGET));

        assertThat(ended).isFalse();
        assertThat(steps.get()).isEqualTo(4);
        assertThat(stopped.capacity(OVER_BUDGET)).isEqualTo(plain.capacity(OVER_BUDGET));
        assertThat(stopped.cost(OVER_BUDGET)).isEqualTo(plain.cost(OVER_BUDGET));
        assertThat(stopped.cost(WITHIN_BUDGET)).isEqualTo(plain.cost(WITHIN_BUDGET));
    }

    @Test
    void aPassAlreadyToldToStopDoesNoDesignWork() {
        AtomicInteger steps = new AtomicInteger();

        boolean ended = StoppablePass.run(() -> steps.incrementAndGet() > 0, () -> OfflineArchitect.create().capacity(WITHIN_BUDGET));

        assertThat(ended).isFalse();
        assertThat(steps.get()).isEqualTo(1);
    }

    @Test
    void aPassThatEndsAfterBeingToldToStopKeepsNoPlanInPlaceOfTheConsultations() {
        OfflineArchitect architect = OfflineArchitect.create();
        AtomicInteger steps = new AtomicInteger();
        StoppablePass.run(() -> steps.incrementAndGet() < 0, () -> OfflineArchitect.create().capacity(WITHIN_BUDGET));
        int asked = steps.getAndSet(0); // each step, and whether to keep the plan at the end

        // the signal turns after the last step: the pass ends, but its plan is not kept for the next ask
        boolean ended = StoppablePass.run(() -> steps.incrementAndGet() >= asked, () -> architect.capacity(WITHIN_BUDGET));

        assertThat(ended).isTrue();
        assertThat(steps.get()).isEqualTo(asked);
        assertThat(StoppablePass.run(() -> true, () -> architect.capacity(WITHIN_BUDGET))).as("no kept plan answers it").isFalse();
    }
}
