package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Booking a place in a pool of interchangeable places (a hub's desks, a site's pitches) is a count per pool and period
 * that never exceeds the capacity, not a calendar of one resource; booking a particular clinician stays per resource.
 */
class PooledCapacityBookingTest {

    private static Consultation consult(String yaml) {
        return OfflineArchitect.create().consult(RequestReader.readString(yaml));
    }

    private static List<String> archetypes(Consultation c) {
        return ArchetypeDossiersTest.recognisedArchetypes(c);
    }

    @Test
    void placesOfAPoolAreBookedByACountedPeriodThatTheDatabaseKeepsWithinCapacity() {
        Consultation c = consult("""
                system: HubDesk
                description: A coworking operator runs 30 hubs; members book a place in a hub for a morning or a day from the app.
                capabilities: [place booking, member profiles]
                """);

        assertThat(archetypes(c)).contains("capacity-booking").doesNotContain("booking-scheduling");
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("capacity_pool", "pool_period", "pool_booking")
                .doesNotContain("bookable_resource", "booking");
        Entity period = c.dataModel().entities().stream().filter(e -> e.name().equals("pool_period")).findFirst().orElseThrow();
        assertThat(period.constraints()).filteredOn(k -> k.kind() == ConstraintKind.AT_MOST).extracting(EntityConstraint::fields)
                .containsExactly(List.of("reserved", "capacity"));
        assertThat(c.sequences()).anySatisfy(s -> assertThat(s.id()).isEqualTo("seq-book-place-in-pool"));
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(o -> o.operationId()).toList())
                .contains("listPoolAvailability", "holdPlace", "confirmPlace", "releasePlace");
    }

    @Test
    void appointmentsWithAParticularPersonStayBookingsOfThatResource() {
        Consultation c = consult("""
                system: PawCare
                description: Pet owners book appointments with a vet at one of 12 clinics.
                capabilities: [appointment booking, pet records]
                """);

        assertThat(archetypes(c)).contains("booking-scheduling").doesNotContain("capacity-booking");
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("bookable_resource", "booking").doesNotContain("pool_period");
    }
}
